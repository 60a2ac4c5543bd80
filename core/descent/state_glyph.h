#pragma once
// What the optimizer-state overlay draws for one update of a run, in the run's own coordinates: computed
// from the state each trajectory point keeps (never by running the optimizer again), so that what is drawn
// is what the update did.

#include "descent/trajectory.h"

#include <cstddef>

namespace gradlab {

/// The state of update k (from point k − 1 to point k), anchored where that update started.
struct StateGlyph {
    int step = 0;                              ///< k ≥ 1: the update drawn
    double anchor[kMaxDimension] = {0.0, 0.0}; ///< θ_{k−1}, where the update started
    double learningRate = 0.0;                 ///< η of update k (as its schedule set it)
    /// The state's arrow, a displacement in θ: −η·v (momentum, nesterov: v the velocity after the update,
    /// torch's momentum_buffer; for momentum it is the update itself), −η·m̂/(√v̂ + ε) (adam: the update
    /// itself, m̂ and v̂ bias-corrected).
    bool hasStateArrow = false;
    double stateArrow[kMaxDimension] = {0.0, 0.0};
    /// The raw gradient's arrow with the same scaling: −η·g (momentum, nesterov: plain gradient descent's
    /// step), −η·g/(√v̂ + ε) (adam: the step with the raw gradient in place of m̂). g is the gradient the
    /// update used (noise included).
    bool hasGradientArrow = false;
    double gradientArrow[kMaxDimension] = {0.0, 0.0};
    /// The box (adagrad, rmsprop, adam): half-widths |Δθ_i|, the update the step took in each coordinate,
    /// equal to stepSize_i × |g_i| (adagrad, rmsprop) or stepSize_i × |m̂_i| (adam). The update lands on a
    /// corner.
    bool hasBox = false;
    double halfWidth[kMaxDimension] = {0.0, 0.0};
    /// The per-coordinate effective step size of the update (effectiveStepSize): η/(√sum + ε),
    /// η/(√square_avg + ε), η/(√v̂ + ε); η for the others.
    double stepSize[kMaxDimension] = {0.0, 0.0};
};

/// Whether the overlay draws anything for `kind`: momentum, nesterov, adagrad, rmsprop and adam keep a
/// state; gradient descent and Newton's method keep none.
bool hasStateGlyph(OptimizerKind kind);

/// The glyph of update k of `t` (1 ≤ k < t.points.size()).
StateGlyph stateGlyph(const Trajectory& t, std::size_t k);

} // namespace gradlab
