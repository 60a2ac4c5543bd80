#pragma once
// The built-in functions a formula may call, their names and their numeric definitions.

#include <cmath>
#include <optional>
#include <string>
#include <string_view>

namespace gradlab {

/// Every function a formula can call. `Step` is internal (the derivative of relu) but parses too.
enum class FunctionKind {
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Exp,
    Log,
    Sqrt,
    Abs,
    Sigmoid,
    Relu,
    Softplus,
    Step,
};

/// Canonical name as the plain-text printer writes it and the parser reads it ("log" is the natural log).
std::string_view functionName(FunctionKind f);

/// Looks up a function by name; "ln" is accepted as an alias of "log".
std::optional<FunctionKind> functionByName(std::string_view name);

/// The closest known function name to `name` (edit distance ≤ 2), or empty if none is close.
std::string suggestFunction(std::string_view name);

/// All names the parser accepts as functions (for messages and fuzzing dictionaries).
const char* const* functionNames(int* count);

/// Numeric value of f at x for double arguments. Domain errors give NaN, as IEEE does; no exception.
/// sigmoid and softplus are evaluated in their overflow-safe forms; relu'(0) = step(0) = 0, as in PyTorch.
inline double applyFunction(FunctionKind f, double x) {
    switch (f) {
    case FunctionKind::Sin:
        return std::sin(x);
    case FunctionKind::Cos:
        return std::cos(x);
    case FunctionKind::Tan:
        return std::tan(x);
    case FunctionKind::Asin:
        return std::asin(x);
    case FunctionKind::Acos:
        return std::acos(x);
    case FunctionKind::Atan:
        return std::atan(x);
    case FunctionKind::Sinh:
        return std::sinh(x);
    case FunctionKind::Cosh:
        return std::cosh(x);
    case FunctionKind::Tanh:
        return std::tanh(x);
    case FunctionKind::Exp:
        return std::exp(x);
    case FunctionKind::Log:
        return std::log(x);
    case FunctionKind::Sqrt:
        return std::sqrt(x);
    case FunctionKind::Abs:
        return std::fabs(x);
    case FunctionKind::Sigmoid:
        if (x >= 0)
            return 1.0 / (1.0 + std::exp(-x));
        else {
            const double e = std::exp(x);
            return e / (1.0 + e);
        }
    case FunctionKind::Relu:
        return x > 0 ? x : (x == x ? 0.0 : x);
    case FunctionKind::Softplus:
        return std::fmax(x, 0.0) + std::log1p(std::exp(-std::fabs(x)));
    case FunctionKind::Step:
        return x > 0 ? 1.0 : (x == x ? 0.0 : x);
    }
    return std::nan("");
}

} // namespace gradlab
