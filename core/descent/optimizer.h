#pragma once
// The optimizers of the lessons, with the update rules and default hyperparameters of torch.optim, so that
// a learner's numbers match PyTorch's to rounding.

#include "text/text.h"
#include <array>
#include <string>

namespace gradlab {

enum class OptimizerKind { GradientDescent, Momentum, Nesterov, Adagrad, RMSprop, Adam, Newton };
constexpr int kOptimizerCount = 7;
/// Every optimizer, in the order the lessons, tables and colours list them.
constexpr std::array<OptimizerKind, kOptimizerCount> kOptimizers = {
    OptimizerKind::GradientDescent, OptimizerKind::Momentum, OptimizerKind::Nesterov, OptimizerKind::Adagrad,
    OptimizerKind::RMSprop,         OptimizerKind::Adam,     OptimizerKind::Newton};

/// "gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "newton".
const char* optimizerName(OptimizerKind k);
/// A name for people: "Gradient descent", "Momentum", … "Newton's method" (proper names such as Adam stay
/// as they are in every language).
Text optimizerTitle(OptimizerKind k);
/// The optimizer named `name` (optimizerName's names, and "sgd" for gd); false if none is.
bool optimizerByName(const std::string& name, OptimizerKind& out);
/// "gd, momentum, nesterov, adagrad, rmsprop, adam, newton": the names for a message.
const std::string& optimizerNameList();

/// Hyperparameters, initialised to torch.optim's defaults. An optimizer reads only those it uses.
struct Hyperparameters {
    double learningRate = 0.1;
    double momentum = 0.9; ///< μ, for momentum and nesterov (torch.optim.SGD's momentum; dampening 0)
    double alpha = 0.99;   ///< RMSprop's smoothing constant
    double beta1 = 0.9;    ///< Adam
    double beta2 = 0.999;  ///< Adam
    double eps = -1.0;     ///< < 0: the optimizer's default (adagrad 1e-10, rmsprop 1e-8, adam 1e-8)
    /// eps as used by `kind`.
    double epsilonFor(OptimizerKind kind) const;
};

/// Whether two sets of hyperparameters are the same in every field except the learning rate.
inline bool sameBesidesLearningRate(const Hyperparameters& a, const Hyperparameters& b) {
    return a.momentum == b.momentum && a.alpha == b.alpha && a.beta1 == b.beta1 && a.beta2 == b.beta2 &&
           a.eps == b.eps;
}

/// A hyperparameter of Hyperparameters.
enum class Hyperparameter { LearningRate, Momentum, Alpha, Beta1, Beta2, Eps };
constexpr int kHyperparameterCount = 6;
constexpr std::array<Hyperparameter, kHyperparameterCount> kHyperparameters = {
    Hyperparameter::LearningRate, Hyperparameter::Momentum, Hyperparameter::Alpha,
    Hyperparameter::Beta1,        Hyperparameter::Beta2,    Hyperparameter::Eps};

/// The values a hyperparameter may take, and what it is called.
struct HyperparameterRange {
    const char* key;    ///< in lesson files: "learningRate", "momentum", "alpha", "beta1", "beta2", "eps"
    const char* option; ///< on the command line: "lr", "momentum", "alpha", "beta1", "beta2", "eps"
    const char* symbol; ///< for people: η, μ, α, β₁, β₂, ε
    double min;
    double max; ///< +inf: no upper bound (the value must still be finite)
    bool minIncluded;
    bool maxIncluded;
    bool negativeMeansDefault; ///< eps: any negative value stands for the optimizer's default
};
const HyperparameterRange& hyperparameterRange(Hyperparameter h);
/// Whether `kind`'s update rule reads `h` (every optimizer reads the learning rate).
bool usesHyperparameter(OptimizerKind kind, Hyperparameter h);
/// The field of `hp` that holds `h`.
double hyperparameterValue(const Hyperparameters& hp, Hyperparameter h);
double& hyperparameterValue(Hyperparameters& hp, Hyperparameter h);
/// Why `value` is not a valid `h`, as the end of a sentence that begins with its name ("must be at least 0
/// and less than 1, got 1.5"); "" if it is valid.
std::string hyperparameterProblem(Hyperparameter h, double value);
/// Why `hp` cannot run `kind`: the first hyperparameter `kind` uses that is out of range, by key
/// ("beta2 must be at least 0 and less than 1, got 1"); "" if all are valid.
std::string hyperparametersProblem(const Hyperparameters& hp, OptimizerKind kind);

/// torch.optim's name for an optimizer's state vector, as `optimizer.state[p]` holds it after a step:
/// "momentum_buffer" (momentum, nesterov), "sum" (adagrad), "square_avg" (rmsprop), "exp_avg" (adam);
/// the second is "exp_avg_sq" (adam). "" for a state the optimizer does not keep.
const char* firstStateTorchName(OptimizerKind kind);
const char* secondStateTorchName(OptimizerKind kind);

/// A moment with Adam's bias correction after t updates: moment / (1 − β^t) (m̂ from m with β₁, v̂ from v
/// with β₂). t ≥ 1.
double biasCorrected(double moment, double beta, int t);

/// The per-coordinate step size that update t (t ≥ 1, at rate `lr`) applied, given the state after it:
/// η / (√sum + ε) for adagrad, η / (√square_avg + ε) for rmsprop, η / (√v̂ + ε) for adam (which multiplies
/// m̂ by it; the others multiply the gradient). For gd, momentum and nesterov it is η (momentum and nesterov
/// multiply their velocity by it), for newton η times the inverse curvature, which needs the Hessian:
/// this returns η. `secondState` is unused except by adam; `firstState` by adagrad and rmsprop.
double effectiveStepSize(OptimizerKind kind, const Hyperparameters& hp, double lr, int t, double firstState,
                         double secondState);
/// Whether effectiveStepSize differs by coordinate (adagrad, rmsprop, adam): what the overlay draws.
bool hasPerCoordinateStepSize(OptimizerKind kind);

/// The most an optimizer works in: one or two coordinates.
constexpr int kMaxDimension = 2;

/// What one step did, for the step table and the explanations.
struct StepInfo {
    double update[kMaxDimension] = {0.0, 0.0}; ///< w_new - w_old
    bool newtonFellBack = false;               ///< Newton took a gradient step (H singular or not PD)
};

/// The state of one optimizer on one run. step() applies one update in place; no allocation.
class Optimizer {
public:
    Optimizer(OptimizerKind kind, const Hyperparameters& hp, int dimension);

    OptimizerKind kind() const { return m_kind; }
    const Hyperparameters& hyperparameters() const { return m_hp; }
    int stepCount() const { return m_t; }
    /// The rate of the next updates (a schedule changes it between steps, as torch's schedulers do).
    void setLearningRate(double lr) { m_hp.learningRate = lr; }

    /// One update of w from its gradient g (and Hessian H, row-major, used by Newton only).
    void step(double* w, const double* g, const double* hessian, StepInfo* info = nullptr);

    /// The state worth showing: the velocity (momentum, nesterov), the squared-gradient accumulator
    /// (adagrad, rmsprop) or Adam's first and second moments.
    const double* firstState() const { return m_a; }
    const double* secondState() const { return m_b; }
    /// What the state vectors are called ("velocity", "sum of g²", "m", "v"), or "" if unused.
    const char* firstStateName() const;
    const char* secondStateName() const;

    void reset();

private:
    OptimizerKind m_kind;
    Hyperparameters m_hp;
    int m_dimension;
    int m_t = 0;
    double m_eps;
    double m_a[kMaxDimension] = {0.0, 0.0};
    double m_b[kMaxDimension] = {0.0, 0.0};
};

} // namespace gradlab
