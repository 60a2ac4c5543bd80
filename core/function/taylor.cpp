#include "function/taylor.h"

#include "diff/gradient_check.h"
#include "diff/symbolic.h"
#include "expression/tree_evaluate.h"
#include "function/point_value.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gradlab {

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

double TaylorExpansion::polynomial(double x, int k) const {
    k = std::clamp(k, 0, order());
    const double d = x - at;
    double sum = 0.0; // Horner in (x − a)
    for (int i = k; i >= 0; --i)
        sum = sum * d + coefficients[static_cast<std::size_t>(i)];
    return sum;
}

TaylorExpansion taylorExpansion(const CompiledFunction& f, double a, int order) {
    TaylorExpansion t;
    t.at = a;
    if (f.dimension() != 1) {
        t.message = Text(GRADLAB_TEXT("gradlab::taylor",
                                      "a Taylor expansion here needs a function of one variable, not %1"),
                         {Text::number(std::to_string(f.dimension()))});
        return t;
    }
    if (order < 1 || order > kMaxTaylorOrder) {
        t.message =
            Text(GRADLAB_TEXT("gradlab::taylor", "the order must be from 1 to %1, got %2"),
                 {Text::number(std::to_string(kMaxTaylorOrder)), Text::number(std::to_string(order))});
        return t;
    }
    t.derivatives = {f.simplified(), f.partial(0), f.secondPartial(0, 0)};
    while (static_cast<int>(t.derivatives.size()) <= order) {
        DerivativeResult d = differentiate(t.derivatives.back(), 0);
        if (!d.ok) {
            t.message = d.message;
            t.derivatives.clear();
            return t;
        }
        t.derivatives.push_back(d.expr);
    }
    t.derivatives.resize(static_cast<std::size_t>(order) + 1);
    double factorial = 1.0;
    for (int k = 0; k <= order; ++k) {
        if (k > 0) factorial *= k;
        // f, f′ and f″ from the compiled programs the lessons use everywhere else; higher orders from
        // their trees (the same symbolic derivatives).
        const double v = k == 0   ? f.value(a)
                         : k == 1 ? f.slope(a)
                         : k == 2 ? f.secondDerivative(a)
                                  : evaluateTree<double>(t.derivatives[static_cast<std::size_t>(k)], &a);
        t.values.push_back(v);
        t.coefficients.push_back(v / factorial);
    }
    t.ok = true;
    return t;
}

LocalLine localLine(const CompiledFunction& f, double a) {
    LocalLine line;
    line.value = f.value(a);
    if (!std::isfinite(line.value) || !std::isfinite(a)) return line;
    const OneSidedSlopes sides = oneSidedSlopes([&f](double t) { return f.value(t); }, a);
    const PointValue symbolic = evaluateSlope(f, a);
    switch (sides.kind) {
    case OneSidedSlopes::Corner:
        line.kind = LocalLine::Corner;
        line.left = sides.left;
        line.right = sides.right;
        line.slope = 0.5 * (sides.left + sides.right);
        return line;
    case OneSidedSlopes::Vertical:
        line.kind = LocalLine::Vertical;
        return line;
    case OneSidedSlopes::Settles:
        line.kind = LocalLine::Tangent;
        // The symbolic slope where it has one; the sides' limit where the formula is 0/0 (x·|x| at 0).
        line.slope = symbolic.status == ValueStatus::Finite ? symbolic.value : sides.limit;
        return line;
    case OneSidedSlopes::Unknown:
        break;
    }
    if (symbolic.status == ValueStatus::Finite) {
        line.kind = LocalLine::Tangent;
        line.slope = symbolic.value;
    }
    return line;
}

TangentGap tangentGap(const CompiledFunction& f, double a, double slope, double halfWidth, int samples) {
    TangentGap g;
    g.halfWidth = halfWidth;
    g.where = a;
    const double fa = f.value(a);
    samples = std::max(samples, 3);
    // x − a is exact for the x near a (Sterbenz), so the gap is f's own at each sampled x.
    auto gapAt = [&](double x) { return std::fabs(f.value(x) - fa - slope * (x - a)); };
    double best = -1.0, largestValue = std::fabs(fa);
    int bestIndex = 0;
    for (int i = 0; i < samples; ++i) {
        const double x = a + halfWidth * (2.0 * i / (samples - 1) - 1.0);
        const double v = f.value(x);
        if (!std::isfinite(v) || !std::isfinite(fa) || !std::isfinite(slope)) {
            g.gap = kNaN;
            g.roundOff = kNaN;
            return g;
        }
        largestValue = std::max(largestValue, std::fabs(v));
        const double d = std::fabs(v - fa - slope * (x - a));
        if (d > best) {
            best = d;
            bestIndex = i;
        }
    }
    // Between the best sample's neighbours the largest gap may lie off the grid: golden section.
    double lo = a + halfWidth * (2.0 * std::max(bestIndex - 1, 0) / (samples - 1) - 1.0);
    double hi = a + halfWidth * (2.0 * std::min(bestIndex + 1, samples - 1) / (samples - 1) - 1.0);
    g.where = a + halfWidth * (2.0 * bestIndex / (samples - 1) - 1.0);
    const double phi = 0.5 * (std::sqrt(5.0) - 1.0);
    for (int k = 0; k < 60 && hi - lo > 0; ++k) {
        const double m1 = hi - phi * (hi - lo), m2 = lo + phi * (hi - lo);
        const double g1 = gapAt(m1), g2 = gapAt(m2);
        for (const auto& [x, v] : {std::pair{m1, g1}, std::pair{m2, g2}})
            if (std::isfinite(v) && v > best) {
                best = v;
                g.where = x;
            }
        (g1 >= g2 ? hi : lo) = g1 >= g2 ? m2 : m1;
    }
    g.gap = best;
    // Each value subtracted carries a few units in its last place; the line's term m·(x − a) one more.
    constexpr double eps = std::numeric_limits<double>::epsilon();
    g.roundOff = 4.0 * eps * (std::fabs(fa) + largestValue + std::fabs(slope) * halfWidth);
    return g;
}

GapCurve gapCurve(const CompiledFunction& f, double a, double slope, double widest, double narrowest,
                  int perDecade) {
    GapCurve c;
    c.slope = kNaN;
    perDecade = std::max(perDecade, 1);
    const int count = static_cast<int>(std::lround(std::log10(widest / narrowest) * perDecade));
    for (int k = 0; k <= count; ++k)
        c.points.push_back(
            tangentGap(f, a, slope, widest * std::pow(10.0, -static_cast<double>(k) / perDecade)));
    auto clean = [](const TangentGap& g) { return std::isfinite(g.gap) && g.gap > 0 && !g.isRounding(); };
    for (const TangentGap& g : c.points)
        if (clean(g)) c.smallestClean = g.halfWidth; // the points run from widest to narrowest
    if (c.smallestClean == 0.0) return c;
    // Least squares of log gap on log w over the two decades above the smallest clean window.
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const TangentGap& g : c.points) {
        if (!clean(g) || g.halfWidth > 100.0 * c.smallestClean * (1 + 1e-9)) continue;
        const double x = std::log10(g.halfWidth), y = std::log10(g.gap);
        n += 1;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        c.slopeFrom = n == 1 ? g.halfWidth : c.slopeFrom;
        c.slopeTo = g.halfWidth;
    }
    const double det = n * sxx - sx * sx;
    if (n >= 2 && det > 0) c.slope = (n * sxy - sx * sy) / det;
    return c;
}

OsculatingCircle osculatingCircle(double a, double value, double slope, double second) {
    OsculatingCircle c;
    if (!std::isfinite(a) || !std::isfinite(value) || !std::isfinite(slope) || !std::isfinite(second) ||
        second == 0.0)
        return c;
    const double q = 1.0 + slope * slope;
    c.radius = std::pow(q, 1.5) / std::fabs(second);
    // The centre lies along the normal (−f′, 1)/√q on the side f bends toward (the sign of f″).
    c.centreX = a - slope * q / second;
    c.centreY = value + q / second;
    c.exists = std::isfinite(c.radius) && std::isfinite(c.centreX) && std::isfinite(c.centreY);
    return c;
}

Bending bendingAt(const CompiledFunction& f, double a) {
    if (!std::isfinite(f.value(a))) return Bending::Unknown;
    const PointValue p = evaluatePoint([&f](double t) { return f.secondDerivative(t); }, a);
    if (p.status != ValueStatus::Finite) return Bending::Unknown;
    if (p.value == 0.0 || p.indistinguishableFromZero()) return Bending::None;
    return p.value > 0 ? Bending::Up : Bending::Down;
}

const char* bendingName(Bending b) {
    switch (b) {
    case Bending::Up:
        return "up";
    case Bending::Down:
        return "down";
    case Bending::None:
        return "none";
    case Bending::Unknown:
        break;
    }
    return "unknown";
}

int gapOrder(const CompiledFunction& f, double a) {
    if (f.dimension() != 1 || !std::isfinite(f.value(a))) return 0;
    Expr d = f.secondPartial(0, 0);
    for (int k = 2; k <= kMaxTaylorOrder; ++k) {
        if (k > 2) {
            const DerivativeResult next = differentiate(d, 0);
            if (!next.ok) return 0;
            d = next.expr;
        }
        // f″ from the compiled program, as bendingAt reads it; higher orders from their trees.
        const PointValue p = k == 2
                                 ? evaluatePoint([&f](double t) { return f.secondDerivative(t); }, a)
                                 : evaluatePoint([&d](double t) { return evaluateTree<double>(d, &t); }, a);
        if (p.status != ValueStatus::Finite) return 0;
        if (p.value != 0.0 && !p.indistinguishableFromZero()) return k;
    }
    return 0;
}

bool isAtMostQuadratic(const CompiledFunction& f) {
    // No x left in f″ (a number, or 2·π): constant curvature.
    return f.dimension() == 1 && !dependsOn(f.secondPartial(0, 0));
}

NewtonStep newtonStep(double a, double slope, double second, Bending bending) {
    NewtonStep s;
    if (!std::isfinite(slope) || !std::isfinite(second) || bending == Bending::None ||
        bending == Bending::Unknown || second == 0.0)
        return s;
    s.kind = bending == Bending::Up ? NewtonStep::Minimum : NewtonStep::Maximum;
    s.x = a - slope / second;
    s.newtonRate = 1.0 / second;
    s.criticalRate = 2.0 / second;
    return s;
}

} // namespace gradlab
