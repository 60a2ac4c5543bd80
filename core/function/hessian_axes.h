#pragma once
// The Hessian of a two-variable function at a point as the axes of its local quadratic model
// f(p + d) ≈ f(p) + ∇f·d + ½ dᵀHd: the eigenvalues say how the surface bends along the two
// eigen-directions (up, down or not at all), and their signs name the shape of the model near the point:
// a bowl, a dome, a saddle, a trough, a ridge or flat. One rule for every place that names a shape: the
// flat-point classification (point_classification.h) is this shape at a point where ∇f ≈ 0.

#include "function/compiled_function.h"

namespace gradlab {

/// The shape of q(d) = ½ dᵀHd from the signs of H's eigenvalues (a zero one within
/// kSingularHessianRelative of the larger in size).
enum class CurvatureShape {
    Bowl,     ///< both eigenvalues > 0: curving up in every direction
    Dome,     ///< both < 0: curving down in every direction
    Saddle,   ///< opposite signs: up along one eigen-direction, down along the other
    Trough,   ///< one > 0, the other zero: curving up across, straight along one direction
    Ridge,    ///< one < 0, the other zero: curving down across, straight along one direction
    Flat,     ///< both zero: the quadratic model is a plane (second derivatives say nothing)
    Undefined ///< the Hessian is not finite
};

/// A Hessian eigenvalue at most this fraction of the largest one in size counts as zero (singular).
constexpr double kSingularHessianRelative = 1e-6;

/// A symmetric 2 × 2 Hessian, eigen-decomposed (Eigen's SelfAdjointEigenSolver).
struct HessianAxes {
    bool finite = false;                        ///< false when the Hessian (or f) is not finite
    double hessian[4] = {0.0, 0.0, 0.0, 0.0};   ///< row-major: fxx, fxy, fyx, fyy
    double eigenvalues[2] = {0.0, 0.0};         ///< ascending: λ₁ ≤ λ₂
    double directions[2][2] = {{1, 0}, {0, 1}}; ///< unit eigenvectors: directions[i] belongs to λᵢ
    CurvatureShape shape = CurvatureShape::Undefined;
};

/// The eigen-decomposition of the symmetric matrix `hessian` (row-major, 4 numbers; the mean of the two
/// off-diagonal entries is used). directions[0] has x ≥ 0 (y > 0 when x = 0) and directions[1] is it
/// turned 90° anticlockwise, so the pair is a right-handed frame and the same H always gives the same
/// arrows.
HessianAxes hessianAxes(const double* hessian);
/// The Hessian of the two-variable `f` at p, decomposed; finite is false where f or H is not finite.
HessianAxes hessianAxesAt(const CompiledFunction& f, const double* p);

/// The shape for eigenvalues lo ≤ hi.
CurvatureShape curvatureShape(double lo, double hi);
/// "bowl", "dome", "saddle", "trough", "ridge", "flat", "undefined".
const char* curvatureShapeName(CurvatureShape shape);

/// How q bends along one eigen-direction: +1 up (λ > 0), −1 down (λ < 0), 0 straight (λ counts as zero
/// next to the other eigenvalue, as in curvatureShape).
int bendSign(const HessianAxes& axes, int i);

/// q(d) = ½ dᵀHd for an offset d from the point.
double quadraticForm(const HessianAxes& axes, double dx, double dy);

} // namespace gradlab
