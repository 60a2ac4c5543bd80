// What the descent lessons say and draw agrees with the run, over several functions and settings: the
// regime and stop sentences (learning-rate and 1-D descent lessons), the sweep's bands and what its
// losses are measured from, the race's f − f*, the step table's rows, Newton's fallback, the "ready"
// text before Play, and the race's exported title.

#include "descent/optimizer.h"
#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/number_format.h"
#include "lessons/race_lesson.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"
#include "views/descent_figure.h"
#include "views/descent_view.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "views/race_figure.h"
#include "views/race_view.h"
#include "widgets/formula_field.h"
#include "widgets/number_cell_delegate.h"
#include "widgets/optimizer_box.h"
#include "widgets/swatch.h"

#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <map>
#include <set>

using namespace gradlab;

class TestDescentTruth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void learningRateRegimeText_data();
    void learningRateRegimeText();
    void sweepBandsFollowTheRegimes_data();
    void sweepBandsFollowTheRegimes();
    void sweepMeasuresEachRunFromItsMinimum();
    void sweepNamesTheLessonsVariable_data();
    void sweepNamesTheLessonsVariable();
    void edgeSentenceIsTheOptimizers_data();
    void edgeSentenceIsTheOptimizers();
    void toleranceFieldDecidesConvergence();
    void stepTableRowIsOneStep_data();
    void stepTableRowIsOneStep();
    void newtonFallbackIsNamed();
    void readyBeforePlay();
    void raceMeasuresFromTheKnownMinimum();
    void raceExportCarriesNoScreenHint();
    void raceKeysShowTheTrailsColour();
};

namespace {
void setFormula(FormulaField* field, const QString& text) {
    field->setFormula(text);
}
} // namespace

void TestDescentTruth::learningRateRegimeText_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("neverSays");
    QTest::newRow("r=-0.8 oscillates") << "(w-3)^2" << 8.0 << 0.9 << 100 << "oscillating"
                                       << "too slow";
    QTest::newRow("r=-0.9 oscillates") << "(w-3)^2" << 8.0 << 0.95 << 100 << "oscillating"
                                       << "too slow";
    QTest::newRow("r=-0.98 oscillates, not yet") << "(w-3)^2" << 8.0 << 0.99 << 100 << "Not converged"
                                                 << "too slow";
    QTest::newRow("r=-1 bounces") << "(w-3)^2" << 8.0 << 1.0 << 100 << "bouncing"
                                  << "too slow";
    QTest::newRow("converged example") << "(w-3)^2" << 8.0 << 0.1 << 50 << "Converged: its gap to the minimum"
                                       << "without converging";
    QTest::newRow("steep bowl, r=-0.5") << "5(w+1)^2" << 2.0 << 0.15 << 100 << "oscillating"
                                        << "too slow";
    QTest::newRow("steep bowl, r=-1") << "5(w+1)^2" << 2.0 << 0.2 << 100 << "bouncing"
                                      << "converging";
    QTest::newRow("flat bowl, r=0.5") << "w^2/4" << 4.0 << 1.0 << 100 << "converging steadily"
                                      << "oscillat";
    QTest::newRow("flat bowl, r=-1") << "w^2/4" << 4.0 << 4.0 << 100 << "bouncing"
                                     << "too slow";
    QTest::newRow("tiny rate") << "w^2/4" << 4.0 << 1e-4 << 100 << "too slow"
                               << "Converged";
}

void TestDescentTruth::learningRateRegimeText() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(double, lr);
    QFETCH(int, steps);
    QFETCH(QString, says);
    QFETCH(QString, neverSays);
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1300, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    setFormula(view.formulaField(), formula);
    view.lesson()->setX(start);
    view.lesson()->setMaxSteps(steps);
    view.lesson()->setLearningRate(lr);
    const QString text = view.figure()->regimeText();
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY2(!text.contains(neverSays), qPrintable(text));
    // The 1-D descent lesson says the same of the same run.
    gradlab::test::TestView<DescentView> descent(QStringLiteral("descent1d"));
    setFormula(descent.formulaField(), formula);
    descent.lesson()->setX(start);
    descent.lesson()->setMaxSteps(steps);
    descent.lesson()->setLearningRate(lr);
    while (descent.lesson()->step()) {
    }
    const QString stop = descent.figure()->stopText();
    QVERIFY2(stop.contains(says, Qt::CaseInsensitive), qPrintable(stop));
    QVERIFY2(!stop.contains(neverSays), qPrintable(stop));
}

void TestDescentTruth::sweepBandsFollowTheRegimes_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("critical"); // 2/f″ at the minimum the runs approach
    QTest::newRow("(w-3)^2") << "(w-3)^2" << 8.0 << 1.0;
    QTest::newRow("5(w+1)^2") << "5(w+1)^2" << 2.0 << 0.2;
    QTest::newRow("w^2/4") << "w^2/4" << 4.0 << 4.0;
}

void TestDescentTruth::sweepBandsFollowTheRegimes() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(double, critical);
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1300, 900);
    view.show();
    setFormula(view.formulaField(), formula);
    view.lesson()->setX(start);
    view.lesson()->waitForSweep();
    const auto& bands = view.figure()->sweepBands();
    QVERIFY(!bands.empty());
    auto regimeAt = [&bands](double lr) {
        for (const auto& b : bands)
            if (b.left <= lr && lr <= b.right) return b.regime;
        return -1;
    };
    // Between 1/f″ and 2/f″ plain descent oscillates (r between 0 and −1): an oscillating band, never grey.
    QCOMPARE(regimeAt(0.75 * critical), int(Regime::Oscillating));
    QCOMPARE(regimeAt(0.9 * critical), int(Regime::Oscillating));
    for (const auto& b : bands)
        if (b.regime == int(Regime::TooSlow))
            QVERIFY2(b.right < 0.5 * critical, qPrintable(QString::number(b.right)));
    QCOMPARE(regimeAt(1.2 * critical), int(Regime::Diverging));
    QCOMPARE(regimeAt(0.25 * critical), int(Regime::Monotone));
    QVERIFY(view.figure()->sweepLegendText().contains(QStringLiteral("oscillates")));
    // Each key of the legend looks like its band as drawn: the commonest colour inside the key is the
    // commonest colour of the band on the plot (the fill over the plot's background; hatching is the
    // minority).
    const auto commonest = [](const QImage& image, const QRect& r) {
        QHash<QRgb, int> count;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                ++count[image.pixel(x, y)];
        QRgb best = 0;
        int most = -1;
        for (auto it = count.cbegin(); it != count.cend(); ++it)
            if (it.value() > most) most = it.value(), best = it.key();
        return QColor(best);
    };
    LessonPlot* plot = view.figure()->sweepPlot();
    const QImage shot = plot->grab().toImage();
    const qreal dpr = shot.devicePixelRatio();
    std::map<int, QColor> drawn;
    for (const auto& b : bands) {
        const int x0 = static_cast<int>(plot->xAxis->coordToPixel(b.left) * dpr) + 2,
                  x1 = static_cast<int>(plot->xAxis->coordToPixel(b.right) * dpr) - 2;
        const QRect area = plot->axisRect()->rect();
        if (x1 - x0 < 6 || drawn.count(b.regime)) continue;
        drawn[b.regime] = commonest(shot, QRect(QPoint(x0, static_cast<int>(area.top() * dpr) + 2),
                                                QPoint(x1, static_cast<int>(area.bottom() * dpr) - 2)));
    }
    std::set<int> present;
    for (const auto& b : bands)
        present.insert(b.regime);
    const QString legend = view.figure()->sweepLegendText();
    int index = 0;
    for (int regime : present) {
        const QImage key = swatchFromHtml(legend, index++);
        QVERIFY2(!key.isNull(), qPrintable(legend));
        if (!drawn.count(regime)) continue;
        const QColor inside = commonest(key, key.rect().adjusted(2, 2, -2, -2)), band = drawn[regime];
        QVERIFY2(
            std::abs(inside.red() - band.red()) <= 3 && std::abs(inside.green() - band.green()) <= 3 &&
                std::abs(inside.blue() - band.blue()) <= 3,
            qPrintable(QStringLiteral("%1: key %2, band %3").arg(regime).arg(inside.name(), band.name())));
    }
}

void TestDescentTruth::sweepNamesTheLessonsVariable_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("variable");
    QTest::newRow("x") << "x^2"
                       << "x";
    QTest::newRow("w") << "(w-3)^2"
                       << "w";
    QTest::newRow("θ") << "θ^4 - θ^2"
                       << "θ";
}

void TestDescentTruth::sweepNamesTheLessonsVariable() {
    // The sweep's axis and legend name the minimum in the function's own variable, as the rest of the figure.
    QFETCH(QString, formula);
    QFETCH(QString, variable);
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1300, 900);
    view.show();
    setFormula(view.formulaField(), formula);
    QCOMPARE(view.lesson()->variable(), variable);
    view.lesson()->waitForSweep();
    QCOMPARE(view.figure()->sweepAxisLabel(), QStringLiteral("final loss − L(%1*)").arg(variable));
    const QString legend = view.figure()->sweepLegendText();
    QVERIFY2(legend.contains(QStringLiteral("the minimum %1* that run approaches").arg(variable)),
             qPrintable(legend));
}

void TestDescentTruth::sweepMeasuresEachRunFromItsMinimum() {
    // From 2 on w⁴ − 4w² + w, small rates end in the local minimum near 1.35: their gap is tiny, not 2.8.
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1300, 900);
    view.show();
    setFormula(view.formulaField(), QStringLiteral("w^4 - 4w^2 + w"));
    view.lesson()->setX(2.0);
    view.lesson()->setMaxSteps(200);
    view.lesson()->waitForSweep();
    QVERIFY(view.figure()->sweepLegendText().contains(QStringLiteral("the minimum w* that run approaches")));
    const auto& rows = view.lesson()->sweep();
    int checked = 0;
    QCPGraph* graph = view.figure()->sweepPlot()->graph(0);
    for (int i = 0; i < graph->dataCount(); ++i) {
        const SweepRow& r = rows[static_cast<std::size_t>(i)];
        if (r.learningRate < 0.005 || r.learningRate > 0.05 || !r.judgement.converged()) continue;
        const double shown = graph->data()->at(i)->value;
        QVERIFY2(!(shown > 1e-4), qPrintable(QString::number(shown)));
        ++checked;
    }
    QVERIFY(checked > 3);
    // The loss-per-step plot is measured from the minimum this run approaches, and says which.
    view.lesson()->setLearningRate(0.01);
    QVERIFY2(view.figure()->lossAxisLabel().contains(QStringLiteral("1.347")),
             qPrintable(view.figure()->lossAxisLabel()));
}

void TestDescentTruth::edgeSentenceIsTheOptimizers_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("curvature"); // f″ at the minimum
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>(
        "edge"); // the rate the sentence must name (NaN: plain descent's, for comparison)
    QTest::addColumn<QString>("says");
    const double nan = std::nan("");
    const QStringList formulas{QStringLiteral("(w-3)^2"), QStringLiteral("5(w+1)^2"),
                               QStringLiteral("w^2/4")};
    const double starts[] = {8.0, 2.0, 4.0}, curvatures[] = {2.0, 10.0, 0.5};
    for (int i = 0; i < 3; ++i) {
        const QString& f = formulas[i];
        const double c = curvatures[i];
        const QByteArray n = f.toUtf8();
        QTest::newRow((n + ", gd").constData()) << f << starts[i] << c << "gd" << 2 / c << "2/f″";
        QTest::newRow((n + ", momentum").constData())
            << f << starts[i] << c << "momentum" << 2 * 1.9 / c << "2(1+μ)/f″";
        QTest::newRow((n + ", nesterov").constData())
            << f << starts[i] << c << "nesterov" << 2 * 1.9 / (2.8 * c) << "2(1+μ)/((1+2μ)f″";
        QTest::newRow((n + ", newton").constData())
            << f << starts[i] << c << "newton" << 2.0 << "any rate below";
        QTest::newRow((n + ", adam").constData()) << f << starts[i] << c << "adam" << nan << "for comparison";
        QTest::newRow((n + ", rmsprop").constData())
            << f << starts[i] << c << "rmsprop" << nan << "for comparison";
    }
    QTest::newRow("quartic, momentum") << "w^4 + w^2" << 1.0 << 2.0 << "momentum" << 1.9 << "2(1+μ)/f″";
}

// The sentence under the run names the chosen optimizer's own limit on the rate (the dashed line), and is
// right about it: just below it a quadratic run settles, just above it it diverges. Plain descent's
// "r = 1 − η·f″ below −1" is said only of plain descent.
void TestDescentTruth::edgeSentenceIsTheOptimizers() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(double, curvature);
    QFETCH(QString, optimizer);
    QFETCH(double, edge);
    QFETCH(QString, says);
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1300, 900);
    view.show();
    setFormula(view.formulaField(), formula);
    view.lesson()->setX(start);
    OptimizerKind kind = OptimizerKind::GradientDescent;
    QVERIFY(optimizerByName(optimizer.toStdString(), kind));
    view.lesson()->setOptimizer(kind);
    view.lesson()->setMaxSteps(400);
    const double plain = 2 / curvature;
    const double marked = std::isnan(edge) ? plain : edge;
    QVERIFY2(std::fabs(view.lesson()->markedRate() - marked) <= 1e-6 * marked,
             qPrintable(QString::number(view.lesson()->markedRate(), 'g', 17)));
    view.lesson()->setLearningRate(0.5 * marked);
    QString text = view.figure()->regimeText();
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("<b>%1</b>").arg(formatValue(marked, LearningRateLesson::kRateDigits))),
        qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("r = 1 − η·f″")), kind == OptimizerKind::GradientDescent);
    if (kind != OptimizerKind::GradientDescent)
        QVERIFY2(
            text.contains(
                QStringLiteral("2/f″(w*) = %1").arg(formatValue(plain, LearningRateLesson::kRateDigits))) ||
                text.contains(QStringLiteral("2/f″(w*) = <b>%1</b>")
                                  .arg(formatValue(plain, LearningRateLesson::kRateDigits))),
            qPrintable(text));
    // Said "settles below, diverges above": so it does, where the bowl is exactly quadratic.
    if (std::isnan(edge) || formula == QStringLiteral("w^4 + w^2") || kind == OptimizerKind::Newton) return;
    view.lesson()->setLearningRate(0.97 * marked);
    text = view.figure()->regimeText();
    QVERIFY2(!text.contains(QStringLiteral("diverging")), qPrintable(text));
    view.lesson()->setLearningRate(1.05 * marked);
    text = view.figure()->regimeText();
    QVERIFY2(text.contains(QStringLiteral("diverging")), qPrintable(text));
}

void TestDescentTruth::toleranceFieldDecidesConvergence() {
    gradlab::test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.show();
    view.lesson()->setX(8.0);
    view.lesson()->setMaxSteps(50);
    while (view.lesson()->step()) {
    }
    QVERIFY(view.figure()->stopText().startsWith(QStringLiteral("Converged: its gap to the minimum")));
    QLineEdit* field = view.toleranceField();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("1e-12"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(view.lesson()->tolerance(), 1e-12);
    while (view.lesson()->step()) {
    }
    QVERIFY2(view.figure()->stopText().startsWith(QStringLiteral("Not converged: after 50 steps")),
             qPrintable(view.figure()->stopText()));
    QVERIFY(view.figure()->stopText().contains(QStringLiteral("converged means below 10⁻¹² of it")));
    // Saved with the lesson and read back.
    const QJsonObject state = view.lesson()->save();
    QCOMPARE(state.value(QStringLiteral("tolerance")).toDouble(), 1e-12);
    gradlab::test::TestView<DescentView> other(QStringLiteral("descent1d"));
    QCOMPARE(other.lesson()->check(state), QString());
    other.lesson()->restore(state);
    QCOMPARE(other.lesson()->tolerance(), 1e-12);
    QJsonObject bad = state;
    bad.insert(QStringLiteral("tolerance"), 2.0);
    QVERIFY(!other.lesson()->check(bad).isEmpty());
}

void TestDescentTruth::stepTableRowIsOneStep_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("lr");
    QTest::newRow("bowl") << "(w-3)^2" << 8.0 << 0.1;
    QTest::newRow("oscillating") << "(w-3)^2" << 8.0 << 0.9;
    QTest::newRow("quartic") << "w^4 - 4w^2 + w" << 2.0 << 0.01;
    QTest::newRow("sine") << "sin(w)" << 1.0 << 0.5;
}

void TestDescentTruth::stepTableRowIsOneStep() {
    QFETCH(QString, formula);
    QFETCH(double, start);
    QFETCH(double, lr);
    gradlab::test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.show();
    setFormula(view.formulaField(), formula);
    view.lesson()->setX(start);
    view.lesson()->setLearningRate(lr);
    for (int i = 0; i < 8; ++i)
        QTest::mouseClick(view.stepButton(), Qt::LeftButton);
    QTableWidget* t = view.figure()->stepTable();
    const Trajectory& run = view.lesson()->trajectory();
    QCOMPARE(t->rowCount(), 9);
    for (int r = 0; r + 1 < t->rowCount(); ++r) {
        // Plain descent: the update in row k is −η × row k's gradient, and row k+1 starts there.
        const std::size_t k = static_cast<std::size_t>(r);
        const double update = run.points[k + 1].point[0] - run.points[k].point[0];
        QVERIFY(std::fabs(update - -lr * run.points[k].gradient[0]) <= 1e-12 * (1 + std::fabs(update)));
        QString full = NumberCellDelegate::fullText(t->model()->index(r, 4));
        const double shown = full.replace(QChar(0x2212), QLatin1Char('-')).toDouble();
        QVERIFY2(std::fabs(shown - update) <= 1e-12 * (1 + std::fabs(update)), qPrintable(full));
    }
    QCOMPARE(t->item(t->rowCount() - 1, 4)->text(), QStringLiteral("—"));
}

void TestDescentTruth::newtonFallbackIsNamed() {
    gradlab::test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.show();
    setFormula(view.formulaField(), QStringLiteral("w^4 - 4w^2 + w"));
    view.lesson()->setX(0.1);
    view.lesson()->setOptimizer(OptimizerKind::Newton);
    view.lesson()->setLearningRate(1.0);
    while (view.lesson()->step()) {
    }
    const QString stop = view.figure()->stopText();
    QVERIFY2(
        stop.contains(QStringLiteral(
            "Newton's method took a plain gradient step (η·∇f) instead of a Newton step for steps 1 and 2")),
        qPrintable(stop));
    QVERIFY2(!stop.contains(QStringLiteral("learning rate is too large")), qPrintable(stop));
}

void TestDescentTruth::readyBeforePlay() {
    gradlab::test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.show();
    QVERIFY2(view.figure()->stopText().startsWith(QStringLiteral("Ready at the start")),
             qPrintable(view.figure()->stopText()));
    QVERIFY(!view.figure()->stopText().contains(QStringLiteral("Running")));
}

void TestDescentTruth::raceMeasuresFromTheKnownMinimum() {
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    view.resize(1300, 900);
    view.show();
    view.lesson()->runToEnd();
    QVERIFY2(view.figure()->lossPlot()->yAxis->label().contains(QStringLiteral("f − f*,  f* = 0")),
             qPrintable(view.figure()->lossPlot()->yAxis->label()));
    // Every enabled run's curve has a point at every finite step with f > f*: no gap at its end.
    for (int k = 0; k < kOptimizerCount; ++k) {
        const auto kind = static_cast<OptimizerKind>(k);
        if (!view.lesson()->isEnabled(kind)) continue;
        const Trajectory& t = view.lesson()->trajectory(kind);
        QCPGraph* g = view.figure()->lossPlot()->graph(k);
        QCOMPARE(g->dataCount(), static_cast<int>(t.points.size()));
        const double last = g->data()->at(g->dataCount() - 1)->value;
        if (t.points.back().loss > 0) QCOMPARE(last, t.points.back().loss);
    }
}

void TestDescentTruth::raceExportCarriesNoScreenHint() {
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    view.show();
    const std::unique_ptr<QWidget> exported = findLesson(QStringLiteral("race"))->makeFigure(*view.lesson());
    for (QLabel* l : exported->findChildren<QLabel*>())
        QVERIFY2(!l->text().contains(QStringLiteral("click"), Qt::CaseInsensitive), qPrintable(l->text()));
    QVERIFY(!view.figure()->titleText().contains(QStringLiteral("click")));
}

QTEST_MAIN(TestDescentTruth)
// Newton's trail is yellow; its key in the status line and beside its name in the table are that yellow (a
// framed swatch), not the olive its name is darkened to for reading. So for every racer.
void TestDescentTruth::raceKeysShowTheTrailsColour() {
    gradlab::test::TestView<RaceView> view(QStringLiteral("race"));
    view.resize(1300, 900);
    view.show();
    for (int k = 0; k < kOptimizerCount; ++k)
        view.lesson()->setEnabled(static_cast<OptimizerKind>(k), true);
    view.lesson()->runToEnd();
    QCoreApplication::processEvents();
    const QString status = view.figure()->statusText();
    int index = 0;
    for (int k = 0; k < kOptimizerCount; ++k) {
        const auto kind = static_cast<OptimizerKind>(k);
        const QColor trail = palette::optimizer(kind);
        const QImage key = swatchFromHtml(status, index++);
        QVERIFY2(!key.isNull(), qPrintable(status.left(200)));
        QCOMPARE(key.pixelColor(key.width() / 2, key.height() / 2).name(), trail.name());
        const QPixmap beside = view.optimizerTable()->item(k, 0)->data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!beside.isNull());
        const QImage b = beside.toImage();
        QCOMPARE(b.pixelColor(b.width() / 2, b.height() / 2).name(), trail.name());
    }
}

#include "tst_descent_truth.moc"
