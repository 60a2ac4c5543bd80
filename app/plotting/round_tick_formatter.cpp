#include "plotting/round_tick_formatter.h"

#include "lessons/number_format.h"

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
    // As "%g" writes it: "1" and "0.5", not "1.0" beside "0.5".
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.'))) s.chop(1);
    }
    if (s == QLatin1String("-0")) s = QStringLiteral("0");
    s.replace(QLatin1Char('-'), QStringLiteral("−"));
    return withDisplayDecimal(s);
}

RoundTicks ticksAtStep(double lo, double hi, double step) {
    RoundTicks t;
    t.step = step;
    if (!(step > 0) || !std::isfinite(lo) || !std::isfinite(hi)) return t;
    for (long long k = firstIndex(lo, step); k <= lastIndex(hi, step); ++k)
        t.values.push_back(static_cast<double>(k) * step);
    t.decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    return t;
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
    return ticksAtStep(lo, hi, step);
}

RoundTicks roundOutward(double* lo, double* hi, int maxCount) {
    if (!(std::isfinite(*lo) && std::isfinite(*hi) && *hi > *lo)) return roundTicks(*lo, *hi, maxCount);
    maxCount = std::max(maxCount, 2);
    double step = roundStepAtLeast((*hi - *lo) / (maxCount - 1));
    auto below = [&] { return std::floor(*lo / step + 1e-9); };
    auto above = [&] { return std::ceil(*hi / step - 1e-9); };
    while (above() - below() + 1 > maxCount)
        step = nextRoundStep(step);
    const double l = below() * step, h = above() * step;
    *lo = l;
    *hi = h;
    return ticksAtStep(l, h, step);
}

RoundTickFormatter::RoundTickFormatter(int maxCount, QObject* parent)
    : QValue3DAxisFormatter(parent)
    , m_maxCount(maxCount) {}

QValue3DAxisFormatter* RoundTickFormatter::createNewInstance() const {
    return new RoundTickFormatter(m_maxCount);
}

void RoundTickFormatter::setStep(double step) {
    m_step = step;
    markDirty(true);
}

void RoundTickFormatter::setHiddenEnd(int end) {
    if (end == m_hiddenEnd) return;
    m_hiddenEnd = end;
    markDirty(true);
}

void RoundTickFormatter::recalculate() {
    const double lo = axis()->min(), hi = axis()->max();
    // The axis range is a float: a step given for it is matched with a float's tolerance.
    const double slack = 1e-6 * std::max(std::fabs(lo), std::fabs(hi));
    const RoundTicks ticks =
        m_step > 0 ? ticksAtStep(lo - slack, hi + slack, m_step) : roundTicks(lo, hi, m_maxCount);
    gridPositions().clear();
    subGridPositions().clear();
    labelPositions().clear();
    labelStrings().clear();
    for (double v : ticks.values) {
        const float position = hi > lo ? float((v - lo) / (hi - lo)) : 0.0f;
        gridPositions().append(position);
        const double end = m_hiddenEnd < 0 ? lo : hi;
        if (m_hiddenEnd != 0 && std::fabs(v - end) < 1e-6 * ticks.step) continue;
        labelPositions().append(position);
        labelStrings().append(ticks.label(v));
    }
}

void RoundTickFormatter::populateCopy(QValue3DAxisFormatter& copy) const {
    QValue3DAxisFormatter::populateCopy(copy);
    if (auto* round = qobject_cast<RoundTickFormatter*>(&copy)) {
        round->m_maxCount = m_maxCount;
        round->m_step = m_step;
        round->m_hiddenEnd = m_hiddenEnd;
    }
}

} // namespace gradlab
