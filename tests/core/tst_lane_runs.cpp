// Lane-parallel runs (runLanes) against the one-run path (runQuiet): equal to the bit for every lane, every
// optimizer, on functions that converge, run out of steps, diverge, leave their domain or have a kink.

#include "descent/lane_runs.h"
#include "descent/run_judgement.h"
#include "descent/sweep.h"
#include "test_helpers.h"

#include <QTest>
#include <cstring>

using namespace gradlab;

Q_DECLARE_METATYPE(OptimizerKind)

namespace {

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// The first field in which two summaries differ ("" if none): every field of RunSummary and RunShape.
QString difference(const RunSummary& a, const RunSummary& b) {
#define GRADLAB_SAME_INT(field)                                                                              \
    if (a.field != b.field) return QStringLiteral(#field " %1 vs %2").arg(int(a.field)).arg(int(b.field));
#define GRADLAB_SAME_DOUBLE(field)                                                                           \
    if (!sameBits(a.field, b.field))                                                                         \
        return QStringLiteral(#field " %1 vs %2").arg(a.field, 0, 'g', 17).arg(b.field, 0, 'g', 17);
    GRADLAB_SAME_DOUBLE(finalLoss)
    GRADLAB_SAME_INT(stopStep)
    GRADLAB_SAME_INT(stopReason)
    GRADLAB_SAME_INT(shape.dimension)
    GRADLAB_SAME_INT(shape.steps)
    GRADLAB_SAME_INT(shape.stopReason)
    GRADLAB_SAME_INT(shape.stopStep)
    GRADLAB_SAME_DOUBLE(shape.stopLoss)
    for (int i = 0; i < kMaxDimension; ++i) {
        GRADLAB_SAME_DOUBLE(shape.start[i])
        GRADLAB_SAME_DOUBLE(shape.last[i])
        GRADLAB_SAME_DOUBLE(shape.lateLow[i])
        GRADLAB_SAME_DOUBLE(shape.lateHigh[i])
    }
    GRADLAB_SAME_DOUBLE(shape.firstLoss)
    GRADLAB_SAME_DOUBLE(shape.lastLoss)
    GRADLAB_SAME_DOUBLE(shape.previousLoss)
    GRADLAB_SAME_DOUBLE(shape.firstGradNorm)
    GRADLAB_SAME_DOUBLE(shape.lastGradNorm)
    GRADLAB_SAME_INT(shape.tailPairs)
    GRADLAB_SAME_INT(shape.tailReversals)
    GRADLAB_SAME_INT(shape.reversals)
    GRADLAB_SAME_INT(shape.lossRises)
    GRADLAB_SAME_INT(shape.tailLossRises)
    GRADLAB_SAME_DOUBLE(shape.tailEarlyLoss)
    GRADLAB_SAME_DOUBLE(shape.tailLateLoss)
    GRADLAB_SAME_DOUBLE(shape.tailCycle)
    GRADLAB_SAME_DOUBLE(shape.tailRate)
    GRADLAB_SAME_DOUBLE(shape.tailGrowth)
    GRADLAB_SAME_INT(shape.lateSteps)
    GRADLAB_SAME_DOUBLE(shape.lateGradNorm)
    GRADLAB_SAME_INT(shape.newtonFallbacks)
    for (int i = 0; i < 3; ++i)
        GRADLAB_SAME_INT(shape.newtonFallbackSteps[i])
#undef GRADLAB_SAME_INT
#undef GRADLAB_SAME_DOUBLE
    return {};
}

// Lanes over learning rates log-spaced over six decades (some converge, some run out of steps, some
// diverge), the optimizer's other hyperparameters and several starts.
std::vector<Lane> manyLanes(int dimension, const std::vector<std::array<double, 2>>& starts, int rateCount) {
    const std::vector<double> rates = logSpaced(1e-4, 100.0, rateCount);
    const double momenta[] = {0.0, 0.5, 0.9, 0.99};
    const double alphas[] = {0.99, 0.9, 0.5, 0.0};
    const double beta1s[] = {0.9, 0.0, 0.5, 0.6, 0.99};
    const double beta2s[] = {0.999, 0.9, 0.5, 0.0};
    const double epss[] = {-1.0, 1e-3, 0.0};
    std::vector<Lane> lanes;
    int variant = 0;
    for (double rate : rates)
        for (const auto& start : starts) {
            Lane lane;
            for (int i = 0; i < dimension; ++i)
                lane.start[i] = start[static_cast<std::size_t>(i)];
            lane.hyperparameters.learningRate = rate;
            lane.hyperparameters.momentum = momenta[variant % 4];
            lane.hyperparameters.alpha = alphas[variant % 4];
            lane.hyperparameters.beta1 = beta1s[variant % 5];
            lane.hyperparameters.beta2 = beta2s[variant % 4];
            lane.hyperparameters.eps = epss[variant % 3];
            ++variant;
            lanes.push_back(lane);
        }
    return lanes;
}

// Compares each lane with its own runQuiet; returns "" or what differs where.
QString compareWithQuiet(const CompiledFunction& f, const DescentSettings& settings,
                         const std::vector<Lane>& lanes, const std::vector<RunSummary>& got) {
    if (got.size() != lanes.size()) return QStringLiteral("wrong number of summaries");
    DescentSettings s = settings;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        s.hyperparameters = lanes[i].hyperparameters;
        const RunSummary expected = runQuiet(f, lanes[i].start, s);
        const QString d = difference(got[i], expected);
        if (!d.isEmpty())
            return QStringLiteral("lane %1 (lr %2, start %3, %4): %5")
                .arg(i)
                .arg(lanes[i].hyperparameters.learningRate)
                .arg(lanes[i].start[0])
                .arg(lanes[i].start[1])
                .arg(d);
    }
    return {};
}

// Without tails (LaneOptions::tails false) a lane's summary equals runQuiet's in every field but the tail
// fields, which stay as RunShape leaves them; and judgeConverged on it (with and without a memo of the
// searches for minima) says what judgeRun says on the whole run. "" or what differs where.
QString compareWithoutTails(const CompiledFunction& f, const DescentSettings& settings,
                            const std::vector<Lane>& lanes, const std::vector<RunSummary>& got) {
    if (got.size() != lanes.size()) return QStringLiteral("wrong number of summaries");
    DescentSettings s = settings;
    MinimumMemo memo;
    const RunShape blank;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        s.hyperparameters = lanes[i].hyperparameters;
        const RunSummary expected = runQuiet(f, lanes[i].start, s);
        RunSummary filled = got[i];
        RunShape& t = filled.shape;
        if (t.tailPairs != blank.tailPairs || t.lateSteps != blank.lateSteps || !std::isnan(t.tailRate) ||
            !std::isnan(t.tailCycle) || !std::isnan(t.lateGradNorm))
            return QStringLiteral("lane %1 recorded a tail").arg(i);
        const RunShape& e = expected.shape;
        t.tailPairs = e.tailPairs;
        t.tailReversals = e.tailReversals;
        t.tailLossRises = e.tailLossRises;
        t.tailEarlyLoss = e.tailEarlyLoss;
        t.tailLateLoss = e.tailLateLoss;
        t.tailCycle = e.tailCycle;
        t.tailRate = e.tailRate;
        t.tailGrowth = e.tailGrowth;
        t.lateSteps = e.lateSteps;
        t.lateGradNorm = e.lateGradNorm;
        for (int k = 0; k < kMaxDimension; ++k) {
            t.lateLow[k] = e.lateLow[k];
            t.lateHigh[k] = e.lateHigh[k];
        }
        const QString d = difference(filled, expected);
        const bool converged = judgeRun(f, expected.shape, s).converged();
        const QString where = QStringLiteral("lane %1 (lr %2, start %3, %4): ")
                                  .arg(i)
                                  .arg(lanes[i].hyperparameters.learningRate)
                                  .arg(lanes[i].start[0])
                                  .arg(lanes[i].start[1]);
        if (!d.isEmpty()) return where + d;
        if (judgeConverged(f, got[i].shape, s) != converged)
            return where + QStringLiteral("judgeConverged differs from judgeRun (%1)").arg(converged);
        if (judgeConverged(f, got[i].shape, s, &memo) != converged)
            return where +
                   QStringLiteral("judgeConverged with a memo differs from judgeRun (%1)").arg(converged);
    }
    return {};
}

struct Case {
    const char* formula;
    std::vector<std::array<double, 2>> starts;
};

const Case kCases[] = {
    {"x^2", {{1.0, 0.0}, {-3.0, 0.0}, {0.25, 0.0}}},
    {"x^4", {{1.0, 0.0}, {-2.0, 0.0}}},
    {"abs(x)", {{1.0, 0.0}, {-0.7, 0.0}}},
    {"sqrt(x) + (x-2)^2", {{1.0, 0.0}, {3.0, 0.0}}}, // leaves its domain for large rates
    {"x - log(x)", {{0.5, 0.0}, {4.0, 0.0}}},        // log of a negative number: NaN
    {"x^2 + 10y^2", {{1.0, 1.0}, {-2.0, 0.5}}},
    {"(1-x)^2 + 100(y-x^2)^2", {{-1.5, 2.0}, {0.0, 0.0}}},
    {"(x^2+y-11)^2 + (x+y^2-7)^2", {{0.0, 0.0}, {-1.0, 1.0}}},
    {"abs(x) + y^2", {{1.0, 1.0}, {-0.3, 2.0}}},
    {"x^4 + y^4 - x*y", {{1.0, -1.0}, {0.5, 0.5}}},
    {"exp(x) + y^2 - x", {{2.0, 1.0}, {-1.0, -1.0}}}, // overflows for large rates
};

} // namespace

class TestLaneRuns : public QObject {
    Q_OBJECT
private slots:
    void blockEvaluationEqualsPointEvaluation();
    void equalsQuietRuns_data();
    void equalsQuietRuns();
    void equalsQuietRunsUnderNoise_data();
    void equalsQuietRunsUnderNoise();
    void equalsQuietRunsUnderSchedules_data();
    void equalsQuietRunsUnderSchedules();
    void laneCounts_data();
    void laneCounts();
    void independentOfThreadCount();
    void cancelLeavesUnrunLanes();
    void reportsProgress();
};

namespace {

// Where runBlock and run differ in any bit on a spread of points; "" if nowhere.
QString blockVersusPoint(const Program& program, const char* formula) {
    std::vector<double> xs, ys;
    for (int i = 0; i < 1000; ++i) {
        xs.push_back(-3.0 + 6.0 * i / 999.0 + 1e-3 * (i % 7));
        ys.push_back(2.5 - 5.0 * ((i * 37) % 1000) / 999.0);
    }
    const int outputs = program.outputCount();
    std::vector<std::vector<double>> out(static_cast<std::size_t>(outputs), std::vector<double>(xs.size()));
    std::vector<double*> outPointers;
    for (auto& o : out)
        outPointers.push_back(o.data());
    const double* columns[2] = {xs.data(), ys.data()};
    BlockWorkspace ws;
    program.runBlock(columns, xs.size(), outPointers.data(), ws);
    std::vector<double> one(static_cast<std::size_t>(outputs));
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double point[2] = {xs[i], ys[i]};
        program.run(point, one.data());
        for (int k = 0; k < outputs; ++k)
            if (!sameBits(one[static_cast<std::size_t>(k)], out[static_cast<std::size_t>(k)][i]))
                return QStringLiteral("%1, output %2 at (%3, %4): run %5, runBlock %6")
                    .arg(formula)
                    .arg(k)
                    .arg(xs[i])
                    .arg(ys[i])
                    .arg(one[static_cast<std::size_t>(k)], 0, 'g', 17)
                    .arg(out[static_cast<std::size_t>(k)][i], 0, 'g', 17);
    }
    return {};
}

} // namespace

// The lane path evaluates with Program::runBlock, runQuiet with Program::run: they must give the same bits.
void TestLaneRuns::blockEvaluationEqualsPointEvaluation() {
    for (const Case& c : kCases) {
        const FunctionPtr f = test::compile(c.formula);
        QVERIFY(f);
        for (const Program* program : {&f->gradientProgram(), &f->hessianProgram()}) {
            const QString d = blockVersusPoint(*program, c.formula);
            QVERIFY2(d.isEmpty(), qPrintable(d));
        }
    }
}

void TestLaneRuns::equalsQuietRuns_data() {
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::addColumn<int>("caseIndex");
    for (OptimizerKind k : kOptimizers)
        for (int c = 0; c < int(std::size(kCases)); ++c)
            QTest::addRow("%s on %s", optimizerName(k), kCases[c].formula) << k << c;
}

void TestLaneRuns::equalsQuietRuns() {
    QFETCH(OptimizerKind, optimizer);
    QFETCH(int, caseIndex);
    const Case& c = kCases[caseIndex];
    const FunctionPtr f = test::compile(c.formula);
    QVERIFY(f);
    DescentSettings s;
    s.optimizer = optimizer;
    s.maxSteps = 300;
    s.tolerance = 1e-6;
    const std::vector<Lane> lanes = manyLanes(f->dimension(), c.starts, 61);
    const std::vector<RunSummary> got = runLanes(*f, s, lanes);
    const QString d = compareWithQuiet(*f, s, lanes, got);
    QVERIFY2(d.isEmpty(), qPrintable(d));
    LaneOptions ends;
    ends.tails = false;
    const QString e = compareWithoutTails(*f, s, lanes, runLanes(*f, s, lanes, ends));
    QVERIFY2(e.isEmpty(), qPrintable(e));
    // The lanes cover every ending (checked where they are known to).
    if (optimizer == OptimizerKind::GradientDescent && caseIndex == 0) {
        bool reasons[4] = {};
        for (const RunSummary& r : got)
            reasons[int(r.stopReason)] = true;
        QVERIFY(reasons[int(StopReason::Diverged)]);
        QVERIFY(reasons[int(StopReason::Converged)]);
        QVERIFY(reasons[int(StopReason::MaxSteps)]);
    }
}

void TestLaneRuns::equalsQuietRunsUnderNoise_data() {
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::addColumn<int>("caseIndex");
    for (OptimizerKind k : kOptimizers)
        for (int c : {0, 3, 6, 8})
            QTest::addRow("%s on %s", optimizerName(k), kCases[c].formula) << k << c;
}

void TestLaneRuns::equalsQuietRunsUnderNoise() {
    QFETCH(OptimizerKind, optimizer);
    QFETCH(int, caseIndex);
    const Case& c = kCases[caseIndex];
    const FunctionPtr f = test::compile(c.formula);
    DescentSettings s;
    s.optimizer = optimizer;
    s.maxSteps = 200;
    s.tolerance = 1e-3;
    s.noise = 0.3;
    for (std::uint64_t seed : {0ull, 7ull, 123456789ull}) {
        s.seed = seed;
        const std::vector<Lane> lanes = manyLanes(f->dimension(), c.starts, 31);
        const QString d = compareWithQuiet(*f, s, lanes, runLanes(*f, s, lanes));
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
}

void TestLaneRuns::equalsQuietRunsUnderSchedules_data() {
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::addColumn<int>("schedule");
    for (OptimizerKind k : kOptimizers)
        for (int sk = 0; sk < kScheduleCount; ++sk)
            QTest::addRow("%s, %s", optimizerName(k), scheduleName(ScheduleKind(sk))) << k << sk;
}

void TestLaneRuns::equalsQuietRunsUnderSchedules() {
    QFETCH(OptimizerKind, optimizer);
    QFETCH(int, schedule);
    DescentSettings s;
    s.optimizer = optimizer;
    s.maxSteps = 150;
    s.tolerance = 1e-8;
    s.schedule.kind = ScheduleKind(schedule);
    s.schedule.stepSize = 7;
    s.schedule.gamma = 0.8;
    s.schedule.tMax = 60;
    s.schedule.etaMin = 1e-3;
    s.schedule.warmup = 9;
    for (int c : {1, 6, 7}) {
        const FunctionPtr f = test::compile(kCases[c].formula);
        const std::vector<Lane> lanes = manyLanes(f->dimension(), kCases[c].starts, 41);
        const QString d = compareWithQuiet(*f, s, lanes, runLanes(*f, s, lanes));
        QVERIFY2(d.isEmpty(), qPrintable(QString(kCases[c].formula) + ": " + d));
    }
}

// Lane counts that are not multiples of the block, each with every thread count the machine might choose.
void TestLaneRuns::laneCounts_data() {
    QTest::addColumn<int>("count");
    for (int n : {1, 7, 257, 1000})
        QTest::addRow("%d lanes", n) << n;
}

void TestLaneRuns::laneCounts() {
    QFETCH(int, count);
    const FunctionPtr f = test::compile("(1-x)^2 + 100(y-x^2)^2");
    DescentSettings s;
    s.optimizer = OptimizerKind::Adam;
    s.maxSteps = 120;
    s.tolerance = 1e-5;
    std::vector<Lane> lanes(static_cast<std::size_t>(count));
    const std::vector<double> rates = logSpaced(1e-4, 10.0, count);
    for (int i = 0; i < count; ++i) {
        lanes[static_cast<std::size_t>(i)].start[0] = -1.5 + 0.001 * (i % 13);
        lanes[static_cast<std::size_t>(i)].start[1] = 2.0;
        lanes[static_cast<std::size_t>(i)].hyperparameters.learningRate = rates[static_cast<std::size_t>(i)];
        lanes[static_cast<std::size_t>(i)].hyperparameters.beta1 = i % 3 == 0 ? 0.8 : 0.9;
    }
    for (int threads : {1, 2, 3}) {
        LaneOptions options;
        options.threads = threads;
        const QString d = compareWithQuiet(*f, s, lanes, runLanes(*f, s, lanes, options));
        QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("%1 threads: ").arg(threads) + d));
    }
}

void TestLaneRuns::independentOfThreadCount() {
    const FunctionPtr f = test::compile("(x^2+y-11)^2 + (x+y^2-7)^2");
    DescentSettings s;
    s.optimizer = OptimizerKind::Momentum;
    s.maxSteps = 400;
    const std::vector<Lane> lanes = manyLanes(2, {{0.0, 0.0}, {-1.0, 1.0}, {3.5, -3.5}}, 200);
    LaneOptions one;
    one.threads = 1;
    const std::vector<RunSummary> reference = runLanes(*f, s, lanes, one);
    for (int threads : {2, 3, 0}) {
        LaneOptions options;
        options.threads = threads;
        const std::vector<RunSummary> got = runLanes(*f, s, lanes, options);
        for (std::size_t i = 0; i < lanes.size(); ++i) {
            const QString d = difference(got[i], reference[i]);
            QVERIFY2(d.isEmpty(),
                     qPrintable(QStringLiteral("%1 threads, lane %2: ").arg(threads).arg(i) + d));
        }
    }
}

void TestLaneRuns::cancelLeavesUnrunLanes() {
    const FunctionPtr f = test::compile("x^2 + y^2");
    DescentSettings s;
    s.maxSteps = 100000;
    s.tolerance = 0.0;
    const std::vector<Lane> lanes = manyLanes(2, {{1.0, 1.0}}, 3000);
    // Cancelled before starting: nothing runs.
    std::atomic<bool> cancel{true};
    LaneOptions options;
    options.cancel = &cancel;
    for (const RunSummary& r : runLanes(*f, s, lanes, options))
        QCOMPARE(r.stopStep, -1);
    // Cancelled while running: what finished equals the quiet run, the rest is marked unrun.
    cancel = false;
    options.threads = 2;
    options.progress = [&](int) { cancel = true; };
    const std::vector<RunSummary> got = runLanes(*f, s, lanes, options);
    int unrun = 0;
    DescentSettings one = s;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (got[i].stopStep == -1) {
            ++unrun;
            continue;
        }
        if (i % 97 != 0) continue; // a sample: each quiet run is 100000 steps
        one.hyperparameters = lanes[i].hyperparameters;
        const QString d = difference(got[i], runQuiet(*f, lanes[i].start, one));
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
    QVERIFY(unrun > 0);
}

void TestLaneRuns::reportsProgress() {
    const FunctionPtr f = test::compile("x^2");
    DescentSettings s;
    s.maxSteps = 50;
    const std::vector<Lane> lanes = manyLanes(1, {{1.0, 0.0}}, 700);
    std::atomic<int> last{0};
    LaneOptions options;
    options.threads = 2;
    options.progress = [&](int done) {
        int seen = last.load();
        while (done > seen && !last.compare_exchange_weak(seen, done)) {
        }
    };
    runLanes(*f, s, lanes, options);
    QCOMPARE(last.load(), 700);
}

QTEST_GUILESS_MAIN(TestLaneRuns)
#include "tst_lane_runs.moc"
