// The contour maps of lessons 6 and 9 on real widgets: a click moves the point; the arrow labels never sit
// on each other or on an arrow; contour lines stay apart on screen; every map has a colour bar; a new
// preset brings the point inside the view; the race's legend hides nothing, its markers are thinned and
// its colour map covers the whole plot; typed coordinates move the point and the start, one undo step each.

#include "gui_test_helpers.h"
#include "lessons/number_format.h"
#include "lessons/race_lesson.h"
#include "plotting/arrow_item.h"
#include "plotting/contour_map.h"
#include "plotting/trajectory_curve.h"
#include "undo/lesson_document.h"
#include "views/contour_figure.h"
#include "views/contour_view.h"
#include "views/race_figure.h"
#include "views/race_view.h"
#include "widgets/formula_field.h"
#include "widgets/point_fields.h"
#include "widgets/value_field.h"
#include "window/main_window.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHash>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUndoStack>
#include <array>
#include <cmath>

using namespace gradlab;

Q_DECLARE_METATYPE(gradlab::OptimizerKind)
Q_DECLARE_METATYPE(gradlab::Hyperparameter)

namespace {
/// Picks row `row` of the formula field's list with the mouse, as a learner does; false if the field
/// refused the row's text.
bool pickPreset(FormulaField* field, int row) {
    QComboBox* combo = field->comboBox();
    combo->showPopup();
    QAbstractItemView* list = combo->view();
    if (!QTest::qWaitFor([list] { return list->isVisible(); })) return false;
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    (void)QTest::qWaitFor([list] { return !list->isVisible(); });
    if (!field->errorMessage().isEmpty()) {
        qWarning("preset row %d (%s) refused: %s", row, qPrintable(combo->itemText(row)),
                 qPrintable(field->errorMessage()));
        return false;
    }
    return combo->currentIndex() == row && field->preset();
}

/// The rows of the formula field's list that are presets (all of them, in a two-variable lesson).
int presetCount(FormulaField* field) {
    return field->comboBox()->count();
}

/// The smallest on-screen distance (pixels) between points of two different contour levels inside the
/// plot's axis rectangle, found with buckets of `cell` pixels (distances under `cell` are exact).
double closestLines(ContourMap* map, LessonPlot* plot, double cell, QString* where) {
    const QRect rect = plot->axisRect()->rect();
    QHash<qint64, QVector<QPair<QPointF, int>>> buckets;
    const auto& curves = map->contourCurves();
    for (int k = 0; k < curves.size(); ++k) {
        if (static_cast<std::size_t>(k) >= map->levels().size()) break;
        for (auto it = curves[k]->data()->constBegin(); it != curves[k]->data()->constEnd(); ++it) {
            if (!std::isfinite(it->key) || !std::isfinite(it->value)) continue;
            const QPointF p(plot->xAxis->coordToPixel(it->key), plot->yAxis->coordToPixel(it->value));
            if (!rect.contains(p.toPoint())) continue;
            const qint64 key =
                (qint64(std::floor(p.x() / cell)) << 32) ^ qint64(std::floor(p.y() / cell) + 100000);
            buckets[key].append({p, k});
        }
    }
    double best = INFINITY;
    for (auto b = buckets.constBegin(); b != buckets.constEnd(); ++b) {
        for (const auto& [p, k] : b.value()) {
            const qint64 bx = qint64(std::floor(p.x() / cell)), by = qint64(std::floor(p.y() / cell));
            for (qint64 dx = -1; dx <= 1; ++dx)
                for (qint64 dy = -1; dy <= 1; ++dy) {
                    const auto other = buckets.constFind(((bx + dx) << 32) ^ (by + dy + 100000));
                    if (other == buckets.constEnd()) continue;
                    for (const auto& [q, j] : other.value()) {
                        if (j == k) continue;
                        const double d = std::hypot(p.x() - q.x(), p.y() - q.y());
                        if (d < best) {
                            best = d;
                            *where = QStringLiteral("levels %1 and %2 at pixel (%3, %4)")
                                         .arg(map->levels()[static_cast<std::size_t>(k)])
                                         .arg(map->levels()[static_cast<std::size_t>(j)])
                                         .arg(p.x())
                                         .arg(p.y());
                        }
                    }
                }
        }
    }
    return best;
}

/// True if the colour map's sampled data covers what the plot shows.
bool colourCoversView(LessonPlot* plot, QCPColorMap* map) {
    const QCPRange kx = map->data()->keyRange(), ky = map->data()->valueRange();
    const QCPRange x = plot->xAxis->range(), y = plot->yAxis->range();
    return kx.lower <= x.lower && kx.upper >= x.upper && ky.lower <= y.lower && ky.upper >= y.upper;
}

/// Types `text` into a value field and presses Enter.
void typeInto(ValueField* field, const QString& text) {
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}
} // namespace

class TestMaps : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void clickOnContourMapMovesPoint_data();
    void clickOnContourMapMovesPoint();
    void arrowLabelsStayClear_data();
    void arrowLabelsStayClear();
    void contourLinesStayApart();
    void everyContourMapHasAColourBar();
    void presetBringsPointInside();
    void typedFormulaKeepsPointOffTheEdge();
    void raceLegendHidesNothing();
    void raceMarkersAreThinned();
    void colourMapCoversThePlot_data();
    void colourMapCoversThePlot();
    void typedPointAndStart_data();
    void typedPointAndStart();
    void typedStartIsOneUndoStep();
    void optimizerRacesItself();
    void raceTableTakesValidHyperparameters_data();
    void raceTableTakesValidHyperparameters();
};

void TestMaps::clickOnContourMapMovesPoint_data() {
    QTest::addColumn<QPointF>("target");
    QTest::newRow("left of the point") << QPointF(-1.5, 0.5);
    QTest::newRow("near the minimum") << QPointF(0.2, -0.3);
    QTest::newRow("lower right") << QPointF(3.0, -2.5);
}

void TestMaps::clickOnContourMapMovesPoint() {
    QFETCH(QPointF, target);
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LessonPlot* map = view.figure()->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    const QPoint click(qRound(map->xAxis->coordToPixel(target.x())),
                       qRound(map->yAxis->coordToPixel(target.y())));
    QTest::mouseClick(map, Qt::LeftButton, {}, click);
    const QPointF p = view.lesson()->point();
    QVERIFY2(std::fabs(p.x() - target.x()) <= 2 * test::onePixel(map) &&
                 std::fabs(p.y() - target.y()) <= 2 * test::onePixel(map),
             qPrintable(QStringLiteral("point at (%1, %2)").arg(p.x()).arg(p.y())));
    QCOMPARE(view.figure()->handle()->position(), p);
}

void TestMaps::arrowLabelsStayClear_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPointF>("at");
    QTest::addColumn<QSize>("size");
    const QSize large(1300, 860), small(760, 560);
    QTest::newRow("bowl, opening point") << "x^2 + 3y^2" << QPointF(2.5, 1.5) << large;
    QTest::newRow("bowl, ∂x nearly along ∇f") << "x^2 + 3y^2" << QPointF(3.0, 0.12) << large;
    QTest::newRow("bowl, ∂y nearly along ∇f") << "x^2 + 3y^2" << QPointF(0.3, 2.5) << large;
    QTest::newRow("bowl, short arrows") << "x^2 + 3y^2" << QPointF(0.35, 0.25) << large;
    QTest::newRow("bowl, small window") << "x^2 + 3y^2" << QPointF(2.5, 1.5) << small;
    QTest::newRow("bowl, at the edge") << "x^2 + 3y^2" << QPointF(4.2, -3.9) << large;
    QTest::newRow("saddle") << "x^2 - y^2" << QPointF(2.0, 1.2) << large;
    QTest::newRow("saddle, diagonal") << "x^2 - y^2" << QPointF(-1.5, -1.5) << small;
    QTest::newRow("rosenbrock") << "(1-x)^2 + 100(y-x^2)^2" << QPointF(-1.0, 2.0) << large;
    QTest::newRow("himmelblau") << "(x^2 + y - 11)^2 + (x + y^2 - 7)^2" << QPointF(1.0, 1.0) << large;
    QTest::newRow("sin·cos") << "sin(x)*cos(y)" << QPointF(0.4, 0.9) << small;
}

void TestMaps::arrowLabelsStayClear() {
    QFETCH(QString, formula);
    QFETCH(QPointF, at);
    QFETCH(QSize, size);
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    view.lesson()->setPointShowing(at);
    ContourFigure* figure = view.figure();
    figure->mapPlot()->replot(QCustomPlot::rpImmediateRefresh);
    QTest::qWait(20);
    figure->mapPlot()->replot(QCustomPlot::rpImmediateRefresh);
    QList<ArrowItem*> arrows;
    for (ArrowItem* a :
         {figure->gradientArrow(), figure->negativeArrow(), figure->partialXArrow(), figure->partialYArrow()})
        if (a->line()->visible()) arrows << a;
    QVERIFY2(arrows.size() >= 2, "the gradient and its negative are drawn");
    const QRect plotRect = figure->mapPlot()->axisRect()->rect();
    for (int i = 0; i < arrows.size(); ++i) {
        const QRectF label = arrows[i]->labelPixelRect();
        const QString name = arrows[i]->label();
        QVERIFY2(QRectF(plotRect).contains(label), qPrintable(name + QStringLiteral(" outside the map")));
        for (int j = 0; j < arrows.size(); ++j) {
            if (j > i)
                QVERIFY2(!label.intersects(arrows[j]->labelPixelRect()),
                         qPrintable(name + QStringLiteral(" on ") + arrows[j]->label()));
            // The head: a triangle from the tip back along the shaft, as wide as the line ending draws it.
            QCPItemLine* line = arrows[j]->line();
            const QPointF a = line->start->pixelPosition(), b = line->end->pixelPosition();
            const QPointF u = (b - a) / std::hypot(b.x() - a.x(), b.y() - a.y()), v(-u.y(), u.x());
            const double length = line->head().length(), width = line->head().width();
            const QPolygonF head({b, b - u * length + v * width / 2, b - u * length - v * width / 2});
            QVERIFY2(!label.intersects(head.boundingRect()) ||
                         !QPolygonF(label).intersected(head).boundingRect().isValid(),
                     qPrintable(name + QStringLiteral(" on the head of ") + arrows[j]->label()));
            // The shaft, every pixel along it.
            const double n = std::hypot(b.x() - a.x(), b.y() - a.y());
            for (double s = 0; s <= n; s += 1.0)
                QVERIFY2(!label.contains(a + u * s),
                         qPrintable(name + QStringLiteral(" on the shaft of ") + arrows[j]->label()));
        }
    }
}

void TestMaps::contourLinesStayApart() {
    // Over every preset of the lesson: neighbouring contour lines at least 3 pixels apart on screen.
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int count = presetCount(view.formulaField());
    QVERIFY(count >= 5);
    for (int row = 0; row < count; ++row) {
        QVERIFY2(pickPreset(view.formulaField(), row),
                 qPrintable(view.formulaField()->comboBox()->itemText(row)));
        LessonPlot* map = view.figure()->mapPlot();
        map->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(view.figure()->contourMap()->levels().size() >= 5);
        QString where;
        const double gap = closestLines(view.figure()->contourMap(), map, 4.0, &where);
        QVERIFY2(gap >= 3.0, qPrintable(view.lesson()->formula() +
                                        QStringLiteral(": lines %1 px apart, ").arg(gap) + where));
    }
}

void TestMaps::everyContourMapHasAColourBar() {
    gradlab::test::TestView<ContourView> contour(QStringLiteral("contour"));
    gradlab::test::TestView<RaceView> race(QStringLiteral("race"));
    for (LessonView* view : QList<LessonView*>{&contour, &race}) {
        view->resize(1300, 860);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
    }
    QList<QPair<LessonPlot*, ContourMap*>> maps{{contour.figure()->mapPlot(), contour.figure()->contourMap()},
                                                {race.figure()->mapPlot(), race.figure()->contourMap()}};
    for (const auto& [plot, map] : maps) {
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QCPColorScale* bar = nullptr;
        for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) // the race nests it with the map
            if (auto* s = qobject_cast<QCPColorScale*>(e)) bar = s;
        QVERIFY2(bar && bar->visible(), "a colour bar beside the map");
        QCOMPARE(bar->axis()->label(), QStringLiteral("f(x, y)"));
        QCOMPARE(map->colorMap()->colorScale(), bar);
        QVERIFY(bar->outerRect().width() > 20 && bar->outerRect().height() > 100);
        QVERIFY(!bar->outerRect().intersects(plot->axisRect()->rect()));
        // Its labels are values of f: each tick labelled v sits where the colour of f = v is.
        auto ticker = bar->axis()->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker && ticker->ticks().size() >= 3);
        for (auto it = ticker->ticks().constBegin(); it != ticker->ticks().constEnd(); ++it) {
            const double v = shownNumber(it.value());
            QVERIFY2(std::isfinite(v), qPrintable(it.value()));
            QVERIFY(std::fabs(map->valueScale().toScale(v) - it.key()) <=
                    1e-9 * std::max(1.0, std::fabs(it.key())));
        }
    }
}

void TestMaps::presetBringsPointInside() {
    // The point is put near an edge first; every preset then shows it inside, with its arrows in view.
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int count = presetCount(view.formulaField());
    for (int row = 0; row < count; ++row) {
        QVERIFY2(pickPreset(view.formulaField(), row),
                 qPrintable(view.formulaField()->comboBox()->itemText(row)));
        const QPointF corner(view.lesson()->xMax() - 0.01 * (view.lesson()->xMax() - view.lesson()->xMin()),
                             view.lesson()->yMax() - 0.01 * (view.lesson()->yMax() - view.lesson()->yMin()));
        view.lesson()->setPoint(corner);
        QVERIFY2(pickPreset(view.formulaField(), (row + 1) % count),
                 qPrintable(view.formulaField()->comboBox()->itemText((row + 1) % count)));
        LessonPlot* map = view.figure()->mapPlot();
        map->replot(QCustomPlot::rpImmediateRefresh);
        const QPointF p = view.lesson()->point();
        const QCPRange x = map->xAxis->range(), y = map->yAxis->range();
        const QString where = view.lesson()->formula() + QStringLiteral(" at (%1, %2)").arg(p.x()).arg(p.y());
        QVERIFY2(p.x() >= x.lower + 0.05 * x.size() && p.x() <= x.upper - 0.05 * x.size(), qPrintable(where));
        QVERIFY2(p.y() >= y.lower + 0.05 * y.size() && p.y() <= y.upper - 0.05 * y.size(), qPrintable(where));
        // ∇f and −∇f are not stubs: at least 30 pixels of each are in view.
        for (ArrowItem* a : {view.figure()->gradientArrow(), view.figure()->negativeArrow()}) {
            if (!a->line()->visible()) continue;
            const QPointF from = a->line()->start->pixelPosition(), to = a->line()->end->pixelPosition();
            const double n = std::hypot(to.x() - from.x(), to.y() - from.y());
            int inside = 0;
            for (int s = 0; s <= int(n); ++s)
                inside += map->axisRect()->rect().contains((from + (to - from) * (s / n)).toPoint());
            QVERIFY2(inside >= 30,
                     qPrintable(where + QStringLiteral(": %1 px of ").arg(inside) + a->label()));
        }
    }
}

void TestMaps::typedFormulaKeepsPointOffTheEdge() {
    // A typed formula keeps the rectangle; a point on its edge is pulled a margin inside.
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.show();
    view.lesson()->setPoint(QPointF(view.lesson()->xMax(), view.lesson()->yMax()));
    view.formulaField()->setFormula(QStringLiteral("x^2 - y^2"));
    const QPointF p = view.lesson()->point();
    const double w = view.lesson()->xMax() - view.lesson()->xMin(),
                 h = view.lesson()->yMax() - view.lesson()->yMin();
    QVERIFY(p.x() <= view.lesson()->xMax() - 0.05 * w);
    QVERIFY(p.y() <= view.lesson()->yMax() - 0.05 * h);
}

void TestMaps::raceLegendHidesNothing() {
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.lesson()->runToEnd();
    LessonPlot* map = view.figure()->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY(map->legend->visible());
    const QRect legend = map->legend->outerRect();
    QVERIFY(legend.width() > 0 && legend.height() > 0);
    // Outside the plot area, so no trail and no minimum can be under it.
    QVERIFY2(!legend.intersects(map->axisRect()->rect()), "legend over the plot area");
    for (int k = 0; k < kOptimizerCount; ++k) {
        const auto kind = static_cast<OptimizerKind>(k);
        if (!view.lesson()->isEnabled(kind)) continue;
        for (const TrajectoryPoint& p : view.lesson()->trajectory(kind).points) {
            const QPoint pixel(qRound(map->xAxis->coordToPixel(p.point[0])),
                               qRound(map->yAxis->coordToPixel(p.point[1])));
            QVERIFY(!legend.contains(pixel));
        }
    }
    const QPoint minimum(qRound(map->xAxis->coordToPixel(1.0)), qRound(map->yAxis->coordToPixel(1.0)));
    QVERIFY(!legend.contains(minimum));
}

void TestMaps::raceMarkersAreThinned() {
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.lesson()->runToEnd();
    LessonPlot* map = view.figure()->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    const auto adam = view.lesson()->trajectory(OptimizerKind::Adam);
    QVERIFY(adam.points.size() > 200);
    for (int k = 0; k < kOptimizerCount; ++k) {
        const auto kind = static_cast<OptimizerKind>(k);
        if (!view.lesson()->isEnabled(kind)) continue;
        TrajectoryCurve* trail = view.figure()->trail(kind);
        // The line joins every step; the markers drawn are at least the spacing apart on screen.
        QCOMPARE(trail->curve()->data()->size(),
                 static_cast<int>(view.lesson()->trajectory(kind).points.size()));
        QCPCurve* markers = trail->markers();
        QVERIFY(markers->visible());
        QVERIFY(markers->data()->size() >= 2);
        // The line's own marker is kept for the legend, drawn on the first point only (under the markers').
        QVERIFY(trail->curve()->scatterSkip() >= trail->curve()->data()->size());
        // No two markers of a trail closer than the spacing, even where the run zigzags back.
        QVector<QPointF> pixels;
        for (auto it = markers->data()->constBegin(); it != markers->data()->constEnd(); ++it)
            pixels << QPointF(map->xAxis->coordToPixel(it->key), map->yAxis->coordToPixel(it->value));
        for (int a = 0; a < pixels.size(); ++a)
            for (int b = a + 1; b < pixels.size(); ++b)
                QVERIFY(std::hypot(pixels[a].x() - pixels[b].x(), pixels[a].y() - pixels[b].y()) >=
                        RaceFigure::kMarkerSpacing - 1e-9);
        // Each run's end marker is drawn above every trail.
        QCPGraph* head = trail->head();
        QCOMPARE(head->data()->size(), 1);
        for (int j = 0; j < kOptimizerCount; ++j) {
            TrajectoryCurve* other = view.figure()->trail(static_cast<OptimizerKind>(j));
            for (QCPAbstractPlottable* below : {static_cast<QCPAbstractPlottable*>(other->curve()),
                                                static_cast<QCPAbstractPlottable*>(other->markers())})
                QVERIFY(head->layer()->index() > below->layer()->index());
        }
    }
}

void TestMaps::colourMapCoversThePlot_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("wheel"); ///< wheel notches (negative: zoom out)
    QTest::addColumn<QPoint>("pan");
    QTest::newRow("rosenbrock, wide window") << "(1-x)^2 + 100(y-x^2)^2" << QSize(1600, 700) << 0 << QPoint();
    QTest::newRow("rosenbrock, tall window") << "(1-x)^2 + 100(y-x^2)^2" << QSize(800, 1000) << 0 << QPoint();
    QTest::newRow("rosenbrock, zoomed out") << "(1-x)^2 + 100(y-x^2)^2" << QSize(1360, 860) << -6 << QPoint();
    QTest::newRow("bowl, zoomed out and panned")
        << "x^2 + 3y^2" << QSize(1360, 860) << -4 << QPoint(200, -150);
    QTest::newRow("saddle, zoomed in and panned")
        << "x^2 - y^2" << QSize(1360, 860) << 8 << QPoint(-300, 100);
}

void TestMaps::colourMapCoversThePlot() {
    QFETCH(QString, formula);
    QFETCH(QSize, size);
    QFETCH(int, wheel);
    QFETCH(QPoint, pan);
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    LessonPlot* map = view.figure()->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    QCPColorMap* colours = view.figure()->contourMap()->colorMap();
    QVERIFY(colourCoversView(map, colours));
    const QPoint centre = map->axisRect()->center();
    for (int i = 0; i < std::abs(wheel); ++i) {
        QWheelEvent event(centre, map->mapToGlobal(centre), QPoint(), QPoint(0, wheel > 0 ? 120 : -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(map, &event);
        map->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(colourCoversView(map, colours));
    }
    if (!pan.isNull()) {
        const QPoint from = centre + QPoint(37, 23); // off the start handle
        QTest::mousePress(map, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(map, from + pan * i / 6);
        QTest::mouseRelease(map, Qt::LeftButton, {}, from + pan);
        map->replot(QCustomPlot::rpImmediateRefresh);
    }
    view.resize(size.height() + 400, size.width() - 200);
    QTest::qWait(50);
    map->replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY2(colourCoversView(map, colours),
             qPrintable(QStringLiteral("view x %1..%2 y %3..%4, colours x %5..%6 y %7..%8")
                            .arg(map->xAxis->range().lower)
                            .arg(map->xAxis->range().upper)
                            .arg(map->yAxis->range().lower)
                            .arg(map->yAxis->range().upper)
                            .arg(colours->data()->keyRange().lower)
                            .arg(colours->data()->keyRange().upper)
                            .arg(colours->data()->valueRange().lower)
                            .arg(colours->data()->valueRange().upper)));
}

void TestMaps::typedPointAndStart_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("x");
    QTest::addColumn<QString>("y");
    QTest::addColumn<QPointF>("expected");
    QTest::newRow("contour, plain numbers") << "contour"
                                            << "1.25"
                                            << "-0.5" << QPointF(1.25, -0.5);
    QTest::newRow("contour, constants") << "contour"
                                        << "pi/2"
                                        << "-sqrt(2)" << QPointF(M_PI / 2, -std::sqrt(2.0));
    QTest::newRow("contour, outside the view") << "contour"
                                               << "9"
                                               << "7" << QPointF(9, 7);
    QTest::newRow("race, the lessons' start") << "race"
                                              << "-1.5"
                                              << "2" << QPointF(-1.5, 2);
    QTest::newRow("race, constants") << "race"
                                     << "-e/2"
                                     << "1/3" << QPointF(-std::exp(1.0) / 2, 1.0 / 3);
    QTest::newRow("race, outside the view") << "race"
                                            << "-4"
                                            << "5" << QPointF(-4, 5);
}

void TestMaps::typedPointAndStart() {
    QFETCH(QString, lesson);
    QFETCH(QString, x);
    QFETCH(QString, y);
    QFETCH(QPointF, expected);
    std::unique_ptr<LessonView> view;
    PointFields* fields = nullptr;
    SurfaceLesson* model = nullptr;
    LessonPlot* map = nullptr;
    if (lesson == QLatin1String("contour")) {
        auto* v = new gradlab::test::TestView<ContourView>(QStringLiteral("contour"));
        fields = v->pointFields();
        model = v->lesson();
        map = v->figure()->mapPlot();
        view.reset(v);
    } else {
        auto* v = new gradlab::test::TestView<RaceView>(QStringLiteral("race"));
        fields = v->startFields();
        model = v->lesson();
        map = v->figure()->mapPlot();
        view.reset(v);
    }
    view->resize(1360, 860);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    typeInto(fields->xField(), x);
    typeInto(fields->yField(), y);
    // Exactly the values typed, not rounded to a pixel.
    QCOMPARE(model->point(), expected);
    map->replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY(map->xAxis->range().contains(expected.x()) && map->yAxis->range().contains(expected.y()));
    if (auto* race = qobject_cast<RaceLesson*>(model))
        for (int k = 0; k < kOptimizerCount; ++k) {
            const Trajectory& t = race->trajectory(static_cast<OptimizerKind>(k));
            QCOMPARE(t.points.front().point[0], expected.x());
            QCOMPARE(t.points.front().point[1], expected.y());
        }
    // Dragging shows the new point in the fields.
    fields->xField()->clearFocus();
    fields->yField()->clearFocus();
    map->setFocus();
    model->setPoint(expected * 0.5);
    QCOMPARE(fields->xField()->value(), model->point().x());
    QCOMPARE(fields->yField()->value(), model->point().y());
    // A refused entry keeps the point and says why.
    const QPointF before = model->point();
    typeInto(fields->xField(), QStringLiteral("2*"));
    QCOMPARE(model->point(), before);
    QVERIFY(!fields->xField()->errorMessage().isEmpty());
}

void TestMaps::typedStartIsOneUndoStep() {
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showLesson(QStringLiteral("race"));
    auto* view = static_cast<RaceView*>(window.lesson(QStringLiteral("race")));
    QUndoStack* stack = window.document()->undoStack();
    QTest::qWait(20);
    const int steps = stack->count();
    const QPointF before = view->lesson()->point();
    QVERIFY(before != QPointF(-1.25, 2.5));
    typeInto(view->startFields()->xField(), QStringLiteral("-5/4"));
    QTest::qWait(20);
    typeInto(view->startFields()->yField(), QStringLiteral("2.5"));
    QTest::qWait(20);
    QCOMPARE(view->lesson()->point(), QPointF(-1.25, 2.5));
    QCOMPARE(stack->count(), steps + 2);
    stack->undo();
    QCOMPARE(view->lesson()->point(), QPointF(-1.25, before.y()));
    stack->undo();
    QCOMPARE(view->lesson()->point(), before);
    QCOMPARE(view->startFields()->xField()->value(), before.x());
}

void TestMaps::optimizerRacesItself() {
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    RaceLesson* lesson = view.lesson();
    // A second learning rate for Adam, typed in its row of the table.
    QTableWidget* table = view.optimizerTable();
    const int row = static_cast<int>(OptimizerKind::Adam);
    int column = -1;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text().contains(QStringLiteral("2nd"))) column = c;
    QVERIFY(column > 0);
    table->item(row, column)->setText(QStringLiteral("0.2"));
    QVERIFY(lesson->hasSecond(OptimizerKind::Adam));
    QCOMPARE(lesson->racer(OptimizerKind::Adam).secondRate, 0.2);
    lesson->runToEnd();
    const Trajectory& first = lesson->trajectory(OptimizerKind::Adam);
    const Trajectory& second = lesson->secondTrajectory(OptimizerKind::Adam);
    QCOMPARE(second.points.front().point[0], first.points.front().point[0]);
    QCOMPARE(second.hyperparameters.learningRate, 0.2);
    QVERIFY(second.points.size() != first.points.size() ||
            second.points.back().point[0] != first.points.back().point[0]);
    // Both on the map, told apart by their rates in the legend and the status.
    RaceFigure* figure = view.figure();
    QVERIFY(figure->secondTrail(OptimizerKind::Adam)->curve()->visible());
    QCOMPARE(figure->secondTrail(OptimizerKind::Adam)->curve()->data()->size(),
             static_cast<int>(second.points.size()));
    QVERIFY(figure->trail(OptimizerKind::Adam)->curve()->name().contains(QStringLiteral("lr 0.05")));
    QVERIFY(figure->secondTrail(OptimizerKind::Adam)->curve()->name().contains(QStringLiteral("lr 0.2")));
    QVERIFY(figure->statusText().contains(QStringLiteral("(lr 0.2)")));
    // Four names in the legend at 1360 px and narrower: every name whole, none cut at its cell's edge.
    for (int width : {1360, 1000, 800}) {
        view.resize(width, 860);
        QTest::qWait(50);
        LessonPlot* map = figure->mapPlot();
        map->replot(QCustomPlot::rpImmediateRefresh);
        map->replot(QCustomPlot::rpImmediateRefresh); // the second pass uses the new number of columns
        QVERIFY(map->legend->itemCount() >= 4);
        for (int i = 0; i < map->legend->itemCount(); ++i) {
            QCPAbstractLegendItem* item = map->legend->item(i);
            if (!item) continue; // an empty cell of the grid
            QVERIFY2(item->outerRect().width() >= item->minimumOuterSizeHint().width(),
                     qPrintable(QStringLiteral("legend item %1 cut at %2 px").arg(i).arg(width)));
            QVERIFY2(
                map->rect().contains(item->outerRect()),
                qPrintable(QStringLiteral("legend item %1 outside the plot at %2 px").arg(i).arg(width)));
        }
    }
    QVERIFY(!figure->secondTrail(OptimizerKind::GradientDescent)->curve()->visible());
    // The CSV names both runs with their rates, as `gradlab descend --optimizer adam,adam` does.
    const QByteArray csv = view.lesson()->tableCsv();
    QVERIFY(csv.contains("\nadam lr=0.05,"));
    QVERIFY(csv.contains("\nadam lr=0.2,"));
    QVERIFY(csv.contains("\ngd,"));
    // A lesson file keeps it; restoring it races again.
    const QJsonObject saved = view.lesson()->save();
    QVERIFY(view.lesson()->check(saved).isEmpty());
    gradlab::test::TestView<RaceView> other(QStringLiteral("race"));
    other.lesson()->restore(saved);
    QCOMPARE(other.lesson()->racer(OptimizerKind::Adam).secondRate, 0.2);
    QVERIFY(other.lesson()->hasSecond(OptimizerKind::Adam));
    QJsonObject bad = saved;
    QJsonObject optimizers = bad.value(QStringLiteral("optimizers")).toObject();
    QJsonObject adam = optimizers.value(QStringLiteral("adam")).toObject();
    adam.insert(QStringLiteral("secondRate"), -1);
    optimizers.insert(QStringLiteral("adam"), adam);
    bad.insert(QStringLiteral("optimizers"), optimizers);
    QVERIFY(other.lesson()->check(bad).contains(QStringLiteral("secondRate")));
    // Render options: an optimizer listed twice races at its two rates.
    RenderOptions options;
    options.optimizers = QStringList{QStringLiteral("gd"), QStringLiteral("gd")};
    options.rates = {0.001, 0.002};
    QString error;
    QVERIFY2(other.lesson()->applyRaceOptions(options, &error), qPrintable(error));
    QVERIFY(other.lesson()->hasSecond(OptimizerKind::GradientDescent));
    QCOMPARE(other.lesson()->racer(OptimizerKind::GradientDescent).hyperparameters.learningRate, 0.001);
    QCOMPARE(other.lesson()->racer(OptimizerKind::GradientDescent).secondRate, 0.002);
    QVERIFY(!other.lesson()->hasSecond(OptimizerKind::Adam));
    options.optimizers << QStringLiteral("gd");
    options.rates = {0.1};
    QVERIFY(!other.lesson()->applyRaceOptions(options, &error));
    QVERIFY(error.contains(QStringLiteral("more than twice")));
    // Clearing the cell removes the second run.
    table->item(row, column)->setText(QString());
    QVERIFY(!lesson->hasSecond(OptimizerKind::Adam));
    QVERIFY(!figure->secondTrail(OptimizerKind::Adam)->curve()->visible());
}

void TestMaps::raceTableTakesValidHyperparameters_data() {
    // A cell of the race's table edits the hyperparameter the core says its optimizer uses, within the
    // core's range; other text is refused and the cell shows the lesson's value again.
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Hyperparameter>("hyperparameter");
    QTest::addColumn<bool>("taken");
    const QString lr = QStringLiteral("learning rate"), first = QStringLiteral("momentum / β₁ / α"),
                  second = QStringLiteral("β₂");
    QTest::newRow("gd lr") << OptimizerKind::GradientDescent << lr << "0.002" << Hyperparameter::LearningRate
                           << true;
    QTest::newRow("gd lr 0") << OptimizerKind::GradientDescent << lr << "0" << Hyperparameter::LearningRate
                             << false;
    QTest::newRow("gd lr inf") << OptimizerKind::GradientDescent << lr << "inf"
                               << Hyperparameter::LearningRate << false;
    QTest::newRow("momentum μ") << OptimizerKind::Momentum << first << "0.5" << Hyperparameter::Momentum
                                << true;
    QTest::newRow("nesterov μ 0") << OptimizerKind::Nesterov << first << "0" << Hyperparameter::Momentum
                                  << true;
    QTest::newRow("momentum μ 1") << OptimizerKind::Momentum << first << "1" << Hyperparameter::Momentum
                                  << false;
    QTest::newRow("rmsprop α") << OptimizerKind::RMSprop << first << "0.9" << Hyperparameter::Alpha << true;
    QTest::newRow("adam β₁") << OptimizerKind::Adam << first << "0.8" << Hyperparameter::Beta1 << true;
    QTest::newRow("adam β₁ -0.1") << OptimizerKind::Adam << first << "-0.1" << Hyperparameter::Beta1 << false;
    QTest::newRow("adam β₂") << OptimizerKind::Adam << second << "0.99" << Hyperparameter::Beta2 << true;
    QTest::newRow("adam β₂ 1") << OptimizerKind::Adam << second << "1" << Hyperparameter::Beta2 << false;
    QTest::newRow("adam β₂ text") << OptimizerKind::Adam << second << "abc" << Hyperparameter::Beta2 << false;
}

void TestMaps::raceTableTakesValidHyperparameters() {
    QFETCH(OptimizerKind, optimizer);
    QFETCH(QString, header);
    QFETCH(QString, typed);
    QFETCH(Hyperparameter, hyperparameter);
    QFETCH(bool, taken);
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    RaceLesson* lesson = view.lesson();
    QTableWidget* table = view.optimizerTable();
    int column = -1;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text() == header) column = c;
    QVERIFY(column > 0);
    QTableWidgetItem* cell = table->item(static_cast<int>(optimizer), column);
    QVERIFY(cell->flags() & Qt::ItemIsEditable);
    std::array<Hyperparameters, kOptimizerCount> racers;
    for (OptimizerKind kind : kOptimizers)
        racers[static_cast<std::size_t>(kind)] = lesson->racer(kind).hyperparameters;
    const Hyperparameters before = lesson->racer(optimizer).hyperparameters;
    cell->setText(typed);
    const Hyperparameters after = lesson->racer(optimizer).hyperparameters;
    const double expected = taken ? typed.toDouble() : hyperparameterValue(before, hyperparameter);
    QCOMPARE(hyperparameterValue(after, hyperparameter), expected);
    for (Hyperparameter other : kHyperparameters)
        if (other != hyperparameter)
            QCOMPARE(hyperparameterValue(after, other), hyperparameterValue(before, other));
    QCOMPARE(cell->text().toDouble(), expected); // the cell shows the lesson's value
    // The other optimizers' hyperparameters are untouched.
    for (OptimizerKind kind : kOptimizers)
        for (Hyperparameter h : kHyperparameters)
            if (kind != optimizer)
                QCOMPARE(hyperparameterValue(lesson->racer(kind).hyperparameters, h),
                         hyperparameterValue(racers[static_cast<std::size_t>(kind)], h));
    // A column an optimizer does not use shows "—" and cannot be edited.
    for (OptimizerKind kind :
         {OptimizerKind::GradientDescent, OptimizerKind::Adagrad, OptimizerKind::Newton}) {
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString h = table->horizontalHeaderItem(c)->text();
            if (h != QStringLiteral("momentum / β₁ / α") && h != QStringLiteral("β₂")) continue;
            QCOMPARE(table->item(static_cast<int>(kind), c)->text(), QStringLiteral("—"));
            QVERIFY(!(table->item(static_cast<int>(kind), c)->flags() & Qt::ItemIsEditable));
        }
    }
}

QTEST_MAIN(TestMaps)
#include "tst_maps.moc"
