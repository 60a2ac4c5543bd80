// Fuzzes the formula pipeline: parse → simplify → differentiate → print → re-parse → evaluate.
// Asserts that nothing crashes, errors carry a column inside the input, every printed form parses back,
// and printed forms evaluate to the values of the trees they came from.

#include "diff/symbolic.h"
#include "expression/parser.h"
#include "expression/printer.h"
#include "expression/simplify.h"
#include "expression/tree_evaluate.h"
#include "function/compiled_function.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

using namespace gradlab;

namespace {

[[noreturn]] void fail(const char* what, const std::string& a, const std::string& b) {
    std::fprintf(stderr, "fuzz_formula: %s\n  %s\n  %s\n", what, a.c_str(), b.c_str());
    std::abort();
}

int codePoints(std::string_view s) {
    int n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// The largest |value| of any subexpression at p: where it is large, reordered arithmetic may differ by
// more than rounding (cancellation, sin of a huge argument), so loose comparisons are skipped.
double largestIntermediate(const Expr& e, const double* p, std::unordered_map<const Node*, double>& memo) {
    const auto it = memo.find(e.get());
    if (it != memo.end()) return it->second;
    double m = std::fabs(evaluateTree(e, p));
    for (const Expr& c : e->children())
        m = std::max(m, largestIntermediate(c, p, memo));
    if (std::isnan(m)) m = INFINITY;
    memo.emplace(e.get(), m);
    return m;
}

bool moderate(const Expr& e, const double* p) {
    std::unordered_map<const Node*, double> memo;
    return largestIntermediate(e, p, memo) < 1e6;
}

// Whether f changes by no more than rounding when p moves by a part in 10⁹. Where it does (a fractional
// power of a difference that cancels to about 0, say), two forms that differ only in rounding can give
// values far apart, and that is not a bug in either.
bool wellConditioned(const Expr& e, const double* p) {
    const double q[2] = {p[0] * (1 + 1e-9) + 1e-12, p[1] * (1 - 1e-9) - 1e-12};
    const double a = evaluateTree(e, p), b = evaluateTree(e, q);
    return std::isfinite(a) && std::isfinite(b) && std::fabs(a - b) <= 1e-7 * (1.0 + std::fabs(a));
}

// Values of two trees that should agree: exactly for a plain round trip, loosely where terms were
// reordered (only where the values are moderate, so cancellation cannot fake a difference).
void agree(const Expr& a, const Expr& b, const char* what, bool exact) {
    if (!a || !b) return; // refused for depth only (see reparse)
    static const double points[][2] = {{0.7, -1.3}, {-2.1, 0.4}, {1.9, 2.6}};
    for (const auto& p : points) {
        const double va = evaluateTree(a, p), vb = evaluateTree(b, p);
        if (std::isnan(va) && std::isnan(vb)) continue;
        if (exact) {
            if (!(va == vb) && !(std::isnan(va) || std::isnan(vb)))
                fail(what, toPlainText(a), toPlainText(b));
            continue;
        }
        if (!std::isfinite(va) || !std::isfinite(vb) || !moderate(a, p) || !moderate(b, p)) continue;
        if (!wellConditioned(a, p) || !wellConditioned(b, p)) continue;
        if (std::fabs(va - vb) > 1e-6 * (1.0 + std::fabs(va))) fail(what, toPlainText(a), toPlainText(b));
    }
}

// Reads a printed form back. `strict`: the formula as typed must always read back; simplified forms and
// derivatives may nest deeper than the input (a derivative adds levels), so near the parser's nesting
// limit they may be refused for depth, and only for depth.
Expr reparse(const Expr& e, const std::vector<std::string>& variables, const char* what,
             bool strict = false) {
    const std::string text = toPlainText(e);
    ParseOptions options;
    options.variables = variables;
    const ParseResult r = parse(text, options);
    if (!r.ok) {
        if (!strict && r.error.message.find("nested too deeply") != std::string::npos) return nullptr;
        fail(what, text, r.error.message);
    }
    return r.formula.expr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 2048) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ParseResult r = parse(text);
    if (!r.ok) {
        if (r.error.message.empty()) fail("empty error message", std::string(text), "");
        if (r.error.column < 1 || r.error.column > codePoints(text) + 1)
            fail("error column outside the input", std::string(text), r.error.message);
        return 0;
    }
    std::vector<std::string> variables = r.formula.variables;
    if (variables.empty()) variables = {"x"};
    // 1. The formula as typed prints and reads back to the same values, exactly.
    agree(r.formula.expr, reparse(r.formula.expr, variables, "printed formula does not parse", true),
          "round trip changed values", true);
    // 2. Simplification keeps values.
    const Expr s = simplify(r.formula.expr);
    agree(r.formula.expr, s, "simplification changed values", false);
    agree(s, reparse(s, variables, "printed simplified form does not parse"),
          "simplified round trip changed values", false);
    // 3. Derivatives print and read back; Unicode and LaTeX printers do not crash.
    for (int v = 0; v < r.formula.dimension(); ++v) {
        const DerivativeResult d = differentiate(r.formula.expr, v, 200000);
        if (!d.ok) continue;
        agree(d.expr, reparse(d.expr, variables, "printed derivative does not parse"),
              "derivative round trip changed values", false);
        (void)toUnicode(d.expr);
        (void)toLatex(d.expr);
    }
    // 4. The compiled program agrees with the tree.
    const FunctionResult f = CompiledFunction::create(r.formula);
    if (f.ok) {
        const double p[2] = {0.7, -1.3};
        const double tree = evaluateTree(s, p), compiled = f.function->value(p);
        if (std::isfinite(tree) && moderate(s, p) && wellConditioned(s, p) && std::isfinite(compiled) &&
            std::fabs(tree - compiled) > 1e-6 * (1.0 + std::fabs(tree)))
            fail("compiled program disagrees with the tree", toPlainText(s), std::to_string(compiled));
    }
    return 0;
}
