// The secant lesson on real widgets: both points drag, the slider moves Δx, Animate ends at the smallest
// Δx, and a kink shows both one-sided secants.

#include "gui_test_helpers.h"
#include "lessons/number_format.h"
#include "lessons/secant_lesson.h"
#include "views/secant_figure.h"
#include "views/secant_view.h"
#include "widgets/formula_field.h"
#include "widgets/number_cell_delegate.h"
#include "widgets/value_field.h"

#include <QRegularExpression>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocumentFragment>

using namespace gradlab;

class TestSecantView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { delete m_view; }
    void draggingSecondPointChangesDx();
    void draggingFirstPointKeepsDx();
    void sliderChangesSecantSlope();
    void fieldSetsDx();
    void secantSlopeIsTheDifferenceQuotient_data();
    void secantSlopeIsTheDifferenceQuotient();
    void animateTurnsEvenlyAndEndsApart_data();
    void animateTurnsEvenlyAndEndsApart();
    void overlappingHandlesGrabThePoint_data();
    void overlappingHandlesGrabThePoint();
    void tabAndClickChooseWhatArrowsMove();
    void typedPointIsTakenExactly();
    void presetKeepsPointsInView_data();
    void presetKeepsPointsInView();
    void curvesAreSmoothOnScreen_data();
    void curvesAreSmoothOnScreen();
    void kinkShowsBothSecants();
    void limitTableHasLiveRow();
    void limitTableRoundsToFit_data();
    void limitTableRoundsToFit();
    void readoutArithmeticAddsUp_data();
    void readoutArithmeticAddsUp();
    void tableNoteClaimsTheMeasuredOrder_data();
    void tableNoteClaimsTheMeasuredOrder();
    void notesSayWhyThereIsNoSlope_data();
    void notesSayWhyThereIsNoSlope();

private:
    SecantView* m_view = nullptr;
};

void TestSecantView::init() {
    m_view = new gradlab::test::TestView<SecantView>(QStringLiteral("secant"));
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QVERIFY(gradlab::test::activate(m_view));
    m_view->figure()->plot()->replot(QCustomPlot::rpImmediateRefresh);
}

void TestSecantView::draggingSecondPointChangesDx() {
    SecantLesson* lesson = m_view->lesson();
    LessonPlot* plot = m_view->figure()->plot();
    const double before = lesson->dx();
    const QPoint start = m_view->figure()->stepHandle()->pixelPosition().toPoint();
    const QPoint target = start - QPoint(60, 0); // Δx from 1 to about 0.5
    test::dragHandle(plot, m_view->figure()->stepHandle(), target);
    const double expected = test::xAt(plot, target.x()) - lesson->x();
    QVERIFY(lesson->dx() < before);
    QVERIFY2(std::fabs(lesson->dx() - expected) <= test::onePixel(plot),
             qPrintable(QStringLiteral("dx %1, expected %2, pixel %3")
                            .arg(lesson->dx())
                            .arg(expected)
                            .arg(test::onePixel(plot))));
    // The secant passes through (x, f(x)) and (x + Δx, f(x + Δx)).
    const CompiledFunction& f = *lesson->function();
    const double slope = (f.value(lesson->x() + lesson->dx()) - f.value(lesson->x())) / lesson->dx();
    QVERIFY(std::fabs(test::slopeOf(m_view->figure()->secantLine()) - slope) < 1e-9);
}

void TestSecantView::draggingFirstPointKeepsDx() {
    SecantLesson* lesson = m_view->lesson();
    const double dx = lesson->dx();
    LessonPlot* plot = m_view->figure()->plot();
    const QPoint start = m_view->figure()->pointHandle()->pixelPosition().toPoint();
    test::dragHandle(plot, m_view->figure()->pointHandle(), start - QPoint(200, 0));
    QVERIFY(std::fabs(lesson->x() - test::xAt(plot, start.x() - 200)) <= test::onePixel(plot));
    QCOMPARE(lesson->dx(), dx);
    QVERIFY(std::fabs(test::slopeOf(m_view->figure()->tangentLine()) - 2 * lesson->x()) < 1e-12);
}

void TestSecantView::sliderChangesSecantSlope() {
    SecantLesson* lesson = m_view->lesson();
    const double slopeBefore = lesson->secantSlope();
    QSlider* slider = m_view->dxSlider();
    slider->setFocus();
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(slider, Qt::Key_PageDown);
    QVERIFY(lesson->dx() < 1.0);
    QCOMPARE(lesson->dx(), SecantView::sliderValue(slider->value()));
    QVERIFY(lesson->secantSlope() < slopeBefore);
    // On x² at 1 the forward secant slope is 2 + Δx.
    QVERIFY(std::fabs(lesson->secantSlope() - (2 + lesson->dx())) < 1e-9);
}

void TestSecantView::fieldSetsDx() {
    ValueField* field = m_view->dxField();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("0.001"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_view->lesson()->dx(), 0.001);
    QCOMPARE(m_view->dxSlider()->value(), SecantView::sliderPosition(0.001));
    // Outside the lesson's range: refused with the reason, and Δx stays (it was silently ignored while
    // the field kept showing the refused value).
    for (const QString& text : {QStringLiteral("1e-12"), QStringLiteral("1e-7"), QStringLiteral("50")}) {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_view->lesson()->dx(), 0.001);
        QVERIFY2(field->errorMessage().contains(QStringLiteral("range")), qPrintable(text));
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QStringLiteral("0.001"));
    }
    // A constant expression is a value like any other.
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("1/8"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_view->lesson()->dx(), 0.125);
}

void TestSecantView::secantSlopeIsTheDifferenceQuotient_data() {
    QTest::addColumn<int>("scheme");
    QTest::addColumn<double>("expected"); // x³ at 1 with Δx = 0.1
    QTest::newRow("forward") << int(DifferenceScheme::Forward) << 3.31;
    QTest::newRow("backward") << int(DifferenceScheme::Backward) << 2.71;
    QTest::newRow("central") << int(DifferenceScheme::Central) << 3.01;
}

void TestSecantView::secantSlopeIsTheDifferenceQuotient() {
    QFETCH(int, scheme);
    QFETCH(double, expected);
    m_view->formulaField()->setFormula(QStringLiteral("x^3"));
    m_view->lesson()->setX(1.0);
    m_view->lesson()->setDx(0.1);
    m_view->lesson()->setScheme(DifferenceScheme(scheme));
    QVERIFY(std::fabs(m_view->lesson()->secantSlope() - expected) < 1e-12);
    QVERIFY(std::fabs(test::slopeOf(m_view->figure()->secantLine()) - expected) < 1e-9);
    // The line's defining points are the scheme's end points.
    const double x1 = m_view->figure()->secantLine()->point1->coords().x();
    const double x2 = m_view->figure()->secantLine()->point2->coords().x();
    QCOMPARE(x1, scheme == int(DifferenceScheme::Forward) ? 1.0 : 0.9);
    QCOMPARE(x2, scheme == int(DifferenceScheme::Backward) ? 1.0 : 1.1);
}

namespace {
// The angle on screen between two straight lines of a plot (radians, 0 … π/2).
double screenAngle(LessonPlot* plot, const QCPItemStraightLine* a, const QCPItemStraightLine* b) {
    auto direction = [plot](const QCPItemStraightLine* l) {
        const QPointF p = test::pixelOf(plot, l->point1->coords()),
                      q = test::pixelOf(plot, l->point2->coords());
        return std::atan2(q.y() - p.y(), q.x() - p.x());
    };
    double d = std::fabs(direction(a) - direction(b));
    while (d > M_PI / 2)
        d = std::fabs(d - M_PI);
    return d;
}
} // namespace

void TestSecantView::animateTurnsEvenlyAndEndsApart_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("a");
    QTest::addColumn<int>("scheme");
    QTest::newRow("x² at 1, forward") << "x^2" << 1.0 << int(DifferenceScheme::Forward);
    QTest::newRow("sin at 0.5, backward") << "sin(x)" << 0.5 << int(DifferenceScheme::Backward);
    QTest::newRow("exp at 0, central") << "exp(x)" << 0.0 << int(DifferenceScheme::Central);
}

// Animate (the real button) turns the secant through its rotation evenly in time rather than all in the
// first decades, zooms about the point, and ends with the secant still visibly apart from the tangent
// and both points apart and grabbable: a drag then moves the point a.
void TestSecantView::animateTurnsEvenlyAndEndsApart() {
    QFETCH(QString, formula);
    QFETCH(double, a);
    QFETCH(int, scheme);
    SecantLesson* lesson = m_view->lesson();
    SecantFigure* figure = m_view->figure();
    LessonPlot* plot = figure->plot();
    m_view->formulaField()->setFormula(formula);
    lesson->setX(a);
    lesson->setScheme(DifferenceScheme(scheme));
    plot->replot();
    std::vector<double> angles; // the on-screen angle between secant and tangent, frame by frame
    connect(lesson, &SecantLesson::changed, this,
            [&] { angles.push_back(screenAngle(plot, figure->secantLine(), figure->tangentLine())); });
    QSignalSpy state(lesson, &SecantLesson::animationStateChanged);
    QTest::mouseClick(m_view->animateButton(), Qt::LeftButton);
    QVERIFY(lesson->isAnimating());
    QVERIFY(m_view->animateButton()->text().contains(QStringLiteral("Pause")));
    QTRY_VERIFY_WITH_TIMEOUT(!lesson->isAnimating(), 30000);
    disconnect(lesson, &SecantLesson::changed, this, nullptr);
    QCOMPARE(state.count(), 2);
    QVERIFY(m_view->animateButton()->text().contains(QStringLiteral("Animate")));
    plot->replot();

    // Evenly: the first quarter of the frames turns at most half the way, the last quarter still turns.
    QVERIFY(angles.size() > 40);
    const double total = angles.front() - angles.back();
    QVERIFY2(total > 0, qPrintable(QString::number(total)));
    const std::size_t quarter = angles.size() / 4;
    const double first = angles.front() - angles[quarter];
    const double last = angles[angles.size() - 1 - quarter] - angles.back();
    QVERIFY2(first <= 0.5 * total && last >= 0.1 * total,
             qPrintable(QStringLiteral("turned %1 of %2 in the first quarter, %3 in the last")
                            .arg(first)
                            .arg(total)
                            .arg(last)));

    // The end: the gap between secant and tangent is still visible; the points are apart and in view.
    const double endAngle = screenAngle(plot, figure->secantLine(), figure->tangentLine());
    QVERIFY2(endAngle >= 0.5 * M_PI / 180, qPrintable(QString::number(endAngle * 180 / M_PI)));
    QVERIFY(lesson->dx() > SecantLesson::kMinDx);
    const QPointF point = figure->pointHandle()->pixelPosition(),
                  step = figure->stepHandle()->pixelPosition();
    QVERIFY2(QLineF(point, step).length() >= 2 * LessonPlot::kGrabRadius,
             qPrintable(QString::number(QLineF(point, step).length())));
    QVERIFY(plot->axisRect()->rect().contains(point.toPoint()));
    QVERIFY(plot->axisRect()->rect().contains(step.toPoint()));

    // Both stay grabbable: dragging the point a moves a and keeps Δx.
    const double dx = lesson->dx(), x = lesson->x();
    test::dragHandle(plot, figure->pointHandle(), point.toPoint() - QPoint(30, 0));
    QVERIFY(lesson->x() < x);
    QCOMPARE(lesson->dx(), dx);
    test::dragHandle(plot, figure->stepHandle(),
                     figure->stepHandle()->pixelPosition().toPoint() + QPoint(30, 0));
    QVERIFY(lesson->dx() != dx);
}

void TestSecantView::overlappingHandlesGrabThePoint_data() {
    QTest::addColumn<double>("apart"); // pixels between the point and x + Δx
    QTest::addColumn<int>("pressAt");  // where the press lands: 0 on the point, 1 on x + Δx, 2 beyond it
    QTest::newRow("on top of each other") << 0.0 << 1;
    QTest::newRow("3 px apart, press on x + Δx") << 3.0 << 1;
    QTest::newRow("6 px apart, press on x + Δx") << 6.0 << 1;
    QTest::newRow("10 px apart, press beyond x + Δx") << 10.0 << 2;
    QTest::newRow("10 px apart, press on the point") << 10.0 << 0;
}

// Where the discs overlap, a press anywhere on the pile grabs the point a, never the x + Δx beneath it.
void TestSecantView::overlappingHandlesGrabThePoint() {
    QFETCH(double, apart);
    QFETCH(int, pressAt);
    SecantLesson* lesson = m_view->lesson();
    LessonPlot* plot = m_view->figure()->plot();
    // Δx such that the discs' centres lie `apart` pixels apart on screen (the curve rises, too).
    lesson->setDx(std::max(SecantLesson::kMinDx, apart * test::onePixel(plot)));
    plot->replot();
    for (int i = 0; i < 6 && apart > 0; ++i) {
        const double now = QLineF(m_view->figure()->pointHandle()->pixelPosition(),
                                  m_view->figure()->stepHandle()->pixelPosition())
                               .length();
        lesson->setDx(lesson->dx() * apart / now);
    }
    const QPointF point = m_view->figure()->pointHandle()->pixelPosition();
    const QPointF step = m_view->figure()->stepHandle()->pixelPosition();
    const QPointF press = pressAt == 0 ? point : pressAt == 1 ? step : step + QPointF(2, 0);
    QCOMPARE(plot->handleAt(press), m_view->figure()->pointHandle());
    const double dx = lesson->dx(), x = lesson->x();
    QTest::mousePress(plot, Qt::LeftButton, {}, press.toPoint());
    QTest::mouseMove(plot, press.toPoint() + QPoint(-40, 0));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, press.toPoint() + QPoint(-40, 0));
    QVERIFY(lesson->x() < x);
    QCOMPARE(lesson->dx(), dx);
}

// A click on a handle selects it (drawn with a ring) and the arrow keys move that one; Tab steps to the
// next handle, then out of the plot; a focused plot wears a focus frame.
void TestSecantView::tabAndClickChooseWhatArrowsMove() {
    SecantLesson* lesson = m_view->lesson();
    SecantFigure* figure = m_view->figure();
    LessonPlot* plot = figure->plot();
    plot->replot();
    const QPoint step = figure->stepHandle()->pixelPosition().toPoint();
    QTest::mouseClick(plot, Qt::LeftButton, {}, step);
    QTRY_VERIFY(plot->hasFocus());
    QVERIFY(figure->stepHandle()->isSelected());
    QVERIFY(!figure->pointHandle()->isSelected());
    double x = lesson->x(), dx = lesson->dx();
    QTest::keyClick(plot, Qt::Key_Right);
    QCOMPARE(lesson->x(), x);
    QVERIFY(lesson->dx() > dx);

    // Tab from x + Δx: the next in Tab order after the point; Shift+Tab goes back to the point.
    QTest::keyClick(plot, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(plot->hasFocus());
    QVERIFY(figure->pointHandle()->isSelected());
    QVERIFY(!figure->stepHandle()->isSelected());
    x = lesson->x();
    dx = lesson->dx();
    QTest::keyClick(plot, Qt::Key_Right);
    QVERIFY(lesson->x() > x);
    QCOMPARE(lesson->dx(), dx);
    QTest::keyClick(plot, Qt::Key_Tab);
    QVERIFY(figure->stepHandle()->isSelected());

    // The focus frame: the palette's highlight along the plot's edge, gone when focus leaves.
    const QColor highlight = plot->palette().color(QPalette::Highlight);
    auto framed = [&] {
        const QImage image = plot->grab().toImage();
        const QColor edge = image.pixelColor(image.width() / 2, 1);
        return std::abs(edge.red() - highlight.red()) + std::abs(edge.green() - highlight.green()) +
                   std::abs(edge.blue() - highlight.blue()) <
               40;
    };
    QVERIFY(framed());
    QTest::keyClick(plot, Qt::Key_Tab); // past the last handle: focus leaves the plot
    QVERIFY(!plot->hasFocus());
    QVERIFY(!framed());
    QVERIFY(!figure->stepHandle()->isSelected());
}

// Lesson 2 has the same "Point" field: x = 2 for the lesson's own table, pi/2 at full precision.
void TestSecantView::typedPointIsTakenExactly() {
    test::typeInto(m_view->pointField(), QStringLiteral("2"));
    QCOMPARE(m_view->lesson()->x(), 2.0);
    QCOMPARE(m_view->lesson()->limitTable(m_view->lesson()->tableRows()).a, 2.0);
    test::typeInto(m_view->pointField(), QStringLiteral("pi/2"));
    QCOMPARE(m_view->lesson()->x(), M_PI / 2);
    test::typeInto(m_view->pointField(), QStringLiteral("12.5"));
    QCOMPARE(m_view->lesson()->x(), 12.5);
    m_view->figure()->plot()->replot();
    QVERIFY(test::insideView(m_view->figure()->plot(), m_view->figure()->pointHandle()->position(), 5));
}

void TestSecantView::presetKeepsPointsInView_data() {
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("dx");
    QTest::addColumn<int>("scheme");
    QTest::newRow("a = 2, Δx = 0.5") << 2.0 << 0.5 << int(DifferenceScheme::Forward);
    QTest::newRow("a = 1.97, Δx = 1") << 1.97 << 1.0 << int(DifferenceScheme::Forward);
    QTest::newRow("a = -2.9, Δx = 1, central") << -2.9 << 1.0 << int(DifferenceScheme::Central);
    QTest::newRow("a = 0.3, Δx = 2, backward") << 0.3 << 2.0 << int(DifferenceScheme::Backward);
}

// After a change of preset, the point and x ± Δx are inside the view with a margin (with a ≈ 2, eˣ and x³
// used to cut the point in half and lose the second one).
void TestSecantView::presetKeepsPointsInView() {
    QFETCH(double, a);
    QFETCH(double, dx);
    QFETCH(int, scheme);
    QComboBox* combo = m_view->formulaField()->comboBox();
    SecantFigure* figure = m_view->figure();
    LessonPlot* plot = figure->plot();
    m_view->lesson()->setScheme(DifferenceScheme(scheme));
    m_view->lesson()->setDx(dx);
    for (int i = 0; i < combo->count(); ++i) {
        m_view->formulaField()->setFormula(QStringLiteral("x^2"));
        m_view->lesson()->setXShowing(a);
        combo->setCurrentIndex(i);
        emit combo->activated(i);
        plot->replot();
        for (DraggableHandle* h : {figure->pointHandle(), figure->stepHandle()})
            if (h->isVisible())
                QVERIFY2(
                    test::insideView(plot, h->position(), 6),
                    qPrintable(combo->itemText(i) + QStringLiteral(": %1 at %2, %3 not in x %4..%5, y %6..%7")
                                                        .arg(h->name())
                                                        .arg(h->position().x())
                                                        .arg(h->position().y())
                                                        .arg(plot->xAxis->range().lower)
                                                        .arg(plot->xAxis->range().upper)
                                                        .arg(plot->yAxis->range().lower)
                                                        .arg(plot->yAxis->range().upper)));
    }
}

void TestSecantView::curvesAreSmoothOnScreen_data() {
    QTest::addColumn<QString>("formula");
    QTest::newRow("sin(10x)") << "sin(10x)";
    QTest::newRow("x³") << "x^3";
    QTest::newRow("exp(2x)") << "exp(2x)";
    QTest::newRow("1/x") << "1/x";
    QTest::newRow("tan(x)") << "tan(x)";
    QTest::newRow("sqrt(|x|)") << "sqrt(abs(x))";
}

// The drawn curve has no markers and its points lie at most a few pixels apart on screen, steep parts
// included (QCustomPlot's adaptive sampling drew them as beads on a plot this narrow).
void TestSecantView::curvesAreSmoothOnScreen() {
    QFETCH(QString, formula);
    m_view->formulaField()->setFormula(formula);
    LessonPlot* plot = m_view->figure()->plot();
    plot->replot();
    QCPGraph* curve = nullptr;
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->name() == QStringLiteral("f")) curve = plot->graph(i);
    QVERIFY(curve);
    QVERIFY(curve->scatterStyle().isNone());
    QVERIFY(!curve->adaptiveSampling());
    QVERIFY(plot->antialiasedElements() & QCP::aePlottables);
    const double gap = test::largestScreenGap(plot, curve);
    QVERIFY2(gap <= 3.0, qPrintable(QString::number(gap)));
}

void TestSecantView::kinkShowsBothSecants() {
    m_view->formulaField()->setFormula(QStringLiteral("abs(x)"));
    m_view->lesson()->setX(0.0);
    m_view->lesson()->setDx(0.5);
    QVERIFY(m_view->lesson()->isKink());
    QVERIFY(m_view->figure()->leftSecantLine()->visible());
    QVERIFY(!m_view->figure()->tangentLine()->visible());
    QCOMPARE(test::slopeOf(m_view->figure()->leftSecantLine()), -1.0);
    QCOMPARE(test::slopeOf(m_view->figure()->secantLine()), 1.0);
    m_view->lesson()->setX(1.0);
    QVERIFY(!m_view->lesson()->isKink());
    QVERIFY(!m_view->figure()->leftSecantLine()->visible());
}

void TestSecantView::limitTableHasLiveRow() {
    QTableWidget* table = m_view->figure()->limitTable();
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("2.1")); // x² at 1, h = 0.1
    m_view->lesson()->setDx(0.25);
    QCOMPARE(table->item(5, 0)->text(), QStringLiteral("Δx = 0.25"));
    QCOMPARE(table->item(5, 3)->text(), QStringLiteral("2.25"));
}

void TestSecantView::limitTableRoundsToFit_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("fewestDigits");
    QTest::addColumn<bool>("rounds");
    QTest::newRow("wide window: every digit") << 1800 << 8 << false;
    QTest::newRow("narrow window: rounded, never cut") << 900 << 5 << true;
}

// Every number in the limit table fits its cell: a narrow window rounds Δy/h to fewer digits (still
// correctly rounded) instead of ending it in "…".
void TestSecantView::limitTableRoundsToFit() {
    QFETCH(int, width);
    QFETCH(int, fewestDigits);
    QFETCH(bool, rounds);
    m_view->formulaField()->setFormula(QStringLiteral("sin(x)"));
    m_view->lesson()->setX(1.0);
    m_view->resize(width, 800);
    QTest::qWait(50); // the layout settles
    QTableWidget* table = m_view->figure()->limitTable();
    auto* cells = qobject_cast<NumberCellDelegate*>(table->itemDelegate());
    QVERIFY(cells);
    int rounded = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 1; c < 4; ++c) {
            const QModelIndex index = table->model()->index(r, c);
            const QFont font = table->item(r, c)->font();
            const int room = table->columnWidth(c) - 4;
            const QString shown = cells->displayedText(index, room, font);
            QVERIFY2(QFontMetrics(font).horizontalAdvance(shown) <= room, qPrintable(shown));
            if (shown != table->item(r, c)->text()) ++rounded;
            const double exact = NumberCellDelegate::fullText(index).replace(QChar(0x2212), '-').toDouble();
            if (c == 3 && r < table->rowCount() - 1) {
                const int digits = shown.count(QRegularExpression(QStringLiteral("[0-9]"))) -
                                   (shown.startsWith(QStringLiteral("0.")) ? 1 : 0);
                QVERIFY2(digits >= fewestDigits, qPrintable(shown));
            }
            // Rounded, not truncated: the shown number is the exact one to its last digit.
            const double value = QString(shown).replace(QChar(0x2212), '-').toDouble();
            QVERIFY2(std::abs(value - exact) <= std::abs(exact) * 5e-3, qPrintable(shown));
        }
    QCOMPARE(rounded > 0, rounds);
}

namespace {
// A number as printed ("3.000003", "2.9998·10⁻⁶") and the value of one unit in its last digit.
struct Printed {
    double value = 0;
    double unit = 0;
};

Printed parsePrinted(const QString& text) {
    return {shownNumber(text), lastDigitUnit(text)};
}
} // namespace

void TestSecantView::readoutArithmeticAddsUp_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("dx");
    QTest::addColumn<int>("scheme");
    const int fwd = int(DifferenceScheme::Forward), bwd = int(DifferenceScheme::Backward),
              ctr = int(DifferenceScheme::Central);
    QTest::newRow("x^3 at 1, Δx = 1e-6 (secant 3, difference 2.9998e-6 before)")
        << "x^3" << 1.0 << 1e-6 << fwd;
    QTest::newRow("x^3 at 1, Δx = 0.1") << "x^3" << 1.0 << 0.1 << fwd;
    QTest::newRow("x^2 at 1, central: exact up to round-off") << "x^2" << 1.0 << 0.1 << ctr;
    QTest::newRow("x^2 at 1, Δx = 1e-5") << "x^2" << 1.0 << 1e-5 << fwd;
    QTest::newRow("sin at 0.5, central, Δx = 1e-3") << "sin(x)" << 0.5 << 1e-3 << ctr;
    QTest::newRow("exp at 0, backward, Δx = 0.5") << "exp(x)" << 0.0 << 0.5 << bwd;
    QTest::newRow("exp at 2, Δx = 1e-6") << "exp(x)" << 2.0 << 1e-6 << fwd;
    QTest::newRow("sin at π/2, central: both slopes 0") << "sin(x)" << 1.5707963267948966 << 1e-4 << ctr;
    QTest::newRow("1e6 + x, Δx = 1e-6: the difference is round-off") << "1000000 + x" << 2.0 << 1e-6 << fwd;
    QTest::newRow("-x^3 at 1.3, backward, Δx = 1e-4") << "-x^3" << 1.3 << 1e-4 << bwd;
}

void TestSecantView::readoutArithmeticAddsUp() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, dx);
    QFETCH(int, scheme);
    m_view->formulaField()->setFormula(formula);
    m_view->lesson()->setX(x);
    m_view->lesson()->setDx(dx);
    m_view->lesson()->setScheme(DifferenceScheme(scheme));
    QLabel* readout = nullptr;
    for (QLabel* label : m_view->figure()->findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Slopes")) readout = label;
    QVERIFY(readout);
    const QString text =
        QTextDocumentFragment::fromHtml(readout->text()).toPlainText().replace(QChar(0xa0), QLatin1Char(' '));
    const QRegularExpression pattern(QStringLiteral(
        "secant slope (≈ )?(\\S+)\\s+tangent slope f′\\([^)]*\\) (=|≈) (\\S+)\\s+difference (≈ )?(\\S+)"));
    const QRegularExpressionMatch m = pattern.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    const QString a = m.captured(2), b = m.captured(4), d = m.captured(6);
    // The limit table's live row (the Δx on screen) says the same about the error.
    QTableWidget* table = m_view->figure()->findChild<QTableWidget*>();
    QVERIFY(table);
    const QString liveError = table->item(table->rowCount() - 1, 4)->text();
    const bool tableZero = liveError == QStringLiteral("≈ 0") || liveError == QStringLiteral("0");
    QVERIFY2(tableZero == (d == QStringLiteral("0")),
             qPrintable(QStringLiteral("table error %1 beside \"%2\"").arg(liveError, text)));
    if (d == QStringLiteral("0")) {
        // "≈ 0" (or exactly 0): the two slopes must read alike too.
        QVERIFY2(a == b, qPrintable(text));
        if (!m.captured(5).isEmpty()) QVERIFY(readout->toolTip().contains(QStringLiteral("round-off")));
        return;
    }
    const Printed pa = parsePrinted(a), pb = parsePrinted(b), pd = parsePrinted(d);
    // The difference of the shown slopes is the shown difference, to the difference's last digit.
    QVERIFY2(std::fabs((pa.value - pb.value) - pd.value) <=
                 0.5 * pd.unit * (1 + 1e-9) + 1e-15 * std::fabs(pa.value),
             qPrintable(QStringLiteral("%1 − %2 ≠ %3 in \"%4\"").arg(a, b, d, text)));
}

void TestSecantView::tableNoteClaimsTheMeasuredOrder_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("claim");
    const int fwd = int(DifferenceScheme::Forward), ctr = int(DifferenceScheme::Central);
    QTest::newRow("x^3 forward") << "x^3" << 1.0 << fwd << "shrinks like h<sup>1.0</sup>";
    QTest::newRow("x^3 central") << "x^3" << 1.0 << ctr << "shrinks like h<sup>2.0</sup>";
    QTest::newRow("sin at 0, forward: second order")
        << "sin(x)" << 0.0 << fwd << "shrinks like h<sup>2.0</sup>";
    QTest::newRow("x^2 central: none") << "x^2" << 1.0 << ctr << "no truncation error";
    QTest::newRow("|x| at 1: none") << "abs(x)" << 1.0 << fwd << "no truncation error";
}

void TestSecantView::tableNoteClaimsTheMeasuredOrder() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(int, scheme);
    QFETCH(QString, claim);
    m_view->formulaField()->setFormula(formula);
    m_view->lesson()->setX(x);
    m_view->lesson()->setScheme(DifferenceScheme(scheme));
    QString note;
    for (QLabel* label : m_view->figure()->findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("Error = "))) note = label->text();
    QVERIFY2(note.contains(claim), qPrintable(note));
    QVERIFY2(!note.contains(QStringLiteral("central errors like h²")), qPrintable(note));
}

// Where f′(a) does not exist the notes say why, the tangent agrees, and the central quotient's 0 at a
// symmetric corner is not passed off as a derivative (issue #12).
void TestSecantView::notesSayWhyThereIsNoSlope_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("tangent"); // "none", "vertical", "sloped"
    const int fwd = int(DifferenceScheme::Forward), ctr = int(DifferenceScheme::Central);
    QTest::newRow("|x| at 0, central: 0 by symmetry")
        << "abs(x)" << 0.0 << ctr << "The central quotient (f(x+h) − f(x−h))/2h gives 0 here by symmetry"
        << "none";
    QTest::newRow("|x| at 0, forward: no central sentence")
        << "abs(x)" << 0.0 << fwd << "f′(0) does not exist."
        << "none";
    QTest::newRow("|x| + x at 0, central: an average, not 0")
        << "abs(x) + x" << 0.0 << ctr << "averages the two one-sided slopes (here 1)"
        << "none";
    QTest::newRow("ln at −1: no f, no f′")
        << "ln(x)" << -1.0 << fwd << "f is not defined at x = −1, so neither is f′"
        << "none";
    QTest::newRow("sqrt at 0: vertical tangent")
        << "sqrt(x)" << 0.0 << fwd << "exact f′(a) is undefined (vertical tangent)"
        << "vertical";
    QTest::newRow("x^2 at 1") << "x^2" << 1.0 << ctr << "exact f′(a) = 2"
                              << "sloped";
}

void TestSecantView::notesSayWhyThereIsNoSlope() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(int, scheme);
    QFETCH(QString, says);
    QFETCH(QString, tangent);
    m_view->formulaField()->setFormula(formula);
    m_view->lesson()->setXShowing(x);
    m_view->lesson()->setScheme(DifferenceScheme(scheme));
    QCOMPARE(m_view->lesson()->x(), x);
    QString text;
    for (QLabel* label : m_view->figure()->findChildren<QLabel*>())
        text += QTextDocumentFragment::fromHtml(label->text()).toPlainText() + QLatin1Char('\n');
    QVERIFY2(text.contains(says), qPrintable(text));
    const bool centralSentence = text.contains(QStringLiteral("The central quotient"));
    QVERIFY2(centralSentence == (scheme == int(DifferenceScheme::Central) && m_view->lesson()->isKink()),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("∞")), qPrintable(text));
    QVERIFY(!m_view->figure()->accessibleDescription().contains(QStringLiteral("∞")));
    QCPItemStraightLine* line = m_view->figure()->tangentLine();
    QCOMPARE(line->visible(), tangent != QStringLiteral("none"));
    if (tangent == QStringLiteral("vertical"))
        QCOMPARE(line->point1->coords().x(), line->point2->coords().x());
    if (tangent == QStringLiteral("none")) QVERIFY(std::isnan(m_view->lesson()->tangentSlope()));
}

QTEST_MAIN(TestSecantView)
#include "tst_secant_view.moc"
