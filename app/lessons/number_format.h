#pragma once
// Numbers as the lessons show them: up to 6 significant digits, −0 shown as 0, and non-finite values in
// words rather than "nan". Values at a point say what GradLab measured: "undefined" where there is no
// value (not "∞"), "≈ 0" where the value is below its own round-off (not 6.12e−17 next to "the slope is
// 0"), and a difference is printed with its two terms so the arithmetic on screen adds up.

#include "expression/printer.h"
#include "function/point_value.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <cmath>
#include <functional>

namespace gradlab {

/// v as the GUI shows it: up to `digits` significant digits ('g' style), "−" for minus, the display
/// locale's decimal separator ("0,25" in German), powers of ten as "1,5·10⁻⁶" and "10⁶" (never "1.5e-06"),
/// "undefined" (translated) for NaN and "±∞".
QString formatValue(double v, int digits = 6);
/// v in powers of ten with `digits` digits after the mantissa's point, its trailing zeros dropped: "1,5·10⁶",
/// "10⁶", "−2·10⁻³" (as formatValue writes a large or small number). For labels that must share one style.
QString scientificValue(double v, int digits);
/// Each value by scientificValue with the fewest digits that write every value exactly and tell neighbours
/// apart (a round one needs none: "3·10¹"); for an axis's labels.
QList<QString> scientificValues(const QList<double>& values);
/// An axis's (or colour bar's) tick labels in one style: plain numbers ("0.002", "80", "250000") unless a
/// tick that `shown` accepts needs a power of ten (below 10⁻⁴ or from 10⁶ on), then powers of ten for all
/// (scientificValues); each exact and distinct from its neighbours. `shown`: the ticks on the axis (those
/// just beyond it carry no visible label); all by default.
QList<QString> axisLabels(const QList<double>& ticks, const std::function<bool(double)>& shown = {});

/// Numbers are shown with `locale`'s decimal separator from now on (View → Language sets it to the
/// interface language's). Until it is called, a '.': the command line, files and tests never change.
/// Formulas and files do not use it: they keep '.' in every language (fields show it: fieldNumber()).
void setDisplayLocale(const QLocale& locale);
/// The decimal separator formatValue() writes now: "." or ",".
QString displayDecimalPoint();
/// A number written with a '.' and an 'e' exponent (QString::number, printf, a tick label) as the GUI shows
/// numbers: the display locale's separator and powers of ten ("1.5e-06" → "1,5·10⁻⁶", "1e+06" → "10⁶", in
/// parentheses after "√" or "/" and before "²"); also a core equation with numbers substituted
/// ("w = 1.976 − 0.1·(−2.048) = 2.1808"), whose only '.' are decimal points. The one rule for the exponent
/// style of GUI text. Not for a formula the user typed (it keeps '.'), nor a field the user types in (it
/// keeps "e": fieldNumber()).
QString withDisplayDecimal(QString text);
/// A number in a field the user types in, as the field shows it: QString::number's text ("0.1", "1e-06") with
/// the display locale's decimal separator ("0,1" in German), the 'e' exponent kept so that it reads back but
/// written as one would type it ("1e-6", "2.5e7": no '+', no leading zeros).
QString fieldNumber(const QString& plain);
/// What the user typed in a number field, with '.' as the decimal point: a ',' is read as one too, in every
/// language (formulas give ',' no other meaning), so that "0,9" is 0.9, never 9 or refused.
QString fieldInput(QString typed);
/// The display locale itself (C until setDisplayLocale), without group separators ("1000", not "1.000"): for
/// what formats numbers with a QLocale of its own, such as a plot's tick labels.
QLocale displayLocale();
/// Shown numbers as a list: "0.5, 1.5", or "0,5; 1,5" where the decimal separator is a comma (a comma between
/// items would read as part of a number).
QString shownList(const QStringList& items);
/// Two shown numbers as a point: "(0.5, 1.5)", or "(0,5; 1,5)" where the decimal separator is a comma.
QString shownPoint(const QString& a, const QString& b);

/// A shown number substituted into a formula after an operator: in parentheses when negative,
/// "η·(−0.0627809)" (core's asOperand(), the one rule for every equation with numbers).
inline QString operandText(const QString& shown) {
    return QString::fromStdString(asOperand(shown.toStdString()));
}

/// The relation to print between a product of shown factors and its shown value: "=" when the factors as
/// shown multiply to the value as shown within one unit of its last shown digit, else "≈" (rounding each
/// number on its own can leave 2.5 × 0.3003 next to 0.7508, which is not what they multiply to).
QString productRelation(const QStringList& factors, const QString& product);
/// The same for a sum of shown terms.
QString sumRelation(const QStringList& terms, const QString& sum);
/// A number as formatValue() shows it ("−1.5", "(−2)", "3·10⁵", "0,25" in German) read back; NaN for a
/// word.
double shownNumber(const QString& shown);
/// One unit of the last digit `shown` prints: 0.01 for "0.75" (or "0,75"), 1000 for "1.2·10⁴", 1 for "12".
double lastDigitUnit(const QString& shown);

/// A value as it reads after its name: "f′(x) = 2.5", "f′(x) ≈ 0", "f(x) is undefined",
/// "f(x) > 1.79769·10³⁰⁸".
struct ShownValue {
    QString relation; ///< "=", "≈", "is", ">" or "<"
    QString text;     ///< "2.5", "0", "undefined", "1.79769·10³⁰⁸"
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
