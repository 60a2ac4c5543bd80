// One definition, many derivatives: symbolic, forward-mode AD, reverse-mode AD and central differences
// agree at several points for every function of the lessons.

#include "diff/forward_ad.h"
#include "diff/numeric.h"
#include "diff/reverse_ad.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestAgreement : public QObject {
    Q_OBJECT
private slots:
    void gradientsAgree_data();
    void gradientsAgree();
    void hessianMatchesDifferencesOfGradient_data() { gradientsAgree_data(); }
    void hessianMatchesDifferencesOfGradient();
};

void TestAgreement::gradientsAgree_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    const struct {
        const char* name;
        const char* formula;
    } functions[] = {
        {"square", "x^2"},
        {"cube", "x^3"},
        {"sine", "sin(x)"},
        {"exponential", "exp(x)"},
        {"quartic", "x^4 - 4x^2 + x"},
        {"practice cubic", "x^3 - 6x^2 + 9x + 1"},
        {"all 1-D functions", "tan(x/3) + asin(x/4) + acos(x/5) + atan(x) + sinh(x) + cosh(x) + tanh(x) + "
                              "log(x + 3) + sqrt(x + 3) + abs(x) + sigmoid(x) + relu(x) + softplus(x)"},
        {"bowl", "x^2 + 3y^2"},
        {"rosenbrock", "(1-x)^2 + 100(y-x^2)^2"},
        {"himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"},
        {"beale", "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2"},
        {"rastrigin", "20 + x^2 - 10cos(2pi*x) + y^2 - 10cos(2pi*y)"},
        {"quotient", "x/(1 + y^2) - y/(2 + x^2)"},
        {"variable power", "(x^2 + 1)^(y/2) + 2^(x*y)"},
        {"composition", "exp(-(x^2 + y^2)/2)*sin(x*y)"},
    };
    const double points[][2] = {{-1.3, 0.7}, {0.4, -0.8}, {1.1, 1.6}};
    for (const auto& f : functions)
        for (const auto& p : points)
            QTest::addRow("%s at (%g, %g)", f.name, p[0], p[1]) << f.formula << p[0] << p[1];
}

void TestAgreement::gradientsAgree() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, y);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const int n = f->dimension();
    const double p[2] = {x, y};
    double symbolic[2], forward[2];
    const double value = f->valueAndGradient(p, symbolic);
    const double forwardValue = forwardGradient(f->expression(), n, p, forward);
    ComputationGraph graph = ComputationGraph::record(f->expression(), f->variables(), p);
    graph.backward();
    GRADLAB_COMPARE_CLOSE(forwardValue, value, 1e-13);
    GRADLAB_COMPARE_CLOSE(graph.value(), value, 1e-13);
    for (int i = 0; i < n; ++i) {
        double q[2] = {x, y};
        const double h = 1e-5;
        const double central = differenceQuotient(
            [&](double t) {
                q[i] = t;
                return f->value(q);
            },
            p[i], h, DifferenceScheme::Central);
        GRADLAB_COMPARE_CLOSE(forward[i], symbolic[i], 1e-12);
        GRADLAB_COMPARE_CLOSE(graph.gradient(i), symbolic[i], 1e-12);
        GRADLAB_COMPARE_CLOSE(central, symbolic[i], 1e-6);
    }
}

void TestAgreement::hessianMatchesDifferencesOfGradient() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, y);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const int n = f->dimension();
    const double p[2] = {x, y};
    double g[2], h[4];
    f->valueGradientHessian(p, g, h);
    for (int j = 0; j < n; ++j) {
        const double step = 1e-5;
        double plus[2] = {x, y}, minus[2] = {x, y};
        plus[j] += step;
        minus[j] -= step;
        double gp[2], gm[2];
        f->valueAndGradient(plus, gp);
        f->valueAndGradient(minus, gm);
        for (int i = 0; i < n; ++i)
            GRADLAB_COMPARE_CLOSE(h[i * n + j], (gp[i] - gm[i]) / (2 * step), 1e-5);
    }
    if (n == 2) QCOMPARE(h[1], h[2]);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
