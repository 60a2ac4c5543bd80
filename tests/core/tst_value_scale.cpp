// The colour bar's ticks: round values (multiples of one 1, 2 or 5 × 10ⁿ step where the bar stays legible),
// 0 among them whenever the values span it, inside the range (their labels: axisLabels, tst_number_format).
// Over the scales of real surfaces: symmetric (a saddle), positive (a bowl, a narrow valley), tiny and huge
// values, ranges spanning 0 unevenly.

#include "geometry/contours.h"
#include "geometry/value_scale.h"
#include "test_helpers.h"

#include <QTest>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>

using namespace gradlab;

namespace {
/// The 1, 2 or 5 × 10ⁿ that `gap` is to round-off (a difference of two ticks near 10⁶ carries 10⁻¹⁰ of
/// it), or 0 if it is none.
double roundStepOf(double gap) {
    const double power = std::pow(10.0, std::floor(std::log10(gap)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (std::fabs(gap / power - m) < 1e-4 * m) return m * power;
    return 0.0;
}
} // namespace

class TestValueScale : public QObject {
    Q_OBJECT
private slots:
    void ticksAreRoundAndInRange_data();
    void ticksAreRoundAndInRange();
};

void TestValueScale::ticksAreRoundAndInRange_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("half"); ///< the square [−half, half]², as the contour lesson samples it
    QTest::addColumn<bool>("even");   ///< the ticks are the multiples of one round step
    QTest::newRow("saddle x² − y² (symmetric)") << "x^2 - y^2" << 4.0 << true;
    QTest::newRow("saddle as lesson 6 shows it") << "x^2 - y^2" << 2.0 << true;
    QTest::newRow("saddle, small") << "x^2 - y^2" << 1.5 << true;
    // A bowl's scale is logarithmic above its knee: 0, 5, 10, 15 would leave two thirds of the bar bare.
    QTest::newRow("bowl (positive)") << "x^2 + y^2" << 3.0 << false;
    QTest::newRow("plane spanning 0 unevenly") << "x + 3*y + 5" << 2.0 << true;
    QTest::newRow("bowl shifted below 0") << "x^2 + y^2 - 3" << 2.0 << true;
    QTest::newRow("tiny values") << "1e-9*(x^2 - y^2)" << 1.0 << true;
    QTest::newRow("huge values") << "1e200*(x - y)" << 1.0 << true;
    QTest::newRow("tiny span at a huge offset") << "1e6 + 1e-3*(x + y)" << 1.0 << true;
    // A narrow valley: the scale is logarithmic; the ticks spread over the bar, 0 included.
    QTest::newRow("Rosenbrock (narrow valley)") << "(1-x)^2 + 100*(y-x^2)^2" << 2.0 << false;
    QTest::newRow("narrow valley below 0") << "(1-x)^2 + 100*(y-x^2)^2 - 50" << 2.0 << false;
    QTest::newRow("monkey saddle") << "x^3 - 3*x*y^2" << 2.0 << true;
}

void TestValueScale::ticksAreRoundAndInRange() {
    QFETCH(QString, formula);
    QFETCH(double, half);
    QFETCH(bool, even);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const Grid grid = sampleGrid(*f, -half, half, -half, half, 161, 161);
    const ValueScale scale = ValueScale::fit(grid.values);
    QVERIFY(scale.isValid());
    const int count = 6;
    const std::vector<double> ticks = scale.ticks(count);
    // Enough labels to read the bar by (the finest legible step), never more than asked for.
    const std::size_t least = formula == QStringLiteral("x^2 - y^2") ? 5 : 3; // lesson 6's saddle: −4 … 4
    QVERIFY2(ticks.size() >= least && ticks.size() <= static_cast<std::size_t>(count + 1),
             qPrintable(QString::number(ticks.size())));
    const double eps = 1e-9 * (scale.high() - scale.low());
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        QVERIFY(ticks[i] >= scale.low() - eps && ticks[i] <= scale.high() + eps);
        if (i > 0) QVERIFY(ticks[i] > ticks[i - 1]);
    }
    const bool spansZero = scale.low() < 0 && scale.high() > 0;
    const bool hasZero = std::find(ticks.begin(), ticks.end(), 0.0) != ticks.end();
    QCOMPARE(hasZero, spansZero || (scale.low() == 0.0));
    // Even ticks: one round step between every pair of neighbours.
    const double step = roundStepOf(ticks[1] - ticks[0]);
    const double roundOff = 8e-16 * std::max(std::fabs(ticks.front()), std::fabs(ticks.back()));
    bool evenlySpaced = step > 0;
    for (std::size_t i = 1; evenlySpaced && i < ticks.size(); ++i) {
        evenlySpaced = std::fabs(ticks[i] - ticks[i - 1] - step) <= 1e-9 * step + roundOff;
        // Every tick is a multiple of that step (0, ±step, …), so the labels are round.
        if (even) QVERIFY(std::fabs(ticks[i] / step - std::round(ticks[i] / step)) < 1e-6);
    }
    QCOMPARE(evenlySpaced, even);
}

QTEST_GUILESS_MAIN(TestValueScale)
#include "tst_value_scale.moc"
