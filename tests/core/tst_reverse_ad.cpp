// Reverse mode as PyTorch's autograd does it: a recorded graph, walked backward node by node.

#include "diff/gradient_check.h"
#include "diff/reverse_ad.h"
#include "test_helpers.h"

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
