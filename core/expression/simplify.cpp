#include "expression/simplify.h"

#include "expression/tree_evaluate.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace gradlab {

namespace {

constexpr double kNoDegree = -std::numeric_limits<double>::infinity();

bool isInteger(double v) {
    return std::isfinite(v) && std::floor(v) == v;
}

// Total degree of a term, for ordering a sum like a polynomial (numbers last).
double degree(const Expr& e) {
    switch (e->kind()) {
    case NodeKind::Number:
        return kNoDegree;
    case NodeKind::Constant:
        return -1e300;
    case NodeKind::Variable:
        return 1.0;
    case NodeKind::Power: {
        const double d = degree(e->child(0));
        if (e->child(1)->isNumber() && d > 0) return d * e->child(1)->value();
        return 0.0;
    }
    case NodeKind::Multiply: {
        double sum = 0.0;
        bool any = false;
        for (const Expr& c : e->children()) {
            const double d = degree(c);
            if (d > -1e299) {
                sum += d;
                any = true;
            }
        }
        return any ? sum : -1e300;
    }
    case NodeKind::Add: {
        double best = kNoDegree;
        for (const Expr& c : e->children())
            best = std::max(best, degree(c));
        return best;
    }
    default:
        return 0.0;
    }
}

// Degree in the first variable, to break ties: x^2 + x*y + y^2.
double degreeInFirst(const Expr& e) {
    switch (e->kind()) {
    case NodeKind::Variable:
        return e->variableIndex() == 0 ? 1.0 : 0.0;
    case NodeKind::Power:
        if (e->child(1)->isNumber()) return degreeInFirst(e->child(0)) * e->child(1)->value();
        return 0.0;
    case NodeKind::Multiply: {
        double s = 0.0;
        for (const Expr& c : e->children())
            s += degreeInFirst(c);
        return s;
    }
    default:
        return 0.0;
    }
}

bool termBefore(const Expr& a, const Expr& b) {
    const double da = degree(a), db = degree(b);
    if (da != db) return da > db;
    const double fa = degreeInFirst(a), fb = degreeInFirst(b);
    if (fa != fb) return fa > fb;
    Expr ra, rb;
    splitCoefficient(a, &ra);
    splitCoefficient(b, &rb);
    const int c = compare(ra, rb);
    if (c != 0) return c < 0;
    return compare(a, b) < 0;
}

int factorRank(const Expr& f) {
    const Expr& base = f->kind() == NodeKind::Power ? f->child(0) : f;
    switch (base->kind()) {
    case NodeKind::Number:
        return 0;
    case NodeKind::Constant:
        return 1;
    case NodeKind::Variable:
        return 2;
    case NodeKind::Call:
        return 3;
    case NodeKind::Add:
        return 4;
    default:
        return 5;
    }
}

bool factorBefore(const Expr& a, const Expr& b) {
    const int ra = factorRank(a), rb = factorRank(b);
    if (ra != rb) return ra < rb;
    const Expr& ba = a->kind() == NodeKind::Power ? a->child(0) : a;
    const Expr& bb = b->kind() == NodeKind::Power ? b->child(0) : b;
    const int c = compare(ba, bb);
    if (c != 0) return c < 0;
    return compare(a, b) < 0;
}

// Folds f(number) only where the answer is exact, so sin(1) stays sin(1) but cos(0) becomes 1.
bool foldCall(FunctionKind f, double x, double& out) {
    const double v = applyFunction(f, x);
    if (!isInteger(v) || std::fabs(v) > 9007199254740992.0) return false;
    out = v == 0.0 ? 0.0 : v;
    return true;
}

struct Simplifier {
    std::unordered_map<const Node*, Expr> memo;

    Expr operator()(const Expr& n) {
        const auto found = memo.find(n.get());
        if (found != memo.end()) return found->second;
        Expr out;
        switch (n->kind()) {
        case NodeKind::Number:
        case NodeKind::Constant:
        case NodeKind::Variable:
            out = n;
            break;
        case NodeKind::Negate:
            out = makeProduct({Node::number(-1.0), (*this)(n->child(0))});
            break;
        case NodeKind::Divide:
            out = makeProduct({(*this)(n->child(0)), makePower((*this)(n->child(1)), Node::number(-1.0))});
            break;
        case NodeKind::Add:
        case NodeKind::Multiply: {
            std::vector<Expr> c;
            c.reserve(n->children().size());
            for (const Expr& ch : n->children())
                c.push_back((*this)(ch));
            out = n->kind() == NodeKind::Add ? makeSum(std::move(c)) : makeProduct(std::move(c));
            break;
        }
        case NodeKind::Power:
            out = makePower((*this)(n->child(0)), (*this)(n->child(1)));
            break;
        case NodeKind::Call:
            out = makeCall(n->function(), (*this)(n->child(0)));
            break;
        }
        memo.emplace(n.get(), out);
        return out;
    }
};

// A factor without variables whose value is not a number (0^-1, log(0)): 0 times it is undefined, not 0.
bool hasUndefinedConstant(const std::vector<Expr>& factors) {
    for (const Expr& f : factors) {
        if (f->isNumber() || dependsOn(f)) continue;
        if (!std::isfinite(evaluateTree(f, static_cast<const double*>(nullptr)))) return true;
    }
    return false;
}

} // namespace

double splitCoefficient(const Expr& term, Expr* rest) {
    if (term->kind() == NodeKind::Multiply && term->child(0)->isNumber()) {
        const auto& c = term->children();
        if (rest) *rest = Node::multiply(std::vector<Expr>(c.begin() + 1, c.end()));
        return term->child(0)->value();
    }
    if (term->isNumber()) {
        if (rest) *rest = Node::number(1.0);
        return term->value();
    }
    if (rest) *rest = term;
    return 1.0;
}

Expr makeSum(std::vector<Expr> input) {
    std::vector<Expr> terms;
    terms.reserve(input.size());
    for (Expr& t : input) {
        if (t->kind() == NodeKind::Add)
            terms.insert(terms.end(), t->children().begin(), t->children().end());
        else
            terms.push_back(std::move(t));
    }
    double constant = 0.0;
    std::vector<Expr> keys;
    std::vector<double> coefficients;
    std::unordered_map<Expr, std::size_t, ExprHash, ExprEqual> index;
    for (const Expr& t : terms) {
        if (t->isNumber()) {
            constant += t->value();
            continue;
        }
        Expr rest;
        const double c = splitCoefficient(t, &rest);
        const auto [it, inserted] = index.emplace(rest, keys.size());
        if (inserted) {
            keys.push_back(rest);
            coefficients.push_back(c);
        } else {
            coefficients[it->second] += c;
        }
    }
    bool finite = std::isfinite(constant);
    for (double c : coefficients)
        finite = finite && std::isfinite(c);
    if (!finite) return Node::add(std::move(terms)); // leave overflowing constants for evaluation to report

    std::vector<Expr> out;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const double c = coefficients[i];
        if (c == 0.0) continue;
        if (c == 1.0) {
            out.push_back(keys[i]);
        } else {
            std::vector<Expr> factors{Node::number(c)};
            if (keys[i]->kind() == NodeKind::Multiply)
                factors.insert(factors.end(), keys[i]->children().begin(), keys[i]->children().end());
            else
                factors.push_back(keys[i]);
            out.push_back(Node::multiply(std::move(factors)));
        }
    }
    std::stable_sort(out.begin(), out.end(), termBefore);
    if (constant != 0.0 || out.empty()) out.push_back(Node::number(constant == 0.0 ? 0.0 : constant));
    return Node::add(std::move(out));
}

Expr makeProduct(std::vector<Expr> input) {
    std::vector<Expr> factors;
    factors.reserve(input.size());
    for (Expr& f : input) {
        if (f->kind() == NodeKind::Multiply)
            factors.insert(factors.end(), f->children().begin(), f->children().end());
        else
            factors.push_back(std::move(f));
    }
    double coefficient = 1.0;
    std::vector<Expr> bases;
    std::vector<std::vector<Expr>> exponents;
    std::unordered_map<Expr, std::size_t, ExprHash, ExprEqual> index;
    for (const Expr& f : factors) {
        if (f->isNumber()) {
            coefficient *= f->value();
            continue;
        }
        Expr base = f, exponent = Node::number(1.0);
        if (f->kind() == NodeKind::Power) {
            base = f->child(0);
            exponent = f->child(1);
        }
        const auto [it, inserted] = index.emplace(base, bases.size());
        if (inserted) {
            bases.push_back(base);
            exponents.push_back({exponent});
        } else {
            exponents[it->second].push_back(exponent);
        }
    }
    if (!std::isfinite(coefficient)) return Node::multiply(std::move(factors));
    if (coefficient == 0.0 && !hasUndefinedConstant(factors)) return Node::number(0.0);
    if (coefficient == 0.0) return Node::multiply(std::move(factors)); // 0 · (1/0) is not 0

    std::vector<Expr> out;
    bool regroup = false;
    for (std::size_t i = 0; i < bases.size(); ++i) {
        const Expr exponent = exponents[i].size() == 1 ? exponents[i][0] : makeSum(exponents[i]);
        Expr p = makePower(bases[i], exponent);
        if (p->isNumber()) {
            coefficient *= p->value();
        } else {
            // A power that became a product ((2x)^2 = 4x^2) may share bases with other factors.
            if (p->kind() == NodeKind::Multiply) regroup = true;
            out.push_back(std::move(p));
        }
    }
    if (!std::isfinite(coefficient)) return Node::multiply(std::move(factors));
    if (coefficient == 0.0) return Node::number(0.0);
    if (regroup) {
        out.push_back(Node::number(coefficient));
        return makeProduct(std::move(out));
    }
    std::stable_sort(out.begin(), out.end(), factorBefore);
    if (coefficient != 1.0 || out.empty()) out.insert(out.begin(), Node::number(coefficient));
    return Node::multiply(std::move(out));
}

Expr makePower(Expr base, Expr exponent) {
    if (exponent->isNumber(0.0)) return Node::number(1.0);
    if (exponent->isNumber(1.0)) return base;
    if (base->isNumber(1.0)) return Node::number(1.0);
    if (base->isNumber() && exponent->isNumber()) {
        const double b = base->value(), x = exponent->value();
        const double v = std::pow(b, x);
        // 2^3 = 8 and 2^-1 = 0.5 fold; 3^-1 stays a fraction rather than 0.3333333333333333.
        char text[32];
        const auto written = std::to_chars(text, text + sizeof text, v);
        const bool shortDecimal = written.ec == std::errc() && (written.ptr - text) <= 8;
        const bool exact =
            (isInteger(x) && x > 0 && x <= 64) || isInteger(v) || (isInteger(x) && shortDecimal);
        if (std::isfinite(v) && exact) return Node::number(v);
        return Node::power(std::move(base), std::move(exponent));
    }
    if (base->isNumber(0.0) && exponent->isNumber() && exponent->value() > 0) return Node::number(0.0);
    if (base->kind() == NodeKind::Constant && base->name() == "e")
        return makeCall(FunctionKind::Exp, exponent);
    if (exponent->isNumber() && isInteger(exponent->value())) {
        // (b^a)^n = b^(a*n) holds for whole n; (x^2)^0.5 is |x|, so non-integer n is left alone.
        if (base->kind() == NodeKind::Power)
            return makePower(base->child(0), makeProduct({base->child(1), exponent}));
        if (base->kind() == NodeKind::Multiply) {
            std::vector<Expr> factors;
            for (const Expr& f : base->children())
                factors.push_back(makePower(f, exponent));
            return makeProduct(std::move(factors));
        }
    }
    return Node::power(std::move(base), std::move(exponent));
}

Expr makeCall(FunctionKind f, Expr argument) {
    if (argument->isNumber()) {
        double v = 0.0;
        if (foldCall(f, argument->value(), v)) return Node::number(v);
    }
    if (f == FunctionKind::Log && argument->kind() == NodeKind::Call &&
        argument->function() == FunctionKind::Exp)
        return argument->child(0);
    return Node::call(f, std::move(argument));
}

Expr simplify(const Expr& e) {
    return Simplifier{}(e);
}

} // namespace gradlab
