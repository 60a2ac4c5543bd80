// Finite differences: the limit table of the lesson, and the order of each scheme's error.

#include "diff/numeric.h"
#include "test_helpers.h"

#include <QTest>
#include <algorithm>

using namespace gradlab;

class TestNumeric : public QObject {
    Q_OBJECT
private slots:
    void limitTableOfTheLesson();
    void schemes_data();
    void schemes();
    void errorOrder_data();
    void errorOrder();
    void errorCurveHasTruncationAndRoundOff();
    void bestErrorIsWhatARepeatMeasurementFinds_data();
    void bestErrorIsWhatARepeatMeasurementFinds();
    void bestHIsABand_data();
    void bestHIsABand();
    void truncationSlopeIsMeasured_data();
    void truncationSlopeIsMeasured();
    void errorRisesAgainOnlyWhereItDoes_data();
    void errorRisesAgainOnlyWhereItDoes();
};

void TestNumeric::limitTableOfTheLesson() {
    // f(x) = x² at a = 2, forward differences: slope 4 + h exactly, up to rounding.
    const LimitTable t = limitTable([](double x) { return x * x; }, 2.0, 4.0, {1, 0.1, 0.01, 0.001, 0.0001},
                                    DifferenceScheme::Forward);
    QCOMPARE(t.rows.size(), std::size_t(5));
    QCOMPARE(t.rows[0].fAPlusH, 9.0);
    QCOMPARE(t.rows[0].deltaY, 5.0);
    QCOMPARE(t.rows[0].slope, 5.0);
    QCOMPARE(t.rows[0].error, 1.0);
    for (const LimitRow& r : t.rows) {
        GRADLAB_COMPARE_CLOSE(r.slope, 4.0 + r.h, 1e-9);
        GRADLAB_COMPARE_CLOSE(r.error, r.h, 1e-7);
        GRADLAB_COMPARE_CLOSE(r.fAPlusH, (2 + r.h) * (2 + r.h), 1e-15);
    }
}

void TestNumeric::schemes_data() {
    QTest::addColumn<int>("scheme");
    QTest::addColumn<double>("expected");
    // f = x³ at 1 with h = 0.1: forward (1.331 - 1)/0.1, backward (1 - 0.729)/0.1, central (1.331 -
    // 0.729)/0.2
    QTest::newRow("forward") << int(DifferenceScheme::Forward) << 3.31;
    QTest::newRow("backward") << int(DifferenceScheme::Backward) << 2.71;
    QTest::newRow("central") << int(DifferenceScheme::Central) << 3.01;
}

void TestNumeric::schemes() {
    QFETCH(int, scheme);
    QFETCH(double, expected);
    const double q =
        differenceQuotient([](double x) { return x * x * x; }, 1.0, 0.1, DifferenceScheme(scheme));
    GRADLAB_COMPARE_CLOSE(q, expected, 1e-12);
}

void TestNumeric::errorOrder_data() {
    QTest::addColumn<int>("scheme");
    QTest::addColumn<double>("order");
    QTest::newRow("forward is O(h)") << int(DifferenceScheme::Forward) << 1.0;
    QTest::newRow("backward is O(h)") << int(DifferenceScheme::Backward) << 1.0;
    QTest::newRow("central is O(h^2)") << int(DifferenceScheme::Central) << 2.0;
}

void TestNumeric::errorOrder() {
    QFETCH(int, scheme);
    QFETCH(double, order);
    // sin at 0.8: shrinking h tenfold shrinks the error 10^order fold (while truncation dominates).
    const double a = 0.8, exact = std::cos(a);
    auto err = [&](double h) {
        return std::fabs(
            differenceQuotient([](double x) { return std::sin(x); }, a, h, DifferenceScheme(scheme)) - exact);
    };
    const double measured = std::log10(err(1e-2) / err(1e-3));
    QVERIFY2(std::fabs(measured - order) < 0.05, qPrintable(QString::number(measured)));
}

void TestNumeric::errorCurveHasTruncationAndRoundOff() {
    const double a = 1.0, exact = std::exp(1.0);
    const ErrorCurve forward =
        errorCurve([](double x) { return std::exp(x); }, a, exact, DifferenceScheme::Forward);
    const ErrorCurve central =
        errorCurve([](double x) { return std::exp(x); }, a, exact, DifferenceScheme::Central);
    QCOMPARE(forward.h.front(), 1.0);
    GRADLAB_COMPARE_CLOSE(forward.h.back(), 1e-16, 1e-12);
    // Best h near sqrt(eps) ≈ 1e-8 for forward and cbrt(eps) ≈ 1e-5 for central.
    QVERIFY2(forward.bestH > 1e-10 && forward.bestH < 1e-6, qPrintable(QString::number(forward.bestH)));
    QVERIFY2(central.bestH > 1e-7 && central.bestH < 1e-3, qPrintable(QString::number(central.bestH)));
    QVERIFY(central.bestError < forward.bestError);
    // Round-off: at h = 1e-14 the error is far above the best.
    const std::size_t i14 = 140;
    QVERIFY(forward.absError[i14] > 100 * forward.bestError);
}

namespace {
void addCurveColumns() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::addColumn<int>("scheme");
}

void addCurveRows() {
    const int fwd = int(DifferenceScheme::Forward), bwd = int(DifferenceScheme::Backward),
              ctr = int(DifferenceScheme::Central);
    QTest::newRow("exp at 1, central (the lesson's example)") << "exp(x)" << 1.0 << ctr;
    QTest::newRow("exp at 1, forward") << "exp(x)" << 1.0 << fwd;
    QTest::newRow("exp at 1, backward") << "exp(x)" << 1.0 << bwd;
    QTest::newRow("sin at 0.8, central") << "sin(x)" << 0.8 << ctr;
    QTest::newRow("sin at 0.8, forward") << "sin(x)" << 0.8 << fwd;
    QTest::newRow("log at 3, central") << "log(x)" << 3.0 << ctr;
    QTest::newRow("sqrt at 2, forward") << "sqrt(x)" << 2.0 << fwd;
    QTest::newRow("cubic at 2, central") << "x^3 - 6x^2 + 9x + 1" << 2.0 << ctr;
    QTest::newRow("exp at 5, central") << "exp(x)" << 5.0 << ctr;
    QTest::newRow("1/x at 0.5, central") << "1/x" << 0.5 << ctr;
}

ErrorCurve curveOf(const FunctionPtr& f, double at, int scheme, int perDecade = 8) {
    return errorCurve([&f](double x) { return f->value(x); }, at, f->slope(at), DifferenceScheme(scheme),
                      perDecade);
}
} // namespace

void TestNumeric::bestErrorIsWhatARepeatMeasurementFinds_data() {
    addCurveColumns();
    addCurveRows();
}

void TestNumeric::bestErrorIsWhatARepeatMeasurementFinds() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(int, scheme);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const ErrorCurve c = curveOf(f, at, scheme);
    // A teacher repeats the measurement at steps near the reported best h (on a finer grid than the
    // curve's, so not the same lucky h): the median of what they find is the reported error within 3×.
    std::vector<double> found;
    for (int k = -10; k <= 10; ++k) {
        const double h = c.bestH * std::pow(10.0, k / 20.0);
        found.push_back(std::fabs(
            differenceQuotient([&f](double x) { return f->value(x); }, at, h, DifferenceScheme(scheme)) -
            f->slope(at)));
    }
    std::sort(found.begin(), found.end());
    const double median = found[found.size() / 2];
    QVERIFY2(c.bestError > median / 3 && c.bestError < median * 3,
             qPrintable(QStringLiteral("best h %1: reported error %2, a repeat measurement finds %3")
                            .arg(c.bestH)
                            .arg(c.bestError)
                            .arg(median)));
}

void TestNumeric::bestHIsABand_data() {
    addCurveColumns();
    addCurveRows();
}

void TestNumeric::bestHIsABand() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(int, scheme);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const ErrorCurve c = curveOf(f, at, scheme);
    QVERIFY(c.bandLow <= c.bestH && c.bestH <= c.bandHigh);
    QVERIFY2(c.bandHigh / c.bandLow > 1.5,
             qPrintable(QStringLiteral("band %1 … %2").arg(c.bandLow).arg(c.bandHigh)));
    // Inside the band the typical error stays within 2× of the best; just outside it does not.
    for (std::size_t i = 0; i < c.h.size(); ++i) {
        if (c.h[i] >= c.bandLow && c.h[i] <= c.bandHigh) QVERIFY(c.typicalError[i] <= 2 * c.bestError);
        if (i + 1 < c.h.size() && c.h[i + 1] == c.bandHigh) QVERIFY(c.typicalError[i] > 2 * c.bestError);
        if (i > 0 && c.h[i - 1] == c.bandLow) QVERIFY(c.typicalError[i] > 2 * c.bestError);
    }
}

void TestNumeric::truncationSlopeIsMeasured_data() {
    addCurveColumns();
    QTest::addColumn<double>("order"); // NaN: no truncation error, round-off only
    const int fwd = int(DifferenceScheme::Forward), bwd = int(DifferenceScheme::Backward),
              ctr = int(DifferenceScheme::Central);
    const double none = std::nan("");
    QTest::newRow("exp forward: 1") << "exp(x)" << 1.0 << fwd << 1.0;
    QTest::newRow("exp backward: 1") << "exp(x)" << 1.0 << bwd << 1.0;
    QTest::newRow("exp central: 2") << "exp(x)" << 1.0 << ctr << 2.0;
    QTest::newRow("x^2 forward: 1") << "x^2" << 1.0 << fwd << 1.0;
    QTest::newRow("x^2 central: none, exact for parabolas") << "x^2" << 1.0 << ctr << none;
    QTest::newRow("x^3 central: 2") << "x^3" << 1.0 << ctr << 2.0;
    QTest::newRow("sin forward at an inflection point: 2") << "sin(x)" << 0.0 << fwd << 2.0;
    QTest::newRow("|x| at 1 forward: none, a straight line") << "abs(x)" << 1.0 << fwd << none;
    QTest::newRow("|x| at 1 central: none") << "abs(x)" << 1.0 << ctr << none;
    QTest::newRow("3x+1 backward: none") << "3x + 1" << -2.0 << bwd << none;
}

void TestNumeric::truncationSlopeIsMeasured() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(int, scheme);
    QFETCH(double, order);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const ErrorCurve c = curveOf(f, at, scheme);
    if (std::isnan(order)) {
        QVERIFY2(!c.hasTruncation(), qPrintable(QString::number(c.truncationOrder)));
    } else {
        QVERIFY(c.hasTruncation());
        QVERIFY2(std::fabs(c.truncationOrder - order) < 0.1, qPrintable(QString::number(c.truncationOrder)));
    }
}

// "At smaller h round-off takes over and the error rises again" is said only where it happens.
void TestNumeric::errorRisesAgainOnlyWhereItDoes_data() {
    addCurveColumns();
    QTest::addColumn<bool>("rises");
    const int fwd = int(DifferenceScheme::Forward), bwd = int(DifferenceScheme::Backward),
              ctr = int(DifferenceScheme::Central);
    QTest::newRow("exp at 1 forward") << "exp(x)" << 1.0 << fwd << true;
    QTest::newRow("exp at 1 central") << "exp(x)" << 1.0 << ctr << true;
    QTest::newRow("x^2 at 1 backward") << "x^2" << 1.0 << bwd << true;
    QTest::newRow("x^2 at 1 central: no band, exact") << "x^2" << 1.0 << ctr << false;
    QTest::newRow("|x| at 1 forward: no band") << "abs(x)" << 1.0 << fwd << false;
    QTest::newRow("sin at 0 forward: falls all the way") << "sin(x)" << 0.0 << fwd << false;
    QTest::newRow("sin at 0 central: falls all the way") << "sin(x)" << 0.0 << ctr << false;
}

void TestNumeric::errorRisesAgainOnlyWhereItDoes() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(int, scheme);
    QFETCH(bool, rises);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const ErrorCurve c = curveOf(f, at, scheme);
    QCOMPARE(c.risesAtSmallerH(), rises);
    // Where it rises, the raw error at the smallest h is well above the best.
    if (rises) QVERIFY(c.typicalError.back() > 2 * c.bestError);
}

QTEST_GUILESS_MAIN(TestNumeric)
#include "tst_numeric.moc"
