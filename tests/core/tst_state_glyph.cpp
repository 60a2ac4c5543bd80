// The optimizer-state overlay's geometry (descent/state_glyph.h) against the run it draws, and Tune's
// choice of learning rate (descent/tune.h).

#include "descent/descent.h"
#include "descent/state_glyph.h"
#include "descent/tune.h"
#include "test_helpers.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace gradlab;

Q_DECLARE_METATYPE(gradlab::OptimizerKind)
Q_DECLARE_METATYPE(std::vector<gradlab::SweepRow>)

class TestStateGlyph : public QObject {
    Q_OBJECT
private slots:
    void geometryIsTheRun_data();
    void geometryIsTheRun();
    void firstMomentumStep();
    void adamTakesEqualStepsInAThinValley();
    void noGlyphWithoutState();
    void bestRateRule_data();
    void bestRateRule();
    void convergedAtEdgeIsNamed();
    void bestRateOfARealSweep_data();
    void bestRateOfARealSweep();
};

namespace {
void addRuns() {
    QTest::addColumn<OptimizerKind>("kind");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x0");
    QTest::addColumn<double>("y0");
    QTest::addColumn<double>("lr");
    QTest::addColumn<double>("noise");
    QTest::addColumn<bool>("scheduled");
    struct Function {
        const char* name;
        const char* formula;
        double x0, y0;
    };
    const Function functions[] = {{"rosenbrock", "(1-x)^2 + 100(y-x^2)^2", -1.2, 1.0},
                                  {"valley", "10x^2 + y^2", 1.0, 1.0},
                                  {"tilted", "x^2 + 3y^2 + x*y - x", -2.0, 1.5},
                                  {"1-D", "(w-3)^2 + sin(w)", 8.0, 0.0}};
    struct Run {
        OptimizerKind kind;
        double lr;
    };
    const Run runs[] = {{OptimizerKind::Momentum, 0.001}, {OptimizerKind::Nesterov, 0.001},
                        {OptimizerKind::Adagrad, 0.5},    {OptimizerKind::RMSprop, 0.01},
                        {OptimizerKind::Adam, 0.05},      {OptimizerKind::GradientDescent, 0.001},
                        {OptimizerKind::Newton, 1.0}};
    for (const Function& f : functions)
        for (const Run& r : runs)
            for (int variant = 0; variant < 3; ++variant)
                QTest::addRow("%s %s%s", optimizerName(r.kind), f.name,
                              variant == 1   ? " noisy"
                              : variant == 2 ? " step schedule"
                                             : "")
                    << r.kind << QString::fromLatin1(f.formula) << f.x0 << f.y0 << r.lr
                    << (variant == 1 ? 0.3 : 0.0) << (variant == 2);
}
} // namespace

void TestStateGlyph::geometryIsTheRun_data() {
    addRuns();
}

// Every glyph of every update: the state arrow ends where the update went (momentum, adam), the box's
// half-widths are the update and equal the step size times what it multiplied, and the gradient arrow is
// the rate times the gradient the update used, downhill when that gradient is the true one.
void TestStateGlyph::geometryIsTheRun() {
    QFETCH(OptimizerKind, kind);
    QFETCH(QString, formula);
    QFETCH(double, x0);
    QFETCH(double, y0);
    QFETCH(double, lr);
    QFETCH(double, noise);
    QFETCH(bool, scheduled);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const int n = f->dimension();
    DescentSettings s;
    s.optimizer = kind;
    s.hyperparameters.learningRate = lr;
    s.maxSteps = 60;
    s.noise = noise;
    s.seed = 7;
    if (scheduled) {
        s.schedule.kind = ScheduleKind::Step;
        s.schedule.stepSize = 10;
        s.schedule.gamma = 0.5;
    }
    const double start[2] = {x0, y0};
    const Trajectory t = runDescent(f, start, s);
    QVERIFY(t.points.size() >= 2);
    QCOMPARE(hasStateGlyph(kind), kind != OptimizerKind::GradientDescent && kind != OptimizerKind::Newton);
    for (std::size_t k = 1; k < t.points.size(); ++k) {
        const StateGlyph g = stateGlyph(t, k);
        const TrajectoryPoint& from = t.points[k - 1];
        const TrajectoryPoint& to = t.points[k];
        QCOMPARE(g.step, static_cast<int>(k));
        QCOMPARE(g.learningRate, to.learningRate);
        QCOMPARE(g.hasBox, kind == OptimizerKind::Adagrad || kind == OptimizerKind::RMSprop ||
                               kind == OptimizerKind::Adam);
        QCOMPARE(g.hasStateArrow, kind == OptimizerKind::Momentum || kind == OptimizerKind::Nesterov ||
                                      kind == OptimizerKind::Adam);
        QCOMPARE(g.hasGradientArrow, g.hasStateArrow);
        double downhill = 0.0;
        for (int i = 0; i < n; ++i) {
            QCOMPARE(g.anchor[i], from.point[i]);
            const double g_i = to.stepGradient[i];
            if (kind == OptimizerKind::Momentum) {
                GRADLAB_COMPARE_CLOSE(g.anchor[i] + g.stateArrow[i], to.point[i], 1e-12);
                QCOMPARE(g.stateArrow[i], -to.learningRate * to.firstState[i]);
            }
            if (kind == OptimizerKind::Nesterov) {
                // The update is −η(g + μv): the velocity's arrow times μ plus the gradient's.
                GRADLAB_COMPARE_CLOSE(g.stateArrow[i] * s.hyperparameters.momentum + g.gradientArrow[i],
                                      to.update[i], 1e-12);
            }
            if (kind == OptimizerKind::Momentum || kind == OptimizerKind::Nesterov)
                QCOMPARE(g.gradientArrow[i], -to.learningRate * g_i);
            if (kind == OptimizerKind::Adam) {
                GRADLAB_COMPARE_CLOSE(g.stateArrow[i], to.update[i], 1e-12);
                GRADLAB_COMPARE_CLOSE(g.gradientArrow[i], -g.stepSize[i] * g_i, 1e-15);
                const double mHat = to.firstState[i] / (1.0 - std::pow(0.9, static_cast<double>(k)));
                GRADLAB_COMPARE_CLOSE(g.halfWidth[i], g.stepSize[i] * std::fabs(mHat), 1e-12);
                const double vHat = to.secondState[i] / (1.0 - std::pow(0.999, static_cast<double>(k)));
                GRADLAB_COMPARE_CLOSE(g.stepSize[i], to.learningRate / (std::sqrt(vHat) + 1e-8), 1e-12);
            }
            if (kind == OptimizerKind::Adagrad || kind == OptimizerKind::RMSprop) {
                GRADLAB_COMPARE_CLOSE(g.halfWidth[i], g.stepSize[i] * std::fabs(g_i), 1e-12);
                const double eps = kind == OptimizerKind::Adagrad ? 1e-10 : 1e-8;
                GRADLAB_COMPARE_CLOSE(g.stepSize[i], to.learningRate / (std::sqrt(to.firstState[i]) + eps),
                                      1e-15);
            }
            if (g.hasBox) {
                // The update lands on a corner of the box around its start.
                GRADLAB_COMPARE_CLOSE(std::fabs(to.point[i] - from.point[i]), g.halfWidth[i], 1e-12);
            }
            downhill += g.gradientArrow[i] * from.gradient[i];
        }
        // Without noise the gradient the update used is the true one: its arrow points downhill.
        if (g.hasGradientArrow && noise == 0.0 && from.gradNorm > 0)
            QVERIFY2(downhill < 0, qPrintable(QString::number(k)));
    }
}

// Momentum's first update: the velocity is the gradient (torch clones it), so both arrows agree.
void TestStateGlyph::firstMomentumStep() {
    DescentSettings s;
    s.optimizer = OptimizerKind::Momentum;
    s.hyperparameters.learningRate = 0.1;
    s.maxSteps = 3;
    const double start = 1.0;
    const Trajectory t = runDescent(test::compile("w^2"), &start, s);
    const StateGlyph first = stateGlyph(t, 1);
    QCOMPARE(first.anchor[0], 1.0);
    QCOMPARE(first.stateArrow[0], -0.2); // −η·v, v = g = 2
    QCOMPARE(first.gradientArrow[0], -0.2);
    // Step 2 from w = 0.8: v = 0.9·2 + 1.6 = 3.4, arrow −0.34; the gradient alone −0.16.
    const StateGlyph second = stateGlyph(t, 2);
    GRADLAB_COMPARE_CLOSE(second.stateArrow[0], -0.34, 1e-15);
    GRADLAB_COMPARE_CLOSE(second.gradientArrow[0], -0.16, 1e-15);
}

// Why the overlay exists: in 10x² + y² Adam's first steps are as long in x as in y (the box is a square),
// although its per-coordinate step sizes differ tenfold; plain momentum's velocity is ten times longer in x.
void TestStateGlyph::adamTakesEqualStepsInAThinValley() {
    const FunctionPtr f = test::compile("10x^2 + y^2");
    const double start[2] = {1.0, 1.0};
    DescentSettings s;
    s.optimizer = OptimizerKind::Adam;
    s.hyperparameters.learningRate = 0.05;
    s.maxSteps = 5;
    const Trajectory adam = runDescent(f, start, s);
    const StateGlyph g = stateGlyph(adam, 1);
    GRADLAB_COMPARE_CLOSE(g.halfWidth[0], 0.05, 1e-6);
    GRADLAB_COMPARE_CLOSE(g.halfWidth[1], 0.05, 1e-6);
    GRADLAB_COMPARE_CLOSE(g.stepSize[1] / g.stepSize[0], 10.0, 1e-6);
    s.optimizer = OptimizerKind::Momentum;
    s.hyperparameters.learningRate = 0.01;
    const StateGlyph m = stateGlyph(runDescent(f, start, s), 1);
    GRADLAB_COMPARE_CLOSE(m.stateArrow[0] / m.stateArrow[1], 10.0, 1e-12);
}

void TestStateGlyph::noGlyphWithoutState() {
    for (OptimizerKind kind : {OptimizerKind::GradientDescent, OptimizerKind::Newton}) {
        DescentSettings s;
        s.optimizer = kind;
        s.maxSteps = 3;
        const double start[2] = {1.0, 2.0};
        const StateGlyph g = stateGlyph(runDescent(test::compile("x^2 + y^2"), start, s), 1);
        QVERIFY(!g.hasBox && !g.hasStateArrow && !g.hasGradientArrow);
    }
}

namespace {
SweepRow row(double lr, double loss, StopReason reason, int stopStep = 10) {
    SweepRow r;
    r.learningRate = lr;
    r.summary.finalLoss = loss;
    r.summary.stopReason = reason;
    r.summary.stopStep = stopStep;
    return r;
}
} // namespace

void TestStateGlyph::bestRateRule_data() {
    QTest::addColumn<std::vector<SweepRow>>("rows");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<double>("firstDiverged");
    QTest::addColumn<int>("stepsBelow");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto max = StopReason::MaxSteps, conv = StopReason::Converged, div = StopReason::Diverged;
    using Rows = std::vector<SweepRow>;
    QTest::newRow("lowest loss") << Rows{row(0.01, 3.0, max), row(0.1, 0.5, conv), row(1, 2.0, max)} << true
                                 << 0.1 << "converged_with_margin" << 0.0 << 0;
    QTest::newRow("one grid step below divergence loses")
        << Rows{row(0.01, 1e-3, conv), row(0.02, 1e-5, conv), row(0.04, 1e-8, conv), row(0.08, 1e13, div)}
        << true << 0.02 << "converged_with_margin" << 0.08 << 2;
    QTest::newRow("any order") << Rows{row(0.08, 1e13, div), row(0.02, 1e-5, conv), row(0.04, 1e-8, conv),
                                       row(0.01, 1e-3, conv)}
                               << true << 0.02 << "converged_with_margin" << 0.08 << 2;
    QTest::newRow("converged beats a lower loss that did not converge")
        << Rows{row(0.01, 1e-3, max), row(0.02, 1e-1, conv), row(0.04, 1e-4, max), row(0.08, 1.0, max)}
        << true << 0.02 << "converged_with_margin" << 0.0 << 0;
    QTest::newRow("none converged: stable with margin")
        << Rows{row(0.01, 3.0, max), row(0.02, 2.0, max), row(0.04, 1.0, max), row(0.08, nan, max)} << true
        << 0.02 << "stable_with_margin" << 0.08 << 2;
    QTest::newRow("converged only at the edge: a stable rate with margin")
        << Rows{row(0.01, 3.0, max), row(0.02, 2.0, max), row(0.04, 1e-9, conv), row(0.08, 1e13, div)} << true
        << 0.02 << "stable_with_margin" << 0.08 << 2;
    QTest::newRow("diverged never wins")
        << Rows{row(0.01, 3.0, max), row(0.1, -1e13, div), row(1, 1e-30, div)} << true << 0.01 << "no_margin"
        << 0.1 << 1;
    QTest::newRow("not finite never wins")
        << Rows{row(0.01, 3.0, max), row(0.1, nan, max), row(1, -INFINITY, max)} << true << 0.01
        << "no_margin" << 0.1 << 1;
    QTest::newRow("tie: the smaller rate")
        << Rows{row(0.3, 0.0, conv), row(0.1, 0.0, conv), row(0.2, 0.0, conv)} << true << 0.1
        << "converged_with_margin" << 0.0 << 0;
    QTest::newRow("the largest rate has no margin") << Rows{row(0.1, 1.0, conv), row(1, 1e-9, conv)} << true
                                                    << 0.1 << "converged_with_margin" << 0.0 << 0;
    QTest::newRow("a run not run") << Rows{row(0.01, 1.0, max), row(0.1, 0.0, max, -1)} << true << 0.01
                                   << "no_margin" << 0.0 << 0;
    QTest::newRow("all diverged") << Rows{row(1, 1e13, div), row(10, nan, div)} << false << 0.0 << "none"
                                  << 0.0 << 0;
    QTest::newRow("empty") << Rows{} << false << 0.0 << "none" << 0.0 << 0;
}

void TestStateGlyph::bestRateRule() {
    QFETCH(std::vector<SweepRow>, rows);
    QFETCH(bool, found);
    QFETCH(double, rate);
    QFETCH(QString, basis);
    QFETCH(double, firstDiverged);
    QFETCH(int, stepsBelow);
    const TunePick pick = bestLearningRate(rows);
    QCOMPARE(pick.found, found);
    QCOMPARE(QString::fromLatin1(tuneBasisName(pick.basis)), basis);
    if (!found) return;
    QCOMPARE(pick.learningRate, rate);
    QCOMPARE(pick.firstDivergedRate, firstDiverged);
    QCOMPARE(pick.stepsBelowDivergence, stepsBelow);
}

void TestStateGlyph::convergedAtEdgeIsNamed() {
    // A rate that converged but was left out for its diverging neighbour is named, so that the sentence does
    // not say "no rate converged"; none is named when no rate converged or the pick itself converged.
    const auto max = StopReason::MaxSteps, conv = StopReason::Converged, div = StopReason::Diverged;
    using Rows = std::vector<SweepRow>;
    QCOMPARE(bestLearningRate(
                 Rows{row(0.01, 3.0, max), row(0.02, 2.0, max), row(0.04, 1e-9, conv), row(0.08, 1e13, div)})
                 .convergedAtEdge,
             0.04);
    QCOMPARE(bestLearningRate(
                 Rows{row(0.01, 3.0, max), row(0.02, 2.0, max), row(0.04, 1.0, max), row(0.08, 1e13, div)})
                 .convergedAtEdge,
             0.0);
    QCOMPARE(bestLearningRate(Rows{row(0.01, 1e-3, conv), row(0.02, 1e-5, conv), row(0.04, 1e-8, conv),
                                   row(0.08, 1e13, div)})
                 .convergedAtEdge,
             0.0);
    // The largest rate tried has no larger rate to vouch for it: left out, and named.
    QCOMPARE(bestLearningRate(Rows{row(0.01, 3.0, max), row(0.02, 2.0, max), row(0.04, 1e-9, conv)})
                 .convergedAtEdge,
             0.04);
}

void TestStateGlyph::bestRateOfARealSweep_data() {
    QTest::addColumn<OptimizerKind>("kind");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x0");
    QTest::addColumn<double>("y0");
    struct Function {
        const char* name;
        const char* formula;
        double x0, y0;
    };
    const Function functions[] = {
        {"quadratic", "x^2 + y^2", 1.5, -1.0},
        {"rosenbrock", "(1-x)^2 + 100(y-x^2)^2", -1.2, 1.0},
        {"bowl 1:50", "0.5x^2 + 25y^2", 2.0, 1.0},
        {"tilted bowl", "(x+y)^2 + 0.1(x-y)^2 + 3", -2.0, 0.5},
    };
    for (const Function& f : functions)
        for (OptimizerKind kind : kOptimizers)
            QTest::addRow("%s, %s", f.name, optimizerName(kind)) << kind << f.formula << f.x0 << f.y0;
}

// On real sweeps: the pick did not diverge, it is not the rate just below the first that diverged, the next
// larger grid rate did not diverge, a converged run is preferred, and no run of the same class ended lower.
void TestStateGlyph::bestRateOfARealSweep() {
    QFETCH(OptimizerKind, kind);
    QFETCH(QString, formula);
    QFETCH(double, x0);
    QFETCH(double, y0);
    const std::vector<double> rates = tuneRates();
    QCOMPARE(static_cast<int>(rates.size()), kTuneRateCount);
    QCOMPARE(rates.front(), kTuneMinRate);
    QCOMPARE(rates.back(), kTuneMaxRate);
    const FunctionPtr f = test::compile(formula);
    const double start[2] = {x0, y0};
    DescentSettings s;
    s.optimizer = kind;
    s.maxSteps = 300;
    const std::vector<SweepRow> rows = sweepLearningRates(*f, start, s, rates);
    const TunePick pick = bestLearningRate(rows);
    QVERIFY(pick.found);
    QVERIFY(pick.stopReason != StopReason::Diverged);
    auto ok = [](const SweepRow& r) {
        return r.summary.stopReason != StopReason::Diverged && std::isfinite(r.summary.finalLoss);
    };
    auto conv = [](const SweepRow& r) {
        return r.judgement.converged() || r.summary.stopReason == StopReason::Converged;
    };
    std::size_t at = 0;
    while (rows[at].learningRate != pick.learningRate)
        ++at;
    QVERIFY2(pick.basis != TuneBasis::NoMargin && pick.basis != TuneBasis::None, tuneBasisName(pick.basis));
    QVERIFY(at + 1 < rows.size() && ok(rows[at + 1])); // the safety margin
    QVERIFY(pick.stepsBelowDivergence != 1);
    QCOMPARE(pick.converged, conv(rows[at]));
    bool anyConvergedWithMargin = false;
    for (std::size_t i = 0; i + 1 < rows.size(); ++i)
        if (ok(rows[i]) && ok(rows[i + 1]) && conv(rows[i])) {
            anyConvergedWithMargin = true;
            QVERIFY(pick.finalLoss <= rows[i].summary.finalLoss);
        }
    QCOMPARE(pick.basis == TuneBasis::ConvergedWithMargin, anyConvergedWithMargin);
    if (!anyConvergedWithMargin)
        for (std::size_t i = 0; i + 1 < rows.size(); ++i)
            if (ok(rows[i]) && ok(rows[i + 1])) QVERIFY(pick.finalLoss <= rows[i].summary.finalLoss);
    // The first rate above the pick that diverged is the one reported.
    for (std::size_t i = at + 1; i < rows.size(); ++i)
        if (!ok(rows[i])) {
            QCOMPARE(pick.firstDivergedRate, rows[i].learningRate);
            QCOMPARE(pick.stepsBelowDivergence, static_cast<int>(i - at));
            break;
        }
    // The run at the picked rate ends as the pick says.
    s.hyperparameters.learningRate = pick.learningRate;
    QCOMPARE(runQuiet(*f, start, s).finalLoss, pick.finalLoss);
}

QTEST_GUILESS_MAIN(TestStateGlyph)
#include "tst_state_glyph.moc"
