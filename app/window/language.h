#pragma once
// The interface's language: the system's by default, or one the user chose (View → Language), remembered
// between runs. Installs GradLab's own translation (embedded, :/i18n/gradlab_xx.qm) and Qt's for its
// standard dialogs (qtbase_xx.qm from Qt's translations folder, Debian's qt6-translations-l10n).
// Formulas, the command line and file formats do not change with the language.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace gradlab {

class Language {
public:
    /// The languages GradLab is translated into, besides English: ISO 639-1 codes ("de", "es", "fr"), one per
    /// translation built in.
    static QStringList translated();
    /// The language's own name ("Français", "Deutsch"), for the menu.
    static QString nativeName(const QString& code);
    /// The remembered choice: "" for the system's language, else a code ("en" included).
    static QString chosen();
    static void setChosen(const QString& code);
    /// The language a choice means: the system's (when translated, else English) for "", else `choice`.
    static QString resolve(const QString& choice);
    /// Installs the translators for `code` ("en" removes them). Returns false when GradLab has no translation
    /// for `code` (nothing is installed then).
    static bool install(const QString& code);
    /// The language installed now ("en" until install() is called with another).
    static QString current();
};

} // namespace gradlab
