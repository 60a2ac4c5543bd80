// The "Fitting a line" lesson driven with the mouse and keys on the real widgets: the line's handles, the
// point on the loss map and the data points are pressed, dragged and released; points are added with a
// click and removed with a right-click or Delete; training is stepped and played with one point per
// batch and with all of them; data files are imported through the window. What is drawn and written is
// compared with the core's numbers, over several data sets.

#include "fit/line_loss.h"
#include "gui_test_helpers.h"
#include "lessons/fit_lesson.h"
#include "lessons/number_format.h"
#include "plotting/arrow_item.h"
#include "plotting/contour_map.h"
#include "plotting/trajectory_curve.h"
#include "undo/lesson_document.h"
#include "views/fit_figure.h"
#include "views/fit_view.h"
#include "widgets/optimizer_box.h"
#include "window/data_actions.h"
#include "window/main_window.h"

#include <QPainterPathStroker>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace gradlab;
using gradlab::test::TestView;

namespace {

/// A view at a size where every plot has room, shown and laid out.
struct ShownView : TestView<FitView> {
    ShownView()
        : TestView<FitView>(QStringLiteral("fit-line")) {
        resize(1500, 950);
        show();
        QVERIFY(QTest::qWaitForWindowExposed(this));
        figure()->dataPlot()->replot();
        figure()->mapPlot()->replot();
    }
};

QByteArray csvOf(const DataSet& data) {
    return QByteArray::fromStdString(dataCsv(data));
}

bool near(double a, double b, double tolerance) {
    return std::fabs(a - b) <= tolerance * std::max(1.0, std::fabs(b));
}

} // namespace

Q_DECLARE_METATYPE(DataSet)

class TestFitView : public QObject {
    Q_OBJECT
private slots:
    void seed001ReadoutShowsItsNumbers();
    void readoutsMatchTheCore_data();
    void readoutsMatchTheCore();
    void draggingALineHandlePivotsTheLine_data();
    void draggingALineHandlePivotsTheLine();
    void draggingTheMapPointMovesTheLine();
    void draggingADataPointMovesTheMinimum_data();
    void draggingADataPointMovesTheMinimum();
    void clickAddsAPoint();
    void rightClickAndDeleteRemovePoints();
    void fullBatchLossFallsEveryStepSgdsDoesNot();
    void playRunsToTheEndAndResetRewinds();
    void batchBoxShowsWhatItMeans();
    void importGoodAndBadFiles();
    void mapKeepsTheMinimumAndThePointInView_data();
    void mapKeepsTheMinimumAndThePointInView();
    void mapLabelsStayInsideAndOffThePath_data();
    void mapLabelsStayInsideAndOffThePath();
    void gradientArrowKeepsItsHeadOnTheMap();
    void gradientArrowReachesPastThePoint();
};

void TestFitView::seed001ReadoutShowsItsNumbers() {
    ShownView view;
    view.lesson()->setPreset(QStringLiteral("single-point"));
    const QString text = view.figure()->readoutText();
    QVERIFY2(text.contains(QStringLiteral("<b>L = 4</b>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("∂L/∂w = <b>−8</b>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("∂L/∂b = <b>−4</b>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("every line through (2, 3)")), qPrintable(text));
    // A line of minima, not one point, is marked.
    QVERIFY(view.figure()->valleyLine()->visible());
    QVERIFY(!view.figure()->minimumMarker()->visible());
}

void TestFitView::readoutsMatchTheCore_data() {
    QTest::addColumn<DataSet>("data");
    QTest::addColumn<double>("w");
    QTest::addColumn<double>("b");
    QTest::newRow("two points") << DataSet{{0, 1}, {1, 3}} << 0.0 << 0.0;
    QTest::newRow("negative slope") << DataSet{{-2, 5}, {0, 1.5}, {3, -4}, {4, -6.25}} << 1.0 << -1.0;
    QTest::newRow("large values") << DataSet{{100, 2000}, {200, 4100}, {300, 5900}} << 10.0 << 50.0;
    QTest::newRow("small values") << DataSet{{0.001, 0.002}, {0.002, 0.0035}, {0.004, 0.009}} << 0.5 << 0.0;
    QTest::newRow("same x twice") << DataSet{{1, 1}, {1, 3}} << 2.0 << -1.0;
    QTest::newRow("noisy preset") << dataPresets()[0].data << 0.25 << 1.5;
}

void TestFitView::readoutsMatchTheCore() {
    QFETCH(DataSet, data);
    QFETCH(double, w);
    QFETCH(double, b);
    ShownView view;
    QVERIFY(view.lesson()->importCsv(csvOf(data), nullptr));
    view.lesson()->setLine(w, b);
    const LineLoss loss = lineLoss(data, w, b);
    const LeastSquares best = leastSquares(data);
    const QString text = view.figure()->readoutText();
    QVERIFY2(text.contains(QStringLiteral("<b>L = %1</b>").arg(formatValue(loss.loss))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("∂L/∂w = <b>%1</b>").arg(formatValue(loss.gradient[0]))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("∂L/∂b = <b>%1</b>").arg(formatValue(loss.gradient[1]))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("L = %1").arg(formatValue(best.loss))), qPrintable(text));
    if (best.unique) {
        QVERIFY(view.figure()->minimumMarker()->visible());
        const auto at = view.figure()->minimumMarker()->data()->constBegin();
        QCOMPARE(at->key, best.w);
        QCOMPARE(at->value, best.b);
        QVERIFY(gradlab::test::insideView(view.figure()->mapPlot(), QPointF(best.w, best.b), 10));
    } else {
        QVERIFY(view.figure()->valleyLine()->visible());
    }
    QVERIFY(gradlab::test::insideView(view.figure()->mapPlot(), QPointF(w, b), 10));
    // The map is the loss: its function agrees with the core's at a few points.
    const QRectF r = view.figure()->mapRect();
    for (const QPointF p : {r.center(), r.topLeft(), QPointF(w, b)}) {
        const double cell = view.figure()->contourMap()->colorMap()->data()->data(p.x(), p.y());
        QVERIFY(std::isfinite(cell));
    }
    // The residuals run from each point to the line.
    QCOMPARE(view.figure()->residuals()->data()->size(), static_cast<int>(3 * data.size()));
}

void TestFitView::draggingALineHandlePivotsTheLine_data() {
    QTest::addColumn<int>("handle");
    QTest::addColumn<int>("dy"); // pixels
    QTest::newRow("right up") << 1 << -60;
    QTest::newRow("right down") << 1 << 80;
    QTest::newRow("left up") << 0 << -50;
}

void TestFitView::draggingALineHandlePivotsTheLine() {
    QFETCH(int, handle);
    QFETCH(int, dy);
    ShownView view;
    FitFigure* f = view.figure();
    LessonPlot* plot = f->dataPlot();
    DraggableHandle* moved = f->lineHandle(handle);
    const QPointF pivot = f->lineHandle(1 - handle)->position();
    const QPoint start = moved->pixelPosition().toPoint();
    const QPoint target = start + QPoint(0, dy);
    QUndoStack stack;
    LessonDocument document(view.models());
    gradlab::test::dragHandle(plot, moved, target);
    // The line now runs through the pivot and the handle's new place.
    const double x = moved->position().x();
    const double y = plot->yAxis->pixelToCoord(target.y());
    const double w = (y - pivot.y()) / (x - pivot.x());
    QVERIFY(near(view.lesson()->startW(), w, 1e-9));
    QVERIFY(near(view.lesson()->startB(), pivot.y() - w * pivot.x(), 1e-9));
    QVERIFY(near(gradlab::test::slopeOf(f->line()), w, 1e-9));
    QVERIFY(near(f->lineHandle(1 - handle)->position().y(), pivot.y(), 1e-9)); // the pivot stayed
    // The map's point follows.
    QCOMPARE(f->mapHandle()->position(), QPointF(view.lesson()->startW(), view.lesson()->startB()));
    // One undo step.
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move line"));
}

void TestFitView::draggingTheMapPointMovesTheLine() {
    ShownView view;
    FitFigure* f = view.figure();
    LessonDocument document(view.models());
    const QPoint start = f->mapHandle()->pixelPosition().toPoint();
    const QPoint target = start + QPoint(70, -40);
    gradlab::test::dragHandle(f->mapPlot(), f->mapHandle(), target);
    const double w = f->mapPlot()->xAxis->pixelToCoord(target.x());
    const double b = f->mapPlot()->yAxis->pixelToCoord(target.y());
    QCOMPARE(view.lesson()->startW(), w);
    QCOMPARE(view.lesson()->startB(), b);
    QVERIFY(near(gradlab::test::slopeOf(f->line()), w, 1e-9));
    QVERIFY(near(f->line()->point1->coords().y() - f->line()->point1->coords().x() * w, b, 1e-9));
    QCOMPARE(document.undoStack()->count(), 1);
    const LineLoss loss = lineLoss(view.lesson()->data(), w, b);
    QVERIFY(f->readoutText().contains(QStringLiteral("<b>L = %1</b>").arg(formatValue(loss.loss))));
}

void TestFitView::draggingADataPointMovesTheMinimum_data() {
    QTest::addColumn<DataSet>("data");
    QTest::addColumn<int>("index");
    QTest::addColumn<QPoint>("by");
    QTest::newRow("noisy line, a middle point up") << dataPresets()[0].data << 9 << QPoint(0, -90);
    QTest::newRow("outlier dragged back") << dataPresets()[1].data << 10 << QPoint(-20, -120);
    QTest::newRow("three points, sideways") << DataSet{{0, 0}, {1, 2}, {2, 1}} << 1 << QPoint(60, 30);
}

void TestFitView::draggingADataPointMovesTheMinimum() {
    QFETCH(DataSet, data);
    QFETCH(int, index);
    QFETCH(QPoint, by);
    ShownView view;
    QVERIFY(view.lesson()->importCsv(csvOf(data), nullptr));
    FitFigure* f = view.figure();
    LessonPlot* plot = f->dataPlot();
    LessonDocument document(view.models());
    const QRectF mapBefore = f->mapRect();
    const QPoint start = f->pointPixel(index).toPoint();
    const QPoint target = start + by;
    QTest::mousePress(plot, Qt::LeftButton, {}, start);
    for (int i = 1; i <= 6; ++i) {
        QTest::mouseMove(plot, start + by * i / 6);
        QCOMPARE(f->mapRect(), mapBefore); // the map does not jump during a drag
    }
    QTest::mouseRelease(plot, Qt::LeftButton, {}, target);
    const DataPoint moved = view.lesson()->data()[static_cast<std::size_t>(index)];
    QCOMPARE(moved.x, plot->xAxis->pixelToCoord(target.x()));
    QCOMPARE(moved.y, plot->yAxis->pixelToCoord(target.y()));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move data point"));
    const LeastSquares best = leastSquares(view.lesson()->data());
    const auto mark = f->minimumMarker()->data()->constBegin();
    QCOMPARE(mark->key, best.w);
    QCOMPARE(mark->value, best.b);
    QVERIFY(near(gradlab::test::slopeOf(f->leastSquaresLine()), best.w, 1e-9));
    const QPointF now = view.lesson()->current();
    const LineLoss loss = lineLoss(view.lesson()->data(), now.x(), now.y());
    QVERIFY(f->readoutText().contains(QStringLiteral("<b>L = %1</b>").arg(formatValue(loss.loss))));
    // After the release the map shows the new minimum.
    QVERIFY(gradlab::test::insideView(f->mapPlot(), QPointF(best.w, best.b), 5));
    document.undoStack()->undo();
    QCOMPARE(view.lesson()->data()[static_cast<std::size_t>(index)].y,
             data[static_cast<std::size_t>(index)].y);
}

void TestFitView::clickAddsAPoint() {
    ShownView view;
    FitFigure* f = view.figure();
    LessonPlot* plot = f->dataPlot();
    LessonDocument document(view.models());
    const int n = view.lesson()->pointCount();
    // Bottom right of the plot: no point and no handle there.
    const QRect r = plot->axisRect()->rect();
    const QPoint at(r.right() - 15, r.bottom() - 15);
    QTest::mouseClick(plot, Qt::LeftButton, {}, at);
    QCOMPARE(view.lesson()->pointCount(), n + 1);
    const DataPoint added = view.lesson()->data().back();
    QCOMPARE(added.x, plot->xAxis->pixelToCoord(at.x()));
    QCOMPARE(added.y, plot->yAxis->pixelToCoord(at.y()));
    QCOMPARE(f->selectedPoint(), n);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add data point"));
    QCOMPARE(f->dataGraph()->data()->size(), n + 1);
}

void TestFitView::rightClickAndDeleteRemovePoints() {
    ShownView view;
    FitFigure* f = view.figure();
    LessonPlot* plot = f->dataPlot();
    LessonDocument document(view.models());
    const DataSet before = view.lesson()->data();
    // A right-click on point 4 removes it.
    QTest::mouseClick(plot, Qt::RightButton, {}, f->pointPixel(4).toPoint());
    QCOMPARE(view.lesson()->pointCount(), static_cast<int>(before.size()) - 1);
    QCOMPARE(view.lesson()->data()[4].x, before[5].x);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove data point"));
    // A click selects point 0 (and moves nothing); Delete removes it.
    QTest::mouseClick(plot, Qt::LeftButton, {}, f->pointPixel(0).toPoint());
    QCOMPARE(f->selectedPoint(), 0);
    QCOMPARE(document.undoStack()->count(), 1);
    QTest::keyClick(plot, Qt::Key_Delete);
    QCOMPARE(view.lesson()->pointCount(), static_cast<int>(before.size()) - 2);
    QCOMPARE(view.lesson()->data()[0].x, before[1].x);
    QCOMPARE(f->selectedPoint(), -1);
    QCOMPARE(document.undoStack()->count(), 2);
    // The last point stays.
    view.lesson()->setPreset(QStringLiteral("single-point"));
    QTest::mouseClick(plot, Qt::RightButton, {}, f->pointPixel(0).toPoint());
    QCOMPARE(view.lesson()->pointCount(), 1);
}

void TestFitView::fullBatchLossFallsEveryStepSgdsDoesNot() {
    ShownView view;
    FitLesson* l = view.lesson();
    l->setLearningRate(0.01);
    l->setEpochs(40);
    auto losses = [&] {
        QVector<double> v;
        for (auto it = view.figure()->lossGraph()->data()->constBegin();
             it != view.figure()->lossGraph()->data()->constEnd(); ++it)
            v << it->value;
        return v;
    };
    // Full batch: the Step button, 40 times; the full-data loss falls at every update.
    view.batchBox()->setValue(l->pointCount());
    QCOMPARE(l->effectiveBatch(), l->pointCount());
    for (int i = 0; i < 40; ++i)
        QTest::mouseClick(view.stepButton(), Qt::LeftButton);
    QVector<double> full = losses();
    QCOMPARE(full.size(), 41);
    for (int i = 1; i < full.size(); ++i)
        QVERIFY2(full[i] < full[i - 1], qPrintable(QStringLiteral("step %1").arg(i)));
    QVERIFY(!view.stepButton()->isEnabled()); // all 40 epochs taken
    // One point per update: the full-data loss goes up at some updates.
    QTest::mouseClick(view.resetButton(), Qt::LeftButton);
    view.batchBox()->setValue(1);
    QCOMPARE(l->effectiveBatch(), 1);
    for (int i = 0; i < 200; ++i)
        QTest::mouseClick(view.stepButton(), Qt::LeftButton);
    const QVector<double> sgd = losses();
    QCOMPARE(sgd.size(), 201);
    int rises = 0;
    for (int i = 1; i < sgd.size(); ++i)
        rises += sgd[i] > sgd[i - 1];
    QVERIFY(rises > 0);
    // The trajectory on the map is the run's.
    QCOMPARE(view.figure()->trajectory()->last(), l->current());
    QVERIFY(view.figure()->readoutText().contains(QStringLiteral("Update 200 of 800, epoch 10 of 40.")));
}

void TestFitView::playRunsToTheEndAndResetRewinds() {
    ShownView view;
    FitLesson* l = view.lesson();
    l->setEpochs(30);
    QTest::mouseClick(view.playButton(), Qt::LeftButton);
    QVERIFY(l->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(l->stopped(), 20000);
    QTRY_VERIFY(!l->isPlaying());
    QCOMPARE(l->stepsTaken(), 30);
    QVERIFY(!view.playButton()->isEnabled());
    QTest::mouseClick(view.resetButton(), Qt::LeftButton);
    QCOMPARE(l->stepsTaken(), 0);
    QCOMPARE(l->current(), QPointF(l->startW(), l->startB()));
    QVERIFY(view.playButton()->isEnabled());
}

void TestFitView::batchBoxShowsWhatItMeans() {
    ShownView view;
    view.batchBox()->setValue(4);
    QCOMPARE(view.batchLabel()->text(), QStringLiteral("batch 4 of 20 points: 5 updates per epoch"));
    QCOMPARE(view.lesson()->run().stepsPerEpoch(), 5);
    QCOMPARE(view.batchBox()->maximum(), 20);
    view.lesson()->addPoint(QPointF(5, 8));
    QCOMPARE(view.batchBox()->maximum(), 21);
    QCOMPARE(view.batchLabel()->text(),
             QStringLiteral("batch 4 of 21 points: 6 updates per epoch, the last of 1 point"));
}

void TestFitView::importGoodAndBadFiles() {
    MainWindow window;
    window.showLesson(QStringLiteral("slope"));
    auto* fit = window.models()->get<FitLesson>(QStringLiteral("fit-line"));
    QUndoStack* stack = window.document()->undoStack();
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile g(good), b(bad);
    QVERIFY(g.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
    g.write("x,y\n1,2\n2,4.5\n3,5.5\n");
    b.write("x,y\n1,2\n2,oops\n3,5\n");
    g.close();
    b.close();

    const QJsonObject before = fit->save();
    QString error;
    QVERIFY(!window.data()->importData(bad, &error, true));
    QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
    QCOMPARE(fit->save(), before);
    QCOMPARE(stack->count(), 0);
    QCOMPARE(window.activeLesson()->id(), QStringLiteral("slope")); // nothing changed, nothing shown

    QVERIFY2(window.data()->importData(good, &error, true), qPrintable(error));
    QCOMPARE(fit->pointCount(), 3);
    QCOMPARE(fit->data()[1].y, 4.5);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import data"));
    QCOMPARE(window.activeLesson()->id(), QStringLiteral("fit-line"));
    stack->undo();
    QCOMPARE(fit->save(), before);

    // And out again, read back exactly.
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(window.data()->exportData(out, &error, true));
    QFile o(out);
    QVERIFY(o.open(QIODevice::ReadOnly));
    QCOMPARE(o.readAll(), fit->dataCsv());
    QVERIFY(!window.data()->exportData(dir.filePath(QStringLiteral("no/such/folder/x.csv")), &error, true));
    QVERIFY(!error.isEmpty());
}

void TestFitView::mapKeepsTheMinimumAndThePointInView_data() {
    QTest::addColumn<DataSet>("data");
    QTest::addColumn<double>("w");
    QTest::addColumn<double>("b");
    QTest::newRow("far start") << dataPresets()[0].data << -8.0 << 12.0;
    QTest::newRow("steep data") << DataSet{{0, 0}, {1, 50}, {2, 98}} << 0.0 << 0.0;
    QTest::newRow("offset data") << DataSet{{10, 1000}, {11, 1001}, {12, 1003}} << 0.5 << 0.0;
}

void TestFitView::mapKeepsTheMinimumAndThePointInView() {
    QFETCH(DataSet, data);
    QFETCH(double, w);
    QFETCH(double, b);
    ShownView view;
    QVERIFY(view.lesson()->importCsv(csvOf(data), nullptr));
    view.lesson()->setLine(w, b);
    view.figure()->mapPlot()->replot();
    const LeastSquares best = leastSquares(data);
    QVERIFY(gradlab::test::insideView(view.figure()->mapPlot(), QPointF(best.w, best.b), 5));
    QVERIFY(gradlab::test::insideView(view.figure()->mapPlot(), QPointF(w, b), 5));
    // Small moves of the line keep the map where it is.
    const QRectF r = view.figure()->mapRect();
    view.lesson()->setLine(w + 0.01 * r.width(), b);
    QCOMPARE(view.figure()->mapRect(), r);
}

void TestFitView::mapLabelsStayInsideAndOffThePath_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("run");
    QTest::addColumn<double>("w");
    QTest::addColumn<double>("b");
    for (const char* preset : {"noisy-line", "outlier"}) {
        // NaN: the preset's own start line.
        QTest::addRow("%s, at the start", preset)
            << QString::fromLatin1(preset) << false << qQNaN() << qQNaN();
        QTest::addRow("%s, run to the end", preset)
            << QString::fromLatin1(preset) << true << qQNaN() << qQNaN();
        QTest::addRow("%s, from below left", preset) << QString::fromLatin1(preset) << true << 0.0 << -1.0;
        QTest::addRow("%s, from above right", preset) << QString::fromLatin1(preset) << true << 3.0 << 2.5;
    }
}

// At the walk's size (1360×860, the lesson list beside it) the map's two labels, "∇L" at the gradient arrow
// and "least squares" at the star, lie wholly inside the map and off the training path drawn on it.
void TestFitView::mapLabelsStayInsideAndOffThePath() {
    QFETCH(QString, preset);
    QFETCH(bool, run);
    QFETCH(double, w);
    QFETCH(double, b);
    MainWindow window;
    window.resize(1360, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showLesson(QStringLiteral("fit-line")));
    auto* view = static_cast<FitView*>(window.lesson(QStringLiteral("fit-line")));
    FitLesson* fit = view->lesson();
    fit->setPreset(preset);
    if (!std::isnan(w)) fit->setLine(w, b);
    if (run) fit->runToEnd();
    QTest::qWait(50);
    FitFigure* figure = view->figure();
    figure->mapPlot()->replot();
    const QRectF area = figure->mapPlot()->axisRect()->rect();
    // The path as drawn: its line through every point, as wide as the line.
    QPainterPath line;
    const auto& points = fit->trajectory().points;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF p(figure->mapPlot()->xAxis->coordToPixel(points[i].point[0]),
                        figure->mapPlot()->yAxis->coordToPixel(points[i].point[1]));
        if (i == 0)
            line.moveTo(p);
        else
            line.lineTo(p);
    }
    QPainterPathStroker stroker;
    stroker.setWidth(3);
    const QPainterPath path = stroker.createStroke(line);
    QList<QPair<QString, QRectF>> labels;
    if (figure->gradientArrow()->isVisible())
        labels << qMakePair(QStringLiteral("∇L"), figure->gradientArrow()->labelPixelRect());
    QCPItemText* minimum = figure->minimumLabel();
    labels << qMakePair(minimum->text(),
                        QRectF(minimum->topLeft->pixelPosition(), minimum->bottomRight->pixelPosition()));
    for (const auto& [name, rect] : labels) {
        const QString where = QStringLiteral("'%1' at %2,%3 %4×%5 in a map at %6,%7 %8×%9")
                                  .arg(name)
                                  .arg(rect.x())
                                  .arg(rect.y())
                                  .arg(rect.width())
                                  .arg(rect.height())
                                  .arg(area.x())
                                  .arg(area.y())
                                  .arg(area.width())
                                  .arg(area.height());
        QVERIFY2(area.contains(rect), qPrintable(where + QStringLiteral(" leaves the map")));
        QVERIFY2(!path.intersects(rect), qPrintable(where + QStringLiteral(" covers the path")));
    }
}

// Wherever (w, b) is on the map, the ∇L arrow's head stays on it (a head cut off at the edge hides which way
// the arrow points); an arrow shortened for that is said to be shortened.
void TestFitView::gradientArrowKeepsItsHeadOnTheMap() {
    ShownView view;
    FitFigure* figure = view.figure();
    LessonPlot* map = figure->mapPlot();
    const QRectF r = figure->mapRect();
    int checked = 0, shortened = 0;
    for (const double fx : {0.03, 0.2, 0.5, 0.8, 0.97})
        for (const double fy : {0.03, 0.2, 0.5, 0.8, 0.97}) {
            view.lesson()->setLine(r.left() + fx * r.width(), r.top() + fy * r.height());
            map->replot();
            ArrowItem* arrow = figure->gradientArrow();
            if (!arrow->isVisible()) continue;
            ++checked;
            const QPointF tip = arrow->to();
            const double px = map->xAxis->coordToPixel(tip.x()), py = map->yAxis->coordToPixel(tip.y());
            const QRect area = map->axisRect()->rect();
            QVERIFY2(px >= area.left() + 2 && px <= area.right() - 2 && py >= area.top() + 2 &&
                         py <= area.bottom() - 2,
                     qPrintable(QStringLiteral("tip (%1, %2) px outside %3,%4 %5x%6 at (%7, %8)")
                                    .arg(px)
                                    .arg(py)
                                    .arg(area.left())
                                    .arg(area.top())
                                    .arg(area.width())
                                    .arg(area.height())
                                    .arg(view.lesson()->current().x())
                                    .arg(view.lesson()->current().y())));
            // Drawn to scale, or said to be shortened.
            const LineLoss loss = view.lesson()->currentLoss();
            const double length = std::hypot(tip.x() - arrow->from().x(), tip.y() - arrow->from().y());
            const double toScale =
                figure->arrowScale().lengthOf(std::hypot(loss.gradient[0], loss.gradient[1]));
            if (length < toScale * (1 - 1e-6)) {
                ++shortened;
                QVERIFY2(figure->readoutText().contains(QStringLiteral("shortened to fit the map")),
                         qPrintable(figure->readoutText()));
            }
        }
    QVERIFY(checked >= 10);
    QVERIFY(shortened >= 1);
}

// Walking (w, b) towards the least-squares line, the ∇L arrow shrinks: while drawn it reaches past the
// point's disc (at ∂L/∂w = 1.23 it hid under it, only its label showing), and once shorter the readout says
// it is too short to draw.
void TestFitView::gradientArrowReachesPastThePoint() {
    ShownView view;
    FitFigure* figure = view.figure();
    LessonPlot* map = figure->mapPlot();
    const LeastSquares best = view.lesson()->leastSquares();
    const QPointF start = view.lesson()->current();
    int drawn = 0, tooShort = 0;
    for (double t = 1.0; t > 1e-5; t *= 0.7) {
        view.lesson()->setLine(best.w + t * (start.x() - best.w), best.b + t * (start.y() - best.b));
        map->replot();
        ArrowItem* arrow = figure->gradientArrow();
        const QString where = QStringLiteral("at t = %1: %2").arg(t).arg(figure->readoutText());
        if (arrow->isVisible()) {
            ++drawn;
            const double px = std::hypot(
                map->xAxis->coordToPixel(arrow->to().x()) - map->xAxis->coordToPixel(arrow->from().x()),
                map->yAxis->coordToPixel(arrow->to().y()) - map->yAxis->coordToPixel(arrow->from().y()));
            QVERIFY2(px >= ArrowItem::kLeastPixels - 0.5,
                     qPrintable(QStringLiteral("%1 px %2").arg(px).arg(where)));
        } else {
            ++tooShort;
            QVERIFY2(figure->readoutText().contains(QStringLiteral("too short to draw")), qPrintable(where));
        }
    }
    QVERIFY(drawn >= 3);
    QVERIFY(tooShort >= 3);
}

QTEST_MAIN(TestFitView)
#include "tst_fit_view.moc"
