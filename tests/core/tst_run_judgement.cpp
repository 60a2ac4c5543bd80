// Judging runs: the regime, the convergence criterion, the minimum approached and the sentences, over
// several functions, curvatures and optimizers; the sweep judges each rate exactly as a single run.

#include "descent/run_judgement.h"
#include "descent/stop_wording.h"
#include "descent/sweep.h"
#include "test_helpers.h"

#include <QRegularExpression>
#include <QTest>

using namespace gradlab;

class TestRunJudgement : public QObject {
    Q_OBJECT
private slots:
    void regimes_data();
    void regimes();
    void sentences_data();
    void sentences();
    void convergedRunIsNotCalledUnconverged();
    void sweepJudgesLikeSingleRuns_data();
    void sweepJudgesLikeSingleRuns();
    void sweepMeasuresAgainstTheMinimumApproached();
    void flatMinimumIsFoundAtItsPlace();
    void shortNumbers();
    void stopAndDivergenceSentences_data();
    void stopAndDivergenceSentences();
    void noisyRuns_data();
    void noisyRuns();
    void scheduledRuns_data();
    void scheduledRuns();
    void scheduleThatFreezesTheRun_data();
    void scheduleThatFreezesTheRun();
    void tinyRunsWordsAgreeWithLosses_data();
    void tinyRunsWordsAgreeWithLosses();
    void convergedIsOneRuleForEveryOptimizer_data();
    void convergedIsOneRuleForEveryOptimizer();
    void verdictAgreesWithTheOutcome_data();
    void verdictAgreesWithTheOutcome();
    void oscillationSaysWhenTheLossRose_data();
    void oscillationSaysWhenTheLossRose();
    void carriedUphillIsNotJumpingAbout_data();
    void carriedUphillIsNotJumpingAbout();
};

namespace {

struct Case {
    FunctionPtr f;
    DescentSettings s;
    std::vector<double> start;
};

Case makeCase(const QString& formula, const QString& start, const QString& optimizer, double lr, int steps) {
    Case c;
    c.f = test::compile(formula);
    OptimizerKind k = OptimizerKind::GradientDescent;
    optimizerByName(optimizer.toStdString(), k);
    c.s.optimizer = k;
    c.s.hyperparameters.learningRate = lr;
    c.s.maxSteps = steps;
    for (const QString& v : start.split(QLatin1Char(',')))
        c.start.push_back(v.toDouble());
    return c;
}

void addRow(const char* name, const char* formula, const char* start, const char* optimizer, double lr,
            int steps, Regime regime, bool converged) {
    QTest::newRow(name) << QString::fromUtf8(formula) << QString::fromLatin1(start)
                        << QString::fromLatin1(optimizer) << lr << steps
                        << QString::fromLatin1(regimeName(regime)) << converged;
}

} // namespace

void TestRunJudgement::regimes_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("regime");
    QTest::addColumn<bool>("converged");
    // (w − 3)², f″ = 2: r = 1 − 2η.
    addRow("f''=2, r=0.9998: too slow", "(w-3)^2", "8", "gd", 1e-4, 100, Regime::TooSlow, false);
    addRow("f''=2, r=0.8, 50 steps: converged", "(w-3)^2", "8", "gd", 0.1, 50, Regime::Monotone, true);
    addRow("f''=2, r=-0.8", "(w-3)^2", "8", "gd", 0.9, 100, Regime::Oscillating, true);
    addRow("f''=2, r=-0.9", "(w-3)^2", "8", "gd", 0.95, 100, Regime::Oscillating, true);
    addRow("f''=2, r=-0.98: oscillating, not yet", "(w-3)^2", "8", "gd", 0.99, 100, Regime::Oscillating,
           false);
    addRow("f''=2, r=-1: bounces", "(w-3)^2", "8", "gd", 1.0, 100, Regime::Bouncing, false);
    addRow("f''=2, r=-1.02: grows", "(w-3)^2", "8", "gd", 1.01, 100, Regime::Diverging, false);
    addRow("f''=2, r=-2: diverged", "(w-3)^2", "8", "gd", 1.5, 100, Regime::Diverging, false);
    // Short runs: a short tail must still tell growth (×1.1 a step: the loss +21%) from a steady bounce.
    addRow("f''=2, r=-1.1, 10 steps: grows", "(w-3)^2", "1", "gd", 1.05, 10, Regime::Diverging, false);
    addRow("f''=2, r=-1.1, 6 steps: grows", "(w-3)^2", "1", "gd", 1.05, 6, Regime::Diverging, false);
    addRow("f''=2, r=-1.2, 10 steps: grows", "(w-3)^2", "8", "gd", 1.1, 10, Regime::Diverging, false);
    addRow("f''=2, r=-1, 10 steps: bounces", "(w-3)^2", "1", "gd", 1.0, 10, Regime::Bouncing, false);
    // 5(w + 1)², f″ = 10: r = 1 − 10η.
    addRow("f''=10, r=0.999: too slow", "5(w+1)^2", "2", "gd", 1e-4, 100, Regime::TooSlow, false);
    addRow("f''=10, r=0.5", "5(w+1)^2", "2", "gd", 0.05, 100, Regime::Monotone, true);
    addRow("f''=10, r=-0.5", "5(w+1)^2", "2", "gd", 0.15, 100, Regime::Oscillating, true);
    addRow("f''=10, r=-1", "5(w+1)^2", "2", "gd", 0.2, 100, Regime::Bouncing, false);
    addRow("f''=10, r=-1.1", "5(w+1)^2", "2", "gd", 0.21, 100, Regime::Diverging, false);
    // w²/4, f″ = 1/2: r = 1 − η/2.
    addRow("f''=0.5, r=0.5", "w^2/4", "4", "gd", 1.0, 100, Regime::Monotone, true);
    addRow("f''=0.5, r=-0.5", "w^2/4", "4", "gd", 3.0, 100, Regime::Oscillating, true);
    addRow("f''=0.5, r=-1", "w^2/4", "4", "gd", 4.0, 100, Regime::Bouncing, false);
    addRow("f''=0.5, r=-1.5", "w^2/4", "4", "gd", 5.0, 100, Regime::Diverging, false);
    // Two variables: λ = 2 and 6; the larger |1 − ηλ| decides.
    addRow("bowl, r=(0.8,0.4)", "x^2 + 3y^2", "4,3", "gd", 0.1, 200, Regime::Monotone, true);
    addRow("bowl, r=(0.4,-0.8)", "x^2 + 3y^2", "4,3", "gd", 0.3, 200, Regime::Oscillating, true);
    addRow("bowl, r=(1/3,-1)", "x^2 + 3y^2", "4,3", "gd", 1.0 / 3.0, 200, Regime::Bouncing, false);
    addRow("bowl, r=(0.3,-1.1)", "x^2 + 3y^2", "4,3", "gd", 0.35, 200, Regime::Diverging, false);
    // Non-convex: the run settles in the local minimum near 1.35 (f″ ≈ 13.8).
    addRow("quartic, local minimum", "w^4 - 4w^2 + w", "2", "gd", 0.01, 200, Regime::Monotone, true);
    // Other optimizers, judged from the run.
    addRow("momentum overshoots", "(w-3)^2", "8", "momentum", 0.1, 300, Regime::Oscillating, true);
    addRow("momentum on Rosenbrock", "(1-x)^2 + 100(y-x^2)^2", "-1.5,2", "momentum", 0.001, 3000,
           Regime::Oscillating, true);
    addRow("adam, slow", "(1-x)^2 + 100(y-x^2)^2", "-1.5,2", "adam", 0.001, 100, Regime::TooSlow, false);
    // No minimum.
    addRow("a line: no minimum", "-w", "0", "gd", 0.1, 100, Regime::NoMinimum, false);
    addRow("a cubic falls for ever", "w^3", "-1", "gd", 0.1, 1000, Regime::Unbounded, false);
    addRow("outside the domain", "ln(w)", "-1", "gd", 0.1, 100, Regime::NotStarted, false);
    addRow("ln walks out of its domain", "ln(w)", "2", "gd", 0.1, 1000, Regime::LeftDomain, false);
    // Functions without a minimum are never given one.
    addRow("exp: the slope vanishes, no minimum", "exp(w)", "0", "gd", 2.0, 100, Regime::NoMinimum, false);
    addRow("cubic near its inflection", "w^3", "2", "gd", 0.1, 200, Regime::NoMinimum, false);
    addRow("cubic from its flat point", "w^3", "0", "gd", 0.1, 100, Regime::Stalled, false);
    addRow("from a maximum's neighbourhood", "-(w^2)", "0", "gd", 0.1, 100, Regime::Stalled, false);
    addRow("flat minimum x^4 at 0", "w^4", "0", "gd", 0.1, 100, Regime::AtRest, true);
    // Two variables where one coordinate flips: not "every step the same way".
    addRow("adam on a bowl", "x^2 + 3y^2", "4,3", "adam", 0.05, 300, Regime::Oscillating, true);
    // Chaotic: large steps on sin jump between valleys.
    addRow("sin with huge steps", "sin(w)", "2", "gd", 7.49, 100, Regime::Irregular, false);
    addRow("sin, chaotic, not a bounce", "sin(w)", "2", "gd", 4.85, 100, Regime::Irregular, false);
    addRow("sin, chaotic, not shrinking", "sin(w)", "2", "gd", 6.18966, 100, Regime::Irregular, false);
    addRow("sin, chaotic, gap grew", "sin(w)", "2", "gd", 4.61774, 100, Regime::Irregular, false);
    addRow("sin is bounded: no divergence", "sin(w)", "2", "gd", 5.23299, 100, Regime::Irregular, false);
    addRow("quartic, chaotic", "w^4 - 4w^2 + w", "2", "gd", 0.164838, 100, Regime::Irregular, false);
    addRow("exp jumps far left: flat, not a minimum", "exp(w)", "2", "gd", 5.0, 100, Regime::Stalled, false);
    addRow("close but a tight tolerance: still converging", "(w-3)^2", "8", "gd", 0.03, 100, Regime::Monotone,
           false);
}

void TestRunJudgement::regimes() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    QFETCH(int, steps);
    QFETCH(QString, regime);
    QFETCH(bool, converged);
    const Case c = makeCase(formula, start, optimizer, lr, steps);
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    QVERIFY2(QString::fromLatin1(regimeName(j.regime)) == regime, j.outcome.english().c_str());
    QVERIFY2(j.converged() == converged, j.outcome.english().c_str());
    // The regime's own sentence, except for an oscillation whose loss rose before its last steps (see
    // oscillationSaysWhenTheLossRose).
    const QString verdict = QString::fromStdString(j.verdict.english());
    if (verdict.contains(QStringLiteral("has not turned back yet")))
        QCOMPARE(j.regime, Regime::Irregular);
    else if (!verdict.contains(QStringLiteral("the loss rose at")))
        QCOMPARE(verdict, QString::fromStdString(regimeDescription(j.regime, j.converged()).english()));
    else
        QCOMPARE(j.regime, Regime::Oscillating);
    // The sentence agrees with the verdict: never "converged" for an unconverged run, and the other way.
    const QString outcome = QString::fromStdString(j.outcome.english());
    QCOMPARE(outcome.startsWith(QStringLiteral("Converged")) ||
                 outcome.startsWith(QStringLiteral("Already there")),
             converged);
    QVERIFY2(!outcome.contains(QStringLiteral("too small")), qPrintable(outcome));
    // Verdict and outcome are shown together: the outcome does not repeat "no minimum ahead".
    if (j.regime == Regime::NoMinimum)
        QVERIFY2(!outcome.contains(QStringLiteral("no minimum was found ahead")), qPrintable(outcome));
}

void TestRunJudgement::sentences_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("what a converged run reached")
        << "(w-3)^2"
        << "8"
        << "gd" << 0.1 << 50
        << "Converged: its gap to the minimum (0 at w = 3) fell below 1e-6 of its start value at step 31 and "
           "stayed below; "
           "after 50 "
           "steps the loss is 5.09e-9, still falling (2.04e-10 of the start value). It ran on to its step "
           "limit all the same: a run stops early only once |f′| falls below the tolerance 1e-6, and it was "
           "0.000143 at the last step.";
    QTest::newRow("bouncing says r")
        << "(w-3)^2"
        << "8"
        << "gd" << 1.0 << 20
        << "Not converged: after 20 steps the loss is 25; its gap to the minimum (0 at "
           "w = 3) has not shrunk (converged means below 1e-6 of it). Near the minimum (0 at w = 3), "
           "r = 1 − η·f″(w*) = 1 − 1·2 = -1: to first order each step only flips the error's sign.";
    QTest::newRow("diverged says the step once, and why")
        << "x^2"
        << "1"
        << "gd" << 1.5 << 100
        << "Diverged at step 20: the loss passed 1e12. Near the minimum (0 at x = 0) each step multiplies "
           "the error by r = 1 − η·f″(x*) = 1 − 1.5·2 = -2. As r < −1, each step lands on the other side of "
           "the minimum, farther from it than before: the learning rate is too large there (above 1).";
    QTest::newRow("a diverged run names the minimum's own value")
        << "w^4 - 3w^2 + w"
        << "8"
        << "gd" << 0.42658 << 100
        << "Diverged at step 2: the loss passed 1e12. Near the minimum (-1.07 at w = 1.13) each step "
           "multiplies the error by r = 1 − η·f″(w*) = 1 − 0.42658·9.3472 = -2.9873. As r < −1, each step "
           "lands on the other side of the minimum, farther from it than before: the learning rate is too "
           "large there (above 0.21397).";
    QTest::newRow("gradient stop")
        << "x^2"
        << "1"
        << "gd" << 0.4 << 100
        << "Converged at step 10: |f′| = 2.05e-7 fell below the tolerance 1e-6; the loss is 1.05e-14.";
    QTest::newRow("Newton falls back: says so, not 'learning rate too large'")
        << "w^4 - 4w^2 + w"
        << "0.1"
        << "newton" << 1.0 << 1
        << "Not converged: after 1 step the loss is -0.147, still falling; its gap to the minimum (-5.44 at "
           "w = -1.47) has shrunk to 0.962 of its start value (converged means below 1e-6 of it). Newton's "
           "method took "
           "a "
           "plain gradient step (η·∇f) instead of a Newton step for step 1: f″ ≤ 0 where it stood, so a "
           "Newton "
           "step would not go downhill.";
    QTest::newRow("unbounded below") << "w^3"
                                     << "-1"
                                     << "gd" << 0.1 << 1000
                                     << "Stopped at step 8: the loss fell below −1e12. The loss keeps "
                                        "falling, so there is no minimum to reach "
                                        "this way.";
    QTest::newRow("cannot start") << "ln(w)"
                                  << "-1"
                                  << "gd" << 0.1 << 10
                                  << "Cannot start here: the loss is undefined (not a number). Move the "
                                     "start into the function's domain.";
}

void TestRunJudgement::sentences() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    QFETCH(int, steps);
    QFETCH(QString, expected);
    const Case c = makeCase(formula, start, optimizer, lr, steps);
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    QCOMPARE(QString::fromStdString(judgeRun(*c.f, t, c.s).outcome.english()), expected);
}

void TestRunJudgement::convergedRunIsNotCalledUnconverged() {
    // The lessons' own example and the race's momentum: far below where they began, so converged.
    const Case bowl = makeCase("(w-3)^2", "8", "gd", 0.1, 50);
    const RunJudgement a = judgeRun(*bowl.f, runDescent(bowl.f, bowl.start.data(), bowl.s), bowl.s);
    QCOMPARE(a.criterion, Criterion::LossGap);
    const Case banana = makeCase("(1-x)^2 + 100(y-x^2)^2", "-1.5,2", "momentum", 0.001, 3000);
    const RunJudgement b = judgeRun(*banana.f, runDescent(banana.f, banana.start.data(), banana.s), banana.s);
    QVERIFY(b.converged());
    GRADLAB_COMPARE_CLOSE(b.minimum[0], 1.0, 1e-9);
    // A tighter tolerance can make the same run unconverged: the user's tolerance decides.
    DescentSettings strict = bowl.s;
    strict.tolerance = 1e-12;
    const RunJudgement c = judgeRun(*bowl.f, runDescent(bowl.f, bowl.start.data(), strict), strict);
    QVERIFY(!c.converged());
    QCOMPARE(c.regime, Regime::Monotone); // steady and close, only not within 1e-12: not "too slow"
}

void TestRunJudgement::sweepJudgesLikeSingleRuns_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::newRow("bowl") << "(w-3)^2"
                          << "8"
                          << "gd";
    QTest::newRow("quartic") << "w^4 - 4w^2 + w"
                             << "2"
                             << "gd";
    QTest::newRow("elliptic") << "x^2 + 3y^2"
                              << "4,3"
                              << "gd";
    QTest::newRow("rosenbrock adam") << "(1-x)^2 + 100(y-x^2)^2"
                                     << "-1.5,2"
                                     << "adam";
    QTest::newRow("momentum") << "(w-3)^2"
                              << "8"
                              << "momentum";
}

void TestRunJudgement::sweepJudgesLikeSingleRuns() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    Case c = makeCase(formula, start, optimizer, 0.1, 100);
    const std::vector<double> rates = logSpaced(1e-4, 10.0, 60);
    const std::vector<SweepRow> rows = sweepLearningRates(*c.f, c.start.data(), c.s, rates);
    QSet<QString> seen;
    for (const SweepRow& row : rows) {
        c.s.hyperparameters.learningRate = row.learningRate;
        const RunJudgement single = judgeRun(*c.f, runDescent(c.f, c.start.data(), c.s), c.s);
        QCOMPARE(regimeName(row.judgement.regime), regimeName(single.regime));
        QCOMPARE(row.judgement.converged(), single.converged());
        seen.insert(QString::fromLatin1(regimeName(single.regime)));
    }
    if (formula == QLatin1String("(w-3)^2") && optimizer == QLatin1String("gd")) {
        // The sweep over a bowl shows every regime plain descent has, an oscillating band included.
        for (const char* r : {"too_slow", "monotone", "oscillating", "diverging"})
            QVERIFY2(seen.contains(QString::fromLatin1(r)), r);
    }
}

void TestRunJudgement::sweepMeasuresAgainstTheMinimumApproached() {
    // From 2 every converging run ends in the local minimum near 1.35, not the global one near −1.47.
    Case c = makeCase("w^4 - 4w^2 + w", "2", "gd", 0.01, 200);
    const std::vector<SweepRow> rows =
        sweepLearningRates(*c.f, c.start.data(), c.s, logSpaced(1e-3, 0.05, 20));
    int converged = 0;
    for (const SweepRow& row : rows) {
        if (!row.judgement.converged()) continue;
        ++converged;
        QVERIFY(row.judgement.hasMinimum);
        GRADLAB_COMPARE_CLOSE(row.judgement.minimum[0], 1.346997408527774, 1e-9);
        QVERIFY(row.summary.finalLoss - row.judgement.minimumLoss <=
                1e-6 * (c.f->value(c.start.data()) - row.judgement.minimumLoss));
    }
    QVERIFY(converged > 5);
}

void TestRunJudgement::flatMinimumIsFoundAtItsPlace() {
    // w⁴'s minimum is 0 at 0: Newton creeps there linearly, and the sentence must not name w = 0.00025.
    const Case c = makeCase("w^4", "1", "gd", 0.1, 100);
    const RunJudgement j = judgeRun(*c.f, runDescent(c.f, c.start.data(), c.s), c.s);
    QVERIFY(j.hasMinimum);
    QVERIFY2(std::fabs(j.minimum[0]) < 1e-12, qPrintable(QString::number(j.minimum[0])));
    QVERIFY2(QString::fromStdString(j.outcome.english()).contains(QStringLiteral("(≈ 0 at w = 0)")),
             j.outcome.english().c_str());
}

void TestRunJudgement::shortNumbers() {
    QCOMPARE(shortNumber(5.12e-9), std::string("5.12e-9"));
    QCOMPARE(shortNumber(1e12), std::string("1e12"));
    QCOMPARE(shortNumber(-0.25), std::string("-0.25"));
    QCOMPARE(shortNumber(0.0), std::string("0"));
    QCOMPARE(shortNumber(NAN), std::string("undefined"));
}

void TestRunJudgement::noisyRuns_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("noise");
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("regime");
    auto row = [](const char* name, const char* formula, const char* start, const char* optimizer, double lr,
                  int steps, double noise, int seed, Regime regime) {
        QTest::newRow(name) << QString::fromUtf8(formula) << QString::fromLatin1(start)
                            << QString::fromLatin1(optimizer) << lr << steps << noise << seed
                            << QString::fromLatin1(regimeName(regime));
    };
    // Small noise: the run reaches the minimum and jitters there; by chance it may meet the criterion.
    row("bowl, small noise, met the criterion", "(w-3)^2", "8", "gd", 0.1, 100, 0.01, 1, Regime::Wandering);
    row("bowl, noise 0.1", "(w-3)^2", "8", "gd", 0.1, 100, 0.1, 1, Regime::Wandering);
    row("bowl, large noise", "(w-3)^2", "8", "gd", 0.1, 100, 10.0, 1, Regime::Wandering);
    row("bowl overshooting (r = -0.8) at its noise floor", "(w-3)^2", "8", "gd", 0.9, 200, 0.1, 2,
        Regime::Wandering);
    row("2-D bowl, small noise", "x^2 + 3y^2", "4,3", "gd", 0.1, 100, 0.01, 1, Regime::Wandering);
    row("2-D bowl, noise 0.3", "x^2 + 3y^2", "4,3", "gd", 0.1, 100, 0.3, 1, Regime::Wandering);
    row("2-D bowl zig-zag, noise 0.5", "x^2 + 3y^2", "4,3", "gd", 0.3, 200, 0.5, 1, Regime::Wandering);
    row("momentum", "(w-3)^2", "8", "momentum", 0.1, 200, 0.1, 2, Regime::Wandering);
    row("adam", "(w-3)^2", "8", "adam", 0.1, 200, 0.1, 2, Regime::Wandering);
    row("rmsprop", "(w-3)^2", "8", "rmsprop", 0.1, 200, 0.1, 2, Regime::Wandering);
    row("newton", "(w-3)^2", "8", "newton", 0.1, 200, 0.1, 2, Regime::Wandering);
    row("a short run: its last step tells", "(w-3)^2", "8", "gd", 0.5, 8, 0.1, 7, Regime::Wandering);
    row("double well, large noise", "w^4 - 4w^2 + w", "2", "gd", 0.02, 300, 3.0, 1, Regime::Wandering);
    // Noise that does not decide the run: it is judged as without noise, and the noise is mentioned.
    row("tiny noise, converging steadily", "(w-3)^2", "8", "gd", 0.1, 100, 1e-9, 1, Regime::Monotone);
    row("tiny noise on a bounce (r = -1)", "(w-3)^2", "8", "gd", 1.0, 100, 1e-4, 1, Regime::Bouncing);
    row("adagrad still far", "(w-3)^2", "8", "adagrad", 0.1, 200, 0.1, 2, Regime::TooSlow);
    row("a line has no minimum", "w", "1", "gd", 0.1, 100, 0.1, 1, Regime::NoMinimum);
    row("sin, chaotic, tiny noise", "sin(w)", "2", "gd", 7.49, 100, 1e-6, 1, Regime::Irregular);
    row("noise throws a quartic out", "w^4", "1", "gd", 0.1, 200, 30.0, 3, Regime::Diverging);
}

// What a noisy run is called, and that every number in its sentence holds for the run.
void TestRunJudgement::noisyRuns() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    QFETCH(int, steps);
    QFETCH(double, noise);
    QFETCH(int, seed);
    QFETCH(QString, regime);
    Case c = makeCase(formula, start, optimizer, lr, steps);
    c.s.noise = noise;
    c.s.seed = static_cast<std::uint64_t>(seed);
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    const QString outcome = QString::fromStdString(j.outcome.english());
    QVERIFY2(QString::fromLatin1(regimeName(j.regime)) == regime, qPrintable(outcome));
    QVERIFY2(
        outcome.contains(QStringLiteral("each update adds Gaussian noise of standard deviation %1 to each "
                                        "coordinate of the gradient")
                             .arg(QString::fromStdString(shortNumber(noise)))),
        qPrintable(outcome));
    // Converged only if it met the criterion: the gradient stop, or the loss gap at the last step.
    const int n = c.f->dimension();
    bool met = t.stopReason == StopReason::Converged;
    if (j.hasMinimum && t.stopReason == StopReason::MaxSteps) {
        const double gap0 = t.points.front().loss - j.minimumLoss, gap = t.points.back().loss - j.minimumLoss;
        met = gap <= c.s.tolerance * gap0;
    }
    QCOMPARE(j.converged(), met);
    QCOMPARE(outcome.startsWith(QStringLiteral("Converged")), met);
    if (j.regime != Regime::Wandering) return;
    // Not a trend at its last step: the noise made it.
    QVERIFY2(!outcome.contains(QStringLiteral("still falling")) &&
                 !outcome.contains(QStringLiteral("rising")),
             qPrintable(outcome));
    // "Over its last N steps it stayed within D of the minimum, its loss at most L above the minimum's".
    static const QRegularExpression said(
        QStringLiteral("Over its last (?:(\\d+) steps|step) it stayed within ([^ ]+) of the minimum, its "
                       "loss at most ([^ ]+) "
                       "above the minimum's"));
    const QRegularExpressionMatch m = said.match(outcome);
    QVERIFY2(m.hasMatch(), qPrintable(outcome));
    const int last = m.captured(1).isEmpty() ? 1 : m.captured(1).toInt();
    const double within = m.captured(2).toDouble(), lossAbove = m.captured(3).toDouble();
    QVERIFY(last >= 1 && last < int(t.points.size()));
    double farthest = 0.0, highest = 0.0;
    for (std::size_t k = t.points.size() - std::size_t(last); k < t.points.size(); ++k) {
        double d2 = 0.0;
        for (int i = 0; i < n; ++i)
            d2 += (t.points[k].point[i] - j.minimum[i]) * (t.points[k].point[i] - j.minimum[i]);
        farthest = std::max(farthest, std::sqrt(d2));
        highest = std::max(highest, t.points[k].loss - j.minimumLoss);
    }
    // Three significant digits: within half a unit of the third digit. The distance is a box's corner in
    // 2-D: never below the farthest point, at most √2 beyond it.
    QVERIFY2(within >= farthest * (1 - 5e-3) && within <= std::sqrt(double(n)) * farthest * (1 + 5e-3),
             qPrintable(QStringLiteral("%1 vs %2").arg(within).arg(farthest)));
    QVERIFY2(std::fabs(lossAbove - highest) <= 5e-3 * highest,
             qPrintable(QStringLiteral("%1 vs %2").arg(lossAbove).arg(highest)));
}

Q_DECLARE_METATYPE(gradlab::Schedule)

void TestRunJudgement::scheduledRuns_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QStringList>("says");
    auto schedule = [](ScheduleKind kind, int a, double b, int tMax = 100, double etaMin = 0.0) {
        Schedule s;
        s.kind = kind;
        if (kind == ScheduleKind::Step) s.stepSize = a;
        if (kind == ScheduleKind::Step || kind == ScheduleKind::Exponential) s.gamma = b;
        if (kind == ScheduleKind::Cosine) s.tMax = a, s.etaMin = b;
        if (kind == ScheduleKind::WarmupCosine)
            s.warmup = a, s.startFactor = b, s.tMax = tMax, s.etaMin = etaMin;
        return s;
    };
    // (w − 3)²: the critical rate 2/f″ is 1. From 1.1 (r = −1.2, the error grows) halved after 5 steps.
    QTest::newRow("oscillates, then converges after the decay")
        << "(w-3)^2"
        << "8" << 1.1 << 100 << 1e-6 << schedule(ScheduleKind::Step, 5, 0.5) << "oscillating"
        << QStringList{
               "Converged at step 20",
               "The step schedule set the rate of step 1 to 1.1 and of step 20 to 0.1375; near the minimum "
               "the critical rate is 2/f″(w*) = 1, which the rate exceeded at steps 1–5 (there |r| > 1: "
               "near the minimum such a step grows the error)."};
    QTest::newRow("warm-up")
        << "(w-3)^2"
        << "8" << 0.1 << 100 << 1e-6 << schedule(ScheduleKind::WarmupCosine, 10, 0.1) << "monotone"
        << QStringList{
               "The warmup-cosine schedule set the rate of step 1 to 0.01 and of step 100 to 3.0459e-5 "
               "(highest 0.1 at step 11); near the minimum the critical rate is 2/f″(w*) = 1, which no "
               "step's rate exceeded."};
    // Cosine from 2 with T_max 20: above the critical rate at the start and again each time it rises.
    QTest::newRow("cosine rises again past t-max and diverges")
        << "(w-3)^2"
        << "8" << 2.0 << 300 << 0.0 << schedule(ScheduleKind::Cosine, 20, 0.0) << "diverging"
        << QStringList{
               "Diverged at step 169: the loss passed 1e12. Near the minimum (0 at w = 3) each step "
               "multiplies the error by r = 1 − η·f″(w*) = 1 − 1.309·2 = -1.618 (η = 1.309: the rate of "
               "step 169, as the cosine schedule set it from the base rate 2). As r < −1, each step lands on "
               "the other side of the minimum, farther from it than before: that rate is too large there "
               "(above 1).",
               "(lowest 0 at step 21)",
               "which the rate exceeded at steps 1–10, 32–51, 72–91 and 2 later stretches"};
    QTest::newRow("the rate decays before the run arrives")
        << "(w-3)^2"
        << "8" << 0.01 << 100 << 1e-6 << schedule(ScheduleKind::Exponential, 0, 0.9) << "too_slow"
        << QStringList{
               "The exponential schedule set the rate of step 1 to 0.01 and of step 100 to 2.9513e-7"};
    QTest::newRow("a bounce names the rate it bounces at")
        << "(w-3)^2"
        << "8" << 1.0 << 100 << 1e-6 << schedule(ScheduleKind::Exponential, 0, 1.0) << "bouncing"
        << QStringList{
               "r = 1 − η·f″(w*) = 1 − 1·2 = -1 (η = 1: the rate of step 100, as the exponential schedule "
               "set it from the base rate 1): to first order each step only flips the error's sign."};
    QTest::newRow("2-D: the critical rate is 2/λmax")
        << "x^2 + 3y^2"
        << "4,3" << 0.4 << 100 << 1e-6 << schedule(ScheduleKind::Cosine, 10, 0.0) << "oscillating"
        << QStringList{
               "near the minimum the critical rate is 2/λmax = 0.33333, which the rate exceeded at steps 1–3 "
               "and 19–23"};
}

// A scheduled run's sentences name the rate they mean and what the schedule did.
void TestRunJudgement::scheduledRuns() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(double, lr);
    QFETCH(int, steps);
    QFETCH(double, tolerance);
    QFETCH(Schedule, schedule);
    QFETCH(QString, regime);
    QFETCH(QStringList, says);
    Case c = makeCase(formula, start, QStringLiteral("gd"), lr, steps);
    c.s.tolerance = tolerance;
    c.s.schedule = schedule;
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    const QString outcome = QString::fromStdString(j.outcome.english());
    QVERIFY2(QString::fromLatin1(regimeName(j.regime)) == regime, qPrintable(outcome));
    for (const QString& part : says)
        QVERIFY2(outcome.contains(part), qPrintable(outcome));
    // The factor is that of the last update's rate.
    if (j.hasFactor) {
        const int last = t.stopStep;
        GRADLAB_COMPARE_CLOSE(j.factor, 1.0 - scheduledRate(schedule, lr, last) * j.curvature, 1e-15);
    }
}

void TestRunJudgement::scheduleThatFreezesTheRun_data() {
    // A schedule that shrinks the rate to almost nothing long before the end (StepLR halving every 10 steps
    // over 1000: 2⁻⁷⁵ of the base rate by step 750) leaves the run where it was: not "too few steps", not
    // "too slow … in time". Runs that converge first, diverge first, or whose rate is still alive in their
    // last quarter (cosine, a slow exponential decay) keep their own regime.
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<double>("noise");
    QTest::addColumn<QString>("regime");
    Schedule halving;
    halving.kind = ScheduleKind::Step;
    halving.stepSize = 10;
    halving.gamma = 0.5;
    Schedule fast;
    fast.kind = ScheduleKind::Exponential;
    fast.gamma = 0.9;
    Schedule slow = fast;
    slow.gamma = 0.99;
    Schedule cosine;
    cosine.kind = ScheduleKind::Cosine;
    cosine.tMax = 1000;
    cosine.etaMin = 0.0;
    const QString rosenbrock = QStringLiteral("(1-x)^2 + 100(y-x^2)^2");
    QTest::newRow("quadratic, halving") << "(w-3)^2"
                                        << "8"
                                        << "gd" << 0.01 << 1000 << halving << 0.0 << "frozen";
    QTest::newRow("Rosenbrock, gd") << rosenbrock << "-1.5,2"
                                    << "gd" << 1e-3 << 1000 << halving << 0.0 << "frozen";
    QTest::newRow("Rosenbrock, nesterov") << rosenbrock << "-1.5,2"
                                          << "nesterov" << 1e-3 << 1000 << halving << 0.0 << "frozen";
    QTest::newRow("Rosenbrock, adam") << rosenbrock << "-1.5,2"
                                      << "adam" << 1e-3 << 1000 << halving << 0.0 << "frozen";
    QTest::newRow("ellipse, rmsprop, fast decay") << "x^2 + 3y^2"
                                                  << "4,3"
                                                  << "rmsprop" << 1e-3 << 1000 << fast << 0.0 << "frozen";
    QTest::newRow("wavy, momentum, fast decay") << "sin(3w) + w^2/4"
                                                << "2"
                                                << "momentum" << 5e-4 << 400 << fast << 0.0 << "frozen";
    QTest::newRow("quadratic, halving, noisy") << "(w-3)^2"
                                               << "8"
                                               << "gd" << 0.01 << 1000 << halving << 0.5 << "frozen";
    QTest::newRow("converged before the rate vanished")
        << "(w-3)^2"
        << "8"
        << "gd" << 0.4 << 1000 << halving << 0.0 << "monotone";
    QTest::newRow("diverged before the rate vanished")
        << "(w-3)^2"
        << "8"
        << "gd" << 5.0 << 1000 << halving << 0.0 << "diverging";
    QTest::newRow("cosine: alive in the last quarter") << "(w-3)^2"
                                                       << "8"
                                                       << "gd" << 1e-4 << 1000 << cosine << 0.0 << "too_slow";
    QTest::newRow("slow decay: 5·10⁻⁴ of the base at 3/4")
        << "(w-3)^2"
        << "8"
        << "gd" << 1e-4 << 1000 << slow << 0.0 << "too_slow";
}

void TestRunJudgement::scheduleThatFreezesTheRun() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    QFETCH(int, steps);
    QFETCH(Schedule, schedule);
    QFETCH(double, noise);
    QFETCH(QString, regime);
    Case c = makeCase(formula, start, optimizer, lr, steps);
    c.s.schedule = schedule;
    c.s.noise = noise;
    c.s.seed = 1;
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    const QString verdict = QString::fromStdString(j.verdict.english());
    QVERIFY2(QString::fromLatin1(regimeName(j.regime)) == regime, qPrintable(verdict));
    // The rule it states holds: below a millionth of the base rate by the last quarter's first update.
    const int lateStart = static_cast<int>(std::ceil(0.75 * t.stopStep));
    const bool vanished = scheduledRate(schedule, lr, lateStart) < kFrozenRate * lr;
    QCOMPARE(j.regime == Regime::Frozen, vanished && !j.converged() && t.stopReason == StopReason::MaxSteps);
    // Advice that more steps would help is never given to a frozen run.
    if (j.regime == Regime::Frozen) {
        QVERIFY(verdict.contains(QStringLiteral("more steps cannot help")));
        QVERIFY(!verdict.contains(QStringLiteral("give it more steps")));
        QVERIFY(!verdict.contains(QStringLiteral("in time")));
    }
    // The same run judged from its shape alone (as the sweep and the race's summary do) says the same.
    QCOMPARE(judgeRun(*c.f, shapeOf(t, c.s.maxSteps), c.s).regime, j.regime);
}

void TestRunJudgement::oscillationSaysWhenTheLossRose_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::addColumn<Schedule>("schedule");
    Schedule constant;
    Schedule step10;
    step10.kind = ScheduleKind::Step;
    step10.stepSize = 10;
    step10.gamma = 0.5;
    Schedule decay;
    decay.kind = ScheduleKind::Exponential;
    decay.gamma = 0.9;
    // (w − 3)²: the critical rate is 1. From 1.5 (r = −2) the first 10 updates grow the error 1024-fold.
    QTest::newRow("step decay from 1.5") << "(w-3)^2"
                                         << "8"
                                         << "gd" << 1.5 << 100 << step10;
    QTest::newRow("step decay from 1.5, too few steps") << "(w-3)^2"
                                                        << "8"
                                                        << "gd" << 1.5 << 40 << step10;
    QTest::newRow("exponential decay from 1.2") << "(w-3)^2"
                                                << "8"
                                                << "gd" << 1.2 << 200 << decay;
    QTest::newRow("2-D step decay") << "x^2 + 3y^2"
                                    << "4,3"
                                    << "gd" << 0.5 << 100 << step10;
    // Below the critical rate: every step shrinks the loss, the sentence says nothing of a rise.
    QTest::newRow("constant 0.9: never rises") << "(w-3)^2"
                                               << "8"
                                               << "gd" << 0.9 << 100 << constant;
    QTest::newRow("quartic, constant") << "w^4 + w^2"
                                       << "0.5"
                                       << "gd" << 0.6 << 200 << constant;
    QTest::newRow("momentum swings") << "(w-3)^2"
                                     << "8"
                                     << "momentum" << 0.3 << 200 << constant;
    QTest::newRow("2-D momentum") << "x^2 + 3y^2"
                                  << "4,3"
                                  << "momentum" << 0.1 << 300 << constant;
    QTest::newRow("nesterov") << "(w-3)^2"
                              << "8"
                              << "nesterov" << 0.4 << 200 << constant;
    QTest::newRow("adam on a bowl") << "x^2 + 3y^2"
                                    << "4,3"
                                    << "adam" << 0.05 << 300 << constant;
    // Momentum swinging through the minimum: the gap meets the tolerance for a step at 48, then leaves it.
    QTest::newRow("momentum, step decay") << "(w-3)^2"
                                          << "8"
                                          << "momentum" << 1.5 << 100 << step10;
    QTest::newRow("momentum near its edge") << "(w-3)^2"
                                            << "8"
                                            << "momentum" << 1.88 << 100 << constant;
}

// "the error shrinks" is said of an oscillating run's last steps; when its loss rose earlier (a schedule's
// first rates above the critical rate, momentum's swings) the sentence says so and counts those steps, and a
// run whose loss never rose is not said to have risen.
void TestRunJudgement::oscillationSaysWhenTheLossRose() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    QFETCH(int, steps);
    QFETCH(Schedule, schedule);
    Case c = makeCase(formula, start, optimizer, lr, steps);
    c.s.schedule = schedule;
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    const QString verdict = QString::fromStdString(j.verdict.english());
    const QString outcome = QString::fromStdString(j.outcome.english());
    QVERIFY2(j.regime == Regime::Oscillating, qPrintable(verdict));
    // Counted from the trajectory: the steps whose loss was above the step's before.
    int rises = 0;
    for (int i = 1; i < static_cast<int>(t.points.size()); ++i)
        if (t.points[i].loss > t.points[i - 1].loss) ++rises;
    const QRegularExpressionMatch said =
        QRegularExpression(QStringLiteral("the loss rose at (\\d+) of its (\\d+) steps")).match(verdict);
    QCOMPARE(said.hasMatch(), rises > 0);
    if (said.hasMatch()) {
        QCOMPARE(said.captured(1).toInt(), rises);
        QCOMPARE(said.captured(2).toInt(), t.points.back().step);
        QVERIFY2(verdict.contains(QStringLiteral("over the last steps taken together the error shrinks")),
                 qPrintable(verdict));
    } else {
        QCOMPARE(verdict, QString::fromStdString(regimeDescription(j.regime, j.converged()).english()));
    }
    // "Converged: … at step N and stayed below": from step N on, every step meets the criterion, and the step
    // before N does not.
    const QRegularExpressionMatch met =
        QRegularExpression(QStringLiteral("start value at step (\\d+) and stayed below")).match(outcome);
    if (met.hasMatch()) {
        const int from = met.captured(1).toInt();
        const double gap0 = t.points.front().loss - j.minimumLoss;
        for (const TrajectoryPoint& p : t.points)
            QVERIFY2((std::max(0.0, p.loss - j.minimumLoss) <= j.tolerance * gap0) == (p.step >= from) ||
                         p.step < from - 1,
                     qPrintable(QStringLiteral("step %1: %2").arg(p.step).arg(outcome)));
    }
    QCOMPARE(verdict.contains(QStringLiteral("unfinished")), !j.converged());
}

void TestRunJudgement::carriedUphillIsNotJumpingAbout_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    // Adam from 8 at 0.1: past w = 3 at step 87, still moving left at step 100.
    QTest::newRow("adam past the minimum") << "(w-3)^2"
                                           << "8"
                                           << "adam" << 0.1 << 100;
    QTest::newRow("adam, steeper bowl") << "5(w+1)^2"
                                        << "2"
                                        << "adam" << 0.5 << 25;
    QTest::newRow("adam still on its way: too slow") << "5(w+1)^2"
                                                     << "2"
                                                     << "adam" << 0.05 << 80;
    QTest::newRow("chaotic sin stays irregular") << "sin(w)"
                                                 << "2"
                                                 << "gd" << 4.85 << 100;
}

// A run whose late steps all go one way while the loss rises is said to be carried uphill, not to "jump
// about"; a run that does jump about keeps the regime's own sentence.
void TestRunJudgement::carriedUphillIsNotJumpingAbout() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    QFETCH(int, steps);
    const Case c = makeCase(formula, start, optimizer, lr, steps);
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    const QString verdict = QString::fromStdString(j.verdict.english());
    // From the trajectory: over the second half, do the updates keep one sign, and how often did the loss
    // rise?
    const int n = static_cast<int>(t.points.size()), half = n / 2;
    bool oneWay = true;
    int rises = 0;
    for (int i = half + 1; i < n; ++i) {
        const double a = t.points[i].point[0] - t.points[i - 1].point[0];
        const double b = t.points[i - 1].point[0] - t.points[i - 2].point[0];
        if (a * b < 0) oneWay = false;
        if (t.points[i].loss > t.points[i - 1].loss) ++rises;
    }
    const QRegularExpressionMatch said =
        QRegularExpression(
            QStringLiteral("the last (\\d+) steps all go the same way, yet the loss rose at (\\d+) of them"))
            .match(verdict);
    QCOMPARE(said.hasMatch(), oneWay && rises > 0);
    if (said.hasMatch()) {
        QCOMPARE(j.regime, Regime::Irregular);
        const int tail = said.captured(1).toInt(), k = said.captured(2).toInt();
        // The tail is the last half of the run at most: its steps are among those counted here.
        QVERIFY2(tail >= 2 && tail <= n / 2 + 1, qPrintable(verdict));
        QVERIFY2(k >= 1 && k <= std::min(rises, tail),
                 qPrintable(QStringLiteral("%1 of %2: %3").arg(k).arg(rises).arg(verdict)));
    } else {
        QVERIFY2(!oneWay || rises == 0, qPrintable(verdict));
    }
}

QTEST_GUILESS_MAIN(TestRunJudgement)
#include "tst_run_judgement.moc"

void TestRunJudgement::stopAndDivergenceSentences_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("stop");       // stopSentence
    QTest::addColumn<QString>("divergence"); // divergenceSentence, "" unless the run diverges
    QTest::newRow("converged: outcome, then the verdict as a sentence")
        << "x^2"
        << "1" << 0.4 << 100
        << "Converged at step 10: |f′| = 2.05e-7 fell below the tolerance 1e-6; the loss is 1.05e-14. "
           "Converging steadily: no step turns back and the loss never rises."
        << "";
    // x doubles and flips sign at every step: |x| = 2^k.
    QTest::newRow("still diverging at the last step")
        << "x^2"
        << "1" << 1.5 << 10 << "STOP"
        << "|x| reached 1.02e+03 at step 10; still growing at the last step";
    QTest::newRow("stopped by divergence")
        << "x^2"
        << "1" << 1.5 << 100 << "STOP"
        << "|x| reached 1.05e+06 at step 20; stopped: the loss passed 1e12";
    QTest::newRow("cannot start: the outcome alone") << "ln(w)"
                                                     << "-1" << 0.1 << 10
                                                     << "Cannot start here: the loss is undefined (not a "
                                                        "number). Move the start into the function's domain."
                                                     << "";
}

void TestRunJudgement::stopAndDivergenceSentences() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(double, lr);
    QFETCH(int, steps);
    QFETCH(QString, stop);
    QFETCH(QString, divergence);
    const Case c = makeCase(formula, start, QStringLiteral("gd"), lr, steps);
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    if (stop == QLatin1String("STOP")) { // a diverging run: outcome, then "Diverging: …."
        stop = QString::fromStdString(j.outcome.english()) +
               QStringLiteral(" Diverging: the steps overshoot and the loss grows.");
    }
    QCOMPARE(QString::fromStdString(stopSentence(j, t).english()), stop);
    QCOMPARE(QString::fromStdString(divergenceSentence(j, t, c.f->variables()[0]).english()), divergence);
}

// Runs of 0 to 7 steps, where the tail the regime is read from is empty or holds a pair or two: the regime's
// words must still be true of the losses and steps recorded (a one-step tail has no reversal and no rise,
// so "the last steps all go the same way, downhill" would hold of it vacuously).
void TestRunJudgement::tinyRunsWordsAgreeWithLosses_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    // The learning-rate lesson's case: momentum, η = 1.479, one step from −2 raises the loss 25 → 95.9.
    QTest::newRow("momentum 1.479, 1 step, loss rises") << "(w-3)^2"
                                                        << "8"
                                                        << "momentum" << 1.479 << 1;
    const char* functions[][2] = {{"(w-3)^2", "-2"},
                                  {"5(w+1)^2", "2"},
                                  {"w^4 - 4w^2 + w", "2"},
                                  {"x^2 + 3y^2", "4,3"},
                                  {"(1-x)^2 + 100(y-x^2)^2", "-1.5,2"},
                                  {"-w", "0"},
                                  {"sin(w)", "2"}};
    for (const auto& [formula, start] : functions)
        for (OptimizerKind k : kOptimizers)
            for (double lr : {0.01, 0.3, 1.479})
                for (int steps = 0; steps <= 7; ++steps)
                    QTest::addRow("%s from %s, %s %g, %d steps", formula, start, optimizerName(k), lr, steps)
                        << QString::fromLatin1(formula) << QString::fromLatin1(start)
                        << QString::fromLatin1(optimizerName(k)) << lr << steps;
}

void TestRunJudgement::tinyRunsWordsAgreeWithLosses() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    QFETCH(int, steps);
    const Case c = makeCase(formula, start, optimizer, lr, steps);
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    // What the recorded points did: which steps raised the loss, which turned back in some coordinate.
    const std::vector<TrajectoryPoint>& p = t.points;
    const int taken = static_cast<int>(p.size()) - 1;
    int rises = 0, reversals = 0;
    for (int k = 1; k <= taken; ++k) {
        if (p[k].loss > p[k - 1].loss) ++rises;
        if (k >= 2)
            for (int i = 0; i < t.dimension; ++i)
                if (p[k].update[i] * p[k - 1].update[i] < 0) {
                    ++reversals;
                    break;
                }
    }
    const bool lastRose = taken >= 1 && p[taken].loss > p[taken - 1].loss;
    // "The last steps": the tail, half the run; a run of fewer than 6 steps is judged by all its steps.
    const int last = taken < 6 ? taken : taken / 2;
    int lateRises = 0, lateReversals = 0;
    for (int k = taken - last + 1; k <= taken; ++k) {
        if (p[k].loss > p[k - 1].loss) ++lateRises;
        if (k > taken - last + 1)
            for (int i = 0; i < t.dimension; ++i)
                if (p[k].update[i] * p[k - 1].update[i] < 0) {
                    ++lateReversals;
                    break;
                }
    }
    const QString verdict = QString::fromStdString(j.verdict.english());
    const QString why = QStringLiteral("%1 (%2 steps taken, %3 rises, %4 reversals, losses")
                            .arg(verdict)
                            .arg(taken)
                            .arg(rises)
                            .arg(reversals);
    QString losses;
    for (const TrajectoryPoint& q : p)
        losses += QStringLiteral(" %1").arg(q.loss, 0, 'g', 4);
    const QByteArray message = (why + losses + QLatin1Char(')')).toUtf8();
    // "downhill": no step of the run raised the loss (a run this short is judged by all its steps), and
    // "the last steps all go the same way": two steps or more, none turning back.
    if (verdict.contains(QStringLiteral("downhill"))) {
        QVERIFY2(lateRises == 0 && !lastRose, message.constData());
        QVERIFY2(lateReversals == 0, message.constData());
        if (j.regime == Regime::TooSlow) QVERIFY2(taken >= 2, message.constData());
    }
    switch (j.regime) {
    case Regime::Monotone: // "no step turns back and the loss never rises"
        QVERIFY2(rises == 0 && reversals == 0, message.constData());
        break;
    case Regime::Oscillating: // "steps overshoot and turn back, but the error shrinks"
    case Regime::Bouncing:    // "the steps flip between two sides"
        QVERIFY2(reversals > 0, message.constData());
        break;
    case Regime::Diverging: // "the loss grows"
        QVERIFY2(t.stopReason == StopReason::Diverged || (rises > 0 && p.back().loss > p.front().loss),
                 message.constData());
        break;
    case Regime::Irregular: // "the last steps jump about": more than a step or two to jump
        QVERIFY2(taken >= 3 && (reversals > 0 || rises > 0), message.constData());
        break;
    case Regime::TooSlow:
    case Regime::NoMinimum:
        QVERIFY2(taken >= 2 && lateRises == 0 && lateReversals == 0, message.constData());
        break;
    default:
        break;
    }
    // A run stopped at step 0 by its step limit (not at a minimum) shows nothing yet.
    if (taken == 0 && t.stopReason == StopReason::MaxSteps)
        QVERIFY2(!j.converged() || j.regime == Regime::AtRest, message.constData());
}

// "Converged" means the same for every optimizer: the run stops when the gradient norm falls below the
// tolerance (checked at every point, the start included); a run that reached its step limit counts as
// converged when its loss gap to the minimum it approaches (without one: its gradient norm) shrank to the
// tolerance times its start value. The sentence says which of the two held, and what stopped the run.
void TestRunJudgement::convergedIsOneRuleForEveryOptimizer_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    const char* functions[][2] = {
        {"(w-3)^2", "8"}, {"5(w+1)^2", "2"}, {"w^4 - 4w^2 + w", "2"}, {"x^2 + 3y^2", "4,3"}, {"-w", "0"}};
    for (const auto& [formula, start] : functions)
        for (OptimizerKind k : kOptimizers)
            for (double lr : {0.01, 0.1, 0.5})
                QTest::addRow("%s from %s, %s %g", formula, start, optimizerName(k), lr)
                    << QString::fromLatin1(formula) << QString::fromLatin1(start)
                    << QString::fromLatin1(optimizerName(k)) << lr;
}

void TestRunJudgement::convergedIsOneRuleForEveryOptimizer() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    const Case c = makeCase(formula, start, optimizer, lr, 120);
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    const double tol = c.s.tolerance;
    const QString outcome = QString::fromStdString(j.outcome.english());
    const QByteArray why = outcome.toUtf8();
    // The stop test: the first point whose gradient norm is below the tolerance, whatever the optimizer.
    for (std::size_t i = 0; i + 1 < t.points.size(); ++i)
        QVERIFY2(t.points[i].gradNorm >= tol, why.constData());
    if (t.stopReason == StopReason::Diverged || j.regime == Regime::Stalled) return;
    QCOMPARE(t.stopReason == StopReason::Converged, t.points.back().gradNorm < tol);
    // The judgement's rule, recomputed here from the run and the minimum it found.
    const TrajectoryPoint& first = t.points.front();
    const TrajectoryPoint& last = t.points.back();
    const double ratio = j.hasMinimum ? (last.loss - j.minimumLoss) / (first.loss - j.minimumLoss)
                                      : last.gradNorm / first.gradNorm;
    const bool stopped = t.stopReason == StopReason::Converged;
    QCOMPARE(j.converged(), stopped || ratio <= tol);
    QCOMPARE(j.criterion == Criterion::GradientBelow, stopped);
    if (stopped) {
        QVERIFY2(outcome.startsWith(QStringLiteral("Converged at step")) ||
                     outcome.startsWith(QStringLiteral("Already there")),
                 why.constData());
        QVERIFY2(outcome.contains(QStringLiteral("below the tolerance")), why.constData());
    } else if (j.converged()) {
        // Converged by the gap, stopped by the step limit: both said.
        QVERIFY2(outcome.contains(QStringLiteral("of its start value")), why.constData());
        QVERIFY2(outcome.contains(QStringLiteral("It ran on to its step limit all the same")),
                 why.constData());
    } else {
        QVERIFY2(outcome.startsWith(QStringLiteral("Not converged")), why.constData());
    }
}

void TestRunJudgement::verdictAgreesWithTheOutcome_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::addColumn<bool>("converged");
    QTest::newRow("bowl, step limit first") << "(w-3)^2"
                                            << "1" << 0.05 << 60 << false;
    QTest::newRow("bowl, enough steps") << "(w-3)^2"
                                        << "1" << 0.05 << 200 << true;
    QTest::newRow("bowl, overshooting, step limit first") << "(w-3)^2"
                                                          << "1" << 0.95 << 60 << false;
    QTest::newRow("bowl, overshooting, enough steps") << "(w-3)^2"
                                                      << "1" << 0.95 << 400 << true;
    QTest::newRow("quartic, step limit first") << "w^4 - 3w^2 + w"
                                               << "2" << 0.01 << 40 << false;
    QTest::newRow("quartic, enough steps") << "w^4 - 3w^2 + w"
                                           << "2" << 0.01 << 2000 << true;
    QTest::newRow("cosh, step limit first") << "cosh(w - 1)"
                                            << "3" << 0.1 << 50 << false;
    QTest::newRow("cosh, enough steps") << "cosh(w - 1)"
                                        << "3" << 0.1 << 1000 << true;
}

// The verdict shown with the outcome (lesson 7's sentence, lesson 8's headline) never says the run converges
// when the outcome says "Not converged": a run that stopped at its step limit without meeting the tolerance
// is steady or oscillating, but unfinished.
void TestRunJudgement::verdictAgreesWithTheOutcome() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(double, lr);
    QFETCH(int, steps);
    QFETCH(bool, converged);
    const Case c = makeCase(formula, start, QStringLiteral("gd"), lr, steps);
    const Trajectory t = runDescent(c.f, c.start.data(), c.s);
    const RunJudgement j = judgeRun(*c.f, t, c.s);
    const QString outcome = QString::fromStdString(j.outcome.english());
    const QString verdict = QString::fromStdString(j.verdict.english());
    const QByteArray why = (outcome + QStringLiteral(" | ") + verdict).toUtf8();
    QVERIFY2(j.converged() == converged, why.constData());
    QVERIFY2(j.regime == Regime::Monotone || j.regime == Regime::Oscillating, why.constData());
    QVERIFY2(outcome.startsWith(QStringLiteral("Converged")) == converged, why.constData());
    if (converged) return;
    QVERIFY2(t.stopReason == StopReason::MaxSteps, why.constData());
    QVERIFY2(!verdict.contains(QStringLiteral("converg"), Qt::CaseInsensitive), why.constData());
    QVERIFY2(verdict.contains(QStringLiteral("unfinished")), why.constData());
}
