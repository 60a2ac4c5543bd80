#pragma once
// Numbers as the lessons show them: up to 6 significant digits, −0 shown as 0, and non-finite values in
// words rather than "nan". Values at a point say what GradLab measured: "undefined" where there is no
// value (not "∞"), "≈ 0" where the value is below its own round-off (not 6.12e−17 next to "the slope is
// 0"), and a difference is printed with its two terms so the arithmetic on screen adds up.

#include "function/point_value.h"

#include <QString>
#include <cmath>

namespace gradlab {

inline QString formatValue(double v, int digits = 6) {
    if (std::isnan(v)) return QStringLiteral("undefined");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞");
    if (v == 0.0) v = 0.0;
    QString s = QString::number(v, 'g', digits);
    s.replace(QLatin1Char('-'), QStringLiteral("−"));
    return s;
}

/// A value as it reads after its name: "f′(x) = 2.5", "f′(x) ≈ 0", "f(x) is undefined",
/// "f(x) > 1.79769e+308".
struct ShownValue {
    QString relation; ///< "=", "≈", "is", ">" or "<"
    QString text;     ///< "2.5", "0", "undefined", "1.79769e+308"
    QString toolTip;  ///< the exact value and why it is shown so; empty when the text is the value
    /// "name relation text", e.g. "f′(x) ≈ 0"; `open`/`close` wrap the text (such as "<b>", "</b>").
    QString equation(const QString& name, const QString& open = {}, const QString& close = {}) const {
        return name + QLatin1Char(' ') + relation + QLatin1Char(' ') + open + text + close;
    }
};

/// How to show a value computed at a point (see evaluatePoint): "undefined" for no value, a bound for an
/// overflow, "≈ 0" when it cannot be told from 0 (its exact digits in the tool tip), else the number.
ShownValue showValue(const PointValue& v, int digits = 6);

/// a, b and a − b as the lessons print them side by side.
struct ShownDifference {
    ShownValue a, b, difference;
};

/// Prints a, b and their difference so that (shown a) − (shown b) is exactly the shown difference: a
/// and b get at least `digits` significant digits, and as many decimals as it takes for the difference
/// to keep `differenceDigits` significant digits, but no digit below `roundOff` (the round-off scale of
/// the difference: its digits below that are noise). A difference within its round-off reads "≈ 0",
/// with a and b then shown alike.
ShownDifference showDifference(double a, double b, double roundOff, int differenceDigits = 3, int digits = 6);

} // namespace gradlab
