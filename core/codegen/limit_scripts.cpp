#include "codegen/limit_scripts.h"

#include "codegen/python_expression.h"
#include "codegen/python_text.h"
#include "expression/printer.h"

namespace gradlab {

namespace {

// The opening both scripts share: f (and f' for NumPy), json_number, the point a, f(a) and the exact
// slope, which exists where f has a value and f'(a) is a finite number. Empty with `problem` set when the
// formula cannot be translated.
std::string opening(const LimitScriptSettings& s, const std::string& what, ScriptLanguage language,
                    std::string* problem) {
    const CompiledFunction& f = *s.function;
    const bool torch = language == ScriptLanguage::Torch;
    const std::vector<std::string> names = pythonVariableNames(f);
    const std::string& x = names[0];
    std::vector<PythonExpression> code;
    if (!translateExpressions({f.simplified(), f.partial(0)}, language, names, &code, problem,
                              KinkRule::Symbolic))
        return {};
    const std::string derivative = toPlainText(f.partial(0));
    const std::string a = pythonNumber(s.at, language);

    std::string t = scriptHeader(what, s.title, language);
    t += functionAndSlopeDefinitions(f, code, language);
    if (!torch) {
        t += hasValueDefinition();
        t += "a = np.float64(" + a + ")  # the point (a NumPy float: 1/0 is then inf, not an error)\n";
        t += "fa = f(a)\n";
        t +=
            "# The exact slope f'(a), to measure the quotients' error against: only where f has a value and\n"
            "# f'(a) is a number (not for log at -1, though 1/x gives -1 there; not for sqrt at 0).\n";
        t += "exact = df(a) if has_value(f, a) else np.nan\n";
        t += "if not np.isfinite(exact):\n    exact = np.nan\n\n";
    } else {
        t += "a = torch.tensor(" + a + ", dtype=torch.float64)  # the point\n";
        t += "fa = f(a)\n";
        if (dependsOn(f.simplified())) {
            t += "# The exact slope f'(a) by backward(), to measure the quotients' error against.\n";
            t += x + " = a.clone().requires_grad_()\n";
            t += "f(" + x + ").backward()\n";
            t += "exact = " + x + ".grad\n";
        } else {
            t += "exact = torch.tensor(0.0)  # f does not depend on " + x + "\n";
        }
        t += "# Only where f has a value and f'(a) is a number (not for log at -1, though 1/x gives -1 "
             "there;\n"
             "# not for sqrt at 0). PyTorch cannot tell an overflow (exp(1000)) from a pole such as 1/0, so\n"
             "# every infinite f(a) counts as no value here; GradLab calls an overflow a value.\n";
        t +=
            "if not (torch.isfinite(fa) and torch.isfinite(exact)):\n    exact = torch.tensor(torch.nan)\n\n";
    }
    return t;
}

// The body of a limit-table row for one scheme, indented by `indent`, from f_plus = f(a + h) and
// f_minus = f(a - h) to delta_y and slope.
std::string quotient(DifferenceScheme scheme, const std::string& indent) {
    switch (scheme) {
    case DifferenceScheme::Forward:
        return indent + "delta_y = f_plus - fa  # forward: the rise from a to a + h\n" + indent +
               "slope = delta_y / h\n";
    case DifferenceScheme::Backward:
        return indent + "delta_y = fa - f_minus  # backward: the rise from a - h to a\n" + indent +
               "slope = delta_y / h\n";
    case DifferenceScheme::Central:
        return indent + "delta_y = f_plus - f_minus  # central: the rise from a - h to a + h, a run of 2h\n" +
               indent + "slope = delta_y / (2 * h)\n";
    }
    return {};
}

// `def table(scheme, hs)` or `def table(hs)`: the limit command's object for the steps hs.
std::string tableFunction(const LimitScriptSettings& s, const std::vector<DifferenceScheme>& schemes) {
    const CompiledFunction& f = *s.function;
    const bool one = schemes.size() == 1;
    std::string t = one ? "def table(hs):\n" : "def table(scheme, hs):\n";
    t += "    rows = []\n";
    t += "    for h in hs:\n";
    t += "        f_plus, f_minus = f(a + h), f(a - h)\n";
    if (one) {
        t += quotient(schemes[0], "        ");
    } else {
        const char* words[] = {"if", "elif", "else"};
        for (std::size_t i = 0; i < schemes.size(); ++i) {
            t += std::string("        ") + words[i == 0 ? 0 : i + 1 == schemes.size() ? 2 : 1];
            t += i + 1 == schemes.size() ? ":\n"
                                         : " scheme == \"" + std::string(schemeName(schemes[i])) + "\":\n";
            t += quotient(schemes[i], "            ");
        }
    }
    t += "        rows.append({\n"
         "            \"h\": json_number(h),\n"
         "            \"f_a_plus_h\": json_number(f_plus),\n"
         "            \"f_a_minus_h\": json_number(f_minus),\n"
         "            \"delta_y\": json_number(delta_y),\n"
         "            \"slope\": json_number(slope),\n"
         "            \"error\": json_number(slope - exact),  # what is left of the way to f'(a)\n"
         "        })\n";
    t += "    return {\n";
    t += "        \"expr\": " + pythonString(toPlainText(f.expression())) + ",\n";
    t += "        \"derivative\": " + pythonString(toPlainText(f.partial(0))) + ",\n";
    t += "        \"at\": json_number(a),\n";
    t += one ? "        \"scheme\": " + pythonString(schemeName(schemes[0])) + ",\n"
             : "        \"scheme\": scheme,\n";
    t += "        \"f_a\": json_number(fa),\n";
    t += "        \"exact\": json_number(exact),\n";
    t += "        \"rows\": rows,\n";
    t += "    }\n\n\n";
    return t;
}

std::string command(const LimitScriptSettings& s, const std::string& scheme, const std::string& steps) {
    return "gradlab limit " + shellQuoted(toPlainText(s.function->expression())) + " --at " +
           pythonNumber(s.at, ScriptLanguage::NumPy) + " --h " + steps + " --scheme " + scheme + " --json";
}

} // namespace

PythonScript secantScript(const LimitScriptSettings& s, ScriptLanguage language) {
    if (s.function->dimension() != 1)
        return PythonScript::failure("the secant lesson's script takes a function of one variable");
    const std::string expr = toPlainText(s.function->expression());
    std::string problem;
    std::string t = opening(s,
                            "Secant to tangent: the slopes of secants of f(x) = " + expr +
                                " at a = " + pythonNumber(s.at, language) +
                                " for the steps h of the lesson's\ntable (" + schemeName(s.scheme) +
                                " differences), and how far each is from the tangent's slope f'(a).",
                            language, &problem);
    if (t.empty()) return PythonScript::failure(problem);
    t += tableFunction(s, {s.scheme});
    std::string steps;
    for (std::size_t i = 0; i < s.steps.size(); ++i)
        steps += (i ? ", " : "") + pythonNumber(s.steps[i], language);
    t += "hs = [" + steps + "]  # the table's steps; the last is the lesson's own\n";
    if (language == ScriptLanguage::Torch)
        t += "with torch.no_grad():  # plain arithmetic: nothing to differentiate\n    result = table(hs)\n";
    else
        t += "result = table(hs)\n";
    std::string list;
    for (std::size_t i = 0; i < s.steps.size(); ++i)
        list += (i ? "," : "") + pythonNumber(s.steps[i], language);
    t += scriptEnding(command(s, schemeName(s.scheme), list));
    PythonScript script;
    script.text = t;
    return script;
}

PythonScript numericScript(const LimitScriptSettings& s, ScriptLanguage language) {
    if (s.function->dimension() != 1)
        return PythonScript::failure(
            "the numerical-derivatives lesson's script takes a function of one variable");
    if (s.stepsPerDecade < 1) return PythonScript::failure("the steps per decade must be at least 1");
    const std::string expr = toPlainText(s.function->expression());
    const std::string perDecade = std::to_string(s.stepsPerDecade);
    std::string problem;
    std::string t = opening(
        s,
        "Numerical derivatives: the forward, backward and central difference quotients of f(x) = " + expr +
            "\nat a = " + pythonNumber(s.at, language) + " for h from 1 down to 1e-16 (" + perDecade +
            " steps a decade), and their errors against f'(a):\ntruncation error falls with h, round-off "
            "error grows as h shrinks, and the best h lies between.",
        language, &problem);
    if (t.empty()) return PythonScript::failure(problem);
    const std::vector<DifferenceScheme> schemes{DifferenceScheme::Forward, DifferenceScheme::Backward,
                                                DifferenceScheme::Central};
    t += tableFunction(s, schemes);
    t += "# h = 10^(-i/" + perDecade + "): " + perDecade + " steps a decade, from 1 down to 1e-16\n";
    t += "hs = [10.0 ** (0.0 - i / " + perDecade + ") for i in range(16 * " + perDecade + " + 1)]\n";
    const std::string body =
        "result = {scheme: table(scheme, hs) for scheme in (\"forward\", \"backward\", \"central\")}\n";
    if (language == ScriptLanguage::Torch)
        t += "with torch.no_grad():  # plain arithmetic: nothing to differentiate\n    " + body;
    else
        t += body;
    t += "# Each member is what this prints, with H the steps hs joined by commas:\n";
    t += "# " + command(s, "SCHEME", "H") + "\n";
    t += "# (the lesson draws |error| against h for each scheme)\n";
    t += "print(json.dumps(result))\n";
    PythonScript script;
    script.text = t;
    return script;
}

} // namespace gradlab
