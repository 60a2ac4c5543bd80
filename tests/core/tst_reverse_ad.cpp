// Reverse mode as PyTorch's autograd does it: a recorded graph, walked backward node by node.

#include "diff/gradient_check.h"
#include "diff/reverse_ad.h"
#include "test_helpers.h"

#include <QSet>
#include <QTest>
#include <cmath>

using namespace gradlab;

class TestReverseAd : public QObject {
    Q_OBJECT
private slots:
    void lessonExample();
    void recordsNodesInOrder();
    void stepsOneNodeAtATime();
    void sharedInputAccumulates();
    void verdictNeedsADefinedFunction_data();
    void verdictNeedsADefinedFunction();
    void derivativeVerdict_data();
    void derivativeVerdict();
    void chainRuleTableCoversEveryOperation();
    void localDerivativesAreSymbolicPartials_data();
    void localDerivativesAreSymbolicPartials();
    void productsSumToTheGradient_data();
    void productsSumToTheGradient();
    void lessonExampleProducts();
};

namespace {
struct ChainRuleRow {
    const char* name;
    const char* formula;
    QList<double> at;
};

/// The formulas of the chain-rule tests: every operation of the expression language, each at a point
/// inside its domain (away from abs's and relu's corners), with one variable or two.
const QList<ChainRuleRow>& chainRuleRows() {
    static const QList<ChainRuleRow> rows{
        {"add, mul, shared input", "x*y + x", {1.5, -2.0}},
        {"sub", "y - x", {0.3, 2.0}},
        {"neg", "-x + 3*x^2", {0.6}},
        {"div, both sides variable", "x / y", {3.0, 2.0}},
        {"pow, constant exponent", "(w - 3)^2", {8.0}},
        {"pow, negative base", "x^3", {-1.2}},
        {"pow, variable exponent", "2^x", {1.3}},
        {"pow, both variable", "x^y", {1.7, 0.6}},
        {"sin", "sin(x^2)", {0.7}},
        {"cos", "x*cos(x)", {0.7}},
        {"tan", "tan(2*x)", {0.4}},
        {"asin", "asin(x)", {0.3}},
        {"acos", "acos(x/2)", {0.3}},
        {"atan", "atan(x)*x", {2.0}},
        {"sinh", "sinh(x)", {0.5}},
        {"cosh", "cosh(x) - x", {0.5}},
        {"tanh", "tanh(x*y)", {0.5, 1.5}},
        {"exp", "exp(-x^2)", {1.2}},
        {"ln", "ln(x) + x^2", {2.5}},
        {"sqrt", "sqrt(1 + x^2)", {3.0}},
        {"abs", "abs(x - 1)", {-1.5}},
        {"sigmoid", "sigmoid(x)", {0.4}},
        {"relu, active", "relu(x)*x", {1.3}},
        {"relu, inactive", "relu(x) + x", {-0.7}},
        {"softplus", "softplus(x)", {0.4}},
        {"step", "step(x) + x", {0.5}},
        {"named constant", "pi*x^2", {1.0}},
        {"neuron", "(1 - sigmoid(w*1.5 + b))^2", {0.8, 0.2}},
        {"same input at every depth", "x + x^2 + sin(x^3) + exp(cos(x)^2)", {0.9}},
    };
    return rows;
}

void chainRuleTable() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QList<double>>("at");
    for (const ChainRuleRow& row : chainRuleRows())
        QTest::newRow(row.name) << QString::fromUtf8(row.formula) << row.at;
}

ComputationGraph recordAt(const FunctionPtr& f, const QList<double>& at) {
    const std::vector<double> point(at.begin(), at.end());
    return ComputationGraph::record(f->expression(), f->variables(), point.data());
}

/// The operation of node n written as a formula of its inputs u and v, for the symbolic differentiator.
QString operationFormula(const GraphNode& n) {
    switch (n.op) {
    case GraphOp::Add:
        return QStringLiteral("u + v");
    case GraphOp::Subtract:
        return QStringLiteral("u - v");
    case GraphOp::Negate:
        return QStringLiteral("-u");
    case GraphOp::Multiply:
        return QStringLiteral("u*v");
    case GraphOp::Divide:
        return QStringLiteral("u/v");
    case GraphOp::Power:
        return QStringLiteral("u^v");
    case GraphOp::Function:
        return QStringLiteral("%1(u)").arg(QString::fromStdString(std::string(functionName(n.function))));
    default:
        return {};
    }
}
} // namespace

void TestReverseAd::chainRuleTableCoversEveryOperation() {
    // The chain-rule tables record every operation and every function at least once.
    QSet<int> ops, functions;
    for (const ChainRuleRow& row : chainRuleRows()) {
        const FunctionPtr f = test::compile(QString::fromUtf8(row.formula));
        QVERIFY2(f, row.formula);
        QCOMPARE(f->dimension(), row.at.size());
        const ComputationGraph g = recordAt(f, row.at);
        for (const GraphNode& n : g.nodes()) {
            ops.insert(static_cast<int>(n.op));
            if (n.op == GraphOp::Function) functions.insert(static_cast<int>(n.function));
        }
    }
    for (GraphOp op : {GraphOp::Input, GraphOp::Constant, GraphOp::Add, GraphOp::Subtract, GraphOp::Negate,
                       GraphOp::Multiply, GraphOp::Divide, GraphOp::Power, GraphOp::Function})
        QVERIFY2(ops.contains(static_cast<int>(op)), qPrintable(QString::number(static_cast<int>(op))));
    for (int k = 0; k <= static_cast<int>(FunctionKind::Step); ++k)
        QVERIFY2(functions.contains(k), functionName(static_cast<FunctionKind>(k)).data());
}

void TestReverseAd::localDerivativesAreSymbolicPartials_data() {
    chainRuleTable();
}

void TestReverseAd::localDerivativesAreSymbolicPartials() {
    // Each edge's local derivative is the symbolic partial of its operation by that input, at the inputs'
    // recorded values: the differentiator and the graph's rules are two derivations of one fact.
    QFETCH(QString, formula);
    QFETCH(QList<double>, at);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    QCOMPARE(f->dimension(), at.size());
    const ComputationGraph g = recordAt(f, at);
    int edges = 0;
    for (int i = 0; i < static_cast<int>(g.nodes().size()); ++i) {
        const GraphNode& n = g.nodes()[static_cast<std::size_t>(i)];
        if (n.inputs.empty()) continue;
        const FunctionPtr op = test::compile(operationFormula(n), {"u", "v"});
        QVERIFY2(op, qPrintable(operationFormula(n)));
        double inputs[2] = {g.nodes()[static_cast<std::size_t>(n.inputs[0])].value,
                            n.inputs.size() > 1 ? g.nodes()[static_cast<std::size_t>(n.inputs[1])].value
                                                : 0.0};
        double partials[2];
        op->valueAndGradient(inputs, partials);
        for (int k = 0; k < static_cast<int>(n.inputs.size()); ++k) {
            const GraphNode& input =
                g.nodes()[static_cast<std::size_t>(n.inputs[static_cast<std::size_t>(k)])];
            // A constant takes no gradient; its edge's partial may not exist (2^x's base is fine, x^3's
            // exponent at a negative base is not), and nothing is drawn on it.
            if (input.op == GraphOp::Constant) continue;
            ++edges;
            const QString what =
                QStringLiteral("%1 → %2 (node %3, input %4)")
                    .arg(QString::fromStdString(input.label), QString::fromStdString(n.label))
                    .arg(i)
                    .arg(k);
            QVERIFY2(test::close(g.localDerivative(i, k), partials[k], 1e-12),
                     qPrintable(what + QStringLiteral(": %1, symbolic %2")
                                           .arg(g.localDerivative(i, k), 0, 'g', 17)
                                           .arg(partials[k], 0, 'g', 17)));
        }
    }
    QVERIFY(edges > 0);
}

void TestReverseAd::productsSumToTheGradient_data() {
    chainRuleTable();
}

void TestReverseAd::productsSumToTheGradient() {
    // Walking the pass node by node: each step sends upstream × local to each input, exactly what the
    // input's gradient grows by; the products an input received sum to its gradient, and for each variable
    // to reverse mode's gradient (run in one go) and to the symbolic partial.
    QFETCH(QString, formula);
    QFETCH(QList<double>, at);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    ComputationGraph walked = recordAt(f, at);
    walked.beginBackward();
    while (!walked.backwardDone()) {
        const int node = walked.nextBackwardNode();
        const std::vector<ChainProduct> products = walked.backwardProducts(node);
        std::vector<double> before;
        for (const GraphNode& n : walked.nodes())
            before.push_back(n.gradient);
        QVERIFY(!walked.processed(node));
        QCOMPARE(walked.backwardStep(), node);
        QVERIFY(walked.processed(node));
        std::vector<double> expected = before;
        for (const ChainProduct& c : products) {
            QCOMPARE(c.node, node);
            QCOMPARE(c.upstream, walked.nodes()[static_cast<std::size_t>(node)].gradient);
            QCOMPARE(c.local, walked.localDerivative(node, c.slot));
            QCOMPARE(c.product, c.upstream * c.local);
            expected[static_cast<std::size_t>(c.input)] += c.product;
        }
        for (std::size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(walked.nodes()[i].gradient, expected[i]);
    }
    ComputationGraph once = recordAt(f, at);
    once.backward();
    const std::vector<double> point(at.begin(), at.end());
    std::vector<double> symbolic(point.size());
    f->valueAndGradient(point.data(), symbolic.data());
    for (int v = 0; v < f->dimension(); ++v) {
        int leaf = -1;
        for (int i = 0; i < static_cast<int>(walked.nodes().size()); ++i)
            if (walked.nodes()[static_cast<std::size_t>(i)].variable == v) leaf = i;
        QVERIFY(leaf >= 0);
        const std::vector<ChainProduct> received = walked.receivedProducts(leaf);
        QCOMPARE(static_cast<int>(received.size()), walked.userEdges(leaf));
        double sum = 0.0;
        for (const ChainProduct& c : received)
            sum += c.product;
        QCOMPARE(sum, once.gradient(v));
        GRADLAB_COMPARE_CLOSE(sum, symbolic[static_cast<std::size_t>(v)], 1e-12);
    }
}

void TestReverseAd::lessonExampleProducts() {
    // (w − 3)² at w = 8: pow sends 1 × 2·5 = 10 to w − 3, which sends 10 × 1 = 10 to w.
    const FunctionPtr f = test::compile("(w - 3)^2");
    ComputationGraph g = recordAt(f, {8.0});
    g.beginBackward();
    const std::vector<ChainProduct> pow = g.backwardProducts(4);
    QCOMPARE(int(pow.size()), 1); // the exponent 2 is a constant: no product
    QCOMPARE(pow[0].input, 2);
    QCOMPARE(pow[0].upstream, 1.0);
    QCOMPARE(pow[0].local, 10.0);
    QCOMPARE(pow[0].product, 10.0);
    g.backwardStep();
    const std::vector<ChainProduct> sub = g.backwardProducts(2);
    QCOMPARE(int(sub.size()), 1);
    QCOMPARE(sub[0].input, 0);
    QCOMPARE(sub[0].upstream, 10.0);
    QCOMPARE(sub[0].local, 1.0);
    QCOMPARE(sub[0].product, 10.0);
    QVERIFY(g.receivedProducts(0).empty());
    g.backwardStep();
    QCOMPARE(int(g.receivedProducts(0).size()), 1);
    QVERIFY(g.backwardDone());
}

void TestReverseAd::lessonExample() {
    // w = 8, loss = (w - 3)²: loss 25, gradient 10.
    const FunctionPtr f = test::compile("(w - 3)^2");
    const double w = 8.0;
    ComputationGraph g = ComputationGraph::record(f->expression(), f->variables(), &w);
    QCOMPARE(g.value(), 25.0);
    g.backward();
    QCOMPARE(g.gradient(0), 10.0);
}

void TestReverseAd::recordsNodesInOrder() {
    const FunctionPtr f = test::compile("sin(x)*x + 2");
    const double x = 1.0;
    const ComputationGraph g = ComputationGraph::record(f->expression(), f->variables(), &x);
    QStringList labels, names;
    for (const GraphNode& n : g.nodes()) {
        labels << QString::fromStdString(n.label);
        names << QString::fromStdString(n.backwardName());
        for (int input : n.inputs)
            QVERIFY(input < &n - g.nodes().data()); // inputs come first
    }
    QCOMPARE(labels, (QStringList{"x", "sin", "mul", "2", "add"}));
    QCOMPARE(names, (QStringList{"", "SinBackward0", "MulBackward0", "", "AddBackward0"}));
    QCOMPARE(g.nodes()[1].value, std::sin(1.0));
}

void TestReverseAd::stepsOneNodeAtATime() {
    const FunctionPtr f = test::compile("(x - 3)^2");
    const double x = 8.0;
    ComputationGraph g = ComputationGraph::record(f->expression(), f->variables(), &x);
    // nodes: x, 3, sub, 2, pow
    QCOMPARE(int(g.nodes().size()), 5);
    g.beginBackward();
    QCOMPARE(g.nextBackwardNode(), 4);
    QCOMPARE(g.backwardStep(), 4); // pow: d/d(sub) = 2 * 5 = 10
    QCOMPARE(g.nodes()[2].gradient, 10.0);
    QCOMPARE(g.nodes()[0].gradient, 0.0);
    QCOMPARE(g.backwardStep(), 2); // sub: d/dx = 1
    QCOMPARE(g.nodes()[0].gradient, 10.0);
    QVERIFY(g.backwardDone());
    QCOMPARE(g.backwardStep(), -1);
}

void TestReverseAd::sharedInputAccumulates() {
    const FunctionPtr f = test::compile("x*y + x");
    const double p[2] = {3.0, 4.0};
    ComputationGraph g = ComputationGraph::record(f->expression(), f->variables(), p);
    int inputs = 0;
    for (const GraphNode& n : g.nodes())
        inputs += n.op == GraphOp::Input;
    QCOMPARE(inputs, 2);
    g.backward();
    QCOMPARE(g.gradient(0), 5.0);
    QCOMPARE(g.gradient(1), 3.0);
}

void TestReverseAd::verdictNeedsADefinedFunction_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<QString>("reason"); ///< a piece of the reason, for outside_domain
    QTest::newRow("lesson example") << "(w-3)^2" << 8.0 << "agree"
                                    << "";
    QTest::newRow("ln inside its domain") << "ln(x) + x^2" << 2.0 << "agree"
                                          << "";
    // Both give 1/x + 2x = -4.5, but ln(-2) is undefined: nothing to agree about.
    QTest::newRow("ln outside its domain") << "ln(x) + x^2" << -2.0 << "outside_domain"
                                           << "log(-2)";
    QTest::newRow("ln at zero") << "ln(x)" << 0.0 << "outside_domain"
                                << "needs an input > 0";
    QTest::newRow("sqrt of a negative") << "sqrt(x) + x" << -1.0 << "outside_domain"
                                        << "sqrt(-1)";
    QTest::newRow("sqrt at zero: vertical tangent") << "sqrt(x)" << 0.0 << "not_finite"
                                                    << "";
    QTest::newRow("division by zero") << "1/x + x" << 0.0 << "outside_domain"
                                      << "division by zero";
    QTest::newRow("fractional power of a negative") << "x^0.5" << -4.0 << "outside_domain"
                                                    << "fractional";
    QTest::newRow("asin beyond 1") << "asin(x)" << 2.0 << "outside_domain"
                                   << "between -1 and 1";
    QTest::newRow("overflow") << "exp(x)" << 1000.0 << "outside_domain"
                              << "overflow";
    QTest::newRow("chain rule") << "sin(x)*x + 2" << 1.0 << "agree"
                                << "";
}

void TestReverseAd::verdictNeedsADefinedFunction() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(QString, agreement);
    QFETCH(QString, reason);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    ComputationGraph g = ComputationGraph::record(f->expression(), f->variables(), &at);
    g.backward();
    const GradientCheck check = checkGradient(g, 0, f->slope(at));
    QCOMPARE(QString::fromLatin1(gradientAgreementName(check.agreement)), agreement);
    QVERIFY2(QString::fromStdString(check.reason.english()).contains(reason), check.reason.english().c_str());
    QCOMPARE(check.undefinedNode >= 0, agreement == QLatin1String("outside_domain"));
}

void TestReverseAd::derivativeVerdict_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<double>("ad");    ///< reverse mode's x.grad, as PyTorch's rules give it (NaN: skip)
    QTest::addColumn<double>("left");  ///< corner: slope from the left; removable: the limit (NaN: skip)
    QTest::addColumn<double>("right"); ///< corner: slope from the right
    const double skip = std::nan("");
    // Corners: AD and even the symbolic rule give numbers, yet f′ does not exist.
    QTest::newRow("relu at 0") << "relu(x)" << 0.0 << "corner" << 0.0 << 0.0 << 1.0;
    QTest::newRow("abs at 0: PyTorch's sign(0) = 0") << "abs(x)" << 0.0 << "corner" << 0.0 << -1.0 << 1.0;
    QTest::newRow("shifted abs") << "abs(x-1)" << 1.0 << "corner" << 0.0 << -1.0 << 1.0;
    QTest::newRow("scaled shifted abs") << "3*abs(x+2) + x" << -2.0 << "corner" << 1.0 << -2.0 << 4.0;
    QTest::newRow("relu plus a parabola") << "relu(x) + x^2" << 0.0 << "corner" << 0.0 << 0.0 << 1.0;
    // A removable 0/0 in the symbolic formula is no corner: x·|x| has f′(x) = 2|x|, f′(0) = 0.
    QTest::newRow("x·|x| at 0") << "x*abs(x)" << 0.0 << "removable" << 0.0 << 0.0 << 0.0;
    QTest::newRow("x²·|x| at 0") << "x^2*abs(x)" << 0.0 << "removable" << 0.0 << 0.0 << 0.0;
    // Vertical tangents: undefined, whatever the rules print.
    QTest::newRow("sqrt at 0") << "sqrt(x)" << 0.0 << "vertical_tangent" << skip << skip << skip;
    QTest::newRow("cube root at 0") << "x^(1/3)" << 0.0 << "vertical_tangent" << skip << skip << skip;
    // Smooth points stay agreements, steep or curved.
    QTest::newRow("parabola at its minimum") << "x^2" << 0.0 << "agree" << 0.0 << skip << skip;
    QTest::newRow("abs away from 0") << "abs(x)" << -3.0 << "agree" << -1.0 << skip << skip;
    QTest::newRow("relu away from 0") << "relu(x)" << 0.5 << "agree" << 1.0 << skip << skip;
    QTest::newRow("steep exponential") << "exp(x)" << 10.0 << "agree" << std::exp(10.0) << skip << skip;
    QTest::newRow("fast oscillation") << "sin(50*x)" << 0.3 << "agree" << 50 * std::cos(15.0) << skip << skip;
    QTest::newRow("high power") << "x^10" << 1.0 << "agree" << 10.0 << skip << skip;
    QTest::newRow("outside the domain") << "ln(x) + x^2" << -2.0 << "outside_domain" << skip << skip << skip;
}

void TestReverseAd::derivativeVerdict() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(QString, agreement);
    QFETCH(double, ad);
    QFETCH(double, left);
    QFETCH(double, right);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    ComputationGraph g = ComputationGraph::record(f->expression(), f->variables(), &at);
    g.backward();
    const GradientCheck check = checkDerivative(
        g, f->slope(at), [&f](double t) { return f->value(t); }, at);
    QCOMPARE(QString::fromLatin1(gradientAgreementName(check.agreement)), agreement);
    if (!std::isnan(ad))
        QVERIFY2(std::fabs(g.gradient(0) - ad) <= 1e-9 * std::max(1.0, std::fabs(ad)),
                 qPrintable(QString::number(g.gradient(0), 'g', 17)));
    if (!std::isnan(left)) {
        QVERIFY2(std::fabs(check.left - left) <= 1e-6, qPrintable(QString::number(check.left, 'g', 17)));
        QVERIFY2(std::fabs(check.right - right) <= 1e-6, qPrintable(QString::number(check.right, 'g', 17)));
    }
}

QTEST_GUILESS_MAIN(TestReverseAd)
#include "tst_reverse_ad.moc"
