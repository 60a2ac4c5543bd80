// Sampling curves for drawing: a drawn line never joins the two sides of a jump or of a point where f is
// undefined, and never breaks a continuous curve, for the values of f and for f′.

#include "geometry/curve_sampling.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestCurveSampling : public QObject {
    Q_OBJECT
private slots:
    void breaksExactlyWhereTheCurveBreaks_data();
    void breaksExactlyWhereTheCurveBreaks();
    void derivativeOnlyWhereFIsDefined_data();
    void derivativeOnlyWhereFIsDefined();
    void criticalPointsOnlyWhereFIsDefined();
};

void TestCurveSampling::breaksExactlyWhereTheCurveBreaks_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<bool>("derivative");
    QTest::addColumn<double>("xmin");
    QTest::addColumn<double>("xmax");
    QTest::addColumn<int>("samples");
    QTest::addColumn<QList<double>>("breaks"); // where the curve must break; nowhere else
    using L = QList<double>;
    const double pi = 3.14159265358979323846;
    // Jumps: the slope of |x| (with and without a sample at 0), a step, sign-like quotients.
    QTest::newRow("slope of |x|") << "abs(x)" << true << -3.0 << 3.0 << 1200 << L{0.0};
    QTest::newRow("slope of |x|, a sample at 0") << "abs(x)" << true << -3.0 << 3.0 << 1201 << L{0.0};
    QTest::newRow("slope of |x - 1|") << "abs(x - 1)" << true << -2.7 << 3.3 << 1200 << L{1.0};
    QTest::newRow("step") << "step(x - 0.3)" << false << -3.0 << 3.0 << 1200 << L{0.3};
    QTest::newRow("slope of relu, 2x") << "2 relu(x)" << true << -3.0 << 3.0 << 1200 << L{0.0};
    QTest::newRow("x/|x|") << "x / abs(x)" << false << -2.9 << 3.1 << 1200 << L{0.0};
    // Poles: changing sign, keeping sign, logarithmic, several.
    QTest::newRow("1/x") << "1/x" << false << -3.0 << 3.0 << 1200 << L{0.0};
    QTest::newRow("1/x, off-centre") << "1/x" << false << -2.9 << 3.1 << 1200 << L{0.0};
    QTest::newRow("1/x^2") << "1/x^2" << false << -2.9 << 3.1 << 1200 << L{0.0};
    QTest::newRow("slope of 1/x (keeps sign)") << "1/x" << true << -2.9 << 3.1 << 1200 << L{0.0};
    QTest::newRow("log|x - 0.1|") << "log(abs(x - 0.1))" << false << -3.0 << 3.0 << 1200 << L{0.1};
    QTest::newRow("tan") << "tan(x)" << false << -3.0 << 3.0 << 1200 << L{-pi / 2, pi / 2};
    QTest::newRow("slope of sqrt|x| (±∞ at 0)") << "sqrt(abs(x))" << true << -2.9 << 3.1 << 1200 << L{0.0};
    // Continuous curves, however steep or sharp: no break anywhere.
    QTest::newRow("|x|") << "abs(x)" << false << -3.0 << 3.0 << 1201 << L{};
    QTest::newRow("steep atan") << "atan(1000 x)" << false << -3.0 << 3.0 << 1200 << L{};
    QTest::newRow("sqrt|x| (a cusp)") << "sqrt(abs(x))" << false << -2.9 << 3.1 << 1200 << L{};
    QTest::newRow("sin(20x)") << "sin(20 x)" << false << -3.0 << 3.0 << 1200 << L{};
    QTest::newRow("narrow peak") << "1/(x^2 + 0.0001)" << false << -3.0 << 3.0 << 1200 << L{};
    QTest::newRow("exp") << "exp(x)" << false << -3.0 << 10.0 << 1200 << L{};
    QTest::newRow("slope of x^3") << "x^3" << true << -3.0 << 3.0 << 1200 << L{};
    QTest::newRow("cubic") << "x^3 - 6x^2 + 9x + 1" << false << -1.0 << 5.0 << 1200 << L{};
}

void TestCurveSampling::breaksExactlyWhereTheCurveBreaks() {
    QFETCH(QString, formula);
    QFETCH(bool, derivative);
    QFETCH(double, xmin);
    QFETCH(double, xmax);
    QFETCH(int, samples);
    QFETCH(QList<double>, breaks);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const SampledCurve c =
        derivative ? sampleDerivative(*f, xmin, xmax, samples) : sampleCurve(*f, xmin, xmax, samples);
    QCOMPARE(c.x.size(), c.y.size());
    QVERIFY(std::is_sorted(c.x.begin(), c.x.end()));
    const double step = (xmax - xmin) / (samples - 1);
    // Every break has a gap: no drawn segment (two consecutive finite points) spans it.
    for (double b : breaks) {
        for (std::size_t i = 1; i < c.x.size(); ++i) {
            const bool drawn = std::isfinite(c.y[i - 1]) && std::isfinite(c.y[i]);
            // A segment may run up to the break (a step reaching its jump), not across it, and one that
            // ends on it may not climb (the slope of |x| joined −1, 0 and 1 through a sample at 0).
            const bool across = c.x[i - 1] < b && b < c.x[i];
            const bool climbsOnto = (c.x[i - 1] == b || c.x[i] == b) && std::fabs(c.y[i] - c.y[i - 1]) > 0.1;
            QVERIFY2(!(drawn && (across || climbsOnto)),
                     qPrintable(QStringLiteral("a line from (%1, %2) to (%3, %4) joins the sides of %5")
                                    .arg(c.x[i - 1])
                                    .arg(c.y[i - 1])
                                    .arg(c.x[i])
                                    .arg(c.y[i])
                                    .arg(b)));
        }
    }
    // Nowhere else: every gap is within one sample spacing of a break.
    for (std::size_t i = 0; i < c.x.size(); ++i) {
        if (std::isfinite(c.y[i])) continue;
        const bool expected = std::any_of(breaks.begin(), breaks.end(),
                                          [&](double b) { return std::fabs(c.x[i] - b) <= step; });
        QVERIFY2(expected, qPrintable(QStringLiteral("a gap at x = %1").arg(c.x[i])));
    }
}

// f′ is drawn only where f exists: 1/x is not the slope of ln at x < 0.
void TestCurveSampling::derivativeOnlyWhereFIsDefined_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("domainStart"); // f is defined for x > domainStart (x ≥ for sqrt) only
    QTest::newRow("ln") << "ln(x)" << 0.0;
    QTest::newRow("ln(x) + x²") << "ln(x) + x^2" << 0.0;
    QTest::newRow("sqrt") << "sqrt(x)" << 0.0;
    QTest::newRow("ln(x − 1)") << "ln(x - 1)" << 1.0;
    QTest::newRow("x ln x") << "x*ln(x)" << 0.0;
}

void TestCurveSampling::derivativeOnlyWhereFIsDefined() {
    QFETCH(QString, formula);
    QFETCH(double, domainStart);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const SampledCurve c = sampleDerivative(*f, -3.0, 3.0, 1200);
    int drawnInside = 0;
    for (std::size_t i = 0; i < c.x.size(); ++i) {
        if (c.x[i] < domainStart)
            QVERIFY2(std::isnan(c.y[i]), qPrintable(QStringLiteral("f′ drawn at x = %1").arg(c.x[i])));
        if (c.x[i] > domainStart + 0.01 && std::isfinite(c.y[i])) ++drawnInside;
    }
    QVERIFY(drawnInside > 100); // and drawn where f is
}

void TestCurveSampling::criticalPointsOnlyWhereFIsDefined() {
    // 1/x + 2x vanishes at −1/√2, where ln(x) + x² has no value: not a flat point to snap onto.
    const FunctionPtr f = test::compile(QStringLiteral("ln(x) + x^2"));
    QVERIFY(f);
    QVERIFY(criticalPoints(*f, -3.0, 3.0).empty());
    // Where f is defined the flat points are still found.
    const FunctionPtr g = test::compile(QStringLiteral("ln(x) - x"));
    const std::vector<double> roots = criticalPoints(*g, -3.0, 3.0);
    QCOMPARE(roots.size(), std::size_t(1));
    QVERIFY(std::fabs(roots[0] - 1.0) < 1e-9);
}

QTEST_GUILESS_MAIN(TestCurveSampling)
#include "tst_curve_sampling.moc"
