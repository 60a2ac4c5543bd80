// The step explanation (what the step inspector shows) against the trajectory it explains: every number is
// the run's own, and every substituted equation, re-evaluated from the numbers it prints, gives the result
// it prints to the printed precision. Over every optimizer, functions of one and two variables, noisy and
// scheduled runs, and Newton's fall-back.

#include "descent/descent.h"
#include "descent/step_explanation.h"
#include "expression/printer.h"
#include "test_helpers.h"

#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using namespace gradlab;

namespace {

// An interval [lo, hi]: a printed number stands for every value that prints so.
struct Interval {
    double lo, hi;
};

double halfUnit(double v, int significantDigits) {
    if (v == 0.0) return 0.0;
    const int e = static_cast<int>(std::floor(std::log10(std::fabs(v))));
    return 0.5 * std::pow(10.0, e - std::max(significantDigits, 6) + 1);
}

// Evaluates a substituted expression as the explanation prints it (numbers with "−", "·", "/", "+", "−",
// "√", "²", "^n", parentheses) in interval arithmetic: each number is widened by half a unit of its 6th
// significant digit (or of its last digit if it prints more: hyperparameters are printed exactly).
class IntervalEvaluator {
public:
    explicit IntervalEvaluator(const std::string& text)
        : m_s(text) {}
    bool evaluate(Interval& out) {
        out = sum();
        skipSpaces();
        return m_ok && m_i == m_s.size();
    }

private:
    std::string m_s;
    std::size_t m_i = 0;
    bool m_ok = true;

    void skipSpaces() {
        while (m_i < m_s.size() && m_s[m_i] == ' ')
            ++m_i;
    }
    bool accept(const char* token) {
        skipSpaces();
        const std::size_t n = std::strlen(token);
        if (m_s.compare(m_i, n, token) != 0) return false;
        m_i += n;
        return true;
    }
    static Interval widen(Interval a) {
        const double slack = 1e-12 * std::max(std::fabs(a.lo), std::fabs(a.hi)) + 1e-300;
        return {a.lo - slack, a.hi + slack};
    }
    Interval sum() {
        Interval a = product();
        for (;;) {
            if (accept("+")) {
                const Interval b = product();
                a = widen({a.lo + b.lo, a.hi + b.hi});
            } else if (accept("−")) {
                const Interval b = product();
                a = widen({a.lo - b.hi, a.hi - b.lo});
            } else {
                return a;
            }
        }
    }
    Interval product() {
        Interval a = power();
        for (;;) {
            if (accept("·")) {
                const Interval b = power();
                const double c[4] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
                a = widen({*std::min_element(c, c + 4), *std::max_element(c, c + 4)});
            } else if (accept("/")) {
                const Interval b = power();
                if (b.lo <= 0.0 && b.hi >= 0.0) {
                    a = {-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
                    continue;
                }
                const double c[4] = {a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi};
                a = widen({*std::min_element(c, c + 4), *std::max_element(c, c + 4)});
            } else {
                return a;
            }
        }
    }
    static Interval integerPower(Interval a, int n) {
        double lo = std::pow(a.lo, n), hi = std::pow(a.hi, n);
        if (lo > hi) std::swap(lo, hi);
        if (n % 2 == 0 && a.lo < 0.0 && a.hi > 0.0) lo = 0.0;
        return widen({lo, hi});
    }
    Interval power() {
        Interval a = primary();
        for (;;) {
            if (accept("²")) {
                a = integerPower(a, 2);
            } else if (accept("^")) {
                skipSpaces();
                std::size_t used = 0;
                const int n = std::stoi(m_s.substr(m_i), &used);
                m_i += used;
                a = integerPower(a, n);
            } else {
                return a;
            }
        }
    }
    Interval primary() {
        if (accept("(")) {
            const Interval a = sum();
            if (!accept(")")) m_ok = false;
            return a;
        }
        if (accept("√")) {
            const Interval a = primary();
            return widen({std::sqrt(std::max(0.0, a.lo)), std::sqrt(std::max(0.0, a.hi))});
        }
        return number();
    }
    Interval number() {
        skipSpaces();
        std::string plain;
        int digits = 0;
        bool leading = true;
        if (accept("−")) plain += '-';
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (std::isdigit(static_cast<unsigned char>(c))) {
                if (c != '0' || !leading) ++digits, leading = false;
                plain += c;
                ++m_i;
            } else if (c == '.') {
                plain += c;
                ++m_i;
            } else if (c == 'e') {
                plain += c;
                ++m_i;
                if (m_s.compare(m_i, 3, "−") == 0) {
                    plain += '-';
                    m_i += 3;
                }
                while (m_i < m_s.size() && std::isdigit(static_cast<unsigned char>(m_s[m_i])))
                    plain += m_s[m_i++];
                break;
            } else {
                break;
            }
        }
        if (plain.empty() || plain == "-") {
            m_ok = false;
            return {0.0, 0.0};
        }
        const double v = std::stod(plain);
        const double h = halfUnit(v, digits);
        return {v - h, v + h};
    }
};

// The printed number at the end of an equation's text, read back.
double printedResult(const std::string& text) {
    const std::size_t equals = text.rfind("= "), about = text.rfind("≈ ");
    const std::size_t at = about != std::string::npos && (equals == std::string::npos || about > equals)
                               ? about + std::string("≈ ").size()
                               : equals + 2;
    std::string s = text.substr(at);
    for (std::size_t i = s.find("−"); i != std::string::npos; i = s.find("−"))
        s.replace(i, 3, "-");
    return std::stod(s);
}

Trajectory run(const FunctionPtr& f, const QVector<double>& start, OptimizerKind kind, double lr,
               ScheduleKind schedule, double noise) {
    DescentSettings s;
    s.optimizer = kind;
    s.hyperparameters.learningRate = lr;
    s.hyperparameters.momentum = 0.8;
    s.hyperparameters.alpha = 0.9;
    s.hyperparameters.beta1 = 0.85;
    s.hyperparameters.beta2 = 0.99;
    s.maxSteps = 12;
    s.tolerance = 0.0;
    s.schedule.kind = schedule;
    s.schedule.stepSize = 3;
    s.schedule.gamma = 0.5;
    s.noise = noise;
    s.seed = 5;
    return runDescent(f, start.data(), s);
}

/// The run of the current row of numbersAreTheTrajectorys_data(), which the table tests read.
struct RowRun {
    FunctionPtr f;
    OptimizerKind kind = OptimizerKind::GradientDescent;
    double noise = 0.0;
    Trajectory t;
};

RowRun runOfRow() {
    QFETCH(QString, formula);
    QFETCH(QVector<double>, start);
    QFETCH(int, optimizer);
    QFETCH(double, lr);
    QFETCH(int, schedule);
    QFETCH(double, noise);
    RowRun r;
    r.f = test::compile(formula);
    r.kind = static_cast<OptimizerKind>(optimizer);
    r.noise = noise;
    if (r.f) r.t = run(r.f, start, r.kind, lr, static_cast<ScheduleKind>(schedule), noise);
    return r;
}

/// Calls check(k, explanation of step k) for every explainable step, stopping at the first failure.
template <class Check> void forEachStep(const RowRun& r, Check check) {
    for (int k = 0; k < explainableSteps(r.t) && !QTest::currentTestFailed(); ++k)
        check(k, explainStep(r.t, k, *r.f));
}

} // namespace

class TestStepExplanation : public QObject {
    Q_OBJECT
private slots:
    void numbersAreTheTrajectorys_data();
    void numbersAreTheTrajectorys();
    void equationsAddUpAsPrinted_data() { numbersAreTheTrajectorys_data(); }
    void equationsAddUpAsPrinted();
    void momentumLinesReadAsWritten();
    void newtonFallsBackAndSaysSo_data();
    void newtonFallsBackAndSaysSo();
    void stepsOutsideTheRunAreRefused();
    void numbersPrintAsTheLessonsDo_data();
    void numbersPrintAsTheLessonsDo();
    void negativeOperandsInBrackets_data();
    void negativeOperandsInBrackets();
    void noDoubleSigns_data() { numbersAreTheTrajectorys_data(); }
    void noDoubleSigns();
};

void TestStepExplanation::numbersAreTheTrajectorys_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QVector<double>>("start");
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("schedule");
    QTest::addColumn<double>("noise");
    struct Function {
        const char* formula;
        QVector<double> start;
        double lr;
    };
    const Function functions[] = {
        {"(w-3)^2", {8.0}, 0.1},
        {"w^4/4 - w^2 + 0.3*w", {2.2}, 0.05},
        {"exp(w/2) - 2*w", {-1.5}, 0.2},
        {"x^2 + 3*y^2", {4.0, 3.0}, 0.1},
        {"(1-x)^2 + 5*(y-x^2)^2", {-1.2, 1.4}, 0.01},
        {"x^2 + 10*y^2 + x*y", {3.0, -2.0}, 0.03},
    };
    for (OptimizerKind k : kOptimizers)
        for (const Function& f : functions)
            for (int variant = 0; variant < 3; ++variant) {
                const ScheduleKind schedule = variant == 1 ? ScheduleKind::Step : ScheduleKind::Constant;
                const double noise = variant == 2 ? 0.3 : 0.0;
                const char* what[] = {"constant", "step schedule", "noise 0.3"};
                QTest::addRow("%s, %s, %s", optimizerName(k), f.formula, what[variant])
                    << f.formula << f.start << static_cast<int>(k) << f.lr << static_cast<int>(schedule)
                    << noise;
            }
}

void TestStepExplanation::numbersAreTheTrajectorys() {
    const RowRun r = runOfRow();
    QVERIFY(r.f);
    const FunctionPtr& f = r.f;
    const Trajectory& t = r.t;
    const OptimizerKind kind = r.kind;
    const double noise = r.noise;
    QCOMPARE(explainableSteps(t), static_cast<int>(t.points.size()) - 1);
    QVERIFY(explainableSteps(t) >= 1);
    forEachStep(r, [&](int k, const StepExplanation& e) {
        QVERIFY2(e.valid, e.problem.c_str());
        const TrajectoryPoint &from = t.points[std::size_t(k)], &to = t.points[std::size_t(k) + 1];
        QCOMPARE(e.step, k);
        QCOMPARE(e.learningRate, to.learningRate);
        QCOMPARE(e.loss, from.loss);
        QCOMPARE(e.nextLoss, to.loss);
        QCOMPARE(e.newtonFellBack, to.newtonFellBack);
        QCOMPARE(e.noisy, noise > 0);
        QCOMPARE(e.variables, f->variables());
        for (int i = 0; i < t.dimension; ++i) {
            QCOMPARE(e.point[i], from.point[i]);
            QCOMPARE(e.gradient[i], from.gradient[i]);
            QCOMPARE(e.stepGradient[i], to.stepGradient[i]);
            QCOMPARE(e.next[i], to.point[i]);
            // The last line for each coordinate lands on θ_{k+1}, printed as the trajectory's value.
            const auto last = std::find_if(e.equations.rbegin(), e.equations.rend(),
                                           [i](const StepEquation& q) { return q.coordinate == i; });
            QVERIFY(last != e.equations.rend());
            QCOMPARE(last->value, to.point[i]);
            QVERIFY(last->symbolic.rfind(f->variables()[std::size_t(i)] + " ← ", 0) == 0); // an assignment
            QVERIFY(last->text().size() > explanationNumber(to.point[i]).size());
            QCOMPARE(last->text().substr(last->text().size() - explanationNumber(to.point[i]).size()),
                     explanationNumber(to.point[i]));
        }
        // The state under torch's names, before (the previous point's; 0 at the first update) and after.
        const std::string first = firstStateTorchName(kind), second = secondStateTorchName(kind);
        const std::size_t named = (first.empty() ? 0 : 1) + (second.empty() ? 0 : 1);
        QCOMPARE(e.state.size(), kind == OptimizerKind::Adam ? std::size_t(4) : named);
        for (std::size_t s = 0; s < named; ++s) {
            const StepStateVector& v = e.state[s];
            QCOMPARE(v.torchName, s == 0 ? first : second);
            QCOMPARE(v.hasBefore, k > 0);
            const double* before = s == 0 ? from.firstState : from.secondState;
            const double* after = s == 0 ? to.firstState : to.secondState;
            for (int i = 0; i < t.dimension; ++i) {
                QCOMPARE(v.after[i], after[i]);
                QCOMPARE(v.before[i], k > 0 ? before[i] : 0.0);
                // The equation that computes this state ends with the trajectory's value.
                const auto line =
                    std::find_if(e.equations.begin(), e.equations.end(), [&](const StepEquation& q) {
                        return q.coordinate == i && q.symbolic.rfind(v.symbol, 0) == 0;
                    });
                QVERIFY2(line != e.equations.end(), v.symbol.c_str());
                QCOMPARE(line->value, after[i]);
            }
        }
        if (kind == OptimizerKind::Adam)
            for (int i = 0; i < t.dimension; ++i) {
                QCOMPARE(e.state[2].after[i],
                         biasCorrected(to.firstState[i], t.hyperparameters.beta1, k + 1));
                QCOMPARE(e.state[3].after[i],
                         biasCorrected(to.secondState[i], t.hyperparameters.beta2, k + 1));
                QVERIFY(!e.state[2].hasBefore && !e.state[3].hasBefore);
            }
        QCOMPARE(e.hasEffectiveStepSize, hasPerCoordinateStepSize(kind));
        for (int i = 0; e.hasEffectiveStepSize && i < t.dimension; ++i)
            QCOMPARE(e.effectiveStepSize[i], effectiveStepSize(kind, t.hyperparameters, to.learningRate,
                                                               k + 1, to.firstState[i], to.secondState[i]));
        if (kind == OptimizerKind::Newton) {
            double g[2], h[4];
            f->valueGradientHessian(from.point, g, h);
            for (int i = 0; i < t.dimension * t.dimension; ++i)
                QCOMPARE(e.curvature[i], h[i]);
        }
        QVERIFY(!e.rule.empty());
        QCOMPARE(e.rule.front().english().find("noise") != std::string::npos, noise > 0);
    });
}

void TestStepExplanation::equationsAddUpAsPrinted() {
    const RowRun r = runOfRow();
    QVERIFY(r.f);
    int checked = 0;
    forEachStep(r, [&](int k, const StepExplanation& e) {
        for (const StepEquation& q : e.equations) {
            const std::string text = q.text();
            QCOMPARE(text.rfind(q.symbolic + " = ", 0), std::size_t(0));
            const double printed = printedResult(text);
            QCOMPARE(explanationNumber(printed), explanationNumber(q.value));
            Interval got{};
            IntervalEvaluator evaluator(q.substituted);
            QVERIFY2(evaluator.evaluate(got), ("cannot read back: " + q.substituted).c_str());
            const double h = halfUnit(printed, 6);
            QVERIFY2(got.lo <= printed + h && printed - h <= got.hi,
                     qPrintable(QStringLiteral("step %1: %2 re-evaluates to [%3, %4]")
                                    .arg(k)
                                    .arg(QString::fromStdString(text))
                                    .arg(got.lo, 0, 'g', 17)
                                    .arg(got.hi, 0, 'g', 17)));
            ++checked;
        }
    });
    QVERIFY(checked > 0);
}

void TestStepExplanation::momentumLinesReadAsWritten() {
    // The brief's example: v ← μ·v + g with μ = 0.9, then w ← w − η·v.
    const FunctionPtr f = test::compile("w^2");
    DescentSettings s;
    s.optimizer = OptimizerKind::Momentum;
    s.hyperparameters.learningRate = 0.1;
    s.maxSteps = 3;
    s.tolerance = 0.0;
    const double start = 1.5;
    const Trajectory t = runDescent(f, &start, s);
    const StepExplanation first = explainStep(t, 0, *f);
    QCOMPARE(first.equations.size(), std::size_t(2));
    QCOMPARE(first.equations[0].text(), std::string("v ← g = 3"));
    QCOMPARE(first.equations[1].text(), std::string("w ← w − η·v = 1.5 − 0.1·3 = 1.2"));
    const StepExplanation second = explainStep(t, 1, *f);
    QCOMPARE(second.equations[0].text(), std::string("v ← μ·v + g = 0.9·3 + 2.4 = 5.1"));
    QCOMPARE(second.equations[1].text(), std::string("w ← w − η·v = 1.2 − 0.1·5.1 = 0.69"));
    QCOMPARE(second.state[0].name.english(), std::string("velocity"));
}

void TestStepExplanation::newtonFallsBackAndSaysSo_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QVector<double>>("start");
    QTest::addColumn<bool>("fallsBack");
    QTest::newRow("1-D, bending down") << "w^3 - 3*w" << QVector<double>{-0.5} << true;
    QTest::newRow("1-D, bending up") << "w^3 - 3*w" << QVector<double>{1.5} << false;
    QTest::newRow("2-D saddle") << "x^2 - y^2" << QVector<double>{1.0, 0.5} << true;
    QTest::newRow("2-D bowl") << "x^2 + x*y + 2*y^2" << QVector<double>{1.0, 0.5} << false;
}

void TestStepExplanation::newtonFallsBackAndSaysSo() {
    QFETCH(QString, formula);
    QFETCH(QVector<double>, start);
    QFETCH(bool, fallsBack);
    const FunctionPtr f = test::compile(formula);
    DescentSettings s;
    s.optimizer = OptimizerKind::Newton;
    s.hyperparameters.learningRate = 0.5;
    s.maxSteps = 1;
    s.tolerance = 0.0;
    const Trajectory t = runDescent(f, start.data(), s);
    const StepExplanation e = explainStep(t, 0, *f);
    QVERIFY(e.valid);
    QCOMPARE(e.newtonFellBack, fallsBack);
    QCOMPARE(e.note.english().find("gradient step") != std::string::npos, fallsBack);
    // A fall-back is a gradient step: one line per coordinate, θ − η·g; else f″ or H appears in the rule.
    QCOMPARE(e.equations.size(), std::size_t(fallsBack ? f->dimension() : (f->dimension() == 1 ? 1 : 5)));
    const std::string expected = fallsBack             ? "θ ← θ − η·g"
                                 : f->dimension() == 2 ? "θ ← θ − η·d"
                                                       : "θ ← θ − η·g/f″";
    QCOMPARE(e.rule.back().english().substr(0, expected.size()), expected);
}

void TestStepExplanation::stepsOutsideTheRunAreRefused() {
    const FunctionPtr f = test::compile("(w-3)^2");
    DescentSettings s;
    s.maxSteps = 4;
    s.tolerance = 0.0;
    const double start = 8.0;
    const Trajectory t = runDescent(f, &start, s);
    QCOMPARE(explainableSteps(t), 4);
    for (int k : {-1, 4, 100}) {
        const StepExplanation e = explainStep(t, k, *f);
        QVERIFY(!e.valid);
        QVERIFY(e.problem.find(std::to_string(k)) != std::string::npos);
    }
    QVERIFY(!explainStep(t, 0, *test::compile("x^2 + y^2")).valid);
    QCOMPARE(explainableSteps(Trajectory{}), 0);
}

void TestStepExplanation::numbersPrintAsTheLessonsDo_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << 2.32 << "2.32";
    QTest::newRow("negative") << -1.2 << "−1.2";
    QTest::newRow("six digits") << 1.23456789 << "1.23457";
    QTest::newRow("minus zero") << -0.0 << "0";
    QTest::newRow("small") << -5.1e-9 << "−5.1e−9";
    QTest::newRow("large") << 1.5e12 << "1.5e12";
}

void TestStepExplanation::numbersPrintAsTheLessonsDo() {
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(explanationNumber(value)), text);
}

void TestStepExplanation::negativeOperandsInBrackets_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("operand");
    QTest::newRow("negative") << -0.0627809 << "(−0.0627809)";
    QTest::newRow("negative integer") << -2.0 << "(−2)";
    QTest::newRow("negative, exponent") << -1.5e-10 << "(−1.5e−10)";
    QTest::newRow("negative, large") << -123456789.0 << "(−1.23457e8)";
    QTest::newRow("positive") << 0.25 << "0.25";
    QTest::newRow("minus zero") << -0.0 << "0";
    QTest::newRow("positive, negative exponent") << 3e-7 << "3e−7";
}

void TestStepExplanation::negativeOperandsInBrackets() {
    // The one rule for a number substituted into a formula (core's asOperand, which the lessons use too).
    QFETCH(double, value);
    QFETCH(QString, operand);
    QCOMPARE(QString::fromStdString(asOperand(explanationNumber(value))), operand);
    // The shortest round-trip text keeps −0 as "-0": a sign, so brackets.
    QCOMPARE(QString::fromStdString(asOperand(formatNumber(value))).startsWith(QLatin1Char('(')),
             std::signbit(value));
}

void TestStepExplanation::noDoubleSigns() {
    // No substituted number follows an operator with its own sign: "w − 0.1·(−2)", never "w − 0.1·−2".
    const RowRun r = runOfRow();
    QVERIFY(r.f);
    const QRegularExpression doubleSign(QStringLiteral("[·×+−/]\\s*[−-][0-9]"));
    forEachStep(r, [&](int, const StepExplanation& e) {
        for (const StepEquation& q : e.equations) {
            const QString text = QString::fromStdString(q.text());
            QVERIFY2(!doubleSign.match(text).hasMatch(), qPrintable(text));
        }
    });
}

QTEST_GUILESS_MAIN(TestStepExplanation)
#include "tst_step_explanation.moc"
