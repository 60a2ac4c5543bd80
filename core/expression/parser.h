#pragma once
// Reads a formula in one or two variables into an expression tree, or explains where it is wrong.

#include "expression/expr.h"
#include "text/text.h"

#include <string>
#include <string_view>
#include <vector>

namespace gradlab {

/// Why a formula could not be read: a sentence for the learner, the 1-based column (in characters) where
/// the trouble is, and the offending token as typed ("" at the end of the formula).
struct ParseError {
    std::string message; ///< the sentence in English (text.english())
    int column = 0;
    std::string token;
    Text text; ///< the same sentence, translatable

    static ParseError at(Text text, int column, std::string token) {
        ParseError e;
        e.message = text.english();
        e.column = column;
        e.token = std::move(token);
        e.text = std::move(text);
        return e;
    }
};

struct ParseOptions {
    /// The variables in order. Empty: the formula's own variables (at most two), sorted alphabetically.
    /// Given: every variable the formula uses must be one of these, and the formula has exactly these.
    std::vector<std::string> variables;
    /// The deepest nesting of brackets, powers and signs accepted; deeper input is refused with a message.
    int maxDepth = 200;
};

/// A parsed formula: the tree exactly as typed (not simplified) and its variables in index order.
struct Formula {
    Expr expr;
    std::vector<std::string> variables;
    std::string text; ///< the text it was read from
    int dimension() const { return static_cast<int>(variables.size()); }
};

/// The outcome of parse(): `ok` tells which of `formula` and `error` is meaningful.
struct ParseResult {
    bool ok = false;
    Formula formula;
    ParseError error;
};

/// Parses `text`. Never throws; every failure comes back as a ParseError with a column.
ParseResult parse(std::string_view text, const ParseOptions& options = {});

/// Rebuilds `e` with variable i renamed to index map[i] and name names[map[i]].
Expr remapVariables(const Expr& e, const std::vector<int>& map, const std::vector<std::string>& names);

} // namespace gradlab
