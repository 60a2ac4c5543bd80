#pragma once
// One step of a descent run taken apart for a learner: where it started, the gradient, the optimizer's state
// before and after, the update rule written out with the numbers substituted, and where it landed. Every
// number is the trajectory's own (nothing is recomputed that the run recorded), so what the step inspector
// shows is what the run did.

#include "descent/trajectory.h"
#include "function/compiled_function.h"
#include "text/text.h"

#include <string>
#include <vector>

namespace gradlab {

/// A number as the step explanation prints it: 6 significant digits as the lessons show numbers, −0 as 0,
/// exponents without padding ("1e−10") and the Unicode minus sign.
std::string explanationNumber(double v);

/// One equation of an update, for one coordinate: `symbolic` = `substituted` = the printed result.
struct StepEquation {
    int coordinate = 0;      ///< the variable it is about (0 or 1)
    std::string symbolic;    ///< "v = μ·v + g"
    std::string substituted; ///< "0.9·(−1.2) + 3.4": the right side with every symbol's value
    double value = 0.0;      ///< the result, as the run computed it
    /// "=" when the substituted numbers, as printed, give the printed result to its last digit; "≈" when
    /// only the unrounded numbers the run used do ("2.99396 − 0.1·(−0.0120893)" is 2.99516893, which prints
    /// 2.99517, not the run's 2.99516).
    std::string relation() const;
    /// "v = μ·v + g = 0.9·(−1.2) + 3.4 = 2.32", or "… ≈ 2.32" (relation()); the substitution is left out
    /// when it is the result itself.
    std::string text() const;
};

/// A state vector of the optimizer, before and after the step, with its name for people.
struct StepStateVector {
    Text name;             ///< "velocity", "accumulated G", "mean square", "first moment", …
    std::string symbol;    ///< "v", "G", "s", "m", "v", "m̂", "v̂"
    std::string torchName; ///< "momentum_buffer", …; "" for a derived value (m̂, v̂)
    bool hasBefore = true; ///< false for m̂ and v̂ (only after) and at step 0 (no state yet: before is 0)
    double before[kMaxDimension] = {0.0, 0.0};
    double after[kMaxDimension] = {0.0, 0.0};
};

/// Step k of a run taken apart: the update from points[k] to points[k + 1].
struct StepExplanation {
    bool valid = false;
    std::string problem; ///< why not valid ("step 12 is past the run's last update (11)")
    int step = 0;        ///< k
    int dimension = 1;
    OptimizerKind optimizer = OptimizerKind::GradientDescent;
    std::vector<std::string> variables;                   ///< the function's variables ("x", "y")
    double point[kMaxDimension] = {0.0, 0.0};             ///< θ_k
    double loss = 0.0;                                    ///< f(θ_k)
    double gradient[kMaxDimension] = {0.0, 0.0};          ///< ∇f(θ_k)
    double stepGradient[kMaxDimension] = {0.0, 0.0};      ///< the gradient the update used (noise included)
    bool noisy = false;                                   ///< stepGradient differs from gradient
    double learningRate = 0.0;                            ///< η of this update (a schedule's rate)
    int updateCount = 1;                                  ///< t = k + 1, Adam's bias-correction count
    std::vector<StepStateVector> state;                   ///< the optimizer's state (none for gd and newton)
    bool hasEffectiveStepSize = false;                    ///< adagrad, rmsprop, adam
    double effectiveStepSize[kMaxDimension] = {0.0, 0.0}; ///< effectiveStepSize() per coordinate
    bool newtonFellBack = false;
    double curvature[kMaxDimension * kMaxDimension] = {0.0, 0.0, 0.0, 0.0}; ///< newton: f″ or H at θ_k
    std::vector<Text> rule;              ///< the update rule in symbols, one line per equation
    Text note;                           ///< a sentence when something needs saying (Newton fell back, …)
    std::vector<StepEquation> equations; ///< the rule with the numbers, one line per equation per coordinate
    double next[kMaxDimension] = {0.0, 0.0}; ///< θ_{k+1}
    double nextLoss = 0.0;                   ///< f(θ_{k+1})
};

/// Step k (0 ≤ k < points.size() − 1) of trajectory `t` on `f` (the function it ran on: its variable names,
/// and f″ or the Hessian for Newton's method). Invalid, with the reason, for any other k.
StepExplanation explainStep(const Trajectory& t, int k, const CompiledFunction& f);

/// How many steps of `t` can be explained: points.size() − 1 (0 for a run that never moved).
int explainableSteps(const Trajectory& t);

} // namespace gradlab
