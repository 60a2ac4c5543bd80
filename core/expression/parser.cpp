#include "expression/parser.h"

#include "expression/lexer.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace gradlab {

namespace {

class Parser {
public:
    Parser(const std::vector<Token>& tokens, const ParseOptions& options)
        : m_tokens(tokens)
        , m_options(options) {}

    // The formula's tree, or nullptr with m_error set: errors unwind by returning nullptr, not by throwing.
    Expr parseFormula() {
        if (peek().kind == TokenKind::End) {
            fail(Text(GRADLAB_TEXT("gradlab::parser", "empty formula")), 1, "");
            return nullptr;
        }
        Expr e = parseSum();
        if (!e) return nullptr;
        if (peek().kind != TokenKind::End) {
            unexpected(peek());
            return nullptr;
        }
        return e;
    }

    ParseError error() const { return m_error; }

    struct SeenVariable {
        std::string name;
        int column;
    };
    const std::vector<SeenVariable>& seenVariables() const { return m_seen; }

private:
    const Token& peek() const { return m_tokens[m_pos]; }
    const Token& previous() const { return m_tokens[m_pos > 0 ? m_pos - 1 : 0]; }
    const Token& next() { return m_tokens[m_pos++]; }

    void fail(Text message, int column, std::string token) {
        if (m_failed) return;
        m_failed = true;
        m_error = ParseError::at(std::move(message), column, std::move(token));
    }

    /// "… at column N": how most of the parser's sentences end.
    static Text atColumn(TextPattern what, std::vector<Text> args, int column) {
        args.push_back(Text::number(std::to_string(column)));
        return Text(what, std::move(args));
    }

    void unexpected(const Token& t) {
        if (t.kind == TokenKind::End) {
            const Token& p = previous();
            fail(atColumn(GRADLAB_TEXT("gradlab::parser",
                                       "incomplete formula: expected a number, a variable or '(' after %1 at "
                                       "column %2"),
                          {describeToken(p)}, t.column),
                 t.column, "");
        } else if (t.kind == TokenKind::Number) {
            fail(atColumn(GRADLAB_TEXT("gradlab::parser", "missing operator before '%1' at column %2"),
                          {Text::verbatim(t.source)}, t.column),
                 t.column, t.source);
        } else {
            fail(atColumn(GRADLAB_TEXT("gradlab::parser", "unexpected %1 at column %2"), {describeToken(t)},
                          t.column),
                 t.column, t.source);
        }
    }

    bool enter(const Token& at) {
        if (++m_depth > m_options.maxDepth) {
            fail(atColumn(GRADLAB_TEXT("gradlab::parser",
                                       "formula is nested too deeply (more than %1 levels) at column %2"),
                          {Text::number(std::to_string(m_options.maxDepth))}, at.column),
                 at.column, at.source);
            return false;
        }
        return true;
    }

    Expr parseSum() {
        std::vector<Expr> terms;
        Expr first = parseProduct();
        if (!first) return nullptr;
        terms.push_back(std::move(first));
        while (peek().kind == TokenKind::Plus || peek().kind == TokenKind::Minus) {
            const bool minus = next().kind == TokenKind::Minus;
            Expr t = parseProduct();
            if (!t) return nullptr;
            terms.push_back(minus ? Node::negate(std::move(t)) : std::move(t));
        }
        return Node::add(std::move(terms));
    }

    static bool startsImplicitFactor(const Token& t) {
        return t.kind == TokenKind::Identifier || t.kind == TokenKind::LeftParen ||
               t.kind == TokenKind::Number;
    }

    Expr parseProduct() {
        std::vector<Expr> factors;
        Expr first = parseSigned();
        if (!first) return nullptr;
        factors.push_back(std::move(first));
        for (;;) {
            const Token& t = peek();
            if (t.kind == TokenKind::Star) {
                next();
                Expr f = parseSigned();
                if (!f) return nullptr;
                factors.push_back(std::move(f));
            } else if (t.kind == TokenKind::Slash) {
                next();
                Expr d = parseSigned();
                if (!d) return nullptr;
                Expr numerator = Node::multiply(std::move(factors));
                factors.clear();
                factors.push_back(Node::divide(std::move(numerator), std::move(d)));
            } else if (startsImplicitFactor(t)) {
                // "2x", "x sin(x)", "2(x+1)": a factor written without '*'. A number after a factor ("x 2")
                // is refused: it is more often a typo than a product.
                if (t.kind == TokenKind::Number) {
                    unexpected(t);
                    return nullptr;
                }
                Expr f = parsePower();
                if (!f) return nullptr;
                factors.push_back(std::move(f));
            } else {
                break;
            }
        }
        return Node::multiply(std::move(factors));
    }

    // Unary minus binds looser than '^': -x^2 is -(x^2).
    Expr parseSigned() {
        const Token& t = peek();
        if (t.kind == TokenKind::Minus || t.kind == TokenKind::Plus) {
            if (!enter(t)) return nullptr;
            next();
            Expr operand = parseSigned();
            --m_depth;
            if (!operand) return nullptr;
            return t.kind == TokenKind::Minus ? Node::negate(std::move(operand)) : operand;
        }
        return parsePower();
    }

    // '^' is right-associative and its exponent may carry a sign: 2^-1, x^-2.
    Expr parsePower() {
        Expr base = parsePrimary();
        if (!base) return nullptr;
        if (peek().kind == TokenKind::Caret) {
            const Token& caret = next();
            if (!enter(caret)) return nullptr;
            Expr exponent = parseSigned();
            --m_depth;
            if (!exponent) return nullptr;
            return Node::power(std::move(base), std::move(exponent));
        }
        return base;
    }

    Expr parsePrimary() {
        const Token& t = peek();
        switch (t.kind) {
        case TokenKind::Number:
            next();
            return Node::number(t.number);
        case TokenKind::Identifier:
            return parseIdentifier();
        case TokenKind::LeftParen: {
            if (!enter(t)) return nullptr;
            next();
            if (peek().kind == TokenKind::RightParen) {
                fail(atColumn(GRADLAB_TEXT("gradlab::parser", "empty brackets at column %1"), {}, t.column),
                     t.column, "(");
                return nullptr;
            }
            Expr inner = parseSum();
            --m_depth;
            if (!inner) return nullptr;
            if (peek().kind != TokenKind::RightParen) {
                if (peek().kind == TokenKind::End)
                    fail(
                        atColumn(GRADLAB_TEXT("gradlab::parser", "missing ')' to close the '(' at column %1"),
                                 {}, t.column),
                        t.column, "(");
                else
                    unexpected(peek());
                return nullptr;
            }
            next();
            return inner;
        }
        default:
            unexpected(t);
            return nullptr;
        }
    }

    bool isExplicit() const { return !m_options.variables.empty(); }

    int explicitIndex(const std::string& name) const {
        const auto& v = m_options.variables;
        const auto it = std::find(v.begin(), v.end(), name);
        return it == v.end() ? -1 : static_cast<int>(it - v.begin());
    }

    // "xy" reads as x·y when x and y are variables and "xy" is not one itself.
    bool splitsIntoVariables(const std::string& name) const {
        if (name.size() < 2) return false;
        for (char c : name) {
            const std::string one(1, c);
            if (isExplicit() ? explicitIndex(one) < 0 : (c != 'x' && c != 'y')) return false;
        }
        return true;
    }

    static bool looksLikeVariableName(const std::string& name) {
        // A single letter, optionally followed by digits or an underscore suffix: x, w1, w_2, θ.
        if (name.empty()) return false;
        std::size_t firstLength = (static_cast<unsigned char>(name[0]) >= 0x80) ? 2 : 1;
        for (std::size_t i = firstLength; i < name.size(); ++i)
            if (!(name[i] >= '0' && name[i] <= '9') && name[i] != '_') return false;
        return true;
    }

    Expr variableNode(const std::string& name, int column) {
        if (isExplicit()) {
            const int index = explicitIndex(name);
            if (index < 0) {
                std::string list;
                for (const auto& v : m_options.variables)
                    list += (list.empty() ? "" : ", ") + v;
                fail(Text(GRADLAB_TEXT("gradlab::parser",
                                       "unknown variable '%1' at column %2 (the variables are %3)"),
                          {Text::verbatim(name), Text::number(std::to_string(column)), Text::verbatim(list)}),
                     column, name);
                return nullptr;
            }
            return Node::variable(index, name);
        }
        auto it = m_indexByName.find(name);
        if (it == m_indexByName.end()) {
            it = m_indexByName.emplace(name, static_cast<int>(m_seen.size())).first;
            m_seen.push_back({name, column});
        }
        return Node::variable(it->second, name);
    }

    Expr parseIdentifier() {
        const Token& t = next();
        const std::string& name = t.text;
        const bool callFollows = peek().kind == TokenKind::LeftParen;
        const bool isVariable = isExplicit() && explicitIndex(name) >= 0;

        if (!isVariable) {
            if (const auto f = functionByName(name)) {
                if (!callFollows) {
                    fail(atColumn(GRADLAB_TEXT("gradlab::parser", "expected '(' after '%1' at column %2"),
                                  {Text::verbatim(name)}, peek().column),
                         peek().column, peek().source);
                    return nullptr;
                }
                const Token& open = next();
                if (!enter(open)) return nullptr;
                if (peek().kind == TokenKind::RightParen) {
                    fail(atColumn(GRADLAB_TEXT("gradlab::parser", "missing argument of '%1' at column %2"),
                                  {Text::verbatim(name)}, peek().column),
                         peek().column, ")");
                    return nullptr;
                }
                Expr argument = parseSum();
                --m_depth;
                if (!argument) return nullptr;
                if (peek().kind != TokenKind::RightParen) {
                    if (peek().kind == TokenKind::End)
                        fail(atColumn(
                                 GRADLAB_TEXT("gradlab::parser", "missing ')' to close the '(' at column %1"),
                                 {}, open.column),
                             open.column, "(");
                    else
                        unexpected(peek());
                    return nullptr;
                }
                next();
                return Node::call(*f, std::move(argument));
            }
            if (name == "pi" || name == "e") return Node::constant(name);
            if (splitsIntoVariables(name)) {
                std::vector<Expr> factors;
                for (std::size_t i = 0; i < name.size(); ++i) {
                    Expr v = variableNode(std::string(1, name[i]), t.column + static_cast<int>(i));
                    if (!v) return nullptr;
                    factors.push_back(std::move(v));
                }
                return Node::multiply(std::move(factors));
            }
            if (callFollows && !looksLikeVariableName(name)) {
                const std::string suggestion = suggestFunction(name);
                fail(suggestion.empty()
                         ? atColumn(GRADLAB_TEXT("gradlab::parser", "unknown function '%1' at column %2"),
                                    {Text::verbatim(name)}, t.column)
                         : atColumn(GRADLAB_TEXT("gradlab::parser",
                                                 "unknown function '%1' at column %3 (did you mean '%2'?)"),
                                    {Text::verbatim(name), Text::verbatim(suggestion)}, t.column),
                     t.column, t.source);
                return nullptr;
            }
            // "si" or "sqr" is a function name being typed (or mistyped), not a variable.
            if (!looksLikeVariableName(name)) {
                int count = 0;
                const char* const* names = functionNames(&count);
                for (int i = 0; i < count; ++i) {
                    const std::string fn = names[i];
                    if (fn.size() > name.size() && fn.compare(0, name.size(), name) == 0) {
                        fail(atColumn(GRADLAB_TEXT("gradlab::parser",
                                                   "unknown name '%1' at column %3 (did you mean '%2'?)"),
                                      {Text::verbatim(name), Text::verbatim(fn)}, t.column),
                             t.column, t.source);
                        return nullptr;
                    }
                }
            }
            // "sinx" is a forgotten bracket far more often than a variable called sinx.
            if (!callFollows && !looksLikeVariableName(name)) {
                int count = 0;
                const char* const* names = functionNames(&count);
                for (int i = 0; i < count; ++i) {
                    const std::string fn = names[i];
                    if (name.size() > fn.size() && name.compare(0, fn.size(), fn) == 0 &&
                        name.size() - fn.size() <= 2) {
                        fail(atColumn(GRADLAB_TEXT("gradlab::parser",
                                                   "unknown name '%1' at column %3 (did you mean '%2'?)"),
                                      {Text::verbatim(name),
                                       Text::verbatim(fn + "(" + name.substr(fn.size()) + ")")},
                                      t.column),
                             t.column, t.source);
                        return nullptr;
                    }
                }
            }
        }
        return variableNode(name, t.column);
    }

    const std::vector<Token>& m_tokens;
    const ParseOptions& m_options;
    std::size_t m_pos = 0;
    int m_depth = 0;
    bool m_failed = false;
    ParseError m_error;
    std::map<std::string, int> m_indexByName;
    std::vector<SeenVariable> m_seen;
};

} // namespace

Expr remapVariables(const Expr& e, const std::vector<int>& map, const std::vector<std::string>& names) {
    std::unordered_map<const Node*, Expr> memo;
    // Depth is bounded by the parser's nesting limit, so plain recursion is safe here.
    struct Walker {
        const std::vector<int>& map;
        const std::vector<std::string>& names;
        std::unordered_map<const Node*, Expr>& memo;
        Expr operator()(const Expr& n) {
            const auto found = memo.find(n.get());
            if (found != memo.end()) return found->second;
            Expr out;
            switch (n->kind()) {
            case NodeKind::Variable: {
                const int to = map[static_cast<std::size_t>(n->variableIndex())];
                out = Node::variable(to, names[static_cast<std::size_t>(to)]);
                break;
            }
            case NodeKind::Number:
            case NodeKind::Constant:
                out = n;
                break;
            case NodeKind::Negate:
                out = Node::negate((*this)(n->child(0)));
                break;
            case NodeKind::Add:
            case NodeKind::Multiply: {
                std::vector<Expr> c;
                c.reserve(n->children().size());
                for (const Expr& ch : n->children())
                    c.push_back((*this)(ch));
                out = n->kind() == NodeKind::Add ? Node::add(std::move(c)) : Node::multiply(std::move(c));
                break;
            }
            case NodeKind::Divide:
                out = Node::divide((*this)(n->child(0)), (*this)(n->child(1)));
                break;
            case NodeKind::Power:
                out = Node::power((*this)(n->child(0)), (*this)(n->child(1)));
                break;
            case NodeKind::Call:
                out = Node::call(n->function(), (*this)(n->child(0)));
                break;
            }
            memo.emplace(n.get(), out);
            return out;
        }
    };
    return Walker{map, names, memo}(e);
}

ParseResult parse(std::string_view text, const ParseOptions& options) {
    ParseResult result;
    std::vector<Token> tokens;
    LexError lexError;
    if (!tokenize(text, tokens, lexError)) {
        result.error = ParseError::at(lexError.text, lexError.column, lexError.token);
        return result;
    }
    Parser parser(tokens, options);
    Expr e = parser.parseFormula();
    if (!e) {
        result.error = parser.error();
        return result;
    }
    if (options.variables.empty()) {
        const auto& seen = parser.seenVariables();
        if (seen.size() > 2) {
            std::string list;
            for (const auto& v : seen)
                list += (list.empty() ? "" : ", ") + v.name;
            result.error =
                ParseError::at(Text(GRADLAB_TEXT("gradlab::parser", "too many variables: %1 (at most two)"),
                                    {Text::verbatim(list)}),
                               seen[2].column, seen[2].name);
            return result;
        }
        std::vector<std::string> names;
        for (const auto& v : seen)
            names.push_back(v.name);
        std::vector<std::string> sorted = names;
        std::sort(sorted.begin(), sorted.end());
        if (sorted != names) {
            std::vector<int> map(names.size());
            for (std::size_t i = 0; i < names.size(); ++i)
                map[i] = static_cast<int>(std::find(sorted.begin(), sorted.end(), names[i]) - sorted.begin());
            e = remapVariables(e, map, sorted);
        }
        result.formula.variables = sorted;
    } else {
        result.formula.variables = options.variables;
    }
    result.ok = true;
    result.formula.expr = std::move(e);
    result.formula.text = std::string(text);
    return result;
}

} // namespace gradlab
