// CompiledFunction gives f, ∇f and the Hessian for any number of variables the parser accepts, not only
// the lessons' one and two (explicit variables may name more).

#include "function/compiled_function.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

using Numbers = std::vector<double>;
Q_DECLARE_METATYPE(Numbers)

class TestCompiledFunction : public QObject {
    Q_OBJECT
private slots:
    void derivativesAtPoint_data();
    void derivativesAtPoint();
    void slopeAlongFirstVariable_data();
    void slopeAlongFirstVariable();
};

void TestCompiledFunction::derivativesAtPoint_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<Numbers>("point");
    QTest::addColumn<double>("value");
    QTest::addColumn<Numbers>("gradient");
    QTest::addColumn<Numbers>("hessian"); // row-major
    QTest::newRow("one variable") << "x^3" << QStringList{"x"} << Numbers{2} << 8.0 << Numbers{12}
                                  << Numbers{12};
    QTest::newRow("two variables") << "x^2*y" << QStringList{"x", "y"} << Numbers{1, 3} << 3.0
                                   << Numbers{6, 1} << Numbers{6, 2, 2, 0};
    // f = xyz + x²: ∇f = (yz + 2x, xz, xy), H = [[2, z, y], [z, 0, x], [y, x, 0]]
    QTest::newRow("three variables") << "x*y*z + x^2" << QStringList{"x", "y", "z"} << Numbers{1, 2, 3} << 7.0
                                     << Numbers{8, 3, 2} << Numbers{2, 3, 2, 3, 0, 1, 2, 1, 0};
    // f = a² + b² + c² + d² + ab: ∇f = (2a + b, 2b + a, 2c, 2d)
    QTest::newRow("four variables") << "a^2 + b^2 + c^2 + d^2 + a*b" << QStringList{"a", "b", "c", "d"}
                                    << Numbers{1, 2, 3, 4} << 32.0 << Numbers{4, 5, 6, 8}
                                    << Numbers{2, 1, 0, 0, 1, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2};
}

void TestCompiledFunction::derivativesAtPoint() {
    QFETCH(QString, formula);
    QFETCH(QStringList, variables);
    QFETCH(Numbers, point);
    QFETCH(double, value);
    QFETCH(Numbers, gradient);
    QFETCH(Numbers, hessian);
    std::vector<std::string> names;
    for (const QString& v : variables)
        names.push_back(v.toStdString());
    const FunctionPtr f = test::compile(formula, names);
    QVERIFY(f);
    const int n = f->dimension();
    QCOMPARE(n, int(variables.size()));
    // One guard double past each buffer: the function must write exactly n and n² values.
    const double guard = -12345.0;
    Numbers g(static_cast<std::size_t>(n) + 1, guard), h(static_cast<std::size_t>(n * n) + 1, guard);
    GRADLAB_COMPARE_CLOSE(f->valueAndGradient(point.data(), g.data()), value, 1e-12);
    for (int i = 0; i < n; ++i)
        GRADLAB_COMPARE_CLOSE(g[std::size_t(i)], gradient[std::size_t(i)], 1e-12);
    QCOMPARE(g.back(), guard);
    std::fill(g.begin(), g.end(), guard);
    GRADLAB_COMPARE_CLOSE(f->valueGradientHessian(point.data(), g.data(), h.data()), value, 1e-12);
    for (int i = 0; i < n; ++i)
        GRADLAB_COMPARE_CLOSE(g[std::size_t(i)], gradient[std::size_t(i)], 1e-12);
    for (int k = 0; k < n * n; ++k)
        GRADLAB_COMPARE_CLOSE(h[std::size_t(k)], hessian[std::size_t(k)], 1e-12);
    QCOMPARE(g.back(), guard);
    QCOMPARE(h.back(), guard);
}

void TestCompiledFunction::slopeAlongFirstVariable_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("second");
    QTest::newRow("constant") << "3" << QStringList{} << 1.0 << 0.0 << 0.0;
    QTest::newRow("one variable") << "x^3" << QStringList{"x"} << 2.0 << 12.0 << 12.0;
    // At (x, 0, 0): ∂f/∂x = 3x² + y + z = 3x², ∂²f/∂x² = 6x.
    QTest::newRow("three variables") << "x^3 + x*y + x*z + y*z" << QStringList{"x", "y", "z"} << 2.0 << 12.0
                                     << 12.0;
}

void TestCompiledFunction::slopeAlongFirstVariable() {
    QFETCH(QString, formula);
    QFETCH(QStringList, variables);
    QFETCH(double, x);
    QFETCH(double, slope);
    QFETCH(double, second);
    std::vector<std::string> names;
    for (const QString& v : variables)
        names.push_back(v.toStdString());
    const FunctionPtr f = test::compile(formula, names);
    QVERIFY(f);
    GRADLAB_COMPARE_CLOSE(f->slope(x), slope, 1e-12);
    GRADLAB_COMPARE_CLOSE(f->secondDerivative(x), second, 1e-12);
}

QTEST_GUILESS_MAIN(TestCompiledFunction)
#include "tst_compiled_function.moc"
