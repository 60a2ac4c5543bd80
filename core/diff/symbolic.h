#pragma once
// Symbolic differentiation: d/dx of an expression as a new, simplified expression.

#include "expression/expr.h"
#include "text/text.h"

#include <string>

namespace gradlab {

struct DerivativeResult {
    bool ok = false;
    Expr expr;    ///< the simplified derivative when ok
    Text message; ///< why not, when !ok (the result would be too large)
};

/// The partial derivative of `e` with respect to variable `variable`, simplified. Conventions: d|u|/du =
/// u/|u| (undefined at 0, as in the lesson on kinks), relu'(u) = step(u) with step(0) = 0 (PyTorch's),
/// softplus' = sigmoid. `budget` caps the work (in factors written), and the result may be at most
/// max(100 000, 8 × the function's size) nodes written out as a tree, so hostile input cannot hang.
DerivativeResult differentiate(const Expr& e, int variable, std::size_t budget = 4000000);

} // namespace gradlab
