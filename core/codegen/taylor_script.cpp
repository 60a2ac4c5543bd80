#include "codegen/taylor_script.h"

#include "codegen/python_expression.h"
#include "codegen/python_text.h"
#include "expression/printer.h"
#include "function/taylor.h"

#include <cmath>

namespace gradlab {

PythonScript taylorScript(const PointScriptSettings& s, int order, ScriptLanguage language) {
    const CompiledFunction& f = *s.function;
    if (f.dimension() != 1 || s.point.size() != 1)
        return PythonScript::failure("the Taylor script takes a function of one variable");
    if (order < 2 || order > kMaxTaylorOrder)
        return PythonScript::failure("the Taylor script's order is 2 to " + std::to_string(kMaxTaylorOrder));
    const double a = s.point[0];
    const std::string at = pythonNumber(a, language);
    const std::string where = f.variables()[0] + " = " + at;
    // Where `gradlab taylor` has no expansion, there is no script either (the magnifier's classification).
    switch (localLine(f, a).kind) {
    case LocalLine::Undefined:
        return PythonScript::failure("f is not defined at " + where + ": there is no Taylor expansion there");
    case LocalLine::Vertical:
        return PythonScript::failure("the tangent at " + where +
                                     " is vertical: there is no Taylor expansion");
    case LocalLine::Corner:
        return PythonScript::failure("f has a corner at " + where + ": f' does not exist there");
    case LocalLine::Tangent:
        break;
    }
    const TaylorExpansion expansion = taylorExpansion(f, a, order);
    if (!expansion.ok) return PythonScript::failure(expansion.message.english());
    for (int k = 0; k <= order; ++k)
        if (!std::isfinite(expansion.values[static_cast<std::size_t>(k)]))
            return PythonScript::failure("the derivative of order " + std::to_string(k) + " at " + where +
                                         " is not a finite number: there is no Taylor expansion of order " +
                                         std::to_string(order) + " there");

    const bool torch = language == ScriptLanguage::Torch;
    const std::vector<std::string> names = pythonVariableNames(f);
    const std::string& x = names[0];
    std::vector<PythonExpression> code;
    std::string problem;
    if (!translateExpressions(expansion.derivatives, language, names, &code, &problem, KinkRule::Symbolic))
        return PythonScript::failure(problem);
    const std::string expr = toPlainText(f.expression());
    const std::string orderText = std::to_string(order);

    std::string t = scriptHeader(
        "Zoom in until it looks straight: near " + x + " = " + at + ", f(" + x + ") = " + expr +
            " is close to its Taylor polynomial\nT(" + x + ") = c0 + c1 (" + x + " - a) + c2 (" + x +
            " - a)^2 + ..., " +
            "with c_k = f^(k)(a) / k!. The tangent is the first two terms;\nthe sign of f'' says how f bends "
            "away from it, and Newton's step jumps to the vertex of the parabola.",
        s.title, language);
    t += pythonDefinitions(code, language);
    t += pythonDefinition("f", {x}, pythonReturned(expansion.derivatives[0], code[0], language));
    if (!torch) {
        t += "# f's derivatives, GradLab's symbolic results written out (derivatives[k] is the k-th).\n";
        t += "derivatives = [\n    f,\n";
        for (int k = 1; k <= order; ++k)
            t += "    lambda " + x + ": " + pythonReturned(expansion.derivatives[k], code[k], language) +
                 ",  # " + toPlainText(expansion.derivatives[k]) + "\n";
        t += "]\n\n";
    }
    t += jsonNumberDefinition();
    t += "order = " + orderText + "\n";
    if (!torch) {
        t += "a = np.float64(" + at + ")  # the point\n";
        t += "values = [float(d(a)) for d in derivatives]  # f(a), f'(a), f''(a), ...\n";
    } else {
        t += "a = torch.tensor(" + at + ", dtype=torch.float64, requires_grad=True)  # the point\n";
        t += "# Differentiate again and again: create_graph=True records each derivative as a graph of its\n"
             "# own, so that autograd can differentiate it once more.\n";
        t += "d = f(a)\nvalues = [d.item()]  # f(a), f'(a), f''(a), ...\n";
        t += "for k in range(1, order + 1):\n";
        t += "    if d.requires_grad:\n";
        t += "        (d,) = torch.autograd.grad(d, a, create_graph=True)\n";
        t += "    else:\n";
        t += "        d = torch.tensor(0.0)  # the previous derivative was a constant\n";
        t += "    values.append(d.item())\n";
    }
    t += "coefficients = [values[k] / math.factorial(k) for k in range(order + 1)]\n\n";
    t += "# The tangent y = slope * x + intercept: the first two terms of T.\n";
    t += "slope = values[1]\nintercept = values[0] - slope * float(a)\n\n";
    t += "# How f bends: the sign of f''. (GradLab also calls an f'' that is below its round-off \"none\";\n"
         "# this script takes the sign as computed.)\n";
    t += "second = values[2]\n";
    t += "if second > 0:\n    bending = \"up\"\nelif second < 0:\n    bending = \"down\"\nelif second == 0:\n"
         "    bending = \"none\"\nelse:\n    bending = \"unknown\"  # f'' is not a number\n\n";
    t +=
        "# Newton's step: the vertex of the Taylor parabola, a - f'(a) / f''(a). Where f bends up (f'' > 0)\n"
        "# the vertex is the parabola's minimum: 1/f'' is the learning rate whose gradient step lands on "
        "it,\n"
        "# and 2/f'' the critical rate above which gradient descent on the parabola diverges.\n";
    t += "newton = None\n";
    t += "if bending in (\"up\", \"down\") and math.isfinite(slope):\n";
    t += "    newton = {\"x\": float(a) - slope / second, \"vertex\": \"minimum\" if bending == \"up\" else "
         "\"maximum\"}\n";
    t += "    if bending == \"up\":\n";
    t += "        newton[\"rate\"] = 1.0 / second\n";
    t += "        newton[\"critical_rate\"] = 2.0 / second\n\n";

    std::string formulas;
    for (const Expr& e : expansion.derivatives)
        formulas += "        " + pythonString(print(e)) + ",\n";
    t += "result = {\n";
    t += "    \"expr\": " + pythonString(print(f.expression())) + ",\n";
    t += "    \"variable\": " + pythonString(f.variables()[0]) + ",\n";
    t += "    \"at\": json_number(a),\n";
    t += "    \"order\": order,\n";
    t += "    \"coefficients\": [json_number(c) for c in coefficients],\n";
    t += "    \"derivatives\": [json_number(v) for v in values],\n";
    t += "    \"derivative_formulas\": [\n" + formulas + "    ],\n";
    t += "    \"tangent\": {\"slope\": json_number(slope), \"intercept\": json_number(intercept)},\n";
    t += "    \"bending\": bending,\n";
    t += "    \"newton\": newton,\n}\n";
    t += scriptEnding("gradlab taylor " + shellQuoted(expr) + " --at " + at +
                      (order == 3 ? "" : " --order " + orderText) + " --json");
    PythonScript script;
    script.text = t;
    return script;
}

} // namespace gradlab
