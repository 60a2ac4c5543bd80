// The numerical-derivatives lesson on real widgets: what its words, reference lines and bands claim about
// the error of finite differences holds for the function on screen.

#include "lessons/function_lesson.h"
#include "plotting/lesson_plot.h"
#include "views/numeric_figure.h"
#include "views/numeric_view.h"
#include "widgets/formula_field.h"
#include "widgets/value_field.h"

#include "gui_test_helpers.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocumentFragment>
#include <cmath>

using namespace gradlab;

class TestNumericView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { delete m_view; }
    void claimsMatchTheCurves_data();
    void claimsMatchTheCurves();
    void sentencesOnlyWhereTrue_data();
    void sentencesOnlyWhereTrue();
    void legendListsWhatIsDrawn_data();
    void legendListsWhatIsDrawn();
    void overlappingSchemesStayVisible();
    void typedPointIsTakenExactly_data();
    void typedPointIsTakenExactly();
    void presetKeepsPointInView();
    void curveIsSmoothOnScreen_data();
    void curveIsSmoothOnScreen();

private:
    QString readout() const;
    QCPGraph* graphNamed(const QString& name) const;
    NumericView* m_view = nullptr;
};

void TestNumericView::init() {
    m_view = new gradlab::test::TestView<NumericView>(QStringLiteral("numeric"));
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

QString TestNumericView::readout() const {
    for (QLabel* label : m_view->figure()->findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("exact derivative")))
            return QTextDocumentFragment::fromHtml(label->text())
                .toPlainText()
                .replace(QChar(0xa0), QLatin1Char(' '));
    return {};
}

QCPGraph* TestNumericView::graphNamed(const QString& name) const {
    LessonPlot* plot = m_view->figure()->errorPlot();
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->name() == name) return plot->graph(i);
    return nullptr;
}

namespace {
// log10 of a graph's value at h, interpolated on the log-log axes; NaN where it is not drawn.
double logValueAt(QCPGraph* g, double h) {
    double previousH = 0, previousE = 0;
    bool havePrevious = false;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
        if (!std::isfinite(it->value) || !(it->value > 0)) {
            havePrevious = false;
            continue;
        }
        if (havePrevious && (previousH - h) * (it->key - h) <= 0) {
            const double t =
                (std::log10(h) - std::log10(previousH)) / (std::log10(it->key) - std::log10(previousH));
            return std::log10(previousE) + t * (std::log10(it->value) - std::log10(previousE));
        }
        previousH = it->key;
        previousE = it->value;
        havePrevious = true;
    }
    return std::nan("");
}
} // namespace

void TestNumericView::claimsMatchTheCurves_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::addColumn<double>("forwardSlope"); // NaN: no truncation error to claim a slope for
    QTest::addColumn<double>("centralSlope");
    QTest::addColumn<bool>("slopeOneGuide");
    QTest::addColumn<bool>("slopeTwoGuide");
    const double none = std::nan("");
    QTest::newRow("exp at 1") << "exp(x)" << 1.0 << 1.0 << 2.0 << true << true;
    QTest::newRow("sin at 0.8") << "sin(x)" << 0.8 << 1.0 << 2.0 << true << true;
    QTest::newRow("1/x at 0.5") << "1/x" << 0.5 << 1.0 << 2.0 << true << true;
    QTest::newRow("sin at 0: forward is second order there")
        << "sin(x)" << 0.0 << 2.0 << 2.0 << false << true;
    QTest::newRow("x^2: central has no truncation error") << "x^2" << 1.0 << 1.0 << none << true << false;
    QTest::newRow("|x| at 1: no truncation error at all")
        << "abs(x)" << 1.0 << none << none << false << false;
    QTest::newRow("3x + 1: no truncation error at all") << "3x + 1" << -2.0 << none << none << false << false;
}

void TestNumericView::claimsMatchTheCurves() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(double, forwardSlope);
    QFETCH(double, centralSlope);
    QFETCH(bool, slopeOneGuide);
    QFETCH(bool, slopeTwoGuide);
    m_view->formulaField()->setFormula(formula);
    m_view->lesson()->setX(at);
    QCOMPARE(m_view->lesson()->x(), at);
    const QString text = readout();

    // Words: a truncation slope is claimed for a scheme exactly when it has one, and it is the measured one.
    const struct {
        const char* name;
        double slope;
    } schemes[] = {{"forward", forwardSlope}, {"central", centralSlope}};
    for (const auto& s : schemes) {
        const QRegularExpression claim(
            QStringLiteral("%1: truncation error falls with slope ([0-9.]+)").arg(QLatin1String(s.name)));
        const QRegularExpressionMatch m = claim.match(text);
        QVERIFY2(m.hasMatch() == !std::isnan(s.slope), qPrintable(text));
        if (m.hasMatch()) QVERIFY2(std::fabs(m.captured(1).toDouble() - s.slope) < 0.2, qPrintable(text));
    }
    const bool anyTruncation = !std::isnan(forwardSlope) || !std::isnan(centralSlope);
    QVERIFY2(text.contains(QStringLiteral("truncation error falls"), Qt::CaseInsensitive) == anyTruncation,
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("2 for central")) || !std::isnan(centralSlope), qPrintable(text));

    // Best h: a band a teacher can aim at, not one point.
    if (anyTruncation) {
        const QRegularExpression band(QStringLiteral(
            "best h ≈ (\\S+) \\(band (\\S+) … (\\S+)\\)|typical error 0 .* for h in (\\S+) … (\\S+)"));
        QVERIFY2(band.match(text).hasMatch(), qPrintable(text));
    }

    // Reference lines: shown where their slope is there to see, drawn with that slope, and clear of
    // every error curve (not lying on top of one).
    const struct {
        QString name;
        bool shown;
        double slope;
    } guides[] = {{QStringLiteral("∝ h (slope 1)"), slopeOneGuide, 1.0},
                  {QStringLiteral("∝ h² (slope 2)"), slopeTwoGuide, 2.0}};
    for (const auto& g : guides) {
        QCPGraph* guide = graphNamed(g.name);
        QVERIFY(guide);
        QCOMPARE(guide->visible(), g.shown);
        if (!g.shown) continue;
        const double measured = (logValueAt(guide, 0.1) - logValueAt(guide, 0.01));
        QVERIFY2(std::fabs(measured - g.slope) < 1e-6, qPrintable(QString::number(measured)));
        for (const char* scheme : {"forward", "backward", "central"}) {
            QCPGraph* curve = graphNamed(QLatin1String(scheme));
            QVERIFY(curve);
            const double apart = std::fabs(logValueAt(guide, 0.1) - logValueAt(curve, 0.1));
            QVERIFY2(
                !(apart < std::log10(3.0)),
                qPrintable(QStringLiteral("%1 lies on the %2 curve").arg(g.name, QLatin1String(scheme))));
        }
    }
    // Both are grey: their keys differ by the line's style.
    QVERIFY(graphNamed(guides[0].name)->pen().style() != graphNamed(guides[1].name)->pen().style());
}

// The general sentences are printed only where they hold for the function on screen (issue #12).
void TestNumericView::sentencesOnlyWhereTrue_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::addColumn<QString>("risesFor"); // the schemes whose error rises again left of the band ("" none)
    QTest::addColumn<bool>("exactScheme"); // some scheme has no truncation error at all
    QTest::addColumn<bool>("defined");
    QTest::newRow("exp at 1: all rise") << "exp(x)" << 1.0 << "all" << false << true;
    QTest::newRow("x^2 at 1: forward and backward rise, central exact")
        << "x^2" << 1.0 << "forward and backward" << true << true;
    QTest::newRow("sin at 0: the error only falls") << "sin(x)" << 0.0 << "" << false << true;
    QTest::newRow("|x| at 1: no band, exact") << "abs(x)" << 1.0 << "" << true << true;
    QTest::newRow("ln at −1: no f, no f′") << "ln(x)" << -1.0 << "" << false << false;
    QTest::newRow("sqrt at 0: vertical tangent") << "sqrt(x)" << 0.0 << "" << false << false;
}

void TestNumericView::sentencesOnlyWhereTrue() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(QString, risesFor);
    QFETCH(bool, exactScheme);
    QFETCH(bool, defined);
    m_view->formulaField()->setFormula(formula);
    m_view->lesson()->setXShowing(at);
    QCOMPARE(m_view->lesson()->x(), at);
    const QString text = readout();
    QVERIFY2(!text.contains(QStringLiteral("below the band")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("∞")), qPrintable(text));
    const bool rises = text.contains(QStringLiteral("the error rises again"));
    QVERIFY2(rises == !risesFor.isEmpty(), qPrintable(text));
    if (rises) {
        QVERIFY2(text.contains(QStringLiteral("at smaller h (left of the band)")), qPrintable(text));
        if (risesFor != QStringLiteral("all"))
            QVERIFY2(text.contains(QStringLiteral("for %1, at smaller h").arg(risesFor)), qPrintable(text));
    }
    // Each scheme named there really has a band and an error that climbs above 2× its best left of it.
    for (int s = 0; s < 3; ++s) {
        const ErrorCurve& c = m_view->figure()->curve(s);
        const QString name = QStringList{"forward", "backward", "central"}[s];
        const bool named = risesFor == QStringLiteral("all") || risesFor.contains(name);
        QCOMPARE(c.risesAtSmallerH(), rises && named);
    }
    // The band is defined as it is computed, not as "half a decade either side".
    const bool bandDrawn = [&] {
        for (int s = 0; s < 3; ++s)
            if (std::isfinite(m_view->figure()->curve(s).bestError) &&
                m_view->figure()->curve(s).bestError > 0)
                return true;
        return false;
    }();
    QVERIFY2(text.contains(QStringLiteral("within 2× of that smallest value")) == (bandDrawn && defined),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("medians over half a decade")), qPrintable(text));
    // No truncation error: said plainly, not as "typical error 0 … for h in 0.56 … 1".
    QVERIFY2(text.contains(QStringLiteral("no truncation error here: any h gives the exact slope up to "
                                          "round-off; smaller h only adds round-off")) == exactScheme,
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("typical error 0")) ||
                 !text.contains(QStringLiteral("no truncation error, round-off only")),
             qPrintable(text));
    // Outside f's domain or at a vertical tangent there is no exact derivative to measure against.
    QVERIFY2(text.contains(QStringLiteral("There is no exact value")) == !defined, qPrintable(text));
    if (!defined && !std::isfinite(m_view->lesson()->function()->value(at)))
        QVERIFY2(text.contains(QStringLiteral("f is not defined at x = −1, so neither is its derivative")),
                 qPrintable(text));
}

void TestNumericView::legendListsWhatIsDrawn_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::newRow("exp at 1: both guides") << "exp(x)" << 1.0;
    QTest::newRow("sin at 0: only ∝ h²") << "sin(x)" << 0.0;
    QTest::newRow("x^2 at 1: only ∝ h") << "x^2" << 1.0;
    QTest::newRow("|x| at 1: none") << "abs(x)" << 1.0;
}

void TestNumericView::legendListsWhatIsDrawn() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    m_view->formulaField()->setFormula(formula);
    m_view->lesson()->setX(at);
    LessonPlot* plot = m_view->figure()->errorPlot();
    for (const QString& name : {QStringLiteral("∝ h (slope 1)"), QStringLiteral("∝ h² (slope 2)")}) {
        QCPGraph* guide = graphNamed(name);
        QVERIFY(guide);
        QVERIFY2(plot->legend->hasItemWithPlottable(guide) == guide->visible(), qPrintable(name));
    }
    for (const char* scheme : {"forward", "backward", "central"})
        QVERIFY(plot->legend->hasItemWithPlottable(graphNamed(QLatin1String(scheme))));
}

// Forward and backward errors coincide for most functions: backward is dashed and drawn on top, over a
// wider forward line, so both colours show instead of a blend the legend does not list.
void TestNumericView::overlappingSchemesStayVisible() {
    m_view->formulaField()->setFormula(QStringLiteral("exp(x)"));
    m_view->lesson()->setX(1.0);
    QCPGraph* forward = graphNamed(QStringLiteral("forward"));
    QCPGraph* backward = graphNamed(QStringLiteral("backward"));
    QCPGraph* central = graphNamed(QStringLiteral("central"));
    QVERIFY(forward && backward && central);
    QCOMPARE(forward->layer(), backward->layer());
    const QList<QCPLayerable*> order = forward->layer()->children();
    QVERIFY(order.indexOf(backward) > order.indexOf(forward));
    QVERIFY(order.indexOf(backward) > order.indexOf(central));
    QVERIFY(backward->pen().style() != Qt::SolidLine);
    QVERIFY(forward->pen().widthF() > backward->pen().widthF() + 1.0);
}

void TestNumericView::typedPointIsTakenExactly_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("expected");
    QTest::newRow("the lesson's x = 2") << "2" << 2.0;
    QTest::newRow("pi/4") << "pi/4" << M_PI / 4;
    QTest::newRow("past the view") << "7.5" << 7.5;
    QTest::newRow("many decimals") << "1.000001" << 1.000001;
}

// Lesson 4 has the same "Point at" field: taken at full precision, shown, never clamped.
void TestNumericView::typedPointIsTakenExactly() {
    QFETCH(QString, typed);
    QFETCH(double, expected);
    test::typeInto(m_view->pointField(), typed);
    QCOMPARE(m_view->lesson()->x(), expected);
    LessonPlot* plot = m_view->figure()->curvePlot();
    plot->replot();
    QVERIFY(test::insideView(plot, m_view->figure()->handle()->position(), 5));
    QCOMPARE(m_view->figure()->handle()->position().x(), expected);
}

// After any preset the point is inside the curve's view with a margin.
void TestNumericView::presetKeepsPointInView() {
    QComboBox* combo = m_view->formulaField()->comboBox();
    LessonPlot* plot = m_view->figure()->curvePlot();
    for (double a : {2.0, 1.97, -2.9}) {
        for (int i = 0; i < combo->count(); ++i) {
            m_view->formulaField()->setFormula(QStringLiteral("x^2"));
            m_view->lesson()->setXShowing(a);
            combo->setCurrentIndex(i);
            emit combo->activated(i);
            plot->replot();
            if (m_view->figure()->handle()->isVisible())
                QVERIFY2(test::insideView(plot, m_view->figure()->handle()->position(), 6),
                         qPrintable(combo->itemText(i) + QStringLiteral(" a = %1").arg(a)));
        }
    }
}

void TestNumericView::curveIsSmoothOnScreen_data() {
    QTest::addColumn<QString>("formula");
    QTest::newRow("sin(10x)") << "sin(10x)";
    QTest::newRow("exp(2x)") << "exp(2x)";
    QTest::newRow("x^5") << "x^5";
}

// The curve beside the error plot: no markers, points at most a few pixels apart on screen.
void TestNumericView::curveIsSmoothOnScreen() {
    QFETCH(QString, formula);
    m_view->formulaField()->setFormula(formula);
    LessonPlot* plot = m_view->figure()->curvePlot();
    plot->replot();
    QCPGraph* curve = plot->graph(0);
    QCOMPARE(curve->name(), QStringLiteral("f"));
    QVERIFY(curve->scatterStyle().isNone());
    QVERIFY(!curve->adaptiveSampling());
    const double gap = test::largestScreenGap(plot, curve);
    QVERIFY2(gap <= 3.0, qPrintable(QString::number(gap)));
}

QTEST_MAIN(TestNumericView)
#include "tst_numeric_view.moc"
