// The compiled evaluator gives the tree's values, at one point and over blocks, and reports non-finite
// results as they are.

#include "eval/program.h"
#include "expression/simplify.h"
#include "expression/tree_evaluate.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestProgram : public QObject {
    Q_OBJECT
private slots:
    void matchesTree_data();
    void matchesTree();
    void blockMatchesPoints();
    void sharesSubexpressions();
    void nonFinite_data();
    void nonFinite();
};

void TestProgram::matchesTree_data() {
    QTest::addColumn<QString>("formula");
    QTest::newRow("polynomial") << "x^3 - 6x^2 + 9x + 1";
    QTest::newRow("rosenbrock") << "(1-x)^2 + 100(y-x^2)^2";
    QTest::newRow("powers") << "x^7 + x^-3 + x^0.3 + 2^x + x^y + (x^2+1)^-2";
    QTest::newRow("functions")
        << "sin(x)+cos(y)+tan(x)+atan(y)+exp(-x)+log(y+2)+sqrt(x+2)+abs(y)+sigmoid(x)+relu(y)+softplus(x)";
    QTest::newRow("constants only") << "pi + e";
    QTest::newRow("negatives") << "-x - y - 3";
    QTest::newRow("quotients") << "2/x - y/(x*y + 4) + 3/(x^2)";
}

void TestProgram::matchesTree() {
    QFETCH(QString, formula);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    for (double x : {-1.5, 0.25, 1.75}) {
        for (double y : {-0.5, 0.5, 3.0}) {
            const double p[2] = {x, y};
            const double tree = evaluateTree(f->expression(), p);
            const double compiled = f->value(p);
            if (std::isnan(tree))
                QVERIFY(std::isnan(compiled));
            else
                GRADLAB_COMPARE_CLOSE(compiled, tree, 1e-13);
        }
    }
}

void TestProgram::blockMatchesPoints() {
    const FunctionPtr f = test::compile("(1-x)^2 + 100(y-x^2)^2 + sin(x*y)");
    const Program& p = f->gradientProgram();
    const std::size_t n = 1000; // several blocks and a partial one
    std::vector<double> xs(n), ys(n), v(n), gx(n), gy(n);
    for (std::size_t i = 0; i < n; ++i) {
        xs[i] = -2.0 + 4.0 * i / n;
        ys[i] = 1.0 - 0.001 * i;
    }
    const double* columns[2] = {xs.data(), ys.data()};
    double* out[3] = {v.data(), gx.data(), gy.data()};
    BlockWorkspace ws;
    p.runBlock(columns, n, out, ws);
    for (std::size_t i = 0; i < n; ++i) {
        const double pt[2] = {xs[i], ys[i]};
        double g[2];
        QCOMPARE(v[i], f->valueAndGradient(pt, g));
        QCOMPARE(gx[i], g[0]);
        QCOMPARE(gy[i], g[1]);
    }
    // A grid row: (xs[i], 0.75) for every i.
    p.runGridRow(xs.data(), 0.75, n, out, ws);
    for (std::size_t i = 0; i < n; ++i) {
        const double pt[2] = {xs[i], 0.75};
        double g[2];
        QCOMPARE(v[i], f->valueAndGradient(pt, g));
        QCOMPARE(gy[i], g[1]);
    }
}

void TestProgram::sharesSubexpressions() {
    // f, ∂f/∂x and ∂f/∂y share exp(sin(x*y) + cos(x - y)) and its parts: the joint program is much
    // smaller than three separate ones.
    const FunctionPtr f = test::compile("exp(sin(x*y) + cos(x - y))");
    std::size_t separate = 0;
    for (const Expr& e : {f->simplified(), f->partial(0), f->partial(1)})
        separate += Program::compile({e}, 2).instructionCount();
    QVERIFY2(
        f->gradientProgram().instructionCount() + 6 <= separate,
        qPrintable(QStringLiteral("%1 vs %2").arg(f->gradientProgram().instructionCount()).arg(separate)));
}

void TestProgram::nonFinite_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<bool>("isNan");
    QTest::newRow("log of negative") << "log(x)" << -1.0 << true;
    QTest::newRow("log of zero") << "log(x)" << 0.0 << false;
    QTest::newRow("one over zero") << "1/x" << 0.0 << false;
    QTest::newRow("zero over zero") << "sin(x)/x" << 0.0 << true;
    QTest::newRow("overflow") << "1e308*x" << 10.0 << false;
    QTest::newRow("sqrt of negative") << "sqrt(x)" << -4.0 << true;
}

void TestProgram::nonFinite() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(bool, isNan);
    const FunctionPtr f = test::compile(formula, {"x"});
    QVERIFY(f);
    const double v = f->value(x);
    QVERIFY(!std::isfinite(v));
    QCOMPARE(bool(std::isnan(v)), isNan);
}

QTEST_GUILESS_MAIN(TestProgram)
#include "tst_program.moc"
