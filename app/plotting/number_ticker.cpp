#include "plotting/number_ticker.h"

#include "lessons/number_format.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

QVector<double> NumberTicker::createTickVector(double tickStep, const QCPRange& range) {
    m_range = range;
    QVector<double> ticks = QCPAxisTicker::createTickVector(tickStep, range);
    // A tick at zero reached as a sum of steps can be a rounding error off (5.6·10⁻¹⁷): it is 0.
    for (double& t : ticks)
        if (std::fabs(t) < 1e-9 * tickStep) t = 0.0;
    return ticks;
}

QString NumberTicker::getTickLabel(double tick, const QLocale&, QChar, int precision) {
    return formatValue(tick, precision);
}

QVector<QString> NumberTicker::createLabelVector(const QVector<double>& ticks, const QLocale& locale,
                                                 QChar formatChar, int precision) {
    QVector<QString> labels = QCPAxisTicker::createLabelVector(ticks, locale, formatChar, precision);
    // One style per axis: once one label needs a power of ten ("10⁶"), every one is written so ("5·10⁵", not
    // "500000" beside it).
    // (Only ticks on the axis count: the ones just outside it, which QCustomPlot keeps, show no label.)
    const bool powers = std::any_of(ticks.cbegin(), ticks.cend(), [this, precision](double t) {
        return m_range.contains(t) && QString::number(t, 'g', precision).contains(QLatin1Char('e'));
    });
    return powers ? scientificValues(ticks) : labels;
}

} // namespace gradlab
