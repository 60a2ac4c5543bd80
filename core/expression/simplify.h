#pragma once
// Brings a tree into the canonical form a teacher would write: constants folded, x*1, x+0, x^1 removed,
// like terms and like factors collected, terms ordered by degree (3*x^2 - 12*x + 9).

#include "expression/expr.h"

namespace gradlab {

/// Returns the canonical form of `e`: n-ary sums and products, no Negate or Divide nodes (a - b is
/// a + (-1)*b, a/b is a*b^-1), numbers folded where the result is finite, e^u written exp(u).
/// Identities used are those valid wherever the original is defined (x^a*x^b = x^(a+b), 0*u = 0, …).
Expr simplify(const Expr& e);

/// Canonical sum and product builders; they expect canonical arguments and return canonical results.
Expr makeSum(std::vector<Expr> terms);
Expr makeProduct(std::vector<Expr> factors);
Expr makePower(Expr base, Expr exponent);
Expr makeCall(FunctionKind f, Expr argument);

/// Splits a canonical term into its numeric coefficient and the rest (3*x^2 -> 3, x^2; x -> 1, x).
double splitCoefficient(const Expr& term, Expr* rest);

} // namespace gradlab
