// Values at a point say what they are: a number, undefined (no value exists) or an overflow (a value
// too large for a double), and whether the number can be told from 0 given its own round-off.

#include "function/point_value.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestPointValue : public QObject {
    Q_OBJECT
private slots:
    void statusOfTheValue_data();
    void statusOfTheValue();
    void zeroWithinRoundOff_data();
    void zeroWithinRoundOff();
    void slopeExistsOnlyWhereFDoes_data();
    void slopeExistsOnlyWhereFDoes();
};

void TestPointValue::statusOfTheValue_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<bool>("derivative");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("status");
    const int finite = int(ValueStatus::Finite), undefined = int(ValueStatus::Undefined),
              overflow = int(ValueStatus::Overflow);
    QTest::newRow("1/x at 0 is undefined, not +∞") << "1/x" << false << 0.0 << undefined;
    QTest::newRow("its slope at 0 too") << "1/x" << true << 0.0 << undefined;
    QTest::newRow("1/x^2 at 0") << "1/x^2" << false << 0.0 << undefined;
    QTest::newRow("log at 0") << "log(x)" << false << 0.0 << undefined;
    QTest::newRow("log at −1") << "log(x)" << false << -1.0 << undefined;
    QTest::newRow("slope of sqrt at 0") << "sqrt(x)" << true << 0.0 << undefined;
    QTest::newRow("exp at 1000 overflows") << "exp(x)" << false << 1000.0 << overflow;
    QTest::newRow("−exp at 1000 overflows") << "-exp(x)" << false << 1000.0 << overflow;
    QTest::newRow("x^3 at 1e200 overflows") << "x^3" << false << 1e200 << overflow;
    QTest::newRow("1/x at 1e-300 is a number") << "1/x" << false << 1e-300 << finite;
    QTest::newRow("sin at 2") << "sin(x)" << false << 2.0 << finite;
}

void TestPointValue::statusOfTheValue() {
    QFETCH(QString, formula);
    QFETCH(bool, derivative);
    QFETCH(double, x);
    QFETCH(int, status);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const PointValue p = evaluatePoint([&](double t) { return derivative ? f->slope(t) : f->value(t); }, x);
    QCOMPARE(int(p.status), status);
}

void TestPointValue::zeroWithinRoundOff_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<bool>("derivative");
    QTest::addColumn<double>("x");
    QTest::addColumn<bool>("zero"); // cannot be told from 0
    const double pi = 3.14159265358979323846;
    QTest::newRow("slope of sin at the double nearest π/2") << "sin(x)" << true << pi / 2 << true;
    QTest::newRow("sin at the double nearest π") << "sin(x)" << false << pi << true;
    QTest::newRow("slope of cos at π") << "cos(x)" << true << pi << true;
    QTest::newRow("slope of x^2 - 2x at 1: exactly 0, shown as 0") << "x^2 - 2x" << true << 1.0 << false;
    QTest::newRow("slope of x^2 - 2 at √2") << "x^3/3 - 2x" << true << std::sqrt(2.0) << true;
    QTest::newRow("slope of sin(50x) at a maximum") << "sin(50 x)" << true << pi / 100 << true;
    QTest::newRow("slope of x^2 at 1e-8 is a real slope") << "x^2" << true << 1e-8 << false;
    QTest::newRow("1e-20 x at 1 is a real value") << "1e-20 x" << false << 1.0 << false;
    QTest::newRow("slope of sin near π/2, not at it") << "sin(x)" << true << 1.5707 << false;
    QTest::newRow("cos at 1") << "cos(x)" << false << 1.0 << false;
}

void TestPointValue::zeroWithinRoundOff() {
    QFETCH(QString, formula);
    QFETCH(bool, derivative);
    QFETCH(double, x);
    QFETCH(bool, zero);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const PointValue p = evaluatePoint([&](double t) { return derivative ? f->slope(t) : f->value(t); }, x);
    QCOMPARE(int(p.status), int(ValueStatus::Finite));
    QVERIFY2(p.indistinguishableFromZero() == zero,
             qPrintable(QStringLiteral("value %1, round-off %2").arg(p.value, 0, 'g', 17).arg(p.roundOff)));
}

// f′ at a point: undefined wherever f is (the formula 1/x gives −1 at −1, but ln has no value there),
// a vertical tangent where f has a value and f′ is infinite (√x at 0), else the value of f′.
void TestPointValue::slopeExistsOnlyWhereFDoes_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("slope"); // compared when Finite
    const int finite = int(ValueStatus::Finite), undefined = int(ValueStatus::Undefined),
              vertical = int(ValueStatus::Vertical), overflow = int(ValueStatus::Overflow);
    QTest::newRow("ln at −1: no f, no f′") << "ln(x)" << -1.0 << undefined << 0.0;
    QTest::newRow("ln(x) + x² at −2") << "ln(x) + x^2" << -2.0 << undefined << 0.0;
    QTest::newRow("sqrt at −4") << "sqrt(x)" << -4.0 << undefined << 0.0;
    QTest::newRow("1/x at 0") << "1/x" << 0.0 << undefined << 0.0;
    QTest::newRow("sqrt at 0: vertical tangent") << "sqrt(x)" << 0.0 << vertical << 0.0;
    QTest::newRow("x^(1/3) at 0: vertical tangent") << "x^(1/3)" << 0.0 << vertical << 0.0;
    QTest::newRow("|x| at 0: a corner, undefined") << "abs(x)" << 0.0 << undefined << 0.0;
    QTest::newRow("exp at 800: too large, not vertical") << "exp(x)" << 800.0 << overflow << 0.0;
    QTest::newRow("ln at 2") << "ln(x)" << 2.0 << finite << 0.5;
    QTest::newRow("sqrt at 4") << "sqrt(x)" << 4.0 << finite << 0.25;
}

void TestPointValue::slopeExistsOnlyWhereFDoes() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(int, status);
    QFETCH(double, slope);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const PointValue p = evaluateSlope(*f, x);
    QCOMPARE(int(p.status), status);
    if (status == int(ValueStatus::Finite)) QCOMPARE(p.value, slope);
    if (status == int(ValueStatus::Undefined))
        QVERIFY(std::isnan(slopeWhereDefined(*f, x)) || !std::isfinite(f->slope(x)));
}

QTEST_GUILESS_MAIN(TestPointValue)
#include "tst_point_value.moc"
