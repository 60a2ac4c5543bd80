#pragma once
// Reading a typed formula as the function of a lesson or a command: the one place that decides how a
// formula's variables fit the number a lesson needs, so the app and the command line accept the same.

#include "function/compiled_function.h"

#include <string>
#include <string_view>
#include <vector>

namespace gradlab {

/// How a formula's own two variables are numbered: alphabetically (the parser's rule: b before w), or in
/// the order they first appear in the text, left to right (the neuron's w before b in "σ(w·1.5 + b)").
enum class VariableOrder { Alphabetical, Appearance };

/// `text` as a function of exactly `variables` (1 or 2) variables, the lessons' rule. A formula with fewer
/// variables gets the missing ones, unused: a constant is a function of x (or of x and y); a one-variable
/// formula in a two-variable lesson gets y as second variable (x as first when its variable is y; v2 when
/// its variable is neither x nor y). More variables than that is an error at column 0: "this lesson needs a
/// function of one variable; this one has 2 (x, y)". Parse errors come back as they are, with their column.
/// Its own variables are numbered in `order`; padded ones always come after them.
FunctionResult readFunction(std::string_view text, int variables,
                            VariableOrder order = VariableOrder::Alphabetical);

/// The variables of the parsed tree `e` in the order they first appear in its text (left to right).
std::vector<std::string> variablesInOrderOfAppearance(const Expr& e);

/// `text` as a function of its own variables (at most two, as the parser allows), a constant as a
/// function of x, or of x and y when `constantVariables` is 2: the command line's rule, whose commands
/// then check the dimension they need themselves.
FunctionResult readFunctionOfItsVariables(std::string_view text, int constantVariables);

} // namespace gradlab
