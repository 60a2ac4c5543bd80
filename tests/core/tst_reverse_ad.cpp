// Reverse mode as PyTorch's autograd does it: a recorded graph, walked backward node by node.

#include "diff/gradient_check.h"
#include "diff/reverse_ad.h"
#include "test_helpers.h"

#include <QTest>

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
};

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
    QVERIFY2(QString::fromStdString(check.reason).contains(reason), check.reason.c_str());
    QCOMPARE(check.undefinedNode >= 0, agreement == QLatin1String("outside_domain"));
}

QTEST_GUILESS_MAIN(TestReverseAd)
#include "tst_reverse_ad.moc"
