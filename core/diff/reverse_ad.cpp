#include "diff/reverse_ad.h"

#include "expression/printer.h"

#include <cmath>
#include <unordered_map>

namespace gradlab {

namespace {

class Recorder {
public:
    Recorder(std::vector<GraphNode>& nodes, const std::vector<std::string>& variables, const double* point)
        : m_nodes(nodes)
        , m_variables(variables)
        , m_point(point) {}

    int record(const Expr& e) {
        switch (e->kind()) {
        case NodeKind::Number:
            return leaf(GraphOp::Constant, e->value(), formatNumber(e->value()));
        case NodeKind::Constant:
            return leaf(GraphOp::Constant, e->value(), e->name());
        case NodeKind::Variable: {
            const int v = e->variableIndex();
            const auto it = m_inputs.find(v);
            if (it != m_inputs.end()) return it->second;
            const int id = leaf(GraphOp::Input, m_point[v], m_variables[static_cast<std::size_t>(v)]);
            m_nodes[static_cast<std::size_t>(id)].variable = v;
            m_inputs.emplace(v, id);
            return id;
        }
        case NodeKind::Negate: {
            const int a = record(e->child(0));
            return op(GraphOp::Negate, {a}, -value(a), "neg");
        }
        case NodeKind::Add: {
            // a + b - c is recorded as sub(add(a, b), c), two inputs per node as in PyTorch.
            int acc = record(e->child(0));
            for (std::size_t i = 1; i < e->children().size(); ++i) {
                const Expr& t = e->child(i);
                if (t->kind() == NodeKind::Negate) {
                    const int b = record(t->child(0));
                    acc = op(GraphOp::Subtract, {acc, b}, value(acc) - value(b), "sub");
                } else {
                    const int b = record(t);
                    acc = op(GraphOp::Add, {acc, b}, value(acc) + value(b), "add");
                }
            }
            return acc;
        }
        case NodeKind::Multiply: {
            int acc = record(e->child(0));
            for (std::size_t i = 1; i < e->children().size(); ++i) {
                const int b = record(e->child(i));
                acc = op(GraphOp::Multiply, {acc, b}, value(acc) * value(b), "mul");
            }
            return acc;
        }
        case NodeKind::Divide: {
            const int a = record(e->child(0));
            const int b = record(e->child(1));
            return op(GraphOp::Divide, {a, b}, value(a) / value(b), "div");
        }
        case NodeKind::Power: {
            const int a = record(e->child(0));
            const int b = record(e->child(1));
            return op(GraphOp::Power, {a, b}, std::pow(value(a), value(b)), "pow");
        }
        case NodeKind::Call: {
            const int a = record(e->child(0));
            const int id = op(GraphOp::Function, {a}, applyFunction(e->function(), value(a)),
                              std::string(functionName(e->function())));
            m_nodes[static_cast<std::size_t>(id)].function = e->function();
            return id;
        }
        }
        return leaf(GraphOp::Constant, std::nan(""), "?");
    }

private:
    double value(int id) const { return m_nodes[static_cast<std::size_t>(id)].value; }

    int leaf(GraphOp kind, double v, std::string label) { return op(kind, {}, v, std::move(label)); }

    int op(GraphOp kind, std::vector<int> inputs, double v, std::string label) {
        GraphNode n;
        n.op = kind;
        n.inputs = std::move(inputs);
        n.value = v;
        n.label = std::move(label);
        m_nodes.push_back(std::move(n));
        return static_cast<int>(m_nodes.size()) - 1;
    }

    std::vector<GraphNode>& m_nodes;
    const std::vector<std::string>& m_variables;
    const double* m_point;
    std::unordered_map<int, int> m_inputs;
};

// d(node)/d(input k) at the recorded values.
double localRule(const GraphNode& n, std::size_t k, const std::vector<GraphNode>& nodes) {
    const double a = nodes[static_cast<std::size_t>(n.inputs[0])].value;
    const double b = n.inputs.size() > 1 ? nodes[static_cast<std::size_t>(n.inputs[1])].value : 0.0;
    switch (n.op) {
    case GraphOp::Add:
        return 1.0;
    case GraphOp::Subtract:
        return k == 0 ? 1.0 : -1.0;
    case GraphOp::Negate:
        return -1.0;
    case GraphOp::Multiply:
        return k == 0 ? b : a;
    case GraphOp::Divide:
        return k == 0 ? 1.0 / b : -a / (b * b);
    case GraphOp::Power:
        if (k == 0) return b == 0.0 ? 0.0 : b * std::pow(a, b - 1.0);
        // d(a^b)/db = a^b ln a; only needed when b depends on a variable, and 0 when a^b is 0.
        return n.value == 0.0 ? 0.0 : n.value * std::log(a);
    case GraphOp::Function: {
        const double v = n.value;
        switch (n.function) {
        case FunctionKind::Sin:
            return std::cos(a);
        case FunctionKind::Cos:
            return -std::sin(a);
        case FunctionKind::Tan:
            return 1.0 / (std::cos(a) * std::cos(a));
        case FunctionKind::Asin:
            return 1.0 / std::sqrt(1.0 - a * a);
        case FunctionKind::Acos:
            return -1.0 / std::sqrt(1.0 - a * a);
        case FunctionKind::Atan:
            return 1.0 / (1.0 + a * a);
        case FunctionKind::Sinh:
            return std::cosh(a);
        case FunctionKind::Cosh:
            return std::sinh(a);
        case FunctionKind::Tanh:
            return 1.0 - v * v;
        case FunctionKind::Exp:
            return v;
        case FunctionKind::Log:
            return 1.0 / a;
        case FunctionKind::Sqrt:
            return 0.5 / v;
        case FunctionKind::Abs:
            // PyTorch's rule: sign(a), which is 0 at the corner a = 0 (a convention, not a derivative).
            return a > 0 ? 1.0 : (a < 0 ? -1.0 : a * 0.0);
        case FunctionKind::Sigmoid:
            return v * (1.0 - v);
        case FunctionKind::Relu:
            return applyFunction(FunctionKind::Step, a);
        case FunctionKind::Softplus:
            return applyFunction(FunctionKind::Sigmoid, a);
        case FunctionKind::Step:
            return 0.0;
        }
        return 0.0;
    }
    default:
        return 0.0;
    }
}

bool needsGradient(const GraphNode& n) {
    return n.op != GraphOp::Constant;
}

} // namespace

std::string GraphNode::backwardName() const {
    switch (op) {
    case GraphOp::Input:
    case GraphOp::Constant:
        return {};
    case GraphOp::Add:
        return "AddBackward0";
    case GraphOp::Subtract:
        return "SubBackward0";
    case GraphOp::Negate:
        return "NegBackward0";
    case GraphOp::Multiply:
        return "MulBackward0";
    case GraphOp::Divide:
        return "DivBackward0";
    case GraphOp::Power:
        return "PowBackward0";
    case GraphOp::Function: {
        std::string name(functionName(function));
        name[0] = static_cast<char>(name[0] - 'a' + 'A');
        return name + "Backward0";
    }
    }
    return {};
}

ComputationGraph ComputationGraph::record(const Expr& e, const std::vector<std::string>& variables,
                                          const double* point) {
    ComputationGraph g;
    Recorder(g.m_nodes, variables, point).record(e);
    g.m_cursor = -1;
    return g;
}

void ComputationGraph::beginBackward() {
    for (GraphNode& n : m_nodes)
        n.gradient = 0.0;
    if (m_nodes.empty()) {
        m_cursor = -1;
        m_begun = true;
        return;
    }
    m_nodes.back().gradient = 1.0;
    m_cursor = outputNode();
    m_begun = true;
}

int ComputationGraph::backwardStep() {
    if (m_cursor < 0) return -1;
    const int current = m_cursor;
    for (const ChainProduct& c : backwardProducts(current))
        m_nodes[static_cast<std::size_t>(c.input)].gradient += c.product;
    // Skip leaves: they have nothing to propagate.
    --m_cursor;
    while (m_cursor >= 0 && m_nodes[static_cast<std::size_t>(m_cursor)].inputs.empty())
        --m_cursor;
    return current;
}

double ComputationGraph::localDerivative(int node, int slot) const {
    const GraphNode& n = m_nodes[static_cast<std::size_t>(node)];
    return localRule(n, static_cast<std::size_t>(slot), m_nodes);
}

std::vector<ChainProduct> ComputationGraph::backwardProducts(int node) const {
    std::vector<ChainProduct> products;
    const GraphNode& n = m_nodes[static_cast<std::size_t>(node)];
    for (std::size_t k = 0; k < n.inputs.size(); ++k) {
        const GraphNode& input = m_nodes[static_cast<std::size_t>(n.inputs[k])];
        if (!needsGradient(input)) continue;
        ChainProduct c;
        c.node = node;
        c.slot = static_cast<int>(k);
        c.input = n.inputs[k];
        c.upstream = n.gradient;
        c.local = localRule(n, k, m_nodes);
        // A zero upstream gradient contributes nothing, even where the local derivative is infinite.
        c.product = n.gradient == 0.0 ? 0.0 : n.gradient * c.local;
        products.push_back(c);
    }
    return products;
}

bool ComputationGraph::processed(int node) const {
    return m_begun && node > m_cursor && node >= 0 && node < static_cast<int>(m_nodes.size()) &&
           !m_nodes[static_cast<std::size_t>(node)].inputs.empty();
}

std::vector<ChainProduct> ComputationGraph::receivedProducts(int input) const {
    std::vector<ChainProduct> received;
    // Users come after their inputs and are processed from the output down.
    for (int i = static_cast<int>(m_nodes.size()) - 1; i > input; --i) {
        if (!processed(i)) continue;
        for (const ChainProduct& c : backwardProducts(i))
            if (c.input == input) received.push_back(c);
    }
    return received;
}

int ComputationGraph::userEdges(int node) const {
    int edges = 0;
    for (const GraphNode& n : m_nodes)
        for (int in : n.inputs)
            edges += in == node ? 1 : 0;
    return edges;
}

void ComputationGraph::backward() {
    beginBackward();
    while (backwardStep() >= 0) {
    }
}

double ComputationGraph::gradient(int variable) const {
    for (const GraphNode& n : m_nodes)
        if (n.op == GraphOp::Input && n.variable == variable) return n.gradient;
    return 0.0;
}

} // namespace gradlab
