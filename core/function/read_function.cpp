#include "function/read_function.h"

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

FunctionResult readFunction(std::string_view text, int variables) {
    FunctionResult r = CompiledFunction::create(text);
    if (r.ok && r.function->dimension() < variables) {
        ParseOptions options;
        options.variables = paddedVariables(r.function->variables(), variables);
        r = CompiledFunction::create(text, options);
    }
    if (r.ok && r.function->dimension() > variables) {
        const FunctionPtr f = r.function;
        r = FunctionResult{};
        r.error.message = variables == 1
                              ? "this lesson needs a function of one variable; this one has " +
                                    std::to_string(f->dimension()) + " (" + joined(f->variables()) + ")"
                              : "this lesson needs a function of two variables";
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
