// The main window: navigation, export to PNG at a requested size, and export failures.

#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/race_lesson.h"
#include "plotting/arrow_item.h"
#include "plotting/lesson_plot.h"
#include "views/contour_figure.h"
#include "views/contour_view.h"
#include "views/descent_view.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "views/lesson_registry.h"
#include "views/lesson_view.h"
#include "views/race_view.h"
#include "views/secant_view.h"
#include "widgets/appearance.h"
#include "widgets/formula_field.h"
#include "window/lesson_page.h"
#include "window/main_window.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace gradlab;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void navigationShowsLessons();
    void everyLessonHasItsViewAndFigure();
    void contourLessonOpensWithItsArrows_data();
    void contourLessonOpensWithItsArrows();
    void exportWritesRequestedSize_data();
    void exportWritesRequestedSize();
    void exportToMissingFolderFails();
    void plotsFollowTheAppearance_data();
    void plotsFollowTheAppearance();
    void everyControlIsReachedWithTab_data();
    void everyControlIsReachedWithTab();
    void spacePlaysAndPauses_data();
    void spacePlaysAndPauses();
    void pointerReadoutNamesOnlyCoordinates_data();
    void pointerReadoutNamesOnlyCoordinates();
    void longFormulasNeverWidenTheWindow();
    void wheelScrollsThePageNotThePlotsUnderIt();
};

void TestMainWindow::navigationShowsLessons() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList ids = lessonIds();
    QCOMPARE(w.navigation()->count(), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const QRect r = w.navigation()->visualItemRect(w.navigation()->item(i));
        QTest::mouseClick(w.navigation()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(w.activeLesson()->id(), ids[i]);
    }
}

// Every lesson of the catalogue has its row in the views' registry: a view, an export figure (drawn).
void TestMainWindow::everyLessonHasItsViewAndFigure() {
    const std::unique_ptr<LessonSet> models = createLessons();
    for (Lesson* model : models->lessons()) {
        const LessonEntry* entry = findLesson(model->id());
        QVERIFY2(entry, qPrintable(model->id()));
        QVERIFY2(entry->makeView && entry->makeFigure, qPrintable(model->id()));
        const std::unique_ptr<LessonView> view = createView(model, nullptr);
        QVERIFY2(view && view->id() == model->id(), qPrintable(model->id()));
        QVERIFY2(view->title() != model->id(), qPrintable(model->id())); // the catalogue's title
    }
    QCOMPARE(static_cast<int>(lessonRegistry().size()), lessonIds().size());
}

void TestMainWindow::contourLessonOpensWithItsArrows_data() {
    // Lesson 6 as a newcomer opens it from the list, then with the window resized: at the default
    // x² + 3y² and (2.5, 1.5), |∇f| = 10.3 is large, and the arrows must be there from the first frame.
    QTest::addColumn<QList<QSize>>("sizes");
    QTest::newRow("as opened") << QList<QSize>{};
    QTest::newRow("resized") << QList<QSize>{{1500, 1000}, {900, 640}, {1200, 800}};
}

void TestMainWindow::contourLessonOpensWithItsArrows() {
    QFETCH(QList<QSize>, sizes);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const int row = 5; // lesson 6 in the list
    QTest::mouseClick(w.navigation()->viewport(), Qt::LeftButton, {},
                      w.navigation()->visualItemRect(w.navigation()->item(row)).center());
    QCOMPARE(w.activeLesson()->id(), QStringLiteral("contour"));
    auto* view = qobject_cast<ContourView*>(w.activeLesson());
    QVERIFY(view);
    ContourFigure* figure = view->figure();
    QTest::qWait(100); // the queued replots of the first show
    auto check = [&](const QString& when) {
        const QString text = figure->readoutText();
        const QString where = when + QStringLiteral(": ") + text;
        QVERIFY2(figure->mapPlot()->isVisible(), qPrintable(where));
        QVERIFY2(!text.contains(QLatin1String("too small")), qPrintable(where));
        QVERIFY2(figure->gradientArrow()->line()->visible(), qPrintable(where));
        QVERIFY2(figure->arrowFit() == ArrowFit::Drawn || figure->arrowFit() == ArrowFit::Shortened,
                 qPrintable(where));
    };
    QCOMPARE(view->lesson()->point(), QPointF(2.5, 1.5));
    check(QStringLiteral("as opened"));
    for (const QSize& size : sizes) {
        if (QTest::currentTestFailed()) return;
        w.resize(size);
        QTest::qWait(100);
        check(QStringLiteral("%1×%2").arg(size.width()).arg(size.height()));
    }
}

void TestMainWindow::exportWritesRequestedSize_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("slope 800x600") << "slope" << QSize(800, 600) << 1.0;
    QTest::newRow("secant 1200x800 at 2x") << "secant" << QSize(1200, 800) << 2.0;
    QTest::newRow("numeric 640x480") << "numeric" << QSize(640, 480) << 1.0;
    QTest::newRow("autograd 1000x700") << "autograd" << QSize(1000, 700) << 1.5;
    QTest::newRow("contour 900x700") << "contour" << QSize(900, 700) << 1.0;
    QTest::newRow("learning-rate 1000x800") << "learning-rate" << QSize(1000, 800) << 1.0;
    QTest::newRow("race 1200x800") << "race" << QSize(1200, 800) << 1.0;
    QTest::newRow("surface3d 800x600 (renderToImage)") << "surface3d" << QSize(800, 600) << 1.0;
}

void TestMainWindow::exportWritesRequestedSize() {
    QFETCH(QString, lesson);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    MainWindow w;
    w.show();
    QVERIFY(w.showLesson(lesson));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.png"));
    QString error;
    QVERIFY2(w.exportActiveLesson(path, size, scale, &error, true), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size * scale);
    // Not blank: many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 20);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("figure.png")});
}

void TestMainWindow::exportToMissingFolderFails() {
    MainWindow w;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/figure.png"));
    QString error;
    QVERIFY(!w.exportActiveLesson(path, QSize(400, 300), 1.0, &error, true));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

void TestMainWindow::plotsFollowTheAppearance_data() {
    QTest::addColumn<int>("appearance");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << int(Appearance::Dark) << true;
    QTest::newRow("light") << int(Appearance::Light) << false;
}

void TestMainWindow::plotsFollowTheAppearance() {
    QFETCH(int, appearance);
    QFETCH(bool, dark);
    MainWindow w;
    w.show();
    applyAppearance(static_cast<Appearance>(appearance));
    QTest::qWait(50); // palette changes reach hidden pages through the event loop
    // The first lesson's view was built before the change; the others are built now, after it (a view is
    // built when first shown): both follow it.
    QCOMPARE(w.builtViewCount(), 1);
    w.lessons();
    const auto plots = w.findChildren<LessonPlot*>();
    QVERIFY(plots.size() >= 9);
    for (LessonPlot* plot : plots) {
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const QColor background = plot->toPixmap(400, 300).toImage().pixelColor(1, 298); // the margin
        const QColor text = plot->xAxis->tickLabelColor();
        QVERIFY2(dark ? background.lightness() < 60 : background.lightness() > 240,
                 qPrintable(plot->accessibleName() + " " + background.name() +
                            QString(" %1x%2").arg(plot->width()).arg(plot->height())));
        QVERIFY2(dark ? text.lightness() > 180 : text.lightness() < 80, qPrintable(plot->accessibleName()));
    }
    // The exported figure is drawn in the same palette.
    w.showLesson("slope");
    const QImage image = renderLessonImage(*w.activeLesson()->model(), QSize(600, 400), 1.0);
    QCOMPARE(qGray(image.pixel(2, image.height() - 2)) < 128, dark);
    applyAppearance(Appearance::System);
}

void TestMainWindow::everyControlIsReachedWithTab_data() {
    QTest::addColumn<QString>("lesson");
    for (const QString& id : lessonIds())
        QTest::newRow(qPrintable(id)) << id;
}

// Pressing Tab again and again from the lesson list visits every control of the lesson: fields, boxes,
// sliders, buttons and the plots themselves (whose point then moves with the arrow keys).
void TestMainWindow::everyControlIsReachedWithTab() {
    QFETCH(QString, lesson);
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(gradlab::test::activate(&w));
    QVERIFY(w.showLesson(lesson));
    QWidget* view = w.activeLesson();
    QSet<QWidget*> controls;
    for (QWidget* child : view->findChildren<QWidget*>()) {
        if (!child->isVisibleTo(&w) || !child->isEnabled()) continue;
        const bool control =
            qobject_cast<QAbstractButton*>(child) || qobject_cast<QAbstractSpinBox*>(child) ||
            qobject_cast<QAbstractSlider*>(child) || qobject_cast<QComboBox*>(child) ||
            qobject_cast<QCustomPlot*>(child) ||
            (qobject_cast<QLineEdit*>(child) && !qobject_cast<QComboBox*>(child->parentWidget()) &&
             !qobject_cast<QAbstractSpinBox*>(child->parentWidget()));
        if (control && !qobject_cast<QScrollBar*>(child)) controls.insert(child);
    }
    QVERIFY(!controls.isEmpty());
    w.navigation()->setFocus();
    QSet<QWidget*> visited;
    for (int i = 0; i < 200 && visited.size() < controls.size(); ++i) {
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        for (QWidget* c : std::as_const(controls))
            if (c == focus || c->isAncestorOf(focus)) visited.insert(c);
    }
    // Of a set of exclusive radio buttons Tab reaches the checked one; the arrow keys choose among them.
    auto radioSet = [](QWidget* w) -> QObject* {
        auto* radio = qobject_cast<QRadioButton*>(w);
        if (!radio) return nullptr;
        return radio->group() ? static_cast<QObject*>(radio->group()) : radio->parentWidget();
    };
    QSet<QObject*> radioSetsVisited;
    for (QWidget* c : std::as_const(visited))
        if (QObject* set = radioSet(c)) radioSetsVisited.insert(set);
    QStringList missed;
    for (QWidget* c : std::as_const(controls))
        if (!visited.contains(c) && !(radioSet(c) && radioSetsVisited.contains(radioSet(c))))
            missed << QStringLiteral("%1 \"%2\"")
                          .arg(QString::fromLatin1(c->metaObject()->className()),
                               c->accessibleName().isEmpty() ? c->objectName() : c->accessibleName());
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
}

void TestMainWindow::spacePlaysAndPauses_data() {
    QTest::addColumn<QString>("lesson");
    QTest::newRow("secant: the secant closes on the tangent") << "secant";
    QTest::newRow("descent1d: the run steps") << "descent1d";
    QTest::newRow("race: the optimizers step") << "race";
}

// Space on the plot starts the lesson's animation and Space again pauses it; in the formula field a
// space is just typed.
void TestMainWindow::spacePlaysAndPauses() {
    QFETCH(QString, lesson);
    MainWindow w;
    w.show();
    QVERIFY(gradlab::test::activate(&w));
    QVERIFY(w.showLesson(lesson));
    LessonView* view = w.activeLesson();
    auto playing = [&] {
        if (auto* v = qobject_cast<SecantView*>(view)) return v->isPlaying();
        if (auto* v = qobject_cast<DescentView*>(view)) return v->lesson()->isPlaying();
        if (auto* v = qobject_cast<RaceView*>(view)) return v->lesson()->isPlaying();
        return false;
    };
    auto* plot = view->findChild<LessonPlot*>();
    QVERIFY(plot);
    plot->setFocus();
    QVERIFY(!playing());
    QTest::keyClick(plot, Qt::Key_Space);
    QVERIFY(playing());
    QTest::keyClick(plot, Qt::Key_Space);
    QVERIFY(!playing());

    auto* field = view->findChild<FormulaField*>();
    QVERIFY(field);
    QLineEdit* edit = field->findChild<QLineEdit*>();
    QVERIFY(edit);
    edit->setFocus();
    edit->end(false);
    const QString before = edit->text();
    QTest::keyClick(edit, Qt::Key_Space);
    QCOMPARE(edit->text(), before + QLatin1Char(' '));
    QVERIFY(!playing());
}

void TestMainWindow::pointerReadoutNamesOnlyCoordinates_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("forbidden");
    QTest::newRow("slope: the height is not f(x)") << "slope"
                                                   << "height"
                                                   << "f(x) =";
    QTest::newRow("contour: x and y are coordinates") << "contour"
                                                      << ", y = "
                                                      << "height";
}

// The status bar says where the mouse is without claiming a function value: off the curve, "f(x) = …"
// would be false.
void TestMainWindow::pointerReadoutNamesOnlyCoordinates() {
    QFETCH(QString, lesson);
    QFETCH(QString, expected);
    QFETCH(QString, forbidden);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(lesson));
    auto* plot = w.activeLesson()->findChild<LessonPlot*>();
    QVERIFY(plot);
    // The lesson's page is laid out before the mouse goes over its plot (slow under the sanitizers).
    QTRY_VERIFY(plot->isVisible() && plot->width() > 200 && plot->height() > 200);
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QPoint at = plot->axisRect()->rect().center() + QPoint(7, 40);
    QMouseEvent move(QEvent::MouseMove, QPointF(at), QPointF(plot->mapToGlobal(at)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QString text;
    for (QLabel* label : w.statusBar()->findChildren<QLabel*>())
        if (label->text().startsWith(QStringLiteral("pointer at"))) text = label->text();
    QVERIFY2(text.contains(expected) && !text.contains(forbidden), qPrintable(text));
}

void TestMainWindow::longFormulasNeverWidenTheWindow() {
    // At 1360×860 every lesson takes a long formula, runs what it can run, and the window stays as wide as
    // it was: long text wraps or elides, it never pushes the window off the screen.
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(50);
    const int width = w.width();
    QVERIFY(width <= 1360);
    const QString one = QStringLiteral(
        "x sin(x) + exp(-x^2) / (1 + x^2) + cos(3x)^2 / (2 + sin(x)^2) - x^3 / 7 + log(2 + x^2) * tanh(x)");
    const QString two = QStringLiteral(
        "x sin(y) + exp(-x^2 - y^2) / (1 + x^2 + y^2) + cos(3x) y^2 / (2 + sin(y)^2) + log(2 + x^2) * y");
    const QStringList runs{QStringLiteral("Run &all"), QStringLiteral("&Step"),
                           QStringLiteral("&Backward ▸")};
    for (LessonView* view : w.lessons()) {
        QVERIFY(w.showLesson(view->id()));
        QTest::qWait(20);
        for (FormulaField* field : view->findChildren<FormulaField*>()) {
            if (!field->isVisible()) continue;
            QLineEdit* edit = field->lineEdit();
            for (const QString& formula : {two, one}) { // one variable where two are refused
                edit->setFocus();
                edit->selectAll();
                QTest::keyClicks(edit, formula);
                QTest::keyClick(edit, Qt::Key_Return);
                if (field->errorMessage().isEmpty()) break;
            }
            QVERIFY2(field->errorMessage().isEmpty(), qPrintable(field->errorMessage()));
        }
        QTest::qWait(20);
        QCOMPARE(w.width(), width);
        // Issue #13's case: autograd at input 1.5.
        for (QLineEdit* box : view->findChildren<QLineEdit*>())
            if (box->accessibleName() == QStringLiteral("Input value")) {
                box->setFocus();
                box->selectAll();
                QTest::keyClicks(box, QStringLiteral("1.5"));
                QTest::keyClick(box, Qt::Key_Return);
            }
        int pressed = 0;
        for (QPushButton* b : view->findChildren<QPushButton*>()) {
            if (!runs.contains(b->text()) || !b->isVisible() || !b->isEnabled()) continue;
            for (int i = 0; i < 5 && b->isEnabled(); ++i, ++pressed)
                QTest::mouseClick(b, Qt::LeftButton);
        }
        if (view->id() == QStringLiteral("autograd") || view->id() == QStringLiteral("descent1d"))
            QVERIFY2(pressed > 0, qPrintable(view->id()));
        QTest::qWait(50);
        QVERIFY2(w.width() == width,
                 qPrintable(QStringLiteral("%1 widened the window to %2 px").arg(view->id()).arg(w.width())));
        QVERIFY2(w.minimumSizeHint().width() <= 1360, qPrintable(view->id()));
    }
}

// In a window smaller than the lesson, the wheel scrolls the page; a plot that slides under the pointer while
// it does lets the wheel scroll on (the sweep plot was zoomed from 10⁻⁴…10 to 10⁻⁸…10³ by a reader scrolling
// down), and zooms again once the wheel has rested; View → Reset view gives the sweep its range back.
void TestMainWindow::wheelScrollsThePageNotThePlotsUnderIt() {
    MainWindow w;
    w.resize(1024, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("learning-rate")));
    auto* view = static_cast<LearningRateView*>(w.activeLesson());
    view->lesson()->waitForSweep();
    QScrollArea* page = gradlab::test::pageOf(view);
    QVERIFY(page);
    QTRY_VERIFY(page->verticalScrollBar()->maximum() > 0);
    LessonPlot* sweep = view->figure()->sweepPlot();
    QTRY_VERIFY(sweep->isVisible());
    const QCPRange home = sweep->xAxis->range();
    QCOMPARE(page->verticalScrollBar()->value(), 0);
    // A turn over text reaches the page (a test's event is not passed up from the widget it is sent to, as
    // the window system's is: it goes to the page's viewport, where the text's would arrive).
    gradlab::test::wheel(page->viewport(), page->viewport()->rect().center(), -120);
    QVERIFY(page->verticalScrollBar()->value() > 0);
    // At once over a plot, again and again (it slid under the pointer): the page scrolls on, and the plot
    // keeps its range for as long as the wheel turns, not only for the first half second.
    const QPoint centre = sweep->axisRect()->rect().center();
    for (int turn = 0; turn < 8; ++turn) {
        const int before = page->verticalScrollBar()->value();
        gradlab::test::wheel(sweep, centre, -120);
        QVERIFY(page->verticalScrollBar()->value() > before ||
                page->verticalScrollBar()->value() == page->verticalScrollBar()->maximum());
        QCOMPARE(sweep->xAxis->range(), home);
        QTest::qWait(LessonPage::kWheelLatch / 3);
    }
    // Once the wheel has rested, it zooms the plot under the pointer.
    QTest::qWait(LessonPage::kWheelLatch + 150);
    gradlab::test::wheel(sweep, centre, 120);
    QVERIFY(sweep->xAxis->range() != home);
    view->resetView();
    QCOMPARE(sweep->xAxis->range(), home);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
