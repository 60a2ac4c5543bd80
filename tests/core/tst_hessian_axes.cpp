// The Hessian as the axes of the local quadratic model (lesson 5): its eigenvalues and eigen-directions
// against the analytic Hessian, the shape their signs name (at flat and at sloped points), and the level
// set ½ dᵀHd = ±c drawn around the point: every point of it is on the level it claims.

#include "function/hessian_axes.h"
#include "function/point_classification.h"
#include "geometry/quadratic_level_set.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestHessianAxes : public QObject {
    Q_OBJECT
private slots:
    void eigenAxesMatchTheAnalyticHessian_data();
    void eigenAxesMatchTheAnalyticHessian();
    void levelSetLiesOnItsLevel_data();
    void levelSetLiesOnItsLevel();
    void nothingToDrawWithoutCurvature();
};

void TestHessianAxes::eigenAxesMatchTheAnalyticHessian_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    // The analytic Hessian at (x, y), worked out by hand.
    QTest::addColumn<double>("fxx");
    QTest::addColumn<double>("fxy");
    QTest::addColumn<double>("fyy");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("kind"); ///< classifySurfacePoint's word
    QTest::newRow("elliptic bowl") << "x^2 + 3y^2" << 2.5 << 1.5 << 2.0 << 0.0 << 6.0 << "bowl"
                                   << "sloped";
    QTest::newRow("elliptic bowl, bottom") << "x^2 + 3y^2" << 0.0 << 0.0 << 2.0 << 0.0 << 6.0 << "bowl"
                                           << "minimum";
    QTest::newRow("round bowl") << "x^2 + y^2" << 0.3 << -0.2 << 2.0 << 0.0 << 2.0 << "bowl"
                                << "sloped";
    QTest::newRow("booth, tilted") << "(x + 2y - 7)^2 + (2x + y - 5)^2" << 1.0 << 3.0 << 10.0 << 8.0 << 10.0
                                   << "bowl"
                                   << "minimum";
    QTest::newRow("matyas") << "0.26(x^2 + y^2) - 0.48x*y" << 4.0 << -3.0 << 0.52 << -0.48 << 0.52 << "bowl"
                            << "sloped";
    QTest::newRow("dome") << "-x^2 - 2y^2" << 0.0 << 0.0 << -2.0 << 0.0 << -4.0 << "dome"
                          << "maximum";
    QTest::newRow("saddle x²−y², centre") << "x^2 - y^2" << 0.0 << 0.0 << 2.0 << 0.0 << -2.0 << "saddle"
                                          << "saddle";
    QTest::newRow("saddle x²−y², aside") << "x^2 - y^2" << 1.0 << 0.5 << 2.0 << 0.0 << -2.0 << "saddle"
                                         << "sloped";
    QTest::newRow("saddle x·y") << "x*y" << 0.0 << 0.0 << 0.0 << 1.0 << 0.0 << "saddle"
                                << "saddle";
    // The monkey saddle's Hessian [[6x, −6y], [−6y, −6x]] is zero at the origin: flat, undetermined.
    QTest::newRow("monkey saddle, origin") << "x^3 - 3x*y^2" << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << "flat"
                                           << "undetermined";
    QTest::newRow("monkey saddle, on x") << "x^3 - 3x*y^2" << 1.0 << 0.0 << 6.0 << 0.0 << -6.0 << "saddle"
                                         << "sloped";
    QTest::newRow("monkey saddle, diagonal")
        << "x^3 - 3x*y^2" << 0.5 << 0.5 << 3.0 << -3.0 << -3.0 << "saddle"
        << "sloped";
    // Rosenbrock: fxx = 2 − 400(y − x²) + 800x², fxy = −400x, fyy = 200.
    QTest::newRow("rosenbrock minimum")
        << "(1-x)^2 + 100(y-x^2)^2" << 1.0 << 1.0 << 802.0 << -400.0 << 200.0 << "bowl"
        << "minimum";
    QTest::newRow("rosenbrock start")
        << "(1-x)^2 + 100(y-x^2)^2" << -1.5 << 2.0 << 1902.0 << 600.0 << 200.0 << "bowl"
        << "sloped";
    QTest::newRow("rosenbrock above the valley")
        << "(1-x)^2 + 100(y-x^2)^2" << 0.0 << 1.0 << -398.0 << 0.0 << 200.0 << "saddle"
        << "sloped";
    // Singular Hessians: one eigenvalue zero (a trough or a ridge), or both.
    QTest::newRow("trough x² + y⁴") << "x^2 + y^4" << 0.0 << 0.0 << 2.0 << 0.0 << 0.0 << "trough"
                                    << "undetermined";
    QTest::newRow("trough (x + y)²") << "(x + y)^2" << 1.0 << 0.5 << 2.0 << 2.0 << 2.0 << "trough"
                                     << "sloped";
    QTest::newRow("ridge −(x − y)²") << "-(x - y)^2" << 0.0 << 0.0 << -2.0 << 2.0 << -2.0 << "ridge"
                                     << "undetermined";
    QTest::newRow("flat x⁴ + y⁴") << "x^4 + y^4" << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << "flat"
                                  << "undetermined";
}

void TestHessianAxes::eigenAxesMatchTheAnalyticHessian() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, fxx);
    QFETCH(double, fxy);
    QFETCH(double, fyy);
    QFETCH(QString, shape);
    QFETCH(QString, kind);
    const FunctionPtr f = test::compile(formula, {"x", "y"});
    QVERIFY(f);
    const double p[2] = {x, y};
    const HessianAxes axes = hessianAxesAt(*f, p);
    QVERIFY(axes.finite);
    GRADLAB_COMPARE_CLOSE(axes.hessian[0], fxx, 1e-12);
    GRADLAB_COMPARE_CLOSE(axes.hessian[1], fxy, 1e-12);
    GRADLAB_COMPARE_CLOSE(axes.hessian[2], fxy, 1e-12);
    GRADLAB_COMPARE_CLOSE(axes.hessian[3], fyy, 1e-12);
    // The eigenvalues of [[a, b], [b, c]] in closed form, ascending.
    const double mean = 0.5 * (fxx + fyy), radius = std::hypot(0.5 * (fxx - fyy), fxy);
    const double scale = std::max({1.0, std::fabs(fxx), std::fabs(fxy), std::fabs(fyy)});
    QVERIFY(std::fabs(axes.eigenvalues[0] - (mean - radius)) <= 1e-12 * scale);
    QVERIFY(std::fabs(axes.eigenvalues[1] - (mean + radius)) <= 1e-12 * scale);
    for (int i = 0; i < 2; ++i) {
        const double* v = axes.directions[i];
        QVERIFY(std::fabs(std::hypot(v[0], v[1]) - 1) < 1e-12);
        // H v = λ v.
        const double hv[2] = {fxx * v[0] + fxy * v[1], fxy * v[0] + fyy * v[1]};
        QVERIFY2(std::fabs(hv[0] - axes.eigenvalues[i] * v[0]) <= 1e-12 * scale &&
                     std::fabs(hv[1] - axes.eigenvalues[i] * v[1]) <= 1e-12 * scale,
                 qPrintable(QStringLiteral("direction %1 = (%2, %3)").arg(i).arg(v[0]).arg(v[1])));
    }
    // A right-handed frame, the first direction pointing right (or up): the same H, the same arrows.
    const double* u = axes.directions[0];
    QVERIFY(u[0] > 0 || (u[0] == 0 && u[1] > 0));
    QCOMPARE(axes.directions[1][0], -u[1]);
    QCOMPARE(axes.directions[1][1], u[0]);
    QCOMPARE(QString::fromLatin1(curvatureShapeName(axes.shape)), shape);
    // The classification of the point reads the same shape, sloped or flat.
    const SurfacePoint s = classifySurfacePoint(*f, p, typicalSlope(*f, -2, 2, -2, 2));
    QCOMPARE(QString::fromLatin1(curvatureShapeName(s.shape)), shape);
    QCOMPARE(QString::fromLatin1(surfacePointName(s.kind)), kind);
    QCOMPARE(s.eigenvalues[0], axes.eigenvalues[0]);
    QCOMPARE(s.eigenvalues[1], axes.eigenvalues[1]);
}

void TestHessianAxes::levelSetLiesOnItsLevel_data() {
    QTest::addColumn<double>("fxx");
    QTest::addColumn<double>("fxy");
    QTest::addColumn<double>("fyy");
    QTest::addColumn<double>("reach");
    QTest::addColumn<int>("curves");
    QTest::addColumn<bool>("closed"); ///< one closed curve: an ellipse
    QTest::newRow("bowl: ellipse") << 2.0 << 0.0 << 6.0 << 0.8 << 1 << true;
    QTest::newRow("tilted bowl: ellipse") << 10.0 << 8.0 << 10.0 << 1.0 << 1 << true;
    QTest::newRow("dome: ellipse at −c") << -2.0 << 0.5 << -4.0 << 0.5 << 1 << true;
    QTest::newRow("rosenbrock minimum: a needle") << 802.0 << -400.0 << 200.0 << 0.8 << 1 << true;
    QTest::newRow("saddle: four branches") << 2.0 << 0.0 << -2.0 << 0.8 << 4 << false;
    QTest::newRow("tilted saddle x·y") << 0.0 << 1.0 << 0.0 << 1.5 << 4 << false;
    QTest::newRow("uneven saddle") << 3.0 << -3.0 << -3.0 << 0.3 << 4 << false;
    QTest::newRow("rosenbrock above the valley") << -398.0 << 0.0 << 200.0 << 0.8 << 4 << false;
    QTest::newRow("trough: parallel lines") << 2.0 << 2.0 << 2.0 << 0.8 << 2 << false;
    QTest::newRow("ridge: parallel lines") << 0.0 << 0.0 << -5.0 << 2.0 << 2 << false;
}

void TestHessianAxes::levelSetLiesOnItsLevel() {
    QFETCH(double, fxx);
    QFETCH(double, fxy);
    QFETCH(double, fyy);
    QFETCH(double, reach);
    QFETCH(int, curves);
    QFETCH(bool, closed);
    const double h[4] = {fxx, fxy, fxy, fyy};
    const HessianAxes axes = hessianAxes(h);
    const QuadraticLevelSet set = quadraticLevelSet(axes, reach, 101);
    QCOMPARE(int(set.curves.size()), curves);
    QVERIFY(set.level > 0);
    const double c = set.level;
    // c is set by the gentlest curving direction, whose half-axis is `reach`.
    double gentlest = INFINITY;
    for (int i = 0; i < 2; ++i)
        if (bendSign(axes, i) != 0) gentlest = std::min(gentlest, std::fabs(axes.eigenvalues[i]));
    GRADLAB_COMPARE_CLOSE(c, 0.5 * gentlest * reach * reach, 1e-14);
    bool plus = false, minus = false;
    for (const LevelCurve& k : set.curves) {
        QCOMPARE(int(k.points.size()), 101);
        QVERIFY(k.level == c || k.level == -c);
        plus = plus || k.level > 0;
        minus = minus || k.level < 0;
        double farthest = 0.0;
        for (const auto& d : k.points) {
            // ½ dᵀHd computed here from the matrix, not by the code under test.
            const double q = 0.5 * (fxx * d[0] * d[0] + 2 * fxy * d[0] * d[1] + fyy * d[1] * d[1]);
            QVERIFY2(std::fabs(q - k.level) <= 1e-9 * c,
                     qPrintable(
                         QStringLiteral("q(%1, %2) = %3, level %4").arg(d[0]).arg(d[1]).arg(q).arg(k.level)));
            farthest = std::max(farthest, std::hypot(d[0], d[1]));
        }
        QVERIFY(farthest <= 2 * reach * (1 + 1e-12));
        if (closed) {
            // The ellipse closes, and its longest half-axis is `reach`.
            QVERIFY(std::hypot(k.points.front()[0] - k.points.back()[0],
                               k.points.front()[1] - k.points.back()[1]) < 1e-12);
            QVERIFY(std::fabs(farthest - reach) <= 1e-3 * reach);
        }
    }
    // A saddle's model takes both signs: the curves at +c and at −c are both drawn.
    const bool saddle = axes.shape == CurvatureShape::Saddle;
    QCOMPARE(plus && minus, saddle);
    // The axes end on the level set: q(halfAxis·eᵢ) = ±c along a curving direction.
    for (int i = 0; i < 2; ++i) {
        const double s = set.halfAxes[i];
        QVERIFY(s > 0);
        if (bendSign(axes, i) == 0) {
            QCOMPARE(s, reach);
            continue;
        }
        const double q = quadraticForm(axes, s * axes.directions[i][0], s * axes.directions[i][1]);
        QVERIFY(std::fabs(std::fabs(q) - c) <= 1e-9 * c);
        QCOMPARE(q > 0, axes.eigenvalues[i] > 0);
    }
}

void TestHessianAxes::nothingToDrawWithoutCurvature() {
    const double zero[4] = {0, 0, 0, 0};
    QVERIFY(quadraticLevelSet(hessianAxes(zero), 1.0).curves.empty());
    const double bowl[4] = {2, 0, 0, 2};
    QVERIFY(quadraticLevelSet(hessianAxes(bowl), 0.0).curves.empty());
    QVERIFY(quadraticLevelSet(hessianAxes(bowl), NAN).curves.empty());
    const double broken[4] = {2, NAN, NAN, 2};
    const HessianAxes axes = hessianAxes(broken);
    QVERIFY(!axes.finite);
    QCOMPARE(axes.shape, CurvatureShape::Undefined);
    QVERIFY(quadraticLevelSet(axes, 1.0).curves.empty());
    // Outside the domain the Hessian says nothing.
    const FunctionPtr f = test::compile(QStringLiteral("ln(x) + y^2"), {"x", "y"});
    const double p[2] = {-1, 0};
    QVERIFY(!hessianAxesAt(*f, p).finite);
}

QTEST_GUILESS_MAIN(TestHessianAxes)
#include "tst_hessian_axes.moc"
