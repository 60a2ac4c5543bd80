#pragma once
// What a computed value at a point is: a number, undefined (a pole, a division by zero, outside the
// domain) or too large for a double; and how large its round-off is, so a value smaller than its own
// round-off is shown as "≈ 0" instead of as a tiny number that contradicts "the slope is 0".

#include <functional>

#include "function/compiled_function.h"

namespace gradlab {

enum class ValueStatus {
    Finite,    ///< an ordinary number
    Undefined, ///< NaN, or infinite because of a division by zero or a log of 0: no value exists here
    Overflow, ///< infinite because the true value is beyond ±1.8·10³⁰⁸ (exp(1000)): it exists, too large
    /// A slope only (see evaluateSlope): f has a value here but f′ is infinite (√x at 0): the tangent is
    /// vertical and no number is its slope. `value` keeps the sign of the infinity.
    Vertical
};

struct PointValue {
    double value = 0.0;
    ValueStatus status = ValueStatus::Finite;
    /// The round-off scale of computing g near x: the largest change of g over the 4 floating-point
    /// neighbours of x on each side. The true value at the real point that x stands for is unknown
    /// within about this much. 0 when g is exactly constant there; NaN unless status is Finite.
    double roundOff = 0.0;

    /// True when the value is finite but not distinguishable from 0 by this computation
    /// (cos(x) at the double nearest π/2 is 6.1·10⁻¹⁷, well below its round-off of ~10⁻¹⁵).
    bool indistinguishableFromZero() const {
        return status == ValueStatus::Finite && value != 0.0 && !(value > roundOff || -value > roundOff);
    }
};

/// g at x, classified (Undefined when g is NaN, or infinite after a division by zero; Overflow when
/// infinite otherwise), with its round-off scale measured at x's floating-point neighbours.
PointValue evaluatePoint(const std::function<double(double)>& g, double x);

/// f′ at x as a slope at a point: Undefined wherever f itself is undefined (ln at −1: the formula 1/x
/// gives −1 there, but ln has no value there and so no slope); Vertical where f has a value and f′ is
/// infinite (√x at 0); otherwise evaluatePoint of f′.
PointValue evaluateSlope(const CompiledFunction& f, double x);

/// f′(x) where f(x) is a finite number, NaN elsewhere (undefined, a pole, an overflow): the derivative
/// is drawn and searched only where the function is. f′ may itself be non-finite where f is finite.
double slopeWhereDefined(const CompiledFunction& f, double x);

} // namespace gradlab
