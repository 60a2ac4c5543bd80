#pragma once
// Helpers shared by the core suites.

#include "function/compiled_function.h"

#include <QString>
#include <QTest>
#include <cmath>

namespace gradlab::test {

/// Parses and compiles or fails the test with the parser's message.
inline FunctionPtr compile(const QString& text, const std::vector<std::string>& variables = {}) {
    ParseOptions options;
    options.variables = variables;
    FunctionResult r = CompiledFunction::create(text.toStdString(), options);
    if (!r.ok) qWarning("cannot parse '%s': %s", qPrintable(text), r.error.message.c_str());
    return r.function;
}

/// |a - b| <= tol * max(1, |a|, |b|).
inline bool close(double a, double b, double tol) {
    if (std::isnan(a) || std::isnan(b)) return false;
    return std::fabs(a - b) <= tol * std::max({1.0, std::fabs(a), std::fabs(b)});
}

} // namespace gradlab::test

#define GRADLAB_COMPARE_CLOSE(actual, expected, tol)                                                         \
    do {                                                                                                     \
        const double a_ = (actual), e_ = (expected);                                                         \
        if (!gradlab::test::close(a_, e_, (tol)))                                                            \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (tolerance %4)")                           \
                                 .arg(QStringLiteral(#actual))                                               \
                                 .arg(a_, 0, 'g', 17)                                                        \
                                 .arg(e_, 0, 'g', 17)                                                        \
                                 .arg(tol)));                                                                \
    } while (0)
