#include "geometry/curve_sampling.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
SampledCurve sample(const CompiledFunction& f, double xmin, double xmax, int n, bool derivative) {
    SampledCurve c;
    n = std::max(n, 2);
    c.x.resize(static_cast<std::size_t>(n));
    c.y.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        c.x[i] = xmin + (xmax - xmin) * i / (n - 1);
    std::vector<double> g(static_cast<std::size_t>(n));
    BlockWorkspace ws;
    if (derivative) {
        double* out[2] = {g.data(), c.y.data()};
        f.gradientProgram().runGridRow(c.x.data(), 0.0, c.x.size(), out, ws);
    } else {
        double* out[1] = {c.y.data()};
        f.valueProgram().runGridRow(c.x.data(), 0.0, c.x.size(), out, ws);
    }
    const Range r = suggestRange(c.y);
    const double span = r.upper - r.lower;
    for (std::size_t i = 0; i < c.y.size(); ++i) {
        if (!std::isfinite(c.y[i])) c.y[i] = std::nan("");
    }
    // Break the line where it jumps across a pole: consecutive values on opposite sides, both far out.
    for (std::size_t i = 1; i < c.y.size(); ++i) {
        const double a = c.y[i - 1], b = c.y[i];
        if (std::isfinite(a) && std::isfinite(b) && (a > 0) != (b > 0) && std::fabs(a - b) > 4 * span) {
            if (std::fabs(a) > std::fabs(b))
                c.y[i - 1] = std::nan("");
            else
                c.y[i] = std::nan("");
        }
    }
    return c;
}
} // namespace

SampledCurve sampleCurve(const CompiledFunction& f, double xmin, double xmax, int n, int) {
    return sample(f, xmin, xmax, n, false);
}

SampledCurve sampleDerivative(const CompiledFunction& f, double xmin, double xmax, int n) {
    return sample(f, xmin, xmax, n, true);
}

Range suggestRange(const std::vector<double>& values) {
    std::vector<double> finite;
    finite.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v)) finite.push_back(v);
    Range r{-1.0, 1.0};
    if (finite.empty()) return r;
    std::sort(finite.begin(), finite.end());
    double lo = finite.front(), hi = finite.back();
    if (finite.size() >= 20) {
        const double p2 = finite[finite.size() * 2 / 100], p98 = finite[finite.size() * 98 / 100];
        const double core = std::max(p98 - p2, 1e-12);
        // Trim only when the extremes are far beyond the bulk of the curve.
        if (hi - p98 > 3 * core) hi = p98 + 0.5 * core;
        if (p2 - lo > 3 * core) lo = p2 - 0.5 * core;
    }
    if (hi - lo < 1e-9 * std::max(1.0, std::fabs(hi))) {
        const double pad = std::max(1.0, std::fabs(hi) * 0.1);
        return {lo - pad, hi + pad};
    }
    const double pad = 0.05 * (hi - lo);
    return {lo - pad, hi + pad};
}

std::vector<double> criticalPoints(const CompiledFunction& f, double xmin, double xmax, int samples) {
    std::vector<double> roots;
    double previousX = xmin, previous = f.slope(xmin);
    for (int i = 1; i <= samples; ++i) {
        const double x = xmin + (xmax - xmin) * i / samples;
        const double d = f.slope(x);
        if (previous == 0.0) {
            roots.push_back(previousX);
        } else if (std::isfinite(previous) && std::isfinite(d) && (previous > 0) != (d > 0) && d != 0.0) {
            // A sign change: bisect. (A pole also changes sign; such "roots" are dropped below.)
            double a = previousX, b = x, fa = previous;
            for (int k = 0; k < 80; ++k) {
                const double m = 0.5 * (a + b);
                const double fm = f.slope(m);
                if (fm == 0.0) {
                    a = b = m;
                    break;
                }
                if ((fm > 0) == (fa > 0)) {
                    a = m;
                    fa = fm;
                } else {
                    b = m;
                }
            }
            const double root = 0.5 * (a + b);
            if (std::fabs(f.slope(root)) < 1e-6 * (1.0 + std::fabs(previous) + std::fabs(d)))
                roots.push_back(root);
        }
        previousX = x;
        previous = d;
    }
    return roots;
}

} // namespace gradlab
