#pragma once
// The level set of the curvature part of a local quadratic model, q(d) = ½ dᵀHd = ±c, as curves of
// offsets d from the point: an ellipse when both eigenvalues have one sign, a pair of hyperbolas (q = +c
// and q = −c, sharing their asymptotes) when they have opposite signs, two parallel lines when one is
// zero, nothing when H is zero. The eigen-directions are the curves' axes.

#include "function/hessian_axes.h"

#include <array>
#include <vector>

namespace gradlab {

struct LevelCurve {
    double level = 0.0;                        ///< q(d) on every point of the curve: +c or −c
    std::vector<std::array<double, 2>> points; ///< offsets d = (dx, dy) from the point, in data units
};

struct QuadraticLevelSet {
    double level = 0.0; ///< c > 0 (0 when there is nothing to draw)
    /// Along directions[i], where the curves cross that axis: √(2c/|λᵢ|); for a zero eigenvalue, `reach`
    /// (the length the parallel lines are drawn along it). 0 when there is nothing to draw.
    double halfAxes[2] = {0.0, 0.0};
    std::vector<LevelCurve> curves; ///< 1 (ellipse), 2 (parallel lines) or 4 (hyperbola branches)
};

/// The level set ½ dᵀHd = ±c with c chosen so that the longest half-axis of a nonzero eigenvalue is
/// `reach` (c = ½·min|λ≠0|·reach²). Each curve has `samples` points (at least 8); hyperbola branches and
/// lines end within 2·reach of the point. Empty (level 0) when H is not finite or zero, or reach ≤ 0.
QuadraticLevelSet quadraticLevelSet(const HessianAxes& axes, double reach, int samples = 200);

} // namespace gradlab
