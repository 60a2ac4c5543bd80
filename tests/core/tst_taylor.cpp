// Zoom in until it looks straight: the largest gap between f and its tangent falls about 100× when the
// window shrinks 10× where f is smooth (slope 2 on log-log axes), only 10× at a corner (slope 1); the Taylor
// coefficients are the symbolic derivatives over k! (and agree with difference quotients); the osculating
// circle and Newton's step on a table.

#include "diff/numeric.h"
#include "function/taylor.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;
using gradlab::test::compile;

class TestTaylor : public QObject {
    Q_OBJECT
private slots:
    void gapFallsLikeTheSquare_data();
    void gapFallsLikeTheSquare();
    void cornerNeverStraightens_data();
    void cornerNeverStraightens();
    void gapIsTheLargestOverTheWindow();
    void roundingIsSaid();
    void coefficientsAreTheDerivatives_data();
    void coefficientsAreTheDerivatives();
    void badOrders();
    void osculatingCircle_data();
    void osculatingCircle();
    void newtonStep_data();
    void newtonStep();
    void gapOrderIsTheMeasuredSlope_data();
    void gapOrderIsTheMeasuredSlope();
    void quadraticIsSaidOnlyOfQuadratics_data();
    void quadraticIsSaidOnlyOfQuadratics();
};

void TestTaylor::gapFallsLikeTheSquare_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::newRow("x² at 1") << "x^2" << 1.0;
    QTest::newRow("sin at 1") << "sin(x)" << 1.0;
    QTest::newRow("exp at 0") << "exp(x)" << 0.0;
    QTest::newRow("ln at 2") << "ln(x)" << 2.0;
    QTest::newRow("cubic at −0.7") << "x^3 - 2*x" << -0.7;
    QTest::newRow("1/(1+x²) at 0.3") << "1/(1+x^2)" << 0.3;
    QTest::newRow("x·|x| at 1 (smooth there)") << "x*abs(x)" << 1.0;
}

// Away from rounding (windows 10⁻² and 10⁻³): each tenth of the width divides the gap by about 100.
void TestTaylor::gapFallsLikeTheSquare() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    const FunctionPtr f = compile(formula);
    const LocalLine line = localLine(*f, a);
    QCOMPARE(line.kind, LocalLine::Tangent);
    const TangentGap wide = tangentGap(*f, a, line.slope, 1e-2);
    const TangentGap narrow = tangentGap(*f, a, line.slope, 1e-3);
    QVERIFY(!wide.isRounding() && !narrow.isRounding());
    const double ratio = wide.gap / narrow.gap;
    QVERIFY2(ratio > 90 && ratio < 110, qPrintable(QString::number(ratio)));
    // ≈ |f″(a)|/2 · w² at small w.
    GRADLAB_COMPARE_CLOSE(narrow.gap / 1e-6, 0.5 * std::fabs(f->secondDerivative(a)), 0.02);
    const GapCurve curve = gapCurve(*f, a, line.slope, 10, 1e-6);
    QVERIFY2(std::fabs(curve.slope - 2) < 0.05, qPrintable(QString::number(curve.slope)));
}

void TestTaylor::cornerNeverStraightens_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::newRow("|x| at 0") << "abs(x)" << 0.0 << -1.0 << 1.0;
    QTest::newRow("relu at 0") << "relu(x)" << 0.0 << 0.0 << 1.0;
    QTest::newRow("|x − 1| + x² at 1") << "abs(x-1) + x^2" << 1.0 << 1.0 << 3.0;
    QTest::newRow("|sin x| at 0") << "abs(sin(x))" << 0.0 << -1.0 << 1.0;
}

// At a corner the gap falls only like the width: 10×, slope 1, whatever the zoom.
void TestTaylor::cornerNeverStraightens() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(double, left);
    QFETCH(double, right);
    const FunctionPtr f = compile(formula);
    const LocalLine line = localLine(*f, a);
    QCOMPARE(line.kind, LocalLine::Corner);
    GRADLAB_COMPARE_CLOSE(line.left, left, 1e-6);
    GRADLAB_COMPARE_CLOSE(line.right, right, 1e-6);
    for (double w : {1e-2, 1e-3, 1e-5}) {
        const double ratio = tangentGap(*f, a, line.slope, w).gap / tangentGap(*f, a, line.slope, w / 10).gap;
        QVERIFY2(ratio > 9 && ratio < 11, qPrintable(QString::number(ratio)));
        // The gap stays this share of the width: (right − left)/2 · w.
        GRADLAB_COMPARE_CLOSE(tangentGap(*f, a, line.slope, w).gap / w, 0.5 * (right - left), 0.02);
    }
    const GapCurve curve = gapCurve(*f, a, line.slope, 10, 1e-6);
    QVERIFY2(std::fabs(curve.slope - 1) < 0.05, qPrintable(QString::number(curve.slope)));
}

// The gap is the maximum over the whole window, not at its ends: sin at 0 over [−π, π] with the tangent
// y = x peaks at the ends (π), but cos at 0 over [−2π, 2π] peaks at ±π (gap 2).
void TestTaylor::gapIsTheLargestOverTheWindow() {
    const FunctionPtr f = compile(QStringLiteral("cos(x)"));
    const TangentGap g = tangentGap(*f, 0.0, 0.0, 2 * M_PI);
    GRADLAB_COMPARE_CLOSE(g.gap, 2.0, 1e-12);
    GRADLAB_COMPARE_CLOSE(std::fabs(g.where), M_PI, 1e-6);
    // A straight line has no gap at all.
    const FunctionPtr line = compile(QStringLiteral("3*x + 1"));
    QVERIFY(tangentGap(*line, 2.0, 3.0, 1e-3).isRounding());
    QVERIFY(!gapCurve(*line, 2.0, 3.0, 10, 1e-6).hasSlope());
    // Outside the domain in the window: no gap.
    QVERIFY(std::isnan(tangentGap(*compile(QStringLiteral("ln(x)")), 1.0, 1.0, 2.0).gap));
}

// Where f″ is tiny against f's size, rounding takes over before 10⁻⁶: the curve says where.
void TestTaylor::roundingIsSaid() {
    const FunctionPtr f = compile(QStringLiteral("1000 + 0.001*x^2"));
    const LocalLine line = localLine(*f, 1.0);
    QVERIFY(tangentGap(*f, 1.0, line.slope, 1e-1).isRounding() == false);
    QVERIFY(tangentGap(*f, 1.0, line.slope, 1e-5).isRounding());
    const GapCurve c = gapCurve(*f, 1.0, line.slope, 10, 1e-6);
    QVERIFY(c.smallestClean > 1e-5 && c.smallestClean < 1e-1);
    QVERIFY2(std::fabs(c.slope - 2) < 0.1, qPrintable(QString::number(c.slope)));
}

void TestTaylor::coefficientsAreTheDerivatives_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<QVector<double>>("expected"); // f(a), f′(a), f″(a)/2, f‴(a)/6
    QTest::newRow("x³ at 2") << "x^3" << 2.0 << QVector<double>{8, 12, 6, 1};
    QTest::newRow("exp at 0") << "exp(x)" << 0.0 << QVector<double>{1, 1, 0.5, 1.0 / 6};
    QTest::newRow("sin at 0") << "sin(x)" << 0.0 << QVector<double>{0, 1, 0, -1.0 / 6};
    QTest::newRow("ln at 1") << "ln(x)" << 1.0 << QVector<double>{0, 1, -0.5, 1.0 / 3};
    QTest::newRow("1/x at 2") << "1/x" << 2.0 << QVector<double>{0.5, -0.25, 0.125, -0.0625};
    QTest::newRow("x·e^x at 1") << "x*exp(x)" << 1.0 << QVector<double>{M_E, 2 * M_E, 1.5 * M_E, 4 * M_E / 6};
}

void TestTaylor::coefficientsAreTheDerivatives() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(QVector<double>, expected);
    const FunctionPtr f = compile(formula);
    const TaylorExpansion t = taylorExpansion(*f, a, 3);
    QVERIFY(t.ok);
    QCOMPARE(t.order(), 3);
    for (int k = 0; k <= 3; ++k)
        GRADLAB_COMPARE_CLOSE(t.coefficients[k], expected[k], 1e-13);
    QCOMPARE(t.values[1], f->slope(a));
    QCOMPARE(t.values[2], f->secondDerivative(a));
    // The numeric derivatives agree: central differences of f for f′, of f′ for f″ and of f″ for f‴.
    auto central = [](const std::function<double(double)>& g, double x) {
        return differenceQuotient(g, x, 1e-4, DifferenceScheme::Central);
    };
    GRADLAB_COMPARE_CLOSE(central([&](double x) { return f->value(x); }, a), t.values[1], 1e-6);
    GRADLAB_COMPARE_CLOSE(central([&](double x) { return f->slope(x); }, a), t.values[2], 1e-6);
    GRADLAB_COMPARE_CLOSE(central([&](double x) { return f->secondDerivative(x); }, a), t.values[3], 1e-6);
    // The order-2 polynomial is the tangent plus the parabola's term.
    const double x = a + 0.1;
    GRADLAB_COMPARE_CLOSE(t.polynomial(x, 2), expected[0] + expected[1] * 0.1 + expected[2] * 0.01, 1e-14);
}

void TestTaylor::badOrders() {
    const FunctionPtr f = compile(QStringLiteral("sin(x)"));
    QVERIFY(!taylorExpansion(*f, 0, 0).ok);
    QVERIFY(!taylorExpansion(*f, 0, kMaxTaylorOrder + 1).ok);
    QVERIFY(taylorExpansion(*f, 0, kMaxTaylorOrder).ok);
    const TaylorExpansion two = taylorExpansion(*compile(QStringLiteral("x*y"), {"x", "y"}), 0, 2);
    QVERIFY(!two.ok);
    QVERIFY(QString::fromStdString(two.message.english()).contains(QStringLiteral("one variable")));
}

void TestTaylor::osculatingCircle_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<double>("radius");
    QTest::addColumn<double>("cx");
    QTest::addColumn<double>("cy");
    QTest::newRow("x² at 0: radius 1/2 above") << "x^2" << 0.0 << true << 0.5 << 0.0 << 0.5;
    QTest::newRow("−x²/2 at 0: radius 1 below") << "-x^2/2" << 0.0 << true << 1.0 << 0.0 << -1.0;
    QTest::newRow("a circle of radius 2 is its own") << "-sqrt(4 - x^2)" << 1.0 << true << 2.0 << 0.0 << 0.0;
    QTest::newRow("x² at 1") << "x^2" << 1.0 << true << std::pow(5.0, 1.5) / 2 << -4.0 << 3.5;
    QTest::newRow("a line has none") << "2*x + 1" << 0.0 << false << 0.0 << 0.0 << 0.0;
}

void TestTaylor::osculatingCircle() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(bool, exists);
    const FunctionPtr f = compile(formula);
    const OsculatingCircle c = gradlab::osculatingCircle(a, f->value(a), f->slope(a), f->secondDerivative(a));
    QCOMPARE(c.exists, exists);
    if (!exists) return;
    QFETCH(double, radius);
    QFETCH(double, cx);
    QFETCH(double, cy);
    GRADLAB_COMPARE_CLOSE(c.radius, radius, 1e-12);
    GRADLAB_COMPARE_CLOSE(c.centreX, cx, 1e-12);
    GRADLAB_COMPARE_CLOSE(c.centreY, cy, 1e-12);
    // The point lies on the circle.
    GRADLAB_COMPARE_CLOSE(std::hypot(a - c.centreX, f->value(a) - c.centreY), c.radius, 1e-12);
}

void TestTaylor::newtonStep_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("bending");
    QTest::newRow("(x − 3)² lands on 3")
        << "(x-3)^2" << 8.0 << int(NewtonStep::Minimum) << 3.0 << int(Bending::Up);
    QTest::newRow("x⁴ at 1: two thirds of the way")
        << "x^4" << 1.0 << int(NewtonStep::Minimum) << 2.0 / 3 << int(Bending::Up);
    QTest::newRow("−x² at 1: the vertex is a maximum")
        << "-x^2" << 1.0 << int(NewtonStep::Maximum) << 0.0 << int(Bending::Down);
    QTest::newRow("sin at 0: f″ = 0, no vertex")
        << "sin(x)" << 0.0 << int(NewtonStep::NoVertex) << 0.0 << int(Bending::None);
    QTest::newRow("sin at π: f″ within round-off of 0")
        << "sin(x)" << M_PI << int(NewtonStep::NoVertex) << 0.0 << int(Bending::None);
    QTest::newRow("exp at 0") << "exp(x)" << 0.0 << int(NewtonStep::Minimum) << -1.0 << int(Bending::Up);
}

void TestTaylor::newtonStep() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(int, kind);
    QFETCH(double, x);
    QFETCH(int, bending);
    const FunctionPtr f = compile(formula);
    const Bending b = bendingAt(*f, a);
    QCOMPARE(int(b), bending);
    const NewtonStep s = gradlab::newtonStep(a, f->slope(a), f->secondDerivative(a), b);
    QCOMPARE(int(s.kind), kind);
    if (s.kind == NewtonStep::NoVertex) return;
    GRADLAB_COMPARE_CLOSE(s.x, x, 1e-12);
    // Gradient descent at η = 1/f″ takes the same step; 2/f″ is the critical rate.
    GRADLAB_COMPARE_CLOSE(a - s.newtonRate * f->slope(a), s.x, 1e-12);
    GRADLAB_COMPARE_CLOSE(s.criticalRate, 2 * s.newtonRate, 1e-15);
    // The vertex is where the parabola's slope is 0.
    const TaylorExpansion t = taylorExpansion(*f, a, 2);
    GRADLAB_COMPARE_CLOSE(t.coefficients[1] + 2 * t.coefficients[2] * (s.x - a), 0.0, 1e-12);
}

void TestTaylor::gapOrderIsTheMeasuredSlope_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<int>("order");
    QTest::newRow("x² at 1") << "x^2" << 1.0 << 2;
    QTest::newRow("sin at 1") << "sin(x)" << 1.0 << 2;
    QTest::newRow("exp at 0") << "exp(x)" << 0.0 << 2;
    QTest::newRow("1/(1+x²) at 0") << "1/(1+x^2)" << 0.0 << 2;
    QTest::newRow("sin at 0: f″ = 0") << "sin(x)" << 0.0 << 3;
    QTest::newRow("sin at π: f″ within round-off of 0") << "sin(x)" << M_PI << 3;
    QTest::newRow("x³ at 0") << "x^3" << 0.0 << 3;
    QTest::newRow("x³ − 2x at 0") << "x^3 - 2*x" << 0.0 << 3;
    QTest::newRow("tan at 0") << "tan(x)" << 0.0 << 3;
    QTest::newRow("x⁴ at 0") << "x^4" << 0.0 << 4;
    QTest::newRow("x⁵ + x at 0") << "x^5 + x" << 0.0 << 5;
    QTest::newRow("a line: nothing to fall") << "3*x - 1" << 2.0 << 0;
}

// The order of the first non-zero term after the tangent is the slope the gap falls with on log-log axes.
void TestTaylor::gapOrderIsTheMeasuredSlope() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(int, order);
    const FunctionPtr f = compile(formula);
    QCOMPARE(gapOrder(*f, a), order);
    const LocalLine line = localLine(*f, a);
    QCOMPARE(line.kind, LocalLine::Tangent);
    const GapCurve curve = gapCurve(*f, a, line.slope, 10, 1e-6);
    if (order == 0) {
        QVERIFY2(!curve.hasSlope(), qPrintable(QString::number(curve.slope)));
        return;
    }
    QVERIFY2(std::fabs(curve.slope - order) < 0.1, qPrintable(QString::number(curve.slope)));
}

void TestTaylor::quadraticIsSaidOnlyOfQuadratics_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<bool>("quadratic");
    QTest::newRow("x²") << "x^2" << true;
    QTest::newRow("3x² + x") << "3*x^2 + x" << true;
    QTest::newRow("π·(x − 1)²") << "pi*(x-1)^2" << true;
    QTest::newRow("a line") << "2*x + 1" << true;
    QTest::newRow("sin") << "sin(x)" << false;
    QTest::newRow("x⁴") << "x^4" << false;
    QTest::newRow("exp") << "exp(x)" << false;
    QTest::newRow("x·|x|: piecewise quadratic") << "x*abs(x)" << false;
}

void TestTaylor::quadraticIsSaidOnlyOfQuadratics() {
    QFETCH(QString, formula);
    QFETCH(bool, quadratic);
    QCOMPARE(isAtMostQuadratic(*compile(formula)), quadratic);
}

QTEST_APPLESS_MAIN(TestTaylor)
#include "tst_taylor.moc"
