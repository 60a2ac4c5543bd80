#include "geometry/curve_sampling.h"

#include "function/point_value.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace gradlab {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Where the curve is not continuous inside a sampled interval: a bracket [left, right] (both ends
// finite unless f is undefined there) that holds a jump (step, sign, a pole where f changes sign) or a
// point where f is undefined or unbounded (1/x², log|x|).
struct Break {
    double left = 0, right = 0;
    bool found = false;
};

// A jump does not shrink when the interval is bisected: follow the half with the larger change of f;
// for a continuous f the change shrinks with the interval, across a jump it stays (or grows, at a pole).
Break bisectJump(const std::function<double(double)>& f, double xl, double xr, double yl, double yr) {
    const double initial = std::fabs(yr - yl);
    for (int k = 0; k < 200; ++k) {
        const double m = 0.5 * (xl + xr);
        if (m <= xl || m >= xr) break; // adjacent doubles: the bracket cannot shrink any more
        const double ym = f(m);
        if (!std::isfinite(ym)) return {m, m, true}; // undefined inside
        if (std::fabs(ym - yl) >= std::fabs(yr - ym)) {
            xr = m;
            yr = ym;
        } else {
            xl = m;
            yl = ym;
        }
        if (std::fabs(yr - yl) < 0.25 * initial) return {};
    }
    return {xl, xr, true};
}

// An unbounded peak of |f| inside [xl, xr] (a pole where f keeps its sign, 1/x² or log|x|): zoom on
// the largest |f| among seven inner points. A smooth maximum converges within a few zooms; a peak that
// is still growing when the zoom reaches the resolution of doubles, or that grows a millionfold beyond
// `scale`, is a pole; a non-finite value means f is undefined there.
Break zoomPole(const std::function<double(double)>& f, double xl, double xr, double scale) {
    double peak = -1.0, growth = 0.0;
    for (int k = 0; k < 100; ++k) {
        double best = xl, bestValue = -1.0;
        constexpr int kParts = 8;
        for (int j = 1; j < kParts; ++j) {
            const double x = xl + (xr - xl) * j / kParts;
            const double v = std::fabs(f(x));
            if (!std::isfinite(v)) return {x, x, true};
            if (v > bestValue) {
                bestValue = v;
                best = x;
            }
        }
        if (peak >= 0) {
            growth = bestValue - peak;
            if (!(growth > 1e-12 * bestValue)) return {}; // converged (or shrinking): a smooth maximum
        }
        peak = bestValue;
        if (peak > 1e6 * scale) return {xl, xr, true};
        const double width = (xr - xl) / kParts;
        const double nl = std::max(xl, best - width), nr = std::min(xr, best + width);
        if (!(nl < nr) || (nl <= xl && nr >= xr)) break;
        xl = nl;
        xr = nr;
    }
    return {xl, xr, growth > 1e-6 * peak};
}

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
    for (std::size_t i = 0; i < c.y.size(); ++i)
        // f′ exists only where f does: 1/x is not the slope of ln at x < 0.
        if (!std::isfinite(c.y[i]) || (derivative && !std::isfinite(g[i]))) c.y[i] = kNaN;
    const std::function<double(double)> at = [&f, derivative](double x) {
        return derivative ? slopeWhereDefined(f, x) : f.value(x);
    };
    const Range r = suggestRange(c.y);
    const double span = r.upper - r.lower;
    const std::size_t count = c.y.size();
    auto size = [&c, count](std::size_t i) { // |f| at sample i; 0 outside or where undefined
        return i < count && std::isfinite(c.y[i]) ? std::fabs(c.y[i]) : 0.0;
    };
    // Every interval that changes visibly is bisected (a continuous curve stops the bisection after
    // two or three halvings); the intervals beside a local peak of |f| are searched for a pole.
    std::vector<Break> breaks(count); // breaks[i]: in the interval (x[i-1], x[i])
    bool any = false;
    for (std::size_t i = 1; i < count; ++i) {
        if (!std::isfinite(c.y[i - 1]) || !std::isfinite(c.y[i])) continue;
        Break b;
        if (std::fabs(c.y[i] - c.y[i - 1]) > 1e-6 * span)
            b = bisectJump(at, c.x[i - 1], c.x[i], c.y[i - 1], c.y[i]);
        if (!b.found) {
            const bool peakLeft = size(i - 1) >= size(i) && (i < 2 || size(i - 1) >= size(i - 2));
            const bool peakRight = size(i) >= size(i - 1) && size(i) >= size(i + 1);
            const double scale = std::max({size(i - 1), size(i), std::fabs(r.upper), std::fabs(r.lower)});
            if ((peakLeft || peakRight) && scale > 0) b = zoomPole(at, c.x[i - 1], c.x[i], scale);
        }
        breaks[i] = b;
        any = any || b.found;
    }
    if (!any) return c;
    // Each break becomes a NaN (a gap when drawn) between the sides, and the curve runs up to the
    // bracket's ends where f stays near the plot, so a step reaches its jump.
    SampledCurve out;
    auto near = [&r, span](double y) { return std::isfinite(y) && y > r.lower - span && y < r.upper + span; };
    for (std::size_t i = 0; i < count; ++i) {
        const Break& b = breaks[i];
        if (b.found) {
            if (b.left > c.x[i - 1] && b.left < b.right && near(at(b.left))) {
                out.x.push_back(b.left);
                out.y.push_back(at(b.left));
            }
            out.x.push_back(0.5 * (b.left + b.right));
            out.y.push_back(kNaN);
            if (b.right < c.x[i] && b.left < b.right && near(at(b.right))) {
                out.x.push_back(b.right);
                out.y.push_back(at(b.right));
            }
        }
        // A sample that is itself the odd point between two breaks (sign(0) = 0 between −1 and 1) would
        // join the sides: it is left out.
        const bool between = b.found && i + 1 < count && breaks[i + 1].found;
        out.x.push_back(c.x[i]);
        out.y.push_back(between ? kNaN : c.y[i]);
    }
    return out;
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
    // Only where f is defined: 1/x + 2x vanishes at −1/√2, but ln(x) + x² has no point there.
    const auto slope = [&f](double x) { return slopeWhereDefined(f, x); };
    double previousX = xmin, previous = slope(xmin);
    for (int i = 1; i <= samples; ++i) {
        const double x = xmin + (xmax - xmin) * i / samples;
        const double d = slope(x);
        if (previous == 0.0) {
            roots.push_back(previousX);
        } else if (std::isfinite(previous) && std::isfinite(d) && (previous > 0) != (d > 0) && d != 0.0) {
            // A sign change: bisect. (A pole also changes sign; such "roots" are dropped below.)
            double a = previousX, b = x, fa = previous;
            for (int k = 0; k < 80; ++k) {
                const double m = 0.5 * (a + b);
                const double fm = slope(m);
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
            if (std::fabs(slope(root)) < 1e-6 * (1.0 + std::fabs(previous) + std::fabs(d)))
                roots.push_back(root);
        }
        previousX = x;
        previous = d;
    }
    return roots;
}

} // namespace gradlab
