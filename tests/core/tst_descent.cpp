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
    void noiseIsSeeded_data();
    void noiseIsSeeded();
    void noiseIsAddedToTheGradientEachUpdateUses();
    void noNoiseIsThePlainRun_data();
    void noNoiseIsThePlainRun();
    void eachPointCarriesItsScheduledRate_data();
    void eachPointCarriesItsScheduledRate();
    void quietRunAgreesUnderScheduleAndNoise_data();
    void quietRunAgreesUnderScheduleAndNoise();
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
    QCOMPARE(QString::fromStdString(t.stopDetail.english()),
             QStringLiteral("the loss is undefined (not a number)"));
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

namespace {

Schedule cosineSchedule(int tMax, double etaMin) {
    Schedule s;
    s.kind = ScheduleKind::Cosine;
    s.tMax = tMax;
    s.etaMin = etaMin;
    return s;
}

Schedule warmupSchedule(int warmup, double startFactor, int tMax) {
    Schedule s;
    s.kind = ScheduleKind::WarmupCosine;
    s.warmup = warmup;
    s.startFactor = startFactor;
    s.tMax = tMax;
    return s;
}

Schedule stepSchedule(int stepSize, double gamma) {
    Schedule s;
    s.kind = ScheduleKind::Step;
    s.stepSize = stepSize;
    s.gamma = gamma;
    return s;
}

/// A learning rate that every optimizer can take on the test functions without leaving them.
double rateFor(OptimizerKind k) {
    return k == OptimizerKind::Newton ? 0.5 : k == OptimizerKind::GradientDescent ? 0.05 : 0.02;
}

void addEveryOptimizerOn(const char* formula, double x, double y) {
    for (OptimizerKind k : kOptimizers)
        QTest::newRow(qPrintable(
            QStringLiteral("%1 on %2").arg(QLatin1String(optimizerName(k)), QLatin1String(formula))))
            << formula << x << y << int(k);
}

} // namespace

Q_DECLARE_METATYPE(gradlab::Schedule)

void TestDescent::noiseIsSeeded_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("optimizer");
    addEveryOptimizerOn("(w-3)^2", 8.0, 0.0);
    addEveryOptimizerOn("x^2 + 3y^2", 4.0, 3.0);
}

// The same seed gives the same run to the bit; another seed another run.
void TestDescent::noiseIsSeeded() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(int, optimizer);
    const FunctionPtr f = test::compile(formula);
    DescentSettings s;
    s.optimizer = OptimizerKind(optimizer);
    s.hyperparameters.learningRate = rateFor(s.optimizer);
    s.maxSteps = 60;
    s.tolerance = 0;
    s.noise = 0.3;
    s.seed = 42;
    const double start[2] = {x, y};
    const Trajectory a = runDescent(f, start, s), b = runDescent(f, start, s);
    s.seed = 43;
    const Trajectory c = runDescent(f, start, s);
    QCOMPARE(a.points.size(), std::size_t(61));
    QCOMPARE(b.points.size(), a.points.size());
    QCOMPARE(c.points.size(), a.points.size());
    int differ = 0;
    for (std::size_t k = 0; k < a.points.size(); ++k)
        for (int i = 0; i < f->dimension(); ++i) {
            QCOMPARE(b.points[k].point[i], a.points[k].point[i]);
            differ += c.points[k].point[i] != a.points[k].point[i];
        }
    // Every step after the first moves differently with another seed's noise.
    QVERIFY2(differ >= 60, qPrintable(QString::number(differ)));
}

// Gradient descent's first update is −η·(g + σ·n) with n the seed's first normal draw per coordinate; the
// trajectory keeps the true gradient.
void TestDescent::noiseIsAddedToTheGradientEachUpdateUses() {
    const FunctionPtr f = test::compile("x^2 + 3y^2");
    DescentSettings s;
    s.hyperparameters.learningRate = 0.1;
    s.maxSteps = 2;
    s.noise = 0.7;
    s.seed = 1234;
    const double start[2] = {4.0, 3.0};
    const Trajectory t = runDescent(f, start, s);
    SeededRandom random(1234);
    const double n0 = random.normal(), n1 = random.normal();
    GRADLAB_COMPARE_CLOSE(t.points[1].point[0], 4.0 - 0.1 * (8.0 + 0.7 * n0), 1e-15);
    GRADLAB_COMPARE_CLOSE(t.points[1].point[1], 3.0 - 0.1 * (18.0 + 0.7 * n1), 1e-15);
    QCOMPARE(t.points[1].gradient[0], 2.0 * t.points[1].point[0]);
    QCOMPARE(t.points[1].gradient[1], 6.0 * t.points[1].point[1]);
}

void TestDescent::noNoiseIsThePlainRun_data() {
    noiseIsSeeded_data();
}

// Noise 0 (whatever the seed) is the run without noise: each update the optimizer's own step on the true
// gradient, as stepped here by hand.
void TestDescent::noNoiseIsThePlainRun() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(int, optimizer);
    const FunctionPtr f = test::compile(formula);
    DescentSettings s;
    s.optimizer = OptimizerKind(optimizer);
    s.hyperparameters.learningRate = rateFor(s.optimizer);
    s.maxSteps = 40;
    s.tolerance = 0;
    s.noise = 0.0;
    s.seed = 99;
    double w[2] = {x, y};
    const Trajectory t = runDescent(f, w, s);
    Optimizer byHand(s.optimizer, s.hyperparameters, f->dimension());
    double g[2], h[4];
    for (std::size_t k = 1; k < t.points.size(); ++k) {
        if (s.optimizer == OptimizerKind::Newton)
            f->valueGradientHessian(w, g, h);
        else
            f->valueAndGradient(w, g);
        byHand.step(w, g, h);
        for (int i = 0; i < f->dimension(); ++i)
            QCOMPARE(t.points[k].point[i], w[i]);
    }
    QCOMPARE(t.points.size(), std::size_t(41));
}

void TestDescent::eachPointCarriesItsScheduledRate_data() {
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<int>("optimizer");
    QTest::newRow("constant, adam") << Schedule{} << int(OptimizerKind::Adam);
    QTest::newRow("step, gd") << stepSchedule(4, 0.5) << int(OptimizerKind::GradientDescent);
    QTest::newRow("cosine past t-max, momentum") << cosineSchedule(7, 0.001) << int(OptimizerKind::Momentum);
    QTest::newRow("warm-up, rmsprop") << warmupSchedule(5, 0.2, 12) << int(OptimizerKind::RMSprop);
}

void TestDescent::eachPointCarriesItsScheduledRate() {
    QFETCH(Schedule, schedule);
    QFETCH(int, optimizer);
    DescentSettings s;
    s.optimizer = OptimizerKind(optimizer);
    s.hyperparameters.learningRate = 0.04;
    s.schedule = schedule;
    s.noise = 0.1;
    s.maxSteps = 30;
    s.tolerance = 0;
    const double start[2] = {4.0, 3.0};
    const Trajectory t = runDescent(test::compile("x^2 + 3y^2"), start, s);
    QCOMPARE(t.points.size(), std::size_t(31));
    QCOMPARE(t.points[0].learningRate, 0.0);
    for (std::size_t k = 1; k < t.points.size(); ++k)
        QCOMPARE(t.points[k].learningRate, scheduledRate(schedule, 0.04, int(k)));
    // The trajectory's hyperparameters keep the base rate.
    QCOMPARE(t.hyperparameters.learningRate, 0.04);
}

void TestDescent::quietRunAgreesUnderScheduleAndNoise_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<double>("noise");
    QTest::addColumn<double>("tolerance");
    const Schedule schedules[] = {Schedule{}, stepSchedule(10, 0.5), cosineSchedule(15, 0.0),
                                  warmupSchedule(5, 0.1, 30)};
    for (OptimizerKind k : kOptimizers)
        for (const Schedule& sc : schedules)
            for (double noise : {0.0, 0.05, 2.0}) {
                const QString name =
                    QStringLiteral("%1, %2, noise %3")
                        .arg(QLatin1String(optimizerName(k)), QLatin1String(scheduleName(sc.kind)))
                        .arg(noise);
                QTest::newRow(qPrintable(name + QStringLiteral(", 1-D")))
                    << "w^4 - 4w^2 + w" << -2.0 << 0.0 << int(k) << sc << noise << 1e-4;
                QTest::newRow(qPrintable(name + QStringLiteral(", 2-D")))
                    << "(1-x)^2 + 10(y-x^2)^2" << -1.0 << 1.5 << int(k) << sc << noise << 1e-3;
            }
}

// A sweep's quiet run is the lesson's run: the same stop, step and final loss under schedule and noise.
void TestDescent::quietRunAgreesUnderScheduleAndNoise() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(int, optimizer);
    QFETCH(Schedule, schedule);
    QFETCH(double, noise);
    QFETCH(double, tolerance);
    const FunctionPtr f = test::compile(formula);
    DescentSettings s;
    s.optimizer = OptimizerKind(optimizer);
    s.hyperparameters.learningRate = rateFor(s.optimizer);
    s.schedule = schedule;
    s.noise = noise;
    s.seed = 7;
    s.maxSteps = 120;
    s.tolerance = tolerance;
    const double start[2] = {x, y};
    const Trajectory t = runDescent(f, start, s);
    const RunSummary q = runQuiet(*f, start, s);
    QCOMPARE(stopReasonName(q.stopReason), stopReasonName(t.stopReason));
    QCOMPARE(q.stopStep, t.stopStep);
    if (t.stopReason != StopReason::Diverged) QCOMPARE(q.finalLoss, t.points.back().loss);
    // The same judgement from both.
    const RunJudgement quiet = judgeRun(*f, q.shape, s, t.stopDetail), whole = judgeRun(*f, t, s);
    QCOMPARE(regimeName(quiet.regime), regimeName(whole.regime));
    QCOMPARE(quiet.verdict.english(), whole.verdict.english());
    QCOMPARE(quiet.converged(), whole.converged());
}

QTEST_GUILESS_MAIN(TestDescent)
#include "tst_descent.moc"
