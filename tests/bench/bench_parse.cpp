// Parsing, simplifying and evaluating grow linearly with the formula's length: time per character for
// formulas from 10 kB to 1 MB. Prints figures; not a pass/fail test.

#include "expression/parser.h"
#include "expression/simplify.h"
#include "expression/tree_evaluate.h"
#include "function/compiled_function.h"

#include <chrono>
#include <cstdio>
#include <string>

using namespace gradlab;

int main() {
    std::printf("%10s %12s %14s %14s %14s\n", "chars", "parse ns/ch", "simplify ns/ch", "evaluate ns/ch",
                "compile ns/ch");
    for (std::size_t target : {10000u, 100000u, 1000000u}) {
        std::string text;
        for (int i = 0; text.size() < target; ++i)
            text +=
                (i ? " + " : "") + std::to_string(i % 89 + 1) + "*sin(" + std::to_string(i % 7 + 1) + "x)*y";
        const auto t0 = std::chrono::steady_clock::now();
        const ParseResult r = parse(text);
        const auto t1 = std::chrono::steady_clock::now();
        const Expr s = simplify(r.formula.expr);
        const auto t2 = std::chrono::steady_clock::now();
        const double p[2] = {0.3, 0.7};
        volatile double v = evaluateTree(r.formula.expr, p);
        (void)v;
        const auto t3 = std::chrono::steady_clock::now();
        const Program prog = Program::compile({s}, 2);
        const auto t4 = std::chrono::steady_clock::now();
        auto per = [&](auto a, auto b) {
            return std::chrono::duration<double, std::nano>(b - a).count() / text.size();
        };
        std::printf("%10zu %12.1f %14.1f %14.1f %14.1f%s\n", text.size(), per(t0, t1), per(t1, t2),
                    per(t2, t3), per(t3, t4), r.ok ? "" : "  (parse failed)");
    }
    return 0;
}
