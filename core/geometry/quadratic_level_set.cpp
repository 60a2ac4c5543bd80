#include "geometry/quadratic_level_set.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
constexpr double kPi = 3.14159265358979323846;
} // namespace

QuadraticLevelSet quadraticLevelSet(const HessianAxes& axes, double reach, int samples) {
    QuadraticLevelSet out;
    const int bend[2] = {bendSign(axes, 0), bendSign(axes, 1)};
    if (!axes.finite || !(reach > 0) || !std::isfinite(reach) || (bend[0] == 0 && bend[1] == 0)) return out;
    samples = std::max(samples, 8);
    // c from the gentler of the curving directions: its half-axis is `reach`, the steeper one's shorter.
    double smallest = INFINITY;
    for (int i = 0; i < 2; ++i)
        if (bend[i] != 0) smallest = std::min(smallest, std::fabs(axes.eigenvalues[i]));
    const double c = 0.5 * smallest * reach * reach;
    out.level = c;
    for (int i = 0; i < 2; ++i)
        out.halfAxes[i] = bend[i] == 0 ? reach : std::sqrt(2 * c / std::fabs(axes.eigenvalues[i]));
    const double a = out.halfAxes[0], b = out.halfAxes[1];
    const auto* e = axes.directions;
    // A point u·e₁ + v·e₂ in the eigen-frame, as an offset in data coordinates.
    auto at = [e](double u, double v) {
        return std::array<double, 2>{u * e[0][0] + v * e[1][0], u * e[0][1] + v * e[1][1]};
    };
    auto curve = [&](double level, auto&& point) {
        LevelCurve k;
        k.level = level;
        k.points.reserve(static_cast<std::size_t>(samples));
        for (int j = 0; j < samples; ++j)
            k.points.push_back(point(static_cast<double>(j) / (samples - 1)));
        out.curves.push_back(std::move(k));
    };
    if (bend[0] == bend[1]) {
        // An ellipse: ½(λ₁u² + λ₂v²) = ±c with u = a cos t, v = b sin t (closed: the last point is the
        // first).
        const double level = bend[0] * c;
        curve(level, [&](double s) { return at(a * std::cos(2 * kPi * s), b * std::sin(2 * kPi * s)); });
    } else if (bend[0] != 0 && bend[1] != 0) {
        // Hyperbolas: q = +c opens along the direction that curves up, q = −c along the one that curves
        // down; u = a sinh s, v = ±b cosh s gives ½(λ₁u² + λ₂v²) = ±c exactly. Each branch runs until it
        // is 2·reach from the point.
        const int up = bend[0] > 0 ? 0 : 1;
        for (int branch = 0; branch < 2; ++branch) {
            const double sign = branch == 0 ? 1.0 : -1.0;
            for (int opens = 0; opens < 2; ++opens) {
                // opens = 0: the branch opening along the up direction (q = +c), 1: along the down one.
                const int axis = opens == 0 ? up : 1 - up;
                const double vertex = out.halfAxes[axis], side = out.halfAxes[1 - axis];
                const double sm = std::asinh(std::sqrt(
                    std::max(0.0, (4 * reach * reach - vertex * vertex) / (vertex * vertex + side * side))));
                curve(opens == 0 ? c : -c, [&](double t) {
                    const double s = sm * (2 * t - 1);
                    const double onAxis = sign * vertex * std::cosh(s), offAxis = side * std::sinh(s);
                    return axis == 0 ? at(onAxis, offAxis) : at(offAxis, onAxis);
                });
            }
        }
    } else {
        // Parallel lines: the curving direction k at ±√(2c/|λ|) = ±reach, drawn `reach` each way along
        // the straight direction.
        const int k = bend[0] != 0 ? 0 : 1;
        for (double sign : {1.0, -1.0})
            curve(bend[k] * c, [&](double t) {
                const double along = reach * (2 * t - 1), across = sign * out.halfAxes[k];
                return k == 0 ? at(across, along) : at(along, across);
            });
    }
    return out;
}

} // namespace gradlab
