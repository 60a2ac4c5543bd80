#include "diff/point_classification.h"

#include <cmath>

namespace gradlab {

PointKind classifyPoint(const CompiledFunction& f, double x) {
    const double d = f.slope(x);
    if (!std::isfinite(d) || !std::isfinite(f.value(x))) return PointKind::Undefined;
    if (d > kFlatSlope) return PointKind::Rising;
    if (d < -kFlatSlope) return PointKind::Falling;
    const double c = f.secondDerivative(x);
    if (std::isfinite(c) && c > 1e-9) return PointKind::Minimum;
    if (std::isfinite(c) && c < -1e-9) return PointKind::Maximum;
    // f″ = 0 too: decide by the sign of f′ just left and right (x⁴ has a minimum, x³ has neither).
    const double delta = 1e-4 * std::max(1.0, std::fabs(x));
    const double left = f.slope(x - delta), right = f.slope(x + delta);
    if (left < 0 && right > 0) return PointKind::Minimum;
    if (left > 0 && right < 0) return PointKind::Maximum;
    return PointKind::FlatNeither;
}

} // namespace gradlab
