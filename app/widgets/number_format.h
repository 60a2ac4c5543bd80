#pragma once
// Numbers as the lessons show them: up to 6 significant digits, −0 shown as 0, and non-finite values in
// words rather than "nan".

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

} // namespace gradlab
