// Runs, stop reasons, the critical learning rate and sweeps (regimes: tst_run_judgement).

#include "descent/analysis.h"
#include "descent/sweep.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestDescent : public QObject {
    Q_OBJECT
private slots:
    void stopReasons_data();
    void stopReasons();
    void toleranceZeroTakesEveryStep();
    void stepByStepMatchesRunToEnd();
    void nonFiniteStartIsDiverged();
    void criticalLearningRate_data();
    void criticalLearningRate();
    void locatesMinimum();
    void logSpacedIncludesBothEnds();
    void sweepMatchesSingleRuns();
    void sweepCanBeCancelled();
};

void TestDescent::stopReasons_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("step");
    QTest::newRow("converged") << "x^2" << 1.0 << 0.5 << int(StopReason::Converged) << 1;
    QTest::newRow("max steps") << "x^2" << 1.0 << 0.001 << int(StopReason::MaxSteps) << 50;
    QTest::newRow("diverged by bound") << "x^2" << 1.0 << 1.5 << int(StopReason::Diverged) << 20;
    QTest::newRow("diverged by NaN") << "sqrt(x)" << 1.0 << 10.0 << int(StopReason::Diverged) << 1;
    QTest::newRow("converged at start") << "(x-1)^2" << 1.0 << 0.1 << int(StopReason::Converged) << 0;
}

void TestDescent::stopReasons() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(double, lr);
    QFETCH(int, reason);
    QFETCH(int, step);
    DescentSettings s;
    s.hyperparameters.learningRate = lr;
    s.maxSteps = 50;
    const Trajectory t = runDescent(test::compile(formula), &start, s);
    QCOMPARE(stopReasonName(t.stopReason), stopReasonName(StopReason(reason)));
    QCOMPARE(t.stopStep, step);
    for (const TrajectoryPoint& p : t.points)
        QVERIFY(std::isfinite(p.loss));
}

void TestDescent::toleranceZeroTakesEveryStep() {
    DescentSettings s;
    s.hyperparameters.learningRate = 0.5; // reaches the minimum exactly at step 1
    s.maxSteps = 30;
    s.tolerance = 0.0;
    const double start = 1.0;
    const Trajectory t = runDescent(test::compile("x^2"), &start, s);
    QCOMPARE(t.stopReason, StopReason::MaxSteps);
    QCOMPARE(int(t.points.size()), 31);
}

void TestDescent::stepByStepMatchesRunToEnd() {
    const FunctionPtr f = test::compile("(1-x)^2 + 100(y-x^2)^2");
    DescentSettings s;
    s.optimizer = OptimizerKind::Adam;
    s.hyperparameters.learningRate = 0.01;
    s.maxSteps = 200;
    const double start[2] = {-1.5, 2.0};
    DescentRun stepped(f, start, s);
    int calls = 0;
    while (stepped.step())
        ++calls;
    QCOMPARE(calls, 200);
    const Trajectory whole = runDescent(f, start, s);
    QCOMPARE(stepped.trajectory().points.size(), whole.points.size());
    QCOMPARE(stepped.trajectory().points.back().point[0], whole.points.back().point[0]);
    QCOMPARE(stepped.trajectory().points.back().point[1], whole.points.back().point[1]);
}

void TestDescent::nonFiniteStartIsDiverged() {
    DescentSettings s;
    const double start = -1.0;
    const Trajectory t = runDescent(test::compile("log(x)"), &start, s);
    QCOMPARE(t.stopReason, StopReason::Diverged);
    QCOMPARE(t.stopStep, 0);
    QVERIFY(t.points.empty());
    QCOMPARE(QString::fromStdString(t.stopDetail), QStringLiteral("the loss is undefined (not a number)"));
}

void TestDescent::criticalLearningRate_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("expected");
    QTest::newRow("parabola: 2/f''") << "x^2" << 0.0 << 0.0 << 1.0;
    QTest::newRow("shifted bowl") << "(w-3)^2" << 3.0 << 0.0 << 1.0;
    QTest::newRow("elliptic bowl: 2/lambda_max") << "x^2 + 3y^2" << 0.0 << 0.0 << 1.0 / 3.0;
    QTest::newRow("rosenbrock at (1,1)") << "(1-x)^2 + 100(y-x^2)^2" << 1.0 << 1.0
                                         << 2.0 / (0.5 * (1002 + std::sqrt(1002.0 * 1002 - 4 * 400)));
}

void TestDescent::criticalLearningRate() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, expected);
    const double p[2] = {x, y};
    GRADLAB_COMPARE_CLOSE(gradlab::criticalLearningRate(*test::compile(formula), p), expected, 1e-12);
}

void TestDescent::locatesMinimum() {
    const FunctionPtr f = test::compile("w^4 - 4w^2 + w");
    double m[1];
    const double start = -2.0;
    QVERIFY(locateMinimum(*f, &start, m));
    GRADLAB_COMPARE_CLOSE(m[0], -1.4729976011140302, 1e-12);
    const double right = 2.0;
    QVERIFY(locateMinimum(*f, &right, m));
    GRADLAB_COMPARE_CLOSE(m[0], 1.346997408527774, 1e-12);
    const double rosenStart[2] = {-1.5, 2.0};
    double r[2];
    QVERIFY(locateMinimum(*test::compile("(1-x)^2 + 100(y-x^2)^2"), rosenStart, r));
    GRADLAB_COMPARE_CLOSE(r[0], 1.0, 1e-10);
    GRADLAB_COMPARE_CLOSE(r[1], 1.0, 1e-10);
}

void TestDescent::logSpacedIncludesBothEnds() {
    const std::vector<double> r = logSpaced(1e-4, 10.0, 6);
    QCOMPARE(r.size(), std::size_t(6));
    QCOMPARE(r.front(), 1e-4);
    QCOMPARE(r.back(), 10.0);
    GRADLAB_COMPARE_CLOSE(r[1], 1e-4 * std::pow(1e5, 0.2), 1e-15);
    for (std::size_t i = 1; i < r.size(); ++i)
        GRADLAB_COMPARE_CLOSE(r[i] / r[i - 1], std::pow(1e5, 0.2), 1e-12);
}

void TestDescent::sweepMatchesSingleRuns() {
    const FunctionPtr f = test::compile("(1-x)^2 + 100(y-x^2)^2");
    DescentSettings s;
    s.optimizer = OptimizerKind::Adam;
    s.maxSteps = 300;
    s.tolerance = 1e-6;
    const double start[2] = {-1.5, 2.0};
    const std::vector<double> rates = logSpaced(1e-4, 10.0, 40);
    const std::vector<SweepRow> rows = sweepLearningRates(*f, start, s, rates);
    QCOMPARE(rows.size(), rates.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        s.hyperparameters.learningRate = rates[i];
        const Trajectory t = runDescent(f, start, s);
        QCOMPARE(rows[i].learningRate, rates[i]);
        QCOMPARE(stopReasonName(rows[i].summary.stopReason), stopReasonName(t.stopReason));
        QCOMPARE(rows[i].summary.stopStep, t.stopStep);
        if (t.stopReason != StopReason::Diverged) QCOMPARE(rows[i].summary.finalLoss, t.points.back().loss);
    }
}

void TestDescent::sweepCanBeCancelled() {
    const FunctionPtr f = test::compile("x^2");
    DescentSettings s;
    s.maxSteps = 1000;
    s.tolerance = 0;
    const double start = 1.0;
    std::atomic<bool> cancel{true};
    SweepOptions options;
    options.cancel = &cancel;
    const std::vector<SweepRow> rows = sweepLearningRates(*f, &start, s, logSpaced(1e-3, 1, 100), options);
    for (const SweepRow& r : rows)
        QCOMPARE(r.summary.stopStep, -1);
}

QTEST_GUILESS_MAIN(TestDescent)
#include "tst_descent.moc"
