// Lessons 7 and 8 on real widgets: a typed start reproduces the lesson's hand computation (8 → 7 → 6.2 →
// 5.56) and is one undo step; lesson 8 plots w against the step, exactly the run; and a diverging run says
// where it went, at the edge of the view it left. The lesson's words on its plots (that note, "w* = 3" by its
// line, "2/f″ = 1" by the critical rate) stay clear of the curve, the run, the sweep and the lines.

#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/number_format.h"
#include "lessons/translated_text.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/off_view_marker.h"
#include "undo/lesson_document.h"
#include "views/descent_figure.h"
#include "views/descent_view.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "widgets/formula_field.h"
#include "widgets/value_field.h"
#include "window/language.h"
#include "window/main_window.h"

#include <QHeaderView>

#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

using namespace gradlab;

class TestDescentLessons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Language::install(QStringLiteral("en")); }
    void curveKeepsItsWidthInEveryLanguage_data();
    void curveKeepsItsWidthInEveryLanguage();
    void typedStartReproducesTheHandComputation_data();
    void typedStartReproducesTheHandComputation();
    void typedStartIsOneUndoStep();
    void stepPlotIsTheRun_data();
    void stepPlotIsTheRun();
    void divergenceSaysWhereTheRunWent_data();
    void divergenceSaysWhereTheRunWent();
    void labelsKeepClearOfWhatIsPlotted_data();
    void labelsKeepClearOfWhatIsPlotted();
    void regimeWritesTheMinusSign();
    void sweepBandAgreesWithTheRun_data();
    void sweepBandAgreesWithTheRun();
};

namespace {
void typeInto(QLineEdit* field, const QString& text) {
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

/// The learning-rate lesson shown at 1360 × 860 with `formula`, the start and the rate typed into its field,
/// its sweep done; false if the window was never exposed.
bool showRun(gradlab::test::TestView<LearningRateView>& view, const QString& formula, double start,
             const QString& lr) {
    view.resize(1360, 860);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) return false;
    view.formulaField()->setFormula(formula);
    view.lesson()->setX(start);
    typeInto(view.learningRateField(), lr);
    view.lesson()->waitForSweep();
    return true;
}

/// Plain gradient descent by hand: w ← w − lr·f′(w), with f′ given.
QVector<double> byHand(double w, double lr, int steps, double (*slope)(double)) {
    QVector<double> ws{w};
    for (int k = 0; k < steps; ++k) {
        w = w - lr * slope(w);
        ws.append(w);
    }
    return ws;
}
double lessonSlope(double w) {
    return 2 * (w - 3);
}
double steepSlope(double w) {
    return 10 * (w + 1);
}
} // namespace

void TestDescentLessons::typedStartReproducesTheHandComputation_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("start");
    QTest::addColumn<QString>("lr");
    QTest::addColumn<QStringList>("shown"); // the step table's w column
    QTest::newRow("the lesson's 8 → 7 → 6.2 → 5.56")
        << "(w-3)^2"
        << "8" << 8.0 << "0.1" << QStringList{"8", "7", "6.2", "5.56"};
    QTest::newRow("outside the view: 20")
        << "(w-3)^2"
        << "20" << 20.0 << "0.1" << QStringList{"20", "16.6", "13.88", "11.704"};
    QTest::newRow("an expression: 2*pi") << "(w-3)^2"
                                         << "2*pi" << 2 * M_PI << "0.1" << QStringList{};
    QTest::newRow("steep bowl from -3") << "5(w+1)^2"
                                        << "-3" << -3.0 << "0.15" << QStringList{"-3", "0", "-1.5", "-0.75"};
}

void TestDescentLessons::typedStartReproducesTheHandComputation() {
    QFETCH(QString, formula);
    QFETCH(QString, typed);
    QFETCH(double, start);
    QFETCH(QString, lr);
    QFETCH(QStringList, shown);
    gradlab::test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.resize(1360, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    typeInto(view.learningRateField(), lr);
    typeInto(view.startField(), typed);
    QVERIFY2(view.startField()->errorMessage().isEmpty(), qPrintable(view.startField()->errorMessage()));
    QCOMPARE(view.lesson()->x(), start);
    // The start is on screen: the plot's view takes it in, and the handle sits on it.
    QVERIFY(view.figure()->plot()->xAxis->range().contains(start));
    QCOMPARE(view.figure()->startHandle()->position().x(), start);
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(view.stepButton(), Qt::LeftButton);
    const Trajectory& t = view.lesson()->trajectory();
    QCOMPARE(static_cast<int>(t.points.size()), 4);
    const QVector<double> hand =
        byHand(start, lr.toDouble(), 3, formula.startsWith(QLatin1Char('5')) ? steepSlope : lessonSlope);
    for (int k = 0; k <= 3; ++k)
        QVERIFY2(std::fabs(t.points[static_cast<std::size_t>(k)].point[0] - hand[k]) <=
                     1e-12 * std::fabs(hand[k]),
                 qPrintable(QStringLiteral("step %1: %2, by hand %3")
                                .arg(k)
                                .arg(t.points[static_cast<std::size_t>(k)].point[0], 0, 'g', 17)
                                .arg(hand[k], 0, 'g', 17)));
    QTableWidget* table = view.figure()->stepTable();
    for (int k = 0; k < shown.size(); ++k) {
        QString cell = table->item(k, 1)->data(Qt::DisplayRole).toString();
        cell.replace(QStringLiteral("−"), QStringLiteral("-"));
        QCOMPARE(cell, shown[k]);
    }
}

void TestDescentLessons::typedStartIsOneUndoStep() {
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("descent1d")));
    auto* view = static_cast<DescentView*>(w.lesson(QStringLiteral("descent1d")));
    QUndoStack* stack = w.document()->undoStack();
    QTest::qWait(20);
    const int before = stack->count();
    const double was = view->lesson()->x();
    typeInto(view->startField(), QStringLiteral("8"));
    QTest::qWait(20);
    QCOMPARE(view->lesson()->x(), 8.0);
    QCOMPARE(stack->count(), before + 1);
    // A refused start changes nothing and records nothing.
    typeInto(view->startField(), QStringLiteral("8w"));
    QTest::qWait(20);
    QVERIFY(!view->startField()->errorMessage().isEmpty());
    QCOMPARE(view->lesson()->x(), 8.0);
    QCOMPARE(stack->count(), before + 1);
    view->figure()->plot()->setFocus(); // leave the field, as a click on Undo would
    stack->undo();
    QCOMPARE(view->lesson()->x(), was);
    QCOMPARE(view->startField()->value(), was);
    stack->redo();
    QCOMPARE(view->lesson()->x(), 8.0);
    QCOMPARE(view->startField()->text(), QStringLiteral("8"));
}

void TestDescentLessons::stepPlotIsTheRun_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<QString>("lr");
    QTest::addColumn<bool>("flips"); // w − w* changes sign every step
    QTest::newRow("steady") << "(w-3)^2" << 8.0 << "0.1" << false;
    QTest::newRow("oscillating, r = −0.8") << "(w-3)^2" << 8.0 << "0.9" << true;
    QTest::newRow("bouncing, r = −1") << "(w-3)^2" << 8.0 << "1" << true;
    QTest::newRow("steep bowl oscillating") << "5(w+1)^2" << 2.0 << "0.15" << true;
    QTest::newRow("quartic") << "w^4 - 3w^2 + w" << 2.0 << "0.02" << false;
}

void TestDescentLessons::stepPlotIsTheRun() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(QString, lr);
    QFETCH(bool, flips);
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    view.lesson()->setX(start);
    typeInto(view.learningRateField(), lr);
    QCOMPARE(view.lesson()->learningRate(), lr.toDouble());
    const Trajectory& t = view.lesson()->trajectory();
    const QCPGraph* graph = view.figure()->stepGraph();
    QCOMPARE(graph->dataCount(), static_cast<int>(t.points.size()));
    for (int k = 0; k < graph->dataCount(); ++k) {
        QCOMPARE(graph->data()->at(k)->key, static_cast<double>(t.points[static_cast<std::size_t>(k)].step));
        QCOMPARE(graph->data()->at(k)->value, t.points[static_cast<std::size_t>(k)].point[0]);
    }
    // Every point is in view, and the step axis is the loss plot's.
    LessonPlot* plot = view.figure()->stepPlot();
    plot->replot();
    for (int k = 0; k < graph->dataCount(); ++k)
        QVERIFY(plot->yAxis->range().contains(graph->data()->at(k)->value));
    QCOMPARE(plot->xAxis->range(), view.figure()->lossPlot()->xAxis->range());
    // Sign flips about w* show as points alternating about it.
    const RunJudgement j = view.lesson()->judgement();
    QVERIFY(j.hasMinimum);
    int changes = 0;
    for (int k = 1; k < 6; ++k)
        if ((graph->data()->at(k)->value - j.minimum[0]) * (graph->data()->at(k - 1)->value - j.minimum[0]) <
            0)
            ++changes;
    QCOMPARE(changes == 5, flips);
    QVERIFY(!view.figure()->divergenceMarker()->isVisible());
}

void TestDescentLessons::divergenceSaysWhereTheRunWent_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<QString>("lr");
    QTest::addColumn<QString>("says");
    QTest::newRow("r = −2, passes 1e12") << "(w-3)^2" << 8.0 << "1.5"
                                         << "; stopped: ";
    QTest::newRow("r = −1.1, still growing at the last step") << "(w-3)^2" << 8.0 << "1.05"
                                                              << "; still growing at the last step";
    QTest::newRow("to the left: r = −3") << "(w-3)^2" << -1.0 << "2"
                                         << "; stopped: ";
    QTest::newRow("steep bowl") << "5(w+1)^2" << 2.0 << "0.5"
                                << "; stopped: ";
}

void TestDescentLessons::divergenceSaysWhereTheRunWent() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(QString, lr);
    QFETCH(QString, says);
    gradlab::test::TestView<LearningRateView> lrView(QStringLiteral("learning-rate"));
    lrView.resize(1360, 860);
    lrView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lrView));
    gradlab::test::TestView<DescentView> descent(QStringLiteral("descent1d"));
    descent.resize(1360, 800);
    descent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&descent));
    descent.formulaField()->setFormula(formula);
    typeInto(descent.startField(), QString::number(start));
    typeInto(descent.learningRateField(), lr);
    while (descent.lesson()->step()) {
    }
    lrView.formulaField()->setFormula(formula);
    lrView.lesson()->setX(start);
    typeInto(lrView.learningRateField(), lr);
    struct Shown {
        OffViewMarker* marker;
        LessonPlot* plot;
        const DescentLesson* lesson;
    };
    for (const Shown& s :
         {Shown{lrView.figure()->divergenceMarker(), lrView.figure()->curvePlot(), lrView.lesson()},
          Shown{descent.figure()->divergenceMarker(), descent.figure()->plot(), descent.lesson()}}) {
        const Trajectory& t = s.lesson->trajectory();
        QCOMPARE(s.lesson->judgement().regime, Regime::Diverging);
        // The farthest point the run reached, as the note must name it.
        const TrajectoryPoint* far = &t.points.front();
        for (const TrajectoryPoint& p : t.points)
            if (std::fabs(p.point[0]) > std::fabs(far->point[0])) far = &p;
        QVERIFY(!s.plot->xAxis->range().contains(far->point[0]));
        QVERIFY(s.marker->isVisible());
        const QString text = s.marker->text();
        const QString expected = QStringLiteral("|w| reached %1 at step %2")
                                     .arg(formatValue(std::fabs(far->point[0]), 3))
                                     .arg(far->step);
        QVERIFY2(text.startsWith(expected), qPrintable(text + QStringLiteral(" ≠ ") + expected));
        QVERIFY2(text.contains(says), qPrintable(text));
        if (t.stopReason == StopReason::Diverged)
            QVERIFY2(text.endsWith(translated(t.stopDetail)), qPrintable(text)); // the bound written 10¹²
        // At the edge it left by, pointing out of the view, the words inside the plot.
        const bool right = far->point[0] > s.plot->xAxis->range().center();
        QCOMPARE(s.marker->edge(), right ? OffViewMarker::Edge::Right : OffViewMarker::Edge::Left);
        s.plot->replot();
        const QRect area = s.plot->axisRect()->rect();
        const QPointF tip = s.marker->arrow()->end->pixelPosition(),
                      tail = s.marker->arrow()->start->pixelPosition();
        QVERIFY(area.contains(tip.toPoint()) && area.contains(tail.toPoint()));
        QVERIFY(right ? tip.x() > tail.x() && tip.x() > area.right() - 10
                      : tip.x() < tail.x() && tip.x() < area.left() + 10);
        const QRectF words(s.marker->label()->topLeft->pixelPosition(),
                           s.marker->label()->bottomRight->pixelPosition());
        QVERIFY2(QRectF(area).adjusted(-1, -1, 1, 1).contains(words),
                 qPrintable(QStringLiteral("the note at %1,%2 %3×%4 leaves the plot")
                                .arg(words.x())
                                .arg(words.y())
                                .arg(words.width())
                                .arg(words.height())));
    }
    // As small as the lesson is in a 1024×600 window, the note still fits in the plot (the narrowest place
    // for it ran one word a line out of the plot's bottom).
    lrView.resize(750, 560);
    QTest::qWait(100);
    LessonPlot* curve = lrView.figure()->curvePlot();
    curve->replot();
    const QRectF words(lrView.figure()->divergenceMarker()->label()->topLeft->pixelPosition(),
                       lrView.figure()->divergenceMarker()->label()->bottomRight->pixelPosition());
    QVERIFY2(QRectF(curve->axisRect()->rect()).adjusted(-1, -1, 1, 1).contains(words),
             qPrintable(QStringLiteral("the note at %1,%2 %3×%4 leaves the %5×%6 plot")
                            .arg(words.x())
                            .arg(words.y())
                            .arg(words.width())
                            .arg(words.height())
                            .arg(curve->axisRect()->width())
                            .arg(curve->axisRect()->height())));
    // A converging rate takes the note away.
    typeInto(lrView.learningRateField(), QStringLiteral("0.1"));
    QVERIFY(!lrView.figure()->divergenceMarker()->isVisible());
}

void TestDescentLessons::curveKeepsItsWidthInEveryLanguage_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("noise");
    for (const char* code : {"en", "fr", "de", "es"})
        for (const double noise : {0.0, 0.2})
            QTest::addRow("%s%s", code, noise > 0 ? ", noisy" : "") << QString::fromLatin1(code) << noise;
}

// At 1360×860 in every language the loss curve keeps at least 45 % of the window's width (the step table and
// the inspector's column once left it 180 pixels in Spanish), and every title of the step table has room to
// spare in its section (the French "mise à jour Δw" touched the scroll bar).
void TestDescentLessons::curveKeepsItsWidthInEveryLanguage() {
    QFETCH(QString, code);
    QFETCH(double, noise);
    QVERIFY(Language::install(code));
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("descent1d")));
    auto* view = static_cast<DescentView*>(w.lesson(QStringLiteral("descent1d")));
    view->lesson()->setNoise(noise);
    for (int i = 0; i < 30; ++i)
        view->lesson()->step();
    QTest::qWait(50);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const int plotWidth = view->figure()->plot()->width();
    QVERIFY2(plotWidth >= 0.45 * w.width(),
             qPrintable(QStringLiteral("the curve is %1 of %2 pixels wide").arg(plotWidth).arg(w.width())));
    const QTableWidget* table = view->figure()->stepTable();
    const QHeaderView* header = table->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->isColumnHidden(c)) continue;
        const QString title = table->horizontalHeaderItem(c)->text();
        const int need = header->fontMetrics().size(0, title).width() + 2 * margin + 8;
        QVERIFY2(header->sectionSize(c) >= need, qPrintable(QStringLiteral("'%1' needs %2 pixels, has %3")
                                                                .arg(title)
                                                                .arg(need)
                                                                .arg(header->sectionSize(c))));
    }
}

namespace {

/// The pixels a plot's words are drawn in: their box without its padding.
QRectF wordsBox(const QCPItemText* label) {
    const QMargins pad = label->padding();
    return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition())
        .adjusted(pad.left(), pad.top(), -pad.right(), -pad.bottom());
}

/// The part of segment ab within `area` (Liang–Barsky), or false when none is.
bool clip(QPointF& a, QPointF& b, const QRectF& area) {
    const QPointF d = b - a;
    double t0 = 0, t1 = 1;
    const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
    const double q[4] = {a.x() - area.left(), area.right() - a.x(), a.y() - area.top(),
                         area.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1) return false;
    }
    const QPointF from = a;
    a = from + d * t0;
    b = from + d * t1;
    return true;
}

/// Where the plot's line through the data points `points` (plot coordinates) runs through `words`, sampled
/// every half pixel along each segment within the axis rectangle: empty when the line keeps clear.
QStringList crossings(const QCustomPlot* plot, const QVector<QPointF>& points, const QRectF& words,
                      const QString& what) {
    QStringList found;
    const QRectF area = plot->axisRect()->rect();
    for (int i = 0; i < points.size(); ++i) {
        QPointF a(plot->xAxis->coordToPixel(points[i].x()), plot->yAxis->coordToPixel(points[i].y()));
        QPointF b = i + 1 < points.size() ? QPointF(plot->xAxis->coordToPixel(points[i + 1].x()),
                                                    plot->yAxis->coordToPixel(points[i + 1].y()))
                                          : a;
        if (!std::isfinite(a.x() + a.y() + b.x() + b.y()) || !clip(a, b, area)) continue;
        const int samples = 2 * static_cast<int>(QLineF(a, b).length()) + 1;
        for (int k = 0; k <= samples; ++k) {
            const QPointF p = a + (b - a) * (static_cast<double>(k) / samples);
            if (words.contains(p)) {
                found << QStringLiteral("%1 at pixel (%2, %3) of %4,%5 %6×%7")
                             .arg(what)
                             .arg(p.x())
                             .arg(p.y())
                             .arg(words.x())
                             .arg(words.y())
                             .arg(words.width())
                             .arg(words.height());
                return found;
            }
        }
    }
    return found;
}

} // namespace

void TestDescentLessons::labelsKeepClearOfWhatIsPlotted_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<QString>("lr");
    QTest::addColumn<bool>("note"); // the run leaves the view: the note at its edge shows
    QTest::newRow("steady") << "(w-3)^2" << 8.0 << "0.1" << false;
    QTest::newRow("oscillating, r = −0.9") << "(w-3)^2" << 8.0 << "0.95" << false;
    // (Not "still growing, r = −1.1", (w−3)² from 8 at 1.05: with lesson 8's longer sentences its curve plot
    // has no spot for the divergence note that the curve does not touch; it takes the least-crossed one.)
    QTest::newRow("passes 1e12, r = −1.4") << "(w-3)^2" << 8.0 << "1.2" << true;
    QTest::newRow("to the left, r = −1.2") << "(w-3)^2" << 0.0 << "1.1" << true;
    QTest::newRow("steep bowl diverging") << "5(w+1)^2" << 2.0 << "0.5" << true;
    QTest::newRow("quartic") << "w^4 - 3w^2 + w" << 2.0 << "0.02" << false;
}

void TestDescentLessons::labelsKeepClearOfWhatIsPlotted() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(QString, lr);
    QFETCH(bool, note);
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    QVERIFY(showRun(view, formula, start, lr));
    QCOMPARE(view.figure()->divergenceMarker()->isVisible(), note);
    QVERIFY(view.figure()->minimumLabel()->visible() && view.figure()->criticalLabel()->visible());
    QCoreApplication::processEvents();
    LearningRateFigure* figure = view.figure();
    const Trajectory& t = view.lesson()->trajectory();
    QStringList problems;

    // The note of a diverging run, on the loss curve and its run.
    LessonPlot* curvePlot = figure->curvePlot();
    curvePlot->replot();
    if (figure->divergenceMarker()->isVisible()) {
        const QRectF words = wordsBox(figure->divergenceMarker()->label());
        QVector<QPointF> curve, path;
        const QRect area = curvePlot->axisRect()->rect();
        for (int px = area.left(); px <= area.right(); ++px) {
            const double w = curvePlot->xAxis->pixelToCoord(px);
            curve << QPointF(w, view.lesson()->function()->value(w));
        }
        for (const TrajectoryPoint& p : t.points)
            path << QPointF(p.point[0], p.loss);
        problems +=
            crossings(curvePlot, curve, words, QStringLiteral("the divergence note is crossed by the curve"));
        problems +=
            crossings(curvePlot, path, words, QStringLiteral("the divergence note is crossed by the run"));
    }

    // "w* = …" by its line on the plot of w per step.
    LessonPlot* stepPlot = figure->stepPlot();
    stepPlot->replot();
    if (figure->minimumLabel()->visible()) {
        const QRectF words = wordsBox(figure->minimumLabel());
        QVector<QPointF> steps;
        for (const TrajectoryPoint& p : t.points)
            steps << QPointF(p.step, p.point[0]);
        const double w = view.lesson()->judgement().minimum[0];
        problems += crossings(stepPlot, steps, words, QStringLiteral("w* is crossed by the steps"));
        problems +=
            crossings(stepPlot, {{stepPlot->xAxis->range().lower, w}, {stepPlot->xAxis->range().upper, w}},
                      words, QStringLiteral("w* is crossed by its line"));
    }

    // "2/f″ = …" by the critical rate, on the sweep with the current rate's line.
    LessonPlot* sweepPlot = figure->sweepPlot();
    sweepPlot->replot();
    if (figure->criticalLabel()->visible()) {
        const QRectF words = wordsBox(figure->criticalLabel());
        QVector<QPointF> sweep;
        for (auto it = sweepPlot->graph(0)->data()->constBegin();
             it != sweepPlot->graph(0)->data()->constEnd(); ++it)
            sweep << QPointF(it->key, it->value);
        problems += crossings(sweepPlot, sweep, words, QStringLiteral("2/f″ is crossed by the sweep"));
        const QCPRange v = sweepPlot->yAxis->range();
        for (const double rate : {view.lesson()->markedRate(), view.lesson()->learningRate()})
            problems += crossings(sweepPlot, {{rate, v.lower}, {rate, v.upper}}, words,
                                  QStringLiteral("2/f″ is crossed by the line at %1").arg(rate));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Core's sentences print "-1.4"; on screen a negative number has the minus sign of every other number shown.
void TestDescentLessons::regimeWritesTheMinusSign() {
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    typeInto(view.learningRateField(), QStringLiteral("1.2")); // r = 1 − 1.2·2 = −1.4
    const QString text = view.figure()->regimeText();
    QVERIFY2(text.contains(QStringLiteral("= −1.4.")), qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("-\\d"))), qPrintable(text));
}

void TestDescentLessons::sweepBandAgreesWithTheRun_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<QString>("lr");
    // Runs that stop at the step limit short of the tolerance (steady, or oscillating), and ones that meet
    // it.
    QTest::newRow("(w-3)^2, η = 0.03: steady, unfinished") << "(w-3)^2" << 8.0 << "0.03";
    QTest::newRow("(w-3)^2, η = 0.3: converges") << "(w-3)^2" << 8.0 << "0.3";
    QTest::newRow("(w-3)^2, η = 0.97: oscillating, unfinished") << "(w-3)^2" << 8.0 << "0.97";
    QTest::newRow("cosh(w), η = 0.02: steady, unfinished") << "cosh(w)" << 2.0 << "0.02";
    QTest::newRow("w^4/4 - w, η = 0.05") << "w^4/4 - w" << -1.0 << "0.05";
}

void TestDescentLessons::sweepBandAgreesWithTheRun() {
    // The band under the rate's line names what the run beside it shows: never "converges" over a run whose
    // own sentence says "Not converged".
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(QString, lr);
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    QVERIFY(showRun(view, formula, start, lr));
    QCoreApplication::processEvents();
    const double rate = view.lesson()->learningRate();
    const RunJudgement j = view.lesson()->judgement();
    const auto& bands = view.figure()->sweepBands();
    const auto band = std::find_if(bands.begin(), bands.end(),
                                   [&](const auto& b) { return b.left <= rate && rate <= b.right; });
    QVERIFY(band != bands.end());
    const QString title = translated(regimeTitle(static_cast<Regime>(band->regime)));
    QVERIFY2(view.figure()->sweepLegendText().contains(title), qPrintable(view.figure()->sweepLegendText()));
    if (!j.converged())
        QVERIFY2(!title.contains(QStringLiteral("converge")),
                 qPrintable(QStringLiteral("band '%1' under a run that did not converge (%2)")
                                .arg(title, view.figure()->regimeText())));
}

QTEST_MAIN(TestDescentLessons)
#include "tst_descent_lessons.moc"
