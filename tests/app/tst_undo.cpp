// Undo and redo on the real window: one step per drag (on release), per key press, per edit of a text
// field (on Enter), per slider gesture, per optimizer setting and per animation; undo and redo restore
// earlier states exactly and show the lesson they change.

#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/function_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/lesson_set.h"
#include "lessons/race_lesson.h"
#include "lessons/secant_lesson.h"
#include "lessons/surface3d_lesson.h"
#include "undo/lesson_document.h"
#include "views/descent_view.h"
#include "views/learning_rate_view.h"
#include "views/secant_view.h"
#include "views/slope_figure.h"
#include "views/slope_view.h"
#include "widgets/formula_field.h"
#include "widgets/log_slider.h"
#include "widgets/optimizer_box.h"
#include "window/main_window.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QUndoStack>

using namespace gradlab;

class TestUndo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { delete m_window; }
    void dragIsOneStep();
    void arrowKeysAreOneStepEach_data();
    void arrowKeysAreOneStepEach();
    void formulaEditIsOneStepOnEnter();
    void brokenFormulaOnEnterIsNoStep();
    void sliderGestureIsOneStep();
    void optimizerChoiceIsOneStep();
    void animationIsOneStep();
    void replayedAnimationIsOneStep();
    void undoTextNamesTheAction_data();
    void undoTextNamesTheAction();
    void followOfAnOptimizerNotRunningIsKept();
    void undoSequenceRestoresEveryEarlierState();
    void undoShowsTheLessonItChanges();
    void undoingToTheSavedStateClearsModified();

private:
    QUndoStack* stack() const { return m_window->document()->undoStack(); }
    /// Lets pending single-shot commits run.
    void settle() { QTest::qWait(20); }

    MainWindow* m_window = nullptr;
};

void TestUndo::init() {
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    settle();
    QCOMPARE(stack()->count(), 0);
}

void TestUndo::dragIsOneStep() {
    auto* view = static_cast<SlopeView*>(m_window->lesson("slope"));
    m_window->showLesson("slope");
    LessonPlot* plot = view->figure()->curvePlot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const double before = view->lesson()->x();
    const QPoint start = view->figure()->handle()->pixelPosition().toPoint();
    test::dragHandle(plot, view->figure()->handle(), start + QPoint(150, 0), 12);
    settle();
    const double after = view->lesson()->x();
    QVERIFY(after != before);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Move the point"));
    stack()->undo();
    QCOMPARE(view->lesson()->x(), before);
    QCOMPARE(view->figure()->handle()->position().x(), before);
    stack()->redo();
    QCOMPARE(view->lesson()->x(), after);
}

void TestUndo::arrowKeysAreOneStepEach_data() {
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<double>("fraction");
    QTest::newRow("arrow: 1 % of the view") << int(Qt::NoModifier) << 0.01;
    QTest::newRow("Shift: 0.1 %") << int(Qt::ShiftModifier) << 0.001;
    QTest::newRow("Ctrl: 10 %") << int(Qt::ControlModifier) << 0.1;
}

void TestUndo::arrowKeysAreOneStepEach() {
    QFETCH(int, modifiers);
    QFETCH(double, fraction);
    auto* view = static_cast<SlopeView*>(m_window->lesson("slope"));
    LessonPlot* plot = view->figure()->curvePlot();
    plot->setFocus();
    const double x0 = view->lesson()->x();
    const double width = plot->xAxis->range().size();
    QVector<double> xs{x0};
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(plot, Qt::Key_Right, Qt::KeyboardModifiers(modifiers));
        settle();
        xs.append(view->lesson()->x());
        QVERIFY(std::fabs(xs[i + 1] - xs[i] - fraction * width) < 1e-9 * width);
    }
    QCOMPARE(stack()->count(), 3);
    for (int i = 2; i >= 0; --i) {
        stack()->undo();
        QCOMPARE(view->lesson()->x(), xs[i]);
    }
}

void TestUndo::formulaEditIsOneStepOnEnter() {
    auto* view = static_cast<SlopeView*>(m_window->lesson("slope"));
    QLineEdit* edit = view->formulaField()->lineEdit();
    const QString before = view->lesson()->formula();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, "sin(x) + x^3"); // several valid formulas on the way: one step in the end
    settle();
    QCOMPARE(stack()->count(), 0);
    QTest::keyClick(edit, Qt::Key_Return);
    settle();
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Change the function"));
    QCOMPARE(view->lesson()->formula(), QStringLiteral("sin(x) + x^3"));
    stack()->undo();
    QCOMPARE(view->lesson()->formula(), before);
    QCOMPARE(view->formulaField()->lineEdit()->text(), before);
    QCOMPARE(view->lesson()->function()->value(2.0), 4.0);
    stack()->redo();
    QCOMPARE(view->lesson()->formula(), QStringLiteral("sin(x) + x^3"));
}

void TestUndo::brokenFormulaOnEnterIsNoStep() {
    // "3x" is valid on the way to the broken "3x  12x + 9": nobody entered it, so no step records it.
    m_window->showLesson("secant");
    auto* view = static_cast<SecantView*>(m_window->lesson("secant"));
    QLineEdit* edit = view->formulaField()->lineEdit();
    const QString before = view->lesson()->formula();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, "3x  12x + 9");
    QTest::keyClick(edit, Qt::Key_Return);
    settle();
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(view->lesson()->formula(), before);
    QCOMPARE(edit->text(), QStringLiteral("3x  12x + 9")); // nothing typed is lost
    edit->setCursorPosition(2);
    QTest::keyClicks(edit, "^2 -");
    QTest::keyClick(edit, Qt::Key_Return);
    settle();
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(view->lesson()->formula(), QStringLiteral("3x^2 -  12x + 9"));
    stack()->undo();
    QCOMPARE(view->lesson()->formula(), before);
}

void TestUndo::sliderGestureIsOneStep() {
    m_window->showLesson("learning-rate");
    auto* view = static_cast<LearningRateView*>(m_window->lesson("learning-rate"));
    LogSlider* slider = view->slider();
    const double before = view->lesson()->learningRate();
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    const QRect handle =
        slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
    QPoint p = handle.center();
    QTest::mousePress(slider, Qt::LeftButton, {}, p);
    for (int i = 0; i < 10; ++i) {
        p += QPoint(-12, 0);
        QMouseEvent move(QEvent::MouseMove, p, slider->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(slider, &move);
        settle();
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, p);
    settle();
    const double after = view->lesson()->learningRate();
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Change the learning rate"));
    stack()->undo();
    QCOMPARE(view->lesson()->learningRate(), before);
    QCOMPARE(view->slider()->logValue(), slider->valueAt(slider->positionOf(before)));
}

void TestUndo::optimizerChoiceIsOneStep() {
    m_window->showLesson("descent1d");
    auto* view = static_cast<DescentView*>(m_window->lesson("descent1d"));
    OptimizerBox* box = view->optimizerBox();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    settle();
    QCOMPARE(view->lesson()->optimizer(), OptimizerKind::Momentum);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Change the optimizer settings"));
    QLineEdit* lr = view->learningRateField();
    lr->setFocus();
    lr->selectAll();
    QTest::keyClicks(lr, "0.025");
    QTest::keyClick(lr, Qt::Key_Return);
    settle();
    QCOMPARE(view->lesson()->learningRate(), 0.025);
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(view->lesson()->learningRate(), 0.1);
    QCOMPARE(lr->text(), QStringLiteral("0.1"));
    stack()->undo();
    QCOMPARE(view->lesson()->optimizer(), OptimizerKind::GradientDescent);
    QCOMPARE(box->kind(), OptimizerKind::GradientDescent);
}

void TestUndo::animationIsOneStep() {
    m_window->showLesson("secant");
    auto* view = static_cast<SecantView*>(m_window->lesson("secant"));
    const double before = view->lesson()->dx();
    QTest::mouseClick(view->animateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->lesson()->dx() < before * 0.5, 30000); // slow under load
    QCOMPARE(stack()->count(), 1); // one step from the first frame, merged with every later one
    QTest::mouseClick(view->animateButton(), Qt::LeftButton);
    settle();
    QVERIFY(!view->lesson()->isAnimating());
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Animate Δx toward 0"));
    stack()->undo();
    QCOMPARE(view->lesson()->dx(), before);
}

// Animate once it has played to its end rewinds Δx to 1 and plays again: the rewind and the animation are
// one step, and undo goes back to the Δx it ended at.
void TestUndo::replayedAnimationIsOneStep() {
    m_window->showLesson("secant");
    auto* view = static_cast<SecantView*>(m_window->lesson("secant"));
    view->lesson()->setDx(view->lesson()->animationEndDx());
    const double ended = view->lesson()->dx();
    stack()->clear();
    QTest::mouseClick(view->animateButton(), Qt::LeftButton);
    QVERIFY(view->lesson()->isAnimating());
    QTRY_VERIFY_WITH_TIMEOUT(view->lesson()->dx() < 0.5, 30000);
    QTest::mouseClick(view->animateButton(), Qt::LeftButton);
    settle();
    QVERIFY(!view->lesson()->isAnimating());
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Animate Δx toward 0"));
    stack()->undo();
    QCOMPARE(view->lesson()->dx(), ended);
}

void TestUndo::undoTextNamesTheAction_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::newRow("slope: the point") << "slope"
                                      << "x"
                                      << "Move the point";
    QTest::newRow("autograd: the input, not a point") << "autograd"
                                                      << "x"
                                                      << "Change the input value";
    QTest::newRow("secant: the scheme") << "secant"
                                        << "scheme"
                                        << "Change the difference scheme";
    QTest::newRow("3-D: whom the ball follows") << "surface3d"
                                                << "follow"
                                                << "Follow another optimizer";
    QTest::newRow("3-D: the height scale") << "surface3d"
                                           << "log"
                                           << "Change the height scale";
}

void TestUndo::undoTextNamesTheAction() {
    QFETCH(QString, lesson);
    QFETCH(QString, action);
    QFETCH(QString, text);
    Lesson* model = m_window->models()->lesson(lesson);
    QVERIFY(model);
    if (action == QLatin1String("x"))
        static_cast<FunctionLesson*>(model)->setX(static_cast<FunctionLesson*>(model)->x() + 0.5);
    else if (action == QLatin1String("scheme"))
        static_cast<SecantLesson*>(model)->setScheme(DifferenceScheme::Central);
    else if (action == QLatin1String("follow"))
        static_cast<Surface3dLesson*>(model)->setFollowed(OptimizerKind::Adam);
    else
        static_cast<Surface3dLesson*>(model)->setLogHeight(true);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), text);
}

// A file's choice of optimizer for the ball is kept while the race does not run it (the ball follows the
// first one that runs meanwhile): the file and the screen agree, and nothing counts as modified.
void TestUndo::followOfAnOptimizerNotRunningIsKept() {
    auto* surface = m_window->models()->get<Surface3dLesson>(QStringLiteral("surface3d"));
    QVERIFY(!surface->race()->isEnabled(OptimizerKind::RMSprop));
    QJsonObject state = surface->save();
    state.insert(QStringLiteral("follow"), QStringLiteral("rmsprop"));
    QCOMPARE(surface->check(state), QString());
    surface->restore(state);
    QCOMPARE(surface->save(), state);
    QVERIFY(surface->followed() != static_cast<int>(OptimizerKind::RMSprop));
    QVERIFY(surface->race()->isEnabled(static_cast<OptimizerKind>(surface->followed())));
    surface->race()->setEnabled(OptimizerKind::RMSprop, true);
    QCOMPARE(surface->followed(), static_cast<int>(OptimizerKind::RMSprop));
}

void TestUndo::undoSequenceRestoresEveryEarlierState() {
    QList<QMap<QString, QJsonObject>> states{m_window->document()->states()};
    auto record = [&] {
        settle();
        states.append(m_window->document()->states());
    };
    auto* slope = static_cast<SlopeView*>(m_window->lesson("slope"));
    slope->formulaField()->setFormula("x^3 - 6x^2 + 9x + 1");
    record();
    slope->lesson()->setX(2.5);
    record();
    auto* secant = static_cast<SecantView*>(m_window->lesson("secant"));
    secant->lesson()->setScheme(DifferenceScheme::Backward);
    record();
    secant->lesson()->setDx(0.001);
    record();
    auto* descent = static_cast<DescentView*>(m_window->lesson("descent1d"));
    descent->lesson()->setLearningRate(0.9);
    record();
    QCOMPARE(stack()->count(), states.size() - 1);
    for (int i = states.size() - 2; i >= 0; --i) {
        stack()->undo();
        QVERIFY2(m_window->document()->states() == states[i],
                 qPrintable(QStringLiteral("after undo to %1").arg(i)));
    }
    for (int i = 1; i < states.size(); ++i) {
        stack()->redo();
        QVERIFY2(m_window->document()->states() == states[i],
                 qPrintable(QStringLiteral("after redo to %1").arg(i)));
    }
}

void TestUndo::undoShowsTheLessonItChanges() {
    auto* secant = static_cast<SecantView*>(m_window->lesson("secant"));
    secant->lesson()->setDx(0.5);
    settle();
    m_window->showLesson("race");
    stack()->undo();
    QCOMPARE(m_window->activeLesson()->id(), QStringLiteral("secant"));
    QCOMPARE(secant->lesson()->dx(), 1.0);
}

void TestUndo::undoingToTheSavedStateClearsModified() {
    auto* slope = static_cast<SlopeView*>(m_window->lesson("slope"));
    slope->lesson()->setX(0.25);
    settle();
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->isWindowModified());
    stack()->undo();
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(!m_window->isWindowModified());
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
