#include "codegen/python_text.h"

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
        "and",   "as",     "assert", "async",   "await",    "break",       "class",     "continue", "def",
        "del",   "elif",   "else",   "except",  "False",    "finally",     "for",       "from",     "global",
        "if",    "import", "in",     "is",      "lambda",   "None",        "nonlocal",  "not",      "or",
        "pass",  "raise",  "return", "True",    "try",      "while",       "with",      "yield",    "np",
        "torch", "json",   "math",   "f",       "df",       "d2f",         "result",    "value",    "slope",
        "lr",    "h",      "step",   "sigmoid", "softplus", "json_number", "has_value", "abs_",     "Abs",
        "grad",  "rows",   "exact",  "print",   "float",    "abs",         "min",       "max"};
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

} // namespace gradlab
