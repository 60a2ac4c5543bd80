#include "codegen/python_expression.h"

#include "expression/tree_evaluate.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>

namespace gradlab {

namespace {

// Python's binding strength, weakest first. A subexpression is bracketed when it binds less tightly than
// its place needs.
enum Level { Sum = 1, Product = 2, Unary = 3, PowerLevel = 4, Atom = 5 };

struct Text {
    std::string code;
    int level = Atom;
};

bool isWhole(double v) {
    return std::isfinite(v) && std::floor(v) == v;
}

class Translator {
public:
    Translator(ScriptLanguage language, const std::vector<std::string>& names, KinkRule kinks)
        : m_language(language)
        , m_names(names)
        , m_kinks(kinks) {}

    PythonExpression run(const Expr& e) {
        PythonExpression out;
        const Text t = emit(e);
        if (!m_problem.empty()) {
            out.problem = m_problem;
            return out;
        }
        out.code = t.code;
        std::sort(m_helpers.begin(), m_helpers.end());
        m_helpers.erase(std::unique(m_helpers.begin(), m_helpers.end()), m_helpers.end());
        out.helpers = m_helpers;
        return out;
    }

private:
    bool torch() const { return m_language == ScriptLanguage::Torch; }
    const char* lib() const { return torch() ? "torch." : "np."; }

    static std::string bracket(const Text& t, int needed) {
        return t.level < needed ? "(" + t.code + ")" : t.code;
    }
    std::string at(const Expr& e, int needed) { return bracket(emit(e), needed); }

    Text number(double v) {
        const std::string s = pythonNumber(v, m_language);
        return {s, s[0] == '-' ? Unary : Atom};
    }

    // A part without variables is a Python float in the script. Where Python's float arithmetic would raise
    // or turn complex (1/0, 0**-1, (-8)**(1/3), 10**400), or where PyTorch needs a tensor (torch.sin(2)),
    // the part becomes a float64 scalar of the library, which gives inf and nan as GradLab does.
    std::string asFloat64(const Expr& e) {
        if (torch()) return "torch.tensor(" + emit(e).code + ", dtype=torch.float64)";
        return "np.float64(" + emit(e).code + ")";
    }
    static double constantValue(const Expr& e) {
        return evaluateTree(e, static_cast<const double*>(nullptr));
    }

    Text emit(const Expr& e) {
        switch (e->kind()) {
        case NodeKind::Number:
            return number(e->value());
        case NodeKind::Constant:
            if (e->name() == "pi") return {std::string(lib()) + "pi", Atom};
            if (e->name() == "e") return {std::string(lib()) + "e", Atom};
            return number(e->value());
        case NodeKind::Variable: {
            const auto i = static_cast<std::size_t>(e->variableIndex());
            if (i >= m_names.size()) {
                m_problem = "the formula's variable " + e->name() + " has no Python name";
                return {};
            }
            return {m_names[i], Atom};
        }
        case NodeKind::Negate:
            // -x**2 is -(x**2) in Python as in GradLab; -(-3) and -(a*b) keep their brackets.
            return {"-" + at(e->child(0), PowerLevel), Unary};
        case NodeKind::Add:
            return sum(e);
        case NodeKind::Multiply:
            return product(e->children(), dependsOn(e));
        case NodeKind::Divide:
            return divide(e->child(0), e->child(1));
        case NodeKind::Power:
            // u^-n for whole n is 1 / u**n, as GradLab's compiled program evaluates it.
            if (e->child(1)->isNumber() && e->child(1)->value() < 0 && isWhole(e->child(1)->value()))
                return product({e}, dependsOn(e));
            return power(e->child(0), e->child(1));
        case NodeKind::Call:
            return call(e->function(), e->child(0));
        }
        m_problem = "an unknown kind of node";
        return {};
    }

    // Written in the order GradLab's compiled program adds: the positive terms, then the subtracted ones,
    // then the numbers folded into one (x**2 - 3*x + 2).
    Text sum(const Expr& e) {
        double k = 0.0;
        bool haveK = false;
        std::vector<std::string> plus, minus;
        for (const Expr& t : e->children()) {
            if (t->isNumber()) {
                k += t->value();
                haveK = true;
            } else if (t->kind() == NodeKind::Multiply && t->child(0)->isNumber() &&
                       t->child(0)->value() < 0) {
                std::vector<Expr> f(t->children());
                const double c = -f[0]->value();
                if (c == 1.0)
                    f.erase(f.begin());
                else
                    f[0] = Node::number(c);
                minus.push_back(at(f.size() == 1 ? f[0] : Node::multiply(std::move(f)), Product));
            } else if (t->kind() == NodeKind::Negate) {
                minus.push_back(at(t->child(0), Product));
            } else {
                plus.push_back(at(t, plus.empty() ? Sum : Product));
            }
        }
        std::string code;
        if (!plus.empty()) {
            code = plus[0];
            for (std::size_t i = 1; i < plus.size(); ++i)
                code += " + " + plus[i];
        } else if (haveK && !minus.empty()) {
            code = number(k).code; // k - a - b
            haveK = false;
        } else if (minus.empty()) {
            return number(k);
        }
        for (std::size_t i = 0; i < minus.size(); ++i)
            code += code.empty() ? "-" + minus[i] : " - " + minus[i];
        if (haveK && k != 0.0) {
            const std::string n = pythonNumber(std::fabs(k), m_language);
            code += (std::signbit(k) ? " - " : " + ") + n;
        }
        return {code, Sum};
    }

    // c * a * b / (d * e**2): numbers folded into one coefficient, factors with negative whole exponents
    // written under one division, as GradLab's compiled program evaluates them.
    Text product(const std::vector<Expr>& factors, bool hasVariables) {
        double c = 1.0;
        double denominatorValue = 1.0; // with Python's floats when the product has no variables
        std::vector<std::string> numerator, denominator;
        for (const Expr& f : factors) {
            if (f->isNumber()) {
                c *= f->value();
            } else if (f->kind() == NodeKind::Power && f->child(1)->isNumber() && f->child(1)->value() < 0 &&
                       isWhole(f->child(1)->value())) {
                const double n = -f->child(1)->value();
                if (!hasVariables) denominatorValue *= std::pow(constantValue(f->child(0)), n);
                denominator.push_back(n == 1.0 ? at(f->child(0), Unary)
                                               : at(f->child(0), Atom) + "**" + pythonNumber(n, m_language));
            } else {
                numerator.push_back(at(f, Unary));
            }
        }
        if (numerator.empty() && denominator.empty()) return number(c);
        std::string den;
        for (std::size_t i = 0; i < denominator.size(); ++i)
            den += (i ? " * " : "") + denominator[i];
        if (denominator.size() > 1) den = "(" + den + ")";
        // 3 / 0 (or 1 / 1e-200**2) with Python's floats raises; as float64 it is inf, as in GradLab.
        const bool pythonFloats = !hasVariables && !denominator.empty() && denominatorValue == 0.0;
        const std::string coefficient = pythonFloats ? asFloat64(Node::number(c)) : number(c).code;
        std::string code;
        if (numerator.empty()) {
            code = coefficient + " / " + den;
        } else {
            code = pythonFloats ? coefficient + " * " : c == 1.0 ? "" : c == -1.0 ? "-" : coefficient + " * ";
            for (std::size_t i = 0; i < numerator.size(); ++i)
                code += (i ? " * " : "") + numerator[i];
            if (!den.empty()) code += " / " + den;
        }
        return {code, Product};
    }

    Text divide(const Expr& a, const Expr& b) {
        std::string left = at(a, Product);
        if (!dependsOn(a) && !dependsOn(b) && constantValue(b) == 0.0) left = asFloat64(a);
        return {left + " / " + at(b, Unary), Product};
    }

    Text power(const Expr& base, const Expr& exponent) {
        // GradLab evaluates u^0.5 as sqrt(u) (they differ at -inf only).
        if (exponent->isNumber(0.5)) return call(FunctionKind::Sqrt, base);
        std::string b = at(base, Atom);
        if (!dependsOn(base) && !dependsOn(exponent) &&
            !std::isfinite(std::pow(constantValue(base), constantValue(exponent))))
            b = asFloat64(base);
        return {b + "**" + at(exponent, Atom), PowerLevel};
    }

    Text call(FunctionKind f, const Expr& argument) {
        // PyTorch's functions take tensors only: a constant argument becomes a float64 tensor.
        const std::string arg = torch() && !dependsOn(argument) ? asFloat64(argument) : emit(argument).code;
        const auto named = [&](const char* numpyName, const char* torchName) -> Text {
            return {std::string(torch() ? torchName : numpyName) + "(" + arg + ")", Atom};
        };
        switch (f) {
        case FunctionKind::Sin:
            return named("np.sin", "torch.sin");
        case FunctionKind::Cos:
            return named("np.cos", "torch.cos");
        case FunctionKind::Tan:
            return named("np.tan", "torch.tan");
        case FunctionKind::Asin:
            return named("np.arcsin", "torch.asin");
        case FunctionKind::Acos:
            return named("np.arccos", "torch.acos");
        case FunctionKind::Atan:
            return named("np.arctan", "torch.atan");
        case FunctionKind::Sinh:
            return named("np.sinh", "torch.sinh");
        case FunctionKind::Cosh:
            return named("np.cosh", "torch.cosh");
        case FunctionKind::Tanh:
            return named("np.tanh", "torch.tanh");
        case FunctionKind::Exp:
            return named("np.exp", "torch.exp");
        case FunctionKind::Log: // GradLab's log and ln are the natural logarithm, as np.log and torch.log
            return named("np.log", "torch.log");
        case FunctionKind::Sqrt:
            return named("np.sqrt", "torch.sqrt");
        case FunctionKind::Abs:
            if (!torch() || m_kinks == KinkRule::Autograd) return named("np.abs", "torch.abs");
            m_helpers.push_back(PythonHelper::Abs);
            return named("", "abs_");
        case FunctionKind::Relu: // both keep nan, as GradLab does
            if (torch()) return named("", "torch.relu");
            return {"np.maximum(" + arg + ", 0.0)", Atom};
        case FunctionKind::Sigmoid:
            // torch.sigmoid is GradLab's sigmoid, and its backward() is GradLab's s*(1 - s), except below
            // z = -708 where the value is subnormal and torch.sigmoid gives 0.
            if (torch()) return named("", "torch.sigmoid");
            m_helpers.push_back(PythonHelper::Sigmoid);
            return named("sigmoid", "");
        case FunctionKind::Softplus:
            m_helpers.push_back(PythonHelper::Softplus);
            return named("softplus", "softplus");
        case FunctionKind::Step:
            m_helpers.push_back(PythonHelper::Step);
            return named("step", "step");
        }
        m_problem = "an unknown function";
        return {};
    }

    ScriptLanguage m_language;
    const std::vector<std::string>& m_names;
    KinkRule m_kinks;
    std::vector<PythonHelper> m_helpers;
    std::string m_problem;
};

const char* definition(PythonHelper helper, ScriptLanguage language) {
    const bool torch = language == ScriptLanguage::Torch;
    switch (helper) {
    case PythonHelper::Sigmoid: // PyTorch's torch.sigmoid is used directly
        return "def sigmoid(z):\n"
               "    # 1 / (1 + e^-z) for z >= 0 and e^z / (1 + e^z) for z < 0: no exponential overflows.\n"
               "    e = np.exp(-np.abs(z))\n"
               "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))[()]  # [()]: a number stays a number\n";
    case PythonHelper::Softplus:
        return torch ? "def softplus(z):\n"
                       "    # log(1 + e^z) = relu(z) + log(1 + e^-|z|), which never overflows; its "
                       "derivative is\n"
                       "    # sigmoid(z), 1/2 at 0. (torch.nn.functional.softplus returns z itself above z = "
                       "20.)\n"
                       "    return torch.relu(z) + torch.log1p(torch.exp(torch.where(z > 0, -z, z)))\n"
                     : "def softplus(z):\n"
                       "    # log(1 + e^z) = max(z, 0) + log(1 + e^-|z|), which never overflows.\n"
                       "    return np.logaddexp(z, 0.0)\n";
    case PythonHelper::Step:
        return torch ? "def step(z):\n"
                       "    # 1 where z > 0, 0 where z <= 0 (step(0) = 0, as relu'(0) = 0), nan stays nan; "
                       "its\n"
                       "    # derivative is 0 (torch.heaviside has none).\n"
                       "    one, zero = torch.ones_like(z), torch.zeros_like(z)\n"
                       "    return torch.where(z > 0, one, torch.where(torch.isnan(z), z, zero))\n"
                     : "def step(z):\n"
                       "    # 1 where z > 0, 0 where z <= 0: step(0) = 0, as relu'(0) = 0 in PyTorch.\n"
                       "    return np.heaviside(z, 0.0)\n";
    case PythonHelper::Abs:
        return "class Abs(torch.autograd.Function):\n"
               "    # |z|, whose derivative z/|z| does not exist at the kink z = 0: there backward() gives "
               "nan,\n"
               "    # as GradLab says \"undefined\", where torch.abs's backward() would give 0.\n"
               "    @staticmethod\n"
               "    def forward(ctx, z):\n"
               "        ctx.save_for_backward(z)\n"
               "        return torch.abs(z)\n"
               "\n"
               "    @staticmethod\n"
               "    def backward(ctx, grad):\n"
               "        (z,) = ctx.saved_tensors\n"
               "        return grad * (z / torch.abs(z))\n"
               "\n"
               "\n"
               "def abs_(z):\n"
               "    return Abs.apply(z)\n";
    }
    return "";
}

} // namespace

std::string pythonNumber(double v, ScriptLanguage language) {
    const char* lib = language == ScriptLanguage::Torch ? "torch." : "np.";
    if (std::isnan(v)) return std::string(lib) + "nan";
    if (std::isinf(v)) return (v < 0 ? "-" : "") + std::string(lib) + "inf";
    if (v == 0.0) return std::signbit(v) ? "-0.0" : "0";
    // Python's repr rule: positional from 1e-4 up to 1e16, scientific outside, so that the text never has
    // more than 17 significant digits (to_chars alone would write 1730922956981859840).
    char text[40];
    const double magnitude = std::fabs(v);
    const auto format =
        magnitude >= 1e-4 && magnitude < 1e16 ? std::chars_format::fixed : std::chars_format::scientific;
    const auto written = std::to_chars(text, text + sizeof text, v, format);
    return std::string(text, written.ptr);
}

PythonExpression pythonExpression(const Expr& e, ScriptLanguage language,
                                  const std::vector<std::string>& variableNames, KinkRule kinks) {
    return Translator(language, variableNames, kinks).run(e);
}

std::string pythonDefinitions(const std::vector<PythonExpression>& expressions, ScriptLanguage language) {
    std::vector<PythonHelper> all;
    for (const PythonExpression& e : expressions)
        all.insert(all.end(), e.helpers.begin(), e.helpers.end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    std::string out;
    for (const PythonHelper h : all)
        out += std::string(definition(h, language)) + "\n\n";
    return out;
}

} // namespace gradlab
