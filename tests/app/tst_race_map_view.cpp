// The race's stability map, driven as a learner drives it: a tab beside the race, computed only while
// shown (a coarse pass first), the map of the racer chosen over it; dragging its point sets that racer's
// learning rate and second hyperparameter in one undo step named by both, and the race restarts with them.
// Also what both maps share through the lessons: Export Figure and `render` draw the tab shown, the map's
// choices and tab survive a lesson file and undo.

#include "gui_test_helpers.h"
#include "map_colours.h"

#include "descent/stability_map.h"
#include "export/figure_writer.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/lesson_set.h"
#include "lessons/number_format.h"
#include "lessons/race_lesson.h"
#include "undo/lesson_document.h"
#include "views/learning_rate_view.h"
#include "views/race_figure.h"
#include "views/race_view.h"
#include "views/stability_map_figure.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cmath>

using namespace gradlab;

namespace {

class RaceMapView : public gradlab::test::TestView<RaceView> {
public:
    explicit RaceMapView(QSize size = QSize(1360, 860))
        : TestView<RaceView>(QStringLiteral("race")) {
        resize(size);
        show();
        QVERIFY(QTest::qWaitForWindowExposed(this));
    }
};

bool waitForMap(StabilityMapper* mapper) {
    return QTest::qWaitFor([mapper] { return mapper->map().complete() && !mapper->running(); }, 30000);
}

bool sameDouble(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class TestRaceMapView : public QObject {
    Q_OBJECT
private slots:
    void mapIsATabComputedOnlyWhileShown();
    void draggingThePointSetsTheRacerInOneUndoStep();
    void choosingAnotherRacerMapsIt();
    void startAndSettingsRestartTheMap();
    void exportDrawsTheTabShown_data();
    void exportDrawsTheTabShown();
    void unwritablePathIsReported();
    void mapStateRoundTripsThroughFilesAndUndo_data();
    void mapStateRoundTripsThroughFilesAndUndo();
    void fitsSmallWindows_data();
    void fitsSmallWindows();
    void fiveRacersKeepTheMapAndAWholeLegend();
    void screenshot();
};

void TestRaceMapView::mapIsATabComputedOnlyWhileShown() {
    RaceMapView view;
    StabilityMapper* mapper = view.lesson()->mapper();
    QCOMPARE(view.tabs()->currentWidget(), static_cast<QWidget*>(view.figure()));
    QVERIFY(!mapper->active());
    QCOMPARE(mapper->map().computedCount(), 0);
    // Shown: a coarse pass first, then the whole map.
    int coarseSeen = 0;
    connect(mapper, &StabilityMapper::mapChanged, this, [&] {
        const int n = mapper->map().computedCount();
        coarseSeen += n > 0 && n < static_cast<int>(mapper->map().cells.size());
    });
    view.tabs()->setCurrentWidget(view.mapFigure());
    QCOMPARE(view.lesson()->view(), RaceLesson::View::Map);
    QVERIFY(mapper->active());
    QVERIFY(waitForMap(mapper));
    QCOMPARE(coarseSeen, 1);
    QCOMPARE(mapper->map().spec.settings.optimizer, view.lesson()->mappedOptimizer());
    // The cells are the core's map of the racer's run from the race's start.
    const StabilityMap core = computeStabilityMap(*view.lesson()->function(), mapper->spec());
    for (int i = 0; i < StabilityMapper::kRates; i += 23)
        for (int j = 0; j < StabilityMapper::kParams; j += 17)
            QVERIFY(sameDouble(mapper->map().cell(i, j).finalLoss, core.cell(i, j).finalLoss));
    QCOMPARE(mapper->map().spec.start[0], view.lesson()->point().x());
    QCOMPARE(mapper->map().spec.start[1], view.lesson()->point().y());
    QVERIFY(view.mapFigure()->note()->text().startsWith(QStringLiteral("Momentum:")));
    QVERIFY(view.mapFigure()->curvePlot() == nullptr); // the start is dragged on the race's tab
    // Hidden again: nothing is computed for a change made on the race's tab.
    view.tabs()->setCurrentWidget(view.figure());
    QVERIFY(!mapper->active());
    view.lesson()->setPointShowing(QPointF(0.5, 0.5));
    QVERIFY(!mapper->running());
}

void TestRaceMapView::draggingThePointSetsTheRacerInOneUndoStep() {
    RaceMapView view;
    RaceLesson* race = view.lesson();
    LessonDocument document(view.models());
    QUndoStack* stack = document.undoStack();
    view.tabs()->setCurrentWidget(view.mapFigure());
    const int before = stack->count();
    StabilityMapFigure* figure = view.mapFigure();
    LessonPlot* plot = figure->plot();
    plot->replot();
    const OptimizerKind k = race->mappedOptimizer();
    QCOMPARE(k, OptimizerKind::Momentum);
    const Hyperparameters was = race->racer(k).hyperparameters;
    QCOMPARE(figure->point()->position(), QPointF(was.learningRate, was.momentum));
    const QPoint target(int(plot->xAxis->coordToPixel(0.003)), int(plot->yAxis->coordToPixel(0.5)));
    gradlab::test::dragHandle(plot, figure->point(), target);
    const Hyperparameters now = race->racer(k).hyperparameters;
    QVERIFY2(std::fabs(std::log10(now.learningRate / 0.003)) < 0.05,
             qPrintable(QString::number(now.learningRate)));
    QVERIFY(std::fabs(now.momentum - 0.5) < 0.02);
    // The race follows: the racer's run restarted with the new settings; the table shows them.
    QCOMPARE(race->racer(k).run->settings().hyperparameters.learningRate, now.learningRate);
    QCOMPARE(race->racer(k).run->settings().hyperparameters.momentum, now.momentum);
    QCOMPARE(race->trajectory(k).points.size(), std::size_t(1));
    QCOMPARE(view.optimizerTable()->item(static_cast<int>(k), 1)->text().toDouble(),
             QString::number(now.learningRate, 'g', 6).toDouble());
    // The other racers are untouched.
    QCOMPARE(race->racer(OptimizerKind::Adam).hyperparameters.learningRate, 0.05);
    // One undo step, named by the values it set.
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(stack->text(stack->count() - 1),
             QStringLiteral("Set Momentum's η = %1 and μ = %2")
                 .arg(formatValue(now.learningRate, 3), formatValue(now.momentum, 3)));
    QCOMPARE(figure->point()->position(), QPointF(now.learningRate, now.momentum));
    stack->undo();
    QCOMPARE(race->racer(k).hyperparameters.learningRate, was.learningRate);
    QCOMPARE(race->racer(k).hyperparameters.momentum, was.momentum);
    QCOMPARE(figure->point()->position(), QPointF(was.learningRate, was.momentum));
}

void TestRaceMapView::choosingAnotherRacerMapsIt() {
    RaceMapView view;
    RaceLesson* race = view.lesson();
    view.tabs()->setCurrentWidget(view.mapFigure());
    QComboBox* box = view.mapOptimizerBox();
    // The racers that race, and only they.
    QStringList names;
    for (int i = 0; i < box->count(); ++i)
        names << box->itemText(i);
    QCOMPARE(names, (QStringList{"Gradient descent", "Momentum", "Adam"}));
    const int adam = box->findData(static_cast<int>(OptimizerKind::Adam));
    box->setCurrentIndex(adam);
    emit box->activated(adam);
    QCOMPARE(race->mappedOptimizer(), OptimizerKind::Adam);
    StabilityMapper* mapper = race->mapper();
    QVERIFY(waitForMap(mapper));
    QCOMPARE(mapper->map().spec.settings.optimizer, OptimizerKind::Adam);
    QCOMPARE(mapper->map().spec.parameter, Hyperparameter::Beta1);
    StabilityMapFigure* figure = view.mapFigure();
    const Hyperparameters adamWas = race->racer(OptimizerKind::Adam).hyperparameters;
    QCOMPARE(figure->point()->position(), QPointF(adamWas.learningRate, adamWas.beta1));
    QVERIFY(figure->parameterBox()->isVisible()); // β₁ or β₂
    // With the optimizer and second-axis boxes in the controls' row, the note still reads across the map: it
    // had been squeezed beside them to a word per line (French, 1360 × 860), and the map shrank.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(figure->note()->width() >= figure->plot()->width() / 2,
             qPrintable(QStringLiteral("note %1 px wide, map %2 px")
                            .arg(figure->note()->width())
                            .arg(figure->plot()->width())));
    // Dragging moves Adam, not momentum.
    const Hyperparameters momentumWas = race->racer(OptimizerKind::Momentum).hyperparameters;
    LessonPlot* plot = figure->plot();
    plot->replot();
    gradlab::test::dragHandle(
        plot, figure->point(),
        QPoint(int(plot->xAxis->coordToPixel(0.01)), int(plot->yAxis->coordToPixel(0.7))));
    QVERIFY(std::fabs(std::log10(race->racer(OptimizerKind::Adam).hyperparameters.learningRate / 0.01)) <
            0.05);
    QVERIFY(std::fabs(race->racer(OptimizerKind::Adam).hyperparameters.beta1 - 0.7) < 0.02);
    QCOMPARE(race->racer(OptimizerKind::Momentum).hyperparameters.learningRate, momentumWas.learningRate);
    // Gradient descent has no second hyperparameter: a strip over the learning rate.
    const int gd = box->findData(static_cast<int>(OptimizerKind::GradientDescent));
    box->setCurrentIndex(gd);
    emit box->activated(gd);
    QVERIFY(waitForMap(mapper));
    QCOMPARE(int(mapper->map().params.size()), 1);
    QVERIFY(figure->note()->text().contains(QStringLiteral("no second hyperparameter")));
    // A racer switched off leaves the map to the first that races.
    race->setEnabled(OptimizerKind::GradientDescent, false);
    QCOMPARE(race->mappedOptimizer(), OptimizerKind::Momentum);
    QCOMPARE(box->currentData().toInt(), static_cast<int>(OptimizerKind::Momentum));
}

void TestRaceMapView::startAndSettingsRestartTheMap() {
    RaceMapView view;
    RaceLesson* race = view.lesson();
    StabilityMapper* mapper = race->mapper();
    view.tabs()->setCurrentWidget(view.mapFigure());
    QVERIFY(waitForMap(mapper));
    QSignalSpy restarted(mapper, &StabilityMapper::mapChanged);
    // Playing the race changes nothing the map shows.
    race->step();
    race->step();
    QCOMPARE(restarted.count(), 0);
    // The start: the pass under way is cancelled, the new one is of the new start.
    race->setPointShowing(QPointF(-1.0, 1.5));
    race->setPointShowing(QPointF(0.5, -0.5));
    QVERIFY(restarted.count() >= 2);
    QVERIFY(waitForMap(mapper));
    QCOMPARE(mapper->map().spec.start[0], 0.5);
    QCOMPARE(mapper->map().spec.start[1], -0.5);
    // The steps, and the function.
    race->setMaxSteps(200);
    QVERIFY(waitForMap(mapper));
    QCOMPARE(mapper->map().spec.settings.maxSteps, 200);
    race->setFormula(QStringLiteral("x^2 + 3y^2"));
    QVERIFY(waitForMap(mapper));
    const StabilityMap core = computeStabilityMap(*race->function(), mapper->spec());
    QVERIFY(sameDouble(mapper->map().cell(60, 40).finalLoss, core.cell(60, 40).finalLoss));
    // Another racer's settings do not restart the map.
    restarted.clear();
    Hyperparameters hp = race->racer(OptimizerKind::Adam).hyperparameters;
    hp.learningRate = 0.02;
    race->setHyperparameters(OptimizerKind::Adam, hp);
    QCOMPARE(restarted.count(), 0);
    // The mapped racer's learning rate moves the point only; its other hyperparameters restart the map.
    hp = race->racer(OptimizerKind::Momentum).hyperparameters;
    hp.learningRate = 0.002;
    race->setHyperparameters(OptimizerKind::Momentum, hp);
    QCOMPARE(restarted.count(), 0);
    QCOMPARE(view.mapFigure()->point()->position().x(), 0.002);
}

void TestRaceMapView::exportDrawsTheTabShown_data() {
    QTest::addColumn<QString>("lesson");
    QTest::newRow("learning-rate") << "learning-rate";
    QTest::newRow("race") << "race";
}

void TestRaceMapView::exportDrawsTheTabShown() {
    QFETCH(QString, lesson);
    QTemporaryDir dir;
    std::unique_ptr<LessonSet> lessons = createLessons();
    Lesson* model = lessons->lesson(lesson);
    if (auto* lr = qobject_cast<LearningRateLesson*>(model)) lr->setOptimizer(OptimizerKind::Momentum);
    FigureOptions options;
    options.size = QSize(900, 600);
    QString error;
    const QString run = dir.filePath(QStringLiteral("run.png")),
                  map = dir.filePath(QStringLiteral("map.png"));
    QVERIFY2(saveLessonFigure(*model, run, options, &error), qPrintable(error));
    // Options as `render --view map` gives them: the whole map is waited for, not its coarse pass.
    RenderOptions render;
    render.view = QStringLiteral("map");
    QVERIFY2(model->applyOptions(render, &error), qPrintable(error));
    StabilityMapper* mapper = lesson == QLatin1String("race")
                                  ? static_cast<RaceLesson*>(model)->mapper()
                                  : static_cast<LearningRateLesson*>(model)->mapper();
    QVERIFY(mapper->map().complete());
    QVERIFY2(saveLessonFigure(*model, map, options, &error), qPrintable(error));
    const QImage runImage(run), mapImage(map);
    QCOMPARE(mapImage.size(), QSize(900, 600));
    QVERIFY(runImage != mapImage);
    const int inMap = maptest::mapColourPixels(mapImage), inRun = maptest::mapColourPixels(runImage);
    QVERIFY2(inMap > 20 * std::max(inRun, 100), qPrintable(QStringLiteral("%1 vs %2").arg(inMap).arg(inRun)));
    // SVG and PDF too.
    for (const QString& name : {QStringLiteral("map.svg"), QStringLiteral("map.pdf")}) {
        QVERIFY2(saveLessonFigure(*model, dir.filePath(name), options, &error), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
    }
    // A --view the lesson does not have is refused with the words it has.
    render.view = QStringLiteral("sweep");
    QVERIFY(!model->applyOptions(render, &error));
    QVERIFY2(error.startsWith(QStringLiteral("--view must be ")), qPrintable(error));
}

void TestRaceMapView::unwritablePathIsReported() {
    std::unique_ptr<LessonSet> lessons = createLessons();
    auto* lesson = static_cast<LearningRateLesson*>(lessons->lesson(QStringLiteral("learning-rate")));
    lesson->setView(LearningRateLesson::View::Map);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/map.png"));
    QString error;
    QVERIFY(!saveLessonFigure(*lesson, path, FigureOptions(), &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
}

void TestRaceMapView::mapStateRoundTripsThroughFilesAndUndo_data() {
    QTest::addColumn<QString>("lesson");
    QTest::newRow("learning-rate") << "learning-rate";
    QTest::newRow("race") << "race";
}

void TestRaceMapView::mapStateRoundTripsThroughFilesAndUndo() {
    QFETCH(QString, lesson);
    const bool isRace = lesson == QLatin1String("race");
    std::unique_ptr<LessonSet> lessons = createLessons();
    LessonDocument document(lessons.get());
    Lesson* model = lessons->lesson(lesson);
    auto* race = isRace ? static_cast<RaceLesson*>(model) : nullptr;
    auto* lr = isRace ? nullptr : static_cast<LearningRateLesson*>(model);
    StabilityMapper* mapper = isRace ? race->mapper() : lr->mapper();
    const QJsonObject defaults = model->save();
    QCOMPARE(defaults.value(QStringLiteral("mapParameter")).toString(), QStringLiteral("momentum"));
    QCOMPARE(defaults.value(QStringLiteral("mapColour")).toString(), QStringLiteral("finalLoss"));
    QCOMPARE(defaults.value(QStringLiteral("view")).toString(),
             isRace ? QStringLiteral("race") : QStringLiteral("run"));
    // Adam's β₂, coloured by steps, the map shown.
    QUndoStack* stack = document.undoStack();
    if (isRace) {
        race->setMappedOptimizer(OptimizerKind::Adam);
        race->setMapParameter(Hyperparameter::Beta2);
        race->setMapColour(StabilityMapper::Colour::StepsToConverge);
        race->setView(RaceLesson::View::Map);
        QCOMPARE(stack->count(), 4);
        QCOMPARE(stack->text(0), QStringLiteral("Map another optimizer"));
    } else {
        lr->setOptimizer(OptimizerKind::Adam);
        lr->setMapParameter(Hyperparameter::Beta2);
        lr->setMapColour(StabilityMapper::Colour::StepsToConverge);
        lr->setView(LearningRateLesson::View::Map);
        QCOMPARE(stack->count(), 4);
    }
    QCOMPARE(stack->text(1), QStringLiteral("Change the map's second axis"));
    QCOMPARE(stack->text(2), QStringLiteral("Change the map's colour"));
    QCOMPARE(stack->text(3), QStringLiteral("Show the stability map"));
    QCOMPARE(mapper->parameter(), Hyperparameter::Beta2);
    // Through a lesson file, into a fresh set of lessons.
    const QByteArray bytes = document.encode(lesson);
    std::unique_ptr<LessonSet> other = createLessons();
    LessonDocument reader(other.get());
    LessonFileContents contents;
    QString error;
    QVERIFY2(reader.decode(bytes, &contents, &error), qPrintable(error));
    reader.apply(contents, QString());
    Lesson* loaded = other->lesson(lesson);
    QCOMPARE(loaded->save(), model->save());
    StabilityMapper* loadedMapper = isRace ? static_cast<RaceLesson*>(loaded)->mapper()
                                           : static_cast<LearningRateLesson*>(loaded)->mapper();
    QCOMPARE(loadedMapper->parameter(), Hyperparameter::Beta2);
    QCOMPARE(loadedMapper->colour(), StabilityMapper::Colour::StepsToConverge);
    if (isRace) {
        QCOMPARE(static_cast<RaceLesson*>(loaded)->mappedOptimizer(), OptimizerKind::Adam);
        QCOMPARE(static_cast<RaceLesson*>(loaded)->view(), RaceLesson::View::Map);
    } else {
        QCOMPARE(static_cast<LearningRateLesson*>(loaded)->view(), LearningRateLesson::View::Map);
    }
    // A file written before the map (none of its keys) still loads, with the defaults.
    QJsonObject old = model->save();
    for (const char* key : {"mapParameter", "mapColour", "view", "mapOptimizer"})
        old.remove(QString::fromLatin1(key));
    QVERIFY(loaded->check(old).isEmpty());
    loaded->restore(old);
    QCOMPARE(loadedMapper->colour(), StabilityMapper::Colour::FinalLoss);
    QCOMPARE(loaded->save().value(QStringLiteral("view")), defaults.value(QStringLiteral("view")));
    // Bad values are refused with the words that would do.
    QJsonObject bad = model->save();
    bad.insert(QStringLiteral("mapColour"), QStringLiteral("loss"));
    QVERIFY(loaded->check(bad).contains(QStringLiteral("finalLoss or steps")));
    bad = model->save();
    bad.insert(QStringLiteral("view"), QStringLiteral("sweep"));
    QVERIFY(!loaded->check(bad).isEmpty());
    bad = model->save();
    bad.insert(QStringLiteral("mapParameter"), QStringLiteral("eps"));
    QVERIFY(!loaded->check(bad).isEmpty());
    // Undo walks the choices back.
    stack->undo();
    stack->undo();
    QCOMPARE(mapper->colour(), StabilityMapper::Colour::FinalLoss);
    stack->undo();
    QCOMPARE(mapper->parameter(), Hyperparameter::Beta1);
}

void TestRaceMapView::fitsSmallWindows_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("1360x860") << QSize(1360, 860);
    QTest::newRow("1100x700") << QSize(1100, 700);
    QTest::newRow("960x640") << QSize(960, 640);
}

void TestRaceMapView::fitsSmallWindows() {
    QFETCH(QSize, size);
    RaceMapView view(size);
    view.tabs()->setCurrentWidget(view.mapFigure());
    QVERIFY(waitForMap(view.lesson()->mapper()));
    QCoreApplication::processEvents();
    StabilityMapFigure* figure = view.mapFigure();
    LessonPlot* plot = figure->plot();
    // The map keeps a usable size, and its point lies inside the axes, wholly visible.
    const QRect axes = plot->axisRect()->rect();
    QVERIFY2(axes.width() >= 200 && axes.height() >= 120,
             qPrintable(QStringLiteral("%1x%2").arg(axes.width()).arg(axes.height())));
    const QPointF p = figure->point()->pixelPosition();
    QVERIFY(axes.contains(p.toPoint()));
    // Every control over the map is on screen.
    for (QWidget* w :
         {static_cast<QWidget*>(view.mapOptimizerBox()), static_cast<QWidget*>(figure->colourBox())}) {
        const QRect r(w->mapTo(&view, QPoint(0, 0)), w->size());
        QVERIFY2(view.rect().contains(r), qPrintable(w->accessibleName()));
    }
}

// Five racers ticked at 1360×860: the map keeps its height, the legend is whole and lists them in the
// table's order (Nesterov ticked after Adam still comes before it).
void TestRaceMapView::fiveRacersKeepTheMapAndAWholeLegend() {
    RaceMapView view;
    for (OptimizerKind k : {OptimizerKind::RMSprop, OptimizerKind::Nesterov})
        view.optimizerTable()->item(static_cast<int>(k), 0)->setCheckState(Qt::Checked);
    view.lesson()->runToEnd();
    QTest::qWait(100);
    LessonPlot* map = view.figure()->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY2(map->height() >= 300, qPrintable(QString::number(map->height())));
    QVERIFY2(map->axisRect()->rect().height() >= 200,
             qPrintable(QString::number(map->axisRect()->rect().height())));
    QVERIFY(map->viewport().contains(map->legend->outerRect()));
    QStringList names;
    for (int i = 0; i < map->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(map->legend->item(i)))
            names << item->plottable()->name();
    QCOMPARE(names, QStringList({"Gradient descent", "Momentum", "Nesterov", "RMSprop", "Adam"}));
    const QStringList cut = gradlab::test::cutTexts(&view, QStringLiteral("race"));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestRaceMapView::screenshot() {
    const QString dir = qEnvironmentVariable("GRADLAB_SCREENSHOTS");
    if (dir.isEmpty()) QSKIP("set GRADLAB_SCREENSHOTS to a folder to save screenshots");
    for (const QSize size : {QSize(1360, 860), QSize(1024, 680)}) {
        RaceMapView view(size);
        view.lesson()->runToEnd();
        QCoreApplication::processEvents();
        const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        view.grab().save(dir + QStringLiteral("/race_%1.png").arg(tag));
        view.tabs()->setCurrentWidget(view.mapFigure());
        QVERIFY(waitForMap(view.lesson()->mapper()));
        QCoreApplication::processEvents();
        view.grab().save(dir + QStringLiteral("/race_map_%1.png").arg(tag));
    }
}

QTEST_MAIN(TestRaceMapView)
#include "tst_race_map_view.moc"
