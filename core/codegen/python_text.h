#pragma once
// The pieces every lesson script shares: its header, string literals, the JSON writer's rule for numbers
// that are not finite, and Python names for the formula's variables.

#include "codegen/python_script.h"

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

} // namespace gradlab
