// Learning-rate schedules: the rate of every update against expectations written out by hand from
// torch.optim.lr_scheduler's documented formulas (tests/torch/check_schedules.py compares with torch
// itself), the settings' checks and which settings each kind reads.

#include "descent/schedule.h"
#include "test_helpers.h"

#include <QTest>
#include <cmath>

using namespace gradlab;

class TestSchedule : public QObject {
    Q_OBJECT
private slots:
    void rateOfEachUpdate_data();
    void rateOfEachUpdate();
    void cosineFollowsTorchsRecursion_data();
    void cosineFollowsTorchsRecursion();
    void scheduleRunFollowsScheduledRate();
    void problems_data();
    void problems();
    void uses_data();
    void uses();
    void settingsAndSummary_data();
    void settingsAndSummary();
    void namesReadBack();
};

namespace {

const double kPi = 3.14159265358979323846;
const double kHalfRoot2 = std::sqrt(2.0) / 2.0;

Schedule stepSchedule(int stepSize, double gamma) {
    Schedule s;
    s.kind = ScheduleKind::Step;
    s.stepSize = stepSize;
    s.gamma = gamma;
    return s;
}

Schedule exponential(double gamma) {
    Schedule s;
    s.kind = ScheduleKind::Exponential;
    s.gamma = gamma;
    return s;
}

Schedule cosine(int tMax, double etaMin) {
    Schedule s;
    s.kind = ScheduleKind::Cosine;
    s.tMax = tMax;
    s.etaMin = etaMin;
    return s;
}

Schedule warmupCosine(int warmup, double startFactor, int tMax, double etaMin) {
    Schedule s;
    s.kind = ScheduleKind::WarmupCosine;
    s.warmup = warmup;
    s.startFactor = startFactor;
    s.tMax = tMax;
    s.etaMin = etaMin;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(gradlab::Schedule)

void TestSchedule::rateOfEachUpdate_data() {
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<double>("base");
    QTest::addColumn<int>("update");
    QTest::addColumn<double>("expected");
    auto row = [](const char* name, const Schedule& s, double base, int update, double expected) {
        QTest::newRow(qPrintable(QStringLiteral("%1, update %2").arg(QLatin1String(name)).arg(update)))
            << s << base << update << expected;
    };
    // Constant: the base rate, whatever the other settings say.
    for (int k : {1, 2, 50, 1000})
        row("constant", Schedule{}, 0.07, k, 0.07);
    Schedule constantWithSettings = stepSchedule(1, 0.5);
    constantWithSettings.kind = ScheduleKind::Constant;
    row("constant ignores gamma", constantWithSettings, 0.3, 5, 0.3);
    // StepLR(step_size 3, gamma 0.5): updates 1–3 at the base, 4–6 halved, 7 quartered.
    const double step3[] = {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025};
    for (int k = 1; k <= 7; ++k)
        row("step 3 × 0.5", stepSchedule(3, 0.5), 0.1, k, step3[k - 1]);
    // StepLR(step_size 1, gamma 0.1) is exponential decay by 10 per update.
    row("step 1 × 0.1", stepSchedule(1, 0.1), 2.0, 1, 2.0);
    row("step 1 × 0.1", stepSchedule(1, 0.1), 2.0, 3, 0.02);
    // gamma 1: never changes.
    row("step 2 × 1", stepSchedule(2, 1.0), 0.4, 9, 0.4);
    // ExponentialLR(0.9) from 0.2.
    const double exp09[] = {0.2, 0.18, 0.162, 0.1458, 0.13122};
    for (int k = 1; k <= 5; ++k)
        row("exponential 0.9", exponential(0.9), 0.2, k, exp09[k - 1]);
    row("exponential 0.5", exponential(0.5), 1.0, 11, 1.0 / 1024.0);
    // CosineAnnealingLR(T_max 4, eta_min 0) from 1: down to 0 at update 5 (t = 4), then back up, as torch
    // goes on past T_max: the full period is 2·T_max.
    const double cos4[] = {1.0, 0.5 + kHalfRoot2 / 2, 0.5, 0.5 - kHalfRoot2 / 2, 0.0, 0.5 - kHalfRoot2 / 2,
                           0.5, 0.5 + kHalfRoot2 / 2, 1.0};
    for (int k = 1; k <= 9; ++k)
        row("cosine T4", cosine(4, 0.0), 1.0, k, cos4[k - 1]);
    row("cosine T4 second period", cosine(4, 0.0), 1.0, 13, 0.0);
    // CosineAnnealingLR(T_max 2, eta_min 0.1) from 1: 1, 0.55, 0.1, 0.55, 1.
    const double cos2[] = {1.0, 0.55, 0.1, 0.55, 1.0};
    for (int k = 1; k <= 5; ++k)
        row("cosine T2 eta 0.1", cosine(2, 0.1), 1.0, k, cos2[k - 1]);
    // T_max 1: it alternates between the base and eta_min.
    row("cosine T1", cosine(1, 0.01), 0.5, 1, 0.5);
    row("cosine T1", cosine(1, 0.01), 0.5, 2, 0.01);
    row("cosine T1", cosine(1, 0.01), 0.5, 3, 0.5);
    // Warm-up 4 from a quarter of the base (LinearLR: 0.25, 0.4375, 0.625, 0.8125), then at update 5 =
    // warmup + 1 the cosine of T_max − warmup = 4 starts at the base rate, reaching eta_min at update 9
    // and rising again after.
    const double warm[] = {0.25,  0.4375,
                           0.625, 0.8125,
                           1.0,   0.5 + kHalfRoot2 / 2,
                           0.5,   0.5 - kHalfRoot2 / 2,
                           0.0,   0.5 - kHalfRoot2 / 2,
                           0.5};
    for (int k = 1; k <= 11; ++k)
        row("warmup 4 from 0.25, T8", warmupCosine(4, 0.25, 8, 0.0), 1.0, k, warm[k - 1]);
    // The defaults' start factor 1/3, warm-up 1: the first rate is a third, the second the base.
    row("warmup 1 from 1/3, T3", warmupCosine(1, 1.0 / 3.0, 3, 0.0), 0.3, 1, 0.1);
    row("warmup 1 from 1/3, T3", warmupCosine(1, 1.0 / 3.0, 3, 0.0), 0.3, 2, 0.3);
    row("warmup 1 from 1/3, T3", warmupCosine(1, 1.0 / 3.0, 3, 0.0), 0.3, 3, 0.15);
    row("warmup 1 from 1/3, T3", warmupCosine(1, 1.0 / 3.0, 3, 0.0), 0.3, 4, 0.0);
    // With eta_min 0.02 and start factor 1 (no ramp: the warm-up holds the base rate).
    row("warmup 2 from 1, T4, eta 0.02", warmupCosine(2, 1.0, 4, 0.02), 0.1, 1, 0.1);
    row("warmup 2 from 1, T4, eta 0.02", warmupCosine(2, 1.0, 4, 0.02), 0.1, 2, 0.1);
    row("warmup 2 from 1, T4, eta 0.02", warmupCosine(2, 1.0, 4, 0.02), 0.1, 3, 0.1);
    row("warmup 2 from 1, T4, eta 0.02", warmupCosine(2, 1.0, 4, 0.02), 0.1, 4, 0.06);
    row("warmup 2 from 1, T4, eta 0.02", warmupCosine(2, 1.0, 4, 0.02), 0.1, 5, 0.02);
    row("warmup 2 from 1, T4, eta 0.02", warmupCosine(2, 1.0, 4, 0.02), 0.1, 6, 0.06);
}

void TestSchedule::rateOfEachUpdate() {
    QFETCH(Schedule, schedule);
    QFETCH(double, base);
    QFETCH(int, update);
    QFETCH(double, expected);
    GRADLAB_COMPARE_CLOSE(scheduledRate(schedule, base, update), expected, 1e-14);
}

void TestSchedule::cosineFollowsTorchsRecursion_data() {
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<double>("base");
    QTest::newRow("cosine T7, eta 0") << cosine(7, 0.0) << 0.3;
    QTest::newRow("cosine T10, eta 0.05") << cosine(10, 0.05) << 0.5;
    QTest::newRow("cosine T3, eta 0.01") << cosine(3, 0.01) << 1.0;
    QTest::newRow("warmup 5 from 0.1, T12, eta 0.001") << warmupCosine(5, 0.1, 12, 0.001) << 0.2;
    QTest::newRow("warmup 3 from 0.5, T4, eta 0") << warmupCosine(3, 0.5, 4, 0.0) << 1.0;
}

// torch computes the rate recursively from the previous one (CosineAnnealingLR.get_lr, LinearLR.get_lr);
// the core uses the closed form. Written out here as torch writes it, over several periods.
void TestSchedule::cosineFollowsTorchsRecursion() {
    QFETCH(Schedule, schedule);
    QFETCH(double, base);
    const bool warm = schedule.kind == ScheduleKind::WarmupCosine;
    const int warmup = warm ? schedule.warmup : 0;
    const int T = schedule.tMax - warmup;
    const double eta = schedule.etaMin;
    double lr = warm ? base * schedule.startFactor : base;
    for (int t = 0; t < 4 * T + warmup; ++t) {
        GRADLAB_COMPARE_CLOSE(scheduledRate(schedule, base, t + 1), lr, 1e-12);
        // The rate after one more scheduler.step(), with last_epoch = t + 1.
        const int e = t + 1;
        if (e < warmup) {
            const double f = schedule.startFactor;
            lr *= 1.0 + (1.0 - f) / (warmup * f + (e - 1) * (1.0 - f));
        } else if (e == warmup) {
            lr = base; // SequentialLR hands over: the cosine starts at its base rate
        } else {
            const int c = e - warmup; // the cosine's own last_epoch
            if ((c - 1 - T) % (2 * T) == 0)
                lr = lr + (base - eta) * (1 - std::cos(kPi / T)) / 2;
            else
                lr = (1 + std::cos(kPi * c / T)) / (1 + std::cos(kPi * (c - 1) / T)) * (lr - eta) + eta;
        }
    }
}

void TestSchedule::scheduleRunFollowsScheduledRate() {
    const Schedule s = warmupCosine(3, 0.2, 9, 0.01);
    ScheduleRun run(s, 0.4);
    for (int k = 1; k <= 30; ++k) {
        QCOMPARE(run.rate(), scheduledRate(s, 0.4, k));
        run.advance();
    }
}

void TestSchedule::problems_data() {
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("message");
    QTest::newRow("defaults: constant") << Schedule{} << "";
    Schedule constantBad = stepSchedule(0, 7.0);
    constantBad.kind = ScheduleKind::Constant;
    QTest::newRow("constant reads nothing") << constantBad << "";
    QTest::newRow("step fine") << stepSchedule(5, 0.5) << "";
    QTest::newRow("step size 0") << stepSchedule(0, 0.5)
                                 << "step-size must be a whole number of at least 1, got 0";
    QTest::newRow("step gamma 0") << stepSchedule(2, 0.0)
                                  << "gamma must be greater than 0 and at most 1, got 0";
    QTest::newRow("exponential gamma 2")
        << exponential(2.0) << "gamma must be greater than 0 and at most 1, got 2";
    QTest::newRow("exponential gamma NaN")
        << exponential(std::nan("")) << "gamma must be greater than 0 and at most 1, got nan";
    QTest::newRow("exponential ignores step size") << [] {
        Schedule s = exponential(0.9);
        s.stepSize = -3;
        return s;
    }() << "";
    QTest::newRow("cosine T 0") << cosine(0, 0.0) << "t-max must be a whole number of at least 1, got 0";
    QTest::newRow("cosine eta negative") << cosine(10, -0.1) << "eta-min must be 0 or positive, got -0.1";
    QTest::newRow("cosine eta infinite") << cosine(10, INFINITY) << "eta-min must be 0 or positive, got inf";
    QTest::newRow("cosine ignores warmup") << [] {
        Schedule s = cosine(5, 0.0);
        s.warmup = 50;
        return s;
    }() << "";
    QTest::newRow("warmup fine") << warmupCosine(9, 0.5, 10, 0.0) << "";
    QTest::newRow("warmup equals T")
        << warmupCosine(10, 0.5, 10, 0.0)
        << "warmup must be a whole number of at least 1 and less than t-max (10), "
           "got 10";
    QTest::newRow("warmup 0")
        << warmupCosine(0, 0.5, 10, 0.0)
        << "warmup must be a whole number of at least 1 and less than t-max (10), got 0";
    QTest::newRow("start factor 0") << warmupCosine(2, 0.0, 10, 0.0)
                                    << "start-factor must be greater than 0 and at most 1, got 0";
    QTest::newRow("start factor 1.5")
        << warmupCosine(2, 1.5, 10, 0.0) << "start-factor must be greater than 0 and at most 1, got 1.5";
}

void TestSchedule::problems() {
    QFETCH(Schedule, schedule);
    QFETCH(QString, message);
    QCOMPARE(QString::fromStdString(scheduleProblem(schedule).english()), message);
}

void TestSchedule::uses_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reads"); // the options it reads, in command-line order
    QTest::newRow("constant") << int(ScheduleKind::Constant) << "";
    QTest::newRow("step") << int(ScheduleKind::Step) << "step-size gamma";
    QTest::newRow("exponential") << int(ScheduleKind::Exponential) << "gamma";
    QTest::newRow("cosine") << int(ScheduleKind::Cosine) << "t-max eta-min";
    QTest::newRow("warmup-cosine") << int(ScheduleKind::WarmupCosine) << "t-max eta-min warmup start-factor";
}

void TestSchedule::uses() {
    QFETCH(int, kind);
    QFETCH(QString, reads);
    const QStringList expected = reads.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const char* option : {"step-size", "gamma", "t-max", "eta-min", "warmup", "start-factor", "lr", ""})
        QCOMPARE(scheduleUses(ScheduleKind(kind), option), expected.contains(QLatin1String(option)));
}

void TestSchedule::settingsAndSummary_data() {
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("summary");
    QTest::newRow("constant") << Schedule{} << "Constant";
    QTest::newRow("step") << stepSchedule(30, 0.5) << "Step decay (step-size 30, gamma 0.5)";
    QTest::newRow("exponential") << exponential(0.95) << "Exponential decay (gamma 0.95)";
    QTest::newRow("cosine") << cosine(20, 0.001) << "Cosine annealing (t-max 20, eta-min 0.001)";
    QTest::newRow("warmup-cosine")
        << warmupCosine(5, 0.25, 50, 0.0)
        << "Warm-up, then cosine (t-max 50, eta-min 0, warmup 5, start-factor 0.25)";
}

void TestSchedule::settingsAndSummary() {
    QFETCH(Schedule, schedule);
    QFETCH(QString, summary);
    QCOMPARE(QString::fromStdString(scheduleSummary(schedule)), summary);
    // The settings listed are exactly those the kind reads.
    for (const auto& [option, value] : scheduleSettings(schedule)) {
        QVERIFY(scheduleUses(schedule.kind, option));
        Q_UNUSED(value);
    }
}

void TestSchedule::namesReadBack() {
    for (ScheduleKind k : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential,
                           ScheduleKind::Cosine, ScheduleKind::WarmupCosine}) {
        ScheduleKind back = ScheduleKind::Constant;
        QVERIFY(scheduleByName(scheduleName(k), back));
        QCOMPARE(back, k);
        QVERIFY(scheduleNameList().find(scheduleName(k)) != std::string::npos);
    }
    ScheduleKind unchanged = ScheduleKind::Cosine;
    QVERIFY(!scheduleByName("linear", unchanged));
    QCOMPARE(unchanged, ScheduleKind::Cosine);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
