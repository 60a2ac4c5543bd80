// Finite differences: the limit table of the lesson, and the order of each scheme's error.

#include "diff/numeric.h"
#include "test_helpers.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(TestNumeric)
#include "tst_numeric.moc"
