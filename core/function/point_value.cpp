#include "function/point_value.h"

#include <cfenv>
#include <cmath>
#include <limits>

namespace gradlab {

PointValue evaluatePoint(const std::function<double(double)>& g, double x) {
    PointValue p;
    // The division-by-zero flag tells a pole (1/0, log 0: undefined) from an overflow (exp(1000)).
    std::feclearexcept(FE_DIVBYZERO);
    p.value = g(x);
    const bool dividedByZero = std::fetestexcept(FE_DIVBYZERO) != 0;
    if (std::isnan(p.value))
        p.status = ValueStatus::Undefined;
    else if (std::isinf(p.value))
        p.status = dividedByZero ? ValueStatus::Undefined : ValueStatus::Overflow;
    if (p.status != ValueStatus::Finite) {
        p.roundOff = std::numeric_limits<double>::quiet_NaN();
        return p;
    }
    double down = x, up = x;
    for (int k = 0; k < 4; ++k) {
        down = std::nextafter(down, -std::numeric_limits<double>::infinity());
        up = std::nextafter(up, std::numeric_limits<double>::infinity());
        for (double n : {down, up}) {
            const double d = std::fabs(g(n) - p.value);
            if (std::isfinite(d)) p.roundOff = std::max(p.roundOff, d);
        }
    }
    return p;
}

PointValue evaluateSlope(const CompiledFunction& f, double x) {
    const PointValue value = evaluatePoint([&f](double t) { return f.value(t); }, x);
    if (value.status == ValueStatus::Undefined) {
        PointValue p;
        p.value = std::numeric_limits<double>::quiet_NaN();
        p.status = ValueStatus::Undefined;
        p.roundOff = std::numeric_limits<double>::quiet_NaN();
        return p;
    }
    PointValue p = evaluatePoint([&f](double t) { return f.slope(t); }, x);
    // An infinite slope where f has a value is a vertical tangent (an overflow of f′ where f itself
    // overflowed is only too large, as exp(1000) is).
    if (value.status == ValueStatus::Finite && std::isinf(p.value)) p.status = ValueStatus::Vertical;
    return p;
}

double slopeWhereDefined(const CompiledFunction& f, double x) {
    if (!std::isfinite(f.value(x))) return std::numeric_limits<double>::quiet_NaN();
    return f.slope(x);
}

} // namespace gradlab
