// The command line as a user runs it: the real executable, its JSON and CSV, its errors and exit codes.

#include "cli_runner.h"

#include "descent/run_judgement.h"
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QTest>
#include <cmath>

namespace {

using Result = CliResult;

QJsonObject json(const QStringList& args) {
    const Result r = runGradlab(args);
    if (r.exitCode != 0) qWarning("exit %d: %s", r.exitCode, r.err.constData());
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError) qWarning("bad JSON: %s", r.out.constData());
    return d.object();
}

QVector<double> numbers(const QJsonValue& v) {
    QVector<double> out;
    for (const QJsonValue& x : v.toArray())
        out << x.toDouble();
    return out;
}

/// A file with `text` in a folder that lasts as long as the test, named `name`.
QString dataFile(const QByteArray& text, const QString& name = QStringLiteral("data.csv")) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

/// Ten points near y = 2x + 1, x = 0 … 9.
const QByteArray kTenPoints =
    "x,y\n0,1.2\n1,2.7\n2,5.3\n3,6.8\n4,9.1\n5,11.4\n6,12.7\n7,15.2\n8,16.9\n9,19.3\n";

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void diffJson();
    void diffText();
    void diffSaysWhatWasMeasured_data();
    void diffSaysWhatWasMeasured();
    void gradJson();
    void taylorJson_data();
    void taylorJson();
    void taylorText_data();
    void taylorText();
    void taylorErrors_data();
    void taylorErrors();
    void limitJson();
    void limitCsv();
    void descendCsvOneVariable();
    void descendSeveralOptimizersInOneTable();
    void descendCsvTwoVariables();
    void descendJson();
    void toleranceZeroTakesEverySteps();
    void sweepCsv();
    void sweepJson();
    void descendWithSchedule_data();
    void descendWithSchedule();
    void descendTextNamesScheduleAndNoise();
    void sweepWithScheduleAndNoiseRunsAsDescend();
    void descendSaysWhatTheCoreSays_data();
    void descendSaysWhatTheCoreSays();
    void presetsJson();
    void fitJson_data();
    void fitJson();
    void fitFullBatchIsUnshuffled();
    void fitCsv();
    void fitText();
    void fitBadData_data();
    void fitBadData();
    void fullPrecision();
    void helpForEverySubcommand_data();
    void helpForEverySubcommand();
    void badInput_data();
    void badInput();
};

void TestCli::diffJson() {
    const QJsonObject o = json({"diff", "x^3 - 6x^2 + 9x + 1", "--at", "2", "--json"});
    QCOMPARE(o.value("expr").toString(), QStringLiteral("x^3 - 6*x^2 + 9*x + 1"));
    QCOMPARE(o.value("variable").toString(), QStringLiteral("x"));
    QCOMPARE(o.value("derivative").toString(), QStringLiteral("3*x^2 - 12*x + 9"));
    QCOMPARE(o.value("at").toDouble(), 2.0);
    QCOMPARE(o.value("value").toDouble(), 3.0);
    QCOMPARE(o.value("slope").toDouble(), -3.0);
    const QJsonObject noAt = json({"diff", "sin(x)", "--json"});
    QVERIFY(!noAt.contains("at"));
    QCOMPARE(noAt.value("derivative").toString(), QStringLiteral("cos(x)"));
}

void TestCli::taylorJson_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QVector<double>>("coefficients");
    QTest::addColumn<QString>("bending");
    QTest::addColumn<double>("newton"); // NaN: no vertex
    QTest::newRow("x³ at 2") << "x^3"
                             << "2"
                             << "3" << QVector<double>{8, 12, 6, 1} << "up" << 1.0;
    QTest::newRow("exp at 0, order 4")
        << "exp(x)"
        << "0"
        << "4" << QVector<double>{1, 1, 0.5, 1.0 / 6, 1.0 / 24} << "up" << -1.0;
    QTest::newRow("sin at 0: no bending")
        << "sin(x)"
        << "0"
        << "3" << QVector<double>{0, 1, 0, -1.0 / 6} << "none" << std::nan("");
    QTest::newRow("−x² at 1: bending down") << "-x^2"
                                            << "1"
                                            << "2" << QVector<double>{-1, -2, -1} << "down" << 0.0;
    QTest::newRow("ln at 1, order 1") << "ln(x)"
                                      << "1"
                                      << "1" << QVector<double>{0, 1} << "down" << 2.0;
    QTest::newRow("sin at 1, order 8: a maximum")
        << "sin(x)"
        << "1"
        << "8" << QVector<double>{std::sin(1.0),        std::cos(1.0),         -std::sin(1.0) / 2,
                                  -std::cos(1.0) / 6,   std::sin(1.0) / 24,    std::cos(1.0) / 120,
                                  -std::sin(1.0) / 720, -std::cos(1.0) / 5040, std::sin(1.0) / 40320}
        << "down" << 1.0 + std::cos(1.0) / std::sin(1.0);
}

// The coefficients are f⁽ᵏ⁾(a)/k!, with the derivatives themselves, the tangent and Newton's step.
void TestCli::taylorJson() {
    QFETCH(QString, formula);
    QFETCH(QString, at);
    QFETCH(QString, order);
    QFETCH(QVector<double>, coefficients);
    QFETCH(QString, bending);
    QFETCH(double, newton);
    const QJsonObject o = json({"taylor", formula, "--at", at, "--order", order, "--json"});
    QCOMPARE(o.value("order").toInt(), order.toInt());
    QCOMPARE(o.value("at").toDouble(), at.toDouble());
    const QVector<double> c = numbers(o.value("coefficients"));
    QCOMPARE(c.size(), coefficients.size());
    for (int k = 0; k < c.size(); ++k)
        QVERIFY2(std::fabs(c[k] - coefficients[k]) < 1e-12, qPrintable(QString::number(k)));
    const QVector<double> d = numbers(o.value("derivatives"));
    double factorial = 1;
    for (int k = 0; k < d.size(); ++k) {
        factorial *= std::max(k, 1);
        QVERIFY(std::fabs(d[k] / factorial - c[k]) < 1e-12);
    }
    QCOMPARE(o.value("derivative_formulas").toArray().size(), c.size());
    QCOMPARE(o.value("tangent").toObject().value("slope").toDouble(), c[1]);
    QVERIFY(std::fabs(o.value("tangent").toObject().value("intercept").toDouble() -
                      (c[0] - c[1] * at.toDouble())) < 1e-12);
    QCOMPARE(o.value("bending").toString(), bending);
    if (std::isnan(newton)) {
        QVERIFY(o.value("newton").isNull());
    } else {
        const QJsonObject n = o.value("newton").toObject();
        QVERIFY(std::fabs(n.value("x").toDouble() - newton) < 1e-12);
        QCOMPARE(n.value("vertex").toString(),
                 bending == "up" ? QStringLiteral("minimum") : QStringLiteral("maximum"));
        // Learning rates only at a minimum: at a maximum 1/f″ and 2/f″ are negative, no rates.
        QCOMPARE(n.contains("rate"), bending == "up");
        QCOMPARE(n.contains("critical_rate"), bending == "up");
        if (bending == "up") {
            QVERIFY(std::fabs(n.value("critical_rate").toDouble() - 2 * n.value("rate").toDouble()) < 1e-15);
            QVERIFY(n.value("rate").toDouble() > 0);
        }
    }
}

void TestCli::taylorText_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("x² at 1: the critical rate, exactly")
        << QStringList{"x^2", "--at", "1"}
        << QStringList{"c0 = f(1) = 1",        "c1 = f'(1) = 2",
                       "c2 = f''(1)/2 = 1",    "c3 = f'''(1)/6 = 0",
                       "tangent: y = 2*x - 1", "bending up: f'' > 0",
                       "x_N = a - f'/f'' = 0", "lr 2/f'' = 1 is the critical rate\n"}
        << QStringList{"local quadratic model"};
    QTest::newRow("exp at 0: the critical rate near here")
        << QStringList{"exp(x)", "--at", "0"}
        << QStringList{"lr 2/f'' = 2 is the critical rate for the local quadratic model only", "near here"}
        << QStringList{};
    QTest::newRow("−x² at 1: a maximum has no rate")
        << QStringList{"-x^2", "--at", "1"}
        << QStringList{"bending down: f'' < 0", "parabola's maximum", "heads uphill", "no learning rate",
                       "negative"}
        << QStringList{"lr 1/f'' =", "critical rate", "neither"};
    QTest::newRow("sin at 0, order 8: no vertex")
        << QStringList{"sin(x)", "--at", "0", "--order", "8"}
        << QStringList{"c8 = f^(8)(0)/40320 = 0", "f'' = 0: no bending", "Newton's step: none"}
        << QStringList{"critical rate"};
    QTest::newRow("sin at 1, order 8")
        << QStringList{"sin(x)", "--at", "1", "--order", "8"}
        << QStringList{"c8 = f^(8)(1)/40320", "parabola's maximum"} << QStringList{"critical rate"};
    QTest::newRow("cos at 0: −sin(0) reads 0, not −0")
        << QStringList{"cos(x)", "--at", "0"}
        << QStringList{"c1 = f'(0) = 0 ", "tangent: y = 0*x + 1\n", "parabola's maximum is the point itself",
                       "neither Newton's method nor gradient descent moves"}
        << QStringList{"-0 ", "-0*", "heads uphill"};
    QTest::newRow("x⁴ at 1, order 1")
        << QStringList{"x^4", "--at", "1", "--order", "1"}
        << QStringList{"T(x) = 1 + 4*(x - 1)\n", "for the local quadratic model"} << QStringList{};
}

// The text says what it computed, ends with a newline and says nothing twice (no "f'' = 0" in two lines).
void TestCli::taylorText() {
    QFETCH(QStringList, args);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const Result r = runGradlab(QStringList{"taylor"} + args);
    QCOMPARE(r.exitCode, 0);
    for (const QString& line : present)
        QVERIFY2(r.out.contains(line.toUtf8()), qPrintable(line + QStringLiteral(" not in:\n") + r.out));
    for (const QString& line : absent)
        QVERIFY2(!r.out.contains(line.toUtf8()), qPrintable(line + QStringLiteral(" in:\n") + r.out));
    QVERIFY2(r.out.endsWith('\n'), r.out.constData());
    // A claim about f'' itself (not a quotient such as a - f'/f'' = 0) is made once.
    QStringList claims;
    const QRegularExpression claim(QStringLiteral("(?<![/'])f'' [=<>] [^\\s:,)]+"));
    for (auto m = claim.globalMatch(QString::fromUtf8(r.out)); m.hasNext();) {
        const QString c = m.next().captured();
        QVERIFY2(!claims.contains(c), qPrintable(c + QStringLiteral(" twice in:\n") + r.out));
        claims << c;
    }
}

void TestCli::taylorErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("|x| at 0: a corner") << QStringList{"abs(x)", "--at", "0"} << "f has a corner at x = 0";
    QTest::newRow("relu at 0: a corner") << QStringList{"relu(x)", "--at", "0"} << "f has a corner at x = 0";
    QTest::newRow("sqrt at 0: vertical") << QStringList{"sqrt(x)", "--at", "0"} << "vertical";
    QTest::newRow("ln at −1: undefined") << QStringList{"ln(x)", "--at", "-1"} << "not defined at x = -1";
    QTest::newRow("order 0") << QStringList{"sin(x)", "--at", "0", "--order", "0"} << "--order";
    QTest::newRow("order 9") << QStringList{"sin(x)", "--at", "0", "--order", "9"} << "--order";
    QTest::newRow("two variables") << QStringList{"x*y", "--at", "0"} << "one variable";
    QTest::newRow("no --at") << QStringList{"sin(x)"} << "--at";
    QTest::newRow("x^(5/2) at 0: no third derivative")
        << QStringList{"x^(5/2)", "--at", "0", "--order", "3"} << "--order 2 stops before it";
}

void TestCli::taylorErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = runGradlab(QStringList{"taylor"} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::diffText() {
    const Result r = runGradlab({"diff", "x^3 - 6x^2 + 9x + 1", "--format", "unicode"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("f'(x) = 3x² − 12x + 9"), r.out.constData());
}

void TestCli::diffSaysWhatWasMeasured_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("slope");
    QTest::newRow("1/x at 0: undefined, not inf") << "1/x"
                                                  << "0"
                                                  << "f(0)  is undefined"
                                                  << "f'(0) is undefined";
    QTest::newRow("log at 0") << "log(x)"
                              << "0"
                              << "f(0)  is undefined"
                              << "f'(0) is undefined";
    QTest::newRow("exp at 800: an overflow") << "exp(x)"
                                             << "800"
                                             << "f(800)  > 1.79769313486e+308"
                                             << "f'(800) > 1.79769313486e+308";
    QTest::newRow("sin at π/2: its slope is round-off") << "sin(x)"
                                                        << "1.5707963267948966"
                                                        << "f(1.57079632679)  = 1"
                                                        << "f'(1.57079632679) ≈ 0";
    QTest::newRow("ln at −1: no f, so no f′ (not −1)") << "ln(x)"
                                                       << "-1"
                                                       << "f(-1)  is undefined"
                                                       << "f'(-1) is undefined\nnote: f is not defined here";
    QTest::newRow("ln(x) + x^2 at −2 (not −4.5)") << "ln(x)+x^2"
                                                  << "-2"
                                                  << "f(-2)  is undefined"
                                                  << "f'(-2) is undefined\n";
    QTest::newRow("sqrt at 0: vertical tangent, not ∞") << "sqrt(x)"
                                                        << "0"
                                                        << "f(0)  = 0"
                                                        << "f'(0) is undefined (vertical tangent)";
    QTest::newRow("x^2 at 1e-6: a small slope is a slope") << "x^2"
                                                           << "1e-6"
                                                           << "f(1e-06)  = 1e-12"
                                                           << "f'(1e-06) = 2e-06";
}

void TestCli::diffSaysWhatWasMeasured() {
    QFETCH(QString, formula);
    QFETCH(QString, at);
    QFETCH(QString, value);
    QFETCH(QString, slope);
    const Result r = runGradlab({QStringLiteral("diff"), formula, QStringLiteral("--at"), at});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(value), r.out.constData());
    QVERIFY2(out.contains(slope), r.out.constData());
    QVERIFY2(!out.contains(QStringLiteral("inf")), r.out.constData());
    QVERIFY2(!out.contains(QStringLiteral("∞")), r.out.constData());
    // --json gives a number for the slope exactly where the text does (null: undefined or too large).
    const QJsonObject o =
        json({QStringLiteral("diff"), formula, QStringLiteral("--at"), at, QStringLiteral("--json")});
    QCOMPARE(o.value("slope").isNull(),
             !(slope.contains(QStringLiteral(") = ")) || slope.contains(QStringLiteral(") ≈ "))));
}

void TestCli::gradJson() {
    const QJsonObject o = json({"grad", "(1-x)^2 + 100(y-x^2)^2", "--at", "-1.5,2", "--json"});
    QCOMPARE(o.value("variables").toArray().size(), 2);
    QCOMPARE(o.value("partials").toArray().at(1).toString(), QStringLiteral("200*(y - x^2)"));
    QCOMPARE(o.value("value").toDouble(), 12.5);
    QCOMPARE(numbers(o.value("gradient")), (QVector<double>{-155, -50}));
    QCOMPARE(o.value("norm").toDouble(), std::hypot(155.0, 50.0));
    const QJsonArray h = o.value("hessian").toArray();
    // ∂²f/∂x² = 1200x² − 400y + 2 = 1902 and ∂²f/∂x∂y = −400x = 600 at (−1.5, 2)
    QCOMPARE(numbers(h.at(0)), (QVector<double>{1902, 600}));
    QCOMPARE(numbers(h.at(1)), (QVector<double>{600, 200}));
    const QJsonObject m = o.value("methods").toObject();
    for (const char* key : {"symbolic", "forward_ad", "reverse_ad", "central_difference"}) {
        const QVector<double> g = numbers(m.value(key));
        QCOMPARE(g.size(), 2);
        QVERIFY2(std::fabs(g[0] + 155) < 1e-6 && std::fabs(g[1] + 50) < 1e-6, key);
    }
}

void TestCli::limitJson() {
    const QJsonObject o = json({"limit", "x^2", "--at", "2", "--json"});
    QCOMPARE(o.value("exact").toDouble(), 4.0);
    const QJsonArray rows = o.value("rows").toArray();
    QCOMPARE(rows.size(), 5);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value("h").toDouble(), 1.0);
    QCOMPARE(first.value("f_a_plus_h").toDouble(), 9.0);
    QCOMPARE(first.value("delta_y").toDouble(), 5.0);
    QCOMPARE(first.value("slope").toDouble(), 5.0);
    QCOMPARE(first.value("error").toDouble(), 1.0);
    const QJsonObject central =
        json({"limit", "x^3", "--at", "1", "--h", "0.1", "--scheme", "central", "--json"});
    QVERIFY(std::fabs(central.value("rows").toArray().at(0).toObject().value("slope").toDouble() - 3.01) <
            1e-12);
}

void TestCli::limitCsv() {
    const Result r = runGradlab({"limit", "x^2", "--at", "2", "--h", "1,0.5", "--csv"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("h,f_a_plus_h,f_a_minus_h,delta_y,slope,error"));
    QCOMPARE(lines[2], QByteArray("0.5,6.25,2.25,2.25,4.5,0.5"));
}

void TestCli::descendSeveralOptimizersInOneTable() {
    const Result many = runGradlab({"descend", "x^2 + 3y^2", "--start", "4,3", "--optimizer", "gd,adam",
                                    "--lr", "0.1,0.05", "--steps", "5", "--csv"});
    QCOMPARE(many.exitCode, 0);
    const QList<QByteArray> lines = many.out.trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("optimizer,step,x,y,loss,grad_x,grad_y,grad_norm,update_x,update_y,lr"));
    QCOMPARE(lines.size(), 1 + 2 * 6);
    // Each block is exactly that optimizer's run on its own.
    const Result adam = runGradlab({"descend", "x^2 + 3y^2", "--start", "4,3", "--optimizer", "adam", "--lr",
                                    "0.05", "--steps", "5", "--csv"});
    const QList<QByteArray> alone = adam.out.trimmed().split('\n');
    for (int i = 1; i <= 6; ++i) {
        QCOMPARE(lines[6 + i], "adam," + alone[i]);
        QVERIFY(lines[i].startsWith("gd,"));
    }
    const Result bad = runGradlab({"descend", "x^2 + 3y^2", "--start", "4,3", "--optimizer", "gd,adam",
                                   "--lr", "0.1,0.2,0.3", "--csv"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("one rate for all optimizers or one per optimizer (2), got 3"));
}

void TestCli::descendCsvOneVariable() {
    const Result r =
        runGradlab({"descend", "(w-3)^2", "--start", "8", "--lr", "0.1", "--steps", "10", "--csv"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 12);
    // The columns of the lesson's step table: each row is one step, its update the one its gradient causes.
    QCOMPARE(lines[0], QByteArray("step,w,loss,grad_w,update_w,lr"));
    QCOMPARE(lines[1], QByteArray("0,8,25,10,-1,0.10000000000000001"));
    for (int i = 1; i < 11; ++i) {
        const QList<QByteArray> row = lines[i].split(','), next = lines[i + 1].split(',');
        QVERIFY(std::fabs(row[4].toDouble() - -0.1 * row[3].toDouble()) < 1e-14);
        QVERIFY(std::fabs(row[1].toDouble() + row[4].toDouble() - next[1].toDouble()) < 1e-14);
    }
    const QList<QByteArray> last = lines[11].split(',');
    QCOMPARE(last[0], QByteArray("10"));
    QVERIFY(std::fabs(last[1].toDouble() - (3 + 5 * std::pow(0.8, 10))) < 1e-14);
    QCOMPARE(last[4], QByteArray()); // the run stopped: no update
    QCOMPARE(last[5], QByteArray());
}

void TestCli::descendCsvTwoVariables() {
    const Result r =
        runGradlab({"descend", "x^2 + 3y^2", "--start", "4,3", "--lr", "0.05", "--steps", "8", "--csv"});
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("step,x,y,loss,grad_x,grad_y,grad_norm,update_x,update_y,lr"));
    QCOMPARE(lines.size(), 10);
    const QList<QByteArray> last = lines[9].split(',');
    QVERIFY(std::fabs(last[1].toDouble() - 4 * std::pow(0.9, 8)) < 1e-14);
    QVERIFY(std::fabs(last[2].toDouble() - 3 * std::pow(0.7, 8)) < 1e-14);
}

void TestCli::descendJson() {
    const QJsonObject o = json({"descend", "x^2", "--start", "1", "--lr", "1.5", "--steps", "100", "--json"});
    QCOMPARE(o.value("optimizer").toString(), QStringLiteral("gd"));
    QCOMPARE(o.value("lr").toDouble(), 1.5);
    QCOMPARE(o.value("stop_reason").toString(), QStringLiteral("diverged"));
    QCOMPARE(o.value("stop_step").toInt(), 20);
    QCOMPARE(o.value("regime").toString(), QStringLiteral("diverging"));
    QCOMPARE(o.value("converged").toBool(), false);
    QCOMPARE(o.value("stop_detail").toString(), QStringLiteral("the loss passed 1e12"));
    QVERIFY(o.value("outcome").toString().startsWith(
        QStringLiteral("Diverged at step 20: the loss passed 1e12.")));
    QCOMPARE(o.value("outcome").toString().count(QStringLiteral("at step")), 1);
    const QJsonArray steps = o.value("steps").toArray();
    QVERIFY(!steps.isEmpty());
    const QJsonObject s0 = steps.at(0).toObject();
    for (const char* key : {"step", "point", "loss", "gradient", "grad_norm"})
        QVERIFY2(s0.contains(key), key);
    const QJsonObject adam = json({"descend", "x^2+3y^2", "--start", "4,3", "--lr", "0.1", "--steps", "1",
                                   "--optimizer", "adam", "--json"});
    const QVector<double> p1 = numbers(adam.value("steps").toArray().at(1).toObject().value("point"));
    QVERIFY(std::fabs(p1[0] - 3.9) < 1e-8 && std::fabs(p1[1] - 2.9) < 1e-8);
    QCOMPARE(numbers(adam.value("variables")).size(), 2);
}

void TestCli::toleranceZeroTakesEverySteps() {
    const QJsonObject o =
        json({"descend", "x^2", "--start", "1", "--lr", "0.5", "--steps", "7", "--tol", "0", "--json"});
    QCOMPARE(o.value("steps").toArray().size(), 8);
    QCOMPARE(o.value("stop_reason").toString(), QStringLiteral("max_steps"));
}

void TestCli::sweepCsv() {
    const Result r = runGradlab({"sweep", "x^2", "--start", "1", "--lr-min", "0.01", "--lr-max", "2",
                                 "--count", "5", "--steps", "100", "--csv"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0],
             QByteArray("lr,final_loss,minimum_loss,stop_step,stop_reason,converged,criterion,regime"));
    QVERIFY(lines[1].startsWith("0.01,"));
    QVERIFY(lines[1].endsWith(",max_steps,false,none,too_slow"));
    QVERIFY(lines[5].startsWith("2,"));
    QVERIFY(lines[5].endsWith(",diverged,false,none,diverging"));
}

void TestCli::descendSaysWhatTheCoreSays_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<QString>("regime");
    QTest::newRow("oscillating, r = -0.8") << "(w-3)^2"
                                           << "8"
                                           << "gd" << 0.9 << "oscillating";
    QTest::newRow("bouncing, r = -1") << "(w-3)^2"
                                      << "8"
                                      << "gd" << 1.0 << "bouncing";
    QTest::newRow("too slow") << "(w-3)^2"
                              << "8"
                              << "gd" << 1e-4 << "too_slow";
    QTest::newRow("monotone, converged by the loss gap") << "(w-3)^2"
                                                         << "8"
                                                         << "gd" << 0.1 << "monotone";
    QTest::newRow("steep bowl oscillates") << "5(w+1)^2"
                                           << "2"
                                           << "gd" << 0.15 << "oscillating";
    QTest::newRow("newton falls back") << "w^4 - 4w^2 + w"
                                       << "0.1"
                                       << "newton" << 1.0 << "oscillating";
    QTest::newRow("2-D zig-zag") << "x^2 + 3y^2"
                                 << "4,3"
                                 << "gd" << 0.3 << "oscillating";
}

void TestCli::descendSaysWhatTheCoreSays() {
    QFETCH(QString, formula);
    QFETCH(QString, start);
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    QFETCH(QString, regime);
    const QJsonObject o = json({"descend", formula, "--start", start, "--lr", QString::number(lr), "--steps",
                                "100", "--optimizer", optimizer, "--json"});
    QCOMPARE(o.value("regime").toString(), regime);
    // The same words as the app: the core's judgement of the same run.
    using namespace gradlab;
    DescentSettings s;
    optimizerByName(optimizer.toStdString(), s.optimizer);
    s.hyperparameters.learningRate = lr;
    s.maxSteps = 100;
    const FunctionResult f = CompiledFunction::create(formula.toStdString());
    std::vector<double> w;
    for (const QString& v : start.split(QLatin1Char(',')))
        w.push_back(v.toDouble());
    const RunJudgement j = judgeRun(*f.function, runDescent(f.function, w.data(), s), s);
    QCOMPARE(o.value("outcome").toString(), QString::fromStdString(j.outcome.english()));
    QCOMPARE(o.value("verdict").toString(), QString::fromStdString(j.verdict.english()));
    QCOMPARE(o.value("converged").toBool(), j.converged());
    if (optimizer == QLatin1String("newton"))
        QVERIFY(o.value("outcome").toString().contains(
            QStringLiteral("Newton's method took a plain gradient step")));
    // The plain-text report prints the same two sentences.
    const Result text = runGradlab({"descend", formula, "--start", start, "--lr", QString::number(lr),
                                    "--steps", "100", "--optimizer", optimizer});
    QVERIFY(text.out.contains(QByteArray::fromStdString(j.outcome.english())));
    QVERIFY(text.out.contains(QByteArray::fromStdString(j.verdict.english())));
}

void TestCli::sweepJson() {
    const QJsonObject o =
        json({"sweep", "(1-x)^2 + 100(y-x^2)^2", "--start", "-1.5,2", "--lr-min", "1e-4", "--lr-max", "10",
              "--count", "11", "--steps", "500", "--optimizer", "adam", "--json"});
    const QJsonArray rows = o.value("rows").toArray();
    QCOMPARE(rows.size(), 11);
    QCOMPARE(rows.at(0).toObject().value("lr").toDouble(), 1e-4);
    QCOMPARE(rows.at(10).toObject().value("lr").toDouble(), 10.0);
    for (const QJsonValue& row : rows) {
        const QJsonObject r = row.toObject();
        for (const char* key : {"lr", "final_loss", "minimum_loss", "stop_step", "stop_reason", "converged",
                                "criterion", "regime"})
            QVERIFY2(r.contains(key), key);
        if (r.value("stop_reason").toString() == QLatin1String("converged"))
            QVERIFY(r.value("converged").toBool());
        if (r.value("stop_reason").toString() == QLatin1String("diverged"))
            QVERIFY(!r.value("converged").toBool());
    }
}

void TestCli::presetsJson() {
    const Result r = runGradlab({"presets", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QVERIFY(a.size() >= 19);
    bool rosenbrock = false;
    for (const QJsonValue& v : a) {
        const QJsonObject p = v.toObject();
        if (p.value("id").toString() == QLatin1String("rosenbrock")) {
            rosenbrock = true;
            QCOMPARE(numbers(p.value("minima").toArray().at(0).toObject().value("point")),
                     (QVector<double>{1, 1}));
        }
    }
    QVERIFY(rosenbrock);
}

void TestCli::fitJson_data() {
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("epochs");
    QTest::addColumn<int>("stepsPerEpoch");
    QTest::addColumn<int>("lastBatch");
    QTest::newRow("sgd, batch 1") << "gd" << 1 << 2 << 10 << 1;
    QTest::newRow("adam, batch 3") << "adam" << 3 << 4 << 4 << 1;
    QTest::newRow("momentum, batch 5") << "momentum" << 5 << 3 << 2 << 5;
    QTest::newRow("newton, batch 4") << "newton" << 4 << 2 << 3 << 2;
}

void TestCli::fitJson() {
    QFETCH(QString, optimizer);
    QFETCH(int, batchSize);
    QFETCH(int, epochs);
    QFETCH(int, stepsPerEpoch);
    QFETCH(int, lastBatch);
    const QStringList args = {"fit",
                              "--data",
                              dataFile(kTenPoints),
                              "--optimizer",
                              optimizer,
                              "--lr",
                              "0.01",
                              "--batch-size",
                              QString::number(batchSize),
                              "--epochs",
                              QString::number(epochs),
                              "--seed",
                              "7",
                              "--start",
                              "0.5,-1",
                              "--json"};
    const QJsonObject o = json(args);
    QCOMPARE(o.value("n").toInt(), 10);
    QCOMPARE(o.value("optimizer").toString(), optimizer);
    QCOMPARE(o.value("lr").toDouble(), 0.01);
    QCOMPARE(o.value("batch_size").toInt(), batchSize);
    QCOMPARE(o.value("epochs").toInt(), epochs);
    QCOMPARE(o.value("steps_per_epoch").toInt(), stepsPerEpoch);
    QCOMPARE(o.value("seed").toInt(), 7);
    QCOMPARE(o.value("schedule").toObject().value("kind").toString(), QStringLiteral("constant"));
    const QJsonObject best = o.value("least_squares").toObject();
    for (const char* key : {"w", "b", "loss", "unique"})
        QVERIFY2(best.contains(key), key);
    QCOMPARE(best.value("unique").toBool(), true);
    QCOMPARE(o.value("stop_reason").toString(), QStringLiteral("max_steps"));
    QCOMPARE(o.value("stop_step").toInt(), epochs * stepsPerEpoch);

    const QJsonArray steps = o.value("steps").toArray();
    QCOMPARE(steps.size(), 1 + epochs * stepsPerEpoch);
    const QJsonObject s0 = steps.at(0).toObject();
    QCOMPARE(s0.value("step").toInt(), 0);
    QCOMPARE(numbers(s0.value("point")), (QVector<double>{0.5, -1.0}));
    for (const char* key : {"loss", "gradient", "grad_norm"})
        QVERIFY2(s0.contains(key), key);
    for (const char* key : {"batch", "lr", "epoch"})
        QVERIFY2(!s0.contains(key), key);
    QVector<int> seen(10, 0);
    for (int k = 1; k < steps.size(); ++k) {
        const QJsonObject step = steps.at(k).toObject();
        QCOMPARE(step.value("step").toInt(), k);
        QCOMPARE(step.value("epoch").toInt(), (k - 1) / stepsPerEpoch + 1);
        QCOMPARE(step.value("lr").toDouble(), 0.01);
        QCOMPARE(numbers(step.value("point")).size(), 2);
        QCOMPARE(numbers(step.value("gradient")).size(), 2);
        const QVector<double> batch = numbers(step.value("batch"));
        QCOMPARE(batch.size(), k % stepsPerEpoch == 0 ? lastBatch : batchSize);
        QVERIFY(std::is_sorted(batch.begin(), batch.end()));
        for (double row : batch)
            ++seen[int(row)];
        if (k % stepsPerEpoch == 0) { // an epoch ends: every row once
            QCOMPARE(seen, QVector<int>(10, 1));
            seen.fill(0);
        }
    }
    QCOMPARE(json(args), o); // the same seed, the same run
}

void TestCli::fitFullBatchIsUnshuffled() {
    const QJsonObject o =
        json({"fit", "--data", dataFile(kTenPoints), "--lr", "0.01", "--epochs", "3", "--json"});
    QCOMPARE(o.value("batch_size").toInt(), 10);
    QCOMPARE(o.value("steps_per_epoch").toInt(), 1);
    const QJsonArray steps = o.value("steps").toArray();
    QCOMPARE(steps.size(), 4);
    QCOMPARE(numbers(steps.at(0).toObject().value("point")), (QVector<double>{0, 0}));
    for (int k = 1; k < 4; ++k)
        QCOMPARE(numbers(steps.at(k).toObject().value("batch")),
                 (QVector<double>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    // Gradient descent on the full data: the step is −lr × the gradient the previous point reports.
    for (int k = 1; k < 4; ++k) {
        const QVector<double> before = numbers(steps.at(k - 1).toObject().value("point"));
        const QVector<double> g = numbers(steps.at(k - 1).toObject().value("gradient"));
        const QVector<double> after = numbers(steps.at(k).toObject().value("point"));
        for (int i = 0; i < 2; ++i)
            QVERIFY(std::fabs(after[i] - (before[i] - 0.01 * g[i])) <= 1e-15 * std::fabs(before[i] + 1));
    }
    const QJsonObject other = json({"fit", "--data", dataFile(kTenPoints), "--lr", "0.01", "--epochs", "3",
                                    "--batch-size", "3", "--seed", "8", "--json"});
    const QJsonObject same = json({"fit", "--data", dataFile(kTenPoints), "--lr", "0.01", "--epochs", "3",
                                   "--batch-size", "3", "--seed", "9", "--json"});
    QVERIFY(other.value("steps") != same.value("steps")); // another seed, other batches
}

void TestCli::fitCsv() {
    const Result r = runGradlab({"fit", "--data", dataFile(kTenPoints), "--lr", "0.01", "--batch-size", "4",
                                 "--epochs", "2", "--seed", "3", "--csv"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("step,epoch,w,b,loss,grad_w,grad_b,grad_norm,lr,batch"));
    QCOMPARE(lines.size(), 1 + 1 + 2 * 3);
    QVERIFY2(lines[1].startsWith("0,,0,0,") && lines[1].endsWith(",,"), lines[1].constData());
    const QList<QByteArray> row = lines[3].split(',');
    QCOMPARE(row.size(), 10);
    QCOMPARE(row[1], QByteArray("1"));
    QCOMPARE(row[8], QByteArray("0.01"));
    QCOMPARE(row[9].split(' ').size(), 4);
    // The JSON of the same run reports the same batches.
    const QJsonObject o = json({"fit", "--data", dataFile(kTenPoints), "--lr", "0.01", "--batch-size", "4",
                                "--epochs", "2", "--seed", "3", "--json"});
    QStringList batch;
    for (double v : numbers(o.value("steps").toArray().at(2).toObject().value("batch")))
        batch << QString::number(v);
    QCOMPARE(QString::fromLatin1(row[9]), batch.join(' '));
}

void TestCli::fitText() {
    const Result r = runGradlab(
        {"fit", "--data", dataFile(kTenPoints), "--optimizer", "newton", "--lr", "1", "--epochs", "1"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("Newton's method fitting y = w*x + b to 10 points from "), r.out.constData());
    QVERIFY2(r.out.contains("batch size 10 (all the data), 1 update per epoch, 1 epoch\n"),
             r.out.constData());
    QVERIFY2(r.out.contains("stopped at step 1: took its only update (1 epoch)"), r.out.constData());
    QVERIFY2(r.out.contains("least squares: w = 2.01090909091, b = 1.01090909091, loss 0.0614181818182"),
             r.out.constData());
    // Newton on the whole data lands on the least-squares line in one step (numpy.polyfit: 2.0109090909,
    // 1.0109090909, mean squared error 0.0614181818182).
    QVERIFY2(r.out.contains("     1      1  2.01090909091    1.01090909091"), r.out.constData());
    const Result flat = runGradlab(
        {"fit", "--data", dataFile("x,y\n2,1\n2,5\n", "flat.csv"), "--lr", "0.1", "--epochs", "1"});
    QVERIFY2(
        flat.out.contains("least squares: every x is the same, so every line through the mean point is a "
                          "minimum (loss 4); the flat one is w = 0, b = 3"),
        flat.out.constData());
}

void TestCli::fitBadData_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing column")
        << QByteArray("x,z\n1,2\n")
        << "line 1: the header row must name the columns x and y (as in \"x,y\"), got \"x,z\"";
    QTest::newRow("not a number") << QByteArray("x,y\n1,2\n3,abc\n")
                                  << "line 3: 'abc' in column y is not a number";
    QTest::newRow("NaN") << QByteArray("x,y\n1,2\n\nNaN,1\n")
                         << "line 4: 'NaN' in column x is not a finite number";
    QTest::newRow("a short row") << QByteArray("x,y\n1,2\n3\n")
                                 << "line 3: expected 2 values, as in the header row, got 1";
    QTest::newRow("no rows") << QByteArray("x,y\n")
                             << ": there are no data rows after the header row: at least one point is needed";
    QTest::newRow("empty")
        << QByteArray("")
        << ": the file is empty: expected a header row \"x,y\" and at least one row of data";
}

void TestCli::fitBadData() {
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const QString path = dataFile(text, QStringLiteral("bad.csv"));
    const Result r = runGradlab({"fit", "--data", path, "--lr", "0.1", "--json"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString expected = "gradlab fit: " + path + (message.startsWith(':') ? "" : " ") + message + "\n";
    QCOMPARE(QString::fromUtf8(r.err), expected);
}

void TestCli::fullPrecision() {
    const Result r = runGradlab({"diff", "x/3", "--at", "1", "--json"});
    QVERIFY2(r.out.contains("\"value\": 0.33333333333333331"), r.out.constData());
}

void TestCli::helpForEverySubcommand_data() {
    QTest::addColumn<QString>("command");
    for (const char* c : {"diff", "grad", "limit", "descend", "sweep", "map", "fit", "presets"})
        QTest::newRow(c) << c;
}

void TestCli::helpForEverySubcommand() {
    QFETCH(QString, command);
    const Result r = runGradlab({command, "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Usage: gradlab " + command.toLatin1()));
    const Result all = runGradlab({"--help"});
    QVERIFY(all.out.contains("  " + command.toLatin1()));
}

void TestCli::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("formula error with column")
        << QStringList{"diff", "sin(x))"} << "gradlab diff: unexpected ')' at column 7\n  sin(x))\n        ^";
    QTest::newRow("missing formula") << QStringList{"diff"} << "gradlab diff: missing formula";
    QTest::newRow("two variables to diff")
        << QStringList{"diff", "x*y"} << "gradlab diff: diff takes a function of one variable";
    QTest::newRow("lr zero") << QStringList{"descend", "x^2", "--start", "1", "--lr", "0"}
                             << "gradlab descend: --lr must be a positive number, got '0'";
    QTest::newRow("lr not a number") << QStringList{"descend", "x^2", "--start", "1", "--lr", "fast"}
                                     << "gradlab descend: --lr must be a positive number, got 'fast'";
    QTest::newRow("start with wrong count")
        << QStringList{"descend", "x^2 + y^2", "--start", "1", "--lr", "0.1"}
        << "gradlab descend: --start needs 2 coordinates for f(x, y), got 1";
    QTest::newRow("unknown optimizer")
        << QStringList{"descend", "x^2", "--start", "1", "--lr", "0.1", "--optimizer", "sgdx"}
        << "gradlab descend: --optimizer: unknown optimizer 'sgdx'";
    QTest::newRow("unknown option") << QStringList{"grad", "x*y", "--at", "1,2", "--fast"}
                                    << "gradlab grad: unknown option '--fast'";
    QTest::newRow("unknown subcommand")
        << QStringList{"integrate", "x"} << "gradlab: unknown subcommand 'integrate'";
    QTest::newRow("bad scheme") << QStringList{"limit", "x^2", "--at", "1", "--scheme", "sideways"}
                                << "gradlab limit: --scheme must be forward, backward or central";
    QTest::newRow("negative steps") << QStringList{"descend", "x^2", "--start", "1",
                                                   "--lr",    "0.1", "--steps", "-3"}
                                    << "gradlab descend: --steps must be a whole number";
    QTest::newRow("unknown schedule")
        << QStringList{"descend", "x^2", "--start", "1", "--lr", "0.1", "--schedule", "linear"}
        << "gradlab descend: --schedule: unknown schedule 'linear' (choose one of constant, step, "
           "exponential, "
           "cosine, warmup-cosine)";
    QTest::newRow("setting the schedule does not read")
        << QStringList{"descend", "x^2",        "--start", "1",       "--lr",
                       "0.1",     "--schedule", "cosine",  "--gamma", "0.5"}
        << "gradlab descend: --gamma is not used by the cosine schedule";
    QTest::newRow("setting without a schedule")
        << QStringList{"descend", "x^2", "--start", "1", "--lr", "0.1", "--t-max", "5"}
        << "gradlab descend: --t-max is not used by the constant schedule";
    QTest::newRow("warm-up as long as t-max")
        << QStringList{"descend",    "x^2",           "--start", "1", "--lr",     "0.1",
                       "--schedule", "warmup-cosine", "--t-max", "5", "--warmup", "5"}
        << "gradlab descend: --warmup must be a whole number of at least 1 and less than t-max (5), got 5";
    QTest::newRow("gamma above 1") << QStringList{"sweep",      "x^2",         "--start",  "1",
                                                  "--lr-min",   "0.1",         "--lr-max", "1",
                                                  "--count",    "3",           "--steps",  "10",
                                                  "--schedule", "exponential", "--gamma",  "1.5"}
                                   << "gradlab sweep: --gamma must be greater than 0 and at most 1, got 1.5";
    QTest::newRow("negative noise") << QStringList{"descend", "x^2", "--start", "1",
                                                   "--lr",    "0.1", "--noise", "-1"}
                                    << "gradlab descend: --noise must be 0 or positive, got -1";
    QTest::newRow("sweep bounds reversed") << QStringList{"sweep",    "x^2", "--start", "1", "--lr-min", "1",
                                                          "--lr-max", "0.1", "--count", "3", "--steps",  "10"}
                                           << "gradlab sweep: --lr-max must not be below --lr-min";
    const QString data = dataFile(kTenPoints);
    QTest::newRow("fit without data") << QStringList{"fit", "--lr", "0.1"}
                                      << "gradlab fit: --data is required (a CSV file with a header row x,y)";
    QTest::newRow("fit without lr") << QStringList{"fit", "--data", data}
                                    << "gradlab fit: --lr is required (for example --lr 0.1)";
    QTest::newRow("fit has no noise") << QStringList{"fit", "--data", data, "--lr", "0.1", "--noise", "1"}
                                      << "gradlab fit: unknown option '--noise'";
    QTest::newRow("fit batch size 0")
        << QStringList{"fit", "--data", data, "--lr", "0.1", "--batch-size", "0"}
        << "gradlab fit: --batch-size must be a whole number from 1";
    QTest::newRow("fit start of one number")
        << QStringList{"fit", "--data", data, "--lr", "0.1", "--start", "1"}
        << "gradlab fit: --start needs 2 numbers, w and b of the line y = w*x + "
           "b, got 1";
    QTest::newRow("fit csv and json") << QStringList{"fit", "--data", data, "--lr", "0.1", "--csv", "--json"}
                                      << "gradlab fit: choose one of --csv and --json";
    QTest::newRow("fit with a formula") << QStringList{"fit", "x^2", "--data", data, "--lr", "0.1"}
                                        << "gradlab fit: unexpected argument 'x^2'";
    QTest::newRow("fit, a setting the schedule does not read")
        << QStringList{"fit", "--data", data, "--lr", "0.1", "--gamma", "0.5"}
        << "gradlab fit: --gamma is not used by the constant schedule";
    QTest::newRow("fit, too many updates")
        << QStringList{"fit", "--data", data, "--lr", "0.1", "--batch-size", "1", "--epochs", "2000000"}
        << "gradlab fit: --epochs × updates per epoch must be at most 10000000, got 2000000 × 10";
    QTest::newRow("fit, no such file") << QStringList{"fit", "--data", data + ".missing", "--lr", "0.1"}
                                       << "gradlab fit: " + data + ".missing: cannot be read";
    QTest::newRow("fit, a folder") << QStringList{"fit", "--data", QFileInfo(data).path(), "--lr", "0.1"}
                                   << "gradlab fit: " + QFileInfo(data).path() +
                                          ": is a folder, not a CSV file";
}

void TestCli::badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = runGradlab(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
}

void TestCli::descendWithSchedule_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("schedule"); // the "schedule" object as JSON
    QTest::addColumn<double>("noise");
    QTest::newRow("constant by default") << QStringList{} << R"({"kind":"constant"})" << 0.0;
    QTest::newRow("step") << QStringList{"--schedule", "step", "--step-size", "3", "--gamma", "0.5"}
                          << R"({"kind":"step","step_size":3,"gamma":0.5})" << 0.0;
    QTest::newRow("exponential, default gamma")
        << QStringList{"--schedule", "exponential"} << R"({"kind":"exponential","gamma":0.1})" << 0.0;
    QTest::newRow("cosine past t-max, noise")
        << QStringList{"--schedule", "cosine",  "--t-max", "4",      "--eta-min",
                       "0.01",       "--noise", "0.2",     "--seed", "9"}
        << R"({"kind":"cosine","t_max":4,"eta_min":0.01})" << 0.2;
    QTest::newRow("warm-up")
        << QStringList{"--schedule", "warmup-cosine",  "--warmup", "3", "--t-max",
                       "8",          "--start-factor", "0.25"}
        << R"({"kind":"warmup-cosine","t_max":8,"eta_min":0,"warmup":3,"start_factor":0.25})" << 0.0;
}

// The schedule as read, each step's rate as the core schedules it, the CSV's lr column the same rates one
// row earlier (the row whose gradient the update uses), and the same seed giving the same run.
void TestCli::descendWithSchedule() {
    QFETCH(QStringList, options);
    QFETCH(QString, schedule);
    QFETCH(double, noise);
    const QStringList run =
        QStringList{"descend", "x^2 + 3y^2", "--start", "4,3", "--lr", "0.1", "--steps", "12", "--tol", "0"} +
        options;
    const QJsonObject o = json(run + QStringList{"--json"});
    QCOMPARE(o.value("schedule").toObject(), QJsonDocument::fromJson(schedule.toUtf8()).object());
    QCOMPARE(o.contains("noise"), noise > 0);
    QCOMPARE(o.contains("seed"), noise > 0);
    if (noise > 0) {
        QCOMPARE(o.value("noise").toDouble(), noise);
        QCOMPARE(o.value("seed").toInt(), 9);
    }
    gradlab::Schedule s;
    const QJsonObject so = o.value("schedule").toObject();
    QVERIFY(gradlab::scheduleByName(so.value("kind").toString().toStdString(), s.kind));
    s.stepSize = so.value("step_size").toInt(s.stepSize);
    s.gamma = so.value("gamma").toDouble(s.gamma);
    s.tMax = so.value("t_max").toInt(s.tMax);
    s.etaMin = so.value("eta_min").toDouble(s.etaMin);
    s.warmup = so.value("warmup").toInt(s.warmup);
    s.startFactor = so.value("start_factor").toDouble(s.startFactor);
    const QJsonArray steps = o.value("steps").toArray();
    QCOMPARE(steps.size(), 13);
    QVERIFY(!steps[0].toObject().contains("lr"));
    for (int k = 1; k < steps.size(); ++k)
        QCOMPARE(steps[k].toObject().value("lr").toDouble(), gradlab::scheduledRate(s, 0.1, k));
    const Result csv = runGradlab(run + QStringList{"--csv"});
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 14);
    QVERIFY(lines[0].endsWith(",lr"));
    for (int k = 0; k < 12; ++k)
        QCOMPARE(lines[k + 1].split(',').last().toDouble(), steps[k + 1].toObject().value("lr").toDouble());
    QCOMPARE(lines[13].split(',').last(), QByteArray());
    QCOMPARE(json(run + QStringList{"--json"}), o); // the same seed, the same run
}

void TestCli::descendTextNamesScheduleAndNoise() {
    const Result plain = runGradlab({"descend", "x^2", "--start", "1", "--lr", "0.1", "--steps", "3"});
    QVERIFY(plain.out.contains("\nschedule: Constant; no gradient noise\n"));
    QVERIFY(!plain.out.contains(" lr\n")); // a constant rate needs no column
    const Result r =
        runGradlab({"descend", "x^2", "--start", "1", "--lr", "0.1", "--steps", "3", "--schedule", "step",
                    "--step-size", "2", "--gamma", "0.5", "--noise", "0.25", "--seed", "3"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains("\nschedule: Step decay (step-size 2, gamma 0.5); gradient noise: each update's "
                       "gradient gets Gaussian noise of standard deviation 0.25 per coordinate (seed 3)\n"),
        r.out.constData());
    // Each row shows the rate of the update that led to it.
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines[3].trimmed().endsWith(" lr"));
    QVERIFY(lines[4].trimmed().endsWith(" -"));
    QVERIFY(lines[5].trimmed().endsWith(" 0.1"));
    QVERIFY(lines[6].trimmed().endsWith(" 0.1"));
    QVERIFY(lines[7].trimmed().endsWith(" 0.05"));
}

// sweep reads the schedule and noise as descend does: each row is the descend run with that base rate.
void TestCli::sweepWithScheduleAndNoiseRunsAsDescend() {
    const QStringList common = {"--start",    "-1,1.5",        "--steps",  "80", "--optimizer", "momentum",
                                "--schedule", "warmup-cosine", "--warmup", "5",  "--t-max",     "30",
                                "--noise",    "0.05",          "--seed",   "11"};
    const QJsonObject sweep = json(QStringList{"sweep", "(1-x)^2 + 10(y-x^2)^2", "--lr-min", "0.001",
                                               "--lr-max", "0.05", "--count", "4", "--json"} +
                                   common);
    QCOMPARE(sweep.value("schedule").toObject().value("kind").toString(), QStringLiteral("warmup-cosine"));
    QCOMPARE(sweep.value("noise").toDouble(), 0.05);
    const QJsonArray rows = sweep.value("rows").toArray();
    QCOMPARE(rows.size(), 4);
    for (const QJsonValue& row : rows) {
        const QJsonObject r = row.toObject();
        const QJsonObject d = json(QStringList{"descend", "(1-x)^2 + 10(y-x^2)^2", "--lr",
                                               QString::number(r.value("lr").toDouble(), 'g', 17), "--json"} +
                                   common);
        QCOMPARE(r.value("stop_step").toInt(), d.value("stop_step").toInt());
        QCOMPARE(r.value("stop_reason").toString(), d.value("stop_reason").toString());
        QCOMPARE(r.value("regime").toString(), d.value("regime").toString());
        QCOMPARE(r.value("final_loss").toDouble(),
                 d.value("steps").toArray().last().toObject().value("loss").toDouble());
    }
    const Result text = runGradlab(QStringList{"sweep", "(1-x)^2 + 10(y-x^2)^2", "--lr-min", "0.001",
                                               "--lr-max", "0.05", "--count", "4"} +
                                   common);
    QVERIFY(text.out.contains("schedule: Warm-up, then cosine (t-max 30, eta-min 0, warmup 5, start-factor "
                              "0.3333333333333333); gradient noise"));
    QVERIFY(text.out.contains("each lr below is the base rate the schedule scales"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
