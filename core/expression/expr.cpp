#include "expression/expr.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <unordered_map>

namespace gradlab {

namespace {
std::size_t mix(std::size_t seed, std::size_t v) {
    return seed ^ (v + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

std::size_t hashDouble(double v) {
    if (v == 0.0) v = 0.0; // +0 and -0 hash alike; equal() still tells them apart bit for bit
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return std::hash<std::uint64_t>{}(bits);
}

std::size_t saturatingAdd(std::size_t a, std::size_t b) {
    const std::size_t cap = std::numeric_limits<std::size_t>::max() / 2;
    return (a > cap - b) ? cap : a + b;
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}
} // namespace

Node::Node(Private, NodeKind kind, double value, int index, std::string name, FunctionKind f,
           std::vector<Expr> children)
    : m_kind(kind)
    , m_value(value)
    , m_index(index)
    , m_name(std::move(name))
    , m_function(f)
    , m_children(std::move(children)) {
    std::size_t h = std::hash<int>{}(static_cast<int>(kind) * 131 + 7);
    switch (kind) {
    case NodeKind::Number:
        h = mix(h, hashDouble(value));
        break;
    case NodeKind::Constant:
        h = mix(h, std::hash<std::string>{}(m_name));
        break;
    case NodeKind::Variable:
        h = mix(h, static_cast<std::size_t>(index));
        break;
    case NodeKind::Call:
        h = mix(h, static_cast<std::size_t>(f));
        break;
    default:
        break;
    }
    std::size_t depth = 0;
    for (const Expr& c : m_children) {
        h = mix(h, c->hash());
        m_treeSize = saturatingAdd(m_treeSize, c->treeSize());
        depth = std::max(depth, c->depth());
    }
    m_depth = depth + 1;
    m_hash = h;
}

Expr Node::number(double v) {
    return std::make_shared<const Node>(Private{}, NodeKind::Number, v, -1, std::string(), FunctionKind::Sin,
                                        std::vector<Expr>{});
}

Expr Node::constant(const std::string& name) {
    const double v = (name == "pi") ? 3.14159265358979323846 : 2.71828182845904523536;
    return std::make_shared<const Node>(Private{}, NodeKind::Constant, v, -1, name, FunctionKind::Sin,
                                        std::vector<Expr>{});
}

Expr Node::variable(int index, const std::string& name) {
    return std::make_shared<const Node>(Private{}, NodeKind::Variable, 0.0, index, name, FunctionKind::Sin,
                                        std::vector<Expr>{});
}

Expr Node::negate(Expr a) {
    return std::make_shared<const Node>(Private{}, NodeKind::Negate, 0.0, -1, std::string(),
                                        FunctionKind::Sin, std::vector<Expr>{std::move(a)});
}

Expr Node::add(std::vector<Expr> terms) {
    if (terms.empty()) return number(0.0);
    if (terms.size() == 1) return terms.front();
    return std::make_shared<const Node>(Private{}, NodeKind::Add, 0.0, -1, std::string(), FunctionKind::Sin,
                                        std::move(terms));
}

Expr Node::multiply(std::vector<Expr> factors) {
    if (factors.empty()) return number(1.0);
    if (factors.size() == 1) return factors.front();
    return std::make_shared<const Node>(Private{}, NodeKind::Multiply, 0.0, -1, std::string(),
                                        FunctionKind::Sin, std::move(factors));
}

Expr Node::divide(Expr a, Expr b) {
    return std::make_shared<const Node>(Private{}, NodeKind::Divide, 0.0, -1, std::string(),
                                        FunctionKind::Sin, std::vector<Expr>{std::move(a), std::move(b)});
}

Expr Node::power(Expr base, Expr exponent) {
    return std::make_shared<const Node>(Private{}, NodeKind::Power, 0.0, -1, std::string(), FunctionKind::Sin,
                                        std::vector<Expr>{std::move(base), std::move(exponent)});
}

Expr Node::call(FunctionKind f, Expr argument) {
    return std::make_shared<const Node>(Private{}, NodeKind::Call, 0.0, -1, std::string(), f,
                                        std::vector<Expr>{std::move(argument)});
}

// equal() and compare() walk trees with an explicit stack so that very deep trees cannot overflow it.
bool equal(const Expr& a, const Expr& b) {
    std::vector<std::pair<const Node*, const Node*>> stack{{a.get(), b.get()}};
    while (!stack.empty()) {
        auto [x, y] = stack.back();
        stack.pop_back();
        if (x == y) continue;
        if (x->hash() != y->hash() || x->kind() != y->kind() || x->children().size() != y->children().size())
            return false;
        switch (x->kind()) {
        case NodeKind::Number:
            if (!sameBits(x->value(), y->value())) return false;
            break;
        case NodeKind::Constant:
            if (x->name() != y->name()) return false;
            break;
        case NodeKind::Variable:
            if (x->variableIndex() != y->variableIndex()) return false;
            break;
        case NodeKind::Call:
            if (x->function() != y->function()) return false;
            break;
        default:
            break;
        }
        for (std::size_t i = 0; i < x->children().size(); ++i)
            stack.emplace_back(x->child(i).get(), y->child(i).get());
    }
    return true;
}

int compare(const Expr& a, const Expr& b) {
    std::vector<std::pair<const Node*, const Node*>> stack{{a.get(), b.get()}};
    while (!stack.empty()) {
        auto [x, y] = stack.back();
        stack.pop_back();
        if (x == y) continue;
        if (x->kind() != y->kind()) return static_cast<int>(x->kind()) < static_cast<int>(y->kind()) ? -1 : 1;
        switch (x->kind()) {
        case NodeKind::Number:
            if (x->value() != y->value()) return x->value() < y->value() ? -1 : 1;
            break;
        case NodeKind::Constant:
            if (x->name() != y->name()) return x->name() < y->name() ? -1 : 1;
            break;
        case NodeKind::Variable:
            if (x->variableIndex() != y->variableIndex())
                return x->variableIndex() < y->variableIndex() ? -1 : 1;
            break;
        case NodeKind::Call:
            if (x->function() != y->function()) return x->function() < y->function() ? -1 : 1;
            break;
        default:
            break;
        }
        if (x->children().size() != y->children().size())
            return x->children().size() < y->children().size() ? -1 : 1;
        // Push in reverse so the first child is compared first.
        for (std::size_t i = x->children().size(); i-- > 0;)
            stack.emplace_back(x->child(i).get(), y->child(i).get());
    }
    return 0;
}

bool dependsOn(const Expr& e, int index) {
    std::vector<const Node*> stack{e.get()};
    std::unordered_map<const Node*, bool> seen;
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (!seen.emplace(n, true).second) continue;
        if (n->kind() == NodeKind::Variable && (index < 0 || n->variableIndex() == index)) return true;
        for (const Expr& c : n->children())
            stack.push_back(c.get());
    }
    return false;
}

} // namespace gradlab
