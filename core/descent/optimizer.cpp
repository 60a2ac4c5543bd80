#include "descent/optimizer.h"

#include "descent/optimizer_update.h"

#include <Eigen/Dense>
#include <cmath>
#include <cstdio>
#include <limits>

namespace gradlab {

const char* optimizerName(OptimizerKind k) {
    switch (k) {
    case OptimizerKind::GradientDescent:
        return "gd";
    case OptimizerKind::Momentum:
        return "momentum";
    case OptimizerKind::Nesterov:
        return "nesterov";
    case OptimizerKind::Adagrad:
        return "adagrad";
    case OptimizerKind::RMSprop:
        return "rmsprop";
    case OptimizerKind::Adam:
        return "adam";
    case OptimizerKind::Newton:
        return "newton";
    }
    return "gd";
}

Text optimizerTitle(OptimizerKind k) {
    switch (k) {
    case OptimizerKind::GradientDescent:
        return Text(GRADLAB_TEXT("Optimizer", "Gradient descent"));
    case OptimizerKind::Momentum:
        return Text(GRADLAB_TEXT("Optimizer", "Momentum"));
    case OptimizerKind::Nesterov:
        return Text::verbatim("Nesterov");
    case OptimizerKind::Adagrad:
        return Text::verbatim("Adagrad");
    case OptimizerKind::RMSprop:
        return Text::verbatim("RMSprop");
    case OptimizerKind::Adam:
        return Text::verbatim("Adam");
    case OptimizerKind::Newton:
        return Text(GRADLAB_TEXT("Optimizer", "Newton's method"));
    }
    return {};
}

bool optimizerByName(const std::string& name, OptimizerKind& out) {
    for (OptimizerKind k : kOptimizers) {
        if (name == optimizerName(k)) {
            out = k;
            return true;
        }
    }
    if (name == "sgd") {
        out = OptimizerKind::GradientDescent;
        return true;
    }
    return false;
}

const std::string& optimizerNameList() {
    static const std::string list = [] {
        std::string s;
        for (OptimizerKind k : kOptimizers)
            s += (s.empty() ? "" : ", ") + std::string(optimizerName(k));
        return s;
    }();
    return list;
}

const HyperparameterRange& hyperparameterRange(Hyperparameter h) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    // In Hyperparameter order. The learning rate has no upper bound: the lessons show divergence.
    static const HyperparameterRange ranges[kHyperparameterCount] = {
        {"learningRate", "lr", "η", 0.0, inf, false, false, false},
        {"momentum", "momentum", "μ", 0.0, 1.0, true, false, false},
        {"alpha", "alpha", "α", 0.0, 1.0, true, false, false},
        {"beta1", "beta1", "β₁", 0.0, 1.0, true, false, false},
        {"beta2", "beta2", "β₂", 0.0, 1.0, true, false, false},
        {"eps", "eps", "ε", 0.0, 1.0, false, true, true},
    };
    return ranges[static_cast<int>(h)];
}

bool usesHyperparameter(OptimizerKind kind, Hyperparameter h) {
    switch (h) {
    case Hyperparameter::LearningRate:
        return true;
    case Hyperparameter::Momentum:
        return kind == OptimizerKind::Momentum || kind == OptimizerKind::Nesterov;
    case Hyperparameter::Alpha:
        return kind == OptimizerKind::RMSprop;
    case Hyperparameter::Beta1:
    case Hyperparameter::Beta2:
        return kind == OptimizerKind::Adam;
    case Hyperparameter::Eps:
        return kind == OptimizerKind::Adagrad || kind == OptimizerKind::RMSprop ||
               kind == OptimizerKind::Adam;
    }
    return false;
}

double& hyperparameterValue(Hyperparameters& hp, Hyperparameter h) {
    switch (h) {
    case Hyperparameter::LearningRate:
        return hp.learningRate;
    case Hyperparameter::Momentum:
        return hp.momentum;
    case Hyperparameter::Alpha:
        return hp.alpha;
    case Hyperparameter::Beta1:
        return hp.beta1;
    case Hyperparameter::Beta2:
        return hp.beta2;
    case Hyperparameter::Eps:
        return hp.eps;
    }
    return hp.learningRate;
}

double hyperparameterValue(const Hyperparameters& hp, Hyperparameter h) {
    return hyperparameterValue(const_cast<Hyperparameters&>(hp), h);
}

namespace {

std::string number(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    return buf;
}

// "a positive number", "at least 0 and less than 1", "more than 0 and at most 1".
std::string describeRange(const HyperparameterRange& r) {
    if (std::isinf(r.max)) {
        if (r.min == 0.0 && !r.minIncluded) return "a positive number";
        return std::string(r.minIncluded ? "at least " : "more than ") + number(r.min);
    }
    return std::string(r.minIncluded ? "at least " : "more than ") + number(r.min) +
           (r.maxIncluded ? " and at most " : " and less than ") + number(r.max);
}

} // namespace

std::string hyperparameterProblem(Hyperparameter h, double value) {
    const HyperparameterRange& r = hyperparameterRange(h);
    if (r.negativeMeansDefault && value < 0.0 && std::isfinite(value)) return "";
    const bool aboveMin = r.minIncluded ? value >= r.min : value > r.min;
    const bool belowMax = r.maxIncluded ? value <= r.max : value < r.max;
    if (aboveMin && belowMax && std::isfinite(value)) return "";
    return "must be " + describeRange(r) + (r.negativeMeansDefault ? " (or negative for the default)" : "") +
           ", got " + number(value);
}

std::string hyperparametersProblem(const Hyperparameters& hp, OptimizerKind kind) {
    for (Hyperparameter h : kHyperparameters) {
        if (!usesHyperparameter(kind, h)) continue;
        const std::string why = hyperparameterProblem(h, hyperparameterValue(hp, h));
        if (!why.empty()) return std::string(hyperparameterRange(h).key) + " " + why;
    }
    return "";
}

double Hyperparameters::epsilonFor(OptimizerKind kind) const {
    if (eps >= 0.0) return eps;
    return kind == OptimizerKind::Adagrad ? 1e-10 : 1e-8;
}

Optimizer::Optimizer(OptimizerKind kind, const Hyperparameters& hp, int dimension)
    : m_kind(kind)
    , m_hp(hp)
    , m_dimension(dimension)
    , m_eps(hp.epsilonFor(kind)) {}

const char* Optimizer::firstStateName() const {
    switch (m_kind) {
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov:
        return "velocity";
    case OptimizerKind::Adagrad:
        return "sum of g²";
    case OptimizerKind::RMSprop:
        return "mean of g²";
    case OptimizerKind::Adam:
        return "m";
    default:
        return "";
    }
}

const char* Optimizer::secondStateName() const {
    return m_kind == OptimizerKind::Adam ? "v" : "";
}

const char* firstStateTorchName(OptimizerKind kind) {
    switch (kind) {
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov:
        return "momentum_buffer";
    case OptimizerKind::Adagrad:
        return "sum";
    case OptimizerKind::RMSprop:
        return "square_avg";
    case OptimizerKind::Adam:
        return "exp_avg";
    default:
        return "";
    }
}

const char* secondStateTorchName(OptimizerKind kind) {
    return kind == OptimizerKind::Adam ? "exp_avg_sq" : "";
}

double biasCorrected(double moment, double beta, int t) {
    return moment / (1.0 - std::pow(beta, t));
}

bool hasPerCoordinateStepSize(OptimizerKind kind) {
    return kind == OptimizerKind::Adagrad || kind == OptimizerKind::RMSprop || kind == OptimizerKind::Adam;
}

double effectiveStepSize(OptimizerKind kind, const Hyperparameters& hp, double lr, int t, double firstState,
                         double secondState) {
    const double eps = hp.epsilonFor(kind);
    switch (kind) {
    case OptimizerKind::Adagrad:
    case OptimizerKind::RMSprop:
        return lr / (std::sqrt(firstState) + eps);
    case OptimizerKind::Adam:
        return lr / (std::sqrt(biasCorrected(secondState, hp.beta2, t)) + eps);
    default:
        return lr;
    }
}

void Optimizer::reset() {
    m_t = 0;
    for (int i = 0; i < kMaxDimension; ++i)
        m_a[i] = m_b[i] = 0.0;
}

namespace update {

bool newton(int dimension, double* w, const double* g, const double* hessian, double lr) {
    bool fellBack = (hessian == nullptr);
    if (!fellBack) {
        if (dimension == 1) {
            const double h = hessian[0];
            if (std::isfinite(h) && h > 0.0)
                w[0] = w[0] - lr * (g[0] / h);
            else
                fellBack = true;
        } else {
            Eigen::Matrix2d H;
            H << hessian[0], hessian[1], hessian[2], hessian[3];
            Eigen::LLT<Eigen::Matrix2d> llt(H);
            if (H.allFinite() && llt.info() == Eigen::Success) {
                const Eigen::Vector2d d = llt.solve(Eigen::Vector2d(g[0], g[1]));
                if (d.allFinite()) {
                    w[0] = w[0] - lr * d[0];
                    w[1] = w[1] - lr * d[1];
                } else {
                    fellBack = true;
                }
            } else {
                fellBack = true;
            }
        }
    }
    if (fellBack)
        for (int i = 0; i < dimension; ++i)
            w[i] = gradientDescent(w[i], g[i], lr);
    return fellBack;
}

} // namespace update

// The arithmetic of each rule is in optimizer_update.h, shared with the lane kernels.
void Optimizer::step(double* w, const double* g, const double* hessian, StepInfo* info) {
    ++m_t;
    const double lr = m_hp.learningRate;
    double before[kMaxDimension] = {0.0, 0.0};
    for (int i = 0; i < m_dimension; ++i)
        before[i] = w[i];
    if (info) info->newtonFellBack = false;

    switch (m_kind) {
    case OptimizerKind::GradientDescent:
        for (int i = 0; i < m_dimension; ++i)
            w[i] = update::gradientDescent(w[i], g[i], lr);
        break;
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov:
        for (int i = 0; i < m_dimension; ++i)
            w[i] = update::momentum(w[i], m_a[i], g[i], lr, m_hp.momentum, m_t == 1,
                                    m_kind == OptimizerKind::Nesterov);
        break;
    case OptimizerKind::Adagrad:
        for (int i = 0; i < m_dimension; ++i)
            w[i] = update::adagrad(w[i], m_a[i], g[i], lr, m_eps);
        break;
    case OptimizerKind::RMSprop:
        for (int i = 0; i < m_dimension; ++i)
            w[i] = update::rmsprop(w[i], m_a[i], g[i], lr, m_hp.alpha, m_eps);
        break;
    case OptimizerKind::Adam: {
        const update::AdamBias bias = update::adamBias(m_hp.beta1, m_hp.beta2, m_t);
        for (int i = 0; i < m_dimension; ++i)
            w[i] = update::adam(w[i], m_a[i], m_b[i], g[i], lr, m_hp.beta1, m_hp.beta2, m_eps,
                                bias.correction1, bias.correction2Sqrt);
        break;
    }
    case OptimizerKind::Newton: {
        const bool fellBack = update::newton(m_dimension, w, g, hessian, lr);
        if (info) info->newtonFellBack = fellBack;
        break;
    }
    }
    if (info)
        for (int i = 0; i < m_dimension; ++i)
            info->update[i] = w[i] - before[i];
}

} // namespace gradlab
