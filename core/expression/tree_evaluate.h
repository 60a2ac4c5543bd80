#pragma once
// Evaluates an expression tree directly for any number type (double, Dual). Slower than a compiled
// Program but generic: forward-mode AD is this walk over dual numbers.

#include "expression/expr.h"

#include <cmath>

namespace gradlab {

inline double pow(double a, double b) {
    return std::pow(a, b);
}
inline double apply(FunctionKind f, double a) {
    return applyFunction(f, a);
}

/// The value of `e` with variable i set to vars[i]. Recursion depth is the tree's depth, which the
/// parser bounds.
template <typename T> T evaluateTree(const Expr& e, const T* vars) {
    switch (e->kind()) {
    case NodeKind::Number:
    case NodeKind::Constant:
        return T(e->value());
    case NodeKind::Variable:
        return vars[e->variableIndex()];
    case NodeKind::Negate:
        return -evaluateTree(e->child(0), vars);
    case NodeKind::Add: {
        T acc = evaluateTree(e->child(0), vars);
        for (std::size_t i = 1; i < e->children().size(); ++i)
            acc = acc + evaluateTree(e->child(i), vars);
        return acc;
    }
    case NodeKind::Multiply: {
        T acc = evaluateTree(e->child(0), vars);
        for (std::size_t i = 1; i < e->children().size(); ++i)
            acc = acc * evaluateTree(e->child(i), vars);
        return acc;
    }
    case NodeKind::Divide:
        return evaluateTree(e->child(0), vars) / evaluateTree(e->child(1), vars);
    case NodeKind::Power:
        return pow(evaluateTree(e->child(0), vars), evaluateTree(e->child(1), vars));
    case NodeKind::Call:
        return apply(e->function(), evaluateTree(e->child(0), vars));
    }
    return T(std::nan(""));
}

} // namespace gradlab
