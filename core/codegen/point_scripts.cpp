#include "codegen/point_scripts.h"

#include "codegen/python_expression.h"
#include "codegen/python_text.h"
#include "expression/printer.h"

namespace gradlab {

PythonScript slopeScript(const PointScriptSettings& s, ScriptLanguage language, const std::string& what) {
    const CompiledFunction& f = *s.function;
    if (f.dimension() != 1 || s.point.size() != 1)
        return PythonScript::failure("the slope lesson's script takes a function of one variable");
    const bool torch = language == ScriptLanguage::Torch;
    const std::vector<std::string> names = pythonVariableNames(f);
    const std::string& x = names[0];
    std::vector<PythonExpression> code;
    std::string problem;
    if (!translateExpressions({f.simplified(), f.partial(0)}, language, names, &code, &problem,
                              KinkRule::Symbolic))
        return PythonScript::failure(problem);
    const std::string expr = toPlainText(f.expression()), derivative = toPlainText(f.partial(0));
    const std::string at = pythonNumber(s.point[0], language);

    std::string t =
        scriptHeader(!what.empty() ? what
                                   : "The slope at a point: f(" + x + ") = " + expr + ", its derivative f'(" +
                                         x + ") = " + derivative + ",\nand the slope of the tangent at " + x +
                                         " = " + at + ".",
                     s.title, language);
    t += functionAndSlopeDefinitions(f, code, language);
    if (!torch) {
        t += hasValueDefinition();
        t += x + " = np.float64(" + at + ")  # a NumPy float: 1/0 is then inf, not an error\n";
        t += "value = f(" + x + ")\n";
        t += "# No value, no slope: log has none at -1, though its derivative 1/x gives -1 there.\n";
        t += "slope = df(" + x + ") if has_value(f, " + x + ") else np.nan\n\n";
    } else {
        t += x + " = torch.tensor(" + at + ", dtype=torch.float64, requires_grad=True)\n";
        t += "value = f(" + x + ")  # the forward pass records how value depends on " + x + "\n";
        if (dependsOn(f.simplified())) {
            t +=
                "value.backward()  # the backward pass: " + x + ".grad = d value / d" + x + " at " + x + "\n";
            t += "slope = " + x + ".grad\n";
        } else {
            t +=
                "slope = torch.tensor(0.0)  # f does not depend on " + x + ": nothing for backward() to do\n";
        }
        t += "# No value, no slope: log has none at -1, though its derivative 1/x gives -1 there. (GradLab\n"
             "# still gives a slope where f only overflows, as x + exp(1000) does; PyTorch cannot tell an\n"
             "# overflow from a pole such as 1/0, so here every infinite value counts as none.)\n";
        t += "if not torch.isfinite(value):\n    slope = torch.tensor(torch.nan)\n\n";
    }
    t += "result = {\n";
    t += "    \"expr\": " + pythonString(expr) + ",\n";
    t += "    \"variable\": " + pythonString(f.variables()[0]) + ",\n";
    t += "    \"derivative\": " + pythonString(derivative) + ",\n";
    t += "    \"at\": json_number(" + x + "),\n";
    t += "    \"value\": json_number(value),\n";
    t += "    \"slope\": json_number(slope),\n}\n";
    t += scriptEnding("gradlab diff " + shellQuoted(expr) + " --at " + pythonNumber(s.point[0], language) +
                      " --json");
    PythonScript script;
    script.text = t;
    return script;
}

} // namespace gradlab

namespace gradlab {

namespace {

PythonScript gradScript(const PointScriptSettings& s, ScriptLanguage language, const std::string& what) {
    const CompiledFunction& f = *s.function;
    const int n = f.dimension();
    if (n < 1 || n > 2 || static_cast<int>(s.point.size()) != n)
        return PythonScript::failure("the gradient script takes a function of one or two variables");
    const bool torch = language == ScriptLanguage::Torch;
    const std::vector<std::string> names = pythonVariableNames(f);
    const std::string args = n == 1 ? names[0] : names[0] + ", " + names[1];
    std::vector<Expr> expressions{f.simplified()};
    for (int i = 0; i < n; ++i)
        expressions.push_back(f.partial(i));
    for (int i = 0; i < n; ++i)
        for (int j = i; j < n; ++j)
            expressions.push_back(f.secondPartial(i, j));
    std::vector<PythonExpression> code;
    std::string problem;
    // f by PyTorch's rules at a kink (torch.abs), which GradLab's forward and reverse AD follow; the
    // symbolic partials are written out, so they keep GradLab's own.
    if (!translateExpressions(expressions, language, names, &code, &problem))
        return PythonScript::failure(problem);
    const std::string expr = toPlainText(f.expression());
    std::string at, atCommand;
    for (int i = 0; i < n; ++i) {
        at += (i ? ", " : "") + pythonNumber(s.point[i], language);
        atCommand += (i ? "," : "") + pythonNumber(s.point[i], language);
    }

    std::string t = scriptHeader(what, s.title, language);
    t += pythonDefinitions(code, language);
    t += pythonDefinition("f", names, pythonReturned(f.simplified(), code[0], language));
    std::vector<std::string> partialNames, secondNames;
    for (int i = 0; i < n; ++i) {
        partialNames.push_back("df_d" + names[i]);
        t += pythonDefinition(partialNames.back(), names, pythonReturned(f.partial(i), code[1 + i], language),
                              "df/d" + f.variables()[i] + " = " + toPlainText(f.partial(i)) +
                                  ": GradLab's symbolic partial, written out");
    }
    std::size_t k = 1 + static_cast<std::size_t>(n);
    for (int i = 0; i < n; ++i)
        for (int j = i; j < n; ++j, ++k) {
            secondNames.push_back("d2f_d" + names[i] + "d" + names[j]);
            t += pythonDefinition(secondNames.back(), names,
                                  pythonReturned(f.secondPartial(i, j), code[k], language));
        }
    t += jsonNumberDefinition();
    t += "def json_list(values):\n    return [json_number(v) for v in values]\n\n\n";

    // The point.
    for (int i = 0; i < n; ++i)
        t += names[i] + " = " +
             (torch ? "torch.tensor(" + pythonNumber(s.point[i], language) + ", dtype=torch.float64)"
                    : "np.float64(" + pythonNumber(s.point[i], language) + ")") +
             (i == 0 ? "  # the point" : "") + "\n";
    t += "value = f(" + args + ")\n";
    t += "gradient = [" + partialNames[0] + "(" + args + ")" +
         (n > 1 ? ", " + partialNames[1] + "(" + args + ")" : "") + "]\n";
    t += "norm = " + std::string(torch ? "torch.sqrt" : "np.sqrt") + "(" +
         (n > 1 ? "gradient[0] * gradient[0] + gradient[1] * gradient[1]" : "gradient[0] * gradient[0]") +
         ")  # the gradient's length\n";
    if (n == 1)
        t += "hessian = [[" + secondNames[0] + "(" + args + ")]]\n";
    else
        t += "hessian = [\n    [" + secondNames[0] + "(" + args + "), " + secondNames[1] + "(" + args +
             ")],\n    [" + secondNames[1] + "(" + args + "), " + secondNames[2] + "(" + args +
             ")],  # symmetric\n]\n";
    t += "\n";

    // Forward and reverse mode.
    if (torch) {
        t += "# Forward mode: a tangent rides along with each value (a dual number), one pass per "
             "direction.\n";
        t += "import torch.autograd.forward_ad as fwAD  # noqa: E402\n\n";
        t += "forward_ad = []\n";
        t += "for direction in range(" + std::to_string(n) + "):\n";
        t += "    with fwAD.dual_level():\n";
        t += "        point = [fwAD.make_dual(v, torch.tensor(1.0 if i == direction else 0.0, "
             "dtype=torch.float64))\n"
             "                 for i, v in enumerate((" +
             args + (n == 1 ? "," : "") + "))]\n";
        t += "        tangent = fwAD.unpack_dual(f(*point)).tangent\n";
        t += "        forward_ad.append(tangent if tangent is not None else torch.tensor(0.0))  # None: f "
             "ignores it\n\n";
        t += "# Reverse mode: the forward pass records the graph, backward() walks it once for all "
             "partials.\n";
        t += "leaves = [v.clone().requires_grad_() for v in (" + args + (n == 1 ? "," : "") + ")]\n";
        t += "out = f(*leaves)\n";
        t += "if out.requires_grad:  # f may not depend on the variables at all\n    out.backward()\n";
        t += "reverse_ad = [v.grad if v.grad is not None else torch.tensor(0.0) for v in leaves]\n\n";
    } else {
        t += "# Forward and reverse mode apply the chain rule to numbers at this point, node by node; in "
             "exact\n"
             "# arithmetic that is the symbolic partials' value, and NumPy has no autograd to show it "
             "another\n"
             "# way. At a kink they part: GradLab's AD follows PyTorch there (|u|' = 0 at u = 0), while the\n"
             "# formula has no value (null); the PyTorch script shows the AD's 0.\n";
        t += "forward_ad = gradient\nreverse_ad = gradient\n\n";
    }
    t += "# Central differences, with GradLab's step: the cube root of machine epsilon, scaled to the "
         "coordinate.\n";
    t += "point = [" + args + "]\n";
    t += "central = []\n";
    t += "for i in range(" + std::to_string(n) + "):\n";
    t += "    h = 6.0554544523933395e-06 * max(1.0, abs(float(point[i])))\n";
    t += "    plus, minus = list(point), list(point)\n";
    t += "    plus[i], minus[i] = point[i] + h, point[i] - h\n";
    t += "    central.append((f(*plus) - f(*minus)) / (2.0 * h))\n\n";

    t += "result = {\n";
    t += "    \"expr\": " + pythonString(expr) + ",\n";
    std::string variables, partials;
    for (int i = 0; i < n; ++i) {
        variables += (i ? ", " : "") + pythonString(f.variables()[i]);
        partials += (i ? ", " : "") + pythonString(toPlainText(f.partial(i)));
    }
    t += "    \"variables\": [" + variables + "],\n";
    t += "    \"partials\": [" + partials + "],\n";
    t += "    \"value\": json_number(value),\n";
    t += "    \"gradient\": json_list(gradient),\n";
    t += "    \"norm\": json_number(norm),\n";
    t += "    \"hessian\": [json_list(row) for row in hessian],\n";
    t += "    \"methods\": {\n";
    t += "        \"symbolic\": json_list(gradient),\n";
    t += "        \"forward_ad\": json_list(forward_ad),\n";
    t += "        \"reverse_ad\": json_list(reverse_ad),\n";
    t += "        \"central_difference\": json_list(central),\n";
    t += "    },\n}\n";
    t += scriptEnding("gradlab grad " + shellQuoted(expr) + " --at " + atCommand + " --json");
    PythonScript script;
    script.text = t;
    return script;
}

} // namespace

PythonScript contourScript(const PointScriptSettings& s, ScriptLanguage language) {
    const std::string expr = toPlainText(s.function->expression());
    return gradScript(
        s, language,
        "Partial derivatives and the gradient: f = " + expr +
            " at a point of its contour map, its gradient\n(the direction of steepest ascent, "
            "across the contour lines), the gradient's length and the Hessian, and the\n"
            "gradient by four methods that must agree: symbolic, forward mode, reverse mode and "
            "central differences.");
}

PythonScript autogradScript(const PointScriptSettings& s, ScriptLanguage language) {
    if (s.function->dimension() == 1) {
        const std::string x = pythonVariableNames(*s.function)[0];
        return slopeScript(s, language,
                           "Autograd: f(" + x + ") = " + toPlainText(s.function->expression()) +
                               " is recorded as a graph of simple operations in the forward pass,\nand the "
                               "backward pass walks it from the output to the input, multiplying the local "
                               "derivatives\n(the chain rule), to give f'(" +
                               x + ")." +
                               (language == ScriptLanguage::NumPy
                                    ? " NumPy has no autograd: this script writes f' out from GradLab's\n"
                                      "symbolic derivative, which gives the same number."
                                    : ""));
    }
    // The lesson numbers the variables in the order the formula names them (w, then b); `gradlab grad`
    // in alphabetical order: the script prints grad's object, for the same point.
    const FunctionResult sorted = CompiledFunction::create(s.function->formula().text);
    if (!sorted.ok) return PythonScript::failure(sorted.error.message);
    PointScriptSettings g = s;
    g.function = sorted.function;
    for (int i = 0; i < g.function->dimension(); ++i)
        for (int j = 0; j < s.function->dimension(); ++j)
            if (s.function->variables()[j] == g.function->variables()[i]) g.point[i] = s.point[j];
    const std::string expr = toPlainText(g.function->expression());
    return gradScript(g, language,
                      "Autograd: f = " + expr +
                          " is recorded as a graph of simple operations in the forward pass,\nand "
                          "the backward pass walks it from the output to the inputs, giving every partial "
                          "derivative at once.\nThe same gradient by symbolic partials, forward mode and "
                          "central differences, for comparison.");
}

} // namespace gradlab
