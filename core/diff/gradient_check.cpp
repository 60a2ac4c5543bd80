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
    }
    return "not_finite";
}

std::string outsideDomainReason(const ComputationGraph& g, int i) {
    const GraphNode& n = g.nodes()[static_cast<std::size_t>(i)];
    auto input = [&](std::size_t k) { return g.nodes()[static_cast<std::size_t>(n.inputs[k])].value; };
    const std::string a = n.inputs.empty() ? std::string() : formatNumber(input(0));
    const std::string b = n.inputs.size() > 1 ? formatNumber(input(1)) : std::string();
    switch (n.op) {
    case GraphOp::Divide:
        if (input(1) == 0.0) return "division by zero: " + a + "/" + b;
        break;
    case GraphOp::Power:
        if (input(0) < 0 && std::floor(input(1)) != input(1))
            return "(" + a + ")^" + b + ": a negative number to a fractional power is not a real number";
        if (input(0) == 0 && input(1) < 0) return a + "^" + b + ": 0 to a negative power divides by zero";
        break;
    case GraphOp::Function: {
        const std::string name(functionName(n.function));
        const std::string call = name + "(" + a + ")";
        switch (n.function) {
        case FunctionKind::Log:
            return call + ": " + name + " needs an input > 0";
        case FunctionKind::Sqrt:
            return call + ": " + name + " needs an input ≥ 0";
        case FunctionKind::Asin:
        case FunctionKind::Acos:
            return call + ": " + name + " needs an input between -1 and 1";
        default:
            break;
        }
        return call + ": too large for a double (overflow)";
    }
    default:
        break;
    }
    return n.label + ": the result is too large for a double (overflow)";
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

} // namespace gradlab
