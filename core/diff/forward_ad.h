#pragma once
// Forward-mode automatic differentiation over an expression tree.

#include "diff/dual.h"
#include "expression/tree_evaluate.h"

#include <vector>

namespace gradlab {

/// The gradient of `e` at `point` (dimension coordinates) by forward-mode AD: one dual-number pass per
/// variable. Returns f(point).
double forwardGradient(const Expr& e, int dimension, const double* point, double* gradient);

} // namespace gradlab
