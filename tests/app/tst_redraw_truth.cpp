// What the shortcuts of a gesture leave on screen (sampling a map once per frame, lines drawn as chains,
// arrows fitted at layout) is what a view drawn from scratch shows: after a change of function, and after a
// drag on the contour map, the map's colours and lines, the slices, the readout and the pixels of every plot
// equal those of a fresh view given the same function and point.

#include "gui_test_helpers.h"
#include "plotting/contour_map.h"
#include "views/contour_figure.h"
#include "views/contour_view.h"
#include "widgets/formula_field.h"

#include <QTest>
#include <memory>

using namespace gradlab;
using ContourTestView = gradlab::test::TestView<ContourView>;

namespace {
std::unique_ptr<ContourTestView> shownView() {
    auto view = std::make_unique<ContourTestView>(QStringLiteral("contour"));
    view->resize(1280, 800);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) return nullptr;
    return view;
}

/// Replots every plot of the figure now and waits for the window's queued work.
void settle(ContourView* view) {
    QTest::qWait(30);
    for (LessonPlot* plot :
         {view->figure()->mapPlot(), view->figure()->sliceXPlot(), view->figure()->sliceYPlot()})
        plot->replot(QCustomPlot::rpImmediateRefresh);
    QTest::qWait(30);
}

/// Compares what the two views draw: data first (a readable message), then pixels.
void compareFigures(ContourView* a, ContourView* b) {
    ContourMap* ma = a->figure()->contourMap();
    ContourMap* mb = b->figure()->contourMap();
    QCOMPARE(ma->sampledRect(), mb->sampledRect());
    QCOMPARE(ma->levels(), mb->levels());
    QCPColorMapData* ca = ma->colorMap()->data();
    QCPColorMapData* cb = mb->colorMap()->data();
    QCOMPARE(ca->keySize(), cb->keySize());
    QCOMPARE(ca->valueSize(), cb->valueSize());
    for (int j = 0; j < ca->valueSize(); j += 7)
        for (int i = 0; i < ca->keySize(); i += 7) {
            const double u = ca->cell(i, j), v = cb->cell(i, j);
            QVERIFY2(u == v || (std::isnan(u) && std::isnan(v)),
                     qPrintable(QStringLiteral("cell %1, %2").arg(i).arg(j)));
        }
    for (int k = 0; k < static_cast<int>(ma->levels().size()); ++k) {
        const auto* da = ma->contourCurves()[k]->data().data();
        const auto* db = mb->contourCurves()[k]->data().data();
        QCOMPARE(da->size(), db->size());
        for (int p = 0; p < da->size(); ++p) {
            const QCPCurveData u = *(da->constBegin() + p), v = *(db->constBegin() + p);
            QVERIFY((u.key == v.key && u.value == v.value) || (std::isnan(u.key) && std::isnan(v.key)));
        }
    }
    QCOMPARE(a->figure()->readoutText(), b->figure()->readoutText());
    const QList<LessonPlot*> pa{a->figure()->mapPlot(), a->figure()->sliceXPlot(), a->figure()->sliceYPlot()};
    const QList<LessonPlot*> pb{b->figure()->mapPlot(), b->figure()->sliceXPlot(), b->figure()->sliceYPlot()};
    for (int i = 0; i < pa.size(); ++i) {
        QCOMPARE(pa[i]->xAxis->range(), pb[i]->xAxis->range());
        QCOMPARE(pa[i]->yAxis->range(), pb[i]->yAxis->range());
        QCOMPARE(pa[i]->yAxis->label(), pb[i]->yAxis->label());
        QVERIFY2(pa[i]->grab().toImage() == pb[i]->grab().toImage(), qPrintable(pa[i]->accessibleName()));
    }
}
} // namespace

class TestRedrawTruth : public QObject {
    Q_OBJECT
private slots:
    void changeOfFunctionDrawsAsFromScratch_data();
    void changeOfFunctionDrawsAsFromScratch();
    void contourDragDrawsAsFromScratch_data();
    void contourDragDrawsAsFromScratch();
};

void TestRedrawTruth::changeOfFunctionDrawsAsFromScratch_data() {
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QString>("formula");
    QTest::newRow("Himmelblau after Rosenbrock")
        << QStringList{"(1-x)^2 + 100(y-x^2)^2"} << "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
    QTest::newRow("Rosenbrock after Himmelblau and a saddle")
        << QStringList{"(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "x^2 - y^2"} << "(1-x)^2 + 100(y-x^2)^2";
    QTest::newRow("a pole after a bowl") << QStringList{"x^2 + 3y^2"} << "1/(x^2 + y^2)";
    QTest::newRow("ln (undefined for x < 0) after sin") << QStringList{"sin(x) cos(y)"} << "ln(x) + y^2";
}

void TestRedrawTruth::changeOfFunctionDrawsAsFromScratch() {
    QFETCH(QStringList, before);
    QFETCH(QString, formula);
    auto changed = shownView();
    QVERIFY(changed);
    for (const QString& f : before) {
        changed->formulaField()->setFormula(f);
        settle(changed.get());
    }
    changed->formulaField()->setFormula(formula);
    auto fresh = shownView();
    QVERIFY(fresh);
    fresh->formulaField()->setFormula(formula);
    fresh->lesson()->setPoint(changed->lesson()->point());
    settle(changed.get());
    settle(fresh.get());
    QCOMPARE(changed->lesson()->point(), fresh->lesson()->point());
    compareFigures(changed.get(), fresh.get());
}

void TestRedrawTruth::contourDragDrawsAsFromScratch_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPoint>("move"); // pixels from the point
    QTest::newRow("Rosenbrock, down the valley") << "(1-x)^2 + 100(y-x^2)^2" << QPoint(-90, 60);
    QTest::newRow("Himmelblau, up and right") << "(x^2 + y - 11)^2 + (x + y^2 - 7)^2" << QPoint(120, -80);
    QTest::newRow("saddle, across the middle") << "x^2 - y^2" << QPoint(-150, 10);
}

void TestRedrawTruth::contourDragDrawsAsFromScratch() {
    QFETCH(QString, formula);
    QFETCH(QPoint, move);
    auto dragged = shownView();
    QVERIFY(dragged);
    dragged->formulaField()->setFormula(formula);
    settle(dragged.get());
    LessonPlot* map = dragged->figure()->mapPlot();
    const QPoint start = dragged->figure()->handle()->pixelPosition().toPoint();
    gradlab::test::dragHandle(map, dragged->figure()->handle(), start + move, 12);
    QVERIFY(dragged->lesson()->point() != QPointF());
    auto fresh = shownView();
    QVERIFY(fresh);
    fresh->formulaField()->setFormula(formula);
    fresh->lesson()->setPoint(dragged->lesson()->point());
    settle(dragged.get());
    settle(fresh.get());
    compareFigures(dragged.get(), fresh.get());
}

QTEST_MAIN(TestRedrawTruth)
#include "tst_redraw_truth.moc"
