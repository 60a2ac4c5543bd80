// The secant lesson on real widgets: both points drag, the slider moves Δx, Animate ends at the smallest
// Δx, and a kink shows both one-sided secants.

#include "gui_test_helpers.h"
#include "lessons/secant_lesson.h"
#include "views/secant_figure.h"
#include "views/secant_view.h"
#include "widgets/formula_field.h"
#include "widgets/number_cell_delegate.h"

#include <QRegularExpression>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>

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
    void animateEndsAtSmallestDx();
    void kinkShowsBothSecants();
    void limitTableHasLiveRow();
    void limitTableRoundsToFit_data();
    void limitTableRoundsToFit();

private:
    SecantView* m_view = nullptr;
};

void TestSecantView::init() {
    m_view = new SecantView;
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
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
    QLineEdit* field = m_view->dxField();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("0.001"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_view->lesson()->dx(), 0.001);
    QCOMPARE(m_view->dxSlider()->value(), SecantView::sliderPosition(0.001));
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

void TestSecantView::animateEndsAtSmallestDx() {
    SecantLesson* lesson = m_view->lesson();
    QSignalSpy state(lesson, &SecantLesson::animationStateChanged);
    QTest::mouseClick(m_view->animateButton(), Qt::LeftButton);
    QVERIFY(lesson->isAnimating());
    QVERIFY(m_view->animateButton()->text().contains(QStringLiteral("Pause")));
    QTRY_VERIFY_WITH_TIMEOUT(!lesson->isAnimating(), 30000);
    QCOMPARE(lesson->dx(), SecantLesson::kMinDx);
    QVERIFY(std::fabs(lesson->secantSlope() - lesson->tangentSlope()) < 1e-5);
    QCOMPARE(state.count(), 2);
    QVERIFY(m_view->animateButton()->text().contains(QStringLiteral("Animate")));
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

QTEST_MAIN(TestSecantView)
#include "tst_secant_view.moc"
