#include "diff/gradient_check.h"

#include "expression/printer.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

const char* gradientAgreementName(GradientAgreement a) {
    switch (a) {
    case GradientAgreement::Agree:
        return "agree";
    case GradientAgreement::Differ:
        return "differ";
    case GradientAgreement::OutsideDomain:
        return "outside_domain";
    case GradientAgreement::NotFinite:
        return "not_finite";
    case GradientAgreement::Corner:
        return "corner";
    case GradientAgreement::Vertical:
        return "vertical_tangent";
    case GradientAgreement::Removable:
        return "removable";
    }
    return "not_finite";
}

Text outsideDomainReason(const ComputationGraph& g, int i) {
    const GraphNode& n = g.nodes()[static_cast<std::size_t>(i)];
    auto input = [&](std::size_t k) { return g.nodes()[static_cast<std::size_t>(n.inputs[k])].value; };
    const Text a = Text::number(n.inputs.empty() ? std::string() : formatNumber(input(0)));
    const Text b = Text::number(n.inputs.size() > 1 ? formatNumber(input(1)) : std::string());
    switch (n.op) {
    case GraphOp::Divide:
        if (input(1) == 0.0) return Text(GRADLAB_TEXT("GradientCheck", "division by zero: %1/%2"), {a, b});
        break;
    case GraphOp::Power:
        if (input(0) < 0 && std::floor(input(1)) != input(1))
            return Text(GRADLAB_TEXT("GradientCheck",
                                     "(%1)^%2: a negative number to a fractional power is not a real number"),
                        {a, b});
        if (input(0) == 0 && input(1) < 0)
            return Text(GRADLAB_TEXT("GradientCheck", "%1^%2: 0 to a negative power divides by zero"),
                        {a, b});
        break;
    case GraphOp::Function: {
        const Text name = Text::verbatim(std::string(functionName(n.function)));
        const Text call = Text::formula("%1(%2)", {name, a});
        switch (n.function) {
        case FunctionKind::Log:
            return Text(GRADLAB_TEXT("GradientCheck", "%1: %2 needs an input > 0"), {call, name});
        case FunctionKind::Sqrt:
            return Text(GRADLAB_TEXT("GradientCheck", "%1: %2 needs an input ≥ 0"), {call, name});
        case FunctionKind::Asin:
        case FunctionKind::Acos:
            return Text(GRADLAB_TEXT("GradientCheck", "%1: %2 needs an input between -1 and 1"),
                        {call, name});
        default:
            break;
        }
        return Text(GRADLAB_TEXT("GradientCheck", "%1: too large for a double (overflow)"), {call});
    }
    default:
        break;
    }
    return Text(GRADLAB_TEXT("GradientCheck", "%1: the result is too large for a double (overflow)"),
                {Text::verbatim(n.label)});
}

GradientCheck checkGradient(const ComputationGraph& g, int variable, double symbolic) {
    GradientCheck check;
    const auto& nodes = g.nodes();
    if (nodes.empty()) return check;
    if (!std::isfinite(g.value())) {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const GraphNode& n = nodes[i];
            const bool inputsFinite = std::all_of(n.inputs.begin(), n.inputs.end(), [&](int k) {
                return std::isfinite(nodes[static_cast<std::size_t>(k)].value);
            });
            if (!std::isfinite(n.value) && inputsFinite) {
                check.undefinedNode = static_cast<int>(i);
                check.reason = outsideDomainReason(g, static_cast<int>(i));
                break;
            }
        }
        return check;
    }
    const double ad = g.gradient(variable);
    if (!std::isfinite(ad) || !std::isfinite(symbolic)) {
        check.agreement = GradientAgreement::NotFinite;
        return check;
    }
    check.agreement = std::fabs(ad - symbolic) <= 1e-12 * std::max(1.0, std::fabs(symbolic))
                          ? GradientAgreement::Agree
                          : GradientAgreement::Differ;
    return check;
}

OneSidedSlopes oneSidedSlopes(const std::function<double(double)>& f, double x) {
    OneSidedSlopes out;
    const double f0 = f(x);
    if (!std::isfinite(f0) || !std::isfinite(x)) return out;
    constexpr int n = 5; // h = 10⁻², …, 10⁻⁶ times the scale of x
    const double scale = std::max(1.0, std::fabs(x));
    double right[n], left[n];
    bool rightDefined = true, leftDefined = true;
    for (int k = 0; k < n; ++k) {
        const double h = scale * std::pow(10.0, -2 - k);
        right[k] = (f(x + h) - f0) / h;
        left[k] = (f0 - f(x - h)) / h;
        rightDefined = rightDefined && std::isfinite(right[k]);
        leftDefined = leftDefined && std::isfinite(left[k]);
    }
    // Round-off in a quotient at the smallest h: a few ulps of f over h.
    const double noise = 1e-8 * (1.0 + std::fabs(f0)) / scale;
    // A side grows without bound when each tenth of h makes its quotient at least twice as large.
    auto grows = [noise](const double* q) {
        return std::fabs(q[n - 2]) > noise && std::fabs(q[n - 1]) >= 2 * std::fabs(q[n - 2]) &&
               std::fabs(q[n - 2]) >= 2 * std::fabs(q[n - 3]);
    };
    // A side settles when its last change is no larger than the one before (or is at round-off).
    auto settles = [noise](const double* q) {
        const double last = std::fabs(q[n - 1] - q[n - 2]), before = std::fabs(q[n - 2] - q[n - 3]);
        return last <= before || last <= noise + 1e-9 * std::fabs(q[n - 1]);
    };
    // One-sided quotients converge like h (error ≈ f″h/2): one step of extrapolation removes that term.
    auto limit = [](const double* q) { return q[n - 1] - (q[n - 2] - q[n - 1]) / 9.0; };
    if ((rightDefined && grows(right)) || (leftDefined && grows(left))) {
        out.kind = OneSidedSlopes::Vertical;
        return out;
    }
    if (!(rightDefined && leftDefined && settles(right) && settles(left))) return out;
    out.left = limit(left);
    out.right = limit(right);
    // At a corner the two sides stay apart as h shrinks; where f′ exists they close in like h.
    const double gap = std::fabs(right[n - 1] - left[n - 1]),
                 gapBefore = std::fabs(right[n - 2] - left[n - 2]);
    const double resolution = 1e-6 * (1.0 + std::fabs(right[n - 1]) + std::fabs(left[n - 1])) + noise;
    if (gap > resolution && gap > 0.5 * gapBefore) {
        out.kind = OneSidedSlopes::Corner;
        return out;
    }
    out.kind = OneSidedSlopes::Settles;
    out.limit = 0.5 * (out.left + out.right);
    if (std::fabs(out.limit) <= resolution) out.limit = 0.0;
    return out;
}

GradientCheck checkDerivative(const ComputationGraph& g, double symbolic,
                              const std::function<double(double)>& f, double x) {
    GradientCheck check = checkGradient(g, 0, symbolic);
    if (check.agreement == GradientAgreement::OutsideDomain) return check;
    const OneSidedSlopes sides = oneSidedSlopes(f, x);
    switch (sides.kind) {
    case OneSidedSlopes::Corner:
        check.agreement = GradientAgreement::Corner;
        check.left = sides.left;
        check.right = sides.right;
        break;
    case OneSidedSlopes::Vertical:
        // Only where a rule also fails to give a finite number: a quotient can grow on its way to a
        // finite slope only near points the rules already flag.
        if (check.agreement == GradientAgreement::NotFinite) check.agreement = GradientAgreement::Vertical;
        break;
    case OneSidedSlopes::Settles:
        if (!std::isfinite(symbolic)) {
            check.agreement = GradientAgreement::Removable;
            check.left = check.right = sides.limit;
        }
        break;
    case OneSidedSlopes::Unknown:
        break;
    }
    return check;
}

} // namespace gradlab
