#pragma once
// The update rule of each optimizer for one coordinate, written once: Optimizer::step applies it to the
// coordinates of one run, the lane kernels (lane_runs.cpp) to one coordinate of many runs at once, in loops
// the compiler vectorises. Each follows the single-tensor code path of torch.optim (PyTorch 2.x) operation
// for operation, so that results agree with PyTorch to the last bit where the arithmetic is the same; do not
// reorder the arithmetic.

#include <cmath>

namespace gradlab::update {

/// Plain gradient descent: w ← w − lr·g (torch: p.add_(g, alpha=-lr)).
inline double gradientDescent(double w, double g, double lr) {
    return w + (-lr) * g;
}

/// Momentum (or Nesterov): the velocity a becomes g on the first update, a·μ + g after (torch: buf =
/// clone(g), then buf.mul_(mu).add_(g)); the step is a, or g + μ·a for Nesterov.
inline double momentum(double w, double& a, double g, double lr, double mu, bool firstUpdate, bool nesterov) {
    a = firstUpdate ? g : a * mu + g;
    const double d = nesterov ? g + mu * a : a;
    return w + (-lr) * d;
}

/// Adagrad: a ← a + g², w ← w − lr·g / (√a + ε).
inline double adagrad(double w, double& a, double g, double lr, double eps) {
    a = a + g * g;
    const double std = std::sqrt(a) + eps;
    return w + (-lr) * (g / std);
}

/// RMSprop: a ← a·α + (1 − α)·g², w ← w − lr·g / (√a + ε).
inline double rmsprop(double w, double& a, double g, double lr, double alpha, double eps) {
    a = a * alpha + (1.0 - alpha) * (g * g);
    const double avg = std::sqrt(a) + eps;
    return w + (-lr) * (g / avg);
}

/// What Adam's update t shares between coordinates: its bias corrections.
struct AdamBias {
    double correction1;     ///< 1 − β₁^t
    double correction2Sqrt; ///< √(1 − β₂^t)
};
inline AdamBias adamBias(double beta1, double beta2, int t) {
    return {1.0 - std::pow(beta1, t), std::sqrt(1.0 - std::pow(beta2, t))};
}

/// Adam: m ← lerp(m, g, 1 − β₁) as ATen computes lerp, v ← v·β₂ + (1 − β₂)·g²,
/// w ← w − (lr / (1 − β₁^t))·m / (√v / √(1 − β₂^t) + ε).
inline double adam(double w, double& m, double& v, double g, double lr, double beta1, double beta2,
                   double eps, double correction1, double correction2Sqrt) {
    const double stepSize = lr / correction1;
    const double weight = 1.0 - beta1;
    m = weight < 0.5 ? m + weight * (g - m) : g - (g - m) * (1.0 - weight);
    v = v * beta2 + (1.0 - beta2) * (g * g);
    const double denom = std::sqrt(v) / correction2Sqrt + eps;
    return w + (-stepSize) * (m / denom);
}

/// Newton's method on `dimension` (1 or 2) coordinates: w ← w − lr·H⁻¹g when H (row-major) is finite and
/// positive definite and the solution finite; otherwise a gradient step. Returns whether it fell back.
/// Defined in optimizer.cpp (it needs Eigen); not vectorised.
bool newton(int dimension, double* w, const double* g, const double* hessian, double lr);

} // namespace gradlab::update
