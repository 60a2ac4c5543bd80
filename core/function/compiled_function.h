#pragma once
// One formula, read once, with everything the lessons need from it: its simplified form, its partial
// derivatives and Hessian as expressions, and compiled programs for f, f+∇f and f+∇f+H.

#include "eval/program.h"
#include "expression/parser.h"

#include <memory>
#include <string>
#include <vector>

namespace gradlab {

class CompiledFunction;
using FunctionPtr = std::shared_ptr<const CompiledFunction>;

/// The result of CompiledFunction::create: the function, or why there is none.
struct FunctionResult {
    bool ok = false;
    FunctionPtr function;
    ParseError error; ///< column 0 when the problem is not at one place (e.g. derivative too large)
};

class CompiledFunction {
public:
    /// Parses, differentiates (first and second partials) and compiles `text`. Never throws.
    static FunctionResult create(std::string_view text, const ParseOptions& options = {});
    /// The same from an already parsed formula.
    static FunctionResult create(const Formula& formula);

    const Formula& formula() const { return m_formula; }
    int dimension() const { return m_formula.dimension(); }
    const std::vector<std::string>& variables() const { return m_formula.variables; }
    /// The formula as typed, as a tree.
    const Expr& expression() const { return m_formula.expr; }
    /// The simplified formula.
    const Expr& simplified() const { return m_simplified; }
    /// ∂f/∂(variable i), simplified.
    const Expr& partial(int i) const { return m_partials[static_cast<std::size_t>(i)]; }
    /// ∂²f/∂i∂j, simplified.
    const Expr& secondPartial(int i, int j) const {
        return m_second[static_cast<std::size_t>(i * dimension() + j)];
    }

    /// f at p (dimension() coordinates).
    double value(const double* p) const { return m_valueProgram.value(p); }
    /// f at x, for a function of at most one variable (reads one coordinate).
    double value(double x) const { return m_valueProgram.value(&x); }
    /// f and ∇f at p; returns f, writes dimension() partials to gradient.
    double valueAndGradient(const double* p, double* gradient) const;
    /// f, ∇f and the Hessian (row-major dimension()×dimension()) at p; returns f.
    double valueGradientHessian(const double* p, double* gradient, double* hessian) const;
    /// f' at x for a one-variable function (the first partial at (x, 0, …) otherwise).
    double slope(double x) const;
    /// f'' at x for a one-variable function (∂²f/∂x² at (x, 0, …) otherwise).
    double secondDerivative(double x) const;

    const Program& valueProgram() const { return m_valueProgram; }
    /// Outputs: f, then ∂f/∂v for each variable.
    const Program& gradientProgram() const { return m_gradientProgram; }
    /// Outputs: f, the gradient, then the Hessian row-major.
    const Program& hessianProgram() const { return m_hessianProgram; }

private:
    Formula m_formula;
    Expr m_simplified;
    std::vector<Expr> m_partials;
    std::vector<Expr> m_second;
    Program m_valueProgram;
    Program m_gradientProgram;
    Program m_hessianProgram;
};

} // namespace gradlab
