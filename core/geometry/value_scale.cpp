#include "geometry/value_scale.h"

#include <algorithm>
#include <cmath>

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

double ValueScale::fromScale(double t) const {
    return t >= 0 ? m_low + m_knee * std::expm1(t) : m_low - m_knee * std::expm1(-t);
}

std::vector<double> ValueScale::ticks(int count) const {
    std::vector<double> result;
    if (!isValid() || count < 1) return result;
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
    return result;
}

} // namespace gradlab
