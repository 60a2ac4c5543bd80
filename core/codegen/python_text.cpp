#include "codegen/python_text.h"

#include "codegen/python_expression.h"
#include "expression/printer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iterator>

namespace gradlab {

std::string pythonString(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(c));
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string scriptHeader(const std::string& what, const std::string& lessonTitle, ScriptLanguage language) {
    const bool torch = language == ScriptLanguage::Torch;
    std::string out;
    std::size_t start = 0;
    while (start <= what.size()) {
        const std::size_t end = std::min(what.find('\n', start), what.size());
        out += "# " + what.substr(start, end - start) + "\n";
        start = end + 1;
    }
    out += "# Written by GradLab from the lesson '" + lessonTitle + "'; run it with python3; it needs only " +
           (torch ? "PyTorch.\n" : "NumPy.\n");
    out += "import json\nimport math\n\n";
    out += torch ? "import torch\n\n\n" : "import numpy as np\n\n";
    if (!torch)
        out += "np.seterr(all=\"ignore\")  # 1/0 is inf and 0/0 nan, as in GradLab, without a warning\n\n\n";
    return out;
}

std::string jsonNumberDefinition() {
    return "def json_number(v):\n"
           "    # GradLab's --json writes a number that is not finite (inf or nan) as null.\n"
           "    v = float(v)\n"
           "    return v if math.isfinite(v) else None\n\n\n";
}

std::string scriptEnding(const std::string& command) {
    return "# " + command + " prints the same keys and values.\nprint(json.dumps(result))\n";
}

std::string pythonVariableName(const std::string& name) {
    static const char* const kTaken[] = {
        "and",      "as",       "assert",      "async",     "await",  "break",  "class",    "continue",
        "def",      "del",      "elif",        "else",      "except", "False",  "finally",  "for",
        "from",     "global",   "if",          "import",    "in",     "is",     "lambda",   "None",
        "nonlocal", "not",      "or",          "pass",      "raise",  "return", "True",     "try",
        "while",    "with",     "yield",       "np",        "torch",  "json",   "math",     "f",
        "df",       "d2f",      "result",      "value",     "slope",  "lr",     "h",        "step",
        "sigmoid",  "softplus", "json_number", "has_value", "abs_",   "Abs",    "grad",     "rows",
        "exact",    "print",    "float",       "abs",       "min",    "max",    "warnings", "pow",
        "sum",      "range",    "len"};
    if (name.empty()) return "x";
    const unsigned char first = static_cast<unsigned char>(name[0]);
    const bool identifier = (first >= 0x80 || std::isalpha(first) || first == '_') &&
                            std::all_of(name.begin(), name.end(), [](char c) {
                                const unsigned char u = static_cast<unsigned char>(c);
                                return u >= 0x80 || std::isalnum(u) || u == '_';
                            });
    if (!identifier) return "x";
    if (std::find(std::begin(kTaken), std::end(kTaken), name) != std::end(kTaken)) return name + "_";
    return name;
}

std::string shellQuoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\' || c == '$' || c == '`') out += '\\';
        out += c;
    }
    return out + "\"";
}

// The Python names of the function's variables.
std::vector<std::string> pythonVariableNames(const CompiledFunction& f) {
    std::vector<std::string> names;
    for (const std::string& v : f.variables())
        names.push_back(pythonVariableName(v));
    return names;
}

namespace {
std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? separator : "") + items[i];
    return out;
}

} // namespace

// `def NAME(ARGS):` with an optional comment line, returning `code`.
std::string pythonDefinition(const std::string& name, const std::vector<std::string>& args,
                             const std::string& code, const std::string& comment) {
    std::string out = "def " + name + "(" + joined(args, ", ") + "):\n";
    if (!comment.empty()) out += "    # " + comment + "\n";
    return out + "    return " + code + "\n\n\n";
}

// What f returns: the translated code; with PyTorch, a formula without variables (f = 3) as a float64
// tensor, so that the script can still ask it torch's questions (isfinite).
std::string pythonReturned(const Expr& e, const PythonExpression& code, ScriptLanguage language) {
    if (language == ScriptLanguage::Torch && !dependsOn(e))
        return "torch.as_tensor(" + code.code + ", dtype=torch.float64)";
    return code.code;
}

// Translates each expression or says why not (the first problem).
bool translateExpressions(const std::vector<Expr>& expressions, ScriptLanguage language,
                          const std::vector<std::string>& names, std::vector<PythonExpression>* out,
                          std::string* problem, KinkRule kinks) {
    for (const Expr& e : expressions) {
        out->push_back(pythonExpression(e, language, names, kinks));
        if (!out->back().ok()) {
            *problem = out->back().problem;
            return false;
        }
    }
    return true;
}

// The NumPy test GradLab applies before it gives a slope: f has a value at x.
std::string hasValueDefinition() {
    return "def has_value(g, x):\n"
           "    # GradLab's rule: g has no value where g(x) is nan, or infinite after a division by zero (a "
           "pole,\n"
           "    # such as 1/x or log(x) at 0); an infinity from an overflow (exp(1000)) is a value too large "
           "to "
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
}

std::string functionAndSlopeDefinitions(const CompiledFunction& f, const std::vector<PythonExpression>& code,
                                        ScriptLanguage language) {
    const std::string x = pythonVariableNames(f)[0];
    std::string t = pythonDefinitions(code, language);
    t += pythonDefinition("f", {x}, pythonReturned(f.simplified(), code[0], language));
    if (language == ScriptLanguage::NumPy)
        t += pythonDefinition("df", {x}, code[1].code,
                              "f'(" + x + ") = " + toPlainText(f.partial(0)) +
                                  ": GradLab's symbolic derivative, written out");
    return t + jsonNumberDefinition();
}

} // namespace gradlab
