// Fitting a line to data: the loss and its gradient, least squares, reading data, mini-batches, fit runs
// against descent on the same loss written out as a formula, and the steps as CSV.

#include "descent/descent.h"
#include "fit/data_set.h"
#include "fit/fit_run.h"
#include "fit/line_loss.h"
#include "tables/csv_tables.h"
#include "test_helpers.h"

#include <QStringList>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

using namespace gradlab;

Q_DECLARE_METATYPE(gradlab::DataSet)

namespace {

DataSet points(std::initializer_list<DataPoint> list) {
    return DataSet(list);
}

/// n points near y = 2x − 1 with a fixed wobble, x from `x0` in steps of 1.
DataSet wobblyLine(int n, double x0 = 0.0) {
    DataSet d;
    for (int i = 0; i < n; ++i) {
        const double x = x0 + i;
        d.push_back({x, 2.0 * x - 1.0 + 0.3 * std::sin(1.7 * i + 0.4)});
    }
    return d;
}

/// The mean squared error of `data` written out as a formula of w and b:
/// "((3-(w*2+b))^2+(5-(w*4+b))^2)/2".
QString lossFormula(const DataSet& data) {
    QStringList terms;
    for (const DataPoint& p : data)
        terms << QStringLiteral("(%1-(w*%2+b))^2").arg(p.y, 0, 'g', 17).arg(p.x, 0, 'g', 17);
    return QStringLiteral("(%1)/%2").arg(terms.join('+')).arg(data.size());
}

FitSettings settings(OptimizerKind kind, double lr, int epochs, int batchSize = 0, std::uint64_t seed = 0) {
    FitSettings s;
    s.optimizer = kind;
    s.hyperparameters.learningRate = lr;
    s.epochs = epochs;
    s.batchSize = batchSize;
    s.seed = seed;
    return s;
}

} // namespace

class TestFit : public QObject {
    Q_OBJECT
private slots:
    void lossMatchesCentralDifferences_data();
    void lossMatchesCentralDifferences();
    void seed001SinglePoint();
    void batchLossIsTheLossOfTheBatch();
    void leastSquaresLine_data();
    void leastSquaresLine();
    void readDataCsvGood_data();
    void readDataCsvGood();
    void readDataCsvBad_data();
    void readDataCsvBad();
    void dataCsvReadsBack();
    void batchesCoverEveryRowOncePerEpoch_data();
    void batchesCoverEveryRowOncePerEpoch();
    void wholeDataIsOneUnshuffledBatch();
    void seedDecidesTheBatches();
    void miniBatchUpdateIsTheStepOnItsBatch();
    void fullBatchEqualsDescentOnTheFormula_data();
    void fullBatchEqualsDescentOnTheFormula();
    void divergentFitStops();
    void stopsAtEpochsAndTolerance();
    void settingsProblems_data();
    void settingsProblems();
    void fitCsvColumns();
};

void TestFit::lossMatchesCentralDifferences_data() {
    QTest::addColumn<DataSet>("data");
    QTest::addColumn<double>("w");
    QTest::addColumn<double>("b");
    QTest::newRow("one point") << points({{2, 3}}) << 0.5 << 0.0;
    QTest::newRow("two points") << points({{2, 3}, {4, 5}}) << -1.0 << 2.5;
    QTest::newRow("wobbly line") << wobblyLine(9) << 1.3 << 0.2;
    QTest::newRow("negative x") << points({{-3, 1}, {-1, -2}, {0.5, 4}}) << 0.7 << -0.4;
    QTest::newRow("far from the origin") << wobblyLine(6, 1000.0) << 1.9 << 30.0;
    QTest::newRow("at the least-squares line")
        << wobblyLine(7) << leastSquares(wobblyLine(7)).w << leastSquares(wobblyLine(7)).b;
}

void TestFit::lossMatchesCentralDifferences() {
    QFETCH(DataSet, data);
    QFETCH(double, w);
    QFETCH(double, b);
    const LineLoss l = lineLoss(data, w, b);
    double direct = 0.0;
    for (const DataPoint& p : data)
        direct += (p.y - (w * p.x + b)) * (p.y - (w * p.x + b));
    GRADLAB_COMPARE_CLOSE(l.loss, direct / data.size(), 1e-14);
    // The loss is quadratic, so the central difference is exact up to round-off in L.
    const double hw = 1e-4 * std::max(1.0, std::fabs(w)), hb = 1e-4 * std::max(1.0, std::fabs(b));
    const double dw = (lineLoss(data, w + hw, b).loss - lineLoss(data, w - hw, b).loss) / (2 * hw);
    const double db = (lineLoss(data, w, b + hb).loss - lineLoss(data, w, b - hb).loss) / (2 * hb);
    const double scale = std::max(1.0, l.loss) / std::min(hw, hb);
    QVERIFY2(std::fabs(l.gradient[0] - dw) <= 1e-9 * scale,
             qPrintable(QStringLiteral("dL/dw %1 vs %2").arg(l.gradient[0], 0, 'g', 17).arg(dw, 0, 'g', 17)));
    QVERIFY2(std::fabs(l.gradient[1] - db) <= 1e-9 * scale,
             qPrintable(QStringLiteral("dL/db %1 vs %2").arg(l.gradient[1], 0, 'g', 17).arg(db, 0, 'g', 17)));
    // The Hessian is the gradient's own derivative: the change of ∇L over a unit step in w, then in b.
    std::vector<int> rows(data.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = static_cast<int>(i);
    double h[4];
    batchHessian(data, rows.data(), static_cast<int>(rows.size()), h);
    const LineLoss stepW = lineLoss(data, w + 1.0, b), stepB = lineLoss(data, w, b + 1.0);
    GRADLAB_COMPARE_CLOSE(h[0], stepW.gradient[0] - l.gradient[0], 1e-9);
    GRADLAB_COMPARE_CLOSE(h[2], stepW.gradient[1] - l.gradient[1], 1e-9);
    GRADLAB_COMPARE_CLOSE(h[1], stepB.gradient[0] - l.gradient[0], 1e-9);
    GRADLAB_COMPARE_CLOSE(h[3], stepB.gradient[1] - l.gradient[1], 1e-9);
}

void TestFit::seed001SinglePoint() {
    // Seed 001: loss = (y - w*x - b)**2 at x = 2, y = 3, w = 0.5, b = 0.
    const LineLoss l = lineLoss(points({{2, 3}}), 0.5, 0.0);
    QCOMPARE(l.loss, 4.0);
    QCOMPARE(l.gradient[0], -8.0);
    QCOMPARE(l.gradient[1], -4.0);
}

void TestFit::batchLossIsTheLossOfTheBatch() {
    const DataSet data = wobblyLine(8);
    const std::vector<int> rows = {1, 4, 6};
    const LineLoss onBatch = batchLoss(data, rows.data(), 3, 1.5, -0.5);
    const LineLoss alone = lineLoss(points({data[1], data[4], data[6]}), 1.5, -0.5);
    QCOMPARE(onBatch.loss, alone.loss);
    QCOMPARE(onBatch.gradient[0], alone.gradient[0]);
    QCOMPARE(onBatch.gradient[1], alone.gradient[1]);
}

void TestFit::leastSquaresLine_data() {
    QTest::addColumn<DataSet>("data");
    QTest::addColumn<bool>("unique");
    QTest::addColumn<double>("w");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("loss");
    const double nan = std::numeric_limits<double>::quiet_NaN(); // NaN: check the gradient instead
    QTest::newRow("exact line") << points({{0, 1}, {1, 3}, {2, 5}, {3, 7}}) << true << 2.0 << 1.0 << 0.0;
    QTest::newRow("exact line, negative slope")
        << points({{-2, 4}, {1, -0.5}, {4, -5}}) << true << -1.5 << 1.0 << 0.0;
    QTest::newRow("two points") << points({{2, 3}, {4, 5}}) << true << 1.0 << 1.0 << 0.0;
    // Residuals +1, −2, +1 about y = x: symmetric, so the fit stays y = x and L = 6/3.
    QTest::newRow("noisy, known answer") << points({{0, 1}, {1, -1}, {2, 3}}) << true << 1.0 << 0.0 << 2.0;
    QTest::newRow("noisy") << wobblyLine(11) << true << nan << nan << nan;
    QTest::newRow("far from the origin, exact")
        << points({{1e6, 3e6 - 2}, {1e6 + 1, 3e6 + 1}, {1e6 + 3, 3e6 + 7}}) << true << 3.0 << -2.0 << 0.0;
    QTest::newRow("far from the origin, noisy") << wobblyLine(9, 1e5) << true << nan << nan << nan;
    QTest::newRow("one point") << points({{2, 3}}) << false << 0.0 << 3.0 << 0.0;
    QTest::newRow("every x equal") << points({{5, 1}, {5, 2}, {5, 6}}) << false << 0.0 << 3.0 << 14.0 / 3.0;
    QTest::newRow("every x equal, far out") << points({{1e8, 1}, {1e8, 3}}) << false << 0.0 << 2.0 << 1.0;
}

void TestFit::leastSquaresLine() {
    QFETCH(DataSet, data);
    QFETCH(bool, unique);
    QFETCH(double, w);
    QFETCH(double, b);
    QFETCH(double, loss);
    const LeastSquares ls = gradlab::leastSquares(data);
    QCOMPARE(ls.unique, unique);
    GRADLAB_COMPARE_CLOSE(ls.loss, lineLoss(data, ls.w, ls.b).loss, 1e-15);
    if (!std::isnan(w)) {
        // b = ȳ − w·x̄ carries w's round-off times x̄.
        double mx = 0.0;
        for (const DataPoint& p : data)
            mx += p.x / data.size();
        GRADLAB_COMPARE_CLOSE(ls.w, w, 1e-12);
        QVERIFY2(std::fabs(ls.b - b) <= 1e-12 * std::max(1.0, std::fabs(mx * w)),
                 qPrintable(QString::number(ls.b, 'g', 17)));
        QVERIFY2(std::fabs(ls.loss - loss) <= 1e-9, qPrintable(QString::number(ls.loss, 'g', 17)));
    }
    // A minimum: the gradient vanishes, and no nearby line does better.
    const LineLoss at = lineLoss(data, ls.w, ls.b);
    double sxx = 0.0;
    for (const DataPoint& p : data)
        sxx += p.x * p.x / data.size();
    QVERIFY2(std::fabs(at.gradient[1]) <= 1e-9 * std::max(1.0, std::sqrt(sxx)),
             qPrintable(QString::number(at.gradient[1], 'g', 17)));
    QVERIFY2(std::fabs(at.gradient[0]) <= 1e-9 * std::max(1.0, sxx),
             qPrintable(QString::number(at.gradient[0], 'g', 17)));
    const double dw = 1e-3 / std::max(1.0, std::sqrt(sxx)), db = 1e-3;
    for (const auto& [stepW, stepB] : {std::pair{dw, 0.0}, {-dw, 0.0}, {0.0, db}, {0.0, -db}})
        QVERIFY(lineLoss(data, ls.w + stepW, ls.b + stepB).loss > ls.loss);
}

void TestFit::readDataCsvGood_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DataSet>("expected");
    QTest::newRow("x,y") << QByteArray("x,y\n1,2\n3,4\n") << points({{1, 2}, {3, 4}});
    QTest::newRow("no final newline") << QByteArray("x,y\n1,2\n3,4") << points({{1, 2}, {3, 4}});
    QTest::newRow("y before x") << QByteArray("y,x\n2,1\n") << points({{1, 2}});
    QTest::newRow("CRLF and a byte-order mark")
        << QByteArray("\xEF\xBB\xBFx,y\r\n1,2\r\n-3,0.5\r\n") << points({{1, 2}, {-3, 0.5}});
    QTest::newRow("capitals, spaces, another column, blank lines")
        << QByteArray("\n X , Y ,label\n1, 2,a\n\n3 ,4,b\n\n") << points({{1, 2}, {3, 4}});
    QTest::newRow("signs and exponents")
        << QByteArray("x,y\n+1,-2e3\n.5,1E-2\n") << points({{1, -2000}, {0.5, 0.01}});
    QTest::newRow("one point") << QByteArray("x,y\n2,3\n") << points({{2, 3}});
}

void TestFit::readDataCsvGood() {
    QFETCH(QByteArray, text);
    QFETCH(DataSet, expected);
    DataSet out = points({{9, 9}});
    std::string error = "stale";
    QVERIFY(readDataCsv(text.toStdString(), out, error));
    QCOMPARE(QString::fromStdString(error), QString());
    QCOMPARE(out.size(), expected.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        QCOMPARE(out[i].x, expected[i].x);
        QCOMPARE(out[i].y, expected[i].y);
    }
}

void TestFit::readDataCsvBad_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("")
                           << "the file is empty: expected a header row \"x,y\" and at least one row of data";
    QTest::newRow("only blank lines")
        << QByteArray("\n \r\n\n")
        << "the file is empty: expected a header row \"x,y\" and at least one row of data";
    QTest::newRow("no rows") << QByteArray("x,y\n")
                             << "there are no data rows after the header row: at least one point is needed";
    QTest::newRow("no y column")
        << QByteArray("x,z\n1,2\n")
        << "line 1: the header row must name the columns x and y (as in \"x,y\"), got \"x,z\"";
    QTest::newRow("numbers for a header")
        << QByteArray("1,2\n3,4\n")
        << "line 1: the header row must name the columns x and y (as in \"x,y\"), got \"1,2\"";
    QTest::newRow("too few values") << QByteArray("x,y\n1,2\n3\n")
                                    << "line 3: expected 2 values, as in the header row, got 1";
    QTest::newRow("too many values") << QByteArray("x,y\n1,2,3\n")
                                     << "line 2: expected 2 values, as in the header row, got 3";
    QTest::newRow("not a number") << QByteArray("x,y\n1,abc\n")
                                  << "line 2: 'abc' in column y is not a number";
    QTest::newRow("a number and more")
        << QByteArray("x,y\n1.5.2,1\n") << "line 2: '1.5.2' in column x is not a number";
    QTest::newRow("decimal comma")
        << QByteArray("x;y\n")
        << "line 1: the header row must name the columns x and y (as in \"x,y\"), got \"x;y\"";
    QTest::newRow("missing value") << QByteArray("x,y\n,2\n") << "line 2: the value in column x is missing";
    QTest::newRow("NaN") << QByteArray("x,y\nnan,2\n") << "line 2: 'nan' in column x is not a finite number";
    QTest::newRow("infinity") << QByteArray("x,y\n1,-inf\n")
                              << "line 2: '-inf' in column y is not a finite number";
    QTest::newRow("too large") << QByteArray("x,y\n1e999,2\n")
                               << "line 2: '1e999' in column x is not a number";
    QTest::newRow("blank lines count")
        << QByteArray("x,y\n\n1,2\n\nfoo,3\n") << "line 5: 'foo' in column x is not a number";
    QTest::newRow("CRLF lines count")
        << QByteArray("x,y\r\n1,2\r\n3,x\r\n") << "line 3: 'x' in column y is not a number";
}

void TestFit::readDataCsvBad() {
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    DataSet out = points({{9, 8}, {7, 6}});
    std::string error;
    QVERIFY(!readDataCsv(text.toStdString(), out, error));
    QCOMPARE(QString::fromStdString(error), message);
    QCOMPARE(out.size(), std::size_t(2)); // unchanged
    QCOMPARE(out[0].x, 9.0);
    QCOMPARE(out[1].y, 6.0);
}

void TestFit::dataCsvReadsBack() {
    const DataSet data = points({{0.1, 1.0 / 3.0}, {-2.5e-300, 1e300}, {3, -0.0}});
    DataSet back;
    std::string error;
    QVERIFY(readDataCsv(dataCsv(data), back, error));
    QCOMPARE(back.size(), data.size());
    for (std::size_t i = 0; i < data.size(); ++i) {
        QCOMPARE(back[i].x, data[i].x);
        QCOMPARE(back[i].y, data[i].y);
    }
    QVERIFY(dataCsv(data).rfind("x,y\n", 0) == 0);
}

void TestFit::batchesCoverEveryRowOncePerEpoch_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("stepsPerEpoch");
    QTest::addColumn<int>("lastBatch");
    QTest::newRow("SGD, batch 1") << 5 << 1 << 5 << 1;
    QTest::newRow("divides") << 12 << 4 << 3 << 4;
    QTest::newRow("does not divide") << 10 << 3 << 4 << 1;
    QTest::newRow("does not divide, big last") << 11 << 4 << 3 << 3;
    QTest::newRow("one short of n") << 7 << 6 << 2 << 1;
}

void TestFit::batchesCoverEveryRowOncePerEpoch() {
    QFETCH(int, n);
    QFETCH(int, batchSize);
    QFETCH(int, stepsPerEpoch);
    QFETCH(int, lastBatch);
    const int epochs = 4;
    FitRun run(wobblyLine(n), 0.0, 0.0, settings(OptimizerKind::GradientDescent, 1e-3, epochs, batchSize, 7));
    run.runToEnd();
    QCOMPARE(run.stepsPerEpoch(), stepsPerEpoch);
    QCOMPARE(gradlab::stepsPerEpoch(n, batchSize), stepsPerEpoch);
    QCOMPARE(run.batches().size(), std::size_t(stepsPerEpoch * epochs));
    QCOMPARE(stopReasonName(run.trajectory().stopReason), "max_steps");
    QCOMPARE(run.trajectory().stopStep, stepsPerEpoch * epochs);
    for (int e = 0; e < epochs; ++e) {
        std::multiset<int> seen;
        for (int i = 0; i < stepsPerEpoch; ++i) {
            const int k = e * stepsPerEpoch + i + 1;
            QCOMPARE(run.epochOf(k), e + 1);
            const std::vector<int>& batch = run.batches()[static_cast<std::size_t>(k - 1)];
            QCOMPARE(int(batch.size()), i + 1 < stepsPerEpoch ? batchSize : lastBatch);
            QVERIFY(std::is_sorted(batch.begin(), batch.end()));
            seen.insert(batch.begin(), batch.end());
        }
        QCOMPARE(int(seen.size()), n);
        for (int row = 0; row < n; ++row)
            QCOMPARE(int(seen.count(row)), 1);
    }
    // Shuffled: some batch is not the rows in file order, cut in batchSize pieces.
    bool shuffled = false;
    for (std::size_t k = 0; k < run.batches().size(); ++k) {
        std::vector<int> inOrder;
        const int first = int(k % std::size_t(stepsPerEpoch)) * batchSize;
        for (int row = first; row < std::min(n, first + batchSize); ++row)
            inOrder.push_back(row);
        shuffled = shuffled || run.batches()[k] != inOrder;
    }
    QVERIFY(shuffled);
}

void TestFit::wholeDataIsOneUnshuffledBatch() {
    for (int batchSize : {0, 6, 7, 100}) {
        FitRun run(wobblyLine(6), 0.0, 0.0, settings(OptimizerKind::Adam, 0.01, 3, batchSize, 5));
        run.runToEnd();
        QCOMPARE(run.stepsPerEpoch(), 1);
        QCOMPARE(effectiveBatchSize(6, batchSize), 6);
        QCOMPARE(run.batches().size(), std::size_t(3));
        for (const std::vector<int>& batch : run.batches())
            QVERIFY(batch == (std::vector<int>{0, 1, 2, 3, 4, 5}));
    }
}

void TestFit::seedDecidesTheBatches() {
    auto batchesOf = [](std::uint64_t seed) {
        FitRun run(wobblyLine(10), 0.5, 0.5, settings(OptimizerKind::Momentum, 0.01, 3, 3, seed));
        run.runToEnd();
        return std::make_pair(run.batches(), run.trajectory().points.back().point[0]);
    };
    QVERIFY(batchesOf(42) == batchesOf(42));
    QVERIFY(batchesOf(42).first != batchesOf(43).first);
    QVERIFY(batchesOf(0).first != batchesOf(1).first);
    QVERIFY(batchesOf(42).second != batchesOf(43).second);
}

void TestFit::miniBatchUpdateIsTheStepOnItsBatch() {
    // Each update is the optimizer's step on its batch's loss alone, with the batch's own mean.
    const DataSet data = wobblyLine(7);
    for (OptimizerKind kind : kOptimizers) {
        FitSettings s = settings(kind, 0.05, 3, 3, 11);
        s.schedule.kind = ScheduleKind::Exponential;
        s.schedule.gamma = 0.9;
        FitRun run(data, 0.3, -0.2, s);
        run.runToEnd();
        Optimizer replay(kind, s.hyperparameters, 2);
        double w[2] = {0.3, -0.2};
        const std::vector<TrajectoryPoint>& points = run.trajectory().points;
        QCOMPARE(int(points.size()), 3 * 3 + 1);
        for (std::size_t k = 1; k < points.size(); ++k) {
            const std::vector<int>& batch = run.batches()[k - 1];
            const LineLoss l = batchLoss(data, batch.data(), int(batch.size()), w[0], w[1]);
            double h[4];
            batchHessian(data, batch.data(), int(batch.size()), h);
            const double lr = scheduledRate(s.schedule, 0.05, int(k));
            replay.setLearningRate(lr);
            replay.step(w, l.gradient, h);
            QCOMPARE(points[k].learningRate, lr);
            QCOMPARE(points[k].point[0], w[0]);
            QCOMPARE(points[k].point[1], w[1]);
            const LineLoss full = lineLoss(data, w[0], w[1]);
            QCOMPARE(points[k].loss, full.loss);
            QCOMPARE(points[k].gradient[0], full.gradient[0]);
            QCOMPARE(points[k].gradient[1], full.gradient[1]);
        }
    }
}

void TestFit::fullBatchEqualsDescentOnTheFormula_data() {
    QTest::addColumn<DataSet>("data");
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("schedule");
    const struct {
        const char* name;
        DataSet data;
    } sets[] = {{"two points", points({{2, 3}, {4, 5}})},
                {"seed 001", points({{2, 3}})},
                {"five points", points({{-1, 0.5}, {0, 1.2}, {1, 2.9}, {2.5, 6.1}, {3, 6.8}})}};
    for (const auto& set : sets)
        for (OptimizerKind kind : kOptimizers)
            for (ScheduleKind schedule : {ScheduleKind::Constant, ScheduleKind::WarmupCosine}) {
                // Rates each optimizer is stable at on these sets.
                const double lr = kind == OptimizerKind::Newton                                   ? 0.7
                                  : kind == OptimizerKind::Adagrad || kind == OptimizerKind::Adam ? 0.3
                                  : kind == OptimizerKind::RMSprop                                ? 0.05
                                                                                                  : 0.02;
                QTest::addRow("%s, %s, %s", set.name, optimizerName(kind), scheduleName(schedule))
                    << set.data << int(kind) << lr << int(schedule);
            }
}

void TestFit::fullBatchEqualsDescentOnTheFormula() {
    QFETCH(DataSet, data);
    QFETCH(int, optimizer);
    QFETCH(double, lr);
    QFETCH(int, schedule);
    FitSettings fs = settings(OptimizerKind(optimizer), lr, 40);
    fs.schedule.kind = ScheduleKind(schedule);
    fs.schedule.tMax = 30;
    fs.schedule.warmup = 5;
    fs.schedule.etaMin = lr / 10;
    FitRun fit(data, 0.5, -1.0, fs);
    fit.runToEnd();

    DescentSettings ds;
    ds.optimizer = fs.optimizer;
    ds.hyperparameters = fs.hyperparameters;
    ds.schedule = fs.schedule;
    ds.maxSteps = fs.epochs;
    ds.tolerance = 0.0;
    const double start[2] = {0.5, -1.0};
    const FunctionPtr f = test::compile(lossFormula(data), {"w", "b"});
    QVERIFY(f);
    const Trajectory d = runDescent(f, start, ds);

    const Trajectory& t = fit.trajectory();
    QCOMPARE(stopReasonName(t.stopReason), stopReasonName(d.stopReason));
    QCOMPARE(t.stopStep, d.stopStep);
    QCOMPARE(t.points.size(), d.points.size());
    QCOMPARE(int(t.points.size()), 41);
    // The formula's gradient is summed in another order than batchLoss's: equal to round-off, which the
    // optimizers carry on (Adam's normalised steps most), hence 1e-12 relative to the values' size.
    for (std::size_t k = 0; k < t.points.size(); ++k) {
        const TrajectoryPoint& a = t.points[k];
        const TrajectoryPoint& b = d.points[k];
        QCOMPARE(a.step, b.step);
        QCOMPARE(a.learningRate, b.learningRate);
        QCOMPARE(a.newtonFellBack, b.newtonFellBack);
        const double gradScale = std::max(t.points[0].gradNorm, 1.0);
        for (int i = 0; i < 2; ++i) {
            GRADLAB_COMPARE_CLOSE(a.point[i], b.point[i], 1e-12);
            QVERIFY2(std::fabs(a.gradient[i] - b.gradient[i]) <= 1e-12 * gradScale,
                     qPrintable(QStringLiteral("step %1: gradient %2 vs %3")
                                    .arg(k)
                                    .arg(a.gradient[i], 0, 'g', 17)
                                    .arg(b.gradient[i], 0, 'g', 17)));
        }
        QVERIFY2(std::fabs(a.loss - b.loss) <= 1e-12 * std::max(t.points[0].loss, 1.0),
                 qPrintable(QStringLiteral("step %1: loss %2 vs %3")
                                .arg(k)
                                .arg(a.loss, 0, 'g', 17)
                                .arg(b.loss, 0, 'g', 17)));
    }
}

void TestFit::divergentFitStops() {
    for (int batchSize : {0, 1, 3}) {
        FitRun run(wobblyLine(6), 0.0, 0.0,
                   settings(OptimizerKind::GradientDescent, 10.0, 1000, batchSize, 3));
        run.runToEnd();
        const Trajectory& t = run.trajectory();
        QCOMPARE(stopReasonName(t.stopReason), "diverged");
        QVERIFY(t.stopStep > 0 && t.stopStep < 1000);
        QVERIFY2(!t.stopDetail.empty() && t.stopDetail.english().find("nan") == std::string::npos,
                 t.stopDetail.english().c_str());
        // Every point is finite; only the last, where it stopped, may be past the bound.
        for (std::size_t k = 0; k < t.points.size(); ++k)
            QVERIFY(std::isfinite(t.points[k].loss) &&
                    (k + 1 == t.points.size() || std::fabs(t.points[k].loss) <= kDivergenceBound));
        QCOMPARE(t.points.back().step, t.stopStep);
        QVERIFY(!run.step()); // stopped for good
    }
}

void TestFit::stopsAtEpochsAndTolerance() {
    FitRun none(wobblyLine(4), 0.0, 0.0, settings(OptimizerKind::GradientDescent, 0.01, 0));
    QVERIFY(none.stopped());
    QCOMPARE(stopReasonName(none.trajectory().stopReason), "max_steps");
    QCOMPARE(none.trajectory().points.size(), std::size_t(1));

    // Newton on the full data reaches the least-squares line in one update.
    FitSettings s = settings(OptimizerKind::Newton, 1.0, 50);
    s.tolerance = 1e-9;
    FitRun newton(wobblyLine(5), 3.0, 4.0, s);
    newton.runToEnd();
    QCOMPARE(stopReasonName(newton.trajectory().stopReason), "converged");
    QCOMPARE(newton.trajectory().stopStep, 1);
    GRADLAB_COMPARE_CLOSE(newton.trajectory().points.back().point[0], leastSquares(wobblyLine(5)).w, 1e-12);

    // Already at the minimum: converged at the start.
    const LeastSquares best = leastSquares(wobblyLine(5));
    FitRun there(wobblyLine(5), best.w, best.b, s);
    QCOMPARE(stopReasonName(there.trajectory().stopReason), "converged");
    QCOMPARE(there.trajectory().stopStep, 0);
}

void TestFit::settingsProblems_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("defaults") << 10 << ""
                              << "";
    QTest::newRow("no epochs") << 10 << "epochs 0"
                               << "";
    QTest::newRow("negative epochs") << 10 << "epochs -1"
                                     << "epochs must be 0 or more, got -1";
    QTest::newRow("negative batch size") << 10 << "batch -2"
                                         << "batch-size must be at least 1, got -2";
    QTest::newRow("batch larger than n") << 10 << "batch 50"
                                         << "";
    QTest::newRow("negative tolerance") << 10 << "tol -1"
                                        << "tol must be 0 or positive, got -1";
    QTest::newRow("zero rate") << 10 << "lr 0"
                               << "learningRate must be a positive number, got 0";
    QTest::newRow("bad momentum") << 10 << "momentum 1.5"
                                  << "momentum must be at least 0 and less than 1, got 1.5";
    QTest::newRow("bad schedule") << 10 << "gamma 2"
                                  << "gamma must be greater than 0 and at most 1, got 2";
    QTest::newRow("at the step limit") << 10 << "epochs 1000000"
                                       << "";
    QTest::newRow("past the step limit")
        << 10 << "epochs 1000001"
        << "epochs × updates per epoch must be at most 10000000, got 1000001 × 10";
}

void TestFit::settingsProblems() {
    QFETCH(int, n);
    QFETCH(QString, change);
    QFETCH(QString, message);
    FitSettings s = settings(OptimizerKind::Momentum, 0.1, 100, 1);
    const QStringList parts = change.split(' ');
    const QString what = parts.value(0);
    const double v = parts.value(1).toDouble();
    if (what == "epochs") s.epochs = int(v);
    if (what == "batch") s.batchSize = int(v);
    if (what == "tol") s.tolerance = v;
    if (what == "lr") s.hyperparameters.learningRate = v;
    if (what == "momentum") s.hyperparameters.momentum = v;
    if (what == "gamma") {
        s.schedule.kind = ScheduleKind::Step;
        s.schedule.gamma = v;
    }
    QCOMPARE(QString::fromStdString(gradlab::fitSettingsProblem(s, n)), message);
}

void TestFit::fitCsvColumns() {
    FitRun run(wobblyLine(5), 0.0, 1.0, settings(OptimizerKind::GradientDescent, 0.01, 2, 2, 9));
    run.runToEnd();
    const QStringList lines = QString::fromStdString(fitCsv(run)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("step,epoch,w,b,loss,grad_w,grad_b,grad_norm,lr,batch"));
    QCOMPARE(lines.size(), 1 + 1 + 2 * 3);
    const QStringList first = lines[1].split(',');
    QCOMPARE(first.size(), 10);
    QCOMPARE(first[0], QStringLiteral("0"));
    QCOMPARE(first[1], QString());
    QCOMPARE(first[8], QString());
    QCOMPARE(first[9], QString());
    for (int k = 1; k < lines.size(); ++k) {
        const QStringList cells = lines[k].split(',');
        QCOMPARE(cells.size(), 10);
        const TrajectoryPoint& p = run.trajectory().points[std::size_t(k - 1)];
        QCOMPARE(cells[0].toInt(), p.step);
        QCOMPARE(cells[2].toDouble(), p.point[0]);
        QCOMPARE(cells[3].toDouble(), p.point[1]);
        QCOMPARE(cells[4].toDouble(), p.loss);
        QCOMPARE(cells[5].toDouble(), p.gradient[0]);
        QCOMPARE(cells[6].toDouble(), p.gradient[1]);
        QCOMPARE(cells[7].toDouble(), p.gradNorm);
        if (k == 1) continue;
        QCOMPARE(cells[1].toInt(), run.epochOf(p.step));
        QCOMPARE(cells[8].toDouble(), 0.01);
        std::vector<int> batch;
        for (const QString& row : cells[9].split(' '))
            batch.push_back(row.toInt());
        QVERIFY(batch == run.batches()[std::size_t(p.step - 1)]);
    }
}

QTEST_GUILESS_MAIN(TestFit)
#include "tst_fit.moc"
