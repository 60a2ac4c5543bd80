// The stability map: its axes and order, its cells equal single runs, its validation in words, the coarse
// pass a subset of the full one, cancellation.

#include "descent/stability_map.h"
#include "descent/sweep.h"
#include "test_helpers.h"

#include <QTest>
#include <cmath>

using namespace gradlab;

class TestStabilityMap : public QObject {
    Q_OBJECT
private slots:
    void axesIncludeBothEnds();
    void rowsHaveTheRateOuter();
    void cellsEqualSingleRuns_data();
    void cellsEqualSingleRuns();
    void validation_data();
    void validation();
    void parametersPerOptimizer();
    void coarsePassIsASubsetOfTheFullPass();
    void cancelLeavesCellsNotComputed();
    void boundarySeparatesDivergedCells();
};

namespace {

StabilityMapSpec spec(OptimizerKind kind, Hyperparameter p, double pmin, double pmax, int steps = 200) {
    StabilityMapSpec s;
    s.settings.optimizer = kind;
    s.settings.maxSteps = steps;
    s.start[0] = -1.2;
    s.start[1] = 1.0;
    s.lrMin = 1e-4;
    s.lrMax = 0.05;
    s.lrCount = 9;
    s.parameter = p;
    s.paramMin = pmin;
    s.paramMax = pmax;
    s.paramCount = 7;
    return s;
}

bool sameDouble(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Whether two cells hold the same run and what the map draws of it.
bool sameCell(const StabilityCell& a, const StabilityCell& b) {
    return sameDouble(a.finalLoss, b.finalLoss) && a.stopStep == b.stopStep && a.stopReason == b.stopReason &&
           a.stepsToConverge == b.stepsToConverge && a.outcome == b.outcome;
}

} // namespace

void TestStabilityMap::axesIncludeBothEnds() {
    const StabilityMap m =
        emptyStabilityMap(spec(OptimizerKind::Momentum, Hyperparameter::Momentum, 0.1, 0.95));
    QCOMPARE(int(m.rates.size()), 9);
    QCOMPARE(int(m.params.size()), 7);
    QCOMPARE(m.rates.front(), 1e-4);
    QCOMPARE(m.rates.back(), 0.05);
    QCOMPARE(m.params.front(), 0.1);
    QCOMPARE(m.params.back(), 0.95);
    QCOMPARE(m.rates, logSpaced(1e-4, 0.05, 9));
    for (std::size_t j = 1; j < m.params.size(); ++j)
        GRADLAB_COMPARE_CLOSE(m.params[j] - m.params[j - 1], 0.85 / 6, 1e-12);
    QCOMPARE(linearSpaced(2.0, 3.0, 1), std::vector<double>{2.0});
    QCOMPARE(int(m.cells.size()), 63);
    QCOMPARE(m.computedCount(), 0);
}

void TestStabilityMap::rowsHaveTheRateOuter() {
    const StabilityMap m = emptyStabilityMap(spec(OptimizerKind::Adam, Hyperparameter::Beta1, 0.0, 0.9));
    for (std::size_t i = 0; i < m.rates.size(); ++i)
        for (std::size_t j = 0; j < m.params.size(); ++j) {
            const StabilityCell& c = m.cells[i * m.params.size() + j];
            QCOMPARE(c.learningRate, m.rates[i]);
            QCOMPARE(c.parameter, m.params[j]);
            QCOMPARE(&m.cell(int(i), int(j)), &c);
        }
}

void TestStabilityMap::cellsEqualSingleRuns_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<double>("pmin");
    QTest::addColumn<double>("pmax");
    QTest::newRow("rosenbrock momentum") << "(1-x)^2 + 100*(y-x^2)^2"
                                         << "momentum"
                                         << "momentum" << 0.0 << 0.99;
    QTest::newRow("rosenbrock adam beta1") << "(1-x)^2 + 100*(y-x^2)^2"
                                           << "adam"
                                           << "beta1" << 0.0 << 0.99;
    QTest::newRow("bowl adam beta2") << "x^2 + 10*y^2"
                                     << "adam"
                                     << "beta2" << 0.5 << 0.999;
    QTest::newRow("bowl rmsprop alpha") << "x^2 + 10*y^2"
                                        << "rmsprop"
                                        << "alpha" << 0.0 << 0.99;
    QTest::newRow("1-D nesterov") << "(w-3)^2"
                                  << "nesterov"
                                  << "momentum" << 0.0 << 0.95;
}

void TestStabilityMap::cellsEqualSingleRuns() {
    QFETCH(QString, formula);
    QFETCH(QString, optimizer);
    QFETCH(QString, parameter);
    QFETCH(double, pmin);
    QFETCH(double, pmax);
    const FunctionPtr f = test::compile(formula);
    OptimizerKind kind{};
    QVERIFY(optimizerByName(optimizer.toStdString(), kind));
    Hyperparameter p = Hyperparameter::Momentum;
    for (Hyperparameter h : kHyperparameters)
        if (parameter == QLatin1String(hyperparameterRange(h).option)) p = h;
    StabilityMapSpec s = spec(kind, p, pmin, pmax);
    s.lrMax = 1.0; // some cells diverge
    if (f->dimension() == 1) s.start[0] = 8.0;
    QCOMPARE(QString::fromStdString(stabilityMapProblem(s, f->dimension())), QString());
    // The map as the lesson computes it (outcomes only) and as `gradlab map --json` does (regimes too).
    const StabilityMap outcomes = computeStabilityMap(*f, s);
    s.regimes = true;
    const StabilityMap m = computeStabilityMap(*f, s);
    QVERIFY(m.complete());
    QVERIFY(outcomes.complete());
    for (std::size_t k = 0; k < m.cells.size(); ++k)
        QVERIFY2(sameCell(outcomes.cells[k], m.cells[k]), qPrintable(QString::number(k)));
    for (int i = 0; i < int(m.rates.size()); i += 2)
        for (int j = 0; j < int(m.params.size()); j += 3) {
            DescentSettings one = s.settings;
            one.hyperparameters.learningRate = m.rates[i];
            hyperparameterValue(one.hyperparameters, p) = m.params[j];
            const RunSummary q = runQuiet(*f, s.start, one);
            const StabilityCell& c = m.cell(i, j);
            QVERIFY(sameDouble(c.finalLoss, q.finalLoss));
            QCOMPARE(c.stopStep, q.stopStep);
            QCOMPARE(c.stopReason, q.stopReason);
            // The whole run, as the lessons and `descend` make it, agrees too.
            const Trajectory t = runDescent(f, s.start, one);
            QCOMPARE(c.stopStep, t.stopStep);
            QCOMPARE(c.stopReason, t.stopReason);
            const RunJudgement jt = judgeRun(*f, t, one);
            QCOMPARE(int(c.regime), int(jt.regime));
            QCOMPARE(c.outcome == MapOutcome::Converged,
                     jt.converged() && t.stopReason != StopReason::Diverged);
            QCOMPARE(c.stepsToConverge, t.stopReason == StopReason::Converged ? t.stopStep : -1);
        }
}

void TestStabilityMap::validation_data() {
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<double>("lrMin");
    QTest::addColumn<double>("lrMax");
    QTest::addColumn<int>("lrCount");
    QTest::addColumn<double>("pmin");
    QTest::addColumn<double>("pmax");
    QTest::addColumn<int>("pcount");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << "adam"
                           << "beta1" << 1e-3 << 1.0 << 5 << 0.0 << 0.9 << 5 << "";
    QTest::newRow("adam momentum") << "adam"
                                   << "momentum" << 1e-3 << 1.0 << 5 << 0.0 << 0.9 << 5
                                   << "adam does not use momentum: choose beta1 or beta2";
    QTest::newRow("momentum beta1") << "momentum"
                                    << "beta1" << 1e-3 << 1.0 << 5 << 0.0 << 0.9 << 5
                                    << "momentum does not use beta1: choose momentum";
    QTest::newRow("gd momentum") << "gd"
                                 << "momentum" << 1e-3 << 1.0 << 5 << 0.0 << 0.9 << 5
                                 << "gd does not use momentum, nor any hyperparameter a map can vary besides "
                                    "the learning rate";
    QTest::newRow("beta1 of 1") << "adam"
                                << "beta1" << 1e-3 << 1.0 << 5 << 0.0 << 1.0 << 5
                                << "the largest beta1 (param-max) must be at least 0 and less than 1, got 1";
    QTest::newRow("negative lr") << "momentum"
                                 << "momentum" << -1.0 << 1.0 << 5 << 0.0 << 0.9 << 5
                                 << "the smallest learning rate (lr-min) must be a positive number, got -1";
    QTest::newRow("lr reversed") << "momentum"
                                 << "momentum" << 1.0 << 0.1 << 5 << 0.0 << 0.9 << 5
                                 << "the largest learning rate 0.1 is below the smallest 1";
    QTest::newRow("param reversed") << "momentum"
                                    << "momentum" << 0.1 << 1.0 << 5 << 0.9 << 0.1 << 5
                                    << "the largest momentum 0.1 is below the smallest 0.9";
    QTest::newRow("no rates") << "momentum"
                              << "momentum" << 0.1 << 1.0 << 0 << 0.0 << 0.9 << 5
                              << "the number of learning rates must be at least 1, got 0";
    QTest::newRow("no params") << "rmsprop"
                               << "alpha" << 0.1 << 1.0 << 3 << 0.0 << 0.9 << 0
                               << "the number of alpha values must be at least 1, got 0";
}

void TestStabilityMap::validation() {
    QFETCH(QString, optimizer);
    QFETCH(QString, parameter);
    QFETCH(double, lrMin);
    QFETCH(double, lrMax);
    QFETCH(int, lrCount);
    QFETCH(double, pmin);
    QFETCH(double, pmax);
    QFETCH(int, pcount);
    QFETCH(QString, message);
    StabilityMapSpec s;
    QVERIFY(optimizerByName(optimizer.toStdString(), s.settings.optimizer));
    for (Hyperparameter h : kHyperparameters)
        if (parameter == QLatin1String(hyperparameterRange(h).option)) s.parameter = h;
    s.lrMin = lrMin;
    s.lrMax = lrMax;
    s.lrCount = lrCount;
    s.paramMin = pmin;
    s.paramMax = pmax;
    s.paramCount = pcount;
    QCOMPARE(QString::fromStdString(stabilityMapProblem(s, 2)), message);
}

void TestStabilityMap::parametersPerOptimizer() {
    QCOMPARE(mapParameters(OptimizerKind::GradientDescent).size(), std::size_t(0));
    QCOMPARE(mapParameters(OptimizerKind::Adagrad).size(), std::size_t(0));
    QCOMPARE(mapParameters(OptimizerKind::Newton).size(), std::size_t(0));
    QCOMPARE(mapParameters(OptimizerKind::Momentum), std::vector<Hyperparameter>{Hyperparameter::Momentum});
    QCOMPARE(mapParameters(OptimizerKind::Nesterov), std::vector<Hyperparameter>{Hyperparameter::Momentum});
    QCOMPARE(mapParameters(OptimizerKind::RMSprop), std::vector<Hyperparameter>{Hyperparameter::Alpha});
    QCOMPARE(mapParameters(OptimizerKind::Adam),
             (std::vector<Hyperparameter>{Hyperparameter::Beta1, Hyperparameter::Beta2}));
}

void TestStabilityMap::coarsePassIsASubsetOfTheFullPass() {
    QCOMPARE(coarseIndices(9, 4), (std::vector<int>{0, 4, 8}));
    QCOMPARE(coarseIndices(10, 4), (std::vector<int>{0, 4, 8, 9}));
    QCOMPARE(coarseIndices(1, 4), (std::vector<int>{0}));
    const FunctionPtr f = test::compile(QStringLiteral("(1-x)^2 + 100*(y-x^2)^2"));
    StabilityMapSpec s = spec(OptimizerKind::Momentum, Hyperparameter::Momentum, 0.0, 0.99);
    s.lrCount = 10;
    s.paramCount = 10;
    StabilityMap progressive = emptyStabilityMap(s);
    computeCoarsePass(*f, progressive, 4, {});
    QCOMPARE(progressive.computedCount(), 16);
    for (int i : coarseIndices(10, 4))
        for (int j : coarseIndices(10, 4))
            QVERIFY(progressive.cell(i, j).computed);
    const StabilityMap coarse = progressive;
    int runs = 0;
    LaneOptions counting;
    counting.threads = 1;
    counting.progress = [&runs](int done) { runs = done; };
    computeStabilityCells(*f, progressive, {}, {}, counting);
    QCOMPARE(runs, 100 - 16); // no cell of the coarse pass runs again
    QVERIFY(progressive.complete());
    const StabilityMap full = computeStabilityMap(*f, s);
    for (std::size_t k = 0; k < full.cells.size(); ++k) {
        QVERIFY2(sameCell(progressive.cells[k], full.cells[k]), qPrintable(QString::number(k)));
        if (coarse.cells[k].computed) QVERIFY(sameCell(coarse.cells[k], full.cells[k]));
    }
}

void TestStabilityMap::cancelLeavesCellsNotComputed() {
    const FunctionPtr f = test::compile(QStringLiteral("(1-x)^2 + 100*(y-x^2)^2"));
    StabilityMapSpec s = spec(OptimizerKind::Adam, Hyperparameter::Beta1, 0.0, 0.99, 2000);
    s.lrCount = 40;
    s.paramCount = 40;
    std::atomic<bool> cancel{true};
    LaneOptions options;
    options.cancel = &cancel;
    const StabilityMap m = computeStabilityMap(*f, s, options);
    QCOMPARE(m.computedCount(), 0);
    QVERIFY(!m.complete());
    // Cancelled part-way: whatever was computed is right, the rest is marked not computed.
    std::atomic<bool> later{false};
    LaneOptions partway;
    partway.threads = 1;
    partway.cancel = &later;
    partway.progress = [&later](int done) {
        if (done >= 32) later.store(true);
    };
    const StabilityMap part = computeStabilityMap(*f, s, partway);
    // The pass stops: no cell is judged after the cancel, so fewer than all are computed.
    QVERIFY(part.computedCount() < 1600);
    for (const StabilityCell& c : part.cells)
        if (c.computed) {
            DescentSettings one = s.settings;
            one.hyperparameters.learningRate = c.learningRate;
            one.hyperparameters.beta1 = c.parameter;
            QCOMPARE(c.stopStep, runQuiet(*f, s.start, one).stopStep);
        } else {
            QCOMPARE(c.stopStep, -1);
        }
}

void TestStabilityMap::boundarySeparatesDivergedCells() {
    // Plain momentum on x²: the classic phase diagram; the largest rates diverge for every μ.
    const FunctionPtr f = test::compile(QStringLiteral("x^2 + y^2"));
    StabilityMapSpec s = spec(OptimizerKind::Momentum, Hyperparameter::Momentum, 0.0, 0.9, 300);
    s.lrMin = 0.01;
    s.lrMax = 10.0;
    s.lrCount = 20;
    s.paramCount = 10;
    const StabilityMap m = computeStabilityMap(*f, s);
    QCOMPARE(m.cell(19, 0).outcome, MapOutcome::Diverged);
    QCOMPARE(m.cell(5, 5).outcome, MapOutcome::Converged);
    QVERIFY(m.cell(5, 5).stepsToConverge > 0);
    QCOMPARE(m.cell(19, 0).stepsToConverge, -1);
    const ContourLevel b = outcomeBoundary(m, MapOutcome::Diverged);
    QVERIFY(!b.x.empty());
    // Momentum on x² with rate η diverges past η = 2(1 + μ)/λ, λ = 2: between log10(1) and log10(1.9).
    for (std::size_t k = 0; k < b.x.size(); ++k) {
        QVERIFY2(b.x[k] > -0.2 && b.x[k] < std::log10(1.9) + 0.2, qPrintable(QString::number(b.x[k])));
        QVERIFY(b.y[k] >= 0.0 && b.y[k] <= 0.9);
    }
}

QTEST_APPLESS_MAIN(TestStabilityMap)
#include "tst_stability_map.moc"
