// Whatever a learner types, GradLab answers with a message (and a column where there is one), never a
// crash, a hang or a number that is not one.

#include "descent/descent.h"
#include "descent/run_judgement.h"
#include "diff/symbolic.h"
#include "expression/printer.h"
#include "presets/catalogue.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestBadInput : public QObject {
    Q_OBJECT
private slots:
    void malformedFormula_data();
    void malformedFormula();
    void hostileNumbers_data();
    void hostileNumbers();
    void divergentRuns_data();
    void divergentRuns();
    void hugeInputsStayLinear();
    void powerTowerPrintsOnce();
};

void TestBadInput::malformedFormula_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<int>("column");
    QTest::newRow("unbalanced open") << QByteArray("((x+1)") << "missing ')' to close the '(' at column 1"
                                     << 1;
    QTest::newRow("unbalanced close") << QByteArray("(x+1))") << "unexpected ')' at column 6" << 6;
    QTest::newRow("empty") << QByteArray("") << "empty formula" << 1;
    QTest::newRow("lone minus") << QByteArray("-") << "incomplete formula" << 2;
    QTest::newRow("lone slash") << QByteArray("/") << "unexpected '/' at column 1" << 1;
    QTest::newRow("lone caret") << QByteArray("^") << "unexpected '^' at column 1" << 1;
    QTest::newRow("double caret") << QByteArray("2^^3") << "unexpected '^' at column 3" << 3;
    QTest::newRow("operator pair") << QByteArray("x*/2") << "unexpected '/' at column 3" << 3;
    QTest::newRow("unknown function") << QByteArray("foo(x)") << "unknown function 'foo' at column 1" << 1;
    QTest::newRow("misspelt function")
        << QByteArray("cso(x)") << "unknown function 'cso' at column 1 (did you mean 'cos'?)" << 1;
    QTest::newRow("three variables") << QByteArray("a*b*c") << "too many variables: a, b, c (at most two)"
                                     << 5;
    QTest::newRow("10000 nested brackets")
        << QByteArray(10000, '(') + "x" + QByteArray(10000, ')') << "formula is nested too deeply" << 201;
    QTest::newRow("NUL byte") << QByteArray("x+\0", 3) << "unexpected character U+0000 at column 3" << 3;
    QTest::newRow("invalid UTF-8") << QByteArray("x\xc3(") << "invalid UTF-8 (byte 0xC3) at column 2" << 2;
    QTest::newRow("overlong UTF-8") << QByteArray("\xc0\xafx") << "invalid UTF-8 (byte 0xC0) at column 1"
                                    << 1;
    QTest::newRow("lone continuation byte")
        << QByteArray("x\x80") << "invalid UTF-8 (byte 0x80) at column 2" << 2;
    QTest::newRow("control character")
        << QByteArray("x\x07") << "unexpected character U+0007 at column 2" << 2;
    QTest::newRow("emoji") << QByteArray("x+\xf0\x9f\x98\x80") << "unexpected character" << 3;
    QTest::newRow("number too large")
        << QByteArray("1e999") << "number '1e999' is too large to represent" << 1;
    QTest::newRow("number too small")
        << QByteArray("1e-999") << "number '1e-999' is too small to represent" << 1;
    QTest::newRow("1 MB of garbage") << QByteArray(1 << 20, '@') << "unexpected character '@' at column 1"
                                     << 1;
}

void TestBadInput::malformedFormula() {
    QFETCH(QByteArray, input);
    QFETCH(QString, messageStart);
    QFETCH(int, column);
    const FunctionResult r =
        CompiledFunction::create(std::string_view(input.constData(), std::size_t(input.size())));
    QVERIFY(!r.ok);
    QVERIFY2(QString::fromStdString(r.error.message).startsWith(messageStart), r.error.message.c_str());
    QCOMPARE(r.error.column, column);
}

void TestBadInput::hostileNumbers_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::newRow("overflow") << "1e308*10" << 0.0;
    QTest::newRow("zero over zero") << "0/0" << 0.0;
    QTest::newRow("log of zero") << "log(0)" << 0.0;
    QTest::newRow("log of negative") << "log(x)" << -3.0;
    QTest::newRow("pole") << "1/(x-2)" << 2.0;
    QTest::newRow("exp overflow") << "exp(x)" << 1000.0;
    QTest::newRow("huge power") << "x^1e6" << 10.0;
}

void TestBadInput::hostileNumbers() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    const FunctionPtr f = test::compile(formula, {"x"});
    QVERIFY(f);
    double g[2], h[4];
    const double v = f->valueGradientHessian(&x, g, h);
    QVERIFY(!std::isfinite(v) || !std::isfinite(g[0]));
    // A run from there stops as diverged at step 0 and records nothing non-finite.
    DescentSettings s;
    const Trajectory t = runDescent(f, &x, s);
    QCOMPARE(t.stopReason, StopReason::Diverged);
    for (const TrajectoryPoint& p : t.points)
        QVERIFY(std::isfinite(p.loss) && std::isfinite(p.gradNorm));
    QVERIFY(!t.stopDetail.empty());
    // Printing never produces text that does not parse back.
    QVERIFY(parse(toPlainText(f->simplified())).ok);
}

void TestBadInput::divergentRuns_data() {
    QTest::addColumn<int>("kind");
    for (int k = 0; k < kOptimizerCount; ++k)
        QTest::newRow(optimizerName(OptimizerKind(k))) << k;
}

void TestBadInput::divergentRuns() {
    QFETCH(int, kind);
    // Learning rates far too large on a steep function: a stop reason, finite records, no hang.
    for (const char* formula : {"x^4 + y^4", "exp(x) + exp(y)", "x^2 - y^2", "1/(x^2 + y^2)"}) {
        for (double lr : {10.0, 1e6, 1e300}) {
            const FunctionPtr f = test::compile(QString::fromLatin1(formula));
            DescentSettings s;
            s.optimizer = OptimizerKind(kind);
            s.hyperparameters.learningRate = lr;
            s.maxSteps = 10000;
            const double start[2] = {1.5, -0.5};
            const Trajectory t = runDescent(f, start, s);
            QVERIFY(t.stopReason != StopReason::Running);
            for (const TrajectoryPoint& p : t.points)
                QVERIFY(std::isfinite(p.loss) && std::isfinite(p.point[0]));
            // A stopped run is judged without a hang, and a diverged one is never called converged.
            const RunJudgement j = judgeRun(*f, t, s);
            QVERIFY(!j.outcome.empty());
            if (t.stopReason == StopReason::Diverged) {
                QVERIFY(!j.converged());
                QVERIFY(j.regime == Regime::Diverging || j.regime == Regime::Unbounded ||
                        j.regime == Regime::NotStarted || j.regime == Regime::LeftDomain);
            }
        }
    }
}

void TestBadInput::hugeInputsStayLinear() {
    // A 1 MB formula of 100 000 distinct terms parses, simplifies, differentiates and evaluates.
    std::string big;
    for (int i = 0; i < 100000 && big.size() < (1u << 20) - 32; ++i)
        big += (i ? "+" : "") + std::to_string(i % 97) + "*sin(" + std::to_string(i % 13) + "x)";
    QVERIFY(big.size() > 1000000);
    const FunctionResult r = CompiledFunction::create(big);
    QVERIFY2(r.ok, r.error.message.c_str());
    QVERIFY(std::isfinite(r.function->value(0.5)));
}

void TestBadInput::powerTowerPrintsOnce() {
    // Found by the fuzzer: printing this tower's derivative took seconds, because a single-factor
    // product printed its factor twice at every level (exponential in depth). Now it is instant; a
    // regression shows as a suite that takes minutes.
    const FunctionResult r = CompiledFunction::create(
        "-2^-2^-2^-2^-2^-22^-2^-2^-4^--2^-2^-2^-2^-2^-22^-2^-2^-4^-2^-2^-2^-2^y2^-2^-2^-2^y");
    QVERIFY(r.ok);
    for (int i = 0; i < 2; ++i) {
        const std::string text = toPlainText(r.function->partial(i));
        QVERIFY(text.size() > 100 && text.size() < 100000);
        QVERIFY(parse(text, ParseOptions{r.function->variables(), 200}).ok);
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
