// `gradlab code` as a user runs it: the real executable, its script or its refusal, its -o file written whole
// or not at all, and its errors and exit codes. (The scripts' numbers are checked against GradLab's JSON by
// the torch-labelled checks in tests/code.)

#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = CliResult;

const QString kLessons = QStringLiteral(
    "slope, secant, zoom, numeric, autograd, contour, descent1d, learning-rate, race, surface3d, "
    "fit-line");

/// A lesson and settings with a script in both languages, if any lesson writes one yet.
QStringList scriptedLesson() {
    const QStringList candidates[] = {
        {"descent1d", "(w-3)^2", "--start", "8", "--lr", "0.1", "--steps", "10"},
        {"slope", "x^3 - 2*x", "--at", "1.5"},
        {"secant", "sin(x)", "--at", "1", "--h", "0.5"},
        {"contour", "x^2 + 3*y^2", "--at", "1,2"},
    };
    for (const QStringList& args : candidates)
        if (runGradlab(QStringList{"code"} + args + QStringList{"--lang", "numpy"}).exitCode == 0 &&
            runGradlab(QStringList{"code"} + args + QStringList{"--lang", "torch"}).exitCode == 0)
            return args;
    return {};
}

/// Every entry of `dir` (hidden ones too, such as a temporary file left behind).
QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestCodeCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyLessonWritesAScriptOrSaysWhyNot_data();
    void everyLessonWritesAScriptOrSaysWhyNot();
    void badInput_data();
    void badInput();
    void outputFileIsWrittenWhole_data();
    void outputFileIsWrittenWhole();
    void outputThatCannotBeWrittenLeavesNothing_data();
    void outputThatCannotBeWrittenLeavesNothing();
    void helpListsIt();

private:
    QStringList m_scripted; ///< a lesson with a script (see scriptedLesson()), or empty
};

void TestCodeCommand::initTestCase() {
    m_scripted = scriptedLesson();
}

void TestCodeCommand::everyLessonWritesAScriptOrSaysWhyNot_data() {
    QTest::addColumn<QStringList>("args");
    for (const QString& id : kLessons.split(QStringLiteral(", "))) {
        const bool twoVariables = id == "contour" || id == "race" || id == "surface3d";
        QStringList args{"code", id};
        if (id != "fit-line") args << (twoVariables ? "x^2 + 3*y^2" : "x^3 - 2*x");
        for (const char* lang : {"numpy", "torch"})
            QTest::addRow("%s %s", qPrintable(id), lang) << (args + QStringList{"--lang", lang});
    }
}

void TestCodeCommand::everyLessonWritesAScriptOrSaysWhyNot() {
    QFETCH(QStringList, args);
    const QString lang = args.last();
    const Result r = runGradlab(args);
    if (r.exitCode == 0) {
        // A script for python3 alone: no GradLab import, one JSON object printed at the end.
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.startsWith("#"), r.out.left(200).constData());
        QVERIFY(r.out.endsWith("\n"));
        QVERIFY(!r.out.contains("import gradlab"));
        QVERIFY(r.out.contains("print(json.dumps("));
        QVERIFY(r.out.contains(lang == "torch" ? "import torch" : "import numpy"));
    } else {
        // A refusal names the language and why, on standard error, and prints no partial script.
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("gradlab code: no " + lang.toLatin1() + " script: "), r.err.constData());
        QVERIFY(r.err.trimmed().size() > QByteArray("gradlab code: no numpy script: ").size());
    }
}

void TestCodeCommand::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown lesson") << QStringList{"code", "tangent", "x^2", "--lang", "numpy"}
                                    << "gradlab code: unknown lesson 'tangent' (choose " + kLessons + ")";
    QTest::newRow("missing lesson") << QStringList{"code"}
                                    << "gradlab code: missing lesson (one of " + kLessons + ")";
    QTest::newRow("missing --lang") << QStringList{"code", "slope", "x^2"}
                                    << "gradlab code: --lang numpy|torch is required";
    QTest::newRow("empty --lang") << QStringList{"code", "slope", "x^2", "--lang", ""}
                                  << "gradlab code: --lang numpy|torch is required";
    QTest::newRow("unknown --lang") << QStringList{"code", "slope", "x^2", "--lang", "jax"}
                                    << "gradlab code: --lang must be numpy or torch, not 'jax'";
    QTest::newRow("language in capitals") << QStringList{"code", "slope", "x^2", "--lang", "NumPy"}
                                          << "gradlab code: --lang must be numpy or torch, not 'NumPy'";
    QTest::newRow("formula error with column") << QStringList{"code", "slope", "sin(x))", "--lang", "numpy"}
                                               << "gradlab code: unexpected ')' at column 7";
    QTest::newRow("render's option check")
        << QStringList{"code", "slope", "x^2", "--zoom", "1", "--lang", "numpy"}
        << "gradlab code: --zoom is for the zoom lesson";
    QTest::newRow("unquoted formula") << QStringList{"code", "slope", "x", "+", "1", "--lang", "numpy"}
                                      << "gradlab code: unexpected argument '+' (quote the formula)";
}

void TestCodeCommand::badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = runGradlab(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
}

void TestCodeCommand::outputFileIsWrittenWhole_data() {
    QTest::addColumn<QString>("lang");
    QTest::newRow("numpy") << "numpy";
    QTest::newRow("torch") << "torch";
}

void TestCodeCommand::outputFileIsWrittenWhole() {
    QFETCH(QString, lang);
    if (m_scripted.isEmpty()) QSKIP("no lesson writes a script yet");
    const QStringList args = QStringList{"code"} + m_scripted + QStringList{"--lang", lang};
    const Result printed = runGradlab(args);
    QCOMPARE(printed.exitCode, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.py"));
    // An older, longer file is replaced entirely.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(printed.out.size() * 2, '#'));
    old.close();
    for (const QString& option : {QStringLiteral("-o"), QStringLiteral("--output")}) {
        const Result r = runGradlab(args + QStringList{option, path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "wrote " + path.toUtf8() + "\n");
        QVERIFY(r.err.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), printed.out);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("lesson.py")});
    }
}

void TestCodeCommand::outputThatCannotBeWrittenLeavesNothing_data() {
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << "missing/lesson.py"
                                    << "gradlab code: Cannot write %1: the folder %2 does not exist.";
    QTest::newRow("a folder's name") << "folder"
                                     << "gradlab code: Cannot write %1: ";
}

void TestCodeCommand::outputThatCannotBeWrittenLeavesNothing() {
    QFETCH(QString, relative);
    QFETCH(QString, message);
    if (m_scripted.isEmpty()) QSKIP("no lesson writes a script yet");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString path = dir.filePath(relative);
    const Result r =
        runGradlab(QStringList{"code"} + m_scripted + QStringList{"--lang", "torch", "-o", path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString expected = message.contains(QLatin1String("%2"))
                                 ? message.arg(path, QFileInfo(path).absolutePath())
                                 : message.arg(path);
    QVERIFY2(QString::fromUtf8(r.err).startsWith(expected), r.err.constData());
    // No file and no temporary beside it: only the folder the test made, still empty.
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("folder")});
    QVERIFY(entries(dir.filePath(QStringLiteral("folder"))).isEmpty());
}

void TestCodeCommand::helpListsIt() {
    const Result help = runGradlab({"code", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith("Usage: gradlab code LESSON"));
    // The lessons come from the catalogue, the options are render's, and the matching subcommands are named.
    QVERIFY(help.out.contains(kLessons.toUtf8()));
    for (const char* word : {"--lang numpy|torch", "-o FILE.py", "--at", "--lr", "--optimizer", "--schedule",
                             "descend", "grad", "diff", "limit", "exit 2"})
        QVERIFY2(help.out.contains(word), word);
    const Result all = runGradlab({"--help"});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains("  code "));
}

QTEST_GUILESS_MAIN(TestCodeCommand)
#include "tst_code_command.moc"
