#include "plotting/number_ticker.h"

#include "lessons/number_format.h"

#include <cmath>

namespace gradlab {

QVector<double> NumberTicker::createTickVector(double tickStep, const QCPRange& range) {
    QVector<double> ticks = QCPAxisTicker::createTickVector(tickStep, range);
    // A tick at zero reached as a sum of steps can be a rounding error off (5.6·10⁻¹⁷): it is 0.
    for (double& t : ticks)
        if (std::fabs(t) < 1e-9 * tickStep) t = 0.0;
    return ticks;
}

QString NumberTicker::getTickLabel(double tick, const QLocale&, QChar, int precision) {
    return formatValue(tick, precision);
}

} // namespace gradlab
