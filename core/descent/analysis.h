#pragma once
// What the learning rate does: curvature at a point, the critical learning rate, and the regime of a run.

#include "descent/trajectory.h"
#include "eval/compiled_function.h"

namespace gradlab {

enum class Regime {
    Monotone,    ///< converges, each step in the same direction as the one before
    Oscillating, ///< converges while the direction of the step keeps flipping
    Diverging,   ///< the loss grows without bound (or the run diverged)
    TooSlow,     ///< not within tolerance by the last step
};

/// "monotone", "oscillating", "diverging", "too_slow".
const char* regimeName(Regime r);
/// A sentence for the learner: "converging steadily", "too small: still far from the minimum", …
const char* regimeDescription(Regime r);

/// Classifies a finished run. `tolerance` is the run's; with 0 a relative one (1e-6 of the first gradient
/// norm, at least 1e-6) decides whether it got there.
Regime classify(const Trajectory& t, double tolerance);

/// Eigenvalues of the Hessian at p, ascending (1 or 2 of them). False if the Hessian is not finite.
bool hessianEigenvalues(const CompiledFunction& f, const double* p, double* eigenvalues);

/// Searches for a local minimum from `start` (damped Newton with a gradient-descent fallback and a
/// backtracking line search). True if ‖∇f‖ < 1e-10 was reached with a positive definite Hessian.
bool locateMinimum(const CompiledFunction& f, const double* start, double* minimum);

/// The largest learning rate for which gradient descent converges near a minimum w*: 2/f''(w*) in one
/// dimension, 2/λ_max of the Hessian in two. Infinity where the curvature is not positive.
double criticalLearningRate(const CompiledFunction& f, const double* minimum);

} // namespace gradlab
