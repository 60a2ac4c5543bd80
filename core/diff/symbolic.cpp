#include "diff/symbolic.h"

#include "expression/simplify.h"

#include <algorithm>
#include <unordered_map>

namespace gradlab {

namespace {

Expr num(double v) {
    return Node::number(v);
}
Expr neg(Expr e) {
    return makeProduct({num(-1.0), std::move(e)});
}
Expr recip(Expr e) {
    return makePower(std::move(e), num(-1.0));
}

class Differentiator {
public:
    Differentiator(int variable, std::size_t budget, std::size_t sizeCap)
        : m_variable(variable)
        , m_budget(budget)
        , m_sizeCap(sizeCap) {}

    bool exhausted() const { return m_spent > m_budget || m_tooBig; }

    Expr d(const Expr& e) {
        if (exhausted()) return num(0.0);
        const auto found = m_memo.find(e.get());
        if (found != m_memo.end()) return found->second;
        Expr out = compute(e);
        // A derivative can be exponentially larger than its function as a written-out tree (towers of
        // powers): printing, comparing or evaluating it as a tree would then take forever.
        if (out->treeSize() > m_sizeCap) m_tooBig = true;
        m_memo.emplace(e.get(), out);
        return out;
    }

private:
    void spend(std::size_t n) { m_spent += n; }

    Expr compute(const Expr& e) {
        if (!dependsOn(e, m_variable)) return num(0.0);
        switch (e->kind()) {
        case NodeKind::Number:
        case NodeKind::Constant:
            return num(0.0);
        case NodeKind::Variable:
            return num(e->variableIndex() == m_variable ? 1.0 : 0.0);
        case NodeKind::Negate:
            return neg(d(e->child(0)));
        case NodeKind::Add: {
            std::vector<Expr> terms;
            for (const Expr& t : e->children())
                terms.push_back(d(t));
            spend(terms.size());
            return makeSum(std::move(terms));
        }
        case NodeKind::Multiply: {
            // Product rule: sum over i of (f1 … fi' … fn).
            const auto& f = e->children();
            std::vector<Expr> terms;
            for (std::size_t i = 0; i < f.size(); ++i) {
                Expr di = d(f[i]);
                if (di->isNumber(0.0)) continue;
                spend(f.size());
                if (exhausted()) return num(0.0);
                std::vector<Expr> factors(f);
                factors[i] = std::move(di);
                terms.push_back(makeProduct(std::move(factors)));
            }
            return makeSum(std::move(terms));
        }
        case NodeKind::Divide: {
            const Expr& a = e->child(0);
            const Expr& b = e->child(1);
            spend(6);
            return makeSum(
                {makeProduct({d(a), recip(b)}), neg(makeProduct({a, d(b), makePower(b, num(-2.0))}))});
        }
        case NodeKind::Power: {
            const Expr& u = e->child(0);
            const Expr& v = e->child(1);
            spend(6);
            if (!dependsOn(v, m_variable)) // power rule: v u^(v-1) u'
                return makeProduct({v, makePower(u, makeSum({v, num(-1.0)})), d(u)});
            if (!dependsOn(u, m_variable)) // exponential: u^v ln(u) v'
                return makeProduct({e, makeCall(FunctionKind::Log, u), d(v)});
            // u^v (v' ln u + v u'/u)
            return makeProduct({e, makeSum({makeProduct({d(v), makeCall(FunctionKind::Log, u)}),
                                            makeProduct({v, d(u), recip(u)})})});
        }
        case NodeKind::Call: {
            const Expr& u = e->child(0);
            const Expr du = d(u);
            spend(4);
            return makeProduct({outer(e->function(), u, e), du});
        }
        }
        return num(0.0);
    }

    // f'(u) for each built-in function.
    static Expr outer(FunctionKind f, const Expr& u, const Expr& call) {
        switch (f) {
        case FunctionKind::Sin:
            return makeCall(FunctionKind::Cos, u);
        case FunctionKind::Cos:
            return neg(makeCall(FunctionKind::Sin, u));
        case FunctionKind::Tan:
            return makePower(makeCall(FunctionKind::Cos, u), num(-2.0));
        case FunctionKind::Asin:
            return recip(makeCall(FunctionKind::Sqrt, makeSum({num(1.0), neg(makePower(u, num(2.0)))})));
        case FunctionKind::Acos:
            return neg(recip(makeCall(FunctionKind::Sqrt, makeSum({num(1.0), neg(makePower(u, num(2.0)))}))));
        case FunctionKind::Atan:
            return recip(makeSum({num(1.0), makePower(u, num(2.0))}));
        case FunctionKind::Sinh:
            return makeCall(FunctionKind::Cosh, u);
        case FunctionKind::Cosh:
            return makeCall(FunctionKind::Sinh, u);
        case FunctionKind::Tanh:
            return makeSum({num(1.0), neg(makePower(call, num(2.0)))});
        case FunctionKind::Exp:
            return call;
        case FunctionKind::Log:
            return recip(u);
        case FunctionKind::Sqrt:
            return makeProduct({num(0.5), recip(call)});
        case FunctionKind::Abs:
            return makeProduct({u, recip(call)});
        case FunctionKind::Sigmoid:
            return makeProduct({call, makeSum({num(1.0), neg(call)})});
        case FunctionKind::Relu:
            return makeCall(FunctionKind::Step, u);
        case FunctionKind::Softplus:
            return makeCall(FunctionKind::Sigmoid, u);
        case FunctionKind::Step:
            return num(0.0);
        }
        return num(0.0);
    }

    int m_variable;
    std::size_t m_budget;
    std::size_t m_spent = 0;
    std::size_t m_sizeCap;
    bool m_tooBig = false;
    std::unordered_map<const Node*, Expr> m_memo;
};

} // namespace

DerivativeResult differentiate(const Expr& e, int variable, std::size_t budget) {
    DerivativeResult result;
    // Differentiating the canonical form keeps like terms collected before the product rule multiplies them.
    const Expr canonical = simplify(e);
    const std::size_t sizeCap = std::max<std::size_t>(100000, 8 * canonical->treeSize());
    Differentiator differentiator(variable, budget, sizeCap);
    Expr derivative = differentiator.d(canonical);
    if (differentiator.exhausted()) {
        result.message = Text(
            GRADLAB_TEXT("gradlab::derivative", "the derivative of this formula is too large to compute"));
        return result;
    }
    result.ok = true;
    result.expr = std::move(derivative);
    return result;
}

} // namespace gradlab
