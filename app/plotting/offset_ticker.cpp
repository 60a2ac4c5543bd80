#include "plotting/offset_ticker.h"

#include "lessons/number_format.h"

#include <cmath>

namespace gradlab {

bool OffsetTicker::needsOffsets(double centre, double halfSpan) {
    if (!(std::isfinite(centre) && halfSpan > 0 && std::isfinite(halfSpan))) return false;
    const double largest = std::fabs(centre) + halfSpan;
    const double step = 2.0 * halfSpan / 5.0;
    const int digits = static_cast<int>(std::floor(std::log10(largest)) - std::floor(std::log10(step))) + 1;
    return digits > kMaxPlainDigits;
}

double OffsetTicker::valueOfLabel(const QString& label) const {
    const double v = shownNumber(label);
    return showsOffsets() ? m_origin + v : v;
}

QVector<double> OffsetTicker::createTickVector(double tickStep, const QCPRange& range) {
    m_step = tickStep;
    QVector<double> ticks;
    if (!showsOffsets() || !(tickStep > 0)) {
        ticks = QCPAxisTicker::createTickVector(tickStep, range);
    } else {
        // origin + k·step: the origin itself is a tick, labelled 0.
        const double first = std::floor((range.lower - m_origin) / tickStep);
        const double last = std::ceil((range.upper - m_origin) / tickStep);
        for (double k = first; k <= last && ticks.size() < 1000; ++k)
            ticks.append(m_origin + k * tickStep);
    }
    // A tick a rounding error past an end of a ± w (5 · 2·10⁻⁷ > 10⁻⁶) is that end: both ends get a label.
    for (double& t : ticks)
        for (double end : {range.lower, range.upper})
            if (std::fabs(t - end) <= 1e-9 * tickStep) t = end;
    return ticks;
}

QVector<QString> OffsetTicker::createLabelVector(const QVector<double>& ticks, const QLocale&, QChar, int) {
    // What each label says: the tick, or its offset k·step (exact multiples, not tick − origin, which
    // carries the origin's rounding).
    QVector<double> values;
    for (double t : ticks)
        values.append(showsOffsets() && m_step > 0 ? std::round((t - m_origin) / m_step) * m_step : t);
    const double tolerance = 1e-6 * m_step;
    QVector<QString> labels;
    for (int digits = 1; digits <= 17; ++digits) {
        labels.clear();
        bool readsBack = true;
        for (double v : values) {
            // No "-0" and no 1e-22 for a tick that is 0 up to rounding.
            const double shown = std::fabs(v) <= tolerance ? 0.0 : v;
            // As every number the lessons print: "0,5", "2·10⁻⁷" (withDisplayDecimal).
            labels.append(withDisplayDecimal(QString::number(shown, 'g', digits)));
            readsBack = readsBack && std::fabs(shownNumber(labels.back()) - shown) <= tolerance;
        }
        bool distinct = true;
        for (int i = 1; i < labels.size() && distinct; ++i)
            distinct = labels[i] != labels[i - 1];
        if (readsBack && distinct) break;
    }
    return labels;
}

} // namespace gradlab
