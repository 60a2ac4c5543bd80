#include "function/hessian_axes.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
/// Whether |λ| counts as zero next to the larger eigenvalue in size.
bool isZero(double lambda, double largest) {
    return largest == 0.0 || std::fabs(lambda) <= kSingularHessianRelative * largest;
}
} // namespace

CurvatureShape curvatureShape(double lo, double hi) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return CurvatureShape::Undefined;
    const double largest = std::max(std::fabs(lo), std::fabs(hi));
    const bool loZero = isZero(lo, largest), hiZero = isZero(hi, largest);
    if (loZero && hiZero) return CurvatureShape::Flat;
    if (loZero) return hi > 0 ? CurvatureShape::Trough : CurvatureShape::Ridge;
    if (hiZero) return lo > 0 ? CurvatureShape::Trough : CurvatureShape::Ridge;
    if (lo > 0) return CurvatureShape::Bowl;
    if (hi < 0) return CurvatureShape::Dome;
    return CurvatureShape::Saddle;
}

const char* curvatureShapeName(CurvatureShape shape) {
    switch (shape) {
    case CurvatureShape::Bowl:
        return "bowl";
    case CurvatureShape::Dome:
        return "dome";
    case CurvatureShape::Saddle:
        return "saddle";
    case CurvatureShape::Trough:
        return "trough";
    case CurvatureShape::Ridge:
        return "ridge";
    case CurvatureShape::Flat:
        return "flat";
    case CurvatureShape::Undefined:
        return "undefined";
    }
    return "undefined";
}

HessianAxes hessianAxes(const double* hessian) {
    HessianAxes out;
    for (int i = 0; i < 4; ++i)
        out.hessian[i] = hessian[i];
    Eigen::Matrix2d H;
    const double offDiagonal = 0.5 * (hessian[1] + hessian[2]);
    H << hessian[0], offDiagonal, offDiagonal, hessian[3];
    if (!H.allFinite()) return out;
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> solver(H);
    if (solver.info() != Eigen::Success) return out;
    out.finite = true;
    out.eigenvalues[0] = solver.eigenvalues()[0];
    out.eigenvalues[1] = solver.eigenvalues()[1];
    Eigen::Vector2d u = solver.eigenvectors().col(0).normalized();
    // The solver's sign is arbitrary: fix it, so that one H is always drawn and labelled the same way.
    if (u.x() < 0 || (u.x() == 0 && u.y() < 0)) u = -u;
    out.directions[0][0] = u.x();
    out.directions[0][1] = u.y();
    out.directions[1][0] = -u.y();
    out.directions[1][1] = u.x();
    out.shape = curvatureShape(out.eigenvalues[0], out.eigenvalues[1]);
    return out;
}

HessianAxes hessianAxesAt(const CompiledFunction& f, const double* p) {
    double g[2] = {0, 0}, h[4] = {0, 0, 0, 0};
    const double value = f.valueGradientHessian(p, g, h);
    HessianAxes out = hessianAxes(h);
    if (!std::isfinite(value)) {
        out.finite = false;
        out.shape = CurvatureShape::Undefined;
    }
    return out;
}

int bendSign(const HessianAxes& axes, int i) {
    const double largest = std::max(std::fabs(axes.eigenvalues[0]), std::fabs(axes.eigenvalues[1]));
    const double lambda = axes.eigenvalues[i];
    if (isZero(lambda, largest)) return 0;
    return lambda > 0 ? 1 : -1;
}

double quadraticForm(const HessianAxes& axes, double dx, double dy) {
    const double offDiagonal = 0.5 * (axes.hessian[1] + axes.hessian[2]);
    return 0.5 * (axes.hessian[0] * dx * dx + 2 * offDiagonal * dx * dy + axes.hessian[3] * dy * dy);
}

} // namespace gradlab
