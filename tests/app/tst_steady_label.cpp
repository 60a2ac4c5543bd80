// The label for readouts that change on every move of a drag: it grows at once when its text needs more
// lines, keeps its height while the text needs fewer until the drag has rested, and is laid out whole however
// its text was set (before the first layout, at another width).

#include "widgets/rest_timer.h"
#include "widgets/steady_label.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace gradlab;

namespace {

const QString kShort = QStringLiteral("one short line");
const QString kLong =
    QStringLiteral("a readout long enough to wrap over three or more lines at the width of two "
                   "hundred pixels that this window is given in the test, word after word");

/// A window of fixed width: the label, and a widget below it whose top shows where the label ends.
struct Window {
    QWidget window;
    SteadyLabel* label = new SteadyLabel(&window);
    QWidget* below = new QWidget(&window);
    Window() {
        label->label()->setWordWrap(true);
        below->setMinimumHeight(40);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(label);
        layout->addWidget(below);
        layout->addStretch(1);
        window.setFixedWidth(220);
        window.resize(220, 400);
    }
    void settle() {
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    bool whole() const { return label->height() >= label->label()->heightForWidth(label->width()); }
};

} // namespace

class TestSteadyLabel : public QObject {
    Q_OBJECT
private slots:
    void growsAtOnceAndShrinksOnceRested();
    void textSetBeforeTheFirstLayoutIsWhole();
};

void TestSteadyLabel::growsAtOnceAndShrinksOnceRested() {
    Window w;
    w.label->setText(kShort);
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.settle();
    QVERIFY(w.whole());
    const int shortTop = w.below->y();
    // A text of more lines: the label grows before the next paint.
    w.label->setText(kLong);
    w.settle();
    QVERIFY(w.whole());
    const int longTop = w.below->y();
    QVERIFY2(longTop > shortTop, qPrintable(QStringLiteral("%1 %2").arg(longTop).arg(shortTop)));
    // A drag whose text goes short, long, short: nothing below moves.
    for (int i = 0; i < 6; ++i) {
        w.label->setText(i % 2 ? kLong : kShort);
        w.settle();
        QCOMPARE(w.below->y(), longTop);
        QVERIFY(w.whole());
        QTest::qWait(RestTimer::kRestMs / 4);
    }
    // Once the short text has rested, the room is given back.
    w.label->setText(kShort);
    w.settle();
    QCOMPARE(w.below->y(), longTop);
    QTRY_COMPARE_WITH_TIMEOUT(w.below->y(), shortTop, 4 * RestTimer::kRestMs);
    QVERIFY(w.whole());
}

void TestSteadyLabel::textSetBeforeTheFirstLayoutIsWhole() {
    // Measured at the default width of an unshown widget (a hundred pixels), the long text is many lines
    // tall: that height must not be taken for the label's once it is laid out wider.
    Window w;
    w.label->setText(kLong);
    w.label->setText(kShort);
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.settle();
    QVERIFY(w.whole());
    w.label->setText(kLong);
    w.settle();
    QVERIFY2(w.whole(), qPrintable(QStringLiteral("%1 < %2")
                                       .arg(w.label->height())
                                       .arg(w.label->label()->heightForWidth(w.label->width()))));
}

QTEST_MAIN(TestSteadyLabel)
#include "tst_steady_label.moc"
