// The autograd lesson on real widgets: the verdict beside the three gradients is a check mark only where
// f is defined and two finite values agree (ln(x) + x² at −2 gives −4.5 by both rules, but ln(−2) is
// undefined); and the backward pass's red edges never run into a constant ("no grad").

#include "diff/reverse_ad.h"
#include "lessons/autograd_lesson.h"
#include "views/autograd_figure.h"
#include "views/autograd_view.h"
#include "widgets/formula_field.h"
#include "widgets/graph_diagram.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace gradlab;

namespace {
void runAll(AutogradView& view) {
    for (QPushButton* b : view.findChildren<QPushButton*>())
        if (b->text() == AutogradView::tr("Run &all")) {
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    QFAIL("no Run all button");
}

/// True if a pixel within 2 px of `at` is drawn in the backward pass's red.
bool redNear(const QImage& image, QPointF at) {
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            const QPoint p = at.toPoint() + QPoint(dx, dy);
            if (!image.rect().contains(p)) continue;
            const QColor c = image.pixelColor(p);
            if (c.red() > 150 && c.green() < 110 && c.blue() < 110) return true;
        }
    return false;
}

/// Red pixels along the visible part of an edge (outside every box): how many samples, of how many.
int redSamples(const QImage& image, const GraphDiagram* diagram, int node, int slot, int nodes,
               int* visible) {
    int red = 0;
    *visible = 0;
    for (int k = 2; k <= 8; ++k) {
        const QPointF p = diagram->edgePoint(node, slot, k / 10.0);
        bool hidden = false;
        for (int n = 0; n < nodes; ++n)
            hidden = hidden || diagram->nodeRect(n).adjusted(-3, -3, 3, 3).contains(p);
        if (hidden) continue;
        ++*visible;
        if (redNear(image, p)) ++red;
    }
    return red;
}
} // namespace

class TestAutogradView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void verdictNeedsDefinedFiniteValues_data();
    void verdictNeedsDefinedFiniteValues();
    void noGradientArrowsIntoConstants_data();
    void noGradientArrowsIntoConstants();
};

void TestAutogradView::verdictNeedsDefinedFiniteValues_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::addColumn<bool>("agree");
    QTest::addColumn<QString>("says"); ///< part of the verdict
    QTest::newRow("lesson example") << "(w-3)^2" << 8.0 << true << "agree";
    QTest::newRow("ln inside its domain") << "ln(x) + x^2" << 2.0 << true << "agree";
    QTest::newRow("ln outside its domain")
        << "ln(x) + x^2" << -2.0 << false << "outside the function's domain";
    QTest::newRow("sqrt of a negative") << "sqrt(x) + x" << -1.0 << false << "sqrt(−1)";
    QTest::newRow("division by zero") << "1/x + x" << 0.0 << false << "division by zero";
    QTest::newRow("negative to a fractional power") << "x^0.5 + 1" << -4.0 << false << "fractional power";
    QTest::newRow("vertical tangent") << "sqrt(x)" << 0.0 << false << "not finite";
    QTest::newRow("chain rule") << "sin(x)*x + 2" << 1.0 << true << "agree";
}

void TestAutogradView::verdictNeedsDefinedFiniteValues() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(bool, agree);
    QFETCH(QString, says);
    AutogradView view;
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    view.lesson()->setXShowing(at);
    QCOMPARE(view.lesson()->x(), at);
    runAll(view);
    QVERIFY(view.lesson()->backwardDone());
    const QString verdict = view.figure()->comparison()->text();
    QVERIFY2(verdict.contains(QStringLiteral("✔")) == agree, qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("✘")) == !agree, qPrintable(verdict));
    QString plain = verdict;
    plain.replace(QLatin1Char('-'), QStringLiteral("−"));
    QString wanted = says;
    wanted.replace(QLatin1Char('-'), QStringLiteral("−"));
    QVERIFY2(plain.contains(wanted), qPrintable(verdict));
    // Where f is undefined no number is offered as its derivative, and the status says why.
    if (!std::isfinite(view.lesson()->graph().value())) {
        QVERIFY2(!verdict.contains(QStringLiteral("<b>−")) && verdict.count(QStringLiteral("undefined")) >= 3,
                 qPrintable(verdict));
        QVERIFY2(view.figure()->status()->text().contains(QStringLiteral("undefined")),
                 qPrintable(view.figure()->status()->text()));
    }
}

void TestAutogradView::noGradientArrowsIntoConstants_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::newRow("lesson example") << "(w-3)^2" << 8.0;
    QTest::newRow("affine") << "2*x + 1" << 0.5;
    QTest::newRow("chain rule") << "sin(x)*x + 2" << 1.0;
    QTest::newRow("division") << "3/x" << 2.0;
    QTest::newRow("named constant") << "pi*x^2" << 1.0;
}

void TestAutogradView::noGradientArrowsIntoConstants() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    AutogradView view;
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    view.lesson()->setXShowing(at);
    runAll(view);
    GraphDiagram* diagram = view.figure()->diagram();
    const QImage image = diagram->grab().toImage();
    const auto& nodes = view.lesson()->graph().nodes();
    int constants = 0, variables = 0;
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i)
        for (int k = 0; k < static_cast<int>(nodes[static_cast<std::size_t>(i)].inputs.size()); ++k) {
            const GraphNode& input = nodes[static_cast<std::size_t>(
                nodes[static_cast<std::size_t>(i)].inputs[static_cast<std::size_t>(k)])];
            const bool constant = input.op == GraphOp::Constant;
            (constant ? constants : variables)++;
            int visible = 0;
            const int red = redSamples(image, diagram, i, k, static_cast<int>(nodes.size()), &visible);
            QVERIFY(visible > 0);
            QVERIFY2(constant ? red == 0 : red == visible,
                     qPrintable(QStringLiteral("edge %1 → %2 (%3): %4 of %5 samples red")
                                    .arg(QString::fromStdString(input.label),
                                         QString::fromStdString(nodes[static_cast<std::size_t>(i)].label),
                                         constant ? "a constant: must not be red" : "must be red")
                                    .arg(red)
                                    .arg(visible)));
            QCOMPARE(diagram->edgeCarriesGradient(i, k), !constant);
        }
    QVERIFY(constants > 0);
    QVERIFY(variables > 0);
}

QTEST_MAIN(TestAutogradView)
#include "tst_autograd_view.moc"
