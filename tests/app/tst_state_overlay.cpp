// The optimizer-state overlay drawn on the race's map and on the 1-D descent curve (its marks are the
// run's numbers, its arrows point where they should, its toggle is a setting with undo, it is exported),
// and the race's Tune (the rates it sets are core's pick, and the sentence says them).

#include "descent/state_glyph.h"
#include "descent/tune.h"
#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/number_format.h"
#include "lessons/race_lesson.h"
#include "lessons/race_tuner.h"
#include "plotting/state_overlay.h"
#include "undo/lesson_document.h"
#include "views/descent_figure.h"
#include "views/descent_view.h"
#include "views/race_figure.h"
#include "views/race_view.h"
#include "window/main_window.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

using namespace gradlab;
using test::TestView;

Q_DECLARE_METATYPE(QList<gradlab::OptimizerKind>)

class TestStateOverlay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void raceOverlayIsTheRuns_data();
    void raceOverlayIsTheRuns();
    void descentOverlayIsTheRun_data();
    void descentOverlayIsTheRun();
    void toggleIsASettingWithUndo();
    void overlayIsExported();
    void renderRefusesOverlayElsewhere();
    void tuneSetsCoreRatesAndSaysThem();
    void tuneSaysWhy_data();
    void tuneSaysWhy();
    void raceTextDoesNotOverlap_data();
    void raceTextDoesNotOverlap();
};

namespace {

// |a − b| within 1e-12 of the larger (or of 1), per coordinate.
bool close(double a, double b) {
    return std::fabs(a - b) <= 1e-12 * std::max({1.0, std::fabs(a), std::fabs(b)});
}
bool near(QPointF a, QPointF b) {
    return close(a.x(), b.x()) && close(a.y(), b.y());
}

QString pointText(QPointF p) {
    return QStringLiteral("(%1, %2)").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
}

#define COMPARE_POINT(actual, expected)                                                                      \
    QVERIFY2(                                                                                                \
        near((actual), (expected)),                                                                          \
        qPrintable(                                                                                          \
            QStringLiteral("%1 = %2, expected %3").arg(#actual, pointText(actual), pointText(expected))))

// In one variable the gradient's arrow sits kMarkGap pixels above the state arrow and the bar as far below
// it (on the plot the other way round: y pixels grow downwards); in two, every mark starts at the anchor.
#define COMPARE_SHIFTED(position, expected, one, gap)                                                        \
    do {                                                                                                     \
        const QCPItemPosition* at = (position);                                                              \
        const QPointF want = (expected);                                                                     \
        if (!(one)) {                                                                                        \
            COMPARE_POINT(at->coords(), want);                                                               \
            break;                                                                                           \
        }                                                                                                    \
        QVERIFY(close(at->coords().x(), want.x()));                                                          \
        const double dy =                                                                                    \
            at->valueAxis()->coordToPixel(at->coords().y()) - at->valueAxis()->coordToPixel(want.y());       \
        QVERIFY2(std::fabs(dy - (gap)) < 1e-6, qPrintable(QStringLiteral("%1 px apart").arg(dy)));           \
    } while (false)

// Every glyph drawn for run `t` by `overlay`: its marks at the numbers of the update it draws, read from the
// trajectory here (not from the glyph), drawn overlay->scale() times longer (the caption says so), and the
// gradient's arrow downhill where no noise was added.
void checkGlyphs(const StateOverlay* overlay, const Trajectory& t, const CompiledFunction& f) {
    const int drawn = static_cast<int>(overlay->glyphs().size());
    if (!hasStateGlyph(t.optimizer)) {
        QCOMPARE(drawn, 0);
        return;
    }
    QVERIFY(drawn >= 2);
    QCOMPARE(overlay->glyphs().last().step, t.points.back().step); // the latest update is drawn
    for (int i = 0; i < drawn; ++i) {
        const StateGlyph& g = overlay->glyphs()[i];
        if (i > 0) QVERIFY(g.step > overlay->glyphs()[i - 1].step);
        const TrajectoryPoint& from = t.points[static_cast<std::size_t>(g.step) - 1];
        const TrajectoryPoint& to = t.points[static_cast<std::size_t>(g.step)];
        const bool one = t.dimension == 1;
        const QPointF anchor(from.point[0], one ? from.loss : from.point[1]);
        COMPARE_POINT(overlay->anchor(i), anchor);
        const double k = overlay->scale();
        auto along = [&](double dx, double dy) {
            return QPointF(anchor.x() + k * dx, anchor.y() + (one ? 0 : k * dy));
        };
        const double gap = StateOverlay::kMarkGap;
        const double lr = to.learningRate;
        switch (t.optimizer) {
        case OptimizerKind::Momentum:
            // −η·v ends where the update went; the dashed arrow is −η·g.
            COMPARE_POINT(overlay->stateArrow(i)->end->coords(), along(to.update[0], to.update[1]));
            COMPARE_SHIFTED(overlay->gradientArrow(i)->end,
                            along(-lr * to.stepGradient[0], -lr * to.stepGradient[1]), one, -gap);
            break;
        case OptimizerKind::Nesterov:
            COMPARE_POINT(overlay->stateArrow(i)->end->coords(),
                          along(-lr * to.firstState[0], -lr * to.firstState[1]));
            break;
        case OptimizerKind::Adam: {
            // The solid arrow is the update; the dashed one the same scaling of the raw gradient.
            COMPARE_POINT(overlay->stateArrow(i)->end->coords(), along(to.update[0], to.update[1]));
            double dash[2];
            for (int c = 0; c < t.dimension; ++c) {
                const double vHat = to.secondState[c] / (1 - std::pow(t.hyperparameters.beta2, g.step));
                dash[c] = -lr / (std::sqrt(vHat) + 1e-8) * to.stepGradient[c];
            }
            COMPARE_SHIFTED(overlay->gradientArrow(i)->end, along(dash[0], dash[1]), one, -gap);
            break;
        }
        default:
            QVERIFY(!overlay->stateArrow(i));
        }
        if (overlay->stateArrow(i)) COMPARE_POINT(overlay->stateArrow(i)->start->coords(), anchor);
        if (hasPerCoordinateStepSize(t.optimizer)) {
            // The box's corners (the bar's ends) are the start ± the update taken.
            const double hx = std::fabs(to.point[0] - from.point[0]);
            if (one) {
                QVERIFY(overlay->bar(i) && overlay->bar(i)->visible());
                COMPARE_SHIFTED(overlay->bar(i)->start, QPointF(anchor.x() - k * hx, anchor.y()), one, gap);
                COMPARE_SHIFTED(overlay->bar(i)->end, QPointF(anchor.x() + k * hx, anchor.y()), one, gap);
            } else {
                const double hy = std::fabs(to.point[1] - from.point[1]);
                QVERIFY(overlay->box(i) && overlay->box(i)->visible());
                COMPARE_POINT(overlay->box(i)->topLeft->coords(),
                              QPointF(anchor.x() - k * hx, anchor.y() + k * hy));
                COMPARE_POINT(overlay->box(i)->bottomRight->coords(),
                              QPointF(anchor.x() + k * hx, anchor.y() - k * hy));
            }
        } else {
            QVERIFY(!overlay->box(i) && !overlay->bar(i));
        }
        // Downhill: the dashed arrow against the true gradient where the update started.
        if (overlay->gradientArrow(i)) {
            double grad[2] = {0, 0};
            f.valueAndGradient(from.point, grad);
            const QPointF d = overlay->gradientArrow(i)->end->coords() - anchor;
            QVERIFY2(d.x() * grad[0] + (one ? 0 : d.y() * grad[1]) < 0, qPrintable(QString::number(g.step)));
        }
    }
}

// The caption says by how much `overlay`'s marks are lengthened (run `name`), and says nothing when they are
// drawn at their true length; marks lengthened are readable, and only lengthened when all were short.
void checkScaleSaid(const StateOverlay* overlay, const QString& caption, const QString& name) {
    const QString said = QStringLiteral("%1 ×%2").arg(name, formatValue(overlay->scale()));
    QCOMPARE(caption.contains(said), overlay->scale() != 1.0);
    if (overlay->glyphs().isEmpty()) return;
    QVERIFY(overlay->scale() >= 1.0);
}

} // namespace

void TestStateOverlay::raceOverlayIsTheRuns_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPointF>("start");
    QTest::addColumn<QList<OptimizerKind>>("kinds");
    QTest::addColumn<QSize>("size");
    const QList<OptimizerKind> all(kOptimizers.begin(), kOptimizers.end());
    QTest::newRow("rosenbrock, all, 1500x980")
        << "(1-x)^2 + 100(y-x^2)^2" << QPointF(-1.2, 1) << all << QSize(1500, 980);
    QTest::newRow("thin valley, all, 1500x980") << "10x^2 + y^2" << QPointF(1, 1) << all << QSize(1500, 980);
    QTest::newRow("tilted bowl, adaptive, 1500x980")
        << "x^2 + 3y^2 + x*y - x" << QPointF(-2, 1.5)
        << QList<OptimizerKind>{OptimizerKind::Adagrad, OptimizerKind::RMSprop, OptimizerKind::Adam}
        << QSize(1500, 980);
    QTest::newRow("himmelblau, momentum, 1500x980")
        << "(x^2+y-11)^2 + (x+y^2-7)^2" << QPointF(0, 0)
        << QList<OptimizerKind>{OptimizerKind::Momentum, OptimizerKind::Nesterov} << QSize(1500, 980);
    QTest::newRow("rosenbrock, all, 1360x860")
        << "(1-x)^2 + 100(y-x^2)^2" << QPointF(-1.2, 1) << all << QSize(1360, 860);
    QTest::newRow("thin valley, all, 1360x860") << "10x^2 + y^2" << QPointF(1, 1) << all << QSize(1360, 860);
    QTest::newRow("tilted bowl, adaptive, 1360x860")
        << "x^2 + 3y^2 + x*y - x" << QPointF(-2, 1.5)
        << QList<OptimizerKind>{OptimizerKind::Adagrad, OptimizerKind::RMSprop, OptimizerKind::Adam}
        << QSize(1360, 860);
    QTest::newRow("himmelblau, momentum, 1360x860")
        << "(x^2+y-11)^2 + (x+y^2-7)^2" << QPointF(0, 0)
        << QList<OptimizerKind>{OptimizerKind::Momentum, OptimizerKind::Nesterov} << QSize(1360, 860);
}

void TestStateOverlay::raceOverlayIsTheRuns() {
    QFETCH(QString, formula);
    QFETCH(QPointF, start);
    QFETCH(QList<OptimizerKind>, kinds);
    QFETCH(QSize, size);
    // The window's default size and a larger one: the status lines scroll under the map, which keeps room
    // for several glyphs beside all seven racers.
    TestView<RaceView> view(QStringLiteral("race"));
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    RaceLesson* lesson = view.lesson();
    QVERIFY(lesson->setFormula(formula).function);
    lesson->setPoint(start);
    lesson->setMaxSteps(300);
    for (OptimizerKind k : kOptimizers)
        lesson->setEnabled(k, kinds.contains(k));
    QVERIFY(!view.stateBox()->isChecked());
    QVERIFY(view.figure()->stateCaption().isEmpty());
    QTest::mouseClick(view.stateBox(), Qt::LeftButton, {}, QPoint(8, view.stateBox()->height() / 2));
    QVERIFY(lesson->showState());
    lesson->runToEnd();
    view.figure()->mapPlot()->replot();
    for (OptimizerKind k : kOptimizers) {
        const StateOverlay* overlay = view.figure()->stateOverlay(k);
        QCOMPARE(overlay->isVisible(), kinds.contains(k));
        if (!kinds.contains(k)) continue;
        checkGlyphs(overlay, lesson->trajectory(k), *lesson->function());
        if (QTest::currentTestFailed()) QFAIL(optimizerName(k));
        checkScaleSaid(overlay, view.figure()->stateCaption(),
                       QString::fromStdString(optimizerTitle(k).english()));
        // The caption names each adaptive run's latest per-coordinate step sizes.
        if (hasPerCoordinateStepSize(k)) {
            const StateGlyph last = overlay->glyphs().last();
            const QString sizes =
                QStringLiteral("%1 for x, %2 for y")
                    .arg(formatValue(last.stepSize[0], 3), formatValue(last.stepSize[1], 3));
            QVERIFY2(view.figure()->stateCaption().contains(sizes),
                     qPrintable(view.figure()->stateCaption()));
            QVERIFY(view.figure()->stateCaption().contains(QStringLiteral("update %1:").arg(last.step)));
        }
    }
    const QString caption = view.figure()->stateCaption();
    QCOMPARE(caption.contains(QStringLiteral("Box (Adagrad, RMSprop, Adam)")),
             kinds.contains(OptimizerKind::Adam) || kinds.contains(OptimizerKind::Adagrad) ||
                 kinds.contains(OptimizerKind::RMSprop));
    QCOMPARE(caption.contains(QStringLiteral("−η·v")),
             kinds.contains(OptimizerKind::Momentum) || kinds.contains(OptimizerKind::Nesterov));
    QCOMPARE(caption.contains(QStringLiteral("bias-corrected")), kinds.contains(OptimizerKind::Adam));
    // Off again: nothing drawn, no caption.
    QTest::mouseClick(view.stateBox(), Qt::LeftButton, {}, QPoint(8, view.stateBox()->height() / 2));
    QVERIFY(!lesson->showState());
    for (OptimizerKind k : kOptimizers)
        QVERIFY(view.figure()->stateOverlay(k)->glyphs().isEmpty());
    QVERIFY(view.figure()->stateCaption().isEmpty());
}

void TestStateOverlay::descentOverlayIsTheRun_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<OptimizerKind>("kind");
    QTest::addColumn<double>("lr");
    for (OptimizerKind k : kOptimizers) {
        const double lr = k == OptimizerKind::Adam || k == OptimizerKind::Adagrad ? 0.5
                          : k == OptimizerKind::RMSprop                           ? 0.05
                          : k == OptimizerKind::Newton                            ? 1.0
                                                                                  : 0.05;
        QTest::addRow("%s, quadratic", optimizerName(k)) << "(w-3)^2" << 8.0 << k << lr;
        QTest::addRow("%s, wavy", optimizerName(k)) << "w^2/4 + sin(3w)" << -3.0 << k << lr;
    }
}

void TestStateOverlay::descentOverlayIsTheRun() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(OptimizerKind, kind);
    QFETCH(double, lr);
    TestView<DescentView> view(QStringLiteral("descent1d"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    DescentLesson* lesson = view.lesson();
    QVERIFY(lesson->setFormula(formula).function);
    lesson->setX(start);
    lesson->setOptimizer(kind);
    lesson->setLearningRate(lr);
    QTest::mouseClick(view.stateBox(), Qt::LeftButton, {}, QPoint(8, view.stateBox()->height() / 2));
    QVERIFY(lesson->showState());
    while (lesson->step()) {
    }
    view.figure()->plot()->replot();
    checkGlyphs(view.figure()->stateOverlay(), lesson->trajectory(), *lesson->function());
    const QString caption = view.figure()->stateCaption();
    checkScaleSaid(view.figure()->stateOverlay(), caption,
                   QString::fromStdString(optimizerTitle(kind).english()));
    QVERIFY(!caption.isEmpty());
    if (!hasStateGlyph(kind)) QVERIFY2(caption.contains(QStringLiteral("keep none")), qPrintable(caption));
    if (hasPerCoordinateStepSize(kind)) {
        const StateGlyph last = view.figure()->stateOverlay()->glyphs().last();
        QVERIFY2(caption.contains(QStringLiteral("|Δw| = %1").arg(formatValue(last.halfWidth[0], 3))),
                 qPrintable(caption));
    }
}

// The toggle is a lesson setting: one undo step, saved, restored from a file, off in old files.
void TestStateOverlay::toggleIsASettingWithUndo() {
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QUndoStack* stack = w.document()->undoStack();
    for (const QString& id : {QStringLiteral("race"), QStringLiteral("descent1d")}) {
        QVERIFY(w.showLesson(id));
        QCheckBox* box = id == QLatin1String("race") ? static_cast<RaceView*>(w.lesson(id))->stateBox()
                                                     : static_cast<DescentView*>(w.lesson(id))->stateBox();
        Lesson* lesson = w.lesson(id)->model();
        QVERIFY(!lesson->save().value(QStringLiteral("showState")).toBool());
        const int before = stack->count();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QCOMPARE(stack->count(), before + 1);
        QVERIFY(lesson->save().value(QStringLiteral("showState")).toBool());
        stack->undo();
        QVERIFY(!box->isChecked());
        QVERIFY(!lesson->save().value(QStringLiteral("showState")).toBool());
        stack->redo();
        QVERIFY(box->isChecked());
        // A file without the key (written before the overlay) turns it off; a wrong type is refused.
        QJsonObject state = lesson->save();
        state.remove(QStringLiteral("showState"));
        QVERIFY(lesson->check(state).isEmpty());
        lesson->restore(state);
        QVERIFY(!box->isChecked());
        state.insert(QStringLiteral("showState"), QStringLiteral("yes"));
        QVERIFY(lesson->check(state).contains(QStringLiteral("showState")));
    }
    // The learning-rate lesson draws no overlay and keeps no such setting.
    QVERIFY(
        !w.lesson(QStringLiteral("learning-rate"))->model()->save().contains(QStringLiteral("showState")));
}

// Exported figures draw the overlay when it is shown (the same figure as the view), and `--overlay` turns
// it on for `gradlab render`.
void TestStateOverlay::overlayIsExported() {
    const std::unique_ptr<LessonSet> set = createLessons();
    for (const QString& id : {QStringLiteral("race"), QStringLiteral("descent1d")}) {
        Lesson* lesson = set->lesson(id);
        RenderOptions options;
        options.optimizers = {QStringLiteral("adam")};
        QString error;
        QVERIFY2(lesson->applyOptions(options, &error), qPrintable(error));
        const QImage plain = renderLessonImage(*lesson, {900, 600}, 1.0, false);
        options.overlay = true;
        QVERIFY2(lesson->applyOptions(options, &error), qPrintable(error));
        QVERIFY(lesson->save().value(QStringLiteral("showState")).toBool());
        const QImage overlaid = renderLessonImage(*lesson, {900, 600}, 1.0, false);
        QVERIFY(!plain.isNull() && !overlaid.isNull());
        QVERIFY2(plain != overlaid, qPrintable(id));
        // The exported figure is a copy: its overlay draws the same glyphs as the model's run.
        std::unique_ptr<Lesson> copy = lesson->clone();
        QVERIFY(copy->save().value(QStringLiteral("showState")).toBool());
    }
}

void TestStateOverlay::renderRefusesOverlayElsewhere() {
    QProcess p;
    p.start(QStringLiteral(GRADLAB_EXECUTABLE),
            {QStringLiteral("render"), QStringLiteral("secant"), QStringLiteral("--overlay"),
             QStringLiteral("-o"), QDir::temp().filePath(QStringLiteral("gradlab-overlay-refused.png"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(p.readAllStandardError().contains(
                 "--overlay (the optimizer-state overlay) is for race and descent1d"),
             "message");
}

// Tune: the rates set are core's pick for each enabled optimizer (computed here from the same sweep), one
// undo step, and the sentence names each rate and final loss.
void TestStateOverlay::tuneSetsCoreRatesAndSaysThem() {
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("race")));
    auto* view = static_cast<RaceView*>(w.lesson(QStringLiteral("race")));
    RaceLesson* lesson = view->lesson();
    QUndoStack* stack = w.document()->undoStack();
    lesson->setMaxSteps(200);
    lesson->setEnabled(OptimizerKind::RMSprop, true);
    QVERIFY(view->tuneText().isEmpty());
    std::vector<std::pair<OptimizerKind, TunePick>> expected;
    std::array<double, kOptimizerCount> before{};
    const double start[2] = {lesson->point().x(), lesson->point().y()};
    for (OptimizerKind k : kOptimizers) {
        before[static_cast<std::size_t>(k)] = lesson->racer(k).hyperparameters.learningRate;
        if (lesson->isEnabled(k))
            expected.emplace_back(k, bestLearningRate(sweepLearningRates(
                                         *lesson->function(), start, lesson->runSettings(k), tuneRates())));
    }
    QCOMPARE(expected.size(), std::size_t(4));
    const int count = stack->count();
    QTest::mouseClick(view->tuneButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->tuner()->isRunning() && view->tuneButton()->isEnabled(), 60000);
    QCOMPARE(stack->count(), count + 1);
    const QString text = view->tuneText();
    lesson->runToEnd();
    for (const auto& [k, pick] : expected) {
        QVERIFY(pick.found);
        QCOMPARE(lesson->racer(k).hyperparameters.learningRate, pick.learningRate);
        const QString said = QStringLiteral("%1: η = %2 (final loss %3)")
                                 .arg(QString::fromStdString(optimizerTitle(k).english()),
                                      formatValue(pick.learningRate, 3), formatValue(pick.finalLoss, 2));
        QVERIFY2(text.contains(said), qPrintable(text + QStringLiteral(" lacks ") + said));
        // Why it was chosen, in core's terms: never the rate just below the first that diverged.
        const QString why = RaceTuner::describe({k, pick, before[static_cast<std::size_t>(k)]}, 200);
        QVERIFY2(text.contains(why), qPrintable(text + QStringLiteral(" lacks ") + why));
        QVERIFY(pick.basis != TuneBasis::NoMargin);
        QVERIFY(pick.stepsBelowDivergence != 1);
        // The race now runs at that rate and ends at that loss.
        QCOMPARE(lesson->trajectory(k).stopLoss, pick.finalLoss);
    }
    QVERIFY(text.contains(QStringLiteral("200 steps")));
    // One undo step brings every rate back, and the sentence no longer holds.
    stack->undo();
    for (OptimizerKind k : kOptimizers)
        QCOMPARE(lesson->racer(k).hyperparameters.learningRate, before[static_cast<std::size_t>(k)]);
    QVERIFY(view->tuneText().isEmpty());
    stack->redo();
    QVERIFY(!view->tuneText().isEmpty());
    // Another start: the picks were for the old one.
    lesson->setPoint(QPointF(0.5, 2));
    QVERIFY(view->tuneText().isEmpty());
}

void TestStateOverlay::tuneSaysWhy_data() {
    QTest::addColumn<int>("basis");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("firstDiverged");
    QTest::addColumn<int>("stepsBelow");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("doesNotSay");
    QTest::addColumn<double>("convergedAtEdge"); // 0: no rate converged
    const QString chosen = QStringLiteral("Adam: η = %1 (final loss %2): ")
                               .arg(formatValue(0.0316228, 3), formatValue(1.5e-5, 2));
    const QString margin = QStringLiteral("converged and whose next larger rate did not diverge");
    QTest::newRow("converged, 2 steps below")
        << int(TuneBasis::ConvergedWithMargin) << true << 0.1 << 2
        << QStringList{chosen, margin,
                       QStringLiteral("2 grid steps below the first rate that diverged (0.1)")}
        << QStringList{QStringLiteral("no rate converged"), QStringLiteral("edge")} << 0.0;
    QTest::newRow("converged, nothing diverged")
        << int(TuneBasis::ConvergedWithMargin) << true << 0.0 << 0
        << QStringList{margin, QStringLiteral("no larger rate tried diverged")}
        << QStringList{QStringLiteral("below the first")} << 0.0;
    QTest::newRow("stable, one step below")
        << int(TuneBasis::StableWithMargin) << true << 0.05 << 1
        << QStringList{QStringLiteral("no rate converged in 200 steps"),
                       QStringLiteral("did not diverge either"),
                       QStringLiteral("one grid step below the first rate that diverged (0.05)")}
        << QStringList{margin} << 0.0;
    QTest::newRow("stable, a rate converged at the edge")
        << int(TuneBasis::StableWithMargin) << true << 0.05 << 1
        << QStringList{QStringLiteral("η = 0.00075 converged in 200 steps but was left out"),
                       QStringLiteral("did not diverge either")}
        << QStringList{QStringLiteral("no rate converged"), margin} << 0.00075;
    QTest::newRow("fallback") << int(TuneBasis::NoMargin) << true << 0.05 << 1
                              << QStringList{QStringLiteral("edge of divergence")} << QStringList{margin}
                              << 0.0;
    QTest::newRow("every rate diverged") << int(TuneBasis::None) << false << 0.0 << 0
                                         << QStringList{QStringLiteral("every rate diverged, η = 0.001 kept")}
                                         << QStringList{QStringLiteral("final loss")} << 0.0;
}

// Tune's sentence for one optimizer says what was chosen and why, in the words of core's basis.
void TestStateOverlay::tuneSaysWhy() {
    QFETCH(int, basis);
    QFETCH(bool, found);
    QFETCH(double, firstDiverged);
    QFETCH(int, stepsBelow);
    QFETCH(QStringList, says);
    QFETCH(QStringList, doesNotSay);
    QFETCH(double, convergedAtEdge);
    TunedRate t{OptimizerKind::Adam, {}, 0.001};
    t.pick.found = found;
    t.pick.basis = static_cast<TuneBasis>(basis);
    t.pick.learningRate = 0.0316228;
    t.pick.finalLoss = 1.5e-5;
    t.pick.firstDivergedRate = firstDiverged;
    t.pick.stepsBelowDivergence = stepsBelow;
    t.pick.convergedAtEdge = convergedAtEdge;
    const QString text = RaceTuner::describe(t, 200);
    for (const QString& s : says)
        QVERIFY2(text.contains(s), qPrintable(text + QStringLiteral(" lacks ") + s));
    for (const QString& s : doesNotSay)
        QVERIFY2(!text.contains(s), qPrintable(text + QStringLiteral(" says ") + s));
}

QTEST_MAIN(TestStateOverlay)
#include "tst_state_overlay.moc"

namespace {

struct TextWidget {
    QWidget* widget;
    QRect shown; ///< the part of it its ancestors leave visible, in window coordinates
};

// The widgets under `root` that show text (labels, buttons, fields, tabs, tables and plots, each taken
// whole), with the part of each that is visible.
void collectTextWidgets(QWidget* root, QList<TextWidget>* out) {
    for (QObject* o : root->children()) {
        auto* w = qobject_cast<QWidget*>(o);
        if (!w || !w->isVisibleTo(root->window()) || w->isWindow()) continue;
        const auto* label = qobject_cast<QLabel*>(w);
        const bool bearsText = (label && !label->text().isEmpty()) || qobject_cast<QAbstractButton*>(w) ||
                               qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                               qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QTabBar*>(w) ||
                               qobject_cast<QAbstractItemView*>(w) || qobject_cast<QCustomPlot*>(w);
        if (!bearsText) {
            collectTextWidgets(w, out);
            continue;
        }
        QRect shown(w->mapTo(w->window(), QPoint(0, 0)), w->size());
        for (QWidget* a = w->parentWidget(); a && !a->isWindow(); a = a->parentWidget())
            shown &= QRect(a->mapTo(a->window(), QPoint(0, 0)), a->size());
        if (!shown.isEmpty()) out->append({w, shown});
    }
}

QString describe(const QWidget* w) {
    const auto* label = qobject_cast<const QLabel*>(w);
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()),
                                         label ? label->text().left(40) : w->accessibleName());
}

} // namespace

void TestStateOverlay::raceTextDoesNotOverlap_data() {
    QTest::addColumn<bool>("inWindow");
    QTest::addColumn<QSize>("size");
    QTest::newRow("race view 1500x980") << false << QSize(1500, 980);
    QTest::newRow("race view 1360x860") << false << QSize(1360, 860);
    QTest::newRow("main window 1360x860") << true << QSize(1360, 860);
    // Smaller than the lesson needs: it scrolls, and keeps its sizes.
    QTest::newRow("main window 1024x600") << true << QSize(1024, 600);
}

// Seven racers with the state overlay, run to the end: no two visible widgets that show text overlap, every
// word-wrapped label outside a scrolled area is as tall as its text, the map's legend stays off its plot
// area, and the map keeps a readable size (at least 200 x 120 pixels of plot).
void TestStateOverlay::raceTextDoesNotOverlap() {
    QFETCH(bool, inWindow);
    QFETCH(QSize, size);
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TestView<RaceView>> alone;
    RaceView* view = nullptr;
    QWidget* top = nullptr;
    if (inWindow) {
        window = std::make_unique<MainWindow>();
        QVERIFY(window->showLesson(QStringLiteral("race")));
        view = static_cast<RaceView*>(window->lesson(QStringLiteral("race")));
        top = window.get();
    } else {
        alone = std::make_unique<TestView<RaceView>>(QStringLiteral("race"));
        view = alone.get();
        top = alone.get();
    }
    top->show();
    QVERIFY(QTest::qWaitForWindowExposed(top));
    RaceLesson* lesson = view->lesson();
    for (OptimizerKind k : kOptimizers)
        lesson->setEnabled(k, true);
    lesson->setMaxSteps(300);
    QTest::mouseClick(view->stateBox(), Qt::LeftButton, {}, QPoint(8, view->stateBox()->height() / 2));
    QVERIFY(lesson->showState());
    lesson->runToEnd();
    top->resize(size);
    QTRY_COMPARE(top->size(), size);
    QApplication::processEvents();
    view->figure()->mapPlot()->replot();
    QVERIFY(!view->figure()->stateCaption().isEmpty());

    QList<TextWidget> texts;
    collectTextWidgets(view, &texts);
    QVERIFY(texts.size() > 10);
    for (int a = 0; a < texts.size(); ++a) {
        for (int b = a + 1; b < texts.size(); ++b)
            QVERIFY2(!texts[a].shown.intersects(texts[b].shown),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 overlaps %6")
                                    .arg(describe(texts[a].widget))
                                    .arg(texts[a].shown.x())
                                    .arg(texts[a].shown.y())
                                    .arg(texts[a].shown.width())
                                    .arg(texts[a].shown.height())
                                    .arg(describe(texts[b].widget))));
        // A wrapped label given less than its text's height is cut (unless it scrolls).
        const auto* label = qobject_cast<QLabel*>(texts[a].widget);
        bool scrolled = false;
        for (QWidget* p = texts[a].widget->parentWidget(); p; p = p->parentWidget())
            scrolled = scrolled || qobject_cast<QScrollArea*>(p);
        if (label && label->wordWrap() && !scrolled)
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(describe(label) + QStringLiteral(" cut: %1 < %2")
                                                      .arg(label->height())
                                                      .arg(label->heightForWidth(label->width()))));
    }
    // The status lines and the caption are inside the race's text area, all reachable by scrolling.
    QScrollArea* area = view->figure()->textArea();
    QVERIFY(area->isVisible());
    QVERIFY2(area->widget()->height() >= area->widget()->heightForWidth(area->widget()->width()),
             qPrintable(QStringLiteral("text area's lines %1 px high, need %2 at width %3")
                            .arg(area->widget()->height())
                            .arg(area->widget()->heightForWidth(area->widget()->width()))
                            .arg(area->widget()->width())));
    const LessonPlot* map = view->figure()->mapPlot();
    QVERIFY2(!map->legend->outerRect().intersects(map->axisRect()->rect()), "legend over the map");
    QVERIFY2(
        map->axisRect()->width() >= 200 && map->axisRect()->height() >= 120,
        qPrintable(
            QStringLiteral("map plot %1x%2").arg(map->axisRect()->width()).arg(map->axisRect()->height())));
}
