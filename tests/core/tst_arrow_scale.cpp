// Gradient arrows whose length means something: one scale per function, a round number of slope per unit
// of length, arrows that grow with |∇f|, and a clear verdict when one is too short to see or too long.

#include "function/point_classification.h"
#include "geometry/arrow_scale.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestArrowScale : public QObject {
    Q_OBJECT
private slots:
    void roundScale_data();
    void roundScale();
    void lengthFollowsSlope_data();
    void lengthFollowsSlope();
    void fit_data();
    void fit();
    void logarithmic_data();
    void logarithmic();
};

void TestArrowScale::logarithmic_data() {
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("length");
    QTest::addColumn<QString>("fit");
    // Largest slope 4000 drawn 1.4 long over 4 decades: each ×10 adds 0.35, nothing from 0.4 down.
    QTest::newRow("largest") << 4000.0 << 1.4 << "drawn";
    QTest::newRow("a tenth") << 400.0 << 1.05 << "drawn";
    QTest::newRow("rosenbrock valley") << 4.0 << 0.35 << "drawn";
    QTest::newRow("just visible") << 0.8 << 0.35 * (1 + std::log10(0.2)) << "drawn";
    QTest::newRow("smallest") << 0.4 << 0.0 << "too_short";
    QTest::newRow("converged") << 1e-7 << 0.0 << "too_short";
    QTest::newRow("steeper than the rectangle") << 40000.0 << 1.4 << "shortened";
}

void TestArrowScale::logarithmic() {
    QFETCH(double, slope);
    QFETCH(double, length);
    QFETCH(QString, fit);
    const ArrowScale s = ArrowScale::logarithmic(4000.0, 1.4, 4.0);
    QVERIFY(s.isLogarithmic());
    GRADLAB_COMPARE_CLOSE(s.smallestSlope(), 0.4, 1e-12);
    double drawn = -1;
    QCOMPARE(QString::fromLatin1(arrowFitName(s.fit(slope, 0.03, 1.4, &drawn))), fit);
    GRADLAB_COMPARE_CLOSE(drawn, length, 1e-12);
    // Grows with the slope everywhere above the smallest.
    if (slope > 0.4) QVERIFY(s.lengthOf(slope * 1.01) > s.lengthOf(slope));
}

void TestArrowScale::roundScale_data() {
    QTest::addColumn<double>("typicalSlope");
    QTest::addColumn<double>("typicalLength");
    QTest::addColumn<double>("slopePerUnit");
    QTest::newRow("exact") << 10.0 << 1.0 << 10.0;
    QTest::newRow("down to 1") << 1.3 << 1.0 << 1.0;
    QTest::newRow("up to 2") << 1.6 << 1.0 << 2.0;
    QTest::newRow("down to 5") << 6.5 << 1.0 << 5.0;
    QTest::newRow("up to the next decade") << 7.5 << 1.0 << 10.0;
    QTest::newRow("small") << 0.03 << 0.8 << 0.05;
    QTest::newRow("large") << 4400.0 << 0.8 << 5000.0;
    QTest::newRow("flat function") << 0.0 << 1.0 << 1.0;
    QTest::newRow("undefined function") << double(NAN) << 1.0 << 1.0;
}

void TestArrowScale::roundScale() {
    QFETCH(double, typicalSlope);
    QFETCH(double, typicalLength);
    QFETCH(double, slopePerUnit);
    const ArrowScale s(typicalSlope, typicalLength);
    GRADLAB_COMPARE_CLOSE(s.slopePerUnit(), slopePerUnit, 1e-12);
    // The typical slope is drawn within a factor √2.5 of the length asked for.
    if (typicalSlope > 0) {
        QVERIFY(s.lengthOf(typicalSlope) <= typicalLength * std::sqrt(2.5));
        QVERIFY(s.lengthOf(typicalSlope) >= typicalLength / std::sqrt(2.5));
    }
}

void TestArrowScale::lengthFollowsSlope_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPointF>("small");
    QTest::addColumn<QPointF>("large");
    QTest::newRow("elliptic bowl") << "x^2 + 3y^2" << QPointF(0.1, 0.1) << QPointF(1.5, 1.0);
    QTest::newRow("saddle") << "x^2 - y^2" << QPointF(0.0075, 0) << QPointF(1.5, -1.5);
    QTest::newRow("rosenbrock") << "(1-x)^2 + 100(y-x^2)^2" << QPointF(0.9, 0.8) << QPointF(-1, 2);
    QTest::newRow("himmelblau") << "(x^2 + y - 11)^2 + (x + y^2 - 7)^2" << QPointF(2.9, 2.1) << QPointF(0, 0);
}

void TestArrowScale::lengthFollowsSlope() {
    QFETCH(QString, formula);
    QFETCH(QPointF, small);
    QFETCH(QPointF, large);
    const FunctionPtr f = test::compile(formula, {"x", "y"});
    const ArrowScale s(typicalSlope(*f, -2, 2, -1, 3), 0.8);
    auto norm = [&f](QPointF p) {
        const double at[2] = {p.x(), p.y()};
        double g[2];
        f->valueAndGradient(at, g);
        return std::hypot(g[0], g[1]);
    };
    const double a = norm(small), b = norm(large);
    QVERIFY(a < b);
    // One scale for the function: lengths in the ratio of the slopes.
    QVERIFY(s.lengthOf(a) < s.lengthOf(b));
    GRADLAB_COMPARE_CLOSE(s.lengthOf(b) / s.lengthOf(a), b / a, 1e-12);
}

void TestArrowScale::fit_data() {
    QTest::addColumn<double>("slope");
    QTest::addColumn<QString>("fit");
    QTest::addColumn<double>("drawn");
    // Scale: 5 of slope per unit; arrows between 0.05 and 1.5 units.
    QTest::newRow("to scale") << 2.5 << "drawn" << 0.5;
    QTest::newRow("just long enough") << 0.25 << "drawn" << 0.05;
    QTest::newRow("near a saddle") << 0.015 << "too_short" << 0.0;
    QTest::newRow("converged") << 1e-7 << "too_short" << 0.0;
    QTest::newRow("zero") << 0.0 << "too_short" << 0.0;
    QTest::newRow("steep start") << 2000.0 << "shortened" << 1.5;
    QTest::newRow("undefined") << double(NAN) << "undefined" << 0.0;
    QTest::newRow("infinite") << double(INFINITY) << "undefined" << 0.0;
}

void TestArrowScale::fit() {
    QFETCH(double, slope);
    QFETCH(QString, fit);
    QFETCH(double, drawn);
    const ArrowScale s(5.0, 1.0);
    double length = -1;
    QCOMPARE(QString::fromLatin1(arrowFitName(s.fit(slope, 0.05, 1.5, &length))), fit);
    GRADLAB_COMPARE_CLOSE(length, drawn, 1e-12);
}

QTEST_GUILESS_MAIN(TestArrowScale)
#include "tst_arrow_scale.moc"
