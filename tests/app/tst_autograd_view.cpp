// The autograd lesson on real widgets: the verdict beside the three gradients is a check mark only where
// f is defined and two finite values agree (ln(x) + x² at −2 gives −4.5 by both rules, but ln(−2) is
// undefined); and the backward pass's red edges never run into a constant ("no grad").

#include "diff/reverse_ad.h"
#include "gui_test_helpers.h"
#include "lessons/autograd_lesson.h"
#include "lessons/number_format.h"
#include "views/autograd_figure.h"
#include "views/autograd_view.h"
#include "widgets/formula_field.h"
#include "widgets/graph_diagram.h"
#include "widgets/value_field.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <cmath>

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
        for (int n = 0; n < nodes; ++n) {
            hidden = hidden || diagram->nodeRect(n).adjusted(-3, -3, 3, 3).contains(p);
            // An edge label (its local derivative) covers the edges under it.
            for (int k = 0; k < 2; ++k)
                hidden = hidden || diagram->edgeLabelRect(n, k).adjusted(-3, -3, 3, 3).contains(p);
        }
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
    void gradientsOutsideTheDomainAreGrey();
    void noGradientArrowsIntoConstants_data();
    void noGradientArrowsIntoConstants();
    void edgesMissEveryOtherBox_data();
    void edgesMissEveryOtherBox();
    void edgeLabelsAreLocalDerivatives_data();
    void edgeLabelsAreLocalDerivatives();
    void backwardStepsShowTheProducts();
    void neuronPreset();
    void nodeTextsNeverOverlap_data();
    void nodeTextsNeverOverlap();
    void shownProductsAreTrue_data();
    void shownProductsAreTrue();
    void substitutedNegativesAreBracketed_data() { shownProductsAreTrue_data(); }
    void substitutedNegativesAreBracketed();
    void variablesInTheOrderTheFormulaNamesThem_data();
    void variablesInTheOrderTheFormulaNamesThem();
};

void TestAutogradView::verdictNeedsDefinedFiniteValues_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::addColumn<bool>("agree");
    QTest::addColumn<QString>("says");      ///< part of the verdict
    QTest::addColumn<QString>("status");    ///< part of the status line above it
    QTest::addColumn<QStringList>("never"); ///< words that would contradict the maths, in neither line
    const QStringList infinity{"∞", "+inf"};
    QTest::newRow("lesson example") << "(w-3)^2" << 8.0 << true << "agree"
                                    << "w.grad = 10" << QStringList{"corner", "undefined"};
    QTest::newRow("ln inside its domain") << "ln(x) + x^2" << 2.0 << true << "agree"
                                          << "as PyTorch" << QStringList{"corner"};
    QTest::newRow("ln outside its domain")
        << "ln(x) + x^2" << -2.0 << false << "outside the function's domain"
        << "undefined" << QStringList{"corner"};
    QTest::newRow("sqrt of a negative") << "sqrt(x) + x" << -1.0 << false << "sqrt(−1)"
                                        << "undefined" << QStringList{"corner"};
    QTest::newRow("division by zero") << "1/x + x" << 0.0 << false << "division by zero"
                                      << "undefined" << QStringList{"corner"};
    QTest::newRow("negative to a fractional power") << "x^0.5 + 1" << -4.0 << false << "fractional power"
                                                    << "undefined" << QStringList{"corner"};
    // √x at 0: the rule 0.5/√x is 1/0; the derivative is undefined, never "∞" (PyTorch prints inf).
    QTest::newRow("vertical tangent √x") << "sqrt(x)" << 0.0 << false << "vertical tangent"
                                         << "x.grad = inf" << (QStringList{"corner", "= <b>+∞", "AD <b>+∞"});
    QTest::newRow("vertical tangent x^(1/3)")
        << "x^(1/3)" << 0.0 << false << "vertical tangent"
        << "undefined here (vertical tangent)" << (QStringList{"corner", "∞"});
    // Corners: AD gives PyTorch's convention (0), the symbolic rule may even give a number (step(0) = 0),
    // but the one-sided slopes differ and f′ does not exist.
    QTest::newRow("relu at its corner")
        << "relu(x)" << 0.0 << false
        << "corner, the one-sided slopes differ (0 from the left, 1 from the right)"
        << "x.grad = 0" << QStringList{"agree", "✔"};
    QTest::newRow("abs at its corner")
        << "abs(x)" << 0.0 << false << "one-sided slopes differ (−1 from the left"
        << "x.grad = 0, its convention" << QStringList{"agree", "grad = undefined"};
    QTest::newRow("shifted abs") << "abs(x-1)" << 1.0 << false << "corner"
                                 << "x.grad = 0" << QStringList{"agree", "grad = undefined"};
    QTest::newRow("relu plus a parabola") << "relu(x) + x^2" << 0.0 << false << "corner"
                                          << "does not exist" << QStringList{"agree"};
    // x·|x|: the symbolic x²/|x| + |x| is 0/0 at 0, but f′(x) = 2|x| and f′(0) = 0: no corner.
    QTest::newRow("x·|x|: removable 0/0")
        << "x*abs(x)" << 0.0 << true << "f′(0) = 0"
        << "x.grad = 0" << QStringList{"slopes differ", "not finite", "vertical", "✘"};
    QTest::newRow("abs away from 0") << "abs(x)" << 2.0 << true << "agree"
                                     << "x.grad = 1" << QStringList{"corner"};
    QTest::newRow("relu away from 0") << "relu(x)" << -1.5 << true << "agree"
                                      << "x.grad = 0" << QStringList{"corner"};
    QTest::newRow("chain rule") << "sin(x)*x + 2" << 1.0 << true << "agree"
                                << "as PyTorch" << QStringList{"corner"};
    QTest::newRow("steep exponential") << "exp(x)" << 10.0 << true << "agree"
                                       << "as PyTorch" << QStringList{"corner"};
}

void TestAutogradView::verdictNeedsDefinedFiniteValues() {
    QFETCH(QString, formula);
    QFETCH(double, at);
    QFETCH(bool, agree);
    QFETCH(QString, says);
    QFETCH(QString, status);
    QFETCH(QStringList, never);
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
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
    const QString statusText = view.figure()->status()->text();
    QString wantedStatus = status;
    wantedStatus.replace(QLatin1Char('-'), QStringLiteral("−"));
    QVERIFY2(statusText.contains(status) || statusText.contains(wantedStatus), qPrintable(statusText));
    // The graph's nodes never show a rule's 1/0 as a slope "∞" (√x at 0: PyTorch prints inf).
    for (const GraphNode& n : view.lesson()->graph().nodes())
        QVERIFY2(!GraphDiagram::gradientText(n.gradient).contains(QStringLiteral("∞")), n.label.c_str());
    for (const QString& word : never) {
        QVERIFY2(!verdict.contains(word), qPrintable(word + QStringLiteral(" in: ") + verdict));
        QVERIFY2(!statusText.contains(word), qPrintable(word + QStringLiteral(" in: ") + statusText));
    }
    // Where f is undefined no number is offered as its derivative, and the status says why.
    if (!std::isfinite(view.lesson()->graph().value())) {
        QVERIFY2(!verdict.contains(QStringLiteral("<b>−")) && verdict.count(QStringLiteral("undefined")) >= 3,
                 qPrintable(verdict));
        QVERIFY2(view.figure()->status()->text().contains(QStringLiteral("undefined")),
                 qPrintable(view.figure()->status()->text()));
    }
}

void TestAutogradView::gradientsOutsideTheDomainAreGrey() {
    // ln(x) + x² at −2: the local rules give grad −4.5, but f is undefined there, so no node may show a
    // green gradient as if it were a slope; inside the domain they are green.
    for (const double at : {-2.0, 2.0}) {
        gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.formulaField()->setFormula(QStringLiteral("ln(x) + x^2"));
        view.lesson()->setXShowing(at);
        runAll(view);
        GraphDiagram* diagram = view.figure()->diagram();
        const bool defined = at > 0;
        QCOMPARE(diagram->gradientsAreSlopes(), defined);
        const QImage image = diagram->grab().toImage();
        const QColor green = diagram->gradientColour(0);
        const auto& nodes = view.lesson()->graph().nodes();
        int greenNodes = 0;
        for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
            if (nodes[static_cast<std::size_t>(i)].op == GraphOp::Constant) continue;
            QRect line = diagram->nodeRect(i).toRect();
            line.setTop(line.top() + line.height() * 2 / 3);
            int hits = 0;
            for (int y = line.top(); y < line.bottom(); ++y)
                for (int x = line.left(); x < line.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    // The tangent's bluish green (#009e73, darkened): green well above red, above blue.
                    if (c.green() > c.red() + 40 && c.green() > c.blue() + 20) ++hits;
                }
            if (hits > 3) ++greenNodes;
        }
        if (defined)
            QVERIFY2(greenNodes > 0 && green.green() > green.red() + 40,
                     "gradients inside the domain are green");
        else
            QVERIFY2(greenNodes == 0,
                     qPrintable(QStringLiteral("%1 nodes show a green gradient").arg(greenNodes)));
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
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
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

void TestAutogradView::edgesMissEveryOtherBox_data() {
    QTest::addColumn<QString>("formula");
    QTest::newRow("issue #13's formula") << "x sin(x) + exp(-x^2) / (1 + x^2)";
    QTest::newRow("lesson example") << "(w-3)^2";
    QTest::newRow("x used at every depth") << "x + x^2 + sin(x^3) + exp(cos(x)^2)";
    QTest::newRow("deep chain beside a leaf") << "x*exp(sin(cos(tanh(x)))) + 1";
    QTest::newRow("same input twice") << "x*x + x/x";
    QTest::newRow("quotient of sums") << "(x + 1)*(x - 2) / (x^2 + 3*x + 5) - ln(1 + x^2)";
    QTest::newRow("constants at several depths") << "2*x + 3*sin(4*x) + 5/(6 + x^2)";
    QTest::newRow("long sum") << "x + sin(x) + cos(x) + exp(x) + tanh(x) + x^3 + sqrt(1 + x^2)";
}

void TestAutogradView::edgesMissEveryOtherBox() {
    // Every edge's path misses every box but its own two ends' boxes, leaves its input's box at its right
    // border and ends on its own node's left border (never on a box it merely passes).
    QFETCH(QString, formula);
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
    view.resize(1360, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    QVERIFY2(view.formulaField()->errorMessage().isEmpty(), qPrintable(view.formulaField()->errorMessage()));
    view.lesson()->setXShowing(1.5);
    GraphDiagram* diagram = view.figure()->diagram();
    const auto& nodes = view.lesson()->graph().nodes();
    const int count = static_cast<int>(nodes.size());
    for (int i = 0; i < count; ++i) {
        const auto& inputs = nodes[static_cast<std::size_t>(i)].inputs;
        for (int k = 0; k < static_cast<int>(inputs.size()); ++k) {
            const int from = inputs[static_cast<std::size_t>(k)];
            const QString edge = QStringLiteral("edge %1 → %2 (node %3, input %4)")
                                     .arg(QString::fromStdString(nodes[static_cast<std::size_t>(from)].label),
                                          QString::fromStdString(nodes[static_cast<std::size_t>(i)].label))
                                     .arg(i)
                                     .arg(k);
            constexpr int kSamples = 400;
            for (int s = 0; s <= kSamples; ++s) {
                const QPointF p = diagram->edgePoint(i, k, static_cast<double>(s) / kSamples);
                for (int n = 0; n < count; ++n) {
                    // Its own ends' boxes: touched on their border only.
                    const QRectF box = n == i || n == from ? diagram->nodeRect(n).adjusted(1, 1, -1, -1)
                                                           : diagram->nodeRect(n).adjusted(-1, -1, 1, 1);
                    QVERIFY2(!box.contains(p), qPrintable(QStringLiteral("%1 crosses the box of %2 at t = %3")
                                                              .arg(edge)
                                                              .arg(n)
                                                              .arg(static_cast<double>(s) / kSamples)));
                }
            }
            const QRectF target = diagram->nodeRect(i), source = diagram->nodeRect(from);
            const QPointF end = diagram->edgePoint(i, k, 1.0), start = diagram->edgePoint(i, k, 0.0);
            QVERIFY2(std::fabs(end.x() - target.left()) < 0.5 && end.y() > target.top() &&
                         end.y() < target.bottom(),
                     qPrintable(edge + QStringLiteral(" does not end on its node's left border")));
            QVERIFY2(std::fabs(start.x() - source.right()) < 0.5 && start.y() > source.top() &&
                         start.y() < source.bottom(),
                     qPrintable(edge + QStringLiteral(" does not leave its input's right border")));
        }
    }
}

void TestAutogradView::edgeLabelsAreLocalDerivatives_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("at");
    QTest::newRow("lesson example") << "(w-3)^2" << 8.0;
    QTest::newRow("chain rule") << "x*sin(x) + 2" << 1.5;
    QTest::newRow("issue #13's formula") << "x sin(x) + exp(-x^2) / (1 + x^2)" << 0.7;
    QTest::newRow("x used at every depth") << "x + x^2 + sin(x^3) + exp(cos(x)^2)" << 0.9;
    QTest::newRow("same input twice") << "x*x + x/x" << 1.3;
    QTest::newRow("long sum") << "x + sin(x) + cos(x) + exp(x) + tanh(x) + x^3 + sqrt(1 + x^2)" << -0.4;
    QTest::newRow("every function")
        << "asin(x/3) + acos(x/3) + atan(x) + sinh(x) + cosh(x) + ln(x) + abs(x) + sigmoid(x) + relu(x) + "
           "softplus(x) + tan(x)"
        << 0.6;
}

void TestAutogradView::edgeLabelsAreLocalDerivatives() {
    // Every edge from something that takes a gradient carries core's local derivative, as the node's
    // gradient is written; no label covers a box or another label, and each sits on its own edge.
    QFETCH(QString, formula);
    QFETCH(double, at);
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
    view.resize(1360, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    QVERIFY2(view.formulaField()->errorMessage().isEmpty(), qPrintable(view.formulaField()->errorMessage()));
    view.lesson()->setXShowing(at);
    GraphDiagram* diagram = view.figure()->diagram();
    const ComputationGraph& g = view.lesson()->graph();
    const int count = static_cast<int>(g.nodes().size());
    QVector<QRectF> labels;
    for (int i = 0; i < count; ++i)
        for (int k = 0; k < static_cast<int>(g.nodes()[static_cast<std::size_t>(i)].inputs.size()); ++k) {
            const int from = g.nodes()[static_cast<std::size_t>(i)].inputs[static_cast<std::size_t>(k)];
            const bool constant = g.nodes()[static_cast<std::size_t>(from)].op == GraphOp::Constant;
            const QString label = diagram->edgeLabel(i, k);
            const QRectF rect = diagram->edgeLabelRect(i, k);
            if (constant) {
                QVERIFY(label.isEmpty());
                QVERIFY(rect.isNull());
                continue;
            }
            QCOMPARE(label, GraphDiagram::gradientText(g.localDerivative(i, k)));
            QVERIFY(!rect.isEmpty());
            // On its own edge: some point of the edge lies inside the label.
            bool onEdge = false;
            for (int s = 0; s <= 200 && !onEdge; ++s)
                onEdge = rect.contains(diagram->edgePoint(i, k, s / 200.0));
            QVERIFY2(onEdge, qPrintable(QStringLiteral("label of edge %1/%2 is off its edge").arg(i).arg(k)));
            for (int n = 0; n < count; ++n)
                QVERIFY2(
                    !rect.intersects(diagram->nodeRect(n)),
                    qPrintable(QStringLiteral("label of edge %1/%2 covers box %3").arg(i).arg(k).arg(n)));
            for (const QRectF& other : labels)
                QVERIFY2(
                    !rect.intersects(other),
                    qPrintable(QStringLiteral("label of edge %1/%2 covers another label").arg(i).arg(k)));
            QVERIFY(diagram->rect().contains(rect.toRect()));
            labels.append(rect);
        }
    QVERIFY(!labels.isEmpty());
}

void TestAutogradView::backwardStepsShowTheProducts() {
    // Pressing Backward (by mouse or keyboard) walks the pass; each step's status line shows what its
    // node sends, upstream × local = product, with core's numbers, and an input used twice shows its sum.
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(QStringLiteral("x*sin(x) + 2"));
    view.lesson()->setXShowing(1.5);
    QLabel* status = view.figure()->status();
    QVERIFY2(status->text().contains(QStringLiteral("local derivative")), qPrintable(status->text()));
    const double x = 1.5;
    const QString sx = GraphDiagram::gradientText(std::sin(x)), cx = GraphDiagram::gradientText(std::cos(x)),
                  fromSin = GraphDiagram::gradientText(x * std::cos(x)),
                  sum = GraphDiagram::gradientText(std::sin(x) + x * std::cos(x));
    // nodes: x, sin, mul, 2, add. Steps: add, mul, sin.
    const QStringList expected[] = {
        {QStringLiteral("Backward through add (grad 1)"), QStringLiteral("to mul: 1 × 1 = 1")},
        {QStringLiteral("Backward through mul (grad 1)"), QStringLiteral("to x: 1 × %1 = %1").arg(sx),
         QStringLiteral("to sin: 1 × 1.5 = 1.5")},
        {QStringLiteral("Backward through sin (grad 1.5)"),
         QStringLiteral("to x: 1.5 × %1 = %2").arg(cx, fromSin),
         QStringLiteral("x feeds 2 arrows, so its gradient is the sum: ∂f/∂x = %1 + %2 = %3")
             .arg(sx, fromSin, sum),
         QStringLiteral("x.grad = ")},
    };
    for (int step = 0; step < 3; ++step) {
        if (step == 1) {
            view.backwardButton()->setFocus();
            QTest::keyClick(view.backwardButton(), Qt::Key_Space); // the keyboard's press
        } else {
            QTest::mouseClick(view.backwardButton(), Qt::LeftButton);
        }
        const QString text = status->text();
        for (const QString& part : expected[step])
            QVERIFY2(text.contains(part),
                     qPrintable(QStringLiteral("step %1: no '%2' in: %3").arg(step + 1).arg(part, text)));
        // The numbers are core's: each product of this step appears as the edge label times the upstream.
        for (const ChainProduct& c : view.lesson()->graph().backwardProducts(view.lesson()->lastProcessed()))
            QVERIFY(text.contains(view.figure()->diagram()->edgeLabel(c.node, c.slot)));
        if (step == 0) QVERIFY(!text.contains(QStringLiteral("sum")));
    }
    QVERIFY(view.lesson()->backwardDone());
    QVERIFY(!view.backwardButton()->isEnabled());
    // Reset goes back to the forward pass.
    for (QPushButton* b : view.findChildren<QPushButton*>())
        if (b->text() == AutogradView::tr("&Reset")) QTest::mouseClick(b, Qt::LeftButton);
    QVERIFY(!view.lesson()->backwardStarted());
    QVERIFY(!status->text().contains(QStringLiteral("Backward through")));
}

void TestAutogradView::neuronPreset() {
    // The neuron L = (1 − σ(1.5w + b))² at w = 0.8, b = 0.2, picked from the formula field's list: by hand,
    // z = 1.4, σ(z) = 0.8021839, L = 0.1978161² = 0.0391312, ∂L/∂z = −2·0.1978161·σ(z)(1 − σ(z)) =
    // −0.0627809, ∂L/∂w = 1.5·∂L/∂z = −0.0941713, ∂L/∂b = ∂L/∂z (torch gives the same to 1e-15).
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QComboBox* combo = view.formulaField()->comboBox();
    int row = -1;
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i, Qt::EditRole).toString() == AutogradLesson::neuronFormula()) row = i;
    QVERIFY2(row >= 0, "no neuron preset in the list");
    combo->setCurrentIndex(row);
    emit combo->activated(row);
    QCOMPARE(view.lesson()->formula(), AutogradLesson::neuronFormula());
    QCOMPARE(view.lesson()->variableCount(), 2);
    // The variables in the order the formula names them: the input field is w's, the second b's.
    QCOMPARE(view.lesson()->x(), 0.8);
    QCOMPARE(view.lesson()->second(), 0.2);
    QVERIFY(view.secondField()->isVisible());
    QCOMPARE(view.lesson()->variableName(0), QStringLiteral("w"));
    QCOMPARE(view.lesson()->variableName(1), QStringLiteral("b"));
    QVERIFY(std::fabs(view.lesson()->graph().value() - 0.039131213945803586) < 1e-15);
    while (view.backwardButton()->isEnabled())
        QTest::mouseClick(view.backwardButton(), Qt::LeftButton);
    QVERIFY(view.lesson()->backwardDone());
    QVERIFY(std::fabs(view.lesson()->reverseGradient(0) - -0.09417128810118758) < 1e-15);
    QVERIFY(std::fabs(view.lesson()->reverseGradient(1) - -0.06278085873412505) < 1e-15);
    const QString status = view.figure()->status()->text();
    for (const QString& part :
         {QStringLiteral("w.grad = −0.0941712881"), QStringLiteral("b.grad = −0.06278085873"),
          QStringLiteral("neuron learns its weight"), QStringLiteral("w to w − η·(−0.0941713)"),
          QStringLiteral("b to b − η·(−0.0627809)")})
        QVERIFY2(status.contains(part), qPrintable(part + QStringLiteral(" not in: ") + status));
    const QString comparison = view.figure()->comparison()->text();
    QVERIFY2(comparison.contains(QStringLiteral("✔")) && comparison.contains(QStringLiteral("∂f/∂b")),
             qPrintable(comparison));
    // The second input is typed like the first; a one-variable formula hides it again.
    view.lesson()->setSecond(-1.0); // b
    QCOMPARE(
        view.lesson()->graph().nodes()[static_cast<std::size_t>(view.lesson()->graph().outputNode())].value,
        std::pow(1.0 - 1.0 / (1.0 + std::exp(-(0.8 * 1.5 + -1.0))), 2));
    // A lesson file keeps both values, not the preset's start.
    const QJsonObject saved = view.lesson()->save();
    QCOMPARE(saved.value(QStringLiteral("second")).toDouble(), -1.0);
    AutogradLesson copy;
    QVERIFY2(copy.check(saved).isEmpty(), qPrintable(copy.check(saved)));
    copy.restore(saved);
    QCOMPARE(copy.second(), -1.0);
    QCOMPARE(copy.x(), 0.8);
    QCOMPARE(copy.graph().value(), view.lesson()->graph().value());
    QVERIFY(!copy.check(QJsonObject{{QStringLiteral("formula"), AutogradLesson::neuronFormula()},
                                    {QStringLiteral("range"), QJsonArray{-4, 4}},
                                    {QStringLiteral("x"), 0.2},
                                    {QStringLiteral("second"), QStringLiteral("one")}})
                 .isEmpty());
    view.formulaField()->setFormula(QStringLiteral("(w-3)^2"));
    QCOMPARE(view.lesson()->variableCount(), 1);
    QVERIFY(!view.secondField()->isVisible());
}

void TestAutogradView::nodeTextsNeverOverlap_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QVector<double>>("at");
    for (const FormulaPreset& p : AutogradLesson::autogradPresets()) {
        const bool two = p.formula == AutogradLesson::neuronFormula();
        QTest::addRow("preset %s", qPrintable(p.formula))
            << p.formula << (two ? QVector<double>{p.start[0], p.start[1]} : QVector<double>{p.start[0]});
    }
    QTest::newRow("sigmoid and tanh") << "sigmoid(x)*tanh(x)" << QVector<double>{0.7};
    QTest::newRow("softplus of relu") << "softplus(relu(x)) + exp(-x)" << QVector<double>{1.3};
    QTest::newRow("a long constant") << "3.14159265358979*x + 0.000123456789" << QVector<double>{-2.5};
    QTest::newRow("ln outside its domain") << "ln(x) + x^2" << QVector<double>{-2.0};
    QTest::newRow("huge gradients") << "exp(x^2)" << QVector<double>{20.0};
    QTest::newRow("two variables") << "sigmoid(a*b) - tanh(b)" << QVector<double>{-1.5, 0.25};
}

void TestAutogradView::nodeTextsNeverOverlap() {
    // The texts of a box (title, grad_fn, value, gradient), with the fonts and places the diagram paints
    // them at: inside their box, none over another, before, during and after the backward pass.
    QFETCH(QString, formula);
    QFETCH(QVector<double>, at);
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    QCOMPARE(view.lesson()->formula(), formula);
    view.lesson()->setXShowing(at[0]);
    if (at.size() > 1) view.lesson()->setSecond(at[1]);
    const GraphDiagram* diagram = view.figure()->diagram();
    const int nodes = static_cast<int>(view.lesson()->graph().nodes().size());
    int checked = 0;
    for (int step = 0;; ++step) {
        for (int i = 0; i < nodes; ++i) {
            const QVector<GraphDiagram::NodeText> texts = diagram->nodeTexts(i);
            QVERIFY(texts.size() >= 3);
            const QRectF box = diagram->nodeRect(i);
            for (int a = 0; a < texts.size(); ++a) {
                const QString what = QStringLiteral("node %1 '%2'").arg(i).arg(texts[a].text);
                QVERIFY2(box.contains(texts[a].rect), qPrintable(what + QStringLiteral(" leaves its box")));
                // Its extent is what the font needs for that text, at the diagram's scale.
                const QFontMetricsF metrics(texts[a].font);
                const double scale = texts[a].rect.height() / metrics.height();
                QVERIFY2(texts[a].rect.width() >= metrics.horizontalAdvance(texts[a].text) * scale * 0.999,
                         qPrintable(what + QStringLiteral(" is wider than its place")));
                for (int b = a + 1; b < texts.size(); ++b)
                    QVERIFY2(!texts[a].rect.intersects(texts[b].rect),
                             qPrintable(what + QStringLiteral(" overlaps '%1'").arg(texts[b].text)));
                ++checked;
            }
        }
        if (view.lesson()->backwardDone() || step > 60) break;
        QTest::mouseClick(view.backwardButton(), Qt::LeftButton);
    }
    QVERIFY(view.lesson()->backwardDone());
    QVERIFY(checked > 0);
}

namespace {
/// Every "a × b = c" and "… = a + b = c" in a status line: (the shown operands, the relation, the result).
struct ShownOperation {
    QStringList operands;
    QString relation;
    QString result;
    bool product;
};

QVector<ShownOperation> shownOperations(const QString& text) {
    QVector<ShownOperation> out;
    const QString number = QStringLiteral("\\(?[−-]?(?:[0-9]+(?:\\.[0-9]+)?·)?10[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+\\)?|\\(?[−-"
                                          "]?[0-9]+(?:\\.[0-9]+)?\\)?|nan|-?inf");
    const QRegularExpression product(QStringLiteral("(%1) × (%1) (=|≈) (%1)").arg(number));
    for (auto it = product.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({{m.captured(1), m.captured(2)}, m.captured(3), m.captured(4), true});
    }
    const QRegularExpression sum(
        QStringLiteral("∂f/∂\\w+ = ((?:(?:%1) \\+ )+(?:%1)) (=|≈) (%1)").arg(number));
    for (auto it = sum.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({m.captured(1).split(QStringLiteral(" + ")), m.captured(2), m.captured(3), false});
    }
    return out;
}

double readShown(const QString& s) {
    return shownNumber(s);
}

/// One unit in the last digit `s` shows.
double unitOf(const QString& s) {
    return lastDigitUnit(s);
}
} // namespace

void TestAutogradView::shownProductsAreTrue_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QVector<double>>("at");
    QTest::newRow("neuron") << AutogradLesson::neuronFormula() << QVector<double>{0.8, 0.2};
    QTest::newRow("neuron elsewhere") << AutogradLesson::neuronFormula() << QVector<double>{-1.3, 0.45};
    QTest::newRow("x sin x") << "x*sin(x) + 2" << QVector<double>{1.5};
    QTest::newRow("x sin x, negative") << "x*sin(x) + 2" << QVector<double>{-2.3};
    QTest::newRow("exp and log") << "exp(x/3)*ln(x + 4)" << QVector<double>{0.77};
    QTest::newRow("sigmoid of a square") << "sigmoid(x^2 - 1)*tanh(x)" << QVector<double>{-0.61};
    QTest::newRow("thirds") << "(x/3)^3 - x/7" << QVector<double>{2.9};
    QTest::newRow("two variables") << "sin(a*b) + a^2/b" << QVector<double>{1.7, -0.9};
    QTest::newRow("small numbers") << "1e-4*x^3 - 3e-3*x" << QVector<double>{0.0123};
}

void TestAutogradView::shownProductsAreTrue() {
    // Each product the backward pass shows: the shown factors multiply to the shown result within one unit
    // of its last shown digit, or the line says "≈"; the same for a variable's sum.
    QFETCH(QString, formula);
    QFETCH(QVector<double>, at);
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
    view.lesson()->setFormula(formula);
    QCOMPARE(view.lesson()->formula(), formula);
    view.lesson()->setXShowing(at[0]);
    if (at.size() > 1) view.lesson()->setSecond(at[1]);
    int products = 0;
    while (!view.lesson()->backwardDone()) {
        view.lesson()->stepBackward();
        const QString text = view.figure()->status()->text();
        const QVector<ShownOperation> ops = shownOperations(text);
        const int arrows =
            static_cast<int>(view.lesson()->graph().backwardProducts(view.lesson()->lastProcessed()).size());
        QVERIFY2(ops.size() >= arrows, qPrintable(QStringLiteral("unread products in: ") + text));
        for (const ShownOperation& op : ops) {
            double exact = op.product ? 1.0 : 0.0;
            for (const QString& o : op.operands)
                exact = op.product ? exact * readShown(o) : exact + readShown(o);
            const double shown = readShown(op.result);
            if (op.relation == QStringLiteral("="))
                QVERIFY2(std::fabs(exact - shown) <= unitOf(op.result) * (1 + 1e-9),
                         qPrintable(QStringLiteral("%1 %2 %3 is %4: %5")
                                        .arg(op.operands.join(op.product ? QStringLiteral(" × ")
                                                                         : QStringLiteral(" + ")),
                                             op.relation, op.result)
                                        .arg(exact, 0, 'g', 17)
                                        .arg(text)));
            ++products;
        }
    }
    QVERIFY(products > 0);
}

void TestAutogradView::substitutedNegativesAreBracketed() {
    // A negative number written into a formula after an operator is in brackets: "η·(−0.06)", never
    // "η·−0.06" or "× −2"; over every line the lesson writes during the pass and after it.
    QFETCH(QString, formula);
    QFETCH(QVector<double>, at);
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
    view.lesson()->setFormula(formula);
    view.lesson()->setXShowing(at[0]);
    if (at.size() > 1) view.lesson()->setSecond(at[1]);
    const QRegularExpression doubleSign(QStringLiteral("[·×+−/]\\s*[−-][0-9]"));
    while (!view.lesson()->backwardDone()) {
        view.lesson()->stepBackward();
        const QString text = view.figure()->status()->text();
        QVERIFY2(!doubleSign.match(text).hasMatch(), qPrintable(text));
    }
}

void TestAutogradView::variablesInTheOrderTheFormulaNamesThem_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QStringList>("variables");
    QTest::newRow("neuron") << AutogradLesson::neuronFormula() << QStringList{"w", "b"};
    QTest::newRow("y before x") << "y^2 + x" << QStringList{"y", "x"};
    QTest::newRow("x before y") << "x*y" << QStringList{"x", "y"};
    QTest::newRow("inside a function") << "sin(q) + p*q" << QStringList{"q", "p"};
    QTest::newRow("b before a") << "b/a" << QStringList{"b", "a"};
    QTest::newRow("one variable") << "(w-3)^2" << QStringList{"w"};
}

void TestAutogradView::variablesInTheOrderTheFormulaNamesThem() {
    // One rule for presets and typed formulas alike: the first field, the first input node and the first
    // gradient are the variable the formula names first (the neuron's w, then b), not b by the alphabet.
    QFETCH(QString, formula);
    QFETCH(QStringList, variables);
    gradlab::test::TestView<AutogradView> view(QStringLiteral("autograd"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.formulaField()->setFormula(formula);
    QCOMPARE(view.lesson()->variableCount(), variables.size());
    for (int i = 0; i < variables.size(); ++i)
        QCOMPARE(view.lesson()->variableName(i), variables[i]);
    // The first field's label names the first variable; the second field the second.
    QStringList labels;
    for (QLabel* l : view.findChildren<QLabel*>())
        if (l->isVisible() && l->buddy() && l->text().endsWith(QLatin1Char('=')))
            labels << l->text().remove(QLatin1Char('&'));
    if (variables.size() == 2)
        QCOMPARE(labels,
                 (QStringList{variables[0] + QStringLiteral(" ="), variables[1] + QStringLiteral(" =")}));
    // The point is recorded in that order: the first input node is the first variable.
    for (const GraphNode& n : view.lesson()->graph().nodes())
        if (n.op == GraphOp::Input) QCOMPARE(QString::fromStdString(n.label), variables[n.variable]);
    view.lesson()->runBackward();
    QVERIFY(view.figure()->status()->text().contains(variables[0] + QStringLiteral(".grad")));
}

QTEST_MAIN(TestAutogradView)
#include "tst_autograd_view.moc"
