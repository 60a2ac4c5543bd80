#include "plotting/round_tick_formatter.h"

#include <QValue3DAxis>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
/// The round steps from small to large around `rough`: 1, 2, 5 × 10ᵏ.
double roundStepAtLeast(double rough) {
    const double decade = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * decade >= rough * (1 - 1e-9)) return m * decade;
    return 10.0 * decade;
}
double nextRoundStep(double step) {
    const double decade = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double m = step / decade;
    return m < 1.5 ? 2 * decade : m < 3.5 ? 5 * decade : 10 * decade;
}
/// Multiples of `step` in [lo, hi], with a tolerance of rounding.
long long firstIndex(double lo, double step) {
    return static_cast<long long>(std::ceil(lo / step - 1e-9));
}
long long lastIndex(double hi, double step) {
    return static_cast<long long>(std::floor(hi / step + 1e-9));
}
} // namespace

QString RoundTicks::label(double value) const {
    if (std::fabs(value) < step * 1e-9) value = 0.0;
    QString s = QString::number(value, 'f', decimals);
    s.replace(QLatin1Char('-'), QStringLiteral("−"));
    return s;
}

RoundTicks roundTicks(double lo, double hi, int maxCount) {
    RoundTicks t;
    if (!(std::isfinite(lo) && std::isfinite(hi))) return t;
    if (hi < lo) std::swap(lo, hi);
    if (!(hi > lo)) {
        t.values = {lo};
        return t;
    }
    maxCount = std::max(maxCount, 2);
    double step = roundStepAtLeast((hi - lo) / maxCount);
    while (lastIndex(hi, step) - firstIndex(lo, step) + 1 > maxCount)
        step = nextRoundStep(step);
    t.step = step;
    for (long long k = firstIndex(lo, step); k <= lastIndex(hi, step); ++k)
        t.values.push_back(static_cast<double>(k) * step);
    t.decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    return t;
}

void roundOutward(double* lo, double* hi, int maxCount) {
    if (!(std::isfinite(*lo) && std::isfinite(*hi) && *hi > *lo)) return;
    maxCount = std::max(maxCount, 2);
    double step = roundStepAtLeast((*hi - *lo) / (maxCount - 1));
    auto below = [&] { return std::floor(*lo / step + 1e-9); };
    auto above = [&] { return std::ceil(*hi / step - 1e-9); };
    while (above() - below() + 1 > maxCount)
        step = nextRoundStep(step);
    const double l = below() * step, h = above() * step;
    *lo = l;
    *hi = h;
}

RoundTickFormatter::RoundTickFormatter(int maxCount, QObject* parent)
    : QValue3DAxisFormatter(parent)
    , m_maxCount(maxCount) {}

QValue3DAxisFormatter* RoundTickFormatter::createNewInstance() const {
    return new RoundTickFormatter(m_maxCount);
}

void RoundTickFormatter::recalculate() {
    const double lo = axis()->min(), hi = axis()->max();
    const RoundTicks ticks = roundTicks(lo, hi, m_maxCount);
    gridPositions().clear();
    subGridPositions().clear();
    labelPositions().clear();
    labelStrings().clear();
    for (double v : ticks.values) {
        const float position = hi > lo ? float((v - lo) / (hi - lo)) : 0.0f;
        gridPositions().append(position);
        labelPositions().append(position);
        labelStrings().append(ticks.label(v));
    }
}

void RoundTickFormatter::populateCopy(QValue3DAxisFormatter& copy) const {
    QValue3DAxisFormatter::populateCopy(copy);
    if (auto* round = qobject_cast<RoundTickFormatter*>(&copy)) round->m_maxCount = m_maxCount;
}

} // namespace gradlab
