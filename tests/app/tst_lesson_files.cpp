// Lesson files on the real window: save → open round-trips every lesson exactly, bad files are refused
// with their reason and change nothing, unknown keys warn, missing keys take defaults, saving is atomic,
// and the session comes back at the next start.

#include "lessons/descent_lesson.h"
#include "lessons/fit_lesson.h"
#include "lessons/function_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/lesson_catalogue.h"
#include "lessons/lesson_file.h"
#include "lessons/lesson_set.h"
#include "lessons/race_lesson.h"
#include "lessons/secant_lesson.h"
#include "lessons/slope_lesson.h"
#include "lessons/zoom_lesson.h"
#include "undo/lesson_document.h"
#include "views/descent_view.h"
#include "views/fit_view.h"
#include "views/learning_rate_view.h"
#include "views/race_view.h"
#include "views/secant_view.h"
#include "views/slope_view.h"
#include "views/zoom_view.h"
#include "widgets/formula_field.h"
#include "window/file_actions.h"
#include "window/main_window.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVector>

using namespace gradlab;

namespace {

QMap<QString, QJsonObject> statesOf(const MainWindow& w) {
    return w.document()->states();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Changes every lesson away from its defaults through its controllers and fields.
void changeEverything(MainWindow& w) {
    auto* slope = static_cast<SlopeView*>(w.lesson("slope"));
    slope->formulaField()->setFormula("x^3 - 6x^2 + 9x + 1");
    slope->lesson()->setX(0.1 + 0.2); // 0.30000000000000004 must come back bit for bit
    auto* secant = static_cast<SecantView*>(w.lesson("secant"));
    secant->formulaField()->setFormula("sin(x)");
    secant->lesson()->setX(1.0 / 3.0);
    secant->lesson()->setDx(0.0123456789);
    secant->lesson()->setScheme(DifferenceScheme::Central);
    auto* descent = static_cast<DescentView*>(w.lesson("descent1d"));
    descent->formulaField()->setFormula("w^4 - 4w^2 + w");
    descent->lesson()->setX(-1.75);
    Hyperparameters hp;
    hp.learningRate = 0.0123;
    hp.beta1 = 0.8;
    hp.beta2 = 0.95;
    descent->lesson()->setSettings(OptimizerKind::Adam, hp, 77);
    Schedule cosine;
    cosine.kind = ScheduleKind::Cosine;
    cosine.tMax = 33;
    cosine.etaMin = 0.001;
    descent->lesson()->setSchedule(cosine);
    descent->lesson()->setNoise(0.1 + 0.2);
    descent->lesson()->setSeed(12345);
    auto* rate = static_cast<LearningRateView*>(w.lesson("learning-rate"));
    rate->lesson()->setLearningRate(0.37);
    auto* race = static_cast<RaceView*>(w.lesson("race"));
    race->formulaField()->setFormula("x^2 + 3y^2");
    race->lesson()->setPoint(QPointF(1.25, -0.5));
    race->lesson()->setEnabled(OptimizerKind::Nesterov, true);
    Hyperparameters nesterov = race->lesson()->racer(OptimizerKind::Nesterov).hyperparameters;
    nesterov.learningRate = 0.0042;
    nesterov.momentum = 0.5;
    race->lesson()->setHyperparameters(OptimizerKind::Nesterov, nesterov);
    race->lesson()->setMaxSteps(321);
    Schedule step;
    step.kind = ScheduleKind::Step;
    step.stepSize = 25;
    step.gamma = 0.5;
    race->lesson()->setSchedule(step);
    race->lesson()->setNoise(0.05);
    auto* zoom = static_cast<ZoomView*>(w.lesson("zoom"))->lesson();
    zoom->setFormula("exp(x)");
    zoom->setX(-0.25);
    zoom->setHalfWidth(0.000123);
    zoom->setShowsCubic(true);
    zoom->setShowsCircle(true);
    zoom->setShowsParabola(false);
    auto* fit = static_cast<FitView*>(w.lesson("fit-line"));
    QVERIFY(fit->lesson()->importCsv("x,y\n0.1,0.30000000000000004\n2,-1.5\n3.25,4\n", nullptr));
    fit->lesson()->addPoint(QPointF(1.0 / 3.0, 2.0 / 3.0));
    fit->lesson()->setLine(-0.7, 1.0 / 7.0);
    fit->lesson()->setOptimizer(OptimizerKind::Momentum);
    fit->lesson()->setEpochs(25);
    fit->lesson()->setBatchSize(3);
    fit->lesson()->setSeed(7);
    w.showLesson("race");
}

} // namespace

class TestLessonFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void saveThenOpenRoundTripsEveryLesson();
    void lessonsNotYetShownOpenAsSaved();
    void badFileIsRefusedAndChangesNothing_data();
    void badFileIsRefusedAndChangesNothing();
    void damagedFileIsRefusedOrReadsBackConsistently_data();
    void damagedFileIsRefusedOrReadsBackConsistently();
    void unknownKeysAreIgnoredWithAWarning();
    void missingKeysTakeDefaults();
    void saveToUnwritablePlaceFailsAndLeavesNothing_data();
    void saveToUnwritablePlaceFailsAndLeavesNothing();
    void failedSaveKeepsTheOldFileWhole();
    void newRestoresDefaults();
    void sessionComesBackAtStart();
    void modifiedDocumentAsksBeforeClosing();
    void recentFilesListsWhatWasOpened();
    void dialogsStartInAFolderThatExists();

private:
    QTemporaryDir m_dir;
};

void TestLessonFiles::saveThenOpenRoundTripsEveryLesson() {
    MainWindow a;
    changeEverything(a);
    const QString path = m_dir.filePath("roundtrip.gradlab");
    QString error;
    QVERIFY2(a.files()->saveFile(path, &error, true), qPrintable(error));
    QVERIFY(!a.document()->isModified());

    MainWindow b;
    QVERIFY(statesOf(b) != statesOf(a));
    QVERIFY2(b.files()->openFile(path, &error, true), qPrintable(error));
    QCOMPARE(b.activeLesson()->id(), QStringLiteral("race"));
    const auto sa = statesOf(a), sb = statesOf(b);
    for (const QString& id : sa.keys())
        QVERIFY2(sa[id] == sb[id],
                 qPrintable(id + ": " + QJsonDocument(sb[id]).toJson(QJsonDocument::Compact) +
                            " != " + QJsonDocument(sa[id]).toJson(QJsonDocument::Compact)));
    // The controllers hold the very same numbers, not merely the same text.
    QCOMPARE(static_cast<SlopeView*>(b.lesson("slope"))->lesson()->x(), 0.1 + 0.2);
    auto* zoom = static_cast<ZoomView*>(b.lesson("zoom"))->lesson();
    QCOMPARE(zoom->x(), -0.25);
    QCOMPARE(zoom->halfWidth(), 0.000123);
    QVERIFY(zoom->showsCubic() && zoom->showsCircle() && !zoom->showsParabola() && zoom->showsNewton());
    auto* secant = static_cast<SecantView*>(b.lesson("secant"))->lesson();
    QCOMPARE(secant->x(), 1.0 / 3.0);
    QCOMPARE(secant->dx(), 0.0123456789);
    QCOMPARE(secant->scheme(), DifferenceScheme::Central);
    auto* descent = static_cast<DescentView*>(b.lesson("descent1d"))->lesson();
    QCOMPARE(descent->optimizer(), OptimizerKind::Adam);
    QCOMPARE(descent->learningRate(), 0.0123);
    QCOMPARE(descent->settings().hyperparameters.beta2, 0.95);
    QCOMPARE(descent->maxSteps(), 77);
    QCOMPARE(descent->formula(), QStringLiteral("w^4 - 4w^2 + w"));
    QCOMPARE(descent->schedule().kind, ScheduleKind::Cosine);
    QCOMPARE(descent->schedule().tMax, 33);
    QCOMPARE(descent->noise(), 0.1 + 0.2);
    QCOMPARE(descent->seed(), 12345);
    auto* race = static_cast<RaceView*>(b.lesson("race"))->lesson();
    QVERIFY(race->isEnabled(OptimizerKind::Nesterov));
    QCOMPARE(race->racer(OptimizerKind::Nesterov).hyperparameters.momentum, 0.5);
    QCOMPARE(race->point(), QPointF(1.25, -0.5));
    QCOMPARE(race->maxSteps(), 321);
    QVERIFY(!b.document()->isModified());
    QCOMPARE(b.document()->path(), QFileInfo(path).absoluteFilePath());
}

// Views are built when first shown: a file opened before a lesson was ever shown restores its model, and the
// view built afterwards draws exactly what a view that saw every change draws.
void TestLessonFiles::lessonsNotYetShownOpenAsSaved() {
    MainWindow a;
    a.resize(1360, 860);
    a.show();
    QVERIFY(QTest::qWaitForWindowExposed(&a));
    changeEverything(a);
    const QString path = m_dir.filePath("lazy.gradlab");
    QString error;
    QVERIFY2(a.files()->saveFile(path, &error, true), qPrintable(error));

    MainWindow b;
    b.resize(1360, 860);
    b.show();
    QVERIFY(QTest::qWaitForWindowExposed(&b));
    QCOMPARE(b.builtViewCount(), 1); // the first lesson only
    QVERIFY2(b.files()->openFile(path, &error, true), qPrintable(error));
    QCOMPARE(b.activeLesson()->id(), QStringLiteral("race")); // shown, so built
    QCOMPARE(b.builtViewCount(), 2);
    int built = 2;
    for (const QString& id : lessonIds()) {
        const bool wasBuilt = id == QLatin1String("slope") || id == QLatin1String("race");
        QVERIFY(a.showLesson(id));
        QVERIFY(b.showLesson(id));
        if (!wasBuilt) ++built;
        QCOMPARE(b.builtViewCount(), built); // switching to a lesson the first time builds it
        QCOMPARE(b.activeLesson()->id(), id);
        QCOMPARE(b.activeLesson()->model(), b.models()->lesson(id));
        for (MainWindow* w : {&a, &b})
            if (auto* rate = qobject_cast<LearningRateLesson*>(w->models()->lesson(id))) rate->waitForSweep();
        QTest::qWait(150);
        // The same words and numbers in every label and field. (Pixels are not compared: a plot's home view
        // is widened, never narrowed, by each change it sees, so a view that saw the defaults first may show
        // a wider margin than one built from the file, as after a fresh start with that file.)
        auto texts = [](QWidget* view) {
            QStringList all;
            for (QLabel* l : view->findChildren<QLabel*>())
                if (l->isVisible()) all << l->text();
            for (QLineEdit* e : view->findChildren<QLineEdit*>())
                if (e->isVisible()) all << e->text();
            return all;
        };
        QCOMPARE(texts(b.activeLesson()), texts(a.activeLesson()));
    }
    QCOMPARE(b.builtViewCount(), static_cast<int>(lessonIds().size()));
}

void TestLessonFiles::badFileIsRefusedAndChangesNothing_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("not JSON") << QByteArray("slope: x^2\n") << "not a GradLab lesson file, or it is damaged";
    QTest::newRow("truncated") << QByteArray(
                                      R"({"format": "gradlab", "version": 1, "lessons": {"slope": {"formu)")
                               << "cut short";
    QTest::newRow("a JSON list") << QByteArray("[1, 2, 3]") << "not a GradLab lesson file";
    QTest::newRow("another program's JSON")
        << QByteArray(R"({"name": "package", "version": 3})") << "no \"format\": \"gradlab\"";
    QTest::newRow("future version") << QByteArray(R"({"format": "gradlab", "version": 7, "lessons": {}})")
                                    << "newer GradLab (format version 7";
    QTest::newRow("version as text") << QByteArray(R"({"format": "gradlab", "version": "1"})")
                                     << "version is missing or not a whole number";
    QTest::newRow("lessons not an object")
        << QByteArray(R"({"format": "gradlab", "version": 1, "lessons": 5})")
        << "\"lessons\" should be an object";
    QTest::newRow("number as text")
        << QByteArray(R"({"format": "gradlab", "version": 1, "lessons": {"slope": {"x": "two"}}})")
        << "\"lessons.slope.x\" should be a number, not text";
    QTest::newRow("range of three")
        << QByteArray(R"({"format": "gradlab", "version": 1, "lessons": {"slope": {"range": [0, 1, 2]}}})")
        << "\"lessons.slope.range\" should be a list of 2 values";
    QTest::newRow("formula that does not parse")
        << QByteArray(
               R"J({"format": "gradlab", "version": 1, "lessons": {"secant": {"formula": "sin(x))"}}})J")
        << "in lesson \"secant\": formula \"sin(x))\": unexpected ')'";
    QTest::newRow("two variables in a one-variable lesson")
        << QByteArray(R"({"format": "gradlab", "version": 1, "lessons": {"slope": {"formula": "x*y"}}})")
        << "needs a function of one variable";
    QTest::newRow("empty range")
        << QByteArray(R"({"format": "gradlab", "version": 1, "lessons": {"slope": {"range": [2, 2]}}})")
        << "smaller then a larger number";
    QTest::newRow("negative learning rate")
        << QByteArray(
               R"({"format": "gradlab", "version": 1, "lessons": {"descent1d": {"learningRate": -1}}})")
        << "\"learningRate\" must be a positive number";
    QTest::newRow("unknown optimizer")
        << QByteArray(
               R"({"format": "gradlab", "version": 1, "lessons": {"descent1d": {"optimizer": "lbfgs"}}})")
        << "must name an optimizer";
    QTest::newRow("fractional steps")
        << QByteArray(R"({"format": "gradlab", "version": 1, "lessons": {"race": {"maxSteps": 2.5}}})")
        << "\"maxSteps\" must be a whole number";
    QTest::newRow("beta of one")
        << QByteArray(
               R"({"format": "gradlab", "version": 1, "lessons": {"race": {"optimizers": {"adam": {"beta2": 1}}}}})")
        << "adam: \"beta2\" must be at least 0 and less than 1";
    QTest::newRow("Δx too small")
        << QByteArray(R"({"format": "gradlab", "version": 1, "lessons": {"secant": {"dx": 1e-9}}})")
        << "\"dx\" must be from";
}

void TestLessonFiles::badFileIsRefusedAndChangesNothing() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    MainWindow w;
    changeEverything(w);
    const QString good = m_dir.filePath("good.gradlab");
    QVERIFY(w.files()->saveFile(good, nullptr, true));
    w.showLesson("secant");
    const auto before = statesOf(w);
    const QString path = m_dir.filePath("bad.gradlab");
    QVERIFY(writeFile(path, bytes));
    QString error;
    QVERIFY(!w.files()->openFile(path, &error, true));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error)); // the message names the file
    QVERIFY(statesOf(w) == before);
    QCOMPARE(w.document()->path(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(w.activeLesson()->id(), QStringLiteral("secant"));
    QVERIFY(!w.document()->isModified());
}

void TestLessonFiles::damagedFileIsRefusedOrReadsBackConsistently_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("cut at many lengths") << "truncate";
    QTest::newRow("single bytes replaced") << "replace";
    QTest::newRow("single bytes deleted") << "delete";
}

// A saved file damaged in many ways (cut at every length near its start and end and at every 11th in
// between, where any cut leaves JSON unfinished; a byte replaced or removed at spread-out places): each
// version is either refused with a message naming the file, changing nothing, or accepted, in which case what
// the window then holds saves and reopens to the very same state.
void TestLessonFiles::damagedFileIsRefusedOrReadsBackConsistently() {
    QFETCH(QString, kind);
    MainWindow w;
    changeEverything(w);
    const QString good = m_dir.filePath("sweep-good.gradlab");
    QVERIFY(w.files()->saveFile(good, nullptr, true));
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray original = in.readAll();
    QVERIFY(original.size() > 500);

    QVector<QByteArray> damaged;
    if (kind == QLatin1String("truncate")) {
        for (int n = 0; n < original.size(); ++n)
            if (n < 256 || n > original.size() - 256 || n % 11 == 0) damaged << original.left(n);
    } else {
        const char replacements[] = {'"', '}', ']', ',', ':', '9', '-', 'e', '.', 'x', ' ', '\0', '\xff'};
        QVector<int> visible; // damage to indentation is harmless and slow to check: skip it
        for (int i = 0; i < original.size(); ++i)
            if (original[i] != ' ' && original[i] != '\n') visible << i;
        quint32 seed = 12345;          // a fixed linear congruential sequence: the same damage in every run
        for (int i = 0; i < 40; ++i) { // 40 places each; the lesson-file fuzzer covers arbitrary bytes
            seed = seed * 1664525u + 1013904223u;
            const int at = visible[static_cast<int>((seed >> 8) % static_cast<quint32>(visible.size()))];
            QByteArray bytes = original;
            if (kind == QLatin1String("delete"))
                bytes.remove(at, 1);
            else
                bytes[at] = replacements[(seed >> 24) % sizeof replacements];
            if (bytes != original) damaged << bytes;
        }
    }

    const QString path = m_dir.filePath("sweep-damaged.gradlab");
    const QString again = m_dir.filePath("sweep-again.gradlab");
    int refused = 0, accepted = 0;
    MainWindow other;
    auto before = statesOf(w);
    for (const QByteArray& bytes : damaged) {
        if (accepted > 0 && statesOf(w) != before) { // the last one was accepted: back to the good file
            QVERIFY(w.files()->openFile(good, nullptr, true));
            before = statesOf(w);
        }
        QVERIFY(writeFile(path, bytes));
        QString error;
        if (!w.files()->openFile(path, &error, true)) {
            ++refused;
            QVERIFY2(error.contains(path), qPrintable(error));
            QVERIFY2(statesOf(w) == before, bytes.constData());
            continue;
        }
        ++accepted;
        const auto read = statesOf(w);
        QVERIFY2(w.files()->saveFile(again, &error, true), qPrintable(error));
        QVERIFY2(other.files()->openFile(again, &error, true), qPrintable(error));
        QVERIFY2(statesOf(other) == read, bytes.constData());
    }
    qInfo("%s: %d refused, %d accepted", qPrintable(kind), refused, accepted);
    QVERIFY(refused > 0);
}

void TestLessonFiles::unknownKeysAreIgnoredWithAWarning() {
    MainWindow w;
    const QString path = m_dir.filePath("extra.gradlab");
    QVERIFY(writeFile(path, R"({"format": "gradlab", "version": 1, "author": "Ada", "active": "secant",
        "lessons": {"secant": {"dx": 0.25, "colour": "red"}, "chemistry": {}}})"));
    QString warnings;
    QVERIFY2(w.files()->openFile(path, &warnings, true), qPrintable(warnings));
    QVERIFY2(warnings.contains("\"author\""), qPrintable(warnings));
    QVERIFY2(warnings.contains("\"lessons.secant.colour\""), qPrintable(warnings));
    QVERIFY2(warnings.contains("\"chemistry\""), qPrintable(warnings));
    QCOMPARE(static_cast<SecantView*>(w.lesson("secant"))->lesson()->dx(), 0.25);
    QCOMPARE(w.activeLesson()->id(), QStringLiteral("secant"));
}

void TestLessonFiles::missingKeysTakeDefaults() {
    MainWindow w;
    const auto defaults = w.document()->defaults();
    changeEverything(w);
    const QString path = m_dir.filePath("sparse.gradlab");
    QVERIFY(writeFile(path, R"({"format": "gradlab", "version": 1, "lessons": {"slope": {"x": 1.5}}})"));
    QString error;
    QVERIFY2(w.files()->openFile(path, &error, true), qPrintable(error));
    auto states = statesOf(w);
    QCOMPARE(states["slope"]["x"].toDouble(), 1.5);
    QCOMPARE(states["slope"]["formula"], defaults["slope"]["formula"]);
    for (const QString& id : defaults.keys())
        if (id != "slope") QVERIFY2(states[id] == defaults[id], qPrintable(id));
}

void TestLessonFiles::saveToUnwritablePlaceFailsAndLeavesNothing_data() {
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing folder") << "no/such/folder/lesson.gradlab"
                                    << "does not exist";
    QTest::newRow("a file as folder") << "plain.txt/lesson.gradlab"
                                      << "does not exist";
    QTest::newRow("a folder as file") << "afolder"
                                      << "Cannot write";
}

void TestLessonFiles::saveToUnwritablePlaceFailsAndLeavesNothing() {
    QFETCH(QString, relative);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("plain.txt"), "x"));
    QVERIFY(QDir(dir.path()).mkdir("afolder"));
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    MainWindow w;
    changeEverything(w);
    QString error;
    QVERIFY(!w.files()->saveFile(dir.filePath(relative), &error, true));
    QVERIFY2(error.contains(reason) && error.contains(relative.section('/', -1)), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QVERIFY(QDir(dir.filePath("afolder")).isEmpty());
    QVERIFY(w.document()->isModified() || w.document()->path().isEmpty());
}

void TestLessonFiles::failedSaveKeepsTheOldFileWhole() {
    // Saving replaces a file only when the new one is complete: a save that cannot finish leaves the old
    // bytes as they were and no temporary file beside them.
    QTemporaryDir dir;
    const QString path = dir.filePath("kept.gradlab");
    MainWindow w;
    QVERIFY(w.files()->saveFile(path, nullptr, true));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray old = f.readAll();
    f.close();
    changeEverything(w);
    QString error;
    QVERIFY(!writeFileAtomically(dir.filePath("missing/kept.gradlab"), "new", &error));
    QVERIFY(w.files()->saveFile(path, &error, true));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() != old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"kept.gradlab"});
}

void TestLessonFiles::newRestoresDefaults() {
    MainWindow w;
    const auto defaults = w.document()->defaults();
    changeEverything(w);
    QVERIFY(w.files()->saveFile(m_dir.filePath("before-new.gradlab"), nullptr, true));
    w.files()->newDocument();
    QVERIFY(statesOf(w) == defaults);
    QVERIFY(w.document()->path().isEmpty());
    QCOMPARE(w.windowTitle(), QStringLiteral("Untitled[*] — GradLab"));
}

void TestLessonFiles::sessionComesBackAtStart() {
    QMap<QString, QJsonObject> states;
    {
        MainWindow a;
        changeEverything(a);
        QVERIFY(a.files()->saveFile(m_dir.filePath("session.gradlab"), nullptr, true));
        static_cast<SlopeView*>(a.lesson("slope"))->lesson()->setX(-0.5); // saved only in the session
        a.showLesson("descent1d");
        states = statesOf(a);
        a.files()->storeSession();
    }
    MainWindow b;
    QVERIFY(statesOf(b) != states);
    b.restoreSession();
    QVERIFY(statesOf(b) == states);
    QCOMPARE(b.activeLesson()->id(), QStringLiteral("descent1d"));
    QCOMPARE(b.document()->path(), QFileInfo(m_dir.filePath("session.gradlab")).absoluteFilePath());
}

void TestLessonFiles::modifiedDocumentAsksBeforeClosing() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* slope = static_cast<SlopeView*>(w.lesson("slope"));
    slope->lesson()->setX(2.0);
    QTRY_VERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    // Cancel keeps the window open; Discard closes it.
    for (const auto button : {QMessageBox::Cancel, QMessageBox::Discard}) {
        bool asked = false;
        QTimer::singleShot(100, [&asked, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            asked = box->text().contains("Save the changes");
            box->button(button)->click();
        });
        const bool closed = w.close();
        QVERIFY(asked);
        QCOMPARE(closed, button == QMessageBox::Discard);
    }
}

void TestLessonFiles::recentFilesListsWhatWasOpened() {
    MainWindow w;
    QStringList paths;
    for (int i = 0; i < FileActions::kMaxRecent + 2; ++i) {
        paths.prepend(
            QFileInfo(m_dir.filePath(QStringLiteral("recent-%1.gradlab").arg(i))).absoluteFilePath());
        QVERIFY(w.files()->saveFile(paths.first(), nullptr, true));
    }
    QVERIFY(w.files()->openFile(paths[3], nullptr, true));
    const QStringList recent = w.files()->recentFiles();
    QCOMPARE(recent.size(), FileActions::kMaxRecent);
    QCOMPARE(recent.first(), paths[3]);
    QCOMPARE(recent.count(paths[3]), 1);
}

// Open and Save As start in the lesson's own folder while it exists, and somewhere that exists once it
// has been deleted.
void TestLessonFiles::dialogsStartInAFolderThatExists() {
    MainWindow w;
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("gone")));
    const QString folder = m_dir.filePath(QStringLiteral("gone"));
    QVERIFY(w.files()->saveFile(folder + QStringLiteral("/lesson.gradlab"), nullptr, true));
    QCOMPARE(w.files()->dialogFolder(), QFileInfo(folder).absoluteFilePath());
    QVERIFY(QDir(folder).removeRecursively());
    const QString start = w.files()->dialogFolder();
    QVERIFY2(QFileInfo(start).isDir(), qPrintable(start));
}

QTEST_MAIN(TestLessonFiles)
#include "tst_lesson_files.moc"
