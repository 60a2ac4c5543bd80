#pragma once
// What a one-variable function looks like close to a point a: its Taylor coefficients from the symbolic
// derivatives, the line it is compared with (the tangent, or at a corner no tangent at all), the largest
// gap between f and that line over a window [a − w, a + w] (it falls like w² where f is smooth, only like
// w at a corner), how that gap falls over decades of w, how much of it rounding alone can explain, the
// osculating circle, and Newton's step (the vertex of the second-order Taylor parabola).

#include "expression/expr.h"
#include "function/compiled_function.h"
#include "text/text.h"

#include <string>
#include <vector>

namespace gradlab {

/// The highest order taylorExpansion() computes (each order differentiates the last once more).
constexpr int kMaxTaylorOrder = 8;

/// f's Taylor expansion at a: T(x) = Σ c_k (x − a)^k with c_k = f⁽ᵏ⁾(a)/k!.
struct TaylorExpansion {
    bool ok = false;
    Text message;                  ///< why not, when !ok (order out of range, derivative too large)
    double at = 0.0;               ///< a
    std::vector<Expr> derivatives; ///< f, f′, f″, … up to the order, simplified
    std::vector<double> values;    ///< f⁽ᵏ⁾(a), k = 0 … order (NaN where a derivative has no value)
    std::vector<double> coefficients; ///< f⁽ᵏ⁾(a)/k!

    int order() const { return static_cast<int>(values.size()) - 1; }
    /// The Taylor polynomial of order `order` (at most order()) at x.
    double polynomial(double x, int order) const;
};

/// The coefficients of order 0 … `order` (1 ≤ order ≤ kMaxTaylorOrder) of a one-variable f at a, from its
/// symbolic derivatives (f′ and f″ are the compiled function's own, higher ones differentiated here).
TaylorExpansion taylorExpansion(const CompiledFunction& f, double a, int order);

/// The line the magnifier lays on f at a.
struct LocalLine {
    enum Kind {
        Tangent,  ///< f′(a) exists: the tangent y = f(a) + f′(a)(x − a)
        Corner,   ///< the one-sided slopes settle to different values: no tangent; `slope` is their mean
        Vertical, ///< f has a value but the slopes grow without bound (√x at 0)
        Undefined ///< f has no value at a, or its slopes cannot be told
    };
    Kind kind = Undefined;
    double value = 0.0; ///< f(a)
    double slope = 0.0; ///< the line's slope (Tangent, Corner)
    double left = 0.0;  ///< Corner: the slopes from the left and from the right
    double right = 0.0;
    bool hasLine() const { return kind == Tangent || kind == Corner; }
};

/// The tangent at a where f′(a) exists (also where the symbolic formula is 0/0 but both sides settle to
/// one slope: x·|x| at 0); at a corner (core's one-sided slopes: |x| at 0, relu at 0) the line through
/// (a, f(a)) whose slope is the mean of the two sides, which no zoom makes fit.
LocalLine localLine(const CompiledFunction& f, double a);

/// A gap smaller than this many times its round-off is rounding, not curvature.
constexpr double kRoundingFactor = 10.0;

/// The largest gap between f and a line through (a, f(a)) over [a − w, a + w].
struct TangentGap {
    double halfWidth = 0.0; ///< w
    double gap = 0.0;   ///< max |f(x) − f(a) − m·(x − a)| over the window; NaN where f has no value
    double where = 0.0; ///< the x where it is largest
    /// How large rounding alone makes the computed gap (a few units in the last place of the values
    /// subtracted, and f's own round-off at a): gaps below kRoundingFactor × this are noise.
    double roundOff = 0.0;
    bool isRounding() const { return !(gap > kRoundingFactor * roundOff); }
};

/// Samples the window at `samples` evenly spaced points (its ends included) and refines the largest gap
/// between its neighbours (golden section), in doubles, from f itself: no approximation of f.
TangentGap tangentGap(const CompiledFunction& f, double a, double slope, double halfWidth, int samples = 801);

/// The gap over decades of the window's half-width, and how fast it falls.
struct GapCurve {
    std::vector<TangentGap> points; ///< half-widths from the largest down, evenly spaced in log w
    /// The measured slope of log gap against log w over the smallest two decades where the gap is not
    /// rounding (least squares): about 2 where f is smooth and f″(a) ≠ 0, 3 where f″(a) = 0 but f‴(a) ≠ 0,
    /// 1 at a corner. NaN when fewer than two such windows exist (a straight line: the gap is rounding).
    double slope = 0.0;
    double slopeFrom = 0.0; ///< the half-widths the slope was measured between
    double slopeTo = 0.0;
    /// The smallest half-width before rounding takes over, going down from the largest (the smallest
    /// half-width when it never does, the largest when the gap is rounding from the start).
    double smallestClean = 0.0;
    bool hasSlope() const { return slope == slope; }
};

/// The gap at `perDecade` half-widths per decade from `widest` down to `narrowest`.
GapCurve gapCurve(const CompiledFunction& f, double a, double slope, double widest, double narrowest,
                  int perDecade = 4);

/// The circle that fits f best at a: radius (1 + f′²)^{3/2} / |f″|, its centre on the concave side.
struct OsculatingCircle {
    bool exists = false; ///< false where f″ = 0 (an infinite radius) or a value is not finite
    double radius = 0.0;
    double centreX = 0.0, centreY = 0.0;
};
OsculatingCircle osculatingCircle(double a, double value, double slope, double second);

/// How f bends at a, from the sign of f″(a).
enum class Bending {
    Up,   ///< f″ > 0: the curve lies above its tangent nearby
    Down, ///< f″ < 0
    None, ///< f″ = 0 (or within its round-off of 0): no bending at second order
    Unknown
};
/// f″(a) with its round-off (core's evaluatePoint), as a bending.
Bending bendingAt(const CompiledFunction& f, double a);
/// "up", "down", "none", "unknown": the CLI's words.
const char* bendingName(Bending b);

/// The order k of the first term after the tangent that is not zero at a: the smallest k ≥ 2 (up to
/// kMaxTaylorOrder) with f⁽ᵏ⁾(a) beyond its round-off. The gap between f and its tangent over [a − w, a + w]
/// falls like w^k, so k is that gap's slope on log-log axes: 2 where f″(a) ≠ 0 (the same test as
/// bendingAt), 3 for sin at 0 or x³ at 0, 4 for x⁴ at 0. 0 when no such k exists (a line) or a derivative
/// has no value at a.
int gapOrder(const CompiledFunction& f, double a);

/// True when f″ simplifies to a constant: f is a polynomial of degree at most 2, so its Taylor parabola is
/// f itself everywhere (and 2/f″ is the critical rate of descent on f, not only near the point).
bool isAtMostQuadratic(const CompiledFunction& f);

/// Newton's step from a: the vertex of the second-order Taylor parabola, x_N = a − f′(a)/f″(a).
struct NewtonStep {
    enum Kind {
        Minimum, ///< f″ > 0: the parabola's lowest point; gradient descent with η = 1/f″ lands there
        Maximum, ///< f″ < 0: the vertex is the parabola's highest point: Newton's step goes uphill
        NoVertex ///< f″ = 0 (the parabola is a line) or a value is not finite
    };
    Kind kind = NoVertex;
    double x = 0.0;            ///< x_N
    double newtonRate = 0.0;   ///< 1/f″: the learning rate whose descent step equals Newton's
    double criticalRate = 0.0; ///< 2/f″: the rate where descent on the parabola stops converging
};
NewtonStep newtonStep(double a, double slope, double second, Bending bending);

} // namespace gradlab
