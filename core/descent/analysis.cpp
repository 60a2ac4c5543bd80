#include "descent/analysis.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>

namespace gradlab {

bool hessianEigenvalues(const CompiledFunction& f, const double* p, double* eigenvalues) {
    double g[2], h[4];
    f.valueGradientHessian(p, g, h);
    if (f.dimension() == 1) {
        eigenvalues[0] = h[0];
        return std::isfinite(h[0]);
    }
    Eigen::Matrix2d H;
    H << h[0], h[1], h[2], h[3];
    if (!H.allFinite()) return false;
    Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> solver(H, Eigen::EigenvaluesOnly);
    eigenvalues[0] = solver.eigenvalues()[0];
    eigenvalues[1] = solver.eigenvalues()[1];
    return true;
}

bool isLocalMinimum(const CompiledFunction& f, const double* p) {
    const int n = f.dimension();
    const double fp = f.value(p);
    if (!std::isfinite(fp)) return false;
    double scale = 1.0;
    for (int i = 0; i < n; ++i)
        scale = std::max(scale, std::fabs(p[i]));
    // Values within round-off of f(p) count as equal (a flat minimum's neighbours may round to it).
    const double slack = 1e-14 * std::fabs(fp);
    static const double kDirections[4][2] = {
        {1, 0}, {0, 1}, {0.7071067811865476, 0.7071067811865476}, {0.7071067811865476, -0.7071067811865476}};
    const int directions = n == 1 ? 1 : 4;
    for (double size : {1e-6, 1e-4, 1e-2}) {
        for (int d = 0; d < directions; ++d) {
            for (double sign : {-1.0, 1.0}) {
                double q[2] = {p[0], n > 1 ? p[1] : 0.0};
                for (int i = 0; i < n; ++i)
                    q[i] += sign * size * scale * kDirections[d][i];
                const double fq = f.value(q);
                if (std::isfinite(fq) && fq < fp - slack) return false;
            }
        }
    }
    return true;
}

namespace {
/// locateMinimum's verdict on where its search ended.
bool confirmMinimum(const CompiledFunction& f, double* p) {
    double g[2] = {0, 0}, h[4] = {0, 0, 0, 0};
    f.valueGradientHessian(p, g, h);
    const double gn = std::sqrt(g[0] * g[0] + (f.dimension() > 1 ? g[1] * g[1] : 0.0));
    double ev[2];
    if (!hessianEigenvalues(f, p, ev)) return false;
    return gn < 1e-8 && ev[0] > 0 && isLocalMinimum(f, p);
}
} // namespace

bool locateMinimum(const CompiledFunction& f, const double* start, double* minimum, MinimumMemo* memo) {
    const int n = f.dimension();
    if (n < 1) return false;
    constexpr int kIterations = 500;
    Eigen::Vector2d w(start[0], n > 1 ? start[1] : 0.0);
    double g[2] = {0, 0}, h[4] = {0, 0, 0, 0};
    double path[kIterations][kMaxDimension]; // the iterates, for the memo
    int iteration = 0;
    for (; iteration < kIterations; ++iteration) {
        double p[2] = {w[0], w[1]};
        path[iteration][0] = p[0];
        path[iteration][1] = p[1];
        if (const MinimumMemo::Continuation* c = memo ? memo->find(p) : nullptr) {
            // An earlier search went on from here: so would this one, within its iterations.
            if (iteration + c->iterations <= kIterations) {
                memo->remember(path, iteration, c->iterations, c->end, c->minimum);
                minimum[0] = c->end[0];
                if (n > 1) minimum[1] = c->end[1];
                return c->minimum;
            }
        }
        const double fw = f.valueGradientHessian(p, g, h);
        if (!std::isfinite(fw)) return false;
        Eigen::Vector2d grad(g[0], n > 1 ? g[1] : 0.0);
        if (grad.norm() == 0.0) break;
        Eigen::Vector2d direction = -grad;
        if (n == 1) {
            if (h[0] > 0) direction[0] = -g[0] / h[0];
        } else {
            Eigen::Matrix2d H;
            H << h[0], h[1], h[2], h[3];
            Eigen::LLT<Eigen::Matrix2d> llt(H);
            if (H.allFinite() && llt.info() == Eigen::Success) direction = -llt.solve(grad);
        }
        if (!direction.allFinite() || direction.dot(grad) >= 0) direction = -grad;
        // Backtracking (Armijo) line search.
        double step = 1.0;
        bool moved = false;
        for (int k = 0; k < 60; ++k) {
            const Eigen::Vector2d trial = w + step * direction;
            double q[2] = {trial[0], trial[1]};
            const double ft = f.value(q);
            if (std::isfinite(ft) && ft <= fw + 1e-4 * step * direction.dot(grad)) {
                // Moving less than round-off of w: as close as the arithmetic gets.
                moved = (trial - w).norm() > 1e-15 * (1.0 + w.norm());
                w = trial;
                break;
            }
            step *= 0.5;
        }
        if (!moved) break;
    }
    double p[2] = {w[0], w[1]};
    minimum[0] = w[0];
    if (n > 1) minimum[1] = w[1];
    const bool found = confirmMinimum(f, p);
    // A search that stopped on its own (not at the limit): where it ended follows from each of its iterates.
    if (memo && iteration < kIterations) memo->remember(path, iteration + 1, 0, p, found);
    return found;
}

double criticalLearningRate(const CompiledFunction& f, const double* minimum) {
    double ev[2];
    if (!hessianEigenvalues(f, minimum, ev)) return std::numeric_limits<double>::infinity();
    const double largest = f.dimension() == 1 ? ev[0] : ev[1];
    if (!(largest > 0)) return std::numeric_limits<double>::infinity();
    return 2.0 / largest;
}

double quadraticEdgeRate(OptimizerKind kind, const Hyperparameters& hp, double plainCritical) {
    if (!(plainCritical > 0)) return std::numeric_limits<double>::quiet_NaN();
    const double mu = hp.momentum;
    switch (kind) {
    case OptimizerKind::GradientDescent:
        return plainCritical;
    case OptimizerKind::Momentum:
        return plainCritical * (1 + mu);
    case OptimizerKind::Nesterov:
        return plainCritical * (1 + mu) / (1 + 2 * mu);
    case OptimizerKind::Newton:
        return 2.0;
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

const char* quadraticEdgeFormula(OptimizerKind kind) {
    switch (kind) {
    case OptimizerKind::GradientDescent:
        return "2/f″";
    case OptimizerKind::Momentum:
        return "2(1+μ)/f″";
    case OptimizerKind::Nesterov:
        return "2(1+μ)/((1+2μ)f″)";
    case OptimizerKind::Newton:
        return "2";
    default:
        return "";
    }
}

} // namespace gradlab
