// The learning-rate lesson's stability map, driven as a learner drives it: it finishes off the GUI thread,
// its cells are the core's map for the same settings, dragging its point sets the learning rate and the
// parameter in one undo step, editing the function restarts it, changing optimizer changes its axis.

#include "gui_test_helpers.h"

#include "descent/stability_map.h"
#include "lessons/edit_recorder.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/number_format.h"
#include "plotting/palette.h"
#include "undo/lesson_document.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "views/stability_map_figure.h"
#include "widgets/formula_field.h"
#include "widgets/log_slider.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <cmath>
#include <functional>
#include <numeric>

using namespace gradlab;

namespace {

struct CountingRecorder : EditRecorder {
    int steps = 0;
    int lastGesture = -1;
    void record(Lesson*, const QString&, const QJsonObject&, const QJsonObject&, int gesture) override {
        if (gesture == 0 || gesture != lastGesture) ++steps;
        lastGesture = gesture;
    }
};

bool sameDouble(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

class MapView : public gradlab::test::TestView<LearningRateView> {
public:
    MapView()
        : TestView<LearningRateView>(QStringLiteral("learning-rate")) {
        resize(1360, 860);
        show();
        QVERIFY(QTest::qWaitForWindowExposed(this));
        tabs()->setCurrentWidget(mapFigure());
    }
};

bool waitForMap(LearningRateLesson* lesson) {
    return QTest::qWaitFor(
        [lesson] { return lesson->mapper()->map().complete() && !lesson->mapper()->running(); }, 20000);
}

} // namespace

class TestStabilityMapView : public QObject {
    Q_OBJECT
private slots:
    void mapIsNotComputedUntilShown();
    void mapFinishesAndEqualsTheCore_data();
    void mapFinishesAndEqualsTheCore();
    void coloursShowTheCells();
    void draggingThePointSetsRateAndParameter();
    void editingTheFunctionRestartsTheMap();
    void optimizerChangesTheAxis();
    void optimizerWithoutParameterShowsAStrip();
    void dragIsNamedByItsValues();
    void markSaysTheOptimizersEdge_data();
    void markSaysTheOptimizersEdge();
    void loneCellsDrawNoDiamonds();
    void whiteLineBoundsWhatTheColoursSay_data();
    void whiteLineBoundsWhatTheColoursSay();
    void stripHasNoTicks();
    void pointStaysWhollyVisible_data();
    void pointStaysWhollyVisible();
    void screenshot();
};

void TestStabilityMapView::mapIsNotComputedUntilShown() {
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.tabs()->currentWidget(), static_cast<QWidget*>(view.figure()));
    QVERIFY(!view.lesson()->mapper()->active());
    QCOMPARE(view.lesson()->mapper()->map().computedCount(), 0);
    view.tabs()->setCurrentWidget(view.mapFigure());
    QVERIFY(view.lesson()->mapper()->active());
    QVERIFY(waitForMap(view.lesson()));
    // Hidden again: a change of start computes nothing until the map is shown.
    view.tabs()->setCurrentWidget(view.figure());
    QVERIFY(!view.lesson()->mapper()->active());
    QSignalSpy restarted(view.lesson()->mapper(), &StabilityMapper::mapChanged);
    view.lesson()->setX(5.0);
    QCOMPARE(restarted.count(), 0);
    QVERIFY(!view.lesson()->mapper()->running());
    view.tabs()->setCurrentWidget(view.mapFigure());
    QVERIFY(waitForMap(view.lesson()));
    QCOMPARE(view.lesson()->mapper()->map().spec.start[0], 5.0);
    // Shown again with nothing changed: the finished map is kept.
    view.tabs()->setCurrentWidget(view.figure());
    restarted.clear();
    view.tabs()->setCurrentWidget(view.mapFigure());
    QCOMPARE(restarted.count(), 0);
}

void TestStabilityMapView::mapFinishesAndEqualsTheCore_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("optimizer");
    QTest::newRow("default, momentum") << "(w-3)^2"
                                       << "momentum";
    QTest::newRow("quartic, adam") << "w^4 - 3w^2 + w"
                                   << "adam";
    QTest::newRow("rmsprop") << "log(1 + w^2)"
                             << "rmsprop";
}

void TestStabilityMapView::mapFinishesAndEqualsTheCore() {
    QFETCH(QString, formula);
    QFETCH(QString, optimizer);
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    lesson->setFormula(formula);
    OptimizerKind kind{};
    QVERIFY(optimizerByName(optimizer.toStdString(), kind));
    lesson->setOptimizer(kind);
    QVERIFY(waitForMap(lesson));
    const StabilityMap& shown = lesson->mapper()->map();
    QCOMPARE(int(shown.rates.size()), StabilityMapper::kRates);
    QCOMPARE(int(shown.params.size()), StabilityMapper::kParams);
    QCOMPARE(shown.spec.parameter, mapParameters(kind).front());
    const StabilityMap core = computeStabilityMap(*lesson->function(), lesson->mapper()->spec());
    for (int i = 0; i < StabilityMapper::kRates; i += 17)
        for (int j = 0; j < StabilityMapper::kParams; j += 13) {
            const StabilityCell& a = shown.cell(i, j);
            const StabilityCell& b = core.cell(i, j);
            QVERIFY(sameDouble(a.finalLoss, b.finalLoss));
            QCOMPARE(a.stopStep, b.stopStep);
            QCOMPARE(a.stepsToConverge, b.stepsToConverge);
            QCOMPARE(a.outcome, b.outcome);
            // And a single run of the lesson's own settings at that cell.
            DescentSettings s = lesson->settings();
            s.hyperparameters.learningRate = a.learningRate;
            hyperparameterValue(s.hyperparameters, shown.spec.parameter) = a.parameter;
            const double start = lesson->x();
            const Trajectory t = runDescent(lesson->function(), &start, s);
            QCOMPARE(a.stopStep, t.stopStep);
            QVERIFY(sameDouble(a.finalLoss, t.points.back().loss) || a.stopReason == StopReason::Diverged);
        }
}

void TestStabilityMapView::coloursShowTheCells() {
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    lesson->setOptimizer(OptimizerKind::Momentum);
    QVERIFY(waitForMap(lesson));
    QCoreApplication::processEvents();
    StabilityMapFigure* figure = view.mapFigure();
    const StabilityMap& map = lesson->mapper()->map();
    QCPColorMapData* values = figure->colorMap()->data();
    QCPColorMapData* outcomes = figure->outcomeMap()->data();
    QCOMPARE(values->keySize(), StabilityMapper::kRates);
    QCOMPARE(values->valueSize(), StabilityMapper::kParams);
    int diverged = 0, converged = 0;
    for (int i = 0; i < StabilityMapper::kRates; ++i)
        for (int j = 0; j < StabilityMapper::kParams; ++j) {
            const StabilityCell& c = map.cell(i, j);
            if (c.outcome == MapOutcome::Diverged) {
                ++diverged;
                QCOMPARE(outcomes->cell(i, j), 1.0);
                QVERIFY(std::isnan(values->cell(i, j)));
            } else {
                QVERIFY(std::isnan(outcomes->cell(i, j)));
                QVERIFY(values->cell(i, j) > 0);
            }
            converged += c.outcome == MapOutcome::Converged;
        }
    // (w−3)² with momentum over η ∈ [1e-4, 10]: both regimes, and lines between them.
    QVERIFY(diverged > 0);
    QVERIFY(converged > 0);
    QVERIFY(figure->divergedBoundary()->dataCount() > 0);
    QVERIFY(figure->convergedBoundary()->dataCount() > 0);
    QVERIFY(figure->legend()->text().contains(QStringLiteral("diverged")));
    QCOMPARE(figure->plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(figure->plot()->xAxis->label().startsWith(QStringLiteral("η")));
    QVERIFY(figure->plot()->yAxis->label().startsWith(QStringLiteral("μ")));
    // Steps to converge: cells whose run stopped converged carry their step, the others their own colours
    // (grey: the gradient never fell below the tolerance, even where the loss gap says converged).
    figure->colourBox()->setCurrentIndex(1);
    emit figure->colourBox()->activated(1);
    QCOMPARE(figure->colour(), StabilityMapFigure::Colour::StepsToConverge);
    values = figure->colorMap()->data();
    outcomes = figure->outcomeMap()->data();
    for (int i = 0; i < StabilityMapper::kRates; i += 7)
        for (int j = 0; j < StabilityMapper::kParams; j += 5) {
            const StabilityCell& c = map.cell(i, j);
            if (c.outcome != MapOutcome::Diverged && c.stepsToConverge >= 0)
                QCOMPARE(values->cell(i, j), double(c.stepsToConverge));
            else
                QCOMPARE(outcomes->cell(i, j), c.outcome == MapOutcome::Diverged ? 1.0 : 0.0);
        }
    QVERIFY(figure->colorScale()->axis()->label().contains(QStringLiteral("steps")));
}

void TestStabilityMapView::draggingThePointSetsRateAndParameter() {
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    lesson->setOptimizer(OptimizerKind::Momentum);
    CountingRecorder recorder;
    lesson->setRecorder(&recorder);
    StabilityMapFigure* figure = view.mapFigure();
    LessonPlot* plot = figure->plot();
    plot->replot();
    const QPointF before = figure->point()->position();
    QCOMPARE(before.x(), lesson->learningRate());
    QCOMPARE(before.y(), lesson->settings().hyperparameters.momentum);
    const QPoint target(int(plot->xAxis->coordToPixel(0.01)), int(plot->yAxis->coordToPixel(0.5)));
    QSignalSpy changed(lesson, &FunctionLesson::changed);
    gradlab::test::dragHandle(plot, figure->point(), target);
    QVERIFY(changed.count() > 0);
    QVERIFY2(std::fabs(std::log10(lesson->learningRate() / 0.01)) < 0.05,
             qPrintable(QString::number(lesson->learningRate())));
    QVERIFY(std::fabs(lesson->settings().hyperparameters.momentum - 0.5) < 0.02);
    QCOMPARE(recorder.steps, 1); // one undo step for the whole drag
    // The slider and the point follow the lesson.
    QCOMPARE(figure->point()->position().x(), lesson->learningRate());
    QCOMPARE(view.learningRateField()->text().toDouble(),
             QString::number(lesson->learningRate(), 'g', 6).toDouble());
    // Typed rate: the point moves.
    lesson->setLearningRate(0.2);
    QCOMPARE(figure->point()->position().x(), 0.2);
    lesson->setRecorder(nullptr);
}

void TestStabilityMapView::editingTheFunctionRestartsTheMap() {
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    lesson->setOptimizer(OptimizerKind::Momentum);
    QVERIFY(waitForMap(lesson));
    const double before = lesson->mapper()->map().cell(10, 10).finalLoss;
    QSignalSpy restarted(lesson->mapper(), &StabilityMapper::mapChanged);
    view.formulaField()->setFormula(QStringLiteral("(w-1)^4 + w^2"));
    QVERIFY(restarted.count() >= 1);
    QVERIFY(waitForMap(lesson));
    QVERIFY(lesson->mapper()->map().cell(10, 10).finalLoss != before);
    const StabilityMap core = computeStabilityMap(*lesson->function(), lesson->mapper()->spec());
    QVERIFY(sameDouble(lesson->mapper()->map().cell(10, 10).finalLoss, core.cell(10, 10).finalLoss));
    // Moving the learning rate does not restart it.
    restarted.clear();
    lesson->setLearningRate(0.05);
    QCOMPARE(restarted.count(), 0);
    // Moving the start does, and the old pass never shows after the new one began.
    lesson->setX(2.0);
    lesson->setX(-1.5);
    QCOMPARE(lesson->x(), -1.5);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->mapper()->map().spec.start[0], -1.5);
    // Dragging the start on the map's own loss curve restarts the map from there.
    LessonPlot* curve = view.mapFigure()->curvePlot();
    curve->replot();
    const QPoint to(int(curve->xAxis->coordToPixel(1.0)), int(curve->yAxis->coordToPixel(1.0)));
    gradlab::test::dragHandle(curve, view.mapFigure()->startHandle(), to);
    QVERIFY2(std::fabs(lesson->x() - 1.0) < 0.1, qPrintable(QString::number(lesson->x())));
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->mapper()->map().spec.start[0], lesson->x());
    const StabilityMap again = computeStabilityMap(*lesson->function(), lesson->mapper()->spec());
    QVERIFY(sameDouble(lesson->mapper()->map().cell(40, 40).finalLoss, again.cell(40, 40).finalLoss));
}

void TestStabilityMapView::optimizerChangesTheAxis() {
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    StabilityMapFigure* figure = view.mapFigure();
    lesson->setOptimizer(OptimizerKind::Adam);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->mapper()->map().spec.parameter, Hyperparameter::Beta1);
    QVERIFY(figure->parameterBox()->isVisible());
    QCOMPARE(figure->parameterBox()->count(), 2);
    QVERIFY(figure->plot()->yAxis->label().startsWith(QStringLiteral("β₁")));
    // A map's size is its grid, kept on one line: no-break spaces around "×".
    const int rows = static_cast<int>(lesson->mapper()->map().params.size());
    QVERIFY2(figure->note()->text().contains(
                 QStringLiteral("%1\u00a0×\u00a0%2 runs of").arg(StabilityMapper::kRates).arg(rows)),
             qPrintable(figure->note()->text()));
    figure->parameterBox()->setCurrentIndex(1);
    emit figure->parameterBox()->activated(1);
    QCOMPARE(lesson->mapper()->parameter(), Hyperparameter::Beta2);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->mapper()->map().spec.parameter, Hyperparameter::Beta2);
    QVERIFY(figure->plot()->yAxis->label().startsWith(QStringLiteral("β₂")));
    QCOMPARE(figure->point()->position().y(), lesson->settings().hyperparameters.beta2);
    lesson->setOptimizer(OptimizerKind::RMSprop);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->mapper()->map().spec.parameter, Hyperparameter::Alpha);
    QVERIFY(!figure->parameterBox()->isVisible());
    QVERIFY(figure->plot()->yAxis->label().startsWith(QStringLiteral("α")));
}

void TestStabilityMapView::optimizerWithoutParameterShowsAStrip() {
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    StabilityMapFigure* figure = view.mapFigure();
    lesson->setOptimizer(OptimizerKind::GradientDescent);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(int(lesson->mapper()->map().params.size()), 1);
    QVERIFY(figure->note()->text().contains(QStringLiteral("no second hyperparameter")));
    // One row of runs is counted as runs ("120 runs of 100 steps"), not as a grid of one row ("120 × 1").
    const QString runs =
        QStringLiteral("; %1 runs of %2 steps.").arg(StabilityMapper::kRates).arg(lesson->maxSteps());
    QVERIFY2(figure->note()->text().endsWith(runs), qPrintable(figure->note()->text()));
    QCOMPARE(figure->colorMap()->data()->valueSize(), 2);
    QVERIFY(figure->plot()->yAxis->label().isEmpty());
    // The strip is the sweep: each cell the same run as the sweep's at that rate.
    lesson->waitForSweep();
    const StabilityMap& map = lesson->mapper()->map();
    const double start = lesson->x();
    for (int i = 0; i < StabilityMapper::kRates; i += 11) {
        DescentSettings s = lesson->settings();
        s.hyperparameters.learningRate = map.rates[i];
        QCOMPARE(map.cell(i, 0).stopStep, runQuiet(*lesson->function(), &start, s).stopStep);
    }
    // Dragging the point changes the learning rate only.
    LessonPlot* plot = figure->plot();
    plot->replot();
    const double mu = lesson->settings().hyperparameters.momentum;
    gradlab::test::dragHandle(
        plot, figure->point(),
        QPoint(int(plot->xAxis->coordToPixel(0.3)), int(plot->yAxis->coordToPixel(0.2))));
    QVERIFY(std::fabs(std::log10(lesson->learningRate() / 0.3)) < 0.05);
    QCOMPARE(lesson->settings().hyperparameters.momentum, mu);
}

void TestStabilityMapView::dragIsNamedByItsValues() {
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    lesson->setOptimizer(OptimizerKind::Momentum);
    LessonDocument document(view.models());
    QUndoStack* stack = document.undoStack();
    StabilityMapFigure* figure = view.mapFigure();
    LessonPlot* plot = figure->plot();
    plot->replot();
    gradlab::test::dragHandle(
        plot, figure->point(),
        QPoint(int(plot->xAxis->coordToPixel(0.1)), int(plot->yAxis->coordToPixel(0.9))));
    QCOMPARE(stack->count(), 1);
    const Hyperparameters& hp = lesson->settings().hyperparameters;
    // The whole drag's end, not its first step.
    QCOMPARE(stack->text(0), QStringLiteral("Set η = %1 and μ = %2")
                                 .arg(formatValue(hp.learningRate, 3), formatValue(hp.momentum, 3)));
    QVERIFY(std::fabs(std::log10(hp.learningRate / 0.1)) < 0.05);
    // Without a second hyperparameter, the learning rate alone.
    lesson->setOptimizer(OptimizerKind::GradientDescent);
    gradlab::test::dragHandle(
        plot, figure->point(),
        QPoint(int(plot->xAxis->coordToPixel(0.02)), int(plot->yAxis->coordToPixel(0.5))));
    QCOMPARE(stack->text(stack->count() - 1),
             QStringLiteral("Set η = %1").arg(formatValue(lesson->learningRate(), 3)));
}

// The slider's mark and the sweep's line are the chosen optimizer's stability edge on the quadratic at
// the minimum, and say which: 2/f″ for plain descent, 2(1+μ)/f″ with momentum, … (f″ = 2 and 6 here).
void TestStabilityMapView::markSaysTheOptimizersEdge_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("momentum");
    QTest::addColumn<double>("edge");
    QTest::addColumn<QString>("text");
    const auto row = [](const char* tag, const char* f, OptimizerKind k, double mu, double edge,
                        const char* t) {
        QTest::newRow(tag) << QString::fromLatin1(f) << static_cast<int>(k) << mu << edge
                           << QString::fromUtf8(t);
    };
    row("gd", "(w-3)^2", OptimizerKind::GradientDescent, 0.9, 1.0, "2/f″ = 1");
    row("momentum 0.9", "(w-3)^2", OptimizerKind::Momentum, 0.9, 1.9, "2(1+μ)/f″ = 1.9");
    row("momentum 0.5, f'' = 6", "3w^2", OptimizerKind::Momentum, 0.5, 0.5, "2(1+μ)/f″ = 0.5");
    row("nesterov 0.9", "(w-3)^2", OptimizerKind::Nesterov, 0.9, 1.9 / 2.8, "2(1+μ)/((1+2μ)f″) = 0.6786");
    row("newton", "3w^2", OptimizerKind::Newton, 0.9, 2.0, "Newton's edge η = 2");
    row("adam: plain descent's", "(w-3)^2", OptimizerKind::Adam, 0.9, 1.0, "plain descent's 2/f″ = 1");
    row("rmsprop: plain descent's", "3w^2", OptimizerKind::RMSprop, 0.9, 1.0 / 3,
        "plain descent's 2/f″ = 0.3333");
}

void TestStabilityMapView::markSaysTheOptimizersEdge() {
    QFETCH(QString, formula);
    QFETCH(int, optimizer);
    QFETCH(double, momentum);
    QFETCH(double, edge);
    QFETCH(QString, text);
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LearningRateLesson* lesson = view.lesson();
    lesson->setFormula(formula);
    lesson->setX(1.0);
    Hyperparameters hp = lesson->settings().hyperparameters;
    hp.momentum = momentum;
    lesson->setSettings(static_cast<OptimizerKind>(optimizer), hp, -1);
    QVERIFY(std::fabs(lesson->markedRate() - edge) < 1e-6 * edge);
    QVERIFY(std::fabs(view.slider()->mark() - edge) < 1e-6 * edge);
    QCOMPARE(view.slider()->markLabel(), text);
    // The whole label is written, inside the slider (near the top of the range it goes left of the mark).
    const QRect label = view.slider()->markLabelRect();
    QVERIFY(QRect(QPoint(0, 0), view.slider()->size()).contains(label));
    QFont scale = view.slider()->font();
    scale.setPointSizeF(scale.pointSizeF() * 0.85);
    QVERIFY2(label.width() >= QFontMetrics(scale).horizontalAdvance(text),
             qPrintable(QStringLiteral("%1 px for %2").arg(label.width()).arg(text)));
    lesson->waitForSweep();
    QCOMPARE(view.figure()->criticalLabel()->text(), lesson->markedRateText());
    // The sentence under the plots gives the same number as the mark (it had 0.67857 beside the mark's
    // 0.679 and the sweep's 0.6786).
    const QString value = text.mid(text.lastIndexOf(QLatin1Char(' ')) + 1);
    QVERIFY2(view.figure()->regimeText().contains(QStringLiteral("<b>%1</b>").arg(value)),
             qPrintable(view.figure()->regimeText()));
    QVERIFY(std::fabs(view.figure()->criticalLine()->point1->coords().x() - edge) < 1e-6 * edge);
    // The edge is true: a run just below it settles, one just above does not (the optimizers with one).
    if (!text.startsWith(QStringLiteral("plain"))) {
        DescentSettings s = lesson->settings();
        s.maxSteps = 4000;
        const double start = 1.0;
        s.hyperparameters.learningRate = edge * 0.97;
        QCOMPARE(judgeRun(*lesson->function(), runQuiet(*lesson->function(), &start, s).shape, s).converged(),
                 true);
        s.hyperparameters.learningRate = edge * 1.03;
        QCOMPARE(judgeRun(*lesson->function(), runQuiet(*lesson->function(), &start, s).shape, s).converged(),
                 false);
    }
}

// A cell alone in converging among cells that did not (momentum near 0.9 on (w-3)², 100 steps) keeps its
// colour but gets no boundary of its own: the tracer drew a white diamond smaller than the cell around it.
// No closed loop of the boundaries drawn fits in 2 × 2 cells.
void TestStabilityMapView::loneCellsDrawNoDiamonds() {
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    lesson->setOptimizer(OptimizerKind::Momentum);
    QVERIFY(waitForMap(lesson));
    const StabilityMap& map = lesson->mapper()->map();
    // There are such cells on this map.
    int lone = 0;
    for (int i = 1; i + 1 < StabilityMapper::kRates; ++i)
        for (int j = 1; j + 1 < StabilityMapper::kParams; ++j) {
            const bool c = map.cell(i, j).outcome == MapOutcome::Converged;
            lone += c && map.cell(i - 1, j).outcome != MapOutcome::Converged &&
                    map.cell(i + 1, j).outcome != MapOutcome::Converged &&
                    map.cell(i, j - 1).outcome != MapOutcome::Converged &&
                    map.cell(i, j + 1).outcome != MapOutcome::Converged;
        }
    QVERIFY(lone > 0);
    // The drawn boundary's pieces, joined where they share an end: none fits inside one cell.
    QVector<QPair<QPointF, QPointF>> segments;
    const auto data = view.mapFigure()->convergedBoundary()->data();
    for (int k = 0; k + 1 < data->size(); k += 3)
        segments.append({QPointF(std::log10(data->at(k)->key), data->at(k)->value),
                         QPointF(std::log10(data->at(k + 1)->key), data->at(k + 1)->value)});
    QVERIFY(!segments.isEmpty());
    const double cellX = (std::log10(map.rates[1]) - std::log10(map.rates[0])) * 2.01;
    const double cellY = (map.params[1] - map.params[0]) * 2.01;
    QVector<int> group(segments.size());
    std::iota(group.begin(), group.end(), 0);
    const std::function<int(int)> root = [&](int a) { return group[a] == a ? a : group[a] = root(group[a]); };
    const auto near = [](QPointF a, QPointF b) {
        return std::abs(a.x() - b.x()) + std::abs(a.y() - b.y()) < 1e-9;
    };
    for (int a = 0; a < segments.size(); ++a)
        for (int b = a + 1; b < segments.size(); ++b)
            if (near(segments[a].first, segments[b].first) || near(segments[a].first, segments[b].second) ||
                near(segments[a].second, segments[b].first) || near(segments[a].second, segments[b].second))
                group[root(a)] = root(b);
    QMap<int, QRectF> boxes;
    QMap<QPair<qint64, qint64>, int> ends; // how many segments end at each point: 2 all round a loop
    const auto endKey = [](QPointF p) { return qMakePair(qRound64(p.x() * 1e6), qRound64(p.y() * 1e6)); };
    for (int a = 0; a < segments.size(); ++a) {
        const QRectF r = QRectF(segments[a].first, segments[a].second).normalized();
        boxes[root(a)] = boxes.contains(root(a)) ? boxes[root(a)].united(r) : r;
        ++ends[endKey(segments[a].first)];
        ++ends[endKey(segments[a].second)];
    }
    QSet<int> open;
    for (int a = 0; a < segments.size(); ++a)
        if (ends[endKey(segments[a].first)] % 2 || ends[endKey(segments[a].second)] % 2) open.insert(root(a));
    for (auto it = boxes.begin(); it != boxes.end(); ++it)
        QVERIFY2(
            open.contains(it.key()) || it->width() > cellX || it->height() > cellY,
            qPrintable(QStringLiteral("a loop %1 x %2 around a speck").arg(it->width()).arg(it->height())));
}

void TestStabilityMapView::whiteLineBoundsWhatTheColoursSay_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<bool>("steps");
    for (const bool steps : {false, true}) {
        const char* colour = steps ? ", steps" : ", final loss";
        QTest::newRow(qPrintable(QStringLiteral("momentum") + colour)) << "(w-3)^2"
                                                                       << "momentum" << steps;
        QTest::newRow(qPrintable(QStringLiteral("adam, quartic") + colour)) << "w^4 - 3w^2 + w"
                                                                            << "adam" << steps;
        QTest::newRow(qPrintable(QStringLiteral("rmsprop") + colour)) << "log(1 + w^2)"
                                                                      << "rmsprop" << steps;
    }
}

// Every piece of the white line runs between a cell inside and a cell outside what the legend says it bounds:
// coloured by the steps until |f′| < tolerance, the cells that got there; coloured by the final loss, the
// runs judged converged. (Each end of a piece lies halfway between two neighbouring cells' centres.)
void TestStabilityMapView::whiteLineBoundsWhatTheColoursSay() {
    QFETCH(QString, formula);
    QFETCH(QString, optimizer);
    QFETCH(bool, steps);
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    lesson->setFormula(formula);
    OptimizerKind kind{};
    QVERIFY(optimizerByName(optimizer.toStdString(), kind));
    lesson->setOptimizer(kind);
    lesson->setMapColour(steps ? StabilityMapper::Colour::StepsToConverge
                               : StabilityMapper::Colour::FinalLoss);
    QVERIFY(waitForMap(lesson));
    QTest::qWait(50);
    const StabilityMap& map = lesson->mapper()->map();
    const auto inside = [&](int i, int j) {
        const StabilityCell& c = map.cell(i, j);
        return steps ? c.outcome != MapOutcome::Diverged && c.stepsToConverge >= 0
                     : c.outcome == MapOutcome::Converged;
    };
    const int nx = static_cast<int>(map.rates.size()), ny = static_cast<int>(map.params.size());
    std::vector<double> xs(nx), ys(ny);
    for (int i = 0; i < nx; ++i)
        xs[i] = std::log10(map.rates[i]);
    for (int j = 0; j < ny; ++j)
        ys[j] = map.params[j];
    const double ex = 1e-6 * (xs.back() - xs.front()), ey = 1e-6 * (ys.back() - ys.front());
    const auto data = view.mapFigure()->convergedBoundary()->data();
    int ends = 0, kinds[2] = {0, 0};
    for (int k = 0; k < data->size(); ++k) {
        if (std::isnan(data->at(k)->key) || std::isnan(data->at(k)->value)) continue;
        const double x = std::log10(data->at(k)->key), y = data->at(k)->value;
        int a = -1, row = -1;
        // On a row of centres, halfway between two columns; or on a column, halfway between two rows.
        for (int j = 0; j < ny && row < 0; ++j)
            if (std::abs(y - ys[j]) <= ey) row = j;
        bool found = false;
        if (row >= 0)
            for (int i = 0; i + 1 < nx && !found; ++i)
                if (std::abs(x - (xs[i] + xs[i + 1]) / 2) <= ex) {
                    found = true;
                    QVERIFY2(inside(i, row) != inside(i + 1, row),
                             qPrintable(QStringLiteral("(%1, %2): both sides alike").arg(x).arg(y)));
                    ++kinds[0];
                }
        for (int i = 0; i < nx && !found; ++i)
            if (std::abs(x - xs[i]) <= ex) a = i;
        if (!found && a >= 0)
            for (int j = 0; j + 1 < ny && !found; ++j)
                if (std::abs(y - (ys[j] + ys[j + 1]) / 2) <= ey) {
                    found = true;
                    QVERIFY2(inside(a, j) != inside(a, j + 1),
                             qPrintable(QStringLiteral("(%1, %2): both sides alike").arg(x).arg(y)));
                    ++kinds[1];
                }
        QVERIFY2(found, qPrintable(QStringLiteral("(%1, %2) is not between two cells").arg(x).arg(y)));
        ++ends;
    }
    QVERIFY2(ends > 0, "no white line");
}

// Plain descent's map is one row over the learning rate: its height has neither numbers nor ticks.
void TestStabilityMapView::stripHasNoTicks() {
    MapView view;
    view.lesson()->setOptimizer(OptimizerKind::GradientDescent);
    QVERIFY(waitForMap(view.lesson()));
    QCPAxis* y = view.mapFigure()->plot()->yAxis;
    QVERIFY(!y->ticks());
    QVERIFY(!y->tickLabels());
    view.lesson()->setOptimizer(OptimizerKind::Momentum);
    QVERIFY(waitForMap(view.lesson()));
    QVERIFY(y->ticks());
    QVERIFY(y->tickLabels());
}

// The current settings' point is drawn whole inside the map, even at the ends of its axes (β₂ = 0.999 is
// near the top of β₂'s axis, η = 10 at its right end).
void TestStabilityMapView::pointStaysWhollyVisible_data() {
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("parameter");
    QTest::addColumn<double>("value");
    QTest::newRow("adam beta2 0.999")
        << int(OptimizerKind::Adam) << 0.01 << int(Hyperparameter::Beta2) << 0.999;
    QTest::newRow("adam beta2 0.9999")
        << int(OptimizerKind::Adam) << 0.01 << int(Hyperparameter::Beta2) << 0.9999;
    QTest::newRow("momentum 0.99, eta 10")
        << int(OptimizerKind::Momentum) << 10.0 << int(Hyperparameter::Momentum) << 0.99;
    QTest::newRow("momentum 0, eta 1e-4")
        << int(OptimizerKind::Momentum) << 1e-4 << int(Hyperparameter::Momentum) << 0.0;
}

void TestStabilityMapView::pointStaysWhollyVisible() {
    QFETCH(int, optimizer);
    QFETCH(double, rate);
    QFETCH(int, parameter);
    QFETCH(double, value);
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    Hyperparameters hp = lesson->settings().hyperparameters;
    hp.learningRate = rate;
    hyperparameterValue(hp, static_cast<Hyperparameter>(parameter)) = value;
    lesson->setSettings(static_cast<OptimizerKind>(optimizer), hp, -1);
    lesson->setMapParameter(static_cast<Hyperparameter>(parameter));
    QVERIFY(waitForMap(lesson));
    StabilityMapFigure* figure = view.mapFigure();
    LessonPlot* plot = figure->plot();
    plot->replot();
    QVERIFY(figure->point()->isVisible());
    const QRect axes = plot->axisRect()->rect();
    const QPointF p = figure->point()->pixelPosition();
    QVERIFY(axes.adjusted(-1, -1, 1, 1).contains(p.toPoint()));
    // The disc as drawn: as many orange pixels as a whole disc has (14 px across, about 110 inside its
    // white rim), not the half that a clip at the edge of the axes leaves.
    const QImage image = plot->toPixmap(plot->width(), plot->height()).toImage();
    int orange = 0;
    for (int y = int(p.y()) - 9; y <= int(p.y()) + 9; ++y)
        for (int x = int(p.x()) - 9; x <= int(p.x()) + 9; ++x) {
            const QColor c = image.pixelColor(x, y);
            orange += std::abs(c.red() - palette::point.red()) +
                          std::abs(c.green() - palette::point.green()) +
                          std::abs(c.blue() - palette::point.blue()) <
                      40;
        }
    QVERIFY2(orange >= 90, qPrintable(QString::number(orange)));
}

void TestStabilityMapView::screenshot() {
    const QString dir = qEnvironmentVariable("GRADLAB_SCREENSHOTS");
    if (dir.isEmpty()) QSKIP("set GRADLAB_SCREENSHOTS to a folder to save screenshots");
    MapView view;
    view.lesson()->setOptimizer(OptimizerKind::Momentum);
    QVERIFY(waitForMap(view.lesson()));
    QCoreApplication::processEvents();
    view.grab().save(dir + QStringLiteral("/learning_rate_map.png"));
    view.tabs()->setCurrentWidget(view.figure());
    QCoreApplication::processEvents();
    view.grab().save(dir + QStringLiteral("/learning_rate_run.png"));
}

QTEST_MAIN(TestStabilityMapView)
#include "tst_stability_map_view.moc"
