#include "plotting/number_ticker.h"

#include "lessons/number_format.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

double NumberTicker::getTickStep(const QCPRange& range) {
    const double step = QCPAxisTicker::getTickStep(range);
    return m_whole ? std::max(1.0, step) : step;
}

QVector<double> NumberTicker::createTickVector(double tickStep, const QCPRange& range) {
    m_range = range;
    QVector<double> ticks = QCPAxisTicker::createTickVector(tickStep, range);
    // A tick at zero reached as a sum of steps can be a rounding error off (5.6·10⁻¹⁷): it is 0.
    for (double& t : ticks)
        if (std::fabs(t) < 1e-9 * tickStep) t = 0.0;
    return ticks;
}

QString NumberTicker::getTickLabel(double tick, const QLocale&, QChar, int precision) {
    return formatValue(tick, std::max(precision, 6));
}

QVector<QString> NumberTicker::createLabelVector(const QVector<double>& ticks, const QLocale&, QChar, int) {
    // One style per axis, decided by the ticks on it ("5·10⁵" beside "10⁶", never "500000"); whole numbers
    // stay whole ("20", "80", "100" on a count), whatever precision the axis was given.
    return axisLabels(ticks, [this](double t) { return m_range.contains(t); });
}

} // namespace gradlab
