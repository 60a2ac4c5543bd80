#pragma once
// Whether reverse-mode AD and the symbolic derivative agree at a point, as the autograd lesson's verdict:
// agreement needs two finite values that match *and* a function that is defined there. ln(x) + x² at −2
// gives −4.5 by both (1/x + 2x), yet ln(−2) is undefined, so there is no derivative to agree about.

#include "diff/reverse_ad.h"

#include <string>

namespace gradlab {

enum class GradientAgreement {
    Agree,         ///< f is finite, both gradients are finite and equal (to 1e-12 relative)
    Differ,        ///< f and both gradients are finite but differ
    OutsideDomain, ///< f is not finite: an operation got an input outside its domain (or overflowed)
    NotFinite,     ///< f is finite but a gradient is not (a vertical tangent, a corner): no finite slope
};

/// "agree", "differ", "outside_domain", "not_finite".
const char* gradientAgreementName(GradientAgreement a);

struct GradientCheck {
    GradientAgreement agreement = GradientAgreement::OutsideDomain;
    int undefinedNode = -1; ///< OutsideDomain: the first node whose value is not finite though its inputs are
    std::string reason; ///< OutsideDomain: "log(-2): log needs an input > 0", "division by zero: 1/0", …
};

/// Compares the graph's gradient for `variable` (after a complete backward pass) with `symbolic`.
GradientCheck checkGradient(const ComputationGraph& g, int variable, double symbolic);

/// Why node `i`'s value is not finite though its inputs are: the operation and the rule it breaks.
std::string outsideDomainReason(const ComputationGraph& g, int i);

} // namespace gradlab
