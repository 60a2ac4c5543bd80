#include "function/compiled_function.h"

#include "diff/symbolic.h"
#include "expression/simplify.h"

namespace gradlab {

FunctionResult CompiledFunction::create(std::string_view text, const ParseOptions& options) {
    ParseResult parsed = parse(text, options);
    if (!parsed.ok) {
        FunctionResult r;
        r.error = parsed.error;
        return r;
    }
    return create(parsed.formula);
}

FunctionResult CompiledFunction::create(const Formula& formula) {
    FunctionResult result;
    auto f = std::make_shared<CompiledFunction>();
    f->m_formula = formula;
    f->m_simplified = simplify(formula.expr);
    const int n = formula.dimension();
    for (int i = 0; i < n; ++i) {
        DerivativeResult d = differentiate(f->m_simplified, i);
        if (!d.ok) {
            result.error = {d.message, 0, ""};
            return result;
        }
        f->m_partials.push_back(d.expr);
    }
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (j < i) { // symmetric: reuse ∂²f/∂j∂i
                f->m_second.push_back(f->m_second[static_cast<std::size_t>(j * n + i)]);
                continue;
            }
            DerivativeResult d = differentiate(f->m_partials[static_cast<std::size_t>(i)], j);
            if (!d.ok) {
                result.error = {d.message, 0, ""};
                return result;
            }
            f->m_second.push_back(d.expr);
        }
    }
    std::vector<Expr> outputs{f->m_simplified};
    f->m_valueProgram = Program::compile(outputs, n);
    outputs.insert(outputs.end(), f->m_partials.begin(), f->m_partials.end());
    f->m_gradientProgram = Program::compile(outputs, n);
    outputs.insert(outputs.end(), f->m_second.begin(), f->m_second.end());
    f->m_hessianProgram = Program::compile(outputs, n);
    result.ok = true;
    result.function = std::move(f);
    return result;
}

double CompiledFunction::valueAndGradient(const double* p, double* gradient) const {
    double out[3];
    m_gradientProgram.run(p, out);
    for (int i = 0; i < dimension(); ++i)
        gradient[i] = out[1 + i];
    return out[0];
}

double CompiledFunction::valueGradientHessian(const double* p, double* gradient, double* hessian) const {
    double out[7];
    m_hessianProgram.run(p, out);
    const int n = dimension();
    for (int i = 0; i < n; ++i)
        gradient[i] = out[1 + i];
    for (int k = 0; k < n * n; ++k)
        hessian[k] = out[1 + n + k];
    return out[0];
}

double CompiledFunction::slope(double x) const {
    double g[2] = {0.0, 0.0};
    double p[2] = {x, 0.0};
    valueAndGradient(p, g);
    return g[0];
}

double CompiledFunction::secondDerivative(double x) const {
    double g[2], h[4];
    double p[2] = {x, 0.0};
    valueGradientHessian(p, g, h);
    return h[0];
}

} // namespace gradlab
