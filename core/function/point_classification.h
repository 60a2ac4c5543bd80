#pragma once
// What the derivative says about a point of a one-variable function: rising, falling, or flat — and for
// a flat point whether it is a minimum, a maximum or neither (from f″, or from the sign of f′ on each
// side when f″ is zero too). The same for a point of a two-variable function: sloped, or flat and then a
// minimum, a maximum, a saddle or undetermined, from the Hessian's eigenvalues.

#include "function/compiled_function.h"
#include "function/hessian_axes.h"

namespace gradlab {

enum class PointKind {
    Rising,
    Falling,
    Minimum,
    Maximum,
    FlatNeither, ///< flat, and f goes on the same way on both sides (x³ at 0)
    Constant,    ///< f′ is exactly 0 here and on both sides: f is constant around x (f = 0)
    Undefined    ///< f or f′ is not a finite number here (outside the domain, a pole, a vertical tangent)
};

/// |f′| below this counts as flat.
constexpr double kFlatSlope = 1e-9;

PointKind classifyPoint(const CompiledFunction& f, double x);

/// What ∇f and the Hessian say about a point of a two-variable function.
enum class SurfacePointKind {
    Sloped,       ///< ∇f is not ≈ 0: the surface rises one way and falls the other
    Minimum,      ///< flat, both Hessian eigenvalues > 0
    Maximum,      ///< flat, both < 0
    Saddle,       ///< flat, eigenvalues of opposite signs
    Undetermined, ///< flat with a singular Hessian (trough, ridge or flat): second derivatives cannot tell
                  ///< (x⁴ + y⁴ at 0)
    Undefined,    ///< f, ∇f or the Hessian is not finite here
};

/// |∇f| at most this fraction of the function's typical slope (see typicalSlope) counts as flat.
constexpr double kFlatGradientRelative = 1e-3;

struct SurfacePoint {
    SurfacePointKind kind = SurfacePointKind::Undefined;
    double gradientNorm = 0.0;          ///< |∇f| at the point
    double eigenvalues[2] = {0.0, 0.0}; ///< of the Hessian, ascending (when finite), sloped or not
    /// What the Hessian says about the shape near the point (at a sloped point too); at a flat point it
    /// decides the kind: bowl → minimum, dome → maximum, saddle → saddle, the singular ones → undetermined.
    CurvatureShape shape = CurvatureShape::Undefined;
};

/// Classifies p = (x, y): Sloped while |∇f| > kFlatGradientRelative · typicalSlope (a typicalSlope ≤ 0 or
/// not finite counts as 1), otherwise by the Hessian's shape (curvatureShape). `f` must have two variables.
SurfacePoint classifySurfacePoint(const CompiledFunction& f, const double* p, double typicalSlope);

/// What f does around p compared with f(p), where the Hessian cannot tell: probes at distances 10⁻⁶, 10⁻⁴ and
/// 10⁻² of p's scale (max(1, |x|, |y|)) along both axes and both diagonals, 24 points (as isLocalMinimum
/// in descent/analysis.h). Values within round-off of f(p) count as equal.
struct Neighbourhood {
    bool lower = false;    ///< some probe is lower than f(p)
    bool higher = false;   ///< some probe is higher than f(p)
    int probes = 0;        ///< how many probes had a finite value
    double farthest = 0.0; ///< the largest probe distance
};
Neighbourhood probeNeighbourhood(const CompiledFunction& f, const double* p);

/// "sloped", "minimum", "maximum", "saddle", "undetermined", "undefined": the words of the CSV and CLI.
const char* surfacePointName(SurfacePointKind k);

/// The typical size of |∇f| over a rectangle: the median of the finite |∇f| on a 41 × 41 grid
/// (0 when none is finite). It sets what "≈ 0" and "long" mean for this function's gradient arrows.
double typicalSlope(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax);
/// The largest finite |∇f| on the same grid (0 when none is finite).
double largestSlope(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax);

} // namespace gradlab
