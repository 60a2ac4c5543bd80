// "Zoom in until it looks straight" on real widgets: the point drags (and the window centres on it when let
// go), the zoom slider shrinks the window about the point, the readout and the inset show core's gap (100×
// smaller per decade for smooth functions), Animate stops before rounding takes over, |x| at 0 says it never
// straightens, and a zoom gesture is one undo step.

#include "gui_test_helpers.h"
#include "lessons/number_format.h"
#include "lessons/zoom_lesson.h"
#include "plotting/offset_ticker.h"
#include "undo/lesson_document.h"
#include "views/zoom_figure.h"
#include "views/zoom_view.h"
#include "widgets/formula_field.h"
#include "widgets/value_field.h"
#include "window/main_window.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QStandardPaths>
#include <QStyleOptionSlider>
#include <QTextDocumentFragment>
#include <QUndoStack>

using namespace gradlab;

namespace {
QString plain(const QLabel* label) {
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

/// Every tick label inside the axis's range is distinct and, read as a number (plus `origin` when the axis
/// labels offsets from it), is the tick's position; returns what is wrong, or an empty string.
QString checkTicks(QCPAxis* axis, double origin) {
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    if (ticks.size() != labels.size()) return QStringLiteral("ticks and labels differ in number");
    QStringList seen;
    QVector<double> inside;
    for (int i = 0; i < ticks.size(); ++i) {
        if (!axis->range().contains(ticks[i])) continue;
        if (seen.contains(labels[i]))
            return QStringLiteral("label %1 repeats: %2").arg(labels[i], seen.join(", "));
        seen << labels[i];
        inside << ticks[i];
    }
    if (inside.size() < 3) return QStringLiteral("only %1 ticks: %2").arg(inside.size()).arg(seen.join(", "));
    const double step = inside[1] - inside[0];
    for (int i = 0; i < inside.size(); ++i) {
        const double read = shownNumber(seen[i]);
        const double value = std::isnan(origin) ? read : origin + read;
        if (!(std::fabs(value - inside[i]) <= 1e-3 * step))
            return QStringLiteral("label %1 reads %2, the tick is at %3")
                .arg(seen[i])
                .arg(value, 0, 'g', 17)
                .arg(inside[i], 0, 'g', 17);
    }
    return {};
}

/// The statements of the figure's sentences, "f″(a)" read as "f″": clauses split at ". ", ": ", "; ", ", ".
QStringList statements(const ZoomFigure* figure) {
    QStringList all;
    for (const QLabel* l : {figure->gapReadout(), figure->slopeLabel(), figure->equationLabel(),
                            figure->bendingLabel(), figure->newtonLabel(), figure->note()}) {
        QString text = plain(l);
        text.replace(QStringLiteral("f″(a)"), QStringLiteral("f″"));
        for (QString s : text.split(QRegularExpression(QStringLiteral("[.:;,](\\s+|$)")), Qt::SkipEmptyParts))
            if (!s.trimmed().isEmpty()) all << s.trimmed();
    }
    return all;
}
} // namespace

class TestZoomView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { delete m_view; }
    void dragMovesThePointAndCentresOnRelease();
    void sliderShrinksTheWindowAboutThePoint();
    void wheelZoomsTheMagnifier();
    void readoutFallsHundredfold_data();
    void readoutFallsHundredfold();
    void animateStopsBeforeRounding();
    void cornerNeverStraightens();
    void taylorCircleAndNewtonAreDrawn();
    void zoomGestureIsOneUndoStep();
    void tickLabelsAreDistinctAndTrue_data();
    void tickLabelsAreDistinctAndTrue();
    void deeperTicksStayDistinct_data();
    void deeperTicksStayDistinct();
    void referenceSlopeIsTheMeasuredOne_data();
    void referenceSlopeIsTheMeasuredOne();
    void criticalRateIsQualified_data();
    void criticalRateIsQualified();
    void atAMaximumNothingMoves_data();
    void atAMaximumNothingMoves();
    void typedWidthAfterAnimateIsTaken();
    void ticksCoverTheWindow_data();
    void ticksCoverTheWindow();
    void noStatementRepeats_data();
    void noStatementRepeats();

private:
    ZoomView* m_view = nullptr;
};

void TestZoomView::init() {
    m_view = new gradlab::test::TestView<ZoomView>(QStringLiteral("zoom"));
    m_view->resize(1400, 850);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->figure()->plot()->replot(QCustomPlot::rpImmediateRefresh);
}

void TestZoomView::dragMovesThePointAndCentresOnRelease() {
    ZoomLesson* lesson = m_view->lesson();
    LessonPlot* plot = m_view->figure()->plot();
    const QPoint start = m_view->figure()->pointHandle()->pixelPosition().toPoint();
    const QPoint target = start - QPoint(120, 0);
    const double expected = test::xAt(plot, target.x());
    test::dragHandle(plot, m_view->figure()->pointHandle(), target);
    QVERIFY2(std::fabs(lesson->x() - expected) <= test::onePixel(plot),
             qPrintable(QStringLiteral("%1 vs %2").arg(lesson->x()).arg(expected)));
    // Let go: the window is a ± w again, and the tangent is f′ there.
    QVERIFY(std::fabs(plot->xAxis->range().center() - lesson->x()) <= 1e-15 * (1 + std::fabs(lesson->x())));
    QVERIFY(std::fabs(plot->xAxis->range().size() - 2 * lesson->halfWidth()) < 1e-12);
    QVERIFY(std::fabs(test::slopeOf(m_view->figure()->tangentLine()) - std::cos(lesson->x())) < 1e-9);
}

void TestZoomView::sliderShrinksTheWindowAboutThePoint() {
    ZoomLesson* lesson = m_view->lesson();
    LessonPlot* plot = m_view->figure()->plot();
    QSlider* slider = m_view->zoomSlider();
    slider->setFocus();
    for (int i = 0; i < 25; ++i) // 25 pages of 10 steps: two and a half decades in
        QTest::keyClick(slider, Qt::Key_PageUp);
    const double w = lesson->halfWidth();
    QCOMPARE(w, ZoomView::sliderValue(slider->value()));
    QVERIFY2(w < 1e-2 && w > 1e-3, qPrintable(QString::number(w)));
    QVERIFY(std::fabs(plot->xAxis->range().center() - lesson->x()) <= 1e-15 * (1 + std::fabs(lesson->x())));
    QVERIFY(std::fabs(plot->xAxis->range().size() - 2 * w) < 1e-12 * w + 1e-15);
    // The readout and the inset's current point are core's gap for this window.
    const TangentGap g = tangentGap(*lesson->function(), lesson->x(), lesson->line().slope, w);
    QVERIFY2(plain(m_view->figure()->gapReadout()).contains(formatValue(g.gap, 3)),
             qPrintable(plain(m_view->figure()->gapReadout())));
    QCOMPARE(m_view->figure()->currentGapGraph()->data()->at(0)->key, w);
    QCOMPARE(m_view->figure()->currentGapGraph()->data()->at(0)->value, g.gap);
    // The field shows it.
    QCOMPARE(m_view->zoomField()->value(), w);
}

// The wheel zooms the lesson's window (a tenth of a decade a notch), never panning off the point.
void TestZoomView::wheelZoomsTheMagnifier() {
    ZoomLesson* lesson = m_view->lesson();
    LessonPlot* plot = m_view->figure()->plot();
    const QPoint somewhere = plot->axisRect()->rect().center() + QPoint(80, 40);
    test::wheel(plot, somewhere, 120);
    QVERIFY(std::fabs(lesson->halfWidth() - std::pow(10.0, -0.1)) < 1e-12);
    test::wheel(plot, somewhere, -240);
    QVERIFY(std::fabs(lesson->halfWidth() - std::pow(10.0, 0.1)) < 1e-12);
    QVERIFY(std::fabs(plot->xAxis->range().center() - lesson->x()) <= 1e-15 * (1 + std::fabs(lesson->x())));
    QVERIFY(std::fabs(plot->xAxis->range().size() - 2 * lesson->halfWidth()) < 1e-12);
}

void TestZoomView::readoutFallsHundredfold_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::newRow("sin at 1") << "sin(x)" << 1.0;
    QTest::newRow("exp at 0") << "exp(x)" << 0.0;
    QTest::newRow("x³ − 2x at −0.7") << "x^3 - 2*x" << -0.7;
}

// Typed windows 10⁻² and 10⁻³: the readout's gap falls 100×; the inset writes the measured slope 2.
void TestZoomView::readoutFallsHundredfold() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    ZoomLesson* lesson = m_view->lesson();
    lesson->setFormula(formula);
    test::typeInto(m_view->pointField(), QString::number(a, 'g', 17));
    QCOMPARE(lesson->x(), a);
    test::typeInto(m_view->zoomField(), QStringLiteral("0.01"));
    const double wide = lesson->gap().gap;
    QVERIFY(plain(m_view->figure()->gapReadout()).contains(formatValue(wide, 3)));
    test::typeInto(m_view->zoomField(), QStringLiteral("0.001"));
    const double narrow = lesson->gap().gap;
    QVERIFY(plain(m_view->figure()->gapReadout()).contains(formatValue(narrow, 3)));
    QVERIFY2(wide / narrow > 95 && wide / narrow < 105, qPrintable(QString::number(wide / narrow)));
    QVERIFY2(m_view->figure()->slopeLabel()->text().startsWith(QStringLiteral("Measured slope 2.00")),
             qPrintable(m_view->figure()->slopeLabel()->text()));
    QVERIFY(m_view->figure()->referenceGraph()->dataCount() == 2);
    QVERIFY(plain(m_view->figure()->note()).isEmpty());
}

// Animate shrinks the window evenly and stops where the gap would be rounding; pressing again pauses.
void TestZoomView::animateStopsBeforeRounding() {
    ZoomLesson* lesson = m_view->lesson();
    lesson->setFormula(QStringLiteral("1000 + 0.001*x^2"));
    lesson->setX(1.0);
    const double end = lesson->animationEndHalfWidth();
    QVERIFY2(end > 1e-5 && end < 1e-1, qPrintable(QString::number(end)));
    QVERIFY(!tangentGap(*lesson->function(), 1.0, lesson->line().slope, end).isRounding());
    QTest::mouseClick(m_view->animateButton(), Qt::LeftButton);
    QVERIFY(lesson->isPlaying());
    QTRY_VERIFY(lesson->halfWidth() < 0.9);
    QTest::mouseClick(m_view->animateButton(), Qt::LeftButton); // pause
    QVERIFY(!lesson->isPlaying());
    const double paused = lesson->halfWidth();
    QTest::qWait(50);
    QCOMPARE(lesson->halfWidth(), paused);
    // From a third of a decade above the end it plays to the end and stops there.
    lesson->setHalfWidth(end * 2);
    QTest::mouseClick(m_view->animateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!lesson->isPlaying(), 5000);
    QCOMPARE(lesson->halfWidth(), end);
    QVERIFY(!lesson->roundingDominates());
    // Past the end by hand, the lesson says rounding has taken over.
    test::typeInto(m_view->zoomField(), QStringLiteral("1e-6"));
    QVERIFY(lesson->roundingDominates());
    QVERIFY2(plain(m_view->figure()->note()).contains(QStringLiteral("rounding")),
             qPrintable(plain(m_view->figure()->note())));
    QVERIFY(m_view->figure()->roundingGraph()->dataCount() > 0);
}

void TestZoomView::cornerNeverStraightens() {
    ZoomLesson* lesson = m_view->lesson();
    // The preset "Corner" puts the point on the corner, wherever it was.
    QVERIFY(lesson->x() != 0.0);
    m_view->formulaField()->setFormula(QStringLiteral("abs(x)"));
    QCOMPARE(lesson->formula(), QStringLiteral("abs(x)"));
    QCOMPARE(lesson->x(), 0.0);
    QCOMPARE(lesson->line().kind, LocalLine::Corner);
    const QString note = plain(m_view->figure()->note());
    QVERIFY2(note.contains(QStringLiteral("never looks straight")), qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("slope 1")));
    QVERIFY2(m_view->figure()->slopeLabel()->text().startsWith(QStringLiteral("Measured slope 1.00")),
             qPrintable(m_view->figure()->slopeLabel()->text()));
    // 10× narrower: the gap only 10× smaller, a tenth of the width each time.
    test::typeInto(m_view->zoomField(), QStringLiteral("0.01"));
    const double wide = lesson->gap().gap;
    test::typeInto(m_view->zoomField(), QStringLiteral("0.001"));
    QVERIFY(std::fabs(wide / lesson->gap().gap - 10) < 0.1);
    QVERIFY(plain(m_view->figure()->gapReadout()).contains(QStringLiteral("(0.5 of the window's width)")));
    // No tangent, no parabola: the line drawn is dashed.
    QCOMPARE(m_view->figure()->tangentLine()->pen().style(), Qt::DashLine);
    QVERIFY(!m_view->figure()->parabolaGraph()->visible());
    // A smooth point again: the corner sentence goes.
    test::typeInto(m_view->pointField(), QStringLiteral("1"));
    QVERIFY(plain(m_view->figure()->note()).isEmpty());
}

void TestZoomView::taylorCircleAndNewtonAreDrawn() {
    ZoomLesson* lesson = m_view->lesson();
    lesson->setFormula(QStringLiteral("x^2"));
    test::typeInto(m_view->pointField(), QStringLiteral("1"));
    test::typeInto(m_view->zoomField(), QStringLiteral("2"));
    // The parabola of x² is x² itself; Newton's step lands on 0.
    const QCPGraph* p = m_view->figure()->parabolaGraph();
    QVERIFY(p->visible());
    for (int i = 0; i < p->dataCount(); i += 37) {
        const double x = p->data()->at(i)->key;
        QVERIFY(std::fabs(p->data()->at(i)->value - x * x) < 1e-12 * std::max(1.0, x * x));
    }
    QCOMPARE(m_view->figure()->newtonGraph()->data()->at(0)->key, 0.0);
    QVERIFY(m_view->figure()->newtonLabel()->text().contains(QStringLiteral("η = 1/f″ = 0.5")));
    QVERIFY(m_view->figure()->newtonLabel()->text().contains(QStringLiteral("η = 2/f″ = 1")));
    QVERIFY(m_view->figure()->newtonLabel()->text().contains(QStringLiteral("\"The learning rate\"")));
    QVERIFY(m_view->figure()->bendingLabel()->text().contains(QStringLiteral("bending up: f″ > 0")));
    QVERIFY(plain(m_view->figure()->equationLabel()).contains(QStringLiteral("y = 2·x − 1")));
    // The circle, when ticked: every point at the radius from the centre, which is (−4, 3.5).
    QVERIFY(!m_view->figure()->circleCurve()->visible());
    m_view->circleBox()->click();
    QVERIFY(lesson->showsCircle());
    const QCPCurve* c = m_view->figure()->circleCurve();
    QVERIFY(c->visible() && c->dataCount() > 10);
    const double r = std::pow(5.0, 1.5) / 2;
    for (int i = 0; i < c->dataCount(); i += 17)
        QVERIFY(std::fabs(std::hypot(c->data()->at(i)->key + 4, c->data()->at(i)->value - 3.5) - r) < 1e-9);
    // f″ < 0: the vertex is a maximum, and the sentence says so.
    lesson->setFormula(QStringLiteral("-x^2"));
    QVERIFY(m_view->figure()->bendingLabel()->text().contains(QStringLiteral("bending down: f″ < 0")));
    QVERIFY(m_view->figure()->newtonLabel()->text().contains(QStringLiteral("highest point")));
    // Unticked: nothing drawn.
    m_view->newtonBox()->click();
    QVERIFY(!m_view->figure()->newtonGraph()->visible());
}

// A drag of the zoom slider from press to release is one undo step, in the main window's stack.
void TestZoomView::zoomGestureIsOneUndoStep() {
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showLesson(QStringLiteral("zoom"));
    auto* view = static_cast<ZoomView*>(window.lesson(QStringLiteral("zoom")));
    QUndoStack* stack = window.document()->undoStack();
    QTest::qWait(20);
    const int count = stack->count();
    const double before = view->lesson()->halfWidth();
    QSlider* slider = view->zoomSlider();
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    QPoint p =
        slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider).center();
    QTest::mousePress(slider, Qt::LeftButton, {}, p);
    for (int i = 0; i < 10; ++i) {
        p += QPoint(15, 0);
        QMouseEvent move(QEvent::MouseMove, p, slider->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(slider, &move);
        QTest::qWait(10);
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, p);
    QTest::qWait(20);
    const double after = view->lesson()->halfWidth();
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(stack->count(), count + 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Zoom"));
    stack->undo();
    QCOMPARE(view->lesson()->halfWidth(), before);
    QCOMPARE(view->figure()->plot()->xAxis->range().size(), 2 * before);
    stack->redo();
    QCOMPARE(view->lesson()->halfWidth(), after);
}

void TestZoomView::tickLabelsAreDistinctAndTrue_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("w");
    QTest::addColumn<bool>("offsets");
    QTest::newRow("sin at 1, w = 1") << "sin(x)" << 1.0 << 1.0 << false;
    QTest::newRow("sin at 1, w = 10⁻³") << "sin(x)" << 1.0 << 1e-3 << false;
    QTest::newRow("sin at 1, w = 10⁻⁴") << "sin(x)" << 1.0 << 1e-4 << true;
    QTest::newRow("sin at 1, w = 10⁻⁶") << "sin(x)" << 1.0 << 1e-6 << true;
    QTest::newRow("sin at 0, w = 10⁻⁶: plain, around 0") << "sin(x)" << 0.0 << 1e-6 << false;
    QTest::newRow("exp at 2, w = 3·10⁻⁶") << "exp(x)" << 2.0 << 3e-6 << true;
    QTest::newRow("ln at 0.3, w = 10⁻⁶") << "ln(x)" << 0.3 << 1e-6 << true;
    QTest::newRow("x² at −1234.5, w = 0.01") << "x^2" << -1234.5 << 0.01 << true;
    QTest::newRow("1/(1+x²) at −3.7, w = 2·10⁻⁵") << "1/(1+x^2)" << -3.7 << 2e-5 << true;
    QTest::newRow("cos at 0, w = 10⁻⁶: f(a) = 1") << "cos(x)" << 0.0 << 1e-6 << true;
}

// However deep the zoom, the magnifier's tick labels on both axes are distinct and say where the ticks
// are: plain values, or past five digits offsets from a and f(a) with the axis titles saying so.
void TestZoomView::tickLabelsAreDistinctAndTrue() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(double, w);
    QFETCH(bool, offsets);
    ZoomLesson* lesson = m_view->lesson();
    lesson->setFormula(formula);
    test::typeInto(m_view->pointField(), QString::number(a, 'g', 17));
    test::typeInto(m_view->zoomField(), QString::number(w, 'g', 17));
    QCOMPARE(lesson->x(), a);
    QCOMPARE(lesson->halfWidth(), w);
    LessonPlot* plot = m_view->figure()->plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const double fa = lesson->value();
    QCOMPARE(plot->xAxis->label().startsWith(QStringLiteral("x − a")), offsets);
    QCOMPARE(plot->yAxis->label().startsWith(QStringLiteral("f(x) − f(a)")), offsets);
    if (offsets) {
        QVERIFY2(plot->xAxis->label().contains(QStringLiteral("(a = %1)").arg(formatValue(a, 17))),
                 qPrintable(plot->xAxis->label()));
        QVERIFY2(plot->yAxis->label().contains(QStringLiteral("(f(a) ")), qPrintable(plot->yAxis->label()));
    }
    const QString x = checkTicks(plot->xAxis, offsets ? a : std::nan(""));
    QVERIFY2(x.isEmpty(), qPrintable(QStringLiteral("x: ") + x));
    const QString y = checkTicks(plot->yAxis, offsets ? fa : std::nan(""));
    QVERIFY2(y.isEmpty(), qPrintable(QStringLiteral("y: ") + y));
}

void TestZoomView::deeperTicksStayDistinct_data() {
    QTest::addColumn<double>("centre");
    QTest::addColumn<double>("w");
    QTest::newRow("1 ± 10⁻⁷") << 1.0 << 1e-7;
    QTest::newRow("0.841471 ± 10⁻⁸") << std::sin(1.0) << 1e-8;
    QTest::newRow("−7.25 ± 10⁻⁸") << -7.25 << 1e-8;
    QTest::newRow("1000 ± 3·10⁻⁸") << 1000.0 << 3e-8;
    QTest::newRow("0 ± 10⁻⁸") << 0.0 << 1e-8;
}

// Below the lesson's smallest window (rounding has taken over there) the same ticker still labels truly.
void TestZoomView::deeperTicksStayDistinct() {
    QFETCH(double, centre);
    QFETCH(double, w);
    LessonPlot plot;
    plot.resize(700, 500);
    auto ticker = QSharedPointer<OffsetTicker>::create();
    const bool offsets = OffsetTicker::needsOffsets(centre, w);
    QCOMPARE(offsets, centre != 0.0);
    ticker->setOrigin(offsets ? centre : std::nan(""));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(centre - w, centre + w);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    const QString why = checkTicks(plot.xAxis, offsets ? centre : std::nan(""));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestZoomView::referenceSlopeIsTheMeasuredOne_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<int>("slope");
    QTest::addColumn<QString>("label");
    QTest::newRow("sin at 1") << "sin(x)" << 1.0 << 2 << "∝ w²";
    QTest::newRow("exp at 0") << "exp(x)" << 0.0 << 2 << "∝ w²";
    QTest::newRow("sin at 0: f″ = 0") << "sin(x)" << 0.0 << 3 << "∝ w³";
    QTest::newRow("x³ at 0") << "x^3" << 0.0 << 3 << "∝ w³";
    QTest::newRow("tan at 0") << "tan(x)" << 0.0 << 3 << "∝ w³";
    QTest::newRow("x⁴ at 0") << "x^4" << 0.0 << 4 << "∝ w⁴";
    QTest::newRow("|x| at 0: a corner") << "abs(x)" << 0.0 << 1 << "∝ w";
}

// The inset's dashed line has the slope the lesson expects (the first non-zero Taylor order after the
// tangent, 1 at a corner), which is the slope the gaps are measured to fall with; its label says which.
void TestZoomView::referenceSlopeIsTheMeasuredOne() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(int, slope);
    QFETCH(QString, label);
    ZoomLesson* lesson = m_view->lesson();
    lesson->setFormula(formula);
    test::typeInto(m_view->pointField(), QString::number(a, 'g', 17));
    QCOMPARE(lesson->referenceSlope(), slope);
    const QCPGraph* ref = m_view->figure()->referenceGraph();
    QCOMPARE(ref->dataCount(), 2);
    const auto p = ref->data()->at(0), q = ref->data()->at(1);
    const double drawn = std::log10(q->value / p->value) / std::log10(q->key / p->key);
    QVERIFY2(std::fabs(drawn - slope) < 1e-9, qPrintable(QString::number(drawn)));
    QVERIFY2(std::fabs(lesson->gapCurve().slope - drawn) < 0.1,
             qPrintable(QString::number(lesson->gapCurve().slope)));
    QVERIFY(m_view->figure()->referenceLabel()->visible());
    QCOMPARE(m_view->figure()->referenceLabel()->text(), label);
    QVERIFY2(
        m_view->figure()->slopeLabel()->text().contains(QStringLiteral("The dashed line is %1").arg(label)),
        qPrintable(m_view->figure()->slopeLabel()->text()));
}

void TestZoomView::criticalRateIsQualified_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<bool>("quadratic");
    QTest::newRow("x²") << "x^2" << 1.0 << true;
    QTest::newRow("3x² + x") << "3*x^2 + x" << 0.5 << true;
    QTest::newRow("sin at −1") << "sin(x)" << -1.0 << false;
    QTest::newRow("x⁴ at 1") << "x^4" << 1.0 << false;
    QTest::newRow("exp at 0") << "exp(x)" << 0.0 << false;
}

// The field had the focus while the window changed (Animate, the slider): it shows the new width, and
// typing the old one back is taken (it was ignored, the field still holding the old text as "unchanged").
void TestZoomView::typedWidthAfterAnimateIsTaken() {
    QVERIFY(test::activate(m_view));
    ZoomLesson* lesson = m_view->lesson();
    test::typeInto(m_view->zoomField(), QStringLiteral("1"));
    QCOMPARE(lesson->halfWidth(), 1.0);
    QVERIFY(m_view->zoomField()->hasFocus());
    lesson->setHalfWidth(1e-6);
    QCOMPARE(m_view->zoomField()->text(), QStringLiteral("1e-6"));
    test::typeInto(m_view->zoomField(), QStringLiteral("1"));
    QCOMPARE(lesson->halfWidth(), 1.0);
}

void TestZoomView::ticksCoverTheWindow_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("w");
    QTest::newRow("1400×850, w = 1") << QSize(1400, 850) << 1.0;
    QTest::newRow("1600×1000, w = 1") << QSize(1600, 1000) << 1.0;
    QTest::newRow("1100×900, w = 0.3") << QSize(1100, 900) << 0.3;
    QTest::newRow("1600×700, w = 1e-6") << QSize(1600, 700) << 1e-6;
}

// The ticks drawn are those of the window shown, end to end (the window is set after the layout: the
// ticks were once those of the range before it, e.g. 0.25…1.25 over −0.17…1.84).
void TestZoomView::ticksCoverTheWindow() {
    QFETCH(QSize, size);
    QFETCH(double, w);
    m_view->lesson()->setFormula(QStringLiteral("sin(x)"));
    test::typeInto(m_view->pointField(), QStringLiteral("1"));
    m_view->lesson()->setHalfWidth(w);
    m_view->resize(size); // one replot, whose layout sets the window: no second replot to mend the ticks
    QTest::qWait(100);
    LessonPlot* plot = m_view->figure()->plot();
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        const QVector<double> ticks = axis->tickVector();
        QVERIFY(ticks.size() >= 3);
        const double step = ticks[1] - ticks[0];
        const QCPRange r = axis->range();
        const QString where = QStringLiteral("%1 ticks %2…%3 over %4…%5")
                                  .arg(axis == plot->xAxis ? "x" : "y")
                                  .arg(ticks.first())
                                  .arg(ticks.last())
                                  .arg(r.lower)
                                  .arg(r.upper);
        QVERIFY2(ticks.first() - r.lower < step * 1.001 && r.upper - ticks.last() < step * 1.001,
                 qPrintable(where));
    }
}

void TestZoomView::atAMaximumNothingMoves_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<bool>("top"); // f′(a) = 0: the point is the top itself
    QTest::newRow("−x² at 0") << "-x^2" << 0.0 << true;
    QTest::newRow("cos at 0") << "cos(x)" << 0.0 << true;
    QTest::newRow("−x² at 1") << "-x^2" << 1.0 << false;
    QTest::newRow("cos at 0.5") << "cos(x)" << 0.5 << false;
}

// Where f″ < 0, Newton's step heads uphill; but at the top itself (f′ = 0) neither method moves.
void TestZoomView::atAMaximumNothingMoves() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(bool, top);
    m_view->lesson()->setFormula(formula);
    test::typeInto(m_view->pointField(), QString::number(a, 'g', 17));
    const QString text = plain(m_view->figure()->newtonLabel());
    QVERIFY2(text.contains(QStringLiteral("highest point")), qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("neither Newton's method nor gradient descent moves")), top);
    QCOMPARE(text.contains(QStringLiteral("heads uphill")), !top);
}

// "2/f″ is the critical rate" holds for f itself only when f is quadratic; otherwise for the local model.
void TestZoomView::criticalRateIsQualified() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(bool, quadratic);
    ZoomLesson* lesson = m_view->lesson();
    lesson->setFormula(formula);
    test::typeInto(m_view->pointField(), QString::number(a, 'g', 17));
    const QString text = plain(m_view->figure()->newtonLabel());
    QVERIFY2(text.contains(QStringLiteral("is the critical rate of the lesson")), qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("for the local quadratic model only")), !quadratic);
    QCOMPARE(text.contains(QStringLiteral("near here")), !quadratic);
    QCOMPARE(text.contains(QStringLiteral("f is quadratic")), quadratic);
}

void TestZoomView::noStatementRepeats_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::newRow("sin at 0: f″ = 0") << "sin(x)" << 0.0;
    QTest::newRow("sin at π: f″ ≈ 0") << "sin(x)" << M_PI;
    QTest::newRow("x³ at 0") << "x^3" << 0.0;
    QTest::newRow("sin at 1: a maximum's parabola") << "sin(x)" << 1.0;
    QTest::newRow("−x² at 1") << "-x^2" << 1.0;
    QTest::newRow("x² at 1") << "x^2" << 1.0;
    QTest::newRow("exp at 0") << "exp(x)" << 0.0;
    QTest::newRow("a line") << "2*x + 1" << 1.0;
    QTest::newRow("|x| at 0") << "abs(x)" << 0.0;
    QTest::newRow("sqrt at 0: vertical") << "sqrt(x)" << 0.0;
}

// No readout says the same thing twice ("f″(a) = 0, f″ = 0"), with every option shown.
void TestZoomView::noStatementRepeats() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    ZoomLesson* lesson = m_view->lesson();
    lesson->setShowsCubic(true);
    lesson->setShowsCircle(true);
    lesson->setFormula(formula);
    test::typeInto(m_view->pointField(), QString::number(a, 'g', 17));
    for (double w : {1.0, 1e-6}) {
        lesson->setHalfWidth(w);
        const QStringList all = statements(m_view->figure());
        QVERIFY(!all.isEmpty());
        QStringList seen;
        for (const QString& s : all) {
            QVERIFY2(!seen.contains(s),
                     qPrintable(QStringLiteral("\"%1\" twice in: %2").arg(s, all.join(" | "))));
            seen << s;
        }
        // And no claim about f″ twice, whatever the words around it.
        const QRegularExpression claim(QStringLiteral("(?<![/\\w])f″ [=≈<>] [^\\s,.;:)]+"));
        QStringList claims;
        for (auto m = claim.globalMatch(all.join(QStringLiteral(" | "))); m.hasNext();) {
            const QString c = m.next().captured();
            QVERIFY2(!claims.contains(c),
                     qPrintable(QStringLiteral("%1 twice in: %2").arg(c, all.join(" | "))));
            claims << c;
        }
    }
}

QTEST_MAIN(TestZoomView)
#include "tst_zoom_view.moc"
