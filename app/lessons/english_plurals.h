#pragma once
// English plural forms for tr()'s counted messages: a source text says "%n step(s)", and English shows
// "1 step" / "3 steps" without an English .ts file. Installed first, so it is the last translator asked:
// a French, German or Spanish translation wins where it exists; where it is not written yet, the English
// reads right.

#include <QTranslator>

namespace gradlab {

class EnglishPlurals : public QTranslator {
public:
    using QTranslator::QTranslator;

    /// `source` with every "(s)" or "(es)" ending a word ("step(s)", not "f(s)") dropped for n == 1 and kept
    /// as "s"/"es" otherwise; a null string for a message without a count (n < 0) or without such a suffix.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    /// Installs one on the running application (once; later calls do nothing).
    static void install();
};

} // namespace gradlab
