// The learning-rate lesson's stability map, driven as a learner drives it: it finishes off the GUI thread,
// its cells are the core's map for the same settings, dragging its point sets the learning rate and the
// parameter in one undo step, editing the function restarts it, changing optimizer changes its axis.

#include "gui_test_helpers.h"

#include "descent/stability_map.h"
#include "lessons/edit_recorder.h"
#include "lessons/learning_rate_lesson.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "views/stability_map_figure.h"
#include "widgets/formula_field.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <cmath>

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
    return QTest::qWaitFor([lesson] { return lesson->stabilityMap().complete() && !lesson->mapRunning(); },
                           20000);
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
    void screenshot();
};

void TestStabilityMapView::mapIsNotComputedUntilShown() {
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.tabs()->currentWidget(), static_cast<QWidget*>(view.figure()));
    QVERIFY(!view.lesson()->mapActive());
    QCOMPARE(view.lesson()->stabilityMap().computedCount(), 0);
    view.tabs()->setCurrentWidget(view.mapFigure());
    QVERIFY(view.lesson()->mapActive());
    QVERIFY(waitForMap(view.lesson()));
    // Hidden again: a change of start computes nothing until the map is shown.
    view.tabs()->setCurrentWidget(view.figure());
    QVERIFY(!view.lesson()->mapActive());
    QSignalSpy restarted(view.lesson(), &LearningRateLesson::mapChanged);
    view.lesson()->setX(5.0);
    QCOMPARE(restarted.count(), 0);
    QVERIFY(!view.lesson()->mapRunning());
    view.tabs()->setCurrentWidget(view.mapFigure());
    QVERIFY(waitForMap(view.lesson()));
    QCOMPARE(view.lesson()->stabilityMap().spec.start[0], 5.0);
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
    const StabilityMap& shown = lesson->stabilityMap();
    QCOMPARE(int(shown.rates.size()), LearningRateLesson::kMapRates);
    QCOMPARE(int(shown.params.size()), LearningRateLesson::kMapParams);
    QCOMPARE(shown.spec.parameter, mapParameters(kind).front());
    const StabilityMap core = computeStabilityMap(*lesson->function(), lesson->mapSpec());
    for (int i = 0; i < LearningRateLesson::kMapRates; i += 17)
        for (int j = 0; j < LearningRateLesson::kMapParams; j += 13) {
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
    const StabilityMap& map = lesson->stabilityMap();
    QCPColorMapData* values = figure->colorMap()->data();
    QCPColorMapData* outcomes = figure->outcomeMap()->data();
    QCOMPARE(values->keySize(), LearningRateLesson::kMapRates);
    QCOMPARE(values->valueSize(), LearningRateLesson::kMapParams);
    int diverged = 0, converged = 0;
    for (int i = 0; i < LearningRateLesson::kMapRates; ++i)
        for (int j = 0; j < LearningRateLesson::kMapParams; ++j) {
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
    for (int i = 0; i < LearningRateLesson::kMapRates; i += 7)
        for (int j = 0; j < LearningRateLesson::kMapParams; j += 5) {
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
    const double before = lesson->stabilityMap().cell(10, 10).finalLoss;
    QSignalSpy restarted(lesson, &LearningRateLesson::mapChanged);
    view.formulaField()->setFormula(QStringLiteral("(w-1)^4 + w^2"));
    QVERIFY(restarted.count() >= 1);
    QVERIFY(waitForMap(lesson));
    QVERIFY(lesson->stabilityMap().cell(10, 10).finalLoss != before);
    const StabilityMap core = computeStabilityMap(*lesson->function(), lesson->mapSpec());
    QVERIFY(sameDouble(lesson->stabilityMap().cell(10, 10).finalLoss, core.cell(10, 10).finalLoss));
    // Moving the learning rate does not restart it.
    restarted.clear();
    lesson->setLearningRate(0.05);
    QCOMPARE(restarted.count(), 0);
    // Moving the start does, and the old pass never shows after the new one began.
    lesson->setX(2.0);
    lesson->setX(-1.5);
    QCOMPARE(lesson->x(), -1.5);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->stabilityMap().spec.start[0], -1.5);
    // Dragging the start on the map's own loss curve restarts the map from there.
    LessonPlot* curve = view.mapFigure()->curvePlot();
    curve->replot();
    const QPoint to(int(curve->xAxis->coordToPixel(1.0)), int(curve->yAxis->coordToPixel(1.0)));
    gradlab::test::dragHandle(curve, view.mapFigure()->startHandle(), to);
    QVERIFY2(std::fabs(lesson->x() - 1.0) < 0.1, qPrintable(QString::number(lesson->x())));
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->stabilityMap().spec.start[0], lesson->x());
    const StabilityMap again = computeStabilityMap(*lesson->function(), lesson->mapSpec());
    QVERIFY(sameDouble(lesson->stabilityMap().cell(40, 40).finalLoss, again.cell(40, 40).finalLoss));
}

void TestStabilityMapView::optimizerChangesTheAxis() {
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    StabilityMapFigure* figure = view.mapFigure();
    lesson->setOptimizer(OptimizerKind::Adam);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->stabilityMap().spec.parameter, Hyperparameter::Beta1);
    QVERIFY(figure->parameterBox()->isVisible());
    QCOMPARE(figure->parameterBox()->count(), 2);
    QVERIFY(figure->plot()->yAxis->label().startsWith(QStringLiteral("β₁")));
    figure->parameterBox()->setCurrentIndex(1);
    emit figure->parameterBox()->activated(1);
    QCOMPARE(lesson->mapParameter(), Hyperparameter::Beta2);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->stabilityMap().spec.parameter, Hyperparameter::Beta2);
    QVERIFY(figure->plot()->yAxis->label().startsWith(QStringLiteral("β₂")));
    QCOMPARE(figure->point()->position().y(), lesson->settings().hyperparameters.beta2);
    lesson->setOptimizer(OptimizerKind::RMSprop);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(lesson->stabilityMap().spec.parameter, Hyperparameter::Alpha);
    QVERIFY(!figure->parameterBox()->isVisible());
    QVERIFY(figure->plot()->yAxis->label().startsWith(QStringLiteral("α")));
}

void TestStabilityMapView::optimizerWithoutParameterShowsAStrip() {
    MapView view;
    LearningRateLesson* lesson = view.lesson();
    StabilityMapFigure* figure = view.mapFigure();
    lesson->setOptimizer(OptimizerKind::GradientDescent);
    QVERIFY(waitForMap(lesson));
    QCOMPARE(int(lesson->stabilityMap().params.size()), 1);
    QVERIFY(figure->note()->text().contains(QStringLiteral("no second hyperparameter")));
    QCOMPARE(figure->colorMap()->data()->valueSize(), 2);
    QVERIFY(figure->plot()->yAxis->label().isEmpty());
    // The strip is the sweep: each cell the same run as the sweep's at that rate.
    lesson->waitForSweep();
    const StabilityMap& map = lesson->stabilityMap();
    const double start = lesson->x();
    for (int i = 0; i < LearningRateLesson::kMapRates; i += 11) {
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
