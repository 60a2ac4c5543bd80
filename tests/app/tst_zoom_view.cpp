// "Zoom in until it looks straight" on real widgets: the point drags (and the window centres on it when let
// go), the zoom slider shrinks the window about the point, the readout and the inset show core's gap (100×
// smaller per decade for smooth functions), Animate stops before rounding takes over, |x| at 0 says it never
// straightens, and a zoom gesture is one undo step.

#include "gui_test_helpers.h"
#include "lessons/number_format.h"
#include "lessons/zoom_lesson.h"
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

QTEST_MAIN(TestZoomView)
#include "tst_zoom_view.moc"
