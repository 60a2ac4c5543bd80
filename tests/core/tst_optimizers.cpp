// Each optimizer's first steps against values worked out by hand from the torch.optim rules, the lessons'
// worked examples (computed here in closed form, not typed in), and divergence handling.

#include "descent/descent.h"
#include "presets/catalogue.h"
#include "test_helpers.h"

#include <QTest>
#include <limits>

using namespace gradlab;

namespace {
Trajectory run(const QString& formula, std::vector<double> start, OptimizerKind kind, double lr, int steps,
               double tol = 0.0) {
    const FunctionPtr f = test::compile(formula);
    DescentSettings s;
    s.optimizer = kind;
    s.hyperparameters.learningRate = lr;
    s.maxSteps = steps;
    s.tolerance = tol;
    return runDescent(f, start.data(), s);
}
} // namespace

class TestOptimizers : public QObject {
    Q_OBJECT
private slots:
    void firstSteps_data();
    void firstSteps();
    void adamMovesEachCoordinateByTheLearningRate();
    void newtonSolvesAQuadraticInOneStep();
    void newtonFallsBackOnASaddle();
    void shiftedBowlLesson();
    void liftedBowlLesson();
    void ellipticBowlLesson();
    void quarticPractice();
    void twoWeightLesson();
    void divergesWithLargeLearningRate();
    void everyOptimizerOnEveryPresetStops_data();
    void everyOptimizerOnEveryPresetStops();
    void listAndNames();
    void hyperparametersUsed_data();
    void hyperparametersUsed();
    void hyperparameterRanges_data();
    void hyperparameterRanges();
    void hyperparametersProblem_data();
    void hyperparametersProblem();
};

void TestOptimizers::listAndNames() {
    QCOMPARE(QString::fromStdString(optimizerNameList()),
             QStringLiteral("gd, momentum, nesterov, adagrad, rmsprop, adam, newton"));
    for (int i = 0; i < kOptimizerCount; ++i) {
        QCOMPARE(int(kOptimizers[std::size_t(i)]), i); // the list is the enum's order
        OptimizerKind k = OptimizerKind::Newton;
        QVERIFY(optimizerByName(optimizerName(kOptimizers[std::size_t(i)]), k));
        QCOMPARE(int(k), i);
    }
    OptimizerKind k = OptimizerKind::Newton;
    QVERIFY(optimizerByName("sgd", k));
    QCOMPARE(k, OptimizerKind::GradientDescent);
    QVERIFY(!optimizerByName("lbfgs", k));
}

void TestOptimizers::hyperparametersUsed_data() {
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<QString>("keys"); // the keys of the hyperparameters its update rule reads
    QTest::newRow("gd") << "gd"
                        << "learningRate";
    QTest::newRow("momentum") << "momentum"
                              << "learningRate momentum";
    QTest::newRow("nesterov") << "nesterov"
                              << "learningRate momentum";
    QTest::newRow("adagrad") << "adagrad"
                             << "learningRate eps";
    QTest::newRow("rmsprop") << "rmsprop"
                             << "learningRate alpha eps";
    QTest::newRow("adam") << "adam"
                          << "learningRate beta1 beta2 eps";
    QTest::newRow("newton") << "newton"
                            << "learningRate";
}

void TestOptimizers::hyperparametersUsed() {
    QFETCH(QString, optimizer);
    QFETCH(QString, keys);
    OptimizerKind kind;
    QVERIFY(optimizerByName(optimizer.toStdString(), kind));
    QStringList used;
    for (Hyperparameter h : kHyperparameters)
        if (usesHyperparameter(kind, h)) used << QString::fromLatin1(hyperparameterRange(h).key);
    QCOMPARE(used.join(' '), keys);
}

void TestOptimizers::hyperparameterRanges_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("problem"); // "" when valid
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("lr 0.1") << "learningRate"
                            << "lr"
                            << "η" << 0.1 << "";
    QTest::newRow("lr 1e6") << "learningRate"
                            << "lr"
                            << "η" << 1e6 << "";
    QTest::newRow("lr 0") << "learningRate"
                          << "lr"
                          << "η" << 0.0 << "must be a positive number, got 0";
    QTest::newRow("lr -1") << "learningRate"
                           << "lr"
                           << "η" << -1.0 << "must be a positive number, got -1";
    QTest::newRow("lr inf") << "learningRate"
                            << "lr"
                            << "η" << inf << "must be a positive number, got inf";
    QTest::newRow("lr nan") << "learningRate"
                            << "lr"
                            << "η" << std::nan("") << "must be a positive number, got nan";
    QTest::newRow("momentum 0") << "momentum"
                                << "momentum"
                                << "μ" << 0.0 << "";
    QTest::newRow("momentum 0.99") << "momentum"
                                   << "momentum"
                                   << "μ" << 0.99 << "";
    QTest::newRow("momentum 1") << "momentum"
                                << "momentum"
                                << "μ" << 1.0 << "must be at least 0 and less than 1, got 1";
    QTest::newRow("momentum -0.1") << "momentum"
                                   << "momentum"
                                   << "μ" << -0.1 << "must be at least 0 and less than 1, got -0.1";
    QTest::newRow("alpha 0.99") << "alpha"
                                << "alpha"
                                << "α" << 0.99 << "";
    QTest::newRow("alpha 1.5") << "alpha"
                               << "alpha"
                               << "α" << 1.5 << "must be at least 0 and less than 1, got 1.5";
    QTest::newRow("beta1 0.9") << "beta1"
                               << "beta1"
                               << "β₁" << 0.9 << "";
    QTest::newRow("beta1 1") << "beta1"
                             << "beta1"
                             << "β₁" << 1.0 << "must be at least 0 and less than 1, got 1";
    QTest::newRow("beta2 0.999") << "beta2"
                                 << "beta2"
                                 << "β₂" << 0.999 << "";
    QTest::newRow("beta2 nan") << "beta2"
                               << "beta2"
                               << "β₂" << std::nan("") << "must be at least 0 and less than 1, got nan";
    QTest::newRow("eps 1e-8") << "eps"
                              << "eps"
                              << "ε" << 1e-8 << "";
    QTest::newRow("eps 1") << "eps"
                           << "eps"
                           << "ε" << 1.0 << "";
    QTest::newRow("eps default") << "eps"
                                 << "eps"
                                 << "ε" << -1.0 << "";
    QTest::newRow("eps 0") << "eps"
                           << "eps"
                           << "ε" << 0.0
                           << "must be more than 0 and at most 1 (or negative for the default), got 0";
    QTest::newRow("eps 2") << "eps"
                           << "eps"
                           << "ε" << 2.0
                           << "must be more than 0 and at most 1 (or negative for the default), got 2";
    QTest::newRow("eps -inf") << "eps"
                              << "eps"
                              << "ε" << -inf
                              << "must be more than 0 and at most 1 (or negative for the default), got -inf";
}

void TestOptimizers::hyperparameterRanges() {
    QFETCH(QString, key);
    QFETCH(QString, option);
    QFETCH(QString, symbol);
    QFETCH(double, value);
    QFETCH(QString, problem);
    int found = 0;
    for (Hyperparameter h : kHyperparameters) {
        const HyperparameterRange& r = hyperparameterRange(h);
        if (key != QLatin1String(r.key)) continue;
        ++found;
        QCOMPARE(QString::fromLatin1(r.option), option);
        QCOMPARE(QString::fromUtf8(r.symbol), symbol);
        QCOMPARE(QString::fromStdString(hyperparameterProblem(h, value)), problem);
        // The field the key names is the one the optimizer reads.
        Hyperparameters hp;
        hyperparameterValue(hp, h) = 0.5;
        QCOMPARE(hyperparameterValue(static_cast<const Hyperparameters&>(hp), h), 0.5);
    }
    QCOMPARE(found, 1);
}

void TestOptimizers::hyperparametersProblem_data() {
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("defaults, adam") << "adam"
                                    << "" << 0.0 << "";
    QTest::newRow("adam, beta2 1") << "adam"
                                   << "beta2" << 1.0 << "beta2 must be at least 0 and less than 1, got 1";
    QTest::newRow("gd ignores beta2") << "gd"
                                      << "beta2" << 1.0 << "";
    QTest::newRow("gd, lr 0") << "gd"
                              << "learningRate" << 0.0 << "learningRate must be a positive number, got 0";
    QTest::newRow("nesterov, momentum 1")
        << "nesterov"
        << "momentum" << 1.0 << "momentum must be at least 0 and less than 1, got 1";
    QTest::newRow("adam ignores momentum") << "adam"
                                           << "momentum" << 1.0 << "";
    QTest::newRow("rmsprop, alpha -1")
        << "rmsprop"
        << "alpha" << -1.0 << "alpha must be at least 0 and less than 1, got -1";
    QTest::newRow("adagrad, eps 0")
        << "adagrad"
        << "eps" << 0.0 << "eps must be more than 0 and at most 1 (or negative for the default), got 0";
    QTest::newRow("newton ignores eps") << "newton"
                                        << "eps" << 0.0 << "";
}

void TestOptimizers::hyperparametersProblem() {
    QFETCH(QString, optimizer);
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, problem);
    OptimizerKind kind;
    QVERIFY(optimizerByName(optimizer.toStdString(), kind));
    Hyperparameters hp;
    for (Hyperparameter h : kHyperparameters)
        if (key == QLatin1String(hyperparameterRange(h).key)) hyperparameterValue(hp, h) = value;
    QCOMPARE(QString::fromStdString(gradlab::hyperparametersProblem(hp, kind)), problem);
}

void TestOptimizers::firstSteps_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVector<double>>("expected"); // x after steps 1, 2, 3 on f = x², from 1, lr 0.1
    const double eps10 = 1e-10, eps8 = 1e-8;
    QTest::newRow("gd") << int(OptimizerKind::GradientDescent) << QVector<double>{0.8, 0.64, 0.512};
    // v1 = g1 = 2, x1 = 0.8; v2 = 0.9*2 + 1.6 = 3.4, x2 = 0.46; v3 = 0.9*3.4 + 0.92 = 3.98, x3 = 0.062
    QTest::newRow("momentum") << int(OptimizerKind::Momentum) << QVector<double>{0.8, 0.46, 0.062};
    // v1 = 2, step g + 0.9 v = 3.8, x1 = 0.62; g2 = 1.24, v2 = 3.04, step 1.24 + 2.736, x2 = 0.2224
    const double n3g = 2 * 0.2224, n3v = 0.9 * 3.04 + n3g;
    QTest::newRow("nesterov") << int(OptimizerKind::Nesterov)
                              << QVector<double>{0.62, 0.2224, 0.2224 - 0.1 * (n3g + 0.9 * n3v)};
    {
        double x = 1.0, s = 0.0;
        QVector<double> xs;
        for (int k = 0; k < 3; ++k) {
            const double g = 2 * x;
            s += g * g;
            x -= 0.1 * g / (std::sqrt(s) + eps10);
            xs << x;
        }
        QTest::newRow("adagrad") << int(OptimizerKind::Adagrad) << xs;
    }
    {
        double x = 1.0, s = 0.0;
        QVector<double> xs;
        for (int k = 0; k < 3; ++k) {
            const double g = 2 * x;
            s = 0.99 * s + 0.01 * g * g;
            x -= 0.1 * g / (std::sqrt(s) + eps8);
            xs << x;
        }
        QTest::newRow("rmsprop") << int(OptimizerKind::RMSprop) << xs;
    }
    {
        double x = 1.0, m = 0.0, v = 0.0;
        QVector<double> xs;
        for (int t = 1; t <= 3; ++t) {
            const double g = 2 * x;
            m = 0.9 * m + 0.1 * g;
            v = 0.999 * v + 0.001 * g * g;
            const double mhat = m / (1 - std::pow(0.9, t)), vhat = v / (1 - std::pow(0.999, t));
            x -= 0.1 * mhat / (std::sqrt(vhat) + eps8);
            xs << x;
        }
        QTest::newRow("adam") << int(OptimizerKind::Adam) << xs;
    }
    // Newton with lr 0.1 on x²: x -= 0.1 * 2x / 2
    QTest::newRow("newton") << int(OptimizerKind::Newton) << QVector<double>{0.9, 0.81, 0.729};
}

void TestOptimizers::firstSteps() {
    QFETCH(int, kind);
    QFETCH(QVector<double>, expected);
    const Trajectory t = run("x^2", {1.0}, OptimizerKind(kind), 0.1, 3);
    QCOMPARE(t.points.size(), std::size_t(4));
    QCOMPARE(t.points[0].point[0], 1.0);
    for (int k = 0; k < 3; ++k)
        GRADLAB_COMPARE_CLOSE(t.points[k + 1].point[0], expected[k], 1e-14);
}

void TestOptimizers::adamMovesEachCoordinateByTheLearningRate() {
    const Trajectory t = run("x^2 + 3y^2", {4.0, 3.0}, OptimizerKind::Adam, 0.1, 1);
    GRADLAB_COMPARE_CLOSE(t.points[1].point[0], 3.9, 1e-8);
    GRADLAB_COMPARE_CLOSE(t.points[1].point[1], 2.9, 1e-8);
    // The state shown is Adam's m and v.
    GRADLAB_COMPARE_CLOSE(t.points[1].firstState[0], 0.1 * 8, 1e-15);
    GRADLAB_COMPARE_CLOSE(t.points[1].secondState[1], 0.001 * 18 * 18, 1e-15);
}

void TestOptimizers::newtonSolvesAQuadraticInOneStep() {
    const Trajectory t = run("x^2 + 3y^2 + x*y", {4.0, 3.0}, OptimizerKind::Newton, 1.0, 5, 1e-12);
    QCOMPARE(t.stopReason, StopReason::Converged);
    QCOMPARE(t.stopStep, 1);
    QVERIFY(std::fabs(t.points[1].point[0]) < 1e-14 && std::fabs(t.points[1].point[1]) < 1e-14);
}

void TestOptimizers::newtonFallsBackOnASaddle() {
    const Trajectory t = run("x^2 - y^2", {1.0, 0.5}, OptimizerKind::Newton, 0.1, 1);
    QVERIFY(t.points[1].newtonFellBack);
    GRADLAB_COMPARE_CLOSE(t.points[1].point[0], 1.0 - 0.1 * 2.0, 1e-15);
    GRADLAB_COMPARE_CLOSE(t.points[1].point[1], 0.5 + 0.1 * 1.0, 1e-15);
}

void TestOptimizers::shiftedBowlLesson() {
    // (w-3)² from 8, lr 0.1: w_k = 3 + 5·0.8^k, loss 25·0.64^k.
    const Trajectory t = run("(w-3)^2", {8.0}, OptimizerKind::GradientDescent, 0.1, 10);
    QCOMPARE(t.points.size(), std::size_t(11));
    for (int k = 0; k <= 10; ++k) {
        GRADLAB_COMPARE_CLOSE(t.points[k].point[0], 3 + 5 * std::pow(0.8, k), 1e-14);
        GRADLAB_COMPARE_CLOSE(t.points[k].loss, 25 * std::pow(0.64, k), 1e-13);
        GRADLAB_COMPARE_CLOSE(t.points[k].gradient[0], 10 * std::pow(0.8, k), 1e-13);
    }
    QCOMPARE(t.stopReason, StopReason::MaxSteps);
}

void TestOptimizers::liftedBowlLesson() {
    const Trajectory t = run("(w-3)^2 + 1", {0.0}, OptimizerKind::GradientDescent, 0.1, 50);
    for (int k = 0; k <= 50; ++k) {
        GRADLAB_COMPARE_CLOSE(t.points[k].point[0], 3 - 3 * std::pow(0.8, k), 1e-13);
        GRADLAB_COMPARE_CLOSE(t.points[k].loss, 1 + 9 * std::pow(0.64, k), 1e-13);
    }
}

void TestOptimizers::ellipticBowlLesson() {
    // x² + 3y² from (4, 3), lr 0.05: x_k = 4·0.9^k, y_k = 3·0.7^k.
    const Trajectory t = run("x^2 + 3y^2", {4.0, 3.0}, OptimizerKind::GradientDescent, 0.05, 8);
    QCOMPARE(t.points.size(), std::size_t(9));
    for (int k = 0; k <= 8; ++k) {
        const double x = 4 * std::pow(0.9, k), y = 3 * std::pow(0.7, k);
        GRADLAB_COMPARE_CLOSE(t.points[k].point[0], x, 1e-14);
        GRADLAB_COMPARE_CLOSE(t.points[k].point[1], y, 1e-14);
        GRADLAB_COMPARE_CLOSE(t.points[k].loss, x * x + 3 * y * y, 1e-13);
        GRADLAB_COMPARE_CLOSE(t.points[k].gradNorm, std::hypot(2 * x, 6 * y), 1e-13);
    }
}

void TestOptimizers::quarticPractice() {
    // w⁴ − 4w² + w from 2, lr 0.01, 100 steps, against a plain loop with the hand-derived gradient.
    const Trajectory t = run("w^4 - 4w^2 + w", {2.0}, OptimizerKind::GradientDescent, 0.01, 100);
    double w = 2.0;
    for (int k = 1; k <= 100; ++k) {
        w -= 0.01 * (4 * w * w * w - 8 * w + 1);
        GRADLAB_COMPARE_CLOSE(t.points[k].point[0], w, 1e-12);
    }
    // It settles in the right-hand (local) valley, not the global one.
    const Preset* p = findPreset("quartic");
    QVERIFY(p);
    GRADLAB_COMPARE_CLOSE(t.points.back().point[0], p->minima[1].point[0], 1e-6);
}

void TestOptimizers::twoWeightLesson() {
    const Trajectory t = run("(w1-2)^2 + (w2-5)^2", {0.0, 0.0}, OptimizerKind::GradientDescent, 0.1, 15);
    for (int k = 0; k <= 15; ++k) {
        GRADLAB_COMPARE_CLOSE(t.points[k].point[0], 2 - 2 * std::pow(0.8, k), 1e-14);
        GRADLAB_COMPARE_CLOSE(t.points[k].point[1], 5 - 5 * std::pow(0.8, k), 1e-14);
    }
    // After the first update: (0.4, 1.0), loss 2.56 + 16 = 18.56 (the lesson's 2.7968 is a misprint).
    GRADLAB_COMPARE_CLOSE(t.points[1].loss, 1.6 * 1.6 + 4.0 * 4.0, 1e-14);
}

void TestOptimizers::divergesWithLargeLearningRate() {
    const Trajectory t = run("x^2", {1.0}, OptimizerKind::GradientDescent, 1.5, 1000);
    QCOMPARE(t.stopReason, StopReason::Diverged);
    // |x| doubles each step, so x² passes 1e12 when 4^k > 1e12: k = 20.
    QCOMPARE(t.stopStep, 20);
    for (const TrajectoryPoint& p : t.points)
        QVERIFY(std::isfinite(p.loss) && std::isfinite(p.point[0]));
}

void TestOptimizers::everyOptimizerOnEveryPresetStops_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("lr");
    for (const Preset& p : presetCatalogue())
        for (int k = 0; k < kOptimizerCount; ++k)
            for (double lr : {1e-3, 0.1, 1.0, 10.0, 100.0})
                QTest::addRow("%s %s lr %g", p.id.c_str(), optimizerName(OptimizerKind(k)), lr)
                    << QString::fromStdString(p.id) << k << lr;
}

void TestOptimizers::everyOptimizerOnEveryPresetStops() {
    QFETCH(QString, preset);
    QFETCH(int, kind);
    QFETCH(double, lr);
    const Preset* p = findPreset(preset.toStdString());
    const Trajectory t = run(QString::fromStdString(p->formula), {p->start[0], p->start[1]},
                             OptimizerKind(kind), lr, 300, 1e-8);
    QVERIFY(t.stopReason != StopReason::Running);
    QVERIFY(!t.points.empty());
    for (const TrajectoryPoint& q : t.points) {
        QVERIFY(std::isfinite(q.loss));
        QVERIFY(std::isfinite(q.gradNorm));
        for (int i = 0; i < t.dimension; ++i)
            QVERIFY(std::isfinite(q.point[i]));
    }
    if (t.stopReason == StopReason::Diverged) QVERIFY(!t.stopDetail.empty());
}

QTEST_GUILESS_MAIN(TestOptimizers)
#include "tst_optimizers.moc"
