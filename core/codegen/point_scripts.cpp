#include "codegen/point_scripts.h"

#include "codegen/python_expression.h"
#include "codegen/python_text.h"
#include "expression/printer.h"

namespace gradlab {

namespace {

// The Python names of the function's variables.
std::vector<std::string> variableNames(const CompiledFunction& f) {
    std::vector<std::string> names;
    for (const std::string& v : f.variables())
        names.push_back(pythonVariableName(v));
    return names;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? separator : "") + items[i];
    return out;
}

// `def NAME(ARGS):` with an optional comment line, returning `code`.
std::string definition(const std::string& name, const std::vector<std::string>& args, const std::string& code,
                       const std::string& comment = {}) {
    std::string out = "def " + name + "(" + joined(args, ", ") + "):\n";
    if (!comment.empty()) out += "    # " + comment + "\n";
    return out + "    return " + code + "\n\n\n";
}

// What f returns: the translated code; with PyTorch, a formula without variables (f = 3) as a float64
// tensor, so that the script can still ask it torch's questions (isfinite).
std::string returned(const Expr& e, const PythonExpression& code, ScriptLanguage language) {
    if (language == ScriptLanguage::Torch && !dependsOn(e))
        return "torch.as_tensor(" + code.code + ", dtype=torch.float64)";
    return code.code;
}

// Translates each expression or says why not (the first problem).
bool translateAll(const std::vector<Expr>& expressions, ScriptLanguage language,
                  const std::vector<std::string>& names, std::vector<PythonExpression>* out,
                  std::string* problem) {
    for (const Expr& e : expressions) {
        out->push_back(pythonExpression(e, language, names));
        if (!out->back().ok()) {
            *problem = out->back().problem;
            return false;
        }
    }
    return true;
}

// The NumPy test GradLab applies before it gives a slope: f has a value at x.
const char* kHasValueNumPy =
    "def has_value(g, x):\n"
    "    # GradLab's rule: g has no value where g(x) is nan, or infinite after a division by zero (a pole,\n"
    "    # such as 1/x or log(x) at 0); an infinity from an overflow (exp(1000)) is a value too large to "
    "write.\n"
    "    v = g(x)\n"
    "    if np.isnan(v):\n"
    "        return False\n"
    "    if np.isinf(v):\n"
    "        with np.errstate(divide=\"raise\"):\n"
    "            try:\n"
    "                g(x)\n"
    "            except FloatingPointError:  # a division by zero on the way: a pole\n"
    "                return False\n"
    "    return True\n\n\n";

} // namespace

PythonScript slopeScript(const PointScriptSettings& s, ScriptLanguage language) {
    const CompiledFunction& f = *s.function;
    if (f.dimension() != 1 || s.point.size() != 1)
        return PythonScript::failure("the slope lesson's script takes a function of one variable");
    const bool torch = language == ScriptLanguage::Torch;
    const std::vector<std::string> names = variableNames(f);
    const std::string& x = names[0];
    std::vector<PythonExpression> code;
    std::string problem;
    if (!translateAll({f.simplified(), f.partial(0)}, language, names, &code, &problem))
        return PythonScript::failure(problem);
    const std::string expr = toPlainText(f.expression()), derivative = toPlainText(f.partial(0));
    const std::string at = pythonNumber(s.point[0], language);

    std::string t =
        scriptHeader("The slope at a point: f(" + x + ") = " + expr + ", its derivative f'(" + x +
                         ") = " + derivative + ",\nand the slope of the tangent at " + x + " = " + at + ".",
                     s.title, language);
    t += pythonDefinitions(code, language);
    t += definition("f", {x}, returned(f.simplified(), code[0], language));
    if (!torch)
        t += definition("df", {x}, code[1].code,
                        "f'(" + x + ") = " + derivative + ": GradLab's symbolic derivative, written out");
    t += jsonNumberDefinition();
    if (!torch) {
        t += kHasValueNumPy;
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
