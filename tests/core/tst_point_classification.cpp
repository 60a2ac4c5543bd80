// What a point is, in words: the 1-D kinds of lesson 1 and the 2-D kinds of lesson 6 (sloped, or a flat
// point that the Hessian calls a minimum, a maximum, a saddle, or cannot decide). "Flat" is relative to the
// function's own typical slope, so scaling a function does not change what its points are.

#include "function/point_classification.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestPointClassification : public QObject {
    Q_OBJECT
private slots:
    void linePoint_data();
    void linePoint();
    void surfacePoint_data();
    void surfacePoint();
    void flatIsRelativeToTheFunction_data();
    void flatIsRelativeToTheFunction();
};

// Lesson 1's words: a constant is flat everywhere, not "the same way on both sides".
void TestPointClassification::linePoint_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("kind");
    QTest::newRow("f = 0 is constant") << "0" << 1.0 << int(PointKind::Constant);
    QTest::newRow("f = 5 is constant") << "5" << -2.0 << int(PointKind::Constant);
    QTest::newRow("x³ at 0: neither") << "x^3" << 0.0 << int(PointKind::FlatNeither);
    QTest::newRow("x⁵ at 0: neither, not constant") << "x^5" << 0.0 << int(PointKind::FlatNeither);
    QTest::newRow("x⁴ at 0: minimum") << "x^4" << 0.0 << int(PointKind::Minimum);
    QTest::newRow("x² at 0: minimum") << "x^2" << 0.0 << int(PointKind::Minimum);
    QTest::newRow("ln at −1: undefined") << "ln(x)" << -1.0 << int(PointKind::Undefined);
    QTest::newRow("sqrt at 0: undefined") << "sqrt(x)" << 0.0 << int(PointKind::Undefined);
}

void TestPointClassification::linePoint() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(int, kind);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    QCOMPARE(int(classifyPoint(*f, x)), kind);
}

void TestPointClassification::surfacePoint_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<QString>("kind");
    QTest::newRow("bowl minimum") << "x^2 + y^2" << 0.0 << 0.0 << "minimum";
    QTest::newRow("cap maximum") << "-x^2 - y^2" << 0.0 << 0.0 << "maximum";
    QTest::newRow("saddle x²−y²") << "x^2 - y^2" << 0.0 << 0.0 << "saddle";
    QTest::newRow("saddle x·y") << "x*y" << 0.0 << 0.0 << "saddle";
    QTest::newRow("quartic: Hessian zero") << "x^4 + y^4" << 0.0 << 0.0 << "undetermined";
    QTest::newRow("x²+y⁴: Hessian singular") << "x^2 + y^4" << 0.0 << 0.0 << "undetermined";
    QTest::newRow("monkey-ish x³+y²") << "x^3 + y^2" << 0.0 << 0.0 << "undetermined";
    QTest::newRow("rosenbrock minimum") << "(1-x)^2 + 100(y-x^2)^2" << 1.0 << 1.0 << "minimum";
    QTest::newRow("himmelblau minimum") << "(x^2 + y - 11)^2 + (x + y^2 - 7)^2" << 3.0 << 2.0 << "minimum";
    QTest::newRow("elliptic bowl off centre") << "x^2 + 3y^2" << 0.0 << 2.0 << "sloped";
    QTest::newRow("near a saddle, not flat") << "x^2 - y^2" << 0.0075 << 0.0 << "sloped";
    QTest::newRow("almost at the saddle") << "x^2 - y^2" << 1e-7 << -1e-7 << "saddle";
    QTest::newRow("sin·cos maximum") << "sin(x)*sin(y)" << M_PI / 2 << M_PI / 2 << "maximum";
    QTest::newRow("sin·cos saddle") << "sin(x)*sin(y)" << 0.0 << 0.0 << "saddle";
    QTest::newRow("outside the domain") << "ln(x) + y^2" << -1.0 << 0.0 << "undefined";
}

void TestPointClassification::surfacePoint() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(QString, kind);
    const FunctionPtr f = test::compile(formula, {"x", "y"});
    QVERIFY(f);
    const double scale = typicalSlope(*f, -2, 2, -2, 2);
    const double p[2] = {x, y};
    const SurfacePoint s = classifySurfacePoint(*f, p, scale);
    QCOMPARE(QString::fromLatin1(surfacePointName(s.kind)), kind);
}

void TestPointClassification::flatIsRelativeToTheFunction_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<QString>("kind");
    // |∇f| = 1e-3 is far from flat for a function whose slopes are about 1e-5 …
    QTest::newRow("tiny bowl, sloped") << "1e-6*(x^2 + y^2)" << 0.5 << 0.5 << "sloped";
    QTest::newRow("tiny bowl, bottom") << "1e-6*(x^2 + y^2)" << 0.0 << 0.0 << "minimum";
    // … and flat for one whose slopes are about 1e4.
    QTest::newRow("steep saddle, nearly flat") << "1000*(x^2 - y^2)" << 5e-7 << 0.0 << "saddle";
    QTest::newRow("steep saddle, sloped") << "1000*(x^2 - y^2)" << 0.01 << 0.0 << "sloped";
}

void TestPointClassification::flatIsRelativeToTheFunction() {
    surfacePoint();
}

QTEST_GUILESS_MAIN(TestPointClassification)
#include "tst_point_classification.moc"
