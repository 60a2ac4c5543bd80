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
            result.error = ParseError::at(d.message, 0, "");
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
                result.error = ParseError::at(d.message, 0, "");
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

namespace {

// Doubles for one evaluation, on the stack up to f, ∇f and H of two variables (the lessons' hot loops
// then never allocate), on the heap beyond: a formula read with explicit variables may have more.
class Scratch {
public:
    explicit Scratch(int count) {
        if (count > kInline) m_heap.assign(static_cast<std::size_t>(count), 0.0);
    }
    double* data() { return m_heap.empty() ? m_inline : m_heap.data(); }

private:
    static constexpr int kInline = 7;
    double m_inline[kInline] = {};
    std::vector<double> m_heap;
};

} // namespace

double CompiledFunction::valueAndGradient(const double* p, double* gradient) const {
    Scratch out(m_gradientProgram.outputCount());
    m_gradientProgram.run(p, out.data());
    for (int i = 0; i < dimension(); ++i)
        gradient[i] = out.data()[1 + i];
    return out.data()[0];
}

double CompiledFunction::valueGradientHessian(const double* p, double* gradient, double* hessian) const {
    Scratch out(m_hessianProgram.outputCount());
    m_hessianProgram.run(p, out.data());
    const int n = dimension();
    for (int i = 0; i < n; ++i)
        gradient[i] = out.data()[1 + i];
    for (int k = 0; k < n * n; ++k)
        hessian[k] = out.data()[1 + n + k];
    return out.data()[0];
}

double CompiledFunction::slope(double x) const {
    const int n = dimension();
    Scratch p(n), g(n);
    p.data()[0] = x; // the other coordinates stay 0
    valueAndGradient(p.data(), g.data());
    return g.data()[0];
}

double CompiledFunction::secondDerivative(double x) const {
    const int n = dimension();
    Scratch p(n), g(n), h(n * n);
    p.data()[0] = x;
    valueGradientHessian(p.data(), g.data(), h.data());
    return h.data()[0];
}

} // namespace gradlab
