#include "geometry/value_scale.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace gradlab {

ValueScale::ValueScale(double low, double high, double knee)
    : m_low(low)
    , m_high(high)
    , m_knee(knee > 0 && std::isfinite(knee) ? knee : 1.0) {}

ValueScale ValueScale::fit(const std::vector<double>& values) {
    std::vector<double> finite;
    finite.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v)) finite.push_back(v);
    if (finite.empty()) return {};
    const auto [lo, hi] = std::minmax_element(finite.begin(), finite.end());
    const double low = *lo, high = *hi;
    const std::size_t k = finite.size() / 20;
    std::nth_element(finite.begin(), finite.begin() + static_cast<std::ptrdiff_t>(k), finite.end());
    const double span = high - low;
    const double knee = std::max({finite[k] - low, span * 1e-6, 1e-300});
    return {low, high, knee};
}

double ValueScale::toScale(double f) const {
    const double d = (f - m_low) / m_knee;
    return d >= 0 ? std::log1p(d) : -std::log1p(-d);
}

std::vector<double> ValueScale::toScale(const std::vector<double>& values) const {
    std::vector<double> t(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        t[i] = toScale(values[i]);
    return t;
}

double ValueScale::fromScale(double t) const {
    return t >= 0 ? m_low + m_knee * std::expm1(t) : m_low - m_knee * std::expm1(-t);
}

namespace {
/// 1, 2 or 5 × 10^k: the smallest such step that is at least `least`.
double roundStepAtLeast(double least) {
    double step = std::pow(10.0, std::floor(std::log10(least)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * step >= least * (1 - 1e-12)) return m * step;
    return 10 * step;
}
} // namespace

std::vector<double> ValueScale::multiplesOf(double step, int most) const {
    std::vector<double> result;
    const double first = std::ceil(m_low / step - 1e-9), last = std::floor(m_high / step + 1e-9);
    if (!(last - first + 1 <= most)) return result;
    for (double k = first; k <= last; ++k)
        result.push_back(k == 0 ? 0.0 : k * step);
    return result;
}

std::vector<double> ValueScale::spreadTicks(int count) const {
    std::vector<double> result;
    const double gap = top() / count;
    const double eps = 1e-9 * (m_high - m_low);
    for (int i = 0; i <= count; ++i) {
        const double t = gap * i;
        const double f = fromScale(t);
        const double room =
            0.5 * (fromScale(std::min(t + 0.5 * gap, top())) - fromScale(std::max(t - 0.5 * gap, 0.0)));
        double step = std::pow(10.0, std::floor(std::log10(room)));
        if (2 * step <= room) step *= 2;
        if (2.5 * step <= room) step *= 2.5;
        double v = std::round(f / step) * step;
        if (v < m_low - eps) v += step;
        if (v > m_high + eps) v -= step;
        if (v < m_low - eps || v > m_high + eps) continue;
        if (std::fabs(v) < 1e-12 * step) v = 0;
        if (result.empty() || v > result.back() + eps) result.push_back(v);
    }
    if (m_low < 0 && m_high > 0 && std::find(result.begin(), result.end(), 0.0) == result.end()) {
        // 0 is the one value a learner looks for on a bar that spans it: it takes the place of the
        // neighbours that would crowd it.
        const double zero = toScale(0.0);
        result.erase(std::remove_if(result.begin(), result.end(),
                                    [&](double v) { return std::fabs(toScale(v) - zero) < 0.5 * gap; }),
                     result.end());
        result.insert(std::upper_bound(result.begin(), result.end(), 0.0), 0.0);
    }
    return result;
}

std::vector<double> ValueScale::ticks(int count) const {
    if (!isValid() || count < 1) return {};
    // The finest round step with at most count + 1 multiples in range whose ticks read well on the bar
    // (neither crowded nor leaving most of it bare); coarser ones while at least three ticks remain.
    double step = roundStepAtLeast((m_high - m_low) / (2 * count + 2));
    for (int attempt = 0; attempt < 12; ++attempt, step = roundStepAtLeast(step * 1.5)) {
        const std::vector<double> even = multiplesOf(step, count + 1);
        if (even.empty()) continue; // too many
        if (even.size() < 3) break;
        double narrowest = top(), widest = 0;
        for (std::size_t i = 1; i < even.size(); ++i) {
            const double gap = toScale(even[i]) - toScale(even[i - 1]);
            narrowest = std::min(narrowest, gap);
            widest = std::max(widest, gap);
        }
        if (narrowest >= kMinTickGap * top() / count && widest <= kMaxTickGapRatio * narrowest) return even;
    }
    return spreadTicks(count);
}

} // namespace gradlab
