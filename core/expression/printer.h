#pragma once
// Writes expressions back out: plain text the parser reads back to the same function, Unicode for the
// GUI (3x² − 12x + 9) and LaTeX for slides.

#include "expression/expr.h"

#include <string>

namespace gradlab {

enum class PrintStyle { Plain, Unicode, Latex };

/// Prints `e`. Plain text always parses back to a function with the same values.
std::string print(const Expr& e, PrintStyle style = PrintStyle::Plain);

inline std::string toPlainText(const Expr& e) {
    return print(e, PrintStyle::Plain);
}
inline std::string toUnicode(const Expr& e) {
    return print(e, PrintStyle::Unicode);
}
inline std::string toLatex(const Expr& e) {
    return print(e, PrintStyle::Latex);
}

/// The shortest decimal text that reads back to exactly `v` ("0.1", "1e-05", "3").
std::string formatNumber(double v);

/// A printed number as it is substituted into a formula after an operator: in parentheses when it is
/// negative ("b − η·(−0.06)", never "b − η·−0.06"), as it is. The one rule for every equation with numbers.
std::string asOperand(const std::string& number);

} // namespace gradlab
