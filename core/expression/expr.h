#pragma once
// The expression tree shared by the parser, the simplifier, the differentiator, the printers and the
// compiler. Nodes are immutable and shared, so subtrees can be reused freely (a derivative shares most of
// its nodes with the function it came from).

#include "expression/function_kind.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace gradlab {

enum class NodeKind {
    Number,   ///< a literal such as 3 or 0.5
    Constant, ///< a named constant: pi or e
    Variable, ///< one of the formula's (at most two) variables, by index
    Negate,   ///< unary minus (raw trees only; the simplifier turns it into a product with -1)
    Add,      ///< n-ary sum
    Multiply, ///< n-ary product
    Divide,   ///< a / b (raw trees only; the simplifier turns it into a * b^-1)
    Power,    ///< base ^ exponent
    Call,     ///< a built-in function applied to one argument
};

class Node;
using Expr = std::shared_ptr<const Node>;

class Node {
public:
    NodeKind kind() const { return m_kind; }
    /// The value of a Number or Constant.
    double value() const { return m_value; }
    /// The variable's index (Variable only).
    int variableIndex() const { return m_index; }
    /// The name of a Variable or Constant.
    const std::string& name() const { return m_name; }
    FunctionKind function() const { return m_function; }
    const std::vector<Expr>& children() const { return m_children; }
    const Expr& child(std::size_t i) const { return m_children[i]; }
    /// Structural hash; equal trees have equal hashes.
    std::size_t hash() const { return m_hash; }
    /// Number of nodes in the tree counted as a tree (shared subtrees counted each time), saturating.
    std::size_t treeSize() const { return m_treeSize; }
    /// Longest path from this node to a leaf, in nodes.
    std::size_t depth() const { return m_depth; }

    bool isNumber() const { return m_kind == NodeKind::Number; }
    bool isNumber(double v) const { return m_kind == NodeKind::Number && m_value == v; }
    /// True for a Number or a Constant: the node has no variable below it and is a leaf.
    bool isNumericLeaf() const { return m_kind == NodeKind::Number || m_kind == NodeKind::Constant; }

    // Factories. They build exactly what they are asked for; simplification is a separate pass.
    static Expr number(double v);
    static Expr constant(const std::string& name); ///< "pi" or "e"
    static Expr variable(int index, const std::string& name);
    static Expr negate(Expr a);
    static Expr add(std::vector<Expr> terms);
    static Expr multiply(std::vector<Expr> factors);
    static Expr divide(Expr a, Expr b);
    static Expr power(Expr base, Expr exponent);
    static Expr call(FunctionKind f, Expr argument);

    struct Private {};
    Node(Private, NodeKind kind, double value, int index, std::string name, FunctionKind f,
         std::vector<Expr> children);

private:
    NodeKind m_kind;
    double m_value = 0.0;
    int m_index = -1;
    std::string m_name;
    FunctionKind m_function = FunctionKind::Sin;
    std::vector<Expr> m_children;
    std::size_t m_hash = 0;
    std::size_t m_treeSize = 1;
    std::size_t m_depth = 1;
};

/// Structural equality (same shape, same numbers bit for bit, same variables).
bool equal(const Expr& a, const Expr& b);

/// A strict total order on trees, used to sort terms and factors canonically.
int compare(const Expr& a, const Expr& b);

/// True if the tree contains variable `index` (or any variable when index is -1).
bool dependsOn(const Expr& e, int index = -1);

/// Hash functor and equality functor for unordered containers keyed by Expr.
struct ExprHash {
    std::size_t operator()(const Expr& e) const { return e->hash(); }
};
struct ExprEqual {
    bool operator()(const Expr& a, const Expr& b) const { return equal(a, b); }
};

} // namespace gradlab
