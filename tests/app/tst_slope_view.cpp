// The slope lesson on real widgets: drag the point, read the tangent, break the formula.

#include "gui_test_helpers.h"
#include "lessons/function_lesson.h"
#include "views/slope_figure.h"
#include "views/slope_view.h"
#include "widgets/formula_field.h"
#include "widgets/value_field.h"

#include "geometry/curve_sampling.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextDocumentFragment>

using namespace gradlab;

class TestSlopeView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { delete m_view; }
    void dragMovesPointAlongCurve_data();
    void dragMovesPointAlongCurve();
    void pressAwayFromPointPans();
    void curveFollowsPanAndZoom_data();
    void curveFollowsPanAndZoom();
    void badFormulaKeepsOldCurve();
    void presetChangesFunction();
    void arrowKeysMoveThePoint_data();
    void arrowKeysMoveThePoint();
    void plotDescribesItselfForScreenReaders_data();
    void plotDescribesItselfForScreenReaders();
    void sentenceDescribesTheSign_data();
    void sentenceDescribesTheSign();
    void readoutSaysWhatWasMeasured_data();
    void readoutSaysWhatWasMeasured();
    void derivativeDrawnOnlyWhereFIs_data();
    void derivativeDrawnOnlyWhereFIs();
    void typedPointIsTakenExactlyAndShown_data();
    void typedPointIsTakenExactlyAndShown();
    void xAxesStayLinked_data();
    void xAxesStayLinked();
    void presetKeepsPointInView_data();
    void presetKeepsPointInView();

private:
    SlopeView* m_view = nullptr;
};

void TestSlopeView::init() {
    m_view = new gradlab::test::TestView<SlopeView>(QStringLiteral("slope"));
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestSlopeView::dragMovesPointAlongCurve_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("dxPixels");
    QTest::newRow("parabola, right") << "x^2" << 180;
    QTest::newRow("parabola, left") << "x^2" << -300;
    QTest::newRow("sine") << "sin(x)" << 120;
    QTest::newRow("practice cubic") << "x^3 - 6x^2 + 9x + 1" << 90;
}

void TestSlopeView::dragMovesPointAlongCurve() {
    QFETCH(QString, formula);
    QFETCH(int, dxPixels);
    m_view->formulaField()->setFormula(formula);
    FunctionLesson* lesson = m_view->lesson();
    SlopeFigure* figure = m_view->figure();
    LessonPlot* plot = figure->curvePlot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QSignalSpy changed(lesson, &FunctionLesson::changed);
    const double before = lesson->x();
    const QPoint start = figure->handle()->pixelPosition().toPoint();
    const QPoint target(start.x() + dxPixels, start.y() - 40); // the mouse need not stay on the curve
    test::dragHandle(plot, figure->handle(), target);

    QVERIFY(changed.count() > 0);
    QVERIFY(lesson->x() != before);
    // x is where the mouse went (within one pixel, or on a flat point the handle snapped to).
    QVERIFY2(
        std::fabs(lesson->x() - test::xAt(plot, target.x())) <= 6 * test::onePixel(plot),
        qPrintable(QStringLiteral("x = %1, mouse at %2").arg(lesson->x()).arg(test::xAt(plot, target.x()))));
    // The point is on the curve and the tangent's slope is f′(x).
    const CompiledFunction& f = *lesson->function();
    QCOMPARE(figure->handle()->position().x(), lesson->x());
    QCOMPARE(figure->handle()->position().y(), f.value(lesson->x()));
    QVERIFY(std::fabs(test::slopeOf(figure->tangentLine()) - f.slope(lesson->x())) <
            1e-9 * (1 + std::fabs(f.slope(lesson->x()))));
    QCOMPARE(figure->tangentLine()->point1->coords().x(), lesson->x());
}

void TestSlopeView::pressAwayFromPointPans() {
    LessonPlot* plot = m_view->figure()->curvePlot();
    const double x = m_view->lesson()->x();
    const QCPRange before = plot->xAxis->range();
    const QPoint from(plot->axisRect()->center().x() - 250, plot->axisRect()->top() + 20);
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    QTest::mouseMove(plot, from + QPoint(100, 0));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, from + QPoint(100, 0));
    QCOMPARE(m_view->lesson()->x(), x);      // the point did not move
    QVERIFY(plot->xAxis->range() != before); // the view did
    m_view->resetView();
    QCOMPARE(plot->xAxis->range().lower, before.lower);
}

void TestSlopeView::curveFollowsPanAndZoom_data() {
    QTest::addColumn<int>("drag");
    QTest::addColumn<double>("zoom");
    QTest::newRow("panned left past the lesson's range") << 400 << 1.0;
    QTest::newRow("panned right past the lesson's range") << -400 << 1.0;
    QTest::newRow("zoomed out 20 times") << 0 << 20.0;
    QTest::newRow("zoomed in 200 times") << 0 << 1.0 / 200;
}

// Wherever the view goes, the curve reaches both edges of the plot, with points closer together than a
// hundredth of the view's width.
void TestSlopeView::curveFollowsPanAndZoom() {
    QFETCH(int, drag);
    QFETCH(double, zoom);
    LessonPlot* plot = m_view->figure()->curvePlot();
    if (drag != 0) {
        const QPoint from(plot->axisRect()->center().x(), plot->axisRect()->top() + 20);
        QTest::mousePress(plot, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(plot, from + QPoint(drag * i / 4, 0));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, from + QPoint(drag, 0));
    } else {
        plot->xAxis->scaleRange(zoom, m_view->lesson()->x());
        plot->replot();
    }
    const QCPRange visible = plot->xAxis->range();
    const auto data = m_view->figure()->curveGraph()->data();
    QVERIFY(!data->isEmpty());
    QVERIFY2(data->constBegin()->key <= visible.lower && (data->constEnd() - 1)->key >= visible.upper,
             qPrintable(QStringLiteral("view %1..%2, curve %3..%4")
                            .arg(visible.lower)
                            .arg(visible.upper)
                            .arg(data->constBegin()->key)
                            .arg((data->constEnd() - 1)->key)));
    const double spacing = (data->constBegin() + 1)->key - data->constBegin()->key;
    QVERIFY2(spacing < visible.size() / 100, qPrintable(QString::number(spacing)));
}

void TestSlopeView::badFormulaKeepsOldCurve() {
    FormulaField* field = m_view->formulaField();
    const QCPGraph* curve = m_view->figure()->curveGraph();
    const double yBefore = curve->data()->at(100)->value;
    QLineEdit* edit = field->lineEdit();
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, QStringLiteral(")"));
    QCOMPARE(edit->text(), QStringLiteral("x^2)"));
    QCOMPARE(field->errorMessage(), QStringLiteral("unexpected ')' at column 4"));
    QCOMPARE(field->errorColumn(), 4);
    QCOMPARE(m_view->lesson()->formula(), QStringLiteral("x^2"));
    QCOMPARE(curve->data()->at(100)->value, yBefore);
    // Typing on: the curve stays until a valid formula is entered whole (Enter).
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("(x+1"));
    QVERIFY(field->errorMessage().startsWith(QStringLiteral("missing ')'")));
    QCOMPARE(m_view->lesson()->formula(), QStringLiteral("x^2"));
    QTest::keyClicks(edit, QStringLiteral(")"));
    QVERIFY(field->errorMessage().isEmpty());
    QCOMPARE(m_view->lesson()->formula(), QStringLiteral("x^2"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_view->lesson()->formula(), QStringLiteral("(x+1)"));
    QVERIFY(curve->data()->at(100)->value != yBefore);
}

void TestSlopeView::presetChangesFunction() {
    QComboBox* combo = m_view->formulaField()->comboBox();
    const int index = combo->findText(QStringLiteral("Lifted bowl — (w − 3)² + 1"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCOMPARE(m_view->lesson()->variable(), QStringLiteral("w"));
    QCOMPARE(m_view->lesson()->xMin(), -2.0);
    QCOMPARE(m_view->lesson()->xMax(), 8.0);
}

void TestSlopeView::arrowKeysMoveThePoint_data() {
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<double>("fraction"); // of the visible x-range
    QTest::newRow("right") << int(Qt::Key_Right) << int(Qt::NoModifier) << 0.01;
    QTest::newRow("left") << int(Qt::Key_Left) << int(Qt::NoModifier) << -0.01;
    QTest::newRow("shift: a tenth") << int(Qt::Key_Right) << int(Qt::ShiftModifier) << 0.001;
    QTest::newRow("ctrl: ten times") << int(Qt::Key_Left) << int(Qt::ControlModifier) << -0.1;
}

void TestSlopeView::arrowKeysMoveThePoint() {
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(double, fraction);
    LessonPlot* plot = m_view->figure()->curvePlot();
    plot->setFocus();
    const double before = m_view->lesson()->x();
    const double range = plot->xAxis->range().size();
    QTest::keyClick(plot, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY(std::fabs(m_view->lesson()->x() - (before + fraction * range)) < 1e-12);
    QCOMPARE(m_view->figure()->handle()->position().y(),
             m_view->lesson()->function()->value(m_view->lesson()->x()));
}

void TestSlopeView::sentenceDescribesTheSign_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<QString>("starts");
    QTest::newRow("rising") << "x^2" << 1.0 << "Rising";
    QTest::newRow("falling") << "x^2" << -1.0 << "Falling";
    QTest::newRow("minimum") << "x^2" << 0.0 << "Flat: the slope is 0, and the curve bends upward";
    QTest::newRow("maximum") << "x^3 - 6x^2 + 9x + 1" << 1.0
                             << "Flat: the slope is 0, and the curve bends downward";
    QTest::newRow("neither") << "x^3" << 0.0 << "Flat: the slope is 0, but f keeps going";
    QTest::newRow("minimum of x^4") << "x^4" << 0.0
                                    << "Flat: the slope is 0, and f′ goes from negative to positive";
    QTest::newRow("undefined") << "log(x)" << -1.0 << "f is not defined at x = −1, so neither is its slope";
    QTest::newRow("ln(x) + x² at −2") << "ln(x) + x^2" << -2.0 << "f is not defined at x = −2, so neither";
    QTest::newRow("sqrt at 0: vertical") << "sqrt(x)" << 0.0 << "The tangent is vertical here";
    QTest::newRow("|x| at 0: a corner") << "abs(x)" << 0.0 << "f is defined here but its slope is not";
    QTest::newRow("constant 0") << "0" << 1.0 << "Flat: f is constant here, flat everywhere";
    QTest::newRow("constant 3") << "3" << -2.0 << "Flat: f is constant here, flat everywhere";
}

void TestSlopeView::sentenceDescribesTheSign() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(QString, starts);
    m_view->formulaField()->setFormula(formula);
    m_view->lesson()->setX(x);
    QVERIFY2(m_view->figure()->sentence().startsWith(starts), qPrintable(m_view->figure()->sentence()));
}

void TestSlopeView::plotDescribesItselfForScreenReaders_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<QString>("description");
    QTest::newRow("rising") << "x^2" << 1.2 << "slope at x = 1.20 is 2.40, rising";
    QTest::newRow("falling") << "x^2" << -0.5 << "slope at x = -0.50 is -1.00, falling";
    QTest::newRow("flat at a minimum") << "x^2" << 0.0 << "slope at x = 0.00 is 0.00, flat";
    QTest::newRow("another variable") << "w^3 - 3w" << 2.0 << "slope at w = 2.00 is 9.00, rising";
    QTest::newRow("sqrt at 0: no inf")
        << "sqrt(x)" << 0.0 << "slope at x = 0.00 is undefined (vertical tangent)";
    QTest::newRow("ln at −1: no slope") << "ln(x)" << -1.0 << "slope at x = -1.00 is undefined";
}

void TestSlopeView::plotDescribesItselfForScreenReaders() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(QString, description);
    m_view->formulaField()->setFormula(formula);
    m_view->lesson()->setX(x);
    LessonPlot* plot = m_view->figure()->curvePlot();
    QVERIFY(!plot->accessibleName().isEmpty());
    QCOMPARE(plot->accessibleDescription(), description);
    // What an assistive technology reads through Qt's accessibility interface.
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(plot);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Description), description);
}

void TestSlopeView::readoutSaysWhatWasMeasured_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<bool>("snap"); // move to the nearest flat point the handle snaps to
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("slope");
    QTest::addColumn<QString>("sentence"); // how the sentence starts ("" = any)
    QTest::newRow("sin at its snapped maximum") << "sin(x)" << 1.5 << true << "f(x) = 1"
                                                << "f′(x) ≈ 0"
                                                << "Flat: the slope is 0";
    QTest::newRow("cos(2x) at its snapped minimum") << "cos(2x)" << 1.4 << true << "f(x) = −1"
                                                    << "f′(x) ≈ 0"
                                                    << "Flat: the slope is 0";
    QTest::newRow("sin(3x) at a snapped maximum") << "sin(3x)" << 0.5 << true << "f(x) = 1"
                                                  << "f′(x) ≈ 0"
                                                  << "Flat: the slope is 0";
    QTest::newRow("sin at π: its value is round-off") << "sin(x)" << 3.141592653589793 << false << "f(x) ≈ 0"
                                                      << "f′(x) = −1"
                                                      << "Falling";
    QTest::newRow("cubic at its maximum: exactly 0") << "x^3 - 6x^2 + 9x + 1" << 1.0 << true << "f(x) = 5"
                                                     << "f′(x) = 0"
                                                     << "Flat: the slope is 0";
    QTest::newRow("a small slope is a slope") << "x^2" << 1e-6 << false << "f(x) = 10⁻¹²"
                                              << "f′(x) = 2·10⁻⁶"
                                              << "Rising";
    QTest::newRow("1/x at 0: undefined, not +∞") << "1/x" << 0.0 << false << "f(x) is undefined"
                                                 << "f′(x) is undefined"
                                                 << "f is not defined at x = 0, so neither is its slope";
    QTest::newRow("ln at −1: no f, so no f′ (not −1)") << "ln(x)" << -1.0 << false << "f(x) is undefined"
                                                       << "f′(x) is undefined"
                                                       << "f is not defined at x = −1";
    QTest::newRow("ln(x) + x² at −2 (not −4.5)") << "ln(x) + x^2" << -2.0 << false << "f(x) is undefined"
                                                 << "f′(x) is undefined"
                                                 << "f is not defined at x = −2";
    QTest::newRow("sqrt at 0: a vertical tangent, not +∞") << "sqrt(x)" << 0.0 << false << "f(x) = 0"
                                                           << "f′(x) is undefined (vertical tangent)"
                                                           << "The tangent is vertical";
    QTest::newRow("1/x^2 at 0") << "1/x^2" << 0.0 << false << "f(x) is undefined"
                                << "f′(x) is undefined"
                                << "";
    QTest::newRow("log at 0") << "log(x)" << 0.0 << false << "f(x) is undefined"
                              << "f′(x) is undefined"
                              << "";
    QTest::newRow("exp at 800: too large, not +∞") << "exp(x)" << 800.0 << false << "f(x) > 1.79769·10³⁰⁸"
                                                   << "f′(x) > 1.79769·10³⁰⁸"
                                                   << "";
}

void TestSlopeView::readoutSaysWhatWasMeasured() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(bool, snap);
    QFETCH(QString, value);
    QFETCH(QString, slope);
    QFETCH(QString, sentence);
    m_view->formulaField()->setFormula(formula);
    FunctionLesson* lesson = m_view->lesson();
    if (snap) {
        // The flat point the handle snaps onto, as found for the lesson (a root of f′ to within round-off).
        double nearest = std::nan("");
        for (double c : criticalPoints(*lesson->function(), lesson->xMin(), lesson->xMax()))
            if (!(std::fabs(nearest - x) <= std::fabs(c - x))) nearest = c;
        QVERIFY(std::isfinite(nearest));
        x = nearest;
    }
    lesson->setXShowing(x);
    QCOMPARE(lesson->x(), x);
    auto* readout = m_view->figure()->findChild<QLabel*>(QStringLiteral(), Qt::FindDirectChildrenOnly);
    for (QLabel* label : m_view->figure()->findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Readouts")) readout = label;
    QVERIFY(readout);
    const QString text =
        QTextDocumentFragment::fromHtml(readout->text()).toPlainText().replace(QChar(0xa0), QLatin1Char(' '));
    QVERIFY2(text.contains(value), qPrintable(text));
    QVERIFY2(text.contains(slope), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("∞")), qPrintable(text));
    QVERIFY2(m_view->figure()->sentence().startsWith(sentence), qPrintable(m_view->figure()->sentence()));
    // The exact digits are one hover away.
    if (text.contains(QStringLiteral("≈ 0")))
        QVERIFY(readout->toolTip().contains(QStringLiteral("round-off")));
}

// The f′ plot, its marker and the tangent agree with the readout: no 1/x drawn for ln at x < 0, no
// marker at ln's −1, a vertical tangent at √x's 0.
void TestSlopeView::derivativeDrawnOnlyWhereFIs_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("domainStart"); // f undefined for x < domainStart
    QTest::addColumn<QString>("tangent");    // "none", "vertical", "sloped"
    QTest::newRow("ln at −1") << "ln(x)" << -1.0 << 0.0 << "none";
    QTest::newRow("ln(x) + x² at −2") << "ln(x) + x^2" << -2.0 << 0.0 << "none";
    QTest::newRow("sqrt at 0") << "sqrt(x)" << 0.0 << 0.0 << "vertical";
    QTest::newRow("ln at 1") << "ln(x)" << 1.0 << 0.0 << "sloped";
}

void TestSlopeView::derivativeDrawnOnlyWhereFIs() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, domainStart);
    QFETCH(QString, tangent);
    m_view->formulaField()->setFormula(formula);
    m_view->lesson()->setX(x);
    LessonPlot* plot = m_view->figure()->derivativePlot();
    QCPGraph* derivative = plot->graph(0);
    QVERIFY(derivative);
    int drawn = 0;
    for (auto it = derivative->data()->constBegin(); it != derivative->data()->constEnd(); ++it) {
        if (it->key < domainStart)
            QVERIFY2(std::isnan(it->value), qPrintable(QStringLiteral("f′ drawn at %1").arg(it->key)));
        else if (std::isfinite(it->value))
            ++drawn;
    }
    QVERIFY(drawn > 100);
    // The marker on the f′ plot is shown only where there is a slope.
    QCPGraph* marker = nullptr;
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->lineStyle() == QCPGraph::lsNone) marker = plot->graph(i);
    QVERIFY(marker);
    QCOMPARE(marker->visible(), tangent == QStringLiteral("sloped"));
    QCPItemStraightLine* line = m_view->figure()->tangentLine();
    QCOMPARE(line->visible(), tangent != QStringLiteral("none"));
    if (tangent == QStringLiteral("vertical"))
        QCOMPARE(line->point1->coords().x(), line->point2->coords().x());
}

void TestSlopeView::typedPointIsTakenExactlyAndShown_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("sentence"); // a word the sentence must contain, or ""
    QTest::newRow("pi/2: the top of sin") << "pi/2" << M_PI / 2 << "Flat";
    QTest::newRow("past the view: 10") << "10" << 10.0 << "";
    QTest::newRow("past the view: 3.5") << "3.5" << 3.5 << "";
    QTest::newRow("far left") << "-7.25" << -7.25 << "";
    QTest::newRow("far away: 1000") << "1e3" << 1000.0 << "";
    QTest::newRow("more than 4 decimals") << "0.123456789" << 0.123456789 << "";
    QTest::newRow("an expression") << "sqrt(2)/3" << std::sqrt(2.0) / 3 << "";
}

// "Point at" takes any number or constant expression at full precision, and a point past the view moves
// the view to show it: nothing is clamped.
void TestSlopeView::typedPointIsTakenExactlyAndShown() {
    QFETCH(QString, typed);
    QFETCH(double, expected);
    QFETCH(QString, sentence);
    m_view->formulaField()->setFormula(QStringLiteral("sin(x)"));
    test::typeInto(m_view->pointField(), typed);
    QCOMPARE(m_view->lesson()->x(), expected);
    QVERIFY(m_view->pointField()->errorMessage().isEmpty());
    LessonPlot* curve = m_view->figure()->curvePlot();
    LessonPlot* derivative = m_view->figure()->derivativePlot();
    curve->replot();
    derivative->replot();
    const double x = m_view->lesson()->x();
    QVERIFY2(test::insideView(curve, QPointF(x, std::sin(x)), 5),
             qPrintable(QStringLiteral("x range %1..%2")
                            .arg(curve->xAxis->range().lower)
                            .arg(curve->xAxis->range().upper)));
    QVERIFY(test::insideView(derivative, QPointF(x, std::cos(x)), 5));
    if (!sentence.isEmpty())
        QVERIFY2(m_view->figure()->sentence().contains(sentence), qPrintable(m_view->figure()->sentence()));
}

void TestSlopeView::xAxesStayLinked_data() {
    QTest::addColumn<bool>("onDerivative"); // act on the f′ plot (else the f plot)
    QTest::addColumn<bool>("wheel");        // zoom with the wheel (else pan with a drag)
    QTest::newRow("wheel on f") << false << true;
    QTest::newRow("wheel on f′") << true << true;
    QTest::newRow("drag on f") << false << false;
    QTest::newRow("drag on f′") << true << false;
}

// Zooming or panning either plot moves the other's x-axis with it: x values stay one above the other.
void TestSlopeView::xAxesStayLinked() {
    QFETCH(bool, onDerivative);
    QFETCH(bool, wheel);
    LessonPlot* curve = m_view->figure()->curvePlot();
    LessonPlot* derivative = m_view->figure()->derivativePlot();
    LessonPlot* acted = onDerivative ? derivative : curve;
    LessonPlot* other = onDerivative ? curve : derivative;
    curve->replot();
    derivative->replot();
    const QCPRange before = other->xAxis->range();
    const QPoint at(acted->axisRect()->center().x() - 150, acted->axisRect()->top() + 15);
    if (wheel) {
        for (int i = 0; i < 3; ++i)
            test::wheel(acted, at, 120);
    } else {
        QTest::mousePress(acted, Qt::LeftButton, {}, at);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(acted, at + QPoint(40 * i, 0));
        QTest::mouseRelease(acted, Qt::LeftButton, {}, at + QPoint(160, 0));
    }
    QVERIFY(acted->xAxis->range() != before);
    QCOMPARE(other->xAxis->range().lower, acted->xAxis->range().lower);
    QCOMPARE(other->xAxis->range().upper, acted->xAxis->range().upper);
    // The same x sits at the same pixel column in both plots.
    other->replot();
    acted->replot();
    const double x = acted->xAxis->range().center();
    QVERIFY(std::fabs(acted->xAxis->coordToPixel(x) - other->xAxis->coordToPixel(x)) < 1.5);
}

void TestSlopeView::presetKeepsPointInView_data() {
    QTest::addColumn<double>("a");
    QTest::newRow("a = 2") << 2.0;
    QTest::newRow("a = 1.97") << 1.97;
    QTest::newRow("a = -2.9") << -2.9;
    QTest::newRow("a = 0.3") << 0.3;
}

// After any preset, the point and its slope marker are inside both plots with a margin.
void TestSlopeView::presetKeepsPointInView() {
    QFETCH(double, a);
    QComboBox* combo = m_view->formulaField()->comboBox();
    for (int i = 0; i < combo->count(); ++i) {
        m_view->formulaField()->setFormula(QStringLiteral("x^2"));
        m_view->lesson()->setXShowing(a);
        combo->setCurrentIndex(i);
        emit combo->activated(i);
        const CompiledFunction& f = *m_view->lesson()->function();
        const double x = m_view->lesson()->x();
        LessonPlot* curve = m_view->figure()->curvePlot();
        LessonPlot* derivative = m_view->figure()->derivativePlot();
        curve->replot();
        derivative->replot();
        if (std::isfinite(f.value(x)))
            QVERIFY2(test::insideView(curve, QPointF(x, f.value(x)), 6),
                     qPrintable(combo->itemText(i) + QStringLiteral(" x = %1").arg(x)));
        if (std::isfinite(f.slope(x)))
            QVERIFY2(test::insideView(derivative, QPointF(x, f.slope(x)), 6),
                     qPrintable(combo->itemText(i) + QStringLiteral(" f′ at x = %1").arg(x)));
    }
}

QTEST_MAIN(TestSlopeView)
#include "tst_slope_view.moc"
