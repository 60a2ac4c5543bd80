#include "cli/command.h"
#include "cli/json_writer.h"
#include "expression/printer.h"
#include "function/taylor.h"

#include <cmath>
#include <ostream>

namespace gradlab::cli {

namespace {

/// "f", "f'", "f''", "f'''", then "f^(4)".
std::string derivativeName(int k) {
    return k <= 3 ? "f" + std::string(static_cast<std::size_t>(k), '\'') : "f^(" + std::to_string(k) + ")";
}

} // namespace

int runTaylor(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments a(args, {"at", "order"}, {"json"});
    const FunctionPtr f = loadFunction(a.formula(), 1);
    if (f->dimension() != 1)
        throw UsageError{"taylor takes a function of one variable; for " + std::to_string(f->dimension()) +
                         " variables use: gradlab grad"};
    const double at = a.requiredNumber("at");
    const int order = a.integer("order", 3, 1, kMaxTaylorOrder);
    const std::string& v = f->variables()[0];
    const std::string where = v + " = " + human(at);

    // Only where f has a tangent: the same classification the magnifier uses.
    const LocalLine line = localLine(*f, at);
    switch (line.kind) {
    case LocalLine::Undefined:
        throw UsageError{"f is not defined at " + where +
                         " (outside its domain, or a pole): there is no Taylor expansion there"};
    case LocalLine::Vertical:
        throw UsageError{"the tangent at " + where +
                         " is vertical: f' grows without bound, so there is no Taylor expansion there"};
    case LocalLine::Corner:
        throw UsageError{"f has a corner at " + where + ": the slope from the left (" + human(line.left) +
                         ") and from the right (" + human(line.right) +
                         ") differ, so f' does not exist and there is no Taylor expansion there"};
    case LocalLine::Tangent:
        break;
    }
    const TaylorExpansion t = taylorExpansion(*f, at, order);
    if (!t.ok) throw UsageError{t.message.english()};
    for (int k = 0; k <= order; ++k)
        if (!std::isfinite(t.values[static_cast<std::size_t>(k)]))
            throw UsageError{derivativeName(k) + "(" + human(at) + ") is not a finite number (f is not " +
                             std::to_string(k) + " times differentiable at " + where +
                             ", or its formula is 0/0 there)" +
                             (k >= 2 ? "; --order " + std::to_string(k - 1) + " stops before it" : "")};

    const double slope = t.values[1], intercept = t.values[0] - slope * at;
    const Bending bending = bendingAt(*f, at);
    const NewtonStep newton =
        newtonStep(at, slope, order >= 2 ? t.values[2] : f->secondDerivative(at), bending);

    if (a.flag("json")) {
        JsonWriter j;
        j.beginObject().key("expr").value(print(f->expression())).key("variable").value(v);
        j.key("at").value(at).key("order").value(order);
        j.key("coefficients").array(t.coefficients);
        j.key("derivatives").array(t.values);
        std::vector<std::string> formulas;
        for (const Expr& e : t.derivatives)
            formulas.push_back(print(e));
        j.key("derivative_formulas").array(formulas);
        j.key("tangent")
            .beginObject()
            .key("slope")
            .value(slope)
            .key("intercept")
            .value(intercept)
            .endObject();
        j.key("bending").value(bendingName(bending));
        j.key("newton");
        if (newton.kind == NewtonStep::NoVertex)
            j.null();
        else {
            j.beginObject().key("x").value(newton.x).key("vertex").value(
                newton.kind == NewtonStep::Minimum ? "minimum" : "maximum");
            // Learning rates only where f″ > 0: at a maximum 1/f″ < 0 is no rate (the app omits them too).
            if (newton.kind == NewtonStep::Minimum)
                j.key("rate").value(newton.newtonRate).key("critical_rate").value(newton.criticalRate);
            j.endObject();
        }
        j.endObject();
        out << j.text() << "\n";
        return kExitOk;
    }

    out << "f(" << v << ") = " << print(f->expression()) << ", at " << where << "\n";
    for (int k = 0; k <= order; ++k) {
        const std::size_t i = static_cast<std::size_t>(k);
        std::string name = derivativeName(k) + "(" + human(at) + ")";
        if (k >= 2) name += "/" + std::to_string(static_cast<long long>(std::lround(std::tgamma(k + 1.0))));
        out << "c" << k << " = " << name << " = " << human(t.coefficients[i]) << "    (" << derivativeName(k)
            << "(" << v << ") = " << print(t.derivatives[i]) << ")\n";
    }
    out << "T(" << v << ") = " << human(t.coefficients[0]);
    for (int k = 1; k <= order; ++k) {
        const double c = t.coefficients[static_cast<std::size_t>(k)];
        out << (c < 0 ? " - " : " + ") << human(std::fabs(c)) << "*(" << v << " - " << human(at) << ")";
        if (k > 1) out << "^" << k;
    }
    out << "\n";
    out << "tangent: y = " << human(slope) << "*" << v << (intercept < 0 ? " - " : " + ")
        << human(std::fabs(intercept)) << "\n";
    switch (bending) {
    case Bending::Up:
        out << "bending up: f'' > 0\n";
        break;
    case Bending::Down:
        out << "bending down: f'' < 0\n";
        break;
    case Bending::None:
        out << "f'' = 0: no bending at this order\n";
        break;
    case Bending::Unknown:
        break;
    }
    if (newton.kind == NewtonStep::Minimum)
        out << "Newton's step: x_N = a - f'/f'' = " << human(newton.x)
            << ", the parabola's minimum; gradient descent with lr 1/f'' = " << human(newton.newtonRate)
            << " lands there, and lr 2/f'' = " << human(newton.criticalRate) << " is the critical rate"
            << (isAtMostQuadratic(*f) ? ""
                                      : " for the local quadratic model only (f is not quadratic: near here)")
            << "\n";
    else if (newton.kind == NewtonStep::Maximum && newton.x == at)
        out << "Newton's step: x_N = a - f'/f'' = " << human(newton.x)
            << " = a, as f'(a) = 0: the parabola's maximum is the point itself, and neither Newton's method "
               "nor gradient descent moves from it; no learning rate 1/f'' or 2/f'' (they are negative)\n";
    else if (newton.kind == NewtonStep::Maximum)
        out << "Newton's step: x_N = a - f'/f'' = " << human(newton.x)
            << " is the parabola's maximum: Newton's method heads uphill here; no learning rate 1/f'' or "
               "2/f'' (they are negative: gradient descent moves away from a maximum)\n";
    else
        out << "Newton's step: none (the parabola is a line, it has no vertex)\n";
    return kExitOk;
}

} // namespace gradlab::cli
