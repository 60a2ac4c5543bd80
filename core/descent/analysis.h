#pragma once
// What the learning rate does near a minimum: the curvature there and the critical learning rate.
// (A run's regime is judged in run_judgement.h.)

#include "descent/trajectory.h"
#include "eval/compiled_function.h"

namespace gradlab {

/// Eigenvalues of the Hessian at p, ascending (1 or 2 of them). False if the Hessian is not finite.
bool hessianEigenvalues(const CompiledFunction& f, const double* p, double* eigenvalues);

/// Searches for a local minimum from `start` (damped Newton with a gradient-descent fallback and a
/// backtracking line search). True if ‖∇f‖ < 1e-10 was reached with a positive definite Hessian.
bool locateMinimum(const CompiledFunction& f, const double* start, double* minimum);

/// The largest learning rate for which gradient descent converges near a minimum w*: 2/f''(w*) in one
/// dimension, 2/λ_max of the Hessian in two. Infinity where the curvature is not positive.
double criticalLearningRate(const CompiledFunction& f, const double* minimum);

} // namespace gradlab
