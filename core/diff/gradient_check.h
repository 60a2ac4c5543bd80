#pragma once
// Whether reverse-mode AD and the symbolic derivative agree at a point, as the autograd lesson's verdict:
// agreement needs two finite values that match *and* a function that is defined there. ln(x) + x² at −2
// gives −4.5 by both (1/x + 2x), yet ln(−2) is undefined, so there is no derivative to agree about.

#include "diff/reverse_ad.h"
#include "text/text.h"

#include <functional>
#include <string>

namespace gradlab {

enum class GradientAgreement {
    Agree,         ///< f is finite, both gradients are finite and equal (to 1e-12 relative)
    Differ,        ///< f and both gradients are finite but differ
    OutsideDomain, ///< f is not finite: an operation got an input outside its domain (or overflowed)
    NotFinite,     ///< f is finite but a gradient is not, and the difference quotients cannot tell why
    Corner,        ///< f is finite; the one-sided slopes settle to different values: f′ does not exist
    Vertical,      ///< f is finite; the difference quotients grow without bound: a vertical tangent
    Removable, ///< the symbolic formula is not finite (0/0), yet both one-sided slopes settle to one limit
};

/// "agree", "differ", "outside_domain", "not_finite", "corner", "vertical_tangent", "removable".
const char* gradientAgreementName(GradientAgreement a);

struct GradientCheck {
    GradientAgreement agreement = GradientAgreement::OutsideDomain;
    int undefinedNode = -1; ///< OutsideDomain: the first node whose value is not finite though its inputs are
    Text reason;        ///< OutsideDomain: "log(-2): log needs an input > 0", "division by zero: 1/0", …
    double left = 0.0;  ///< Corner: the slope from the left; Removable: the limit of the slope
    double right = 0.0; ///< Corner: the slope from the right; Removable: the limit of the slope
};

/// What the one-sided difference quotients (f(x ± h) − f(x)) / ±h say about f′(x), for h = 10⁻² … 10⁻⁶
/// (times max(1, |x|)).
struct OneSidedSlopes {
    enum Kind {
        Settles,  ///< both sides settle to one value: f′(x) exists and is ≈ `limit`
        Corner,   ///< both sides settle, to different values `left` and `right`
        Vertical, ///< on a defined side the quotients grow without bound (√x at 0, x^(1/3) at 0)
        Unknown,  ///< f is not finite at x, only one side is defined and settles, or the quotients wander
    };
    Kind kind = Unknown;
    double left = 0.0, right = 0.0; ///< the quotients at the smallest h, extrapolated to h → 0
    double limit = 0.0;             ///< Settles: the slope, values below the quotients' resolution as 0
};

/// The one-sided slopes of f at x (f: a function of one variable).
OneSidedSlopes oneSidedSlopes(const std::function<double(double)>& f, double x);

/// Compares the graph's gradient for `variable` (after a complete backward pass) with `symbolic`.
GradientCheck checkGradient(const ComputationGraph& g, int variable, double symbolic);

/// As above, then refined by f's one-sided slopes at x: a corner is Corner even where AD and the symbolic
/// rule give numbers (relu at 0: 0 and step(0) = 0), a vertical tangent is Vertical, and a symbolic 0/0
/// where both sides settle to one limit is Removable (x·|x| at 0: x²/|x| + |x|, yet f′(0) = 0).
GradientCheck checkDerivative(const ComputationGraph& g, double symbolic,
                              const std::function<double(double)>& f, double x);

/// Why node `i`'s value is not finite though its inputs are: the operation and the rule it breaks.
Text outsideDomainReason(const ComputationGraph& g, int i);

} // namespace gradlab
