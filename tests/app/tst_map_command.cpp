// `gradlab map` as a user runs it: the CSV's and JSON's shape, sampled cells equal to `gradlab descend` runs
// of the same settings, and bad input refused with a reason and exit code 2. Also `sweep --threads`.

#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

namespace {

QJsonObject json(const QStringList& args) {
    const CliResult r = runGradlab(args);
    if (r.exitCode != 0) qWarning("exit %d: %s", r.exitCode, r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

const QString kRosenbrock = QStringLiteral("(1-x)^2 + 100*(y-x^2)^2");

QStringList mapArgs(const QString& optimizer, const QString& param, const QString& pmin,
                    const QString& pmax) {
    return {"map",           kRosenbrock, "--start",     "-1.2,1", "--optimizer", optimizer,
            "--lr-min",      "1e-4",      "--lr-max",    "0.02",   "--lr-count",  "5",
            "--param",       param,       "--param-min", pmin,     "--param-max", pmax,
            "--param-count", "4",         "--steps",     "300"};
}

} // namespace

class TestMapCommand : public QObject {
    Q_OBJECT
private slots:
    void csvShape();
    void jsonShape();
    void textOutput();
    void cellsEqualDescendRuns_data();
    void cellsEqualDescendRuns();
    void threadsDoNotChangeTheAnswer();
    void badInput_data();
    void badInput();
};

void TestMapCommand::csvShape() {
    const CliResult r = runGradlab(mapArgs("momentum", "momentum", "0", "0.9") + QStringList{"--csv"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 5 * 4);
    QCOMPARE(lines[0], QByteArray("lr,momentum,final_loss,steps_to_converge,stop_reason"));
    // The learning rate outer, the parameter inner, both ends included.
    QCOMPARE(lines[1].split(',')[0], QByteArray("0.0001"));
    QCOMPARE(lines[1].split(',')[1], QByteArray("0"));
    QCOMPARE(lines[4].split(',')[0], QByteArray("0.0001"));
    QCOMPARE(lines[4].split(',')[1], QByteArray("0.9"));
    QCOMPARE(lines[5].split(',')[1], QByteArray("0"));
    QCOMPARE(lines[20].split(',')[0], QByteArray("0.02"));
    bool sawEmpty = false;
    for (int k = 1; k < lines.size(); ++k) {
        const QList<QByteArray> cells = lines[k].split(',');
        QCOMPARE(cells.size(), 5);
        // Empty steps exactly when the run did not converge.
        if (cells[3].isEmpty()) sawEmpty = true;
        if (cells[4] == "diverged") QVERIFY(cells[3].isEmpty());
    }
    QVERIFY(sawEmpty); // 300 steps at 1e-4 do not reach Rosenbrock's minimum
}

void TestMapCommand::jsonShape() {
    const QJsonObject o = json(mapArgs("adam", "beta1", "0", "0.99") + QStringList{"--json"});
    QCOMPARE(o.value("optimizer").toString(), QStringLiteral("adam"));
    QCOMPARE(o.value("param").toString(), QStringLiteral("beta1"));
    QCOMPARE(o.value("lr_count").toInt(), 5);
    QCOMPARE(o.value("param_count").toInt(), 4);
    QCOMPARE(o.value("steps").toInt(), 300);
    const QJsonArray rows = o.value("rows").toArray();
    QCOMPARE(rows.size(), 20);
    QCOMPARE(rows[0].toObject().value("lr").toDouble(), 1e-4);
    QCOMPARE(rows[3].toObject().value("beta1").toDouble(), 0.99);
    QCOMPARE(rows[19].toObject().value("lr").toDouble(), 0.02);
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        for (const char* key : {"lr", "beta1", "final_loss", "steps_to_converge", "stop_step", "stop_reason",
                                "outcome", "regime"})
            QVERIFY2(row.contains(key), key);
        QCOMPARE(row.value("steps_to_converge").isNull(), row.value("stop_reason").toString() != "converged");
        if (!row.value("steps_to_converge").isNull())
            QCOMPARE(row.value("steps_to_converge").toInt(), row.value("stop_step").toInt());
    }
}

void TestMapCommand::textOutput() {
    const CliResult r = runGradlab(mapArgs("rmsprop", "alpha", "0.5", "0.99"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("RMSprop on f = "));
    QVERIFY2(r.out.contains("5 learning rates × 4 alpha values"), r.out.constData());
    QVERIFY(r.out.contains("steps to converge"));
    QCOMPARE(r.out.trimmed().split('\n').size(), 4 + 20);
}

void TestMapCommand::cellsEqualDescendRuns_data() {
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("pmin");
    QTest::addColumn<QString>("pmax");
    QTest::newRow("momentum") << "momentum"
                              << "momentum"
                              << "0"
                              << "0.95";
    QTest::newRow("nesterov") << "nesterov"
                              << "momentum"
                              << "0.5"
                              << "0.9";
    QTest::newRow("adam beta2") << "adam"
                                << "beta2"
                                << "0.9"
                                << "0.999";
    QTest::newRow("rmsprop alpha") << "rmsprop"
                                   << "alpha"
                                   << "0"
                                   << "0.99";
}

void TestMapCommand::cellsEqualDescendRuns() {
    QFETCH(QString, optimizer);
    QFETCH(QString, param);
    QFETCH(QString, pmin);
    QFETCH(QString, pmax);
    const QJsonArray rows =
        json(mapArgs(optimizer, param, pmin, pmax) + QStringList{"--json"}).value("rows").toArray();
    QCOMPARE(rows.size(), 20);
    for (int k : {0, 6, 13, 19}) {
        const QJsonObject row = rows[k].toObject();
        const QJsonObject d =
            json({"descend", kRosenbrock, "--start", "-1.2,1", "--optimizer", optimizer, "--steps", "300",
                  "--lr", QString::number(row.value("lr").toDouble(), 'g', 17), "--" + param,
                  QString::number(row.value(param).toDouble(), 'g', 17), "--json"});
        QCOMPARE(row.value("stop_step").toInt(), d.value("stop_step").toInt());
        QCOMPARE(row.value("stop_reason").toString(), d.value("stop_reason").toString());
        QCOMPARE(row.value("regime").toString(), d.value("regime").toString());
        const double loss = d.value("steps").toArray().last().toObject().value("loss").toDouble();
        QCOMPARE(row.value("final_loss").toDouble(), loss);
        if (d.value("stop_reason").toString() == "converged")
            QCOMPARE(row.value("steps_to_converge").toInt(), d.value("stop_step").toInt());
        else
            QVERIFY(row.value("steps_to_converge").isNull());
    }
}

void TestMapCommand::threadsDoNotChangeTheAnswer() {
    const CliResult one =
        runGradlab(mapArgs("momentum", "momentum", "0", "0.9") + QStringList{"--csv", "--threads", "1"});
    const CliResult two =
        runGradlab(mapArgs("momentum", "momentum", "0", "0.9") + QStringList{"--csv", "--threads", "2"});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.out, two.out);
    const QStringList sweep = {"sweep", kRosenbrock, "--start", "-1.2,1",  "--lr-min", "1e-4", "--lr-max",
                               "0.01",  "--count",   "7",       "--steps", "200",      "--csv"};
    const CliResult s1 = runGradlab(sweep + QStringList{"--threads", "1"});
    const CliResult s2 = runGradlab(sweep + QStringList{"--threads", "2"});
    QCOMPARE(s1.exitCode, 0);
    QCOMPARE(s1.out, s2.out);
}

void TestMapCommand::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("adam momentum") << mapArgs("adam", "momentum", "0", "0.9")
                                   << "gradlab map: adam does not use momentum: choose beta1 or beta2";
    QTest::newRow("gd")
        << mapArgs("gd", "momentum", "0", "0.9")
        << "gradlab map: gd does not use momentum, nor any hyperparameter a map can vary besides "
           "the learning rate";
    QTest::newRow("beta1 of 1")
        << mapArgs("adam", "beta1", "0", "1")
        << "gradlab map: the largest beta1 (param-max) must be at least 0 and less than 1, got 1";
    QTest::newRow("unknown param")
        << mapArgs("adam", "gamma", "0", "0.9")
        << "gradlab map: --param: unknown parameter 'gamma' (choose one of momentum, "
           "beta1, beta2, alpha)";
    QStringList noCount = mapArgs("momentum", "momentum", "0", "0.9");
    noCount.removeAt(noCount.indexOf("--lr-count") + 1);
    noCount.removeAt(noCount.indexOf("--lr-count"));
    QTest::newRow("missing count") << noCount << "gradlab map: --lr-count is required";
    QStringList reversed = mapArgs("momentum", "momentum", "0.9", "0.1");
    QTest::newRow("reversed") << reversed
                              << "gradlab map: the largest momentum 0.1 is below the smallest 0.9";
    QTest::newRow("mapped option given")
        << mapArgs("momentum", "momentum", "0", "0.9") + QStringList{"--momentum", "0.5"}
        << "gradlab map: --momentum cannot be given with --param momentum: the map varies it from "
           "--param-min to --param-max (leave out --momentum)";
    QStringList gd = mapArgs("gd", "momentum", "0", "0.9");
    gd.removeAt(gd.indexOf("--param") + 1);
    gd.removeAt(gd.indexOf("--param"));
    QTest::newRow("gd without a parameter")
        << gd
        << "gradlab map: gd has no hyperparameter besides the learning rate to map: use gradlab sweep, which "
           "runs one row over the learning rate";
}

void TestMapCommand::badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliResult r = runGradlab(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), message);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestMapCommand)
#include "tst_map_command.moc"
