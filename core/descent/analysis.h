#pragma once
// What the learning rate does near a minimum: the curvature there and the critical learning rate.
// (A run's regime is judged in run_judgement.h.)

#include "descent/minimum_memo.h"
#include "descent/optimizer.h"
#include "descent/trajectory.h"
#include "function/compiled_function.h"

namespace gradlab {

/// Eigenvalues of the Hessian at p, ascending (1 or 2 of them). False if the Hessian is not finite.
bool hessianEigenvalues(const CompiledFunction& f, const double* p, double* eigenvalues);

/// True if f is no lower than f(p) at small probes around p (steps of 1e-6, 1e-4 and 1e-2 of p's scale along
/// each axis and each diagonal): a flat point of x³ or a vanishing slope of eˣ is not a minimum, a flat
/// minimum such as x⁴'s is.
bool isLocalMinimum(const CompiledFunction& f, const double* p);

/// Searches for a local minimum from `start` (damped Newton with a gradient-descent fallback and a
/// backtracking line search). True if ‖∇f‖ < 1e-8 was reached with a positive definite Hessian at a point
/// that isLocalMinimum confirms. With a memo (of searches on f), a search that reaches a point an earlier
/// one passed through ends as that one did, without redoing it: the same result.
bool locateMinimum(const CompiledFunction& f, const double* start, double* minimum,
                   MinimumMemo* memo = nullptr);

/// The largest learning rate for which gradient descent converges near a minimum w*: 2/f''(w*) in one
/// dimension, 2/λ_max of the Hessian in two. Infinity where the curvature is not positive.
double criticalLearningRate(const CompiledFunction& f, const double* minimum);

/// The largest learning rate for which `kind` converges on a quadratic whose plain-descent critical rate
/// is `plainCritical` (2/f″): the heavy ball's 2(1+μ)/f″ (v = μv + g, w −= ηv), Nesterov's
/// 2(1+μ)/((1+2μ)f″), Newton's 2 whatever f″. NaN for adagrad, RMSprop and Adam, whose steps are not
/// proportional to the gradient (they have no such edge), and for a plainCritical that is not positive.
double quadraticEdgeRate(OptimizerKind kind, const Hyperparameters& hp, double plainCritical);
/// quadraticEdgeRate's formula for people: "2/f″", "2(1+μ)/f″", "2(1+μ)/((1+2μ)f″)", "2"; "" where it
/// is NaN.
const char* quadraticEdgeFormula(OptimizerKind kind);

} // namespace gradlab
