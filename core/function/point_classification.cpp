#include "function/point_classification.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace gradlab {

PointKind classifyPoint(const CompiledFunction& f, double x) {
    const double d = f.slope(x);
    if (!std::isfinite(d) || !std::isfinite(f.value(x))) return PointKind::Undefined;
    if (d > kFlatSlope) return PointKind::Rising;
    if (d < -kFlatSlope) return PointKind::Falling;
    const double c = f.secondDerivative(x);
    const double delta = 1e-4 * std::max(1.0, std::fabs(x));
    const double left = f.slope(x - delta), right = f.slope(x + delta);
    // A constant is flat everywhere, not "the same way on both sides" (x⁵ at 0 has f′ = 5·10⁻¹⁶ beside it).
    if (d == 0.0 && left == 0.0 && right == 0.0 && !(std::fabs(c) > 1e-9)) return PointKind::Constant;
    if (std::isfinite(c) && c > 1e-9) return PointKind::Minimum;
    if (std::isfinite(c) && c < -1e-9) return PointKind::Maximum;
    // f″ = 0 too: decide by the sign of f′ just left and right (x⁴ has a minimum, x³ has neither).
    if (left < 0 && right > 0) return PointKind::Minimum;
    if (left > 0 && right < 0) return PointKind::Maximum;
    return PointKind::FlatNeither;
}

SurfacePoint classifySurfacePoint(const CompiledFunction& f, const double* p, double typicalSlope) {
    SurfacePoint result;
    double g[2] = {0, 0}, h[4] = {0, 0, 0, 0};
    const double value = f.valueGradientHessian(p, g, h);
    result.gradientNorm = std::hypot(g[0], g[1]);
    if (!std::isfinite(value) || !std::isfinite(result.gradientNorm)) return result;
    const HessianAxes axes = hessianAxes(h);
    if (axes.finite) {
        result.eigenvalues[0] = axes.eigenvalues[0];
        result.eigenvalues[1] = axes.eigenvalues[1];
        result.shape = axes.shape;
    }
    const double scale = (std::isfinite(typicalSlope) && typicalSlope > 0) ? typicalSlope : 1.0;
    if (result.gradientNorm > kFlatGradientRelative * scale) {
        result.kind = SurfacePointKind::Sloped;
        return result;
    }
    switch (result.shape) {
    case CurvatureShape::Bowl:
        result.kind = SurfacePointKind::Minimum;
        break;
    case CurvatureShape::Dome:
        result.kind = SurfacePointKind::Maximum;
        break;
    case CurvatureShape::Saddle:
        result.kind = SurfacePointKind::Saddle;
        break;
    case CurvatureShape::Trough:
    case CurvatureShape::Ridge:
    case CurvatureShape::Flat:
        result.kind = SurfacePointKind::Undetermined;
        break;
    case CurvatureShape::Undefined:
        result.kind = SurfacePointKind::Undefined;
        break;
    }
    return result;
}

const char* surfacePointName(SurfacePointKind k) {
    switch (k) {
    case SurfacePointKind::Sloped:
        return "sloped";
    case SurfacePointKind::Minimum:
        return "minimum";
    case SurfacePointKind::Maximum:
        return "maximum";
    case SurfacePointKind::Saddle:
        return "saddle";
    case SurfacePointKind::Undetermined:
        return "undetermined";
    case SurfacePointKind::Undefined:
        return "undefined";
    }
    return "undefined";
}

namespace {
// The q-quantile (0…1) of the finite |∇f| on a 41 × 41 grid over the rectangle; 0 when none is finite.
double slopeQuantile(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax,
                     double q) {
    constexpr int n = 41;
    std::vector<double> norms;
    norms.reserve(n * n);
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double p[2] = {xmin + (xmax - xmin) * i / (n - 1), ymin + (ymax - ymin) * j / (n - 1)};
            double g[2];
            const double v = f.valueAndGradient(p, g);
            const double norm = std::hypot(g[0], g[1]);
            if (std::isfinite(v) && std::isfinite(norm)) norms.push_back(norm);
        }
    if (norms.empty()) return 0.0;
    const auto at = norms.begin() +
                    static_cast<std::ptrdiff_t>(std::min(
                        norms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(norms.size()))));
    std::nth_element(norms.begin(), at, norms.end());
    return *at;
}
} // namespace

double typicalSlope(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax) {
    return slopeQuantile(f, xmin, xmax, ymin, ymax, 0.5);
}

double largestSlope(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax) {
    return slopeQuantile(f, xmin, xmax, ymin, ymax, 1.0);
}

Neighbourhood probeNeighbourhood(const CompiledFunction& f, const double* p) {
    Neighbourhood out;
    const double fp = f.value(p);
    if (!std::isfinite(fp)) return out;
    const double scale = std::max({1.0, std::fabs(p[0]), std::fabs(p[1])});
    const double slack = 1e-14 * std::max(1.0, std::fabs(fp));
    static const double kDirections[4][2] = {
        {1, 0}, {0, 1}, {0.7071067811865476, 0.7071067811865476}, {0.7071067811865476, -0.7071067811865476}};
    for (double size : {1e-6, 1e-4, 1e-2})
        for (const auto& d : kDirections)
            for (double sign : {-1.0, 1.0}) {
                const double q[2] = {p[0] + sign * size * scale * d[0], p[1] + sign * size * scale * d[1]};
                const double fq = f.value(q);
                if (!std::isfinite(fq)) continue;
                ++out.probes;
                out.farthest = size * scale;
                out.lower = out.lower || fq < fp - slack;
                out.higher = out.higher || fq > fp + slack;
            }
    return out;
}

} // namespace gradlab
