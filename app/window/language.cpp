#include "window/language.h"

#include "lessons/number_format.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <utility>

namespace gradlab {

namespace {

const QString kKey = QStringLiteral("view/language");

struct Installed {
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed() {
    static Installed state;
    return state;
}

} // namespace

QStringList Language::translated() {
    // The translations built in (app/CMakeLists.txt lists their .ts files), in alphabetical order of code.
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("gradlab_*.qm")});
    for (const QString& file : files)
        codes << file.mid(8, file.size() - 11);
    return codes;
}

QString Language::nativeName(const QString& code) {
    // Each language in itself, as language menus show them (QLocale would say "American English").
    // l10n: not shown (each name is in its own language, whatever the interface's)
    static const std::pair<QLatin1String, const char*> names[] = {{QLatin1String("en"), "English"},
                                                                  {QLatin1String("fr"), "Français"},
                                                                  {QLatin1String("de"), "Deutsch"},
                                                                  {QLatin1String("es"), "Español"}};
    for (const auto& [known, name] : names)
        if (code == known) return QString::fromUtf8(name);
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty()) name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QString Language::chosen() {
    return QSettings().value(kKey).toString();
}

void Language::setChosen(const QString& code) {
    QSettings().setValue(kKey, code);
}

QString Language::resolve(const QString& choice) {
    if (!choice.isEmpty()) return choice;
    // The first of the system's preferred languages that GradLab speaks.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (code == QLatin1String("en") || translated().contains(code)) return code;
    }
    return QStringLiteral("en");
}

bool Language::install(const QString& code) {
    Installed& state = installed();
    if (state.own) QCoreApplication::removeTranslator(state.own.get());
    if (state.qt) QCoreApplication::removeTranslator(state.qt.get());
    state.own.reset();
    state.qt.reset();
    state.code = QStringLiteral("en");
    setDisplayLocale(QLocale::c());
    if (code == QLatin1String("en")) return true;
    if (!translated().contains(code)) return false;
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/gradlab_%1.qm").arg(code))) return false;
    // Numbers shown in the lessons follow the language ("0,25" in German); formulas keep their '.'. Set
    // before the translator is installed: that sends LanguageChange, and whatever is written while it is
    // delivered then has the language's words and numbers together.
    setDisplayLocale(QLocale(code));
    state.code = code;
    QCoreApplication::installTranslator(own.get());
    state.own = std::move(own);
    // Qt's own strings (standard buttons, file dialogs); missing on a machine without them, which is not an
    // error: those dialogs stay in English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return true;
}

QString Language::current() {
    return installed().code;
}

} // namespace gradlab
