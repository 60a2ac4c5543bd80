// The step inspector on real widgets (lessons 6 and 8): a click on a point of a run, a click on a row of the
// step table and ←/→ choose a step; the panel's numbers are then the trajectory's, the chosen point is ringed
// on the plot and the table's row selected; Esc and a new run let go.

#include "descent/descent.h"
#include "descent/step_explanation.h"
#include "expression/parser.h"
#include "expression/tree_evaluate.h"
#include "function/read_function.h"
#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/number_format.h"
#include "lessons/race_lesson.h"
#include "plotting/contour_map.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "views/descent_figure.h"
#include "views/descent_view.h"
#include "views/race_figure.h"
#include "views/race_view.h"
#include "views/step_inspector.h"
#include "views/step_picker.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <cmath>

using namespace gradlab;

namespace {

// The panel shows step k of `t`: its numbers are the trajectory's, and its text prints them.
void checkShows(const StepInspector* inspector, const Trajectory& t, int k) {
    QVERIFY(inspector->hasStep());
    QVERIFY(inspector->body()->isVisible());
    QVERIFY(inspector->hintLabel()->isHidden());
    const StepExplanation& e = inspector->explanation();
    QCOMPARE(e.step, k);
    QCOMPARE(e.optimizer, t.optimizer);
    const TrajectoryPoint &from = t.points[std::size_t(k)], &to = t.points[std::size_t(k) + 1];
    const QString text = inspector->text();
    for (int i = 0; i < t.dimension; ++i) {
        QCOMPARE(e.point[i], from.point[i]);
        QCOMPARE(e.gradient[i], from.gradient[i]);
        QCOMPARE(e.next[i], to.point[i]);
        QVERIFY2(text.contains(inspectorNumber(from.point[i])), qPrintable(text));
        QVERIFY2(text.contains(inspectorNumber(to.point[i])), qPrintable(text));
        QVERIFY2(text.contains(inspectorNumber(from.gradient[i])), qPrintable(text));
        if (!e.state.empty()) {
            QCOMPARE(e.state[0].after[i], to.firstState[i]);
            QVERIFY2(text.contains(inspectorNumber(to.firstState[i])), qPrintable(text));
        }
    }
    QCOMPARE(e.learningRate, to.learningRate);
    QVERIFY(text.contains(QStringLiteral("Step %1 → %2").arg(k).arg(k + 1)));
    // Every substituted equation is on the panel as the core writes it, its numbers as the GUI shows them;
    // each is an assignment ("w ← w − η·g = …", never the false "w = w − η·g = …").
    for (const StepEquation& q : e.equations) {
        QVERIFY2(text.contains(withDisplayDecimal(QString::fromStdString(q.text()))),
                 qPrintable(QString::fromStdString(q.text())));
        QVERIFY2(QString::fromStdString(q.symbolic).contains(QStringLiteral(" ← ")),
                 qPrintable(QString::fromStdString(q.symbolic)));
    }
    // In one variable the rule names the point by it, as the rest of the lesson does: no θ.
    if (t.dimension == 1) QVERIFY2(!text.contains(QStringLiteral("θ")), qPrintable(text));
}

// The panel shows the run's current point (no update has left it): its point, loss, gradient and state.
void checkShowsCurrentPoint(const StepInspector* inspector, const Trajectory& t) {
    QVERIFY(inspector->hasStep());
    QVERIFY(inspector->showsCurrentPoint());
    QVERIFY(inspector->body()->isVisible());
    const StepExplanation& e = inspector->explanation();
    const int last = int(t.points.size()) - 1;
    QCOMPARE(e.step, last);
    const TrajectoryPoint& p = t.points.back();
    const QString text = inspector->text();
    QVERIFY2(text.contains(QStringLiteral("Step %1:").arg(last)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("current point")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("→ %1:").arg(last + 1)), qPrintable(text));
    QCOMPARE(e.loss, p.loss);
    QVERIFY2(text.contains(inspectorNumber(p.loss)), qPrintable(text));
    for (int i = 0; i < t.dimension; ++i) {
        QCOMPARE(e.point[i], p.point[i]);
        QCOMPARE(e.gradient[i], p.gradient[i]);
        QVERIFY2(text.contains(inspectorNumber(p.point[i])), qPrintable(text));
        QVERIFY2(text.contains(inspectorNumber(p.gradient[i])), qPrintable(text));
        if (!e.state.empty()) {
            QCOMPARE(e.state[0].after[i], p.firstState[i]);
            QVERIFY2(text.contains(inspectorNumber(p.firstState[i])), qPrintable(text));
        }
    }
}

// The ring on the plot sits on point k of `t` (drawn at (w, L(w)) or (x, y)).
void checkMarker(const StepPicker* picker, const Trajectory& t, int k) {
    QCOMPARE(picker->marker()->data()->size(), 1);
    const TrajectoryPoint& p = t.points[std::size_t(k)];
    QCOMPARE(picker->marker()->data()->begin()->key, p.point[0]);
    QCOMPARE(picker->marker()->data()->begin()->value, t.dimension == 1 ? p.loss : p.point[1]);
    // And it is drawn there now, in what the widget shows (not only in the graph's data): most of a circle
    // of the ring's radius around the point is the ring's dark colour.
    QCustomPlot* plot = picker->marker()->parentPlot();
    const QImage shown = plot->grab().toImage();
    const QPointF c(plot->xAxis->coordToPixel(p.point[0]),
                    plot->yAxis->coordToPixel(t.dimension == 1 ? p.loss : p.point[1]));
    const double r = StepPicker::kMarkerSize / 2 * shown.devicePixelRatio();
    int inside = 0, dark = 0;
    for (int a = 0; a < 72; ++a) {
        const QPoint q =
            (c * shown.devicePixelRatio() + r * QPointF(std::cos(a * M_PI / 36), std::sin(a * M_PI / 36)))
                .toPoint();
        if (!shown.rect().contains(q)) continue;
        ++inside;
        const QColor colour = shown.pixelColor(q);
        dark += colour.red() < 90 && colour.green() < 90 && colour.blue() < 90;
    }
    QVERIFY2(inside > 0 && dark * 2 > inside,
             qPrintable(QStringLiteral("ring at step %1: %2 of %3 dark").arg(k).arg(dark).arg(inside)));
}

// The map's axes were laid out for the ranges drawn (their ticks are the ticker's for those ranges, not for
// the ranges before the equal-aspect fit), and the map's colours cover those ranges.
void checkOneView(RaceFigure* figure) {
    LessonPlot* map = figure->mapPlot();
    for (QCPAxis* axis : {map->xAxis, map->yAxis}) {
        QVector<double> ticks;
        axis->ticker()->generate(axis->range(), map->locale(), axis->numberFormat().at(0),
                                 axis->numberPrecision(), ticks, nullptr, nullptr);
        QCOMPARE(axis->tickVector(), ticks);
    }
    const QCPColorMap* colours = figure->contourMap()->colorMap();
    const QCPRange x = map->xAxis->range(), y = map->yAxis->range();
    const QCPRange kx = colours->data()->keyRange(), ky = colours->data()->valueRange();
    QVERIFY2(kx.lower <= x.lower && kx.upper >= x.upper && ky.lower <= y.lower && ky.upper >= y.upper,
             qPrintable(QStringLiteral("axes x %1…%2, y %3…%4; colours x %5…%6, y %7…%8")
                            .arg(x.lower)
                            .arg(x.upper)
                            .arg(y.lower)
                            .arg(y.upper)
                            .arg(kx.lower)
                            .arg(kx.upper)
                            .arg(ky.lower)
                            .arg(ky.upper)));
}

void clickRow(QTableWidget* table, int row) {
    const QRect r = table->visualItemRect(table->item(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center());
}

} // namespace

class TestStepInspector : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void drawnOnTopIsPicked();
    void descentPointRowAndArrows_data();
    void descentPointRowAndArrows();
    void descentFollowsTheRun();
    void raceShowsTheChosenOptimizer();
    void raceCurrentPointInspectsAndBackgroundMovesStart_data();
    void raceCurrentPointInspectsAndBackgroundMovesStart();
    /// With GRADLAB_SCREENSHOT=FILE.png (scripts/screenshots.sh): the README's picture of the inspector.
    void screenshot();
    void shownArithmeticHoldsToTheLastDigit_data();
    void shownArithmeticHoldsToTheLastDigit();
};

void TestStepInspector::descentPointRowAndArrows_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::newRow("gd, (w-3)^2") << "(w-3)^2" << 8.0 << int(OptimizerKind::GradientDescent) << 0.1;
    QTest::newRow("momentum, (w-3)^2") << "(w-3)^2" << 8.0 << int(OptimizerKind::Momentum) << 0.02;
    QTest::newRow("adam, quartic") << "w^4/4 - w^2 + 0.3*w" << 2.2 << int(OptimizerKind::Adam) << 0.2;
    QTest::newRow("rmsprop, exp") << "exp(w/2) - 2*w" << -1.5 << int(OptimizerKind::RMSprop) << 0.3;
    QTest::newRow("newton, quartic") << "w^4/4 - w^2 + 0.3*w" << 2.2 << int(OptimizerKind::Newton) << 0.5;
}

void TestStepInspector::descentPointRowAndArrows() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(int, optimizer);
    QFETCH(double, lr);
    test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.resize(1500, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QVERIFY(view.lesson()->setFormula(formula).function);
    view.lesson()->setSettings(
        static_cast<OptimizerKind>(optimizer),
        [lr] {
            Hyperparameters hp;
            hp.learningRate = lr;
            return hp;
        }(),
        8);
    view.lesson()->setX(start);
    for (int i = 0; i < 8; ++i)
        view.lesson()->step();
    QVector<QPointF> drawn;
    for (const TrajectoryPoint& p : view.lesson()->trajectory().points)
        drawn.append(QPointF(p.point[0], p.loss));
    view.figure()->plot()->reveal(drawn);
    QTest::qWait(20);
    const Trajectory& t = view.lesson()->trajectory();
    QCOMPARE(int(t.points.size()), 9);
    StepInspector* inspector = view.stepInspector();
    StepPicker* picker = view.stepPicker();
    LessonPlot* plot = view.figure()->plot();
    QTableWidget* table = view.figure()->stepTable();
    // Nothing chosen: the hint.
    QVERIFY(!inspector->hasStep());
    QVERIFY(inspector->hintLabel()->isVisible());
    QCOMPARE(picker->marker()->data()->size(), 0);

    // A click on a step's point chooses it (not a click on the background: the start stays). The step:
    // the first on screen, off the start handle, with no other point within 2 pixels (the
    // nearest point is the one picked).
    int clicked = -1;
    for (int k = 1; k < 7 && clicked < 0; ++k) {
        const QPointF px = picker->pixelOf(0, k);
        bool apart = true;
        for (int j = 0; j < int(t.points.size()); ++j)
            apart = apart && (j == k || QLineF(px, picker->pixelOf(0, j)).length() > 2.0);
        if (!apart || plot->handleAt(px) ||
            !QRectF(plot->axisRect()->rect()).adjusted(4, 4, -4, -4).contains(px))
            continue;
        QTest::mouseClick(plot, Qt::LeftButton, {}, px.toPoint());
        clicked = k;
    }
    QVERIFY2(clicked >= 0, "no step's point is on screen");
    QCOMPARE(view.lesson()->x(), start);
    QCOMPARE(picker->selectedStep(), clicked);
    checkShows(inspector, t, clicked);
    checkMarker(picker, t, clicked);
    QCOMPARE(table->currentRow(), clicked);
    QVERIFY(table->selectionModel()->isRowSelected(clicked, {}));

    // →, ← on the plot walk the steps; the table follows.
    QVERIFY(plot->hasFocus());
    QTest::keyClick(plot, Qt::Key_Right);
    checkShows(inspector, t, clicked + 1);
    checkMarker(picker, t, clicked + 1);
    QCOMPARE(table->currentRow(), clicked + 1);
    QTest::keyClick(plot, Qt::Key_Left);
    QTest::keyClick(plot, Qt::Key_Left);
    checkShows(inspector, t, clicked - 1);
    QCOMPARE(view.lesson()->x(), start); // the arrows walked the steps, not the start point

    // A row of the table chooses its step; ←/→ in the table walk on, and stop at the ends.
    clickRow(table, 6);
    checkShows(inspector, t, 6);
    checkMarker(picker, t, 6);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Right);
    checkShows(inspector, t, 7);
    QTest::keyClick(table, Qt::Key_Right); // row 8: the run's current point, where the last update landed
    checkShowsCurrentPoint(inspector, t);
    checkMarker(picker, t, 8);
    QCOMPARE(table->currentRow(), 8);
    QTest::keyClick(table, Qt::Key_Right); // and no further
    checkShowsCurrentPoint(inspector, t);
    clickRow(table, 0);
    checkShows(inspector, t, 0);
    QTest::keyClick(table, Qt::Key_Left);
    checkShows(inspector, t, 0);
    clickRow(table, 8); // the last row: no update from there yet, the point itself is shown
    checkShowsCurrentPoint(inspector, t);
    checkMarker(picker, t, 8);

    // Esc lets go: the hint again, no ring.
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!inspector->hasStep());
    QVERIFY(inspector->hintLabel()->isVisible());
    QVERIFY(inspector->hintLabel()->text().contains(QStringLiteral("a row of the step table")));
    QCOMPARE(picker->marker()->data()->size(), 0);
}

void TestStepInspector::descentFollowsTheRun() {
    test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.resize(1500, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.lesson()->setFormula(QStringLiteral("(w-3)^2")).function);
    view.lesson()->setX(8.0);
    for (int i = 0; i < 6; ++i)
        view.lesson()->step();
    StepPicker* picker = view.stepPicker();
    picker->select(0, 4);
    checkShows(view.stepInspector(), view.lesson()->trajectory(), 4);
    // More steps: the chosen step stays.
    view.lesson()->step();
    QCOMPARE(picker->selectedStep(), 4);
    checkShows(view.stepInspector(), view.lesson()->trajectory(), 4);
    // A new learning rate restarts the run: nothing to show, the panel lets go.
    view.lesson()->setLearningRate(0.2);
    QCOMPARE(int(view.lesson()->trajectory().points.size()), 1);
    QVERIFY(!picker->hasSelection());
    QVERIFY(!view.stepInspector()->hasStep());
    // A shorter run than the chosen step: clamped to its last update.
    for (int i = 0; i < 6; ++i)
        view.lesson()->step();
    picker->select(0, 5);
    view.lesson()->setMaxSteps(3); // restarts
    for (int i = 0; i < 3; ++i)
        view.lesson()->step();
    QVERIFY(!picker->hasSelection() || picker->selectedStep() <= 2);
    picker->select(0, 99);
    QCOMPARE(picker->selectedStep(), 3);
    checkShowsCurrentPoint(view.stepInspector(), view.lesson()->trajectory());
    QVERIFY2(view.stepInspector()->text().contains(QStringLiteral("The run stopped here")),
             qPrintable(view.stepInspector()->text()));
    QTest::keyClick(view.figure()->plot(), Qt::Key_Left);
    checkShows(view.stepInspector(), view.lesson()->trajectory(), 2);
}

void TestStepInspector::raceShowsTheChosenOptimizer() {
    test::TestView<RaceView> view(QStringLiteral("race"));
    view.resize(1500, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    RaceLesson* lesson = view.lesson();
    QVERIFY(lesson->setFormula(QStringLiteral("x^2 + 3*y^2")).function);
    lesson->setPoint(QPointF(4, 3));
    for (OptimizerKind k : kOptimizers)
        lesson->setEnabled(k, k == OptimizerKind::Momentum || k == OptimizerKind::Adam);
    for (int i = 0; i < 10; ++i)
        lesson->step();
    view.figure()->resetView();
    QTest::qWait(20);
    StepPicker* picker = view.stepPicker();
    LessonPlot* map = view.figure()->mapPlot();
    const int adam = int(OptimizerKind::Adam), momentum = int(OptimizerKind::Momentum);
    const Trajectory& adamRun = lesson->trajectory(OptimizerKind::Adam);
    QVERIFY(explainableSteps(adamRun) >= 6);
    // A click on Adam's fourth point: Adam's step 4 (unless Momentum's point lies closer to the pixel).
    const QPointF px = picker->pixelOf(adam, 4);
    QVERIFY(QRectF(map->axisRect()->rect()).contains(px));
    const QPointF startBefore = lesson->point();
    QTest::mouseClick(map, Qt::LeftButton, {}, px.toPoint());
    QCOMPARE(lesson->point(), startBefore); // not a click on the map: the start stays
    QCOMPARE(picker->selectedKey(), adam);
    QCOMPARE(picker->selectedStep(), 4);
    checkShows(view.stepInspector(), adamRun, 4);
    checkMarker(picker, adamRun, 4);
    QVERIFY(view.stepInspector()->text().contains(QStringLiteral("exp_avg_sq")));
    QTest::keyClick(map, Qt::Key_Right);
    checkShows(view.stepInspector(), adamRun, 5);
    // The optimizer table's Momentum row: the same step of Momentum's run.
    QTableWidget* optimizers = view.optimizerTable();
    optimizers->setCurrentCell(momentum, 0);
    QCOMPARE(picker->selectedKey(), momentum);
    checkShows(view.stepInspector(), lesson->trajectory(OptimizerKind::Momentum), 5);
    QVERIFY(view.stepInspector()->text().contains(QStringLiteral("momentum_buffer")));
    // Switching Momentum off lets go of its step.
    lesson->setEnabled(OptimizerKind::Momentum, false);
    QVERIFY(!picker->hasSelection());
    QVERIFY(!view.stepInspector()->hasStep());
}

void TestStepInspector::raceCurrentPointInspectsAndBackgroundMovesStart_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPointF>("start");
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<int>("steps");
    QTest::newRow("bowl, adam") << "x^2 + 3*y^2" << QPointF(2, 1.5) << int(OptimizerKind::Adam) << 6;
    QTest::newRow("bowl, momentum") << "x^2 + 3*y^2" << QPointF(-2, 1) << int(OptimizerKind::Momentum) << 8;
    QTest::newRow("rosenbrock, gd") << "(1-x)^2 + 100(y-x^2)^2" << QPointF(-1.2, 1)
                                    << int(OptimizerKind::GradientDescent) << 3;
}

// Lesson 9: a click on a run's current (last drawn) point inspects it, it does not move the start; a click
// away from every point moves the start; the start handle then shows no focus ring while a step is chosen;
// and after the start moved the map's colours cover the axes' ranges (sampled a little beyond them).
void TestStepInspector::raceCurrentPointInspectsAndBackgroundMovesStart() {
    QFETCH(QString, formula);
    QFETCH(QPointF, start);
    QFETCH(int, optimizer);
    QFETCH(int, steps);
    test::TestView<RaceView> view(QStringLiteral("race"));
    view.resize(1500, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    RaceLesson* lesson = view.lesson();
    QVERIFY(lesson->setFormula(formula).function);
    lesson->setPoint(start);
    const auto kind = static_cast<OptimizerKind>(optimizer);
    for (OptimizerKind k : kOptimizers)
        lesson->setEnabled(k, k == kind);
    for (int i = 0; i < steps; ++i)
        lesson->step();
    QTest::qWait(20);
    StepPicker* picker = view.stepPicker();
    LessonPlot* map = view.figure()->mapPlot();
    const Trajectory& t = lesson->trajectory(kind);
    const int last = int(t.points.size()) - 1;
    QCOMPARE(last, steps);
    const QPointF px = picker->pixelOf(optimizer, last);
    QVERIFY(QRectF(map->axisRect()->rect()).contains(px));
    QVERIFY(!map->handleAt(px));
    QTest::mouseClick(map, Qt::LeftButton, {}, px.toPoint());
    QCOMPARE(lesson->point(), start); // the start stays and the run is kept
    QCOMPARE(int(lesson->trajectory(kind).points.size()), last + 1);
    QCOMPARE(picker->selectedKey(), optimizer);
    QCOMPARE(picker->selectedStep(), last);
    checkShowsCurrentPoint(view.stepInspector(), t);
    checkMarker(picker, t, last);
    // The ring is the inspected step's alone: the start handle shows none, ←/→ walk the steps.
    QVERIFY(map->hasFocus());
    QVERIFY(!view.figure()->startHandle()->isSelected());
    QTest::keyClick(map, Qt::Key_Left);
    checkShows(view.stepInspector(), t, last - 1);
    QTest::keyClick(map, Qt::Key_Up); // not the start's key while a step is chosen
    QCOMPARE(lesson->point(), start);
    QVERIFY(!view.figure()->startHandle()->isSelected());
    // Esc lets go: the keys are the start handle's again, and it shows its focus ring.
    QTest::keyClick(map, Qt::Key_Escape);
    QVERIFY(!picker->hasSelection());
    QVERIFY(view.figure()->startHandle()->isSelected());

    // A click away from every point (and the handle), inside the function's domain (the view can be wider:
    // a start outside it is clamped to its edge), moves the start there.
    QPointF away;
    for (double fx = 0.1; fx < 0.95 && away.isNull(); fx += 0.05)
        for (double fy = 0.1; fy < 0.95 && away.isNull(); fy += 0.05) {
            const QRect r = map->axisRect()->rect();
            const QPointF p(r.left() + fx * r.width(), r.top() + fy * r.height());
            const double x = map->xAxis->pixelToCoord(p.x()), y = map->yAxis->pixelToCoord(p.y());
            bool apart = !map->handleAt(p) && x > lesson->xMin() && x < lesson->xMax() &&
                         y > lesson->yMin() && y < lesson->yMax();
            for (int k = 0; k <= last && apart; ++k)
                apart = QLineF(p, picker->pixelOf(optimizer, k)).length() > 3 * StepPicker::kPickRadius;
            if (apart) away = p;
        }
    QVERIFY(!away.isNull());
    const QPoint clickAt = away.toPoint();
    const QPointF target(map->xAxis->pixelToCoord(clickAt.x()), map->yAxis->pixelToCoord(clickAt.y()));
    QTest::mouseClick(map, Qt::LeftButton, {}, clickAt);
    QVERIFY(lesson->point() != start);
    QVERIFY2(QLineF(lesson->point(), target).length() < 1e-9,
             qPrintable(QStringLiteral("start (%1, %2), clicked (%3, %4)")
                            .arg(lesson->point().x())
                            .arg(lesson->point().y())
                            .arg(target.x())
                            .arg(target.y())));
    QVERIFY(!picker->hasSelection());
    // The frame drawn after the start moved shows one view: the axes' ticks are those of the ranges drawn
    // and the map's colours cover them.
    QTest::qWait(20);
    checkOneView(view.figure());
    // A start typed outside the map widens it (a new map), and a new window size fits it again.
    lesson->setPointShowing(QPointF(start.x() + 6, start.y() + 5));
    QTest::qWait(20);
    checkOneView(view.figure());
    view.resize(1100, 900);
    QTest::qWait(50);
    checkOneView(view.figure());
    lesson->reset();
    view.figure()->resetView();
    QTest::qWait(20);
    checkOneView(view.figure());
}

void TestStepInspector::screenshot() {
    const QString file = qEnvironmentVariable("GRADLAB_SCREENSHOT");
    if (file.isEmpty()) QSKIP("GRADLAB_SCREENSHOT is not set");
    test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.resize(1600, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.lesson()->setFormula(QStringLiteral("w^4/4 - w^2 + 0.3*w")).function);
    Hyperparameters hp;
    hp.learningRate = 0.3;
    view.lesson()->setSettings(OptimizerKind::Adam, hp, 30);
    view.lesson()->setX(2.2);
    for (int i = 0; i < 30; ++i)
        view.lesson()->step();
    view.figure()->plot()->xAxis->setRange(0.2, 2.6);
    view.figure()->plot()->yAxis->setRange(-0.8, 2.2);
    view.figure()->plot()->replot();
    view.stepPicker()->select(0, 2);
    view.figure()->plot()->setFocus();
    QTest::qWait(100);
    QVERIFY(view.grab().save(file));
}

// A run's current point is drawn over every path, so a click on it picks it, even where another run's
// point lies nearer under it; elsewhere the nearest point wins.
void TestStepInspector::drawnOnTopIsPicked() {
    const FunctionResult read = readFunction("x^2 + y^2", 2);
    QVERIFY(read.ok);
    DescentSettings s;
    s.hyperparameters.learningRate = 0.1;
    s.tolerance = 0.0;
    s.maxSteps = 3;
    const double startA[2] = {2.0, 0.0}, startB[2] = {2.0, 0.025};
    const Trajectory a = runDescent(read.function, startA, s); // (2, 0), (1.6, 0), (1.28, 0), (1.024, 0)
    s.maxSteps = 1;
    const Trajectory b = runDescent(read.function, startB, s); // (2, 0.025), (1.6, 0.02): its current point
    QCOMPARE(b.points.size(), std::size_t(2));
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* plot = new LessonPlot;
    auto* inspector = new StepInspector;
    layout->addWidget(plot, 1);
    layout->addWidget(inspector);
    window.resize(900, 500);
    StepPicker picker(plot, inspector);
    // No table here: the hint names only the plot.
    QVERIFY(inspector->hintLabel()->text().contains(QStringLiteral("Click a point of a run on the map")));
    QVERIFY(!inspector->hintLabel()->text().contains(QStringLiteral("table")));
    picker.setRuns(
        {{0, &a, read.function, QStringLiteral("A")}, {1, &b, read.function, QStringLiteral("B")}});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    plot->xAxis->setRange(0, 4);
    plot->yAxis->setRange(-2, 2);
    plot->replot();
    auto pixel = [&](double x, double y) {
        return QPoint(qRound(plot->xAxis->coordToPixel(x)), qRound(plot->yAxis->coordToPixel(y)));
    };
    QVERIFY((pixel(1.6, 0) - pixel(1.6, 0.02)).manhattanLength() <= 4); // B's current point is 2 px away
    QTest::mouseClick(plot, Qt::LeftButton, {}, pixel(1.6, 0));         // on A's step 1
    QCOMPARE(picker.selectedKey(), 1);
    QCOMPARE(picker.selectedStep(), 1);
    QTest::mouseClick(plot, Qt::LeftButton, {}, pixel(1.28, 0)); // nothing on top here: A's step 2
    QCOMPARE(picker.selectedKey(), 0);
    QCOMPARE(picker.selectedStep(), 2);
}

void TestStepInspector::shownArithmeticHoldsToTheLastDigit_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QVector<double>>("start");
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("learningRate");
    const struct {
        const char* name;
        const char* formula;
        QVector<double> start;
        double lr;
    } functions[] = {{"quartic", "x^4 - 3*x^2 + x", {2.2}, 0.01},
                     {"tiny slopes", "1e-4*(x - 3)^2", {2.99396}, 0.1},
                     {"rosenbrock", "(1 - x)^2 + 100*(y - x^2)^2", {-1.5, 2.0}, 0.0005},
                     {"bowl", "3*x^2 + 0.5*y^2 + x*y", {1.7, -2.3}, 0.05}};
    for (const char* language : {"en", "de"})
        for (const auto& f : functions)
            for (OptimizerKind k : kOptimizers)
                QTest::addRow("%s, %s, %s", language, f.name, optimizerName(k))
                    << language << f.formula << f.start << int(k) << f.lr;
}

// Each line "… = substituted = result" of the panel holds for the numbers as shown: the substituted numbers,
// read back from the text (decimal commas, powers of ten), give the shown result to its last shown digit; a
// line whose shown numbers do not reads "≈", and then the unrounded values give the result. Over every
// optimizer, several functions and steps, in English and German.
void TestStepInspector::shownArithmeticHoldsToTheLastDigit() {
    QFETCH(QString, language);
    QFETCH(QString, formula);
    QFETCH(QVector<double>, start);
    QFETCH(int, optimizer);
    QFETCH(double, learningRate);
    setDisplayLocale(QLocale(language));
    const auto restore = qScopeGuard([] { setDisplayLocale(QLocale::c()); });
    const FunctionResult read = readFunction(formula.toStdString(), int(start.size()));
    QVERIFY(read.ok);
    DescentSettings s;
    s.optimizer = OptimizerKind(optimizer);
    s.hyperparameters.learningRate = optimizer == int(OptimizerKind::Newton) ? 0.7 : learningRate;
    s.tolerance = 0.0;
    s.maxSteps = 12;
    const Trajectory t = runDescent(read.function, start.data(), s);
    QVERIFY(explainableSteps(t) >= 8);
    StepInspector inspector;
    // A shown number: a power of ten ("10²" is 100 either way), or a decimal. A power of ten is read as a
    // factor of its own, as a student reads it: "√1,5·10⁻⁵" would be the root of 1,5 times 10⁻⁵.
    static const QRegularExpression number(QStringLiteral("10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\d+(?:[.,]\\d+)?"));
    static const QRegularExpression arithmetic(QStringLiteral("^[\\d.,·⁰¹²³⁴⁵⁶⁷⁸⁹⁻−+/√²^() ]+$"));
    static const QRegularExpression relation(QStringLiteral(" ([=≈]) "));
    static const QRegularExpression root(QStringLiteral("√(\\([^()]*\\)|[\\d.]+(?:e[+-]?\\d+)?)"));
    int equal = 0, about = 0;
    for (int k : {0, 1, 4, 7}) {
        inspector.showStep(explainStep(t, k, *read.function));
        const QString text = inspector.text();
        const qsizetype from = text.indexOf(QStringLiteral("With the numbers:"));
        QVERIFY2(from >= 0, qPrintable(text));
        for (const QString& line : text.mid(from).split(QLatin1Char('\n')).mid(1)) {
            if (line.contains(QStringLiteral("Lands at"))) break;
            QStringList parts;
            QStringList relations;
            qsizetype at = 0;
            for (auto it = relation.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                parts << line.mid(at, m.capturedStart() - at).trimmed();
                relations << m.captured(1);
                at = m.capturedEnd();
            }
            parts << line.mid(at).trimmed();
            if (parts.size() < 3 || !arithmetic.match(parts[parts.size() - 2]).hasMatch()) continue;
            const QString shownResult = parts.last(), shown = parts[parts.size() - 2];
            // The shown operands as a formula: each number read back as it is shown, √ as sqrt.
            QString expression;
            qsizetype done = 0;
            for (auto it = number.globalMatch(shown); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                expression += shown.mid(done, m.capturedStart() - done) +
                              QString::number(shownNumber(m.captured()), 'g', 17);
                done = m.capturedEnd();
            }
            expression += shown.mid(done);
            expression.replace(root, QStringLiteral("sqrt(\\1)"));
            expression.replace(QStringLiteral("·"), QStringLiteral("*"));
            const ParseResult p = parse(expression.toStdString());
            QVERIFY2(p.ok && p.formula.dimension() == 0,
                     qPrintable(line + QStringLiteral(" → ") + expression));
            const double value = evaluateTree<double>(p.formula.expr, nullptr);
            const QString why = QStringLiteral("step %1: '%2' (the shown numbers give %3)")
                                    .arg(k)
                                    .arg(line)
                                    .arg(value, 0, 'g', 17);
            if (relations.last() == QStringLiteral("=")) {
                QVERIFY2(inspectorNumber(value) == shownResult, qPrintable(why));
                ++equal;
            } else {
                QVERIFY2(inspectorNumber(value) != shownResult, qPrintable(why));
                // Off by rounding, not by a mistake: within a few units of the last shown digit.
                QVERIFY2(std::fabs(value - shownNumber(shownResult)) <= 5 * lastDigitUnit(shownResult) ||
                             std::fabs(value - shownNumber(shownResult)) <= 1e-4 * std::fabs(value),
                         qPrintable(why));
                ++about;
            }
        }
    }
    QVERIFY(equal + about > 0);
}

QTEST_MAIN(TestStepInspector)
#include "tst_step_inspector.moc"
