#include "expression/printer.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace gradlab {

namespace {

enum Precedence { Sum = 1, Product = 2, Unary = 3, PowerLevel = 4, Atom = 5 };

struct Printed {
    std::string text;
    int precedence;
};

const char* const kSuperscriptDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
const char* const kSubscriptDigits[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};

bool isSmallInteger(double v) {
    return std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e9;
}

std::string superscriptInteger(double v) {
    // Whole numbers below 1e9 only (isSmallInteger): printed digit by digit, never in exponent form.
    const std::string digits = std::to_string(static_cast<long long>(std::fabs(v)));
    std::string out = v < 0 ? "⁻" : "";
    for (char c : digits)
        out += kSuperscriptDigits[c - '0'];
    return out;
}

const char* greekLatex(const std::string& name) {
    static const char* const names[][2] = {
        {"α", "\\alpha"},      {"β", "\\beta"},      {"γ", "\\gamma"},       {"δ", "\\delta"},
        {"ε", "\\varepsilon"}, {"η", "\\eta"},       {"θ", "\\theta"},       {"λ", "\\lambda"},
        {"μ", "\\mu"},         {"σ", "\\sigma"},     {"τ", "\\tau"},         {"φ", "\\phi"},
        {"ω", "\\omega"},      {"alpha", "\\alpha"}, {"beta", "\\beta"},     {"gamma", "\\gamma"},
        {"delta", "\\delta"},  {"theta", "\\theta"}, {"lambda", "\\lambda"}, {"mu", "\\mu"},
        {"sigma", "\\sigma"},  {"omega", "\\omega"}, {"eta", "\\eta"},       {"phi", "\\phi"}};
    for (const auto& n : names)
        if (name == n[0]) return n[1];
    return nullptr;
}

const char* greekUnicode(const std::string& name) {
    static const char* const names[][2] = {{"alpha", "α"}, {"beta", "β"},   {"gamma", "γ"}, {"delta", "δ"},
                                           {"theta", "θ"}, {"lambda", "λ"}, {"mu", "μ"},    {"sigma", "σ"},
                                           {"omega", "ω"}, {"eta", "η"},    {"phi", "φ"}};
    for (const auto& n : names)
        if (name == n[0]) return n[1];
    return nullptr;
}

// Is this (after printing) a single-letter variable or a power of one? Such factors are written side by
// side in Unicode and LaTeX ("3x²y").
bool isLetterFactor(const Expr& e) {
    const Expr& b = e->kind() == NodeKind::Power ? e->child(0) : e;
    return (b->kind() == NodeKind::Variable || b->kind() == NodeKind::Constant) &&
           (b->name().size() <= 2 || greekLatex(b->name()) != nullptr);
}

// Two letter factors on the same letter (w·w, w·w²) keep their dot: "ww" would read as one name.
bool sameBase(const Expr& a, const Expr& b) {
    const Expr& p = a->kind() == NodeKind::Power ? a->child(0) : a;
    const Expr& q = b->kind() == NodeKind::Power ? b->child(0) : b;
    return p->kind() == q->kind() && p->name() == q->name();
}

// A minus sign in front of something that prints at power level or tighter: -2, -x, -sin(x), -x^2.
bool printsAtPowerLevel(const Expr& e) {
    switch (e->kind()) {
    case NodeKind::Number:
        return e->value() >= 0;
    case NodeKind::Constant:
    case NodeKind::Variable:
    case NodeKind::Call:
        return true;
    case NodeKind::Power:
        return !(e->child(1)->isNumber() && e->child(1)->value() < 0); // else 1/x^n
    default:
        return false;
    }
}

// Does `e` print as signs in front of something at power level ("-2", "--x", "-+-y^z")? The parser reads
// any run of signs after '^', so such an exponent needs no brackets.
bool isSignedAtom(const Expr& e) {
    if (e->isNumber()) return true; // "-2" or "2"
    if (e->kind() == NodeKind::Negate) {
        const Expr& inner = e->child(0);
        return printsAtPowerLevel(inner) || isSignedAtom(inner);
    }
    if (e->kind() == NodeKind::Multiply && e->children().size() == 2 && e->child(0)->isNumber(-1.0))
        return printsAtPowerLevel(e->child(1));
    return false;
}

class Printer {
public:
    explicit Printer(PrintStyle style)
        : m_style(style) {}

    Printed print(const Expr& e) {
        switch (e->kind()) {
        case NodeKind::Number:
            return number(e->value());
        case NodeKind::Constant:
            return {constant(e->name()), Atom};
        case NodeKind::Variable:
            return {variable(e->name()), Atom};
        case NodeKind::Negate: {
            // "--x" rather than "-(-x)": brackets would deepen the nesting the parser allows.
            const Printed inner = print(e->child(0));
            return {minus() + wrapIf(inner, inner.precedence <= Sum), Unary};
        }
        case NodeKind::Add:
            return sum(e);
        case NodeKind::Multiply:
            return product(e);
        case NodeKind::Divide:
            return quotient(print(e->child(0)), print(e->child(1)), false);
        case NodeKind::Power:
            return power(e);
        case NodeKind::Call:
            return call(e);
        }
        return {"?", Atom};
    }

private:
    bool plain() const { return m_style == PrintStyle::Plain; }
    bool latex() const { return m_style == PrintStyle::Latex; }
    std::string minus() const { return m_style == PrintStyle::Unicode ? "−" : "-"; }

    std::string paren(const std::string& s) const {
        return latex() ? "\\left(" + s + "\\right)" : "(" + s + ")";
    }
    std::string wrapIf(const Printed& p, bool condition) const { return condition ? paren(p.text) : p.text; }

    Printed number(double v) const {
        std::string s = formatNumber(std::fabs(v));
        if (latex()) {
            const auto ePos = s.find('e');
            if (ePos != std::string::npos) {
                std::string mant = s.substr(0, ePos), exp = s.substr(ePos + 1);
                if (!exp.empty() && exp[0] == '+') exp.erase(0, 1);
                while (exp.size() > 1 && (exp[0] == '0' || (exp[0] == '-' && exp[1] == '0'))) {
                    if (exp[0] == '-')
                        exp.erase(1, 1);
                    else
                        exp.erase(0, 1);
                }
                s = (mant == "1" ? std::string() : mant + " \\times ") + "10^{" + exp + "}";
            }
        }
        if (v < 0 || (v == 0 && std::signbit(v))) return {minus() + s, Unary};
        return {s, Atom};
    }

    std::string constant(const std::string& name) const {
        if (name == "pi") return plain() ? "pi" : (latex() ? "\\pi" : "π");
        return "e";
    }

    std::string variable(const std::string& name) const {
        if (plain()) return name;
        if (latex()) {
            if (const char* g = greekLatex(name)) return g;
            // w1 -> w_{1}, w_2 -> w_{2}
            const auto split = name.find_first_of("_0123456789");
            if (split != std::string::npos && split > 0) {
                std::string sub = name.substr(split);
                if (sub[0] == '_') sub.erase(0, 1);
                return name.substr(0, split) + "_{" + sub + "}";
            }
            return name.size() > 1 ? "\\mathit{" + name + "}" : name;
        }
        if (const char* g = greekUnicode(name)) return g;
        const auto split = name.find_first_of("0123456789");
        if (split != std::string::npos && split > 0 && name.find('_') == std::string::npos) {
            std::string out = name.substr(0, split);
            bool digitsOnly = true;
            for (std::size_t i = split; i < name.size(); ++i)
                digitsOnly = digitsOnly && std::isdigit(name[i]);
            if (digitsOnly) {
                for (std::size_t i = split; i < name.size(); ++i)
                    out += kSubscriptDigits[name[i] - '0'];
                return out;
            }
        }
        return name;
    }

    // A term of a sum, printed without its sign; `negative` tells the sign.
    Printed unsignedTerm(const Expr& t, bool& negative) {
        negative = false;
        if (t->kind() == NodeKind::Negate) {
            negative = true;
            return print(t->child(0));
        }
        if (t->kind() == NodeKind::Number && t->value() < 0) {
            negative = true;
            return number(-t->value());
        }
        if (t->kind() == NodeKind::Multiply && t->child(0)->isNumber() && t->child(0)->value() < 0) {
            negative = true;
            return product(t, true);
        }
        return print(t);
    }

    Printed sum(const Expr& e) {
        std::vector<Expr> terms = e->children();
        // "1 - x" reads better than "-x + 1": lead with a positive constant when the first term is negative.
        auto isNegative = [](const Expr& t) {
            return t->kind() == NodeKind::Negate || (t->isNumber() && t->value() < 0) ||
                   (t->kind() == NodeKind::Multiply && t->child(0)->isNumber() && t->child(0)->value() < 0);
        };
        // Only canonical sums (no Negate nodes) are reordered: a tree as typed prints in its own order, so
        // it reads back to exactly the same arithmetic.
        if (terms.size() >= 2 && isNegative(terms.front()) && terms.front()->kind() != NodeKind::Negate) {
            const auto positive =
                std::find_if(terms.begin(), terms.end(), [&](const Expr& t) { return !isNegative(t); });
            if (positive != terms.end()) std::rotate(terms.begin(), positive, positive + 1);
        }
        std::string out;
        for (std::size_t i = 0; i < terms.size(); ++i) {
            bool negative = false;
            const Printed p = unsignedTerm(terms[i], negative);
            // A nested sum needs brackets after a minus; a term printed as a unary minus always does.
            const bool wrap = p.precedence <= Sum || (p.precedence == Unary && (i > 0 || negative));
            const std::string text = wrapIf(p, wrap);
            if (i == 0)
                out = negative ? minus() + text : text;
            else
                out += negative ? " " + minus() + " " + text : " + " + text;
        }
        const bool leadingMinus = out.rfind(minus(), 0) == 0;
        return {out, leadingMinus && terms.size() == 1 ? Unary : Sum};
    }

    // Prints a product; canonical products put factors with negative exponents under a fraction bar.
    Printed product(const Expr& e, bool dropSign = false) {
        double coefficient = 1.0;
        std::vector<Expr> numerator, denominator;
        for (const Expr& f : e->children()) {
            if (f->isNumber() && &f == &e->children().front()) {
                coefficient = f->value();
            } else if (f->kind() == NodeKind::Power && f->child(1)->isNumber() && f->child(1)->value() < 0) {
                const double n = -f->child(1)->value();
                denominator.push_back(n == 1.0 ? f->child(0) : Node::power(f->child(0), Node::number(n)));
            } else {
                numerator.push_back(f);
            }
        }
        const bool negative = coefficient < 0 || (coefficient == 0 && std::signbit(coefficient));
        const double magnitude = std::fabs(coefficient);
        Printed result;
        if (!denominator.empty()) {
            // A lone factor keeps its own precedence, so quotient() brackets it exactly once.
            const Printed numP =
                (numerator.size() == 1 && magnitude == 1.0)
                    ? print(numerator[0])
                    : Printed{numerator.empty() && magnitude == 1.0 ? "1" : factors(numerator, magnitude),
                              numerator.empty() ? Atom : Product};
            const Printed denP =
                denominator.size() == 1 ? print(denominator[0]) : Printed{factors(denominator, 1.0), Product};
            result = quotient(numP, denP, true);
        } else {
            if (numerator.size() == 1 && magnitude == 1.0) {
                // One factor: printed once (printing it twice per level would be exponential in depth).
                result = print(numerator[0]);
            } else {
                const std::string num = factors(numerator, magnitude);
                result = {num.empty() ? "1" : num,
                          (numerator.size() + (magnitude != 1.0)) > 1 ? Product : Atom};
            }
        }
        if (negative && !dropSign)
            return {minus() + wrapIf(result, result.precedence <= Sum || result.precedence == Unary), Unary};
        return result;
    }

    std::string factors(const std::vector<Expr>& list, double coefficient) {
        std::string out;
        bool previousIsCoefficient = false;
        Expr previous;
        std::string previousText;
        if (coefficient != 1.0 || list.empty()) {
            if (!(coefficient == 1.0 && list.empty())) out = number(coefficient).text;
            previousIsCoefficient = !out.empty();
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Expr& f = list[i];
            const Printed p = print(f);
            // A factor with its own sign or a quotient (other than the first) is bracketed: 2*(-x), a*(b/c).
            const bool first = out.empty();
            const bool wrap =
                p.precedence < Product || p.precedence == Unary || (p.precedence == Product && !first);
            const std::string text = wrapIf(p, wrap);
            if (!first) {
                if (plain()) {
                    out += "*";
                } else {
                    const bool startsWithDigit =
                        !text.empty() && std::isdigit(static_cast<unsigned char>(text[0]));
                    const bool sideBySide = (previousIsCoefficient && !startsWithDigit) ||
                                            (previous && isLetterFactor(previous) && isLetterFactor(f) &&
                                             !sameBase(previous, f)) ||
                                            (!startsWithDigit && wrap);
                    const bool afterCommand = latex() && previousText.rfind('\\', 0) == 0;
                    out += sideBySide ? (afterCommand ? " " : "") : (latex() ? " \\cdot " : "·");
                }
            }
            out += text;
            previousText = text;
            previousIsCoefficient = f->isNumber();
            previous = f;
        }
        return out;
    }

    Printed quotient(const Printed& a, const Printed& b, bool canonical) const {
        if (latex()) return {"\\frac{" + a.text + "}{" + b.text + "}", Atom};
        const std::string num = wrapIf(a, a.precedence < Product || (a.precedence == Unary && !canonical));
        const std::string den = wrapIf(b, b.precedence < PowerLevel);
        return {num + "/" + den, Product};
    }

    Printed power(const Expr& e) {
        const Expr& base = e->child(0);
        const Expr& exponent = e->child(1);
        if (exponent->isNumber() && exponent->value() < 0) {
            // b^-n reads as 1/b^n.
            const double n = -exponent->value();
            const Expr positive = n == 1.0 ? base : Node::power(base, Node::number(n));
            Printed p = print(positive);
            if (p.precedence >= PowerLevel) p.precedence = Atom;
            return quotient({"1", Atom}, p, true);
        }
        const Printed b = print(base);
        const std::string baseText = wrapIf(b, b.precedence <= PowerLevel);
        if (m_style == PrintStyle::Unicode && exponent->isNumber() && isSmallInteger(exponent->value()))
            return {baseText + superscriptInteger(exponent->value()), PowerLevel};
        const Printed x = print(exponent);
        if (latex()) return {baseText + "^{" + x.text + "}", PowerLevel};
        // x^-2, 2^-x and x^-y^z read back without brackets (the parser takes a sign after '^'), which keeps
        // the nesting of printed text no deeper than that of the text it came from. A negated product or
        // quotient keeps them: x^(-2*y) is not x^-2*y.
        return {baseText + "^" + wrapIf(x, x.precedence < PowerLevel && !isSignedAtom(exponent)), PowerLevel};
    }

    Printed call(const Expr& e) {
        const FunctionKind f = e->function();
        const Printed arg = print(e->child(0));
        const std::string name(functionName(f));
        if (plain()) return {name + "(" + arg.text + ")", Atom};
        if (latex()) {
            switch (f) {
            case FunctionKind::Sqrt:
                return {"\\sqrt{" + arg.text + "}", Atom};
            case FunctionKind::Abs:
                return {"\\left|" + arg.text + "\\right|", Atom};
            case FunctionKind::Exp:
                return {"e^{" + arg.text + "}", PowerLevel};
            case FunctionKind::Log:
                return {"\\ln" + paren(arg.text), Atom};
            case FunctionKind::Sigmoid:
                return {"\\sigma" + paren(arg.text), Atom};
            case FunctionKind::Asin:
                return {"\\arcsin" + paren(arg.text), Atom};
            case FunctionKind::Acos:
                return {"\\arccos" + paren(arg.text), Atom};
            case FunctionKind::Atan:
                return {"\\arctan" + paren(arg.text), Atom};
            case FunctionKind::Relu:
            case FunctionKind::Softplus:
            case FunctionKind::Step:
                return {"\\operatorname{" + name + "}" + paren(arg.text), Atom};
            default:
                return {"\\" + name + paren(arg.text), Atom};
            }
        }
        switch (f) {
        // √x binds like a power: (√x)³ needs its brackets.
        case FunctionKind::Sqrt:
            return {"√" + wrapIf(arg, arg.precedence < Atom), PowerLevel};
        case FunctionKind::Abs:
            return {"|" + arg.text + "|", Atom};
        case FunctionKind::Exp: {
            const Expr& a = e->child(0);
            if (a->kind() == NodeKind::Variable && a->name() == "x") return {"eˣ", PowerLevel};
            if (a->kind() == NodeKind::Variable && a->name() == "y") return {"eʸ", PowerLevel};
            if (a->kind() == NodeKind::Variable && a->name() == "w") return {"eʷ", PowerLevel};
            if (a->isNumber() && isSmallInteger(a->value()))
                return {"e" + superscriptInteger(a->value()), PowerLevel};
            return {"exp(" + arg.text + ")", Atom};
        }
        case FunctionKind::Log:
            return {"ln(" + arg.text + ")", Atom};
        case FunctionKind::Sigmoid:
            return {"σ(" + arg.text + ")", Atom};
        default:
            return {name + "(" + arg.text + ")", Atom};
        }
    }

    PrintStyle m_style;
};

} // namespace

std::string formatNumber(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string asOperand(const std::string& number) {
    // Both minus signs: ASCII from formatNumber, U+2212 from the lessons' own printing.
    const bool negative = number.rfind("-", 0) == 0 || number.rfind("\u2212", 0) == 0;
    return negative ? "(" + number + ")" : number;
}

std::string print(const Expr& e, PrintStyle style) {
    return Printer(style).print(e).text;
}

} // namespace gradlab
