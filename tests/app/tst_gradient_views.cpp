// The gradient lessons on real widgets: the gradient arrow follows a dragged point and stays perpendicular
// to the contour; the learning-rate slider changes the run and the regime; Play runs to a stop; a
// diverging rate says so with no NaN on screen; clicking the map sets the race's start.

#include "function/hessian_axes.h"
#include "geometry/arrow_scale.h"
#include "geometry/contours.h"
#include "gui_test_helpers.h"
#include "lessons/contour_lesson.h"
#include "lessons/descent_lesson.h"
#include "lessons/fit_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/number_format.h"
#include "lessons/race_lesson.h"
#include "plotting/arrow_item.h"
#include "plotting/quadratic_model_item.h"
#include "views/contour_figure.h"
#include "views/contour_view.h"
#include "views/descent_figure.h"
#include "views/descent_view.h"
#include "views/fit_figure.h"
#include "views/fit_view.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "views/race_figure.h"
#include "views/race_view.h"
#include "widgets/formula_field.h"
#include "widgets/log_slider.h"
#include "widgets/number_cell_delegate.h"
#include "widgets/rest_timer.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>

using namespace gradlab;

namespace {
/// Every piece of text a view shows: labels and table cells.
QStringList visibleText(QWidget* root) {
    QStringList all;
    for (QLabel* l : root->findChildren<QLabel*>())
        all << l->text();
    for (QTableWidget* t : root->findChildren<QTableWidget*>())
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                if (t->item(r, c)) all << t->item(r, c)->text();
    return all;
}

bool showsNaN(QWidget* root) {
    for (const QString& s : visibleText(root))
        if (s.contains(QLatin1String("nan"), Qt::CaseInsensitive) ||
            s.contains(QLatin1String("inf"), Qt::CaseSensitive))
            return true;
    return false;
}
} // namespace

class TestGradientViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void gradientArrowFollowsDrag_data();
    void gradientArrowFollowsDrag();
    void slicesShowThePartials();
    void arrowLengthMeansSlope_data();
    void arrowLengthMeansSlope();
    void openingScreenDrawsArrows_data();
    void openingScreenDrawsArrows();
    void flatPointsAreNamed_data();
    void flatPointsAreNamed();
    void arrowKeysMoveThePointOnTheMap();
    void hessianCheckboxDrawsTheModelAndFollowsTheDrag_data();
    void hessianCheckboxDrawsTheModelAndFollowsTheDrag();
    void hessianSentenceNamesTheShape_data();
    void hessianSentenceNamesTheShape();
    void descentPlayRunsToStop();
    void descentStepTableMatchesRun();
    void learningRateSliderChangesRun();
    void learningRateDragKeepsTheFigureStill_data();
    void learningRateDragKeepsTheFigureStill();
    void divergingRateShowsDiverged();
    void sweepFinishesOffThread();
    void clickingMapSetsRaceStart();
    void raceRunsEveryEnabledOptimizer();
    void stepAxesCountInWholeNumbers();
};

void TestGradientViews::gradientArrowFollowsDrag_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPoint>("move");
    QTest::newRow("rosenbrock") << "(1-x)^2 + 100(y-x^2)^2" << QPoint(90, 60);
    QTest::newRow("elliptic bowl") << "x^2 + 3y^2" << QPoint(-120, 40);
    QTest::newRow("himmelblau") << "(x^2 + y - 11)^2 + (x + y^2 - 7)^2" << QPoint(60, -80);
}

void TestGradientViews::gradientArrowFollowsDrag() {
    QFETCH(QString, formula);
    QFETCH(QPoint, move);
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    ContourFigure* figure = view.figure();
    LessonPlot* map = figure->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    const QPoint start = figure->handle()->pixelPosition().toPoint();
    const QPoint target = start + move;
    test::dragHandle(map, figure->handle(), target);

    const QPointF p = view.lesson()->point();
    QVERIFY(std::fabs(p.x() - map->xAxis->pixelToCoord(target.x())) <= test::onePixel(map));
    QVERIFY(std::fabs(p.y() - map->yAxis->pixelToCoord(target.y())) <=
            std::fabs(map->yAxis->pixelToCoord(1) - map->yAxis->pixelToCoord(0)));
    // The arrow starts at the point and points along ∇f there.
    const double at[2] = {p.x(), p.y()};
    double g[2];
    view.lesson()->function()->valueAndGradient(at, g);
    const QPointF a = figure->gradientArrow()->from(), b = figure->gradientArrow()->to();
    QCOMPARE(a, p);
    const QPointF d = b - a;
    const double cross = d.x() * g[1] - d.y() * g[0];
    QVERIFY2(std::fabs(cross) <= 1e-9 * std::hypot(d.x(), d.y()) * std::hypot(g[0], g[1]),
             "arrow not along the gradient");
    QVERIFY(d.x() * g[0] + d.y() * g[1] > 0);
    // Perpendicular to the level curve through the point (traced independently of the arrow).
    double tangent[2];
    QVERIFY(levelCurveDirection(*view.lesson()->function(), at, tangent));
    const double cosine = (d.x() * tangent[0] + d.y() * tangent[1]) / std::hypot(d.x(), d.y());
    QVERIFY2(std::fabs(cosine) < 1e-6, qPrintable(QString::number(cosine)));
    // The partial arrows are horizontal and vertical.
    QCOMPARE(figure->partialXArrow()->to().y(), p.y());
    QCOMPARE(figure->partialYArrow()->to().x(), p.x());
}

void TestGradientViews::arrowLengthMeansSlope_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPointF>("gentle");
    QTest::addColumn<QPointF>("steep");
    QTest::newRow("elliptic bowl") << "x^2 + 3y^2" << QPointF(0.4, 0.3) << QPointF(1.5, 1.2);
    QTest::newRow("saddle") << "x^2 - y^2" << QPointF(0.3, 0.2) << QPointF(1.5, -1.0);
    QTest::newRow("round bowl") << "x^2 + y^2" << QPointF(-0.6, 0.8) << QPointF(1.2, 1.6);
    QTest::newRow("sin·sin") << "sin(x)*sin(y)" << QPointF(1.3, 1.2) << QPointF(1.0, 1.3);
}

void TestGradientViews::arrowLengthMeansSlope() {
    QFETCH(QString, formula);
    QFETCH(QPointF, gentle);
    QFETCH(QPointF, steep);
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    ContourFigure* figure = view.figure();
    figure->mapPlot()->replot(QCustomPlot::rpImmediateRefresh);
    double lengths[2], norms[2];
    int i = 0;
    for (QPointF p : {gentle, steep}) {
        view.lesson()->setPoint(p);
        QCOMPARE(view.lesson()->point(), p);
        const QPointF g = view.lesson()->gradient();
        norms[i] = std::hypot(g.x(), g.y());
        QVERIFY(figure->gradientArrow()->line()->visible());
        const QPointF d = figure->gradientArrow()->to() - figure->gradientArrow()->from();
        lengths[i] = std::hypot(d.x(), d.y());
        // Drawn to the function's scale, and the readout gives the scale.
        QVERIFY2(std::fabs(lengths[i] - norms[i] / figure->arrowScale().slopePerUnit()) <= 1e-9 * lengths[i],
                 qPrintable(figure->readoutText()));
        QVERIFY2(
            figure->readoutText().contains(QStringLiteral("an arrow 1 unit long stands for a slope of %1")
                                               .arg(formatValue(figure->arrowScale().slopePerUnit(), 3))),
            qPrintable(figure->readoutText()));
        ++i;
    }
    QVERIFY(norms[0] < norms[1]);
    QVERIFY(lengths[0] < lengths[1]);
    QVERIFY(std::fabs(lengths[1] / lengths[0] - norms[1] / norms[0]) < 1e-9 * norms[1] / norms[0]);
}

void TestGradientViews::openingScreenDrawsArrows_data() {
    // The view as a learner first meets it: its own default size, shown and exposed, with no replot forced
    // by the test; then resized. |∇f| = 10.3 at the default point is large, never "too small to draw".
    QTest::addColumn<QList<QSize>>("sizes"); ///< resizes after the first show; empty: the default size only
    QTest::newRow("default size") << QList<QSize>{};
    QTest::newRow("wide then small") << QList<QSize>{{1500, 900}, {700, 520}};
    QTest::newRow("tall then large") << QList<QSize>{{640, 1000}, {1400, 1000}};
}

void TestGradientViews::openingScreenDrawsArrows() {
    QFETCH(QList<QSize>, sizes);
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ContourFigure* figure = view.figure();
    auto check = [&](const QString& when) {
        const QString text = figure->readoutText();
        const QString where = when + QStringLiteral(": ") + text;
        QVERIFY2(!text.contains(QLatin1String("too small")), qPrintable(where));
        QVERIFY2(!text.contains(QLatin1String("nearly flat")), qPrintable(where));
        QVERIFY2(figure->arrowFit() == ArrowFit::Drawn || figure->arrowFit() == ArrowFit::Shortened,
                 qPrintable(where));
        QVERIFY2(figure->gradientArrow()->line()->visible(), qPrintable(where));
        // The arrow drawn is at least the minimum length on screen, from the point along ∇f.
        LessonPlot* map = figure->mapPlot();
        const QPointF a = figure->gradientArrow()->from(), b = figure->gradientArrow()->to();
        const double pixels = std::hypot(map->xAxis->coordToPixel(b.x()) - map->xAxis->coordToPixel(a.x()),
                                         map->yAxis->coordToPixel(b.y()) - map->yAxis->coordToPixel(a.y()));
        QVERIFY2(pixels >= ContourFigure::kMinArrowPixels, qPrintable(where));
    };
    QCOMPARE(view.lesson()->point(), QPointF(2.5, 1.5));
    QTRY_VERIFY(figure->mapPlot()->axisRect()->width() > 0);
    QTest::qWait(50); // queued replots have run
    check(QStringLiteral("default size"));
    if (QTest::currentTestFailed()) return;
    for (const QSize& size : sizes) {
        view.resize(size);
        QTest::qWait(100);
        check(QStringLiteral("%1×%2").arg(size.width()).arg(size.height()));
        if (QTest::currentTestFailed()) return;
    }
}

void TestGradientViews::flatPointsAreNamed_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPointF>("at");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QStringList>("never"); ///< words that would contradict it
    const QStringList kinds{"minimum", "maximum", "saddle", "cannot tell", "too small"};
    auto others = [&kinds](const QString& kind) {
        QStringList l = kinds;
        l.removeAll(kind);
        return l;
    };
    QTest::newRow("bowl") << "x^2 + y^2" << QPointF(0, 0) << "minimum" << others("minimum");
    QTest::newRow("cap") << "-x^2 - y^2" << QPointF(0, 0) << "maximum" << others("maximum");
    QTest::newRow("saddle x²−y²") << "x^2 - y^2" << QPointF(0, 0) << "saddle" << others("saddle");
    QTest::newRow("saddle x·y") << "x*y" << QPointF(0, 0) << "saddle" << others("saddle");
    QTest::newRow("rosenbrock minimum")
        << "(1-x)^2 + 100(y-x^2)^2" << QPointF(1, 1) << "minimum" << others("minimum");
    // A singular Hessian cannot tell; the values around the point can, and the note says what it measured
    // (not "x⁴ + y⁴ has a minimum at such a point" whatever the function typed).
    QTest::newRow("quartic: singular Hessian, no lower nearby")
        << "x^4 + y^4" << QPointF(0, 0) << "f is no lower at any of 24 nearby points"
        << QStringList{"too small", "saddle point", "x⁴ + y⁴ has", "x³ + y² has", "maximum</b>"};
    QTest::newRow("quartic cap: no higher nearby")
        << "-x^4 - y^4" << QPointF(0, 0) << "so it is a <b>maximum</b>"
        << QStringList{"too small", "saddle point", "x⁴ + y⁴ has", "minimum</b>"};
    QTest::newRow("cubic in x: lower and higher nearby")
        << "x^3 + y^2" << QPointF(0, 0) << "<b>neither a minimum nor a maximum</b>"
        << QStringList{"too small", "x³ + y² has", "so it is a"};
    // |∇f| = 0.015 beside |∇f| ≈ 4 elsewhere: not flat, not drawn, and said so.
    QTest::newRow("near a saddle") << "x^2 - y^2" << QPointF(0.0075, 0) << "too small to draw"
                                   << QStringList{"minimum", "maximum", "saddle", "cannot tell"};
}

void TestGradientViews::flatPointsAreNamed() {
    QFETCH(QString, formula);
    QFETCH(QPointF, at);
    QFETCH(QString, says);
    QFETCH(QStringList, never);
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    ContourFigure* figure = view.figure();
    figure->mapPlot()->replot(QCustomPlot::rpImmediateRefresh);
    view.lesson()->setPoint(at);
    QCOMPARE(view.lesson()->point(), at);
    const QString text = figure->readoutText();
    QVERIFY2(text.contains(says), qPrintable(text));
    for (const QString& word : never)
        QVERIFY2(!text.contains(word), qPrintable(word + QStringLiteral(" in: ") + text));
    // No arrow pretends to show a slope here.
    QVERIFY(!figure->gradientArrow()->line()->visible());
}

void TestGradientViews::slicesShowThePartials() {
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1200, 800);
    view.show();
    view.formulaField()->setFormula(QStringLiteral("x^2*y + sin(y)"));
    view.lesson()->setPoint(QPointF(1.0, 0.5));
    const double gx = 2 * 1.0 * 0.5, gy = 1.0 + std::cos(0.5);
    QVERIFY(std::fabs(test::slopeOf(view.figure()->sliceXTangent()) - gx) < 1e-12);
    QVERIFY(std::fabs(test::slopeOf(view.figure()->sliceYTangent()) - gy) < 1e-12);
}

void TestGradientViews::arrowKeysMoveThePointOnTheMap() {
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LessonPlot* map = view.figure()->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    map->setFocus();
    const QPointF before = view.lesson()->point();
    QTest::keyClick(map, Qt::Key_Up);
    QVERIFY(std::fabs(view.lesson()->point().y() - (before.y() + 0.01 * map->yAxis->range().size())) < 1e-12);
    QCOMPARE(view.lesson()->point().x(), before.x());
    QTest::keyClick(map, Qt::Key_Left, Qt::ControlModifier);
    QVERIFY(std::fabs(view.lesson()->point().x() - (before.x() - 0.1 * map->xAxis->range().size())) < 1e-12);
}

namespace {
/// Checks what the contour figure draws for the Hessian at the lesson's point: the Hessian of the function
/// there, each visible curve on its level of ½ dᵀHd around the point, as many curves as the shape has,
/// and the labels' words from the eigenvalues' signs.
void checkDrawnModel(ContourFigure* figure, ContourLesson* lesson) {
    const QPointF p = lesson->point();
    const double at[2] = {p.x(), p.y()};
    const HessianAxes expected = hessianAxesAt(*lesson->function(), at);
    const HessianAxes& axes = figure->hessianAxes();
    QVERIFY(axes.finite);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(axes.hessian[i], expected.hessian[i]);
    QuadraticModelItem* model = figure->quadraticModel();
    QVERIFY(model->isVisible());
    QCOMPARE(model->point(), p);
    const double c = model->levelSet().level;
    int visible = 0;
    for (QCPCurve* curve : model->curves()) {
        if (!curve->visible()) continue;
        const LevelCurve& k = model->levelSet().curves.at(static_cast<std::size_t>(visible++));
        QVERIFY(curve->data()->size() > 8);
        for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it) {
            const double dx = it->key - p.x(), dy = it->value - p.y();
            const double q =
                0.5 * (axes.hessian[0] * dx * dx + (axes.hessian[1] + axes.hessian[2]) * dx * dy +
                       axes.hessian[3] * dy * dy);
            QVERIFY2(std::fabs(q - k.level) <= 1e-8 * c,
                     qPrintable(QStringLiteral("q = %1 on a curve of level %2").arg(q).arg(k.level)));
        }
    }
    const int curves[] = {1, 1, 4, 2, 2, 0, 0}; // in CurvatureShape order
    QCOMPARE(visible, curves[static_cast<int>(axes.shape)]);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(model->axisLine(i)->visible());
        const QString label = model->label(i)->text();
        const char* bend = bendSign(axes, i) > 0   ? "curves up"
                           : bendSign(axes, i) < 0 ? "curves down"
                                                   : "straight";
        QVERIFY2(label.contains(QLatin1String(bend)), qPrintable(label));
        QVERIFY2(label.startsWith(i == 0 ? QStringLiteral("λ₁") : QStringLiteral("λ₂")), qPrintable(label));
        // The label is drawn whole inside the map.
        QVERIFY2(QRectF(figure->mapPlot()->axisRect()->rect()).contains(model->labelPixelRect(i)),
                 qPrintable(label));
    }
}
} // namespace

void TestGradientViews::hessianCheckboxDrawsTheModelAndFollowsTheDrag_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPoint>("move"); ///< the drag, in pixels
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("rosenbrock: bowl to saddle")
        << "(1-x)^2 + 100(y-x^2)^2" << QPointF(-1.5, 2.0) << QPoint(0, 0) << "bowl-shaped"
        << "saddle-shaped";
    QTest::newRow("elliptic bowl moves along")
        << "x^2 + 3y^2" << QPointF(2.5, 1.5) << QPoint(-150, 60) << "bowl-shaped"
        << "bowl-shaped";
    QTest::newRow("monkey saddle: the saddle turns")
        << "x^3 - 3x*y^2" << QPointF(0.5, 0.5) << QPoint(-120, -90) << "saddle-shaped"
        << "saddle-shaped";
    QTest::newRow("x⁴ + y²: bowl to bowl")
        << "x^4 + y^2" << QPointF(1.0, 1.0) << QPoint(80, -100) << "bowl-shaped"
        << "bowl-shaped";
}

void TestGradientViews::hessianCheckboxDrawsTheModelAndFollowsTheDrag() {
    QFETCH(QString, formula);
    QFETCH(QPointF, from);
    QFETCH(QPoint, move);
    QFETCH(QString, before);
    QFETCH(QString, after);
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    view.lesson()->setPoint(from);
    ContourFigure* figure = view.figure();
    LessonPlot* map = figure->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY(!figure->quadraticModel()->isVisible());
    QVERIFY(!figure->readoutText().contains(QLatin1String("Hessian H")));

    // The checkbox, clicked: the lesson shows the Hessian and the figure draws it.
    QSignalSpy changed(view.lesson(), &Lesson::changed);
    QTest::mouseClick(view.hessianBox(), Qt::LeftButton);
    QVERIFY(view.lesson()->showHessian());
    QCOMPARE(changed.count(), 1);
    QVERIFY(view.lesson()->save().value(QStringLiteral("hessian")).toBool());
    checkDrawnModel(figure, view.lesson());
    if (QTest::currentTestFailed()) return;
    QVERIFY2(figure->readoutText().contains(before), qPrintable(figure->readoutText()));
    QVERIFY(figure->readoutText().contains(QLatin1String("Hessian H")));

    // The curves are drawn around the point: a drag moves them with it and the sentence follows.
    const QuadraticLevelSet was = figure->quadraticModel()->levelSet();
    const double wasX = figure->quadraticModel()->curves().first()->data()->constBegin()->key;
    const QPoint start = figure->handle()->pixelPosition().toPoint();
    const QPoint target = move.isNull() ? test::pixelOf(map, QPointF(0, 1)).toPoint() : start + move;
    test::dragHandle(map, figure->handle(), target);
    const QPointF p = view.lesson()->point();
    QVERIFY(std::fabs(p.x() - map->xAxis->pixelToCoord(target.x())) <= test::onePixel(map));
    QVERIFY(p != from);
    checkDrawnModel(figure, view.lesson());
    if (QTest::currentTestFailed()) return;
    QVERIFY(figure->quadraticModel()->curves().first()->data()->constBegin()->key != wasX ||
            figure->quadraticModel()->levelSet().level != was.level);
    QVERIFY2(figure->readoutText().contains(after), qPrintable(figure->readoutText()));

    // Clicked again: hidden, and the sentence about the Hessian goes with it.
    QTest::mouseClick(view.hessianBox(), Qt::LeftButton);
    QVERIFY(!view.lesson()->showHessian());
    QVERIFY(!figure->quadraticModel()->isVisible());
    for (QCPCurve* curve : figure->quadraticModel()->curves())
        QVERIFY(!curve->visible());
    QVERIFY(!figure->quadraticModel()->axisLine(0)->visible());
    QVERIFY(!figure->readoutText().contains(QLatin1String("Hessian H")));
    // The model's state shows on the checkbox (undo, a lesson file): it never keeps a copy of its own.
    view.lesson()->setShowHessian(true);
    QVERIFY(view.hessianBox()->isChecked());
    QVERIFY(figure->quadraticModel()->isVisible());
}

void TestGradientViews::hessianSentenceNamesTheShape_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPointF>("at");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("never");
    const QStringList shapes{"bowl-shaped", "dome-shaped", "saddle-shaped", "<b>trough</b>", "<b>ridge</b>"};
    auto others = [&shapes](const QString& shape) {
        QStringList l = shapes;
        l.removeAll(shape);
        return l;
    };
    QTest::newRow("bowl, sloped") << "x^2 + 3y^2" << QPointF(2.5, 1.5)
                                  << QStringList{"bowl-shaped", "no minimum", "The ellipse", "λ₁ = 2, λ₂ = 6"}
                                  << others("bowl-shaped");
    QTest::newRow("dome, sloped") << "-x^2 - 2y^2" << QPointF(1, 1)
                                  << QStringList{"dome-shaped", "no maximum", "The ellipse", "is −"}
                                  << others("dome-shaped");
    QTest::newRow("saddle, sloped") << "x^2 - y^2" << QPointF(1, 0.5)
                                    << QStringList{"saddle-shaped", "hyperbolas", "λ₁ = −2, λ₂ = 2"}
                                    << others("saddle-shaped");
    QTest::newRow("saddle point") << "x^2 - y^2" << QPointF(0, 0)
                                  << QStringList{"<b>saddle point</b>", "hyperbolas"} << shapes;
    QTest::newRow("rosenbrock minimum") << "(1-x)^2 + 100(y-x^2)^2" << QPointF(1, 1)
                                        << QStringList{"<b>minimum</b>", "The ellipse"} << shapes;
    QTest::newRow("rosenbrock above the valley")
        << "(1-x)^2 + 100(y-x^2)^2" << QPointF(0, 1) << QStringList{"saddle-shaped", "λ₁ = −398, λ₂ = 200"}
        << others("saddle-shaped");
    // The monkey saddle's Hessian is zero at the origin: the Hessian cannot tell, and the lesson does not
    // call it a saddle point.
    QTest::newRow("monkey saddle, origin")
        << "x^3 - 3x*y^2" << QPointF(0, 0)
        << QStringList{"<b>cannot tell</b>", "degenerate", "no curve to draw",
                       "<b>neither a minimum nor a maximum</b>"}
        << (QStringList{"saddle point"} + shapes);
    QTest::newRow("monkey saddle, aside")
        << "x^3 - 3x*y^2" << QPointF(0.5, 0.5) << QStringList{"saddle-shaped", "hyperbolas"}
        << others("saddle-shaped");
    QTest::newRow("trough, sloped") << "(x + y)^2" << QPointF(1, 0.5)
                                    << QStringList{"<b>trough</b>", "parallel lines", "λ₁ = 0, λ₂ = 4"}
                                    << others("<b>trough</b>");
    QTest::newRow("ridge, sloped") << "-(x - y)^2" << QPointF(1, 0)
                                   << QStringList{"<b>ridge</b>", "parallel lines"} << others("<b>ridge</b>");
    QTest::newRow("x⁴ + y⁴ at 0: flat Hessian")
        << "x^4 + y^4" << QPointF(0, 0) << QStringList{"<b>cannot tell</b>", "no curve to draw"} << shapes;
}

void TestGradientViews::hessianSentenceNamesTheShape() {
    QFETCH(QString, formula);
    QFETCH(QPointF, at);
    QFETCH(QStringList, says);
    QFETCH(QStringList, never);
    gradlab::test::TestView<ContourView> view(QStringLiteral("contour"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    view.lesson()->setShowHessian(true);
    view.lesson()->setPoint(at);
    QCOMPARE(view.lesson()->point(), at);
    ContourFigure* figure = view.figure();
    figure->mapPlot()->replot(QCustomPlot::rpImmediateRefresh);
    const QString text = figure->readoutText();
    for (const QString& word : says)
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in: ") + text));
    for (const QString& word : never)
        QVERIFY2(!text.contains(word), qPrintable(word + QStringLiteral(" in: ") + text));
    checkDrawnModel(figure, view.lesson());
}

void TestGradientViews::descentPlayRunsToStop() {
    gradlab::test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.lesson()->setMaxSteps(30);
    QTest::mouseClick(view.playButton(), Qt::LeftButton);
    QVERIFY(view.lesson()->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(view.lesson()->stopped(), 20000);
    QVERIFY(!view.lesson()->isPlaying());
    QVERIFY(view.figure()->stopText().startsWith(QStringLiteral("Not converged: after 30 steps")) ||
            view.figure()->stopText().startsWith(QStringLiteral("Converged")));
    QCOMPARE(view.figure()->stepTable()->rowCount(),
             static_cast<int>(view.lesson()->trajectory().points.size()));
    QVERIFY(!view.stepButton()->isEnabled());
    // Reset starts again from the start point.
    QTest::mouseClick(view.resetButton(), Qt::LeftButton);
    QCOMPARE(view.lesson()->trajectory().points.size(), std::size_t(1));
}

void TestGradientViews::descentStepTableMatchesRun() {
    gradlab::test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.show();
    // (w−3)² from 8 with lr 0.1: the lesson's numbers.
    view.lesson()->setX(8.0);
    for (int i = 0; i < 10; ++i)
        QTest::mouseClick(view.stepButton(), Qt::LeftButton);
    QTableWidget* t = view.figure()->stepTable();
    QCOMPARE(t->rowCount(), 11);
    QCOMPARE(t->item(1, 1)->text(), QStringLiteral("7"));
    QCOMPARE(t->item(10, 1)->text(), QStringLiteral("3.5368709"));
    QCOMPARE(t->item(0, 4)->text(), QStringLiteral("−1")); // the update row 0's gradient causes
    QCOMPARE(t->item(1, 4)->text(), QStringLiteral("−0.8"));
    // Dragging the start restarts the run from there.
    LessonPlot* plot = view.figure()->plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    test::dragHandle(plot, view.figure()->startHandle(),
                     view.figure()->startHandle()->pixelPosition().toPoint() - QPoint(80, 0));
    QVERIFY(view.lesson()->x() < 8.0);
    QCOMPARE(view.lesson()->trajectory().points.size(), std::size_t(1));
    QCOMPARE(view.lesson()->trajectory().points[0].point[0], view.lesson()->x());
}

void TestGradientViews::learningRateSliderChangesRun() {
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1300, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LearningRateLesson* lesson = view.lesson();
    lesson->setLearningRate(0.1);
    QVERIFY(view.figure()->regimeText().contains(QStringLiteral("converging")));
    const double endBefore = lesson->trajectory().points.back().point[0];
    QSignalSpy changed(lesson, &FunctionLesson::changed);
    // Drag the slider's handle to the right (a larger learning rate).
    LogSlider* slider = view.slider();
    const int y = slider->height() / 2;
    const int x0 = slider->width() * slider->value() / LogSlider::kSteps;
    QTest::mousePress(slider, Qt::LeftButton, {}, QPoint(x0, y));
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(slider, QPoint(x0 + i * 12, y));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, QPoint(x0 + 120, y));
    QVERIFY(changed.count() > 0);
    QVERIFY(lesson->learningRate() > 0.1);
    QCOMPARE(lesson->learningRate(), slider->logValue());
    QVERIFY(lesson->trajectory().points.back().point[0] != endBefore ||
            lesson->trajectory().points.size() != 101);
    // Between 1 and 2/f″ = 1 the run oscillates: the text says so.
    lesson->setLearningRate(0.9);
    QVERIFY2(view.figure()->regimeText().contains(QStringLiteral("oscillating")),
             qPrintable(view.figure()->regimeText()));
    QCOMPARE(lesson->criticalRate(), 1.0);
    QCOMPARE(slider->mark(), 1.0);
    // Typing a rate moves the slider.
    QLineEdit* field = view.learningRateField();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("0.001"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(lesson->learningRate(), 0.001);
    QCOMPARE(slider->value(), slider->positionOf(0.001));
    QVERIFY(view.figure()->regimeText().contains(QStringLiteral("too slow")));
}

void TestGradientViews::learningRateDragKeepsTheFigureStill_data() {
    QTest::addColumn<QString>("formula");
    QTest::newRow("quadratic") << QString();
    QTest::newRow("double well") << QStringLiteral("w^4 - 3w^2 + w");
    QTest::newRow("shifted") << QStringLiteral("(w-3)^2 + 1");
}

void TestGradientViews::learningRateDragKeepsTheFigureStill() {
    // A drag of the slider over rates whose sentences take two lines and three: the plots keep their place
    // (they may only give room to a text that grows, never take it back mid-drag), and each plot is drawn
    // once per move (the step and loss plots used to be laid out and drawn twice).
    QFETCH(QString, formula);
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1280, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (!formula.isEmpty()) view.lesson()->setFormula(formula);
    view.lesson()->setMaxSteps(1000);
    view.lesson()->waitForSweep();
    QTest::qWait(2 * RestTimer::kRestMs);
    LearningRateFigure* figure = view.figure();
    const QList<LessonPlot*> plots{figure->curvePlot(), figure->stepPlot(), figure->lossPlot(),
                                   figure->sweepPlot()};
    QList<int> replots(plots.size(), 0);
    for (int i = 0; i < plots.size(); ++i)
        connect(plots[i], &QCustomPlot::afterReplot, this, [&replots, i] { ++replots[i]; });
    LogSlider* slider = view.slider();
    const int y = slider->height() / 2, x0 = slider->width() / 10, x1 = slider->width() * 9 / 10;
    const int moves = 40;
    // Pressed on the handle, then taken to the left end of the drag.
    QTest::mousePress(slider, Qt::LeftButton, {},
                      QPoint(slider->width() * slider->value() / LogSlider::kSteps, y));
    QTest::mouseMove(slider, QPoint(x0, y));
    QTest::qWait(50);
    QList<int> heights;
    for (LessonPlot* p : plots)
        heights << p->height();
    std::fill(replots.begin(), replots.end(), 0);
    QSet<QString> regimes;
    for (int m = 1; m <= moves; ++m) {
        QTest::mouseMove(slider, QPoint(x0 + (x1 - x0) * m / moves, y));
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (int pass = 0; pass < 3; ++pass) // a margin that grew reaches the other plot a replot later
            QCoreApplication::processEvents();
        regimes << figure->regimeText();
        for (int i = 0; i < plots.size(); ++i) {
            QVERIFY2(plots[i]->height() <= heights[i],
                     qPrintable(QStringLiteral("move %1: plot %2 grew back from %3 to %4 px")
                                    .arg(m)
                                    .arg(i)
                                    .arg(heights[i])
                                    .arg(plots[i]->height())));
            heights[i] = plots[i]->height();
        }
        QCOMPARE(figure->stepPlot()->axisRect()->left(), figure->lossPlot()->axisRect()->left());
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, QPoint(x1, y));
    QVERIFY2(regimes.size() > 5, "the drag went through several runs");
    // The step and loss plots: one full drawing per move, and a few more where a wider tick label or a taller
    // text made room (two per move before the margins were kept).
    for (int i : {1, 2})
        QVERIFY2(replots[i] <= moves + moves / 4,
                 qPrintable(
                     QStringLiteral("plot %1 drawn %2 times in %3 moves").arg(i).arg(replots[i]).arg(moves)));
    // Once the drag has rested, the texts are whole and the plots aligned.
    QTest::qWait(2 * RestTimer::kRestMs);
    QCOMPARE(gradlab::test::cutTexts(&view, QStringLiteral("learning rate")), QStringList());
    QCOMPARE(figure->stepPlot()->axisRect()->left(), figure->lossPlot()->axisRect()->left());
}

void TestGradientViews::divergingRateShowsDiverged() {
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1300, 900);
    view.show();
    view.lesson()->setLearningRate(1.5);
    QCOMPARE(view.lesson()->trajectory().stopReason, StopReason::Diverged);
    QVERIFY(view.figure()->regimeText().contains(QStringLiteral("diverging")));
    QVERIFY(view.figure()->regimeText().contains(QStringLiteral("Diverged at step")));
    QVERIFY(!showsNaN(&view));
    gradlab::test::TestView<DescentView> descent(QStringLiteral("descent1d"));
    descent.show();
    descent.lesson()->setLearningRate(1e6);
    while (descent.lesson()->step()) {
    }
    const QString stop = descent.figure()->stopText();
    QVERIFY(stop.startsWith(QStringLiteral("Diverged at step")));
    QCOMPARE(stop.count(QStringLiteral("at step")), 1); // the step is said once
    QVERIFY(!showsNaN(&descent));
    // A huge value in the step table is rounded to fit its column, not cut off; hovering shows all of it.
    QTableWidget* table = descent.figure()->stepTable();
    auto* cells = qobject_cast<NumberCellDelegate*>(table->itemDelegate());
    QVERIFY(cells);
    const QModelIndex loss = table->model()->index(table->rowCount() - 1, 2);
    const QString shown = cells->displayedText(loss, table->columnWidth(2) - 4, table->font());
    QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$"))) &&
                 !shown.contains(QChar(0x2026)),
             qPrintable(shown)); // a power of ten, "1,6·10¹³"
    QVERIFY(QFontMetrics(table->font()).horizontalAdvance(shown) <= table->columnWidth(2) - 4);
    QCOMPARE(NumberCellDelegate::fullText(loss),
             formatValue(descent.lesson()->trajectory().points.back().loss, 17));
}

void TestGradientViews::sweepFinishesOffThread() {
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.show();
    view.formulaField()->setFormula(QStringLiteral("w^4 - 4w^2 + w"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.lesson()->sweepRunning(), 20000);
    QTRY_COMPARE(static_cast<int>(view.lesson()->sweep().size()), LearningRateLesson::kSweepCount);
    QCOMPARE(view.lesson()->sweep().front().learningRate, LearningRateLesson::kMinRate);
    QVERIFY(view.progressBar()->isHidden());
}

void TestGradientViews::clickingMapSetsRaceStart() {
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    view.resize(1300, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LessonPlot* map = view.figure()->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    const QPoint click(map->xAxis->coordToPixel(0.5), map->yAxis->coordToPixel(2.0));
    QTest::mouseClick(map, Qt::LeftButton, {}, click);
    const QPointF start = view.lesson()->point();
    QVERIFY(std::fabs(start.x() - 0.5) <= 2 * test::onePixel(map));
    QVERIFY(std::fabs(start.y() - 2.0) <= 2 * test::onePixel(map));
    for (int k = 0; k < kOptimizerCount; ++k) {
        const Trajectory& t = view.lesson()->trajectory(static_cast<OptimizerKind>(k));
        QCOMPARE(t.points.front().point[0], start.x());
        QCOMPARE(t.points.front().point[1], start.y());
    }
}

void TestGradientViews::raceRunsEveryEnabledOptimizer() {
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    view.show();
    view.lesson()->setMaxSteps(200);
    view.lesson()->setSpeed(50);
    QTest::mouseClick(view.playButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view.lesson()->allStopped(), 20000);
    int enabled = 0;
    for (int k = 0; k < kOptimizerCount; ++k) {
        const auto kind = static_cast<OptimizerKind>(k);
        if (!view.lesson()->isEnabled(kind)) continue;
        ++enabled;
        QVERIFY(view.lesson()->trajectory(kind).stopReason != StopReason::Running);
        QVERIFY(view.figure()->statusText().contains(QString::fromStdString(optimizerTitle(kind).english())));
    }
    QCOMPARE(enabled, 3);
    QVERIFY(!showsNaN(&view));
    // Unticking an optimizer in the table takes it out of the race.
    QTableWidgetItem* adam = view.optimizerTable()->item(static_cast<int>(OptimizerKind::Adam), 0);
    adam->setCheckState(Qt::Unchecked);
    QVERIFY(!view.lesson()->isEnabled(OptimizerKind::Adam));
}

// Every axis of steps or updates is ticked on whole numbers: the race with no optimizer ticked (steps 0..1,
// where it read "0, 0.25, 0.5, 0.75, 1"), a short learning-rate run and the fit lesson's updates.
void TestGradientViews::stepAxesCountInWholeNumbers() {
    const auto whole = [](const QCPAxis* axis) {
        int shown = 0;
        for (double t : axis->tickVector()) {
            if (!axis->range().contains(t)) continue;
            ++shown;
            if (t != std::round(t)) return false;
        }
        return shown >= 2;
    };
    gradlab::test::TestView<RaceView> race(QStringLiteral("race"));
    race.show();
    QVERIFY(QTest::qWaitForWindowExposed(&race));
    for (int k = 0; k < kOptimizerCount; ++k)
        race.lesson()->setEnabled(static_cast<OptimizerKind>(k), false);
    race.figure()->lossPlot()->replot();
    QCOMPARE(race.figure()->lossPlot()->xAxis->range().upper, 1.0);
    QVERIFY(whole(race.figure()->lossPlot()->xAxis));
    gradlab::test::TestView<LearningRateView> rate(QStringLiteral("learning-rate"));
    rate.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rate));
    rate.lesson()->setMaxSteps(3);
    for (LessonPlot* p : {rate.figure()->stepPlot(), rate.figure()->lossPlot()}) {
        p->replot();
        QCOMPARE(p->xAxis->range().upper, 3.0);
        QVERIFY(whole(p->xAxis));
    }
    gradlab::test::TestView<FitView> fit(QStringLiteral("fit-line"));
    fit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fit));
    fit.figure()->lossPlot()->replot();
    QVERIFY(whole(fit.figure()->lossPlot()->xAxis));
}

QTEST_MAIN(TestGradientViews)
#include "tst_gradient_views.moc"
