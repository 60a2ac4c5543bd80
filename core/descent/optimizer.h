#pragma once
// The optimizers of the lessons, with the update rules and default hyperparameters of torch.optim, so that
// a learner's numbers match PyTorch's to rounding.

#include <string>

namespace gradlab {

enum class OptimizerKind { GradientDescent, Momentum, Nesterov, Adagrad, RMSprop, Adam, Newton };

/// "gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "newton".
const char* optimizerName(OptimizerKind k);
/// A name for people: "Gradient descent", "Momentum", … "Newton's method".
const char* optimizerTitle(OptimizerKind k);
bool optimizerByName(const std::string& name, OptimizerKind& out);
constexpr int kOptimizerCount = 7;

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
