#include "function/read_function.h"

#include <algorithm>
#include <string>
#include <vector>

namespace gradlab {

namespace {

// The variables a formula with `found` variables gets when the reader needs `wanted`: found's own, then
// the unused ones.
std::vector<std::string> paddedVariables(const std::vector<std::string>& found, int wanted) {
    if (found.empty())
        return wanted == 1 ? std::vector<std::string>{"x"} : std::vector<std::string>{"x", "y"};
    const std::string& v = found[0];
    if (v == "y") return {"x", "y"};
    return {v, v == "x" ? "y" : v + "2"};
}

std::string joined(const std::vector<std::string>& names) {
    std::string s;
    for (const std::string& n : names)
        s += (s.empty() ? "" : ", ") + n;
    return s;
}

} // namespace

std::vector<std::string> variablesInOrderOfAppearance(const Expr& e) {
    std::vector<std::string> names;
    // A raw tree keeps the operands as typed, so a pre-order walk meets the variables in text order.
    std::vector<const Node*> stack{e.get()};
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (!n) continue;
        if (n->kind() == NodeKind::Variable &&
            std::find(names.begin(), names.end(), n->name()) == names.end())
            names.push_back(n->name());
        for (auto it = n->children().rbegin(); it != n->children().rend(); ++it)
            stack.push_back(it->get());
    }
    return names;
}

FunctionResult readFunction(std::string_view text, int variables, VariableOrder order) {
    FunctionResult r = CompiledFunction::create(text);
    if (r.ok && order == VariableOrder::Appearance && r.function->dimension() > 1) {
        const ParseResult parsed = parse(text);
        const std::vector<std::string> seen =
            parsed.ok ? variablesInOrderOfAppearance(parsed.formula.expr) : std::vector<std::string>{};
        if (seen.size() == r.function->variables().size() && seen != r.function->variables()) {
            ParseOptions options;
            options.variables = seen;
            r = CompiledFunction::create(text, options);
        }
    }
    if (r.ok && r.function->dimension() < variables) {
        ParseOptions options;
        options.variables = paddedVariables(r.function->variables(), variables);
        r = CompiledFunction::create(text, options);
    }
    if (r.ok && r.function->dimension() > variables) {
        const FunctionPtr f = r.function;
        r = FunctionResult{};
        r.error = ParseError::at(
            variables == 1
                ? Text(GRADLAB_TEXT("gradlab::function",
                                    "this lesson needs a function of one variable; this one has %1 (%2)"),
                       {Text::number(std::to_string(f->dimension())), Text::verbatim(joined(f->variables()))})
                : Text(GRADLAB_TEXT("gradlab::function", "this lesson needs a function of two variables")),
            0, "");
    }
    return r;
}

FunctionResult readFunctionOfItsVariables(std::string_view text, int constantVariables) {
    FunctionResult r = CompiledFunction::create(text);
    if (r.ok && r.function->dimension() == 0) {
        ParseOptions options;
        options.variables = paddedVariables({}, constantVariables);
        r = CompiledFunction::create(text, options);
    }
    return r;
}

} // namespace gradlab
