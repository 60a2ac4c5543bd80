// The numerical-derivatives lesson on real widgets: what its words, reference lines and bands claim about
// the error of finite differences holds for the function on screen.

#include "lessons/function_lesson.h"
#include "plotting/lesson_plot.h"
#include "views/numeric_figure.h"
#include "views/numeric_view.h"
#include "widgets/formula_field.h"

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

private:
    QString readout() const;
    QCPGraph* graphNamed(const QString& name) const;
    NumericView* m_view = nullptr;
};

void TestNumericView::init() {
    m_view = new NumericView;
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
}

QTEST_MAIN(TestNumericView)
#include "tst_numeric_view.moc"
