#pragma once
// The pieces every lesson script shares: its header, string literals, the JSON writer's rule for numbers
// that are not finite, and Python names for the formula's variables.

#include "codegen/python_expression.h"
#include "codegen/python_script.h"
#include "function/compiled_function.h"

#include <string>
#include <vector>

namespace gradlab {

/// `text` as a Python string literal in double quotes (backslashes, quotes and control characters escaped;
/// other characters, π included, as they are: the script is UTF-8).
std::string pythonString(const std::string& text);

/// The script's opening: `what` as comment lines (each line of it prefixed "# "), the line "Written by
/// GradLab from the lesson 'TITLE'; run it with python3; it needs only NumPy" (or PyTorch), then the
/// imports (json, math, and numpy as np or torch) and, for NumPy, np.seterr(all="ignore") with why.
std::string scriptHeader(const std::string& what, const std::string& lessonTitle, ScriptLanguage language);

/// The `def json_number(v)` that writes inf and nan as None (null), as GradLab's --json does.
std::string jsonNumberDefinition();

/// The closing lines: a comment naming the command that prints the same object, and the print.
std::string scriptEnding(const std::string& command);

/// `name` as a Python identifier for a variable: itself when it is one and clashes with nothing the
/// scripts use (np, torch, f, json, …), else with "_" appended, or "x" when it is not an identifier.
std::string pythonVariableName(const std::string& name);

/// A shell word for the command in a script's closing comment: `text` in double quotes.
std::string shellQuoted(const std::string& text);

/// The Python names of f's variables (pythonVariableName of each).
std::vector<std::string> pythonVariableNames(const CompiledFunction& f);

/// `def NAME(ARGS):`, an optional comment line, `return CODE`, and two blank lines.
std::string pythonDefinition(const std::string& name, const std::vector<std::string>& args,
                             const std::string& code, const std::string& comment = {});

/// What a function returns: `code`; with PyTorch, an expression without variables (f = 3) wrapped as a
/// float64 tensor, so that the script can still ask it torch's questions (isfinite).
std::string pythonReturned(const Expr& e, const PythonExpression& code, ScriptLanguage language);

/// Translates each expression into `out`; false with the first problem in `problem`.
bool translateExpressions(const std::vector<Expr>& expressions, ScriptLanguage language,
                          const std::vector<std::string>& names, std::vector<PythonExpression>* out,
                          std::string* problem, KinkRule kinks = KinkRule::Autograd);

/// The definitions of f (code[0]) and, for NumPy, df (code[1]: f' written out from GradLab's symbolic
/// derivative), with the helpers they call and json_number: the opening of the one-variable scripts.
std::string functionAndSlopeDefinitions(const CompiledFunction& f, const std::vector<PythonExpression>& code,
                                        ScriptLanguage language);

/// NumPy's `def has_value(g, x)`: GradLab's rule for "g has a value at x" (not nan, and not an infinity
/// reached by dividing by zero, which is a pole; an overflow is a value).
std::string hasValueDefinition();

} // namespace gradlab
