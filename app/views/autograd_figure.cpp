#include "views/autograd_figure.h"

#include "lessons/translated_text.h"

#include "diff/gradient_check.h"
#include "expression/printer.h"
#include "lessons/autograd_lesson.h"
#include "lessons/number_format.h"
#include "plotting/palette.h"
#include "widgets/appearance.h"
#include "widgets/figure_title.h"
#include "widgets/graph_diagram.h"

#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace gradlab {

AutogradFigure::AutogradFigure(AutogradLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_diagram = new GraphDiagram(lesson, this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_comparison = new QLabel(this);
    m_comparison->setTextFormat(Qt::RichText);
    m_comparison->setWordWrap(true); // a corner's or a vertical tangent's verdict is a sentence
    m_comparison->setAccessibleName(tr("Gradient comparison"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_status->setFont(big);
    m_comparison->setFont(big);
    m_title = new FigureTitle(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_diagram, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_comparison);
    connect(lesson, &FunctionLesson::changed, this, &AutogradFigure::update);
    onPaletteChange(this, [this] { update(); });
    update();
}

namespace {
/// A gradient as PyTorch prints it: a number, or inf, -inf, nan.
QString asPyTorchPrints(double v) {
    if (std::isnan(v)) return QStringLiteral("nan");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return formatValue(v, 10);
}
} // namespace

namespace {
/// A factor of a product as written in the status line: negative numbers in brackets, "2 × (−0.5)".
QString factor(double v) {
    return operandText(GraphDiagram::gradientText(v));
}

/// How the status line names a node: a variable by its name, an operation by its label.
QString nodeName(const GraphNode& n) {
    return QString::fromStdString(n.label);
}
} // namespace

QString AutogradFigure::chainRuleText(const ComputationGraph& g, int node) {
    if (node < 0 || node >= static_cast<int>(g.nodes().size())) return {};
    const GraphNode& n = g.nodes()[static_cast<std::size_t>(node)];
    if (n.inputs.empty()) return {}; // f is a variable or a number: no operation, no chain rule
    const std::vector<ChainProduct> products = g.backwardProducts(node);
    if (products.empty())
        return tr("Backward through %1 (grad %2): its inputs are constants, which take no gradient.")
            .arg(nodeName(n), GraphDiagram::gradientText(n.gradient));
    QStringList sends;
    for (const ChainProduct& c : products) {
        // The product is the exact one; "≈" where the rounded factors do not multiply to it as shown.
        const QString a = factor(c.upstream), b = factor(c.local), ab = GraphDiagram::gradientText(c.product);
        sends << tr("to %1: %2 × %3 %4 %5")
                     .arg(nodeName(g.nodes()[static_cast<std::size_t>(c.input)]), a, b,
                          productRelation({a, b}, ab), ab);
    }
    QString text =
        tr("Backward through %1 (grad %2). Chain rule, upstream gradient × local derivative "
           "(the number on the arrow) = what the input receives: %3.")
            .arg(nodeName(n), GraphDiagram::gradientText(n.gradient), sends.join(QStringLiteral("; ")));
    // An input used by several operations sums what it receives; say so when its last product arrives.
    QVector<int> summed;
    for (const ChainProduct& c : products) {
        if (summed.contains(c.input) || g.userEdges(c.input) < 2) continue;
        const std::vector<ChainProduct> received = g.receivedProducts(c.input);
        if (static_cast<int>(received.size()) < g.userEdges(c.input)) continue;
        summed.append(c.input);
        QStringList terms;
        for (const ChainProduct& r : received)
            terms << factor(r.product);
        const GraphNode& input = g.nodes()[static_cast<std::size_t>(c.input)];
        const QString sum = GraphDiagram::gradientText(input.gradient);
        text += QLatin1Char(' ') + tr("%1 feeds %n arrow(s), so its gradient is the sum: ∂f/∂%1 = %2 %3 %4.",
                                      nullptr, static_cast<int>(received.size()))
                                       .arg(nodeName(input))
                                       .arg(terms.join(QStringLiteral(" + ")), sumRelation(terms, sum), sum);
    }
    return text;
}

GradientCheck AutogradFigure::check() const {
    if (m_lesson->variableCount() == 2) {
        // Two variables: each gradient against its symbolic partial; the first that does not agree speaks.
        for (int i = 0; i < 2; ++i) {
            const GradientCheck c = checkGradient(m_lesson->graph(), i, m_lesson->symbolicGradient(i));
            if (c.agreement != GradientAgreement::Agree || i == 1) return c;
        }
    }
    const CompiledFunction& f = *m_lesson->function();
    return checkDerivative(
        m_lesson->graph(), m_lesson->symbolicGradient(), [&f](double t) { return f.value(t); },
        m_lesson->x());
}

void AutogradFigure::updateTwoVariables() {
    const ComputationGraph& g = m_lesson->graph();
    const QString a = m_lesson->variableName(0), b = m_lesson->variableName(1);
    const QString names = QStringLiteral("(%1, %2)").arg(a, b),
                  at = shownPoint(formatValue(m_lesson->x()), formatValue(m_lesson->second()));
    m_title->setFunction(*m_lesson->function(), false, tr("at %1 = %2").arg(names, at));
    const GradientCheck check = m_lesson->backwardDone() ? this->check() : GradientCheck{};
    const bool neuron = m_lesson->formula() == AutogradLesson::neuronFormula();
    if (!m_lesson->backwardStarted()) {
        m_status->setText(tr("Forward pass at %1 = %2: every operation records its inputs and its value, "
                             "f = %3. The number on each arrow is the operation's local derivative by "
                             "that input. Press Backward to send the gradient back through the graph.")
                              .arg(names, at, formatValue(g.value())));
    } else if (!m_lesson->backwardDone()) {
        m_status->setText(chainRuleText(g, m_lesson->lastProcessed()));
    } else {
        const double ga = m_lesson->reverseGradient(0), gb = m_lesson->reverseGradient(1);
        QString text =
            check.agreement == GradientAgreement::OutsideDomain
                ? tr("Backward pass complete, but f%1 is undefined (%2): no gradient here. PyTorch "
                     "would still report %3.grad = %4 and %5.grad = %6 from the local rules.")
                      .arg(at, translated(check.reason), a, asPyTorchPrints(ga), b, asPyTorchPrints(gb))
                : tr("Backward pass complete: %1.grad = %2 and %3.grad = %4, as PyTorch's "
                     "loss.backward() would give.")
                      .arg(a, asPyTorchPrints(ga), b, asPyTorchPrints(gb));
        if (neuron && check.agreement == GradientAgreement::Agree)
            text += QLatin1Char(' ') +
                    tr("This is how a neuron learns its weight: one gradient-descent step with rate η moves "
                       "%1 to %1 − η·%2 and %3 to %3 − η·%4, downhill on this example's loss.")
                        .arg(a, operandText(formatValue(ga)), b, operandText(formatValue(gb)));
        const QString lastStep = chainRuleText(g, m_lesson->lastProcessed());
        m_status->setText(lastStep.isEmpty() ? text : lastStep + QLatin1Char('\n') + text);
    }
    if (m_lesson->backwardDone()) {
        QStringList rows;
        for (int i = 0; i < 2; ++i)
            rows
                << tr("∂f/∂%1: reverse-mode AD <b>%2</b> &nbsp;|&nbsp; symbolic %3 = <b>%4</b> &nbsp;|&nbsp; "
                      "central difference <b>%5</b>")
                       .arg(m_lesson->variableName(i), formatValue(m_lesson->reverseGradient(i), 12),
                            QString::fromStdString(toUnicode(m_lesson->function()->partial(i)))
                                .toHtmlEscaped(),
                            formatValue(m_lesson->symbolicGradient(i), 12),
                            formatValue(m_lesson->centralDifference(i), 12));
        const bool good = check.agreement == GradientAgreement::Agree;
        const QString verdict = good ? tr("✔ AD and symbolic agree for both variables")
                                     : tr("✘ AD and symbolic do not agree here (%1)")
                                           .arg(QString::fromLatin1(gradientAgreementName(check.agreement)));
        m_comparison->setText(
            rows.join(QStringLiteral("<br>")) +
            QStringLiteral("<br><span style='color:%1'>%2</span>")
                .arg(htmlColour(good ? palette::tangent : palette::error, m_comparison), verdict));
    } else {
        m_comparison->setText(QString());
    }
    m_diagram->setGradientsAreSlopes(!m_lesson->backwardDone() ||
                                     check.agreement != GradientAgreement::OutsideDomain);
    m_diagram->update();
}

void AutogradFigure::update() {
    if (m_lesson->variableCount() == 2) {
        updateTwoVariables();
        return;
    }
    const ComputationGraph& g = m_lesson->graph();
    const QString v = m_lesson->variable();
    m_title->setFunction(*m_lesson->function(), false, tr("at %1 = %2").arg(v, formatValue(m_lesson->x())));
    const QString at = formatValue(m_lesson->x());
    // Whether AD's number is a derivative: f defined, and a slope that exists (no corner, no vertical
    // tangent) is the diagram's business too, which greys out gradients that are not slopes.
    const GradientCheck check = m_lesson->backwardDone() ? this->check() : GradientCheck{};
    const double r = m_lesson->reverseGradient();
    if (!m_lesson->backwardStarted()) {
        m_status->setText(tr("Forward pass at %1 = %2: every operation records its inputs and its value, "
                             "f = %3. The number on each arrow is the operation's local derivative by "
                             "that input. Press Backward to send the gradient back through the graph.")
                              .arg(v, at, formatValue(g.value())));
    } else if (!m_lesson->backwardDone()) {
        m_status->setText(chainRuleText(g, m_lesson->lastProcessed()));
    } else {
        // The last step's products stay on screen above the verdict: the pass ends on a variable's sum.
        const QString lastStep = chainRuleText(g, m_lesson->lastProcessed());
        switch (check.agreement) {
        case GradientAgreement::OutsideDomain:
            m_status->setText(
                tr("Backward pass complete, but f(%1) is undefined (%2): %3 = %1 is outside the "
                   "domain, so f has no gradient here. PyTorch would still report %3.grad = %4 "
                   "from the local rules: a number, not a slope.")
                    .arg(at, translated(check.reason), v, asPyTorchPrints(r)));
            break;
        case GradientAgreement::Corner:
            m_status->setText(
                tr("Backward pass complete: PyTorch's loss.backward() would report %1.grad = %2, "
                   "its convention at a corner (abs and relu count their slope at 0 as 0). The "
                   "true derivative does not exist here: the one-sided slopes differ.")
                    .arg(v, asPyTorchPrints(r)));
            break;
        case GradientAgreement::Vertical:
            m_status->setText(
                tr("Backward pass complete: PyTorch would print %1.grad = %2. The derivative is "
                   "undefined here (vertical tangent): the slope grows without bound.")
                    .arg(v, asPyTorchPrints(r)));
            break;
        case GradientAgreement::NotFinite:
            m_status->setText(tr("Backward pass complete: PyTorch would print %1.grad = %2; the slope is not "
                                 "finite here.")
                                  .arg(v, asPyTorchPrints(r)));
            break;
        default:
            m_status->setText(tr("Backward pass complete: %1.grad = %2, as PyTorch's loss.backward() would "
                                 "give.")
                                  .arg(v, asPyTorchPrints(r)));
            break;
        }
        if (!lastStep.isEmpty()) m_status->setText(lastStep + QLatin1Char('\n') + m_status->text());
    }
    if (m_lesson->backwardDone()) {
        const double s = m_lesson->symbolicGradient(), c = m_lesson->centralDifference();
        const QString formula = QString::fromStdString(toUnicode(m_lesson->function()->partial(0)));
        QString verdict, adText = formatValue(r, 12), symbolicText = formatValue(s, 12),
                         centralText = formatValue(c, 12);
        bool good = false;
        switch (check.agreement) {
        case GradientAgreement::Agree:
            verdict = tr("✔ AD and symbolic agree");
            good = true;
            break;
        case GradientAgreement::Differ:
            verdict = tr("✘ they differ");
            break;
        case GradientAgreement::OutsideDomain:
            // Outside the domain the formulas still produce numbers (1/x + 2x at x = −2); they are not a
            // derivative of anything, so they are shown as undefined rather than as results.
            adText = symbolicText = centralText = tr("undefined");
            verdict = tr("✘ nothing to compare: f(%1) is undefined, %2 = %1 is outside the function's "
                         "domain (%3), so f has no derivative there")
                          .arg(at, v, translated(check.reason).toHtmlEscaped());
            break;
        case GradientAgreement::Corner:
            adText = tr("%1 (PyTorch's convention)").arg(asPyTorchPrints(r));
            symbolicText = tr("undefined (corner)");
            verdict = tr("✘ no derivative at %1 = %2: a corner, the one-sided slopes differ (%3 from the "
                         "left, %4 from the right)")
                          .arg(v, at, formatValue(check.left, 6), formatValue(check.right, 6));
            break;
        case GradientAgreement::Vertical:
            adText = tr("undefined (vertical tangent; PyTorch prints %1)").arg(asPyTorchPrints(r));
            symbolicText = tr("undefined (vertical tangent)");
            verdict = tr("✘ no derivative at %1 = %2: a vertical tangent, the difference quotients grow "
                         "without bound as h shrinks")
                          .arg(v, at);
            break;
        case GradientAgreement::NotFinite:
            adText = std::isfinite(r) ? adText : tr("undefined");
            symbolicText = std::isfinite(s) ? symbolicText : tr("undefined");
            verdict = tr("✘ nothing to compare: f(%1) is defined but its slope is not finite there").arg(at);
            break;
        case GradientAgreement::Removable: {
            symbolicText = tr("undefined as written (0/0)");
            adText = std::isfinite(r) ? adText : tr("undefined");
            const QString slope = formatValue(check.left, 6);
            if (std::isfinite(r) && std::fabs(r - check.left) <= 1e-6 * (1.0 + std::fabs(check.left))) {
                verdict = tr("✔ the slope exists and AD gives it: f′(%1) = %2 (the one-sided difference "
                             "quotients agree and shrink towards it); the symbolic formula is 0/0 there as "
                             "written, not a corner")
                              .arg(at, slope);
                good = true;
            } else {
                verdict = tr("✘ the slope exists, f′(%1) ≈ %2 by the one-sided difference quotients, but "
                             "AD gives %3 and the symbolic formula is 0/0 there as written")
                              .arg(at, slope, asPyTorchPrints(r));
            }
            break;
        }
        }
        m_comparison->setText(
            tr("reverse-mode AD <b>%1</b> &nbsp;|&nbsp; symbolic f′(%2) = %3 = <b>%4</b> &nbsp;|&nbsp; "
               "central difference <b>%5</b><br><span style='color:%6'>%7</span>")
                .arg(adText.toHtmlEscaped(), at, formula.toHtmlEscaped(), symbolicText.toHtmlEscaped(),
                     centralText.toHtmlEscaped(),
                     htmlColour(good ? palette::tangent : palette::error, m_comparison), verdict));
    } else {
        m_comparison->setText(QString());
    }
    m_diagram->setGradientsAreSlopes(!m_lesson->backwardDone() ||
                                     check.agreement != GradientAgreement::OutsideDomain);
    m_diagram->update();
}

} // namespace gradlab
