#include "descent/optimizer.h"

#include <Eigen/Dense>
#include <cmath>

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

const char* optimizerTitle(OptimizerKind k) {
    switch (k) {
    case OptimizerKind::GradientDescent:
        return "Gradient descent";
    case OptimizerKind::Momentum:
        return "Momentum";
    case OptimizerKind::Nesterov:
        return "Nesterov";
    case OptimizerKind::Adagrad:
        return "Adagrad";
    case OptimizerKind::RMSprop:
        return "RMSprop";
    case OptimizerKind::Adam:
        return "Adam";
    case OptimizerKind::Newton:
        return "Newton's method";
    }
    return "";
}

bool optimizerByName(const std::string& name, OptimizerKind& out) {
    for (int i = 0; i < kOptimizerCount; ++i) {
        const auto k = static_cast<OptimizerKind>(i);
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

void Optimizer::reset() {
    m_t = 0;
    for (int i = 0; i < kMaxDimension; ++i)
        m_a[i] = m_b[i] = 0.0;
}

// Each branch follows the single-tensor code path of torch.optim (PyTorch 2.x), operation for operation,
// so that results agree to the last bit where the arithmetic is the same.
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
            w[i] = w[i] + (-lr) * g[i];
        break;
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov: {
        const double mu = m_hp.momentum;
        for (int i = 0; i < m_dimension; ++i) {
            // torch: buf = clone(g) on the first step, then buf.mul_(mu).add_(g)
            m_a[i] = (m_t == 1) ? g[i] : m_a[i] * mu + g[i];
            const double d = (m_kind == OptimizerKind::Nesterov) ? g[i] + mu * m_a[i] : m_a[i];
            w[i] = w[i] + (-lr) * d;
        }
        break;
    }
    case OptimizerKind::Adagrad:
        for (int i = 0; i < m_dimension; ++i) {
            m_a[i] = m_a[i] + g[i] * g[i];
            const double std = std::sqrt(m_a[i]) + m_eps;
            w[i] = w[i] + (-lr) * (g[i] / std);
        }
        break;
    case OptimizerKind::RMSprop: {
        const double alpha = m_hp.alpha;
        for (int i = 0; i < m_dimension; ++i) {
            m_a[i] = m_a[i] * alpha + (1.0 - alpha) * (g[i] * g[i]);
            const double avg = std::sqrt(m_a[i]) + m_eps;
            w[i] = w[i] + (-lr) * (g[i] / avg);
        }
        break;
    }
    case OptimizerKind::Adam: {
        const double b1 = m_hp.beta1, b2 = m_hp.beta2;
        const double biasCorrection1 = 1.0 - std::pow(b1, m_t);
        const double biasCorrection2 = 1.0 - std::pow(b2, m_t);
        const double stepSize = lr / biasCorrection1;
        const double biasCorrection2Sqrt = std::sqrt(biasCorrection2);
        const double weight = 1.0 - b1;
        for (int i = 0; i < m_dimension; ++i) {
            // exp_avg.lerp_(g, 1 - beta1), as ATen computes lerp
            m_a[i] =
                weight < 0.5 ? m_a[i] + weight * (g[i] - m_a[i]) : g[i] - (g[i] - m_a[i]) * (1.0 - weight);
            m_b[i] = m_b[i] * b2 + (1.0 - b2) * (g[i] * g[i]);
            const double denom = std::sqrt(m_b[i]) / biasCorrection2Sqrt + m_eps;
            w[i] = w[i] + (-stepSize) * (m_a[i] / denom);
        }
        break;
    }
    case OptimizerKind::Newton: {
        bool fellBack = (hessian == nullptr);
        if (!fellBack) {
            if (m_dimension == 1) {
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
        if (fellBack) {
            for (int i = 0; i < m_dimension; ++i)
                w[i] = w[i] + (-lr) * g[i];
        }
        if (info) info->newtonFellBack = fellBack;
        break;
    }
    }
    if (info)
        for (int i = 0; i < m_dimension; ++i)
            info->update[i] = w[i] - before[i];
}

} // namespace gradlab
