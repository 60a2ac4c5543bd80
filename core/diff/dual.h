#pragma once
// Forward-mode automatic differentiation: a dual number carries a value and its derivative along one
// direction, and every operation applies the chain rule as it goes.

#include "expression/function_kind.h"

#include <cmath>

namespace gradlab {

struct Dual {
    double value = 0.0;
    double derivative = 0.0;

    Dual() = default;
    Dual(double v, double d = 0.0)
        : value(v)
        , derivative(d) {}
};

inline Dual operator+(Dual a, Dual b) {
    return {a.value + b.value, a.derivative + b.derivative};
}
inline Dual operator-(Dual a, Dual b) {
    return {a.value - b.value, a.derivative - b.derivative};
}
inline Dual operator-(Dual a) {
    return {-a.value, -a.derivative};
}
inline Dual operator*(Dual a, Dual b) {
    return {a.value * b.value, a.derivative * b.value + a.value * b.derivative};
}
inline Dual operator/(Dual a, Dual b) {
    return {a.value / b.value, (a.derivative * b.value - a.value * b.derivative) / (b.value * b.value)};
}

/// a^b. With a constant exponent this is the power rule (valid for negative a); otherwise a^b (b' ln a + b
/// a'/a).
inline Dual pow(Dual a, Dual b) {
    const double v = std::pow(a.value, b.value);
    if (b.derivative == 0.0) {
        if (a.derivative == 0.0) return {v, 0.0};
        return {v, b.value * std::pow(a.value, b.value - 1.0) * a.derivative};
    }
    if (a.derivative == 0.0) return {v, v * std::log(a.value) * b.derivative};
    return {v, v * (b.derivative * std::log(a.value) + b.value * a.derivative / a.value)};
}

/// f(a) with f'(a) from the same conventions as the symbolic rules (d|u| = u/|u|, relu' = step).
inline Dual apply(FunctionKind f, Dual a) {
    const double x = a.value;
    const double v = applyFunction(f, x);
    double d = 0.0;
    switch (f) {
    case FunctionKind::Sin:
        d = std::cos(x);
        break;
    case FunctionKind::Cos:
        d = -std::sin(x);
        break;
    case FunctionKind::Tan:
        d = 1.0 / (std::cos(x) * std::cos(x));
        break;
    case FunctionKind::Asin:
        d = 1.0 / std::sqrt(1.0 - x * x);
        break;
    case FunctionKind::Acos:
        d = -1.0 / std::sqrt(1.0 - x * x);
        break;
    case FunctionKind::Atan:
        d = 1.0 / (1.0 + x * x);
        break;
    case FunctionKind::Sinh:
        d = std::cosh(x);
        break;
    case FunctionKind::Cosh:
        d = std::sinh(x);
        break;
    case FunctionKind::Tanh:
        d = 1.0 - v * v;
        break;
    case FunctionKind::Exp:
        d = v;
        break;
    case FunctionKind::Log:
        d = 1.0 / x;
        break;
    case FunctionKind::Sqrt:
        d = 0.5 / v;
        break;
    case FunctionKind::Abs:
        // sign(x), 0 at the corner x = 0, as PyTorch's autograd (a convention, not a derivative).
        d = x > 0 ? 1.0 : (x < 0 ? -1.0 : x * 0.0);
        break;
    case FunctionKind::Sigmoid:
        d = v * (1.0 - v);
        break;
    case FunctionKind::Relu:
        d = applyFunction(FunctionKind::Step, x);
        break;
    case FunctionKind::Softplus:
        d = applyFunction(FunctionKind::Sigmoid, x);
        break;
    case FunctionKind::Step:
        d = 0.0;
        break;
    }
    return {v, d * a.derivative};
}

} // namespace gradlab
