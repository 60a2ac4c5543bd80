#pragma once
// Reverse-mode automatic differentiation over a recorded computation graph, the way PyTorch's autograd
// works: a forward pass records every operation with its value; backward() walks the records in reverse,
// multiplying each node's gradient by the local derivative and accumulating it into the node's inputs.

#include "expression/expr.h"

#include <string>
#include <vector>

namespace gradlab {

enum class GraphOp { Input, Constant, Add, Subtract, Negate, Multiply, Divide, Power, Function };

struct GraphNode {
    GraphOp op = GraphOp::Constant;
    FunctionKind function = FunctionKind::Sin; ///< for GraphOp::Function
    std::vector<int> inputs;                   ///< indices of earlier nodes
    double value = 0.0;                        ///< forward value
    double gradient = 0.0;                     ///< d(output)/d(this node), accumulated by the backward pass
    int variable = -1;                         ///< for Input: the variable's index
    std::string label;                         ///< "x", "3", "mul", "sin", …
    /// The PyTorch grad_fn name of this node ("MulBackward0", "SinBackward0"; "" for leaves).
    std::string backwardName() const;
};

/// One factor of the chain rule on one edge: the backward step of `node` sends its input `slot` the product
/// upstream × local, upstream = d(output)/d(node) and local = d(node)/d(input).
struct ChainProduct {
    int node = -1;         ///< the operation whose backward step sends the product
    int slot = 0;          ///< which of its inputs receives it
    int input = -1;        ///< that input's node index
    double upstream = 0.0; ///< d(output)/d(node): final once every user of node has been processed
    double local = 0.0;    ///< d(node)/d(input) at the recorded values
    double product =
        0.0; ///< upstream × local; 0 when upstream is 0 (nothing flows, even into an infinite rule)
};

class ComputationGraph {
public:
    /// Records the forward pass of `e` at `point`. Nodes are in topological order; the output is last.
    /// Each variable is one leaf node, however often the formula uses it (its gradients accumulate).
    static ComputationGraph record(const Expr& e, const std::vector<std::string>& variables,
                                   const double* point);

    const std::vector<GraphNode>& nodes() const { return m_nodes; }
    int outputNode() const { return static_cast<int>(m_nodes.size()) - 1; }
    double value() const { return m_nodes.empty() ? 0.0 : m_nodes.back().value; }

    /// Starts the backward pass: clears gradients and seeds d(output)/d(output) = 1.
    void beginBackward();
    /// Processes one node (the next in reverse order), pushing its gradient to its inputs. Returns the
    /// index of the node processed, or -1 when the pass is complete.
    int backwardStep();
    /// The node the next backwardStep() will process, or -1 when done.
    int nextBackwardNode() const { return m_cursor; }
    bool backwardDone() const { return m_cursor < 0; }
    /// Runs the whole backward pass.
    void backward();

    /// d(node)/d(its input `slot`) at the recorded values: the local derivative written on that edge (for
    /// mul the other factor, for sin the cosine of its input, for add 1; abs and relu use PyTorch's 0 at 0).
    double localDerivative(int node, int slot) const;
    /// The products the backward step of `node` sends to its inputs that take a gradient (not constants),
    /// from node's gradient as it stands: the very numbers backwardStep() accumulates.
    std::vector<ChainProduct> backwardProducts(int node) const;
    /// The products `input` has received so far from the operations that use it, in the order the backward
    /// pass sent them; once every user is processed they sum to its gradient.
    std::vector<ChainProduct> receivedProducts(int input) const;
    /// The number of edges leaving `node` (a variable used twice by one mul counts twice): how many
    /// products its gradient sums.
    int userEdges(int node) const;
    /// True once the backward pass has processed `node` (and so sent its products).
    bool processed(int node) const;

    /// The gradient with respect to variable i after the backward pass (0 if the formula does not use it).
    double gradient(int variable) const;

private:
    std::vector<GraphNode> m_nodes;
    int m_cursor = -1;
    bool m_begun = false; ///< beginBackward() has run since the recording
};

} // namespace gradlab
