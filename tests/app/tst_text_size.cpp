// View → Text Size and View → Appearance → High contrast through the real menus: the interface's fonts and
// the plots' labels scale together, live, without touching any lesson's state; nothing is cut at the largest
// size at 1360×860; exported figures keep their own size; high contrast is black on white with thicker
// lines; both choices are remembered.

#include "gui_test_helpers.h"
#include "lessons/lesson.h"
#include "lessons/race_lesson.h"
#include "plotting/lesson_plot.h"
#include "plotting/plot_contrast.h"
#include "views/lesson_registry.h"
#include "views/lesson_view.h"
#include "widgets/appearance.h"
#include "widgets/text_size.h"
#include "window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace gradlab;

class TestTextSize : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void textSizeChangesLive();
    void nothingIsCutAtTheLargestSize();
    void exportsKeepTheirSize();
    void highContrastIsApplied();
    void choicesAreRemembered();
    void largestWithEveryRacerAfterPlaying();
    /// With GRADLAB_SCREENSHOT=FILE.png (scripts/screenshots.sh): the README's picture of a lesson in the
    /// high-contrast appearance (GRADLAB_LESSON for another lesson than the race).
    void screenshot();

private:
    QAction* action(MainWindow& w, const QString& prefix);
    double m_system = 0;
};

namespace {
constexpr int kLargest = kTextSizes.back();

QString stateOf(MainWindow& w) {
    QString all;
    for (LessonView* v : w.lessons())
        all += QString::fromUtf8(QJsonDocument(v->model()->save()).toJson(QJsonDocument::Compact));
    return all;
}

} // namespace

void TestTextSize::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_system = systemFont().pointSizeF();
    QVERIFY(m_system > 0);
}

void TestTextSize::cleanup() {
    applyTextSize(100);
    applyAppearance(Appearance::Light);
    QSettings().clear();
}

QAction* TestTextSize::action(MainWindow& w, const QString& prefix) {
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text().startsWith(prefix)) return a;
    return nullptr;
}

void TestTextSize::textSizeChangesLive() {
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("secant")));
    QTest::qWait(30);
    auto* plot = w.activeLesson()->findChild<LessonPlot*>();
    QVERIFY(plot);
    // A widget with a font of its own (the figure's title, drawn larger than the rest) and a label without.
    QWidget* own = nullptr;
    QLabel* plain = nullptr;
    for (QWidget* c : w.activeLesson()->findChildren<QWidget*>())
        if (!own && c->testAttribute(Qt::WA_SetFont)) own = c;
    for (QLabel* l : w.activeLesson()->findChildren<QLabel*>())
        if (!plain && !l->testAttribute(Qt::WA_SetFont) && !(own && own->isAncestorOf(l))) plain = l;
    QVERIFY(own && plain);
    const double ownBefore = own->font().pointSizeF(), plainBefore = plain->font().pointSizeF();
    const double tickBefore = plot->xAxis->tickLabelFont().pointSizeF();
    QCOMPARE(plainBefore, m_system); // the system's size by default
    const QString state = stateOf(w);

    QAction* largest = action(w, QStringLiteral("L&argest"));
    QVERIFY(largest);
    largest->trigger();
    QTest::qWait(30);
    const double ratio = kLargest / 100.0;
    QCOMPARE(QApplication::font().pointSizeF(), m_system * ratio);
    QCOMPARE(plain->font().pointSizeF(), plainBefore * ratio);
    QCOMPARE(own->font().pointSizeF(), ownBefore * ratio);
    QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), tickBefore * ratio);
    QCOMPARE(stateOf(w), state); // the lessons are as they were
    QCOMPARE(textSizePercent(), kLargest);

    action(w, QStringLiteral("&Normal"))->trigger();
    QTest::qWait(30);
    QCOMPARE(plain->font().pointSizeF(), plainBefore);
    QCOMPARE(own->font().pointSizeF(), ownBefore);
    QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), tickBefore);
    QCOMPARE(stateOf(w), state);
}

void TestTextSize::nothingIsCutAtTheLargestSize() {
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    action(w, QStringLiteral("L&argest"))->trigger();
    QStringList problems;
    for (const QString& id : lessonIds()) {
        QVERIFY(w.showLesson(id));
        QTest::qWait(60);
        if (w.width() > 1360 || w.height() > 860)
            problems << QStringLiteral("%1: the window grew to %2×%3").arg(id).arg(w.width()).arg(w.height());
        problems += gradlab::test::cutTexts(&w, id);
        if (qEnvironmentVariableIsSet("GRADLAB_SHOTS"))
            w.grab().save(QStringLiteral("%1/largest-%2.png").arg(qEnvironmentVariable("GRADLAB_SHOTS"), id));
    }
    problems.removeDuplicates();
    for (const QString& p : problems)
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 labels cut, listed above").arg(problems.size())));
}

void TestTextSize::exportsKeepTheirSize() {
    MainWindow w;
    Lesson* model = w.lessons().constFirst()->model();
    const QImage normal = renderLessonImage(*model, QSize(640, 420), 1.0);
    QVERIFY(!normal.isNull());
    applyTextSize(kLargest);
    const QImage large = renderLessonImage(*model, QSize(640, 420), 1.0);
    QCOMPARE(large.size(), normal.size());
    QVERIFY(large == normal);
}

void TestTextSize::highContrastIsApplied() {
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("secant")));
    auto* plot = w.activeLesson()->findChild<LessonPlot*>();
    QVERIFY(plot && plot->graphCount() > 0);
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const double width = plot->graph(0)->pen().widthF();

    action(w, QStringLiteral("&High contrast"))->trigger();
    QTest::qWait(30);
    QVERIFY(highContrastPlots());
    const QPalette p = QApplication::palette();
    QCOMPARE(p.color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(p.color(QPalette::WindowText), QColor(Qt::black));
    // No pale text anywhere: every text role at least 4.5:1 on its background (WCAG 2 AA).
    for (auto group : {QPalette::Active, QPalette::Disabled})
        for (auto [text, back] : {std::pair{QPalette::WindowText, QPalette::Window},
                                  {QPalette::Text, QPalette::Base},
                                  {QPalette::ButtonText, QPalette::Button},
                                  {QPalette::PlaceholderText, QPalette::Base},
                                  {QPalette::HighlightedText, QPalette::Highlight},
                                  {QPalette::Link, QPalette::Base},
                                  {QPalette::ToolTipText, QPalette::ToolTipBase}})
            QVERIFY2(contrastRatio(p.color(group, text), p.color(group, back)) >= 4.5,
                     qPrintable(QString::number(text)));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(plot->graph(0)->pen().widthF(), width * kHighContrastLineScale);
    QCOMPARE(plot->xAxis->basePen().color(), QColor(Qt::black));

    action(w, QStringLiteral("&Light"))->trigger();
    QTest::qWait(30);
    QVERIFY(!highContrastPlots());
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(plot->graph(0)->pen().widthF(), width);
}

void TestTextSize::choicesAreRemembered() {
    {
        MainWindow w;
        action(w, QStringLiteral("&Larger"))->trigger();
        action(w, QStringLiteral("&High contrast"))->trigger();
    }
    applyTextSize(100);
    applyAppearance(Appearance::Light);
    MainWindow again;
    QVERIFY(action(again, QStringLiteral("&Larger"))->isChecked());
    QVERIFY(action(again, QStringLiteral("&High contrast"))->isChecked());
    QCOMPARE(textSizePercent(), kTextSizes[2]);
    QCOMPARE(QApplication::font().pointSizeF(), m_system * kTextSizes[2] / 100.0);
    QVERIFY(highContrastPlots());
}

void TestTextSize::screenshot() {
    const QString file = qEnvironmentVariable("GRADLAB_SCREENSHOT");
    if (file.isEmpty()) QSKIP("GRADLAB_SCREENSHOT is not set");
    applyAppearance(Appearance::HighContrast);
    MainWindow w;
    w.resize(1360, 860);
    QVERIFY(w.showLesson(qEnvironmentVariable("GRADLAB_LESSON", QStringLiteral("race"))));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(800); // the runs and the plots' replot
    QVERIFY(w.grab().save(file));
}

// Found by a newcomer walk: every racer ticked (Newton too), played, then the largest text size.
void TestTextSize::largestWithEveryRacerAfterPlaying() {
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("race")));
    auto* race = qobject_cast<RaceLesson*>(w.activeLesson()->model());
    QVERIFY(race);
    for (int k = 0; k < kOptimizerCount; ++k)
        race->setEnabled(static_cast<OptimizerKind>(k), true);
    for (int i = 0; i < 300 && race->step(); ++i)
        if (i % 20 == 0) QCoreApplication::processEvents();
    QTest::qWait(50);
    applyTextSize(kLargest);
    QTest::qWait(100);
    applyTextSize(100);
    QTest::qWait(100);
    QVERIFY(w.isVisible());
}

QTEST_MAIN(TestTextSize)
#include "tst_text_size.moc"
