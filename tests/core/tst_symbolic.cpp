// Symbolic derivatives: the text a teacher would write, and values that match a central difference.

#include "diff/symbolic.h"
#include "expression/parser.h"
#include "expression/printer.h"
#include "expression/tree_evaluate.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestSymbolic : public QObject {
    Q_OBJECT
private slots:
    void derivative_data();
    void derivative();
    void partials_data();
    void partials();
    void kinkIsUndefined();
    void reluFollowsPyTorch();
    void hugeProductIsRefused();
};

void TestSymbolic::derivative_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<double>("at");
    // Rules
    QTest::newRow("constant") << "7"
                              << "0" << 1.0;
    QTest::newRow("identity") << "x"
                              << "1" << 1.0;
    QTest::newRow("linear") << "5x"
                            << "5" << 1.0;
    QTest::newRow("power rule") << "x^3"
                                << "3*x^2" << 2.0;
    QTest::newRow("power rule, negative") << "x^-2"
                                          << "-2/x^3" << 1.5;
    QTest::newRow("power rule, fractional") << "x^1.5"
                                            << "1.5*x^0.5" << 2.0;
    QTest::newRow("sum rule") << "x^2 + x"
                              << "2*x + 1" << 1.0;
    QTest::newRow("lesson polynomial") << "x^3 - 6x^2 + 9x + 1"
                                       << "3*x^2 - 12*x + 9" << 2.0;
    QTest::newRow("practice quartic") << "w^4 - 4w^2 + w"
                                      << "4*w^3 - 8*w + 1" << 2.0;
    QTest::newRow("shifted bowl") << "(w-3)^2"
                                  << "2*(w - 3)" << 8.0;
    QTest::newRow("product rule") << "x*sin(x)"
                                  << "x*cos(x) + sin(x)" << 0.7;
    QTest::newRow("quotient rule") << "sin(x)/x"
                                   << "cos(x)/x - sin(x)/x^2" << 1.3;
    QTest::newRow("reciprocal") << "1/x"
                                << "-1/x^2" << 2.0;
    QTest::newRow("chain rule") << "sin(x^2)"
                                << "2*x*cos(x^2)" << 0.7;
    QTest::newRow("chain rule, power") << "(3x + 1)^4"
                                       << "12*(3*x + 1)^3" << 0.2;
    QTest::newRow("chain rule, nested") << "exp(sin(x))"
                                        << "cos(x)*exp(sin(x))" << 0.4;
    QTest::newRow("exponential base") << "2^x"
                                      << "2^x*log(2)" << 1.5;
    QTest::newRow("variable exponent") << "x^x"
                                       << "x^x*(log(x) + 1)" << 1.5;
    QTest::newRow("e to the x") << "e^x"
                                << "exp(x)" << 0.5;
    // Every function
    QTest::newRow("sin") << "sin(x)"
                         << "cos(x)" << 0.5;
    QTest::newRow("cos") << "cos(x)"
                         << "-sin(x)" << 0.5;
    QTest::newRow("tan") << "tan(x)"
                         << "1/cos(x)^2" << 0.5;
    QTest::newRow("asin") << "asin(x)"
                          << "1/sqrt(1 - x^2)" << 0.5;
    QTest::newRow("acos") << "acos(x)"
                          << "-1/sqrt(1 - x^2)" << 0.5;
    QTest::newRow("atan") << "atan(x)"
                          << "1/(x^2 + 1)" << 0.5;
    QTest::newRow("sinh") << "sinh(x)"
                          << "cosh(x)" << 0.5;
    QTest::newRow("cosh") << "cosh(x)"
                          << "sinh(x)" << 0.5;
    QTest::newRow("tanh") << "tanh(x)"
                          << "1 - tanh(x)^2" << 0.5;
    QTest::newRow("exp") << "exp(x)"
                         << "exp(x)" << 0.5;
    QTest::newRow("log") << "log(x)"
                         << "1/x" << 0.5;
    QTest::newRow("ln") << "ln(2x)"
                        << "1/x" << 0.5;
    QTest::newRow("sqrt") << "sqrt(x)"
                          << "0.5/sqrt(x)" << 0.5;
    QTest::newRow("abs") << "abs(x)"
                         << "x/abs(x)" << -0.5;
    QTest::newRow("sigmoid") << "sigmoid(x)"
                             << "sigmoid(x)*(1 - sigmoid(x))" << 0.5;
    QTest::newRow("relu") << "relu(x)"
                          << "step(x)" << 0.5;
    QTest::newRow("softplus") << "softplus(x)"
                              << "sigmoid(x)" << 0.5;
    QTest::newRow("step") << "step(x) + x"
                          << "1" << 0.5;
    // Combinations a lesson uses
    QTest::newRow("gaussian") << "exp(-x^2/2)"
                              << "-x*exp(-0.5*x^2)" << 0.8;
    QTest::newRow("log-sum") << "log(1 + exp(x))"
                             << "exp(x)/(exp(x) + 1)" << 0.3;
    QTest::newRow("tanh activation") << "tanh(2x + 1)"
                                     << "2*(1 - tanh(2*x + 1)^2)" << 0.1;
    QTest::newRow("sine wave") << "3sin(2x)"
                               << "6*cos(2*x)" << 0.4;
    QTest::newRow("pi constant") << "pi*x^2"
                                 << "2*pi*x" << 1.0;
    QTest::newRow("like terms after product rule") << "x^2*x"
                                                   << "3*x^2" << 1.2;
    QTest::newRow("unicode input") << "x³ − 2x"
                                   << "3*x^2 - 2" << 1.0;
}

void TestSymbolic::derivative() {
    QFETCH(QString, formula);
    QFETCH(QString, expected);
    QFETCH(double, at);
    ParseOptions options;
    options.variables = {formula.contains('w') ? "w" : "x"};
    const ParseResult r = parse(formula.toStdString(), options);
    QVERIFY2(r.ok, r.error.message.c_str());
    const DerivativeResult d = differentiate(r.formula.expr, 0);
    QVERIFY(d.ok);
    QCOMPARE(QString::fromStdString(toPlainText(d.expr)), expected);
    // Value check against a central difference.
    const double h = 1e-5;
    const double xp = at + h, xm = at - h;
    const double numeric = (evaluateTree(r.formula.expr, &xp) - evaluateTree(r.formula.expr, &xm)) / (2 * h);
    GRADLAB_COMPARE_CLOSE(evaluateTree(d.expr, &at), numeric, 1e-7);
}

void TestSymbolic::partials_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("dx");
    QTest::addColumn<QString>("dy");
    QTest::newRow("bowl") << "x^2 + 3y^2"
                          << "2*x"
                          << "6*y";
    QTest::newRow("rosenbrock") << "(1-x)^2 + 100(y-x^2)^2"
                                << "-400*x*(y - x^2) - 2*(1 - x)"
                                << "200*(y - x^2)";
    QTest::newRow("two weights") << "(w1-2)^2 + (w2-5)^2"
                                 << "2*(w1 - 2)"
                                 << "2*(w2 - 5)";
    QTest::newRow("product") << "x*y"
                             << "y"
                             << "x";
    QTest::newRow("saddle") << "x^2 - y^2"
                            << "2*x"
                            << "-2*y";
    QTest::newRow("mixed") << "x^2*y + sin(y)"
                           << "2*x*y"
                           << "x^2 + cos(y)";
}

void TestSymbolic::partials() {
    QFETCH(QString, formula);
    QFETCH(QString, dx);
    QFETCH(QString, dy);
    const ParseResult r = parse(formula.toStdString());
    QVERIFY(r.ok);
    QCOMPARE(QString::fromStdString(toPlainText(differentiate(r.formula.expr, 0).expr)), dx);
    QCOMPARE(QString::fromStdString(toPlainText(differentiate(r.formula.expr, 1).expr)), dy);
}

void TestSymbolic::kinkIsUndefined() {
    const ParseResult r = parse("abs(x)");
    const Expr d = differentiate(r.formula.expr, 0).expr;
    const double zero = 0.0, left = -1.0, right = 2.0;
    QVERIFY(std::isnan(evaluateTree(d, &zero)));
    QCOMPARE(evaluateTree(d, &left), -1.0);
    QCOMPARE(evaluateTree(d, &right), 1.0);
}

void TestSymbolic::reluFollowsPyTorch() {
    const ParseResult r = parse("relu(x)");
    const Expr d = differentiate(r.formula.expr, 0).expr;
    const double zero = 0.0;
    QCOMPARE(evaluateTree(d, &zero), 0.0);
}

void TestSymbolic::hugeProductIsRefused() {
    std::string product = "sin(x)";
    for (int i = 2; i < 3000; ++i)
        product += "*sin(" + std::to_string(i) + "x)";
    const ParseResult r = parse(product);
    QVERIFY(r.ok);
    const DerivativeResult d = differentiate(r.formula.expr, 0, 100000);
    QVERIFY(!d.ok);
    QCOMPARE(QString::fromStdString(d.message.english()),
             QStringLiteral("the derivative of this formula is too large to compute"));
}

QTEST_GUILESS_MAIN(TestSymbolic)
#include "tst_symbolic.moc"
