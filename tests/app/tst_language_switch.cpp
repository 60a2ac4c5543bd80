// View → Language rebuilds the window in the new language: nothing a user set up may be lost. For each lesson
// the test sets state up through the real widgets (types, clicks, plays and pauses runs, picks a step, zooms
// a plot), switches the language through the View menu's action and checks that the lesson's settings, its
// runs where they stood, what its widgets show (plots' ranges, tabs, tables, the step inspected), the undo
// history and the window's place and size are what they were.

#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/fit_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/race_lesson.h"
#include "lessons/slope_lesson.h"
#include "plotting/contour_map.h"
#include "plotting/surface_scene.h"
#include "undo/lesson_document.h"
#include "views/descent_figure.h"
#include "views/descent_view.h"
#include "views/fit_figure.h"
#include "views/fit_view.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "views/race_figure.h"
#include "views/race_view.h"
#include "views/slope_figure.h"
#include "views/slope_view.h"
#include "views/step_inspector.h"
#include "views/step_picker.h"
#include "views/surface_view.h"
#include "widgets/value_field.h"
#include "window/language.h"
#include "window/main_window.h"

#include <Q3DSurface>
#include <Q3DTheme>
#include <QAbstractSlider>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace gradlab;
using gradlab::test::typeInto;
using gradlab::test::wheel;

namespace {

QAction* languageAction(MainWindow* w, const QString& code) {
    for (QAction* a : w->findChildren<QAction*>())
        if (a->isCheckable() && a->data().isValid() && a->data().toString() == code) return a;
    return nullptr;
}

/// Edit → Undo of this window.
QAction* undoAction(MainWindow* w) {
    for (QAction* a : w->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Undo)) return a;
    return nullptr;
}

/// A plot's ranges and the size of its axis rectangle.
struct PlotShown {
    QCPRange x, y;
    bool xLog = false, yLog = false;
    QSize size;
};

QList<PlotShown> shownPlots(LessonView* view) {
    QList<PlotShown> out;
    for (LessonPlot* plot : view->findChildren<LessonPlot*>())
        out << PlotShown{plot->xAxis->range(), plot->yAxis->range(),
                         plot->xAxis->scaleType() == QCPAxis::stLogarithmic,
                         plot->yAxis->scaleType() == QCPAxis::stLogarithmic, plot->axisRect()->rect().size()};
    return out;
}

bool sameRange(const QCPRange& a, const QCPRange& b) {
    const double tolerance = 1e-9 * std::max(a.size(), b.size());
    return std::fabs(a.lower - b.lower) <= tolerance && std::fabs(a.upper - b.upper) <= tolerance;
}

bool sameCentre(const QCPRange& a, const QCPRange& b, bool log) {
    if (log) return std::fabs(std::log(a.lower * a.upper) - std::log(b.lower * b.upper)) <= 1e-9;
    return std::fabs(a.center() - b.center()) <= 1e-9 * std::max(a.size(), b.size());
}

/// Why the plots after differ from those before, or "" if they show the same: the same ranges, except where
/// the other language's words left a plot another size and it fits its ranges to its pixels (an equal aspect,
/// a stability map's half cell of margin): then about the same centre.
QString plotsDiffer(const QList<PlotShown>& before, const QList<PlotShown>& after) {
    if (before.size() != after.size())
        return QStringLiteral("%1 plots, were %2").arg(after.size()).arg(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const PlotShown &b = before[i], &a = after[i];
        const bool x = sameRange(a.x, b.x), y = sameRange(a.y, b.y);
        if (x && y) continue;
        const bool refitted =
            a.size != b.size && sameCentre(a.x, b.x, a.xLog) && sameCentre(a.y, b.y, a.yLog);
        if (!refitted)
            return QStringLiteral("plot %1: x [%2, %3] y [%4, %5], was x [%6, %7] y [%8, %9]")
                .arg(i)
                .arg(a.x.lower, 0, 'g', 15)
                .arg(a.x.upper, 0, 'g', 15)
                .arg(a.y.lower, 0, 'g', 15)
                .arg(a.y.upper, 0, 'g', 15)
                .arg(b.x.lower, 0, 'g', 15)
                .arg(b.x.upper, 0, 'g', 15)
                .arg(b.y.lower, 0, 'g', 15)
                .arg(b.y.upper, 0, 'g', 15);
    }
    return {};
}

/// What a view's widgets show that a change of language must not change: numbers and choices, not words.
QStringList shownState(LessonView* view) {
    QStringList out;
    for (QTabWidget* tabs : view->findChildren<QTabWidget*>())
        out << QStringLiteral("tab %1").arg(tabs->currentIndex());
    for (QTableWidget* table : view->findChildren<QTableWidget*>())
        out << QStringLiteral("table %1 rows, row %2").arg(table->rowCount()).arg(table->currentRow());
    for (QAbstractSlider* slider : view->findChildren<QAbstractSlider*>())
        if (!qobject_cast<QScrollBar*>(slider)) out << QStringLiteral("slider %1").arg(slider->value());
    for (QSpinBox* box : view->findChildren<QSpinBox*>())
        out << QStringLiteral("spin box %1").arg(box->value());
    for (QComboBox* box : view->findChildren<QComboBox*>())
        out << QStringLiteral("combo box %1").arg(box->currentIndex());
    for (QCheckBox* box : view->findChildren<QCheckBox*>())
        out << QStringLiteral("check box %1").arg(box->isChecked());
    for (StepPicker* picker : view->findChildren<StepPicker*>())
        out << QStringLiteral("step picked: run %1, step %2")
                   .arg(picker->selectedKey())
                   .arg(picker->selectedStep());
    for (StepInspector* inspector : view->findChildren<StepInspector*>())
        out << QStringLiteral("inspector shows a step: %1").arg(inspector->hasStep());
    // What can be pressed: a finished run's Step stays off, a paused run's Play stays on.
    for (QPushButton* button : view->findChildren<QPushButton*>())
        if (button->isVisibleTo(view))
            out << QStringLiteral("button %1 enabled %2").arg(button->objectName()).arg(button->isEnabled());
    return out;
}

/// How many markers each drawn trajectory carries (a curve without a line): chosen for the plot's pixels,
/// so they may differ a little after a rebuild, but not go from five to two.
QList<int> markerCounts(LessonView* view) {
    QList<int> out;
    for (QCustomPlot* plot : view->findChildren<QCustomPlot*>()) {
        plot->replot(QCustomPlot::rpImmediateRefresh);
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (auto* curve = qobject_cast<QCPCurve*>(plot->plottable(i));
                curve && curve->visible() && curve->lineStyle() == QCPCurve::lsNone)
                out << curve->dataCount();
    }
    return out;
}

/// What the lesson's model holds, besides its settings: every run where it stands (the table has every step).
struct ModelState {
    QJsonObject settings;
    QByteArray table;
    bool playing = false;
    QString extra;
    bool operator==(const ModelState& o) const {
        return settings == o.settings && table == o.table && playing == o.playing && extra == o.extra;
    }
};

ModelState modelState(Lesson* model) {
    if (auto* lr = qobject_cast<LearningRateLesson*>(model)) lr->waitForSweep();
    ModelState s{model->save(), model->tableCsv(), model->isPlaying(), {}};
    if (auto* fit = qobject_cast<FitLesson*>(model))
        s.extra = QStringLiteral("%1 steps, at (%2, %3)")
                      .arg(fit->stepsTaken())
                      .arg(fit->current().x(), 0, 'g', 17)
                      .arg(fit->current().y(), 0, 'g', 17);
    if (auto* race = qobject_cast<RaceLesson*>(model))
        s.extra = QStringLiteral("all stopped %1, map computing %2")
                      .arg(race->allStopped())
                      .arg(race->mapper()->active());
    if (auto* lr = qobject_cast<LearningRateLesson*>(model))
        s.extra = QStringLiteral("map computing %1").arg(lr->mapper()->active());
    return s;
}

QByteArray describe(const ModelState& s) {
    return (QStringLiteral("%1 | %2 table bytes | playing %3 | %4")
                .arg(QString::fromUtf8(QJsonDocument(s.settings).toJson(QJsonDocument::Compact)))
                .arg(s.table.size())
                .arg(s.playing)
                .arg(s.extra))
        .toUtf8();
}

/// Clicks on the first step from `from` on of the run `key` that is drawn inside the plot, away from its
/// handles; returns it (-1 if there is none).
int clickStep(LessonPlot* plot, StepPicker* picker, int key, int from, int count) {
    for (int step = from; step < count; ++step) {
        const QPointF px = picker->pixelOf(key, step);
        if (!QRectF(plot->axisRect()->rect()).adjusted(4, 4, -4, -4).contains(px) || plot->handleAt(px))
            continue;
        QTest::mouseClick(plot, Qt::LeftButton, {}, px.toPoint());
        return step;
    }
    return -1;
}

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GradLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language_switch"));
        QSettings().clear();
    }
    void cleanup() {
        Language::install(QStringLiteral("en"));
        QSettings().clear();
    }
    void switchKeepsWhatTheUserSetUp_data();
    void switchKeepsWhatTheUserSetUp();
    void playingRaceGoesOn();
    void hiddenRaceKeepsItsContours();
    void surfaceKeepsItsAxes();
    void scrolledLessonStaysScrolled();
};

void TestLanguageSwitch::switchKeepsWhatTheUserSetUp_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("language");
    QTest::newRow("slope: point typed, plot zoomed") << "slope"
                                                     << ""
                                                     << "fr";
    QTest::newRow("descent: paused at step 7, step 4 inspected, zoomed") << "descent1d"
                                                                         << "paused"
                                                                         << "de";
    QTest::newRow("descent: finished") << "descent1d"
                                       << "finished"
                                       << "es";
    QTest::newRow("learning rate: rate typed, map tab") << "learning-rate"
                                                        << "map"
                                                        << "fr";
    QTest::newRow("race: paused mid-run, a step inspected") << "race"
                                                            << "paused"
                                                            << "de";
    QTest::newRow("race: finished") << "race"
                                    << "finished"
                                    << "fr";
    QTest::newRow("fit: 12 updates taken, data plot zoomed") << "fit-line"
                                                             << "paused"
                                                             << "es";
    QTest::newRow("fit: finished") << "fit-line"
                                   << "finished"
                                   << "de";
}

void TestLanguageSwitch::switchKeepsWhatTheUserSetUp() {
    QFETCH(QString, lesson);
    QFETCH(QString, scenario);
    QFETCH(QString, language);

    QPointer<MainWindow> w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setGeometry(130, 90, 1400, 900);
    QVERIFY(test::activate(w));
    // A lesson seen before the one set up: its view was built, and its zoom is kept too.
    w->showLesson(QStringLiteral("slope"));
    wheel(static_cast<SlopeView*>(w->lesson(QStringLiteral("slope")))->figure()->curvePlot(),
          QPoint(200, 150), 240);
    QVERIFY(w->showLesson(lesson));
    LessonView* view = w->activeLesson();
    QCOMPARE(view->id(), lesson);
    Lesson* model = view->model();
    QJsonObject beforeLastEdit; // the lesson as it was before the last undoable action
    const auto mark = [&] { beforeLastEdit = model->save(); };

    if (lesson == QLatin1String("slope")) {
        auto* v = static_cast<SlopeView*>(view);
        typeInto(v->pointField(), QStringLiteral("0.5"));
        mark();
        typeInto(v->pointField(), QStringLiteral("1.25"));
        QCOMPARE(v->lesson()->x(), 1.25);
        wheel(v->figure()->derivativePlot(), QPoint(150, 100), -360);
    } else if (lesson == QLatin1String("descent1d")) {
        auto* v = static_cast<DescentView*>(view);
        mark();
        typeInto(v->learningRateField(), QStringLiteral("0.05"));
        QCOMPARE(v->lesson()->learningRate(), 0.05);
        if (scenario == QLatin1String("paused")) {
            for (int i = 0; i < 7; ++i)
                QTest::mouseClick(v->stepButton(), Qt::LeftButton);
            QCOMPARE(int(v->lesson()->trajectory().points.size()), 8);
        } else {
            QTest::mouseClick(v->playButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(v->lesson()->stopped(), 20000);
        }
        const int picked = clickStep(v->figure()->plot(), v->stepPicker(), 0, 4,
                                     int(v->lesson()->trajectory().points.size()));
        QVERIFY(picked >= 4);
        QCOMPARE(v->stepPicker()->selectedStep(), picked);
        wheel(v->figure()->plot(), QPoint(300, 120), 120);
    } else if (lesson == QLatin1String("learning-rate")) {
        auto* v = static_cast<LearningRateView*>(view);
        typeInto(v->learningRateField(), QStringLiteral("0.3"));
        QCOMPARE(v->lesson()->learningRate(), 0.3);
        mark(); // the tab shown is an undo step of its own
        QTest::mouseClick(v->tabs()->tabBar(), Qt::LeftButton, {}, v->tabs()->tabBar()->tabRect(1).center());
        QCOMPARE(v->lesson()->view(), LearningRateLesson::View::Map);
        QTRY_VERIFY(v->lesson()->mapper()->active());
    } else if (lesson == QLatin1String("race")) {
        auto* v = static_cast<RaceView*>(view);
        // Adam out of the race: unticked in the optimizer table.
        v->optimizerTable()->item(static_cast<int>(OptimizerKind::Adam), 0)->setCheckState(Qt::Unchecked);
        QVERIFY(!v->lesson()->isEnabled(OptimizerKind::Adam));
        mark();
        v->optimizerTable()->item(static_cast<int>(OptimizerKind::Adam), 0)->setCheckState(Qt::Checked);
        QVERIFY(v->lesson()->isEnabled(OptimizerKind::Adam));
        QTest::mouseClick(v->playButton(), Qt::LeftButton);
        const auto momentum = OptimizerKind::Momentum;
        if (scenario == QLatin1String("paused")) {
            QTRY_VERIFY_WITH_TIMEOUT(v->lesson()->trajectory(momentum).points.size() >= 30, 20000);
            QTest::mouseClick(v->playButton(), Qt::LeftButton);
            QVERIFY(!v->lesson()->isPlaying());
            QVERIFY(!v->lesson()->allStopped());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(v->lesson()->allStopped(), 30000);
        }
        QTest::qWait(20);
        const int picked = clickStep(v->figure()->mapPlot(), v->stepPicker(), static_cast<int>(momentum), 5,
                                     int(v->lesson()->trajectory(momentum).points.size()));
        QVERIFY(picked >= 5);
        QVERIFY(v->stepPicker()->hasSelection()); // Momentum's step, or another run's drawn at that pixel
    } else if (lesson == QLatin1String("fit-line")) {
        auto* v = static_cast<FitView*>(view);
        mark();
        typeInto(v->learningRateField(), QStringLiteral("0.05"));
        QCOMPARE(v->lesson()->learningRate(), 0.05);
        if (scenario == QLatin1String("paused")) {
            for (int i = 0; i < 12; ++i)
                QTest::mouseClick(v->stepButton(), Qt::LeftButton);
            QCOMPARE(v->lesson()->stepsTaken(), 12);
        } else {
            QTest::mouseClick(v->playButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(v->lesson()->stopped(), 30000);
        }
        wheel(v->figure()->dataPlot(), QPoint(150, 120), 240);
    }
    QCoreApplication::processEvents();
    QVERIFY(!model->isPlaying());

    const ModelState before = modelState(model);
    const QStringList shownBefore = shownState(view);
    const QList<int> markersBefore = markerCounts(view);
    const QList<PlotShown> plotsBefore = shownPlots(view);
    const QList<PlotShown> slopePlotsBefore = shownPlots(w->lesson(QStringLiteral("slope")));
    const QRect frameBefore = w->frameGeometry();
    const QPoint posBefore = w->pos();
    const QSize sizeBefore = w->size();
    const QList<int> splitBefore = w->findChild<QSplitter*>()->sizes();
    const int undoCount = w->document()->undoStack()->count();
    QVERIFY(undoCount >= 1);
    QVERIFY(w->document()->isModified());
    const QString undoText = w->document()->undoStack()->undoText();
    const QImage shotBefore = w->grab().toImage();

    QSignalSpy replaced(w.data(), &MainWindow::replaced);
    QAction* choice = languageAction(w, language);
    QVERIFY(choice);
    choice->trigger();
    QCOMPARE(replaced.count(), 1);
    QPointer<MainWindow> after = replaced.at(0).at(0).value<MainWindow*>();
    QVERIFY(after && after != w);
    QTRY_VERIFY(w.isNull());
    QVERIFY(test::activate(after));
    QCOMPARE(Language::current(), language);

    // The same lesson shown, its model as it was: settings, runs where they stood, playing or not.
    QCOMPARE(after->activeLesson()->id(), lesson);
    Lesson* modelAfter = after->activeLesson()->model();
    const ModelState now = modelState(modelAfter);
    if (!(now == before)) {
        qWarning("before: %s", describe(before).constData());
        qWarning("after: %s", describe(now).constData());
    }
    QCOMPARE(now.settings, before.settings);
    QCOMPARE(now.extra, before.extra);
    QCOMPARE(now.playing, before.playing);
    QCOMPARE(now.table, before.table);
    // What the widgets show.
    QCOMPARE(shownState(after->activeLesson()), shownBefore);
    const QList<int> markersAfter = markerCounts(after->activeLesson());
    QCOMPARE(markersAfter.size(), markersBefore.size());
    for (int i = 0; i < markersBefore.size(); ++i) {
        const int slack = std::max(2, markersBefore[i] / 5);
        if (std::abs(markersAfter[i] - markersBefore[i]) > slack)
            QFAIL(qPrintable(QStringLiteral("trajectory %1 had %2 markers, now %3")
                                 .arg(i)
                                 .arg(markersBefore[i])
                                 .arg(markersAfter[i])));
    }
    QCOMPARE(plotsDiffer(plotsBefore, shownPlots(after->activeLesson())), QString());
    QCOMPARE(plotsDiffer(slopePlotsBefore, shownPlots(after->lesson(QStringLiteral("slope")))), QString());
    // The window where it was, as large, split as it was.
    QCOMPARE(after->frameGeometry(), frameBefore);
    QCOMPARE(after->pos(), posBefore);
    QCOMPARE(after->size(), sizeBefore);
    QCOMPARE(after->findChild<QSplitter*>()->sizes(), splitBefore);

    const QString shots = qEnvironmentVariable("GRADLAB_LANGUAGE_SWITCH_SHOTS");
    if (!shots.isEmpty()) {
        const QString name =
            QString::fromLatin1(QTest::currentDataTag())
                .section(QLatin1Char(','), 0, 0)
                .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        shotBefore.save(QDir(shots).filePath(name + QStringLiteral("-before.png")));
        after->grab().toImage().save(QDir(shots).filePath(name + QStringLiteral("-after.png")));
    }

    // The undo history came along: the last action undoes (in the new window), and the file is still changed.
    QVERIFY(after->document()->isModified());
    QCOMPARE(after->document()->undoStack()->count(), undoCount);
    QCOMPARE(after->document()->undoStack()->undoText(), undoText);
    QAction* undo = undoAction(after);
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(modelAfter->save(), beforeLastEdit);
    QCOMPARE(after->activeLesson()->id(), lesson);
    delete after;
}

// A race left playing goes on playing in the new window from where it was, and its button says Pause.
void TestLanguageSwitch::playingRaceGoesOn() {
    QPointer<MainWindow> w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(test::activate(w));
    QVERIFY(w->showLesson(QStringLiteral("race")));
    auto* v = static_cast<RaceView*>(w->activeLesson());
    RaceLesson* race = v->lesson();
    QTest::mouseClick(v->playButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(race->trajectory(OptimizerKind::Momentum).points.size() >= 20, 20000);
    QVERIFY(race->isPlaying());
    const Trajectory before = race->trajectory(OptimizerKind::Momentum);
    QSignalSpy replaced(w.data(), &MainWindow::replaced);
    languageAction(w, QStringLiteral("es"))->trigger();
    QCOMPARE(replaced.count(), 1);
    QPointer<MainWindow> after = replaced.at(0).at(0).value<MainWindow*>();
    auto* view = static_cast<RaceView*>(after->activeLesson());
    QCOMPARE(view->lesson(), race); // the same model, not a copy started again
    QVERIFY(race->isPlaying());
    QCOMPARE(view->playButton()->text(), QCoreApplication::translate("gradlab::RaceView", "❚❚ &Pause"));
    QVERIFY(view->playButton()->text() != QStringLiteral("❚❚ &Pause")); // in Spanish
    const std::size_t taken = before.points.size();
    QTRY_VERIFY_WITH_TIMEOUT(race->trajectory(OptimizerKind::Momentum).points.size() > taken + 5, 20000);
    const Trajectory& now = race->trajectory(OptimizerKind::Momentum);
    for (std::size_t i = 0; i < taken; ++i) {
        QCOMPARE(now.points[i].point[0], before.points[i].point[0]);
        QCOMPARE(now.points[i].point[1], before.points[i].point[1]);
    }
    QTest::mouseClick(view->playButton(), Qt::LeftButton);
    QVERIFY(!race->isPlaying());
    delete after;
}

// The race built hidden in the new window (another lesson shown) and shown later draws as many contour
// lines as a window built in that language: its lines were spaced for a map squeezed by a layout not yet
// done (two lines were left).
void TestLanguageSwitch::hiddenRaceKeepsItsContours() {
    // Counted once the race has run and its texts have wrapped: the map's size is then the same over three
    // looks 150 ms apart (the lines are spaced for the map as laid out, not for a size it had on the way).
    const auto levelsShown = [](MainWindow* w) {
        auto* v = static_cast<RaceView*>(w->activeLesson());
        const QWidget* map = v->figure()->mapPlot();
        QSize last;
        for (int same = 0, looks = 0; same < 3 && looks < 40; ++looks) {
            QTest::qWait(150);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            same = map->size() == last ? same + 1 : 0;
            last = map->size();
        }
        QTest::qWait(50);
        return int(v->figure()->contourMap()->levels().size());
    };
    QPointer<MainWindow> w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->resize(1360, 860);
    QVERIFY(test::activate(w));
    QVERIFY(w->showLesson(QStringLiteral("race")));
    auto* v = static_cast<RaceView*>(w->activeLesson());
    for (OptimizerKind k : {OptimizerKind::Nesterov, OptimizerKind::RMSprop})
        v->optimizerTable()->item(static_cast<int>(k), 0)->setCheckState(Qt::Checked);
    QVERIFY(w->showLesson(QStringLiteral("slope")));
    QSignalSpy replaced(w.data(), &MainWindow::replaced);
    languageAction(w, QStringLiteral("es"))->trigger();
    QCOMPARE(replaced.count(), 1);
    QPointer<MainWindow> after = replaced.at(0).at(0).value<MainWindow*>();
    QVERIFY(test::activate(after));
    QVERIFY(after->showLesson(QStringLiteral("race")));
    const int switched = levelsShown(after);
    // A window built in Spanish, the same race shown at once.
    MainWindow fresh;
    fresh.resize(after->size());
    QVERIFY(test::activate(&fresh));
    QVERIFY(fresh.showLesson(QStringLiteral("race")));
    auto* f = static_cast<RaceView*>(fresh.activeLesson());
    for (OptimizerKind k : {OptimizerKind::Nesterov, OptimizerKind::RMSprop})
        f->optimizerTable()->item(static_cast<int>(k), 0)->setCheckState(Qt::Checked);
    const int built = levelsShown(&fresh);
    QVERIFY2(switched >= built && built >= 6,
             qPrintable(QStringLiteral("%1 levels, a fresh window %2").arg(switched).arg(built)));
    delete after;
}

namespace {
/// How many pixels of the 3-D view, as on screen, are drawn in the theme's grid-line colour or its label text
/// colour (the axes' box, grid and numbers): read from the screen, where the graph's own window draws.
int axisPixelsNow(SurfaceView* v) {
    const QWindow* shown = v->scene()->graph();
    const QPoint at = shown->mapToGlobal(QPoint(0, 0));
    const QImage image = QGuiApplication::primaryScreen()
                             ->grabWindow(0, at.x(), at.y(), shown->width(), shown->height())
                             .toImage()
                             .convertToFormat(QImage::Format_RGB32);
    const QColor grid = v->scene()->graph()->activeTheme()->gridLineColor();
    const QColor text = v->scene()->graph()->activeTheme()->labelTextColor();
    const auto near = [](QRgb p, const QColor& c) {
        return std::abs(qRed(p) - c.red()) + std::abs(qGreen(p) - c.green()) + std::abs(qBlue(p) - c.blue()) <
               24;
    };
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += near(image.pixel(x, y), grid) || near(image.pixel(x, y), text) ? 1 : 0;
    return n;
}

/// axisPixelsNow() once the graph has drawn: looked at every 200 ms until it reaches `enough` or stops
/// growing (3 s at least, 8 s at most: a sanitizer build draws slowly).
int axisPixels(SurfaceView* v, int enough = 1 << 30) {
    int best = 0;
    QElapsedTimer t;
    t.start();
    for (int last = -1; t.elapsed() < 8000;) {
        QTest::qWait(200);
        const int n = axisPixelsNow(v);
        best = std::max(best, n);
        if (best >= enough || (t.elapsed() > 3000 && n == last)) break;
        last = n;
    }
    return best;
}
} // namespace

void TestLanguageSwitch::surfaceKeepsItsAxes() {
    if (!SurfaceScene::openGlAvailable(nullptr))
        QSKIP("no OpenGL here: the 3-D view shows its reason instead");
    QPointer<MainWindow> w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->resize(1360, 860);
    QVERIFY(test::activate(w));
    QVERIFY(w->showLesson(QStringLiteral("surface3d")));
    const int before = axisPixels(static_cast<SurfaceView*>(w->activeLesson()));
    QVERIFY2(before > 500, qPrintable(QString::number(before)));
    // An export draws the figure with a graph of its own, made and deleted while the view's exists.
    auto* view = static_cast<SurfaceView*>(w->activeLesson());
    QVERIFY(!SurfaceView::renderModelImage(*view->surfaceModel(), QSize(400, 300), 1.0).isNull());
    const int exported = axisPixels(view, before / 2 + 1);
    QVERIFY2(
        exported > before / 2,
        qPrintable(QStringLiteral("%1 axis pixels after an export, %2 before").arg(exported).arg(before)));
    QSignalSpy replaced(w.data(), &MainWindow::replaced);
    languageAction(w, QStringLiteral("fr"))->trigger();
    QCOMPARE(replaced.count(), 1);
    QPointer<MainWindow> after = replaced.at(0).at(0).value<MainWindow*>();
    QVERIFY(test::activate(after));
    QTest::qWait(300);
    // The axes' box, grid lines and numbers are drawn as they were (the numbers' words may differ).
    const int switched = axisPixels(static_cast<SurfaceView*>(after->activeLesson()), before / 2 + 1);
    QVERIFY2(
        switched > before / 2,
        qPrintable(QStringLiteral("%1 axis pixels after the switch, %2 before").arg(switched).arg(before)));
    delete after;
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"

// A window smaller than its lesson scrolls it: the window in the new language shows the same part of it.
void TestLanguageSwitch::scrolledLessonStaysScrolled() {
    QPointer<MainWindow> w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->resize(1024, 600);
    QVERIFY(test::activate(w));
    QVERIFY(w->showLesson(QStringLiteral("learning-rate")));
    QScrollArea* page = test::pageOf(w->activeLesson());
    QVERIFY(page);
    QTRY_VERIFY(page->verticalScrollBar()->maximum() > 100);
    page->verticalScrollBar()->setValue(100);
    QSignalSpy replaced(w.data(), &MainWindow::replaced);
    languageAction(w, QStringLiteral("de"))->trigger();
    QCOMPARE(replaced.count(), 1);
    QPointer<MainWindow> after = replaced.at(0).at(0).value<MainWindow*>();
    QCOMPARE(after->size(), QSize(1024, 600));
    QScrollArea* now = test::pageOf(after->activeLesson());
    QVERIFY(now);
    QTRY_COMPARE(now->verticalScrollBar()->value(), 100);
    delete after;
}
