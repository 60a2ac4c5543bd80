#include "views/autograd_figure.h"

#include "diff/gradient_check.h"
#include "expression/printer.h"
#include "lessons/autograd_lesson.h"
#include "plotting/palette.h"
#include "widgets/figure_title.h"
#include "widgets/graph_diagram.h"
#include "widgets/number_format.h"

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
    update();
}

void AutogradFigure::update() {
    const ComputationGraph& g = m_lesson->graph();
    const QString v = m_lesson->variable();
    m_title->setFunction(*m_lesson->function(), false, tr("at %1 = %2").arg(v, formatValue(m_lesson->x())));
    const QString at = formatValue(m_lesson->x());
    if (!m_lesson->backwardStarted()) {
        m_status->setText(tr("Forward pass at %1 = %2: every operation records its inputs and its value, "
                             "f = %3. Press Backward to send the gradient back through the graph.")
                              .arg(v, at, formatValue(g.value())));
    } else if (!m_lesson->backwardDone()) {
        const GraphNode& n = g.nodes()[static_cast<std::size_t>(m_lesson->lastProcessed())];
        m_status->setText(
            tr("Backward: %1 passed its gradient %2 to its inputs, each multiplied by the local "
               "derivative of %1 (the chain rule).")
                .arg(QString::fromStdString(n.label), formatValue(n.gradient)));
    } else if (const GradientCheck check = checkGradient(g, 0, m_lesson->symbolicGradient());
               check.agreement == GradientAgreement::OutsideDomain) {
        m_status->setText(tr("Backward pass complete, but f(%1) is undefined (%2): %3 = %1 is outside the "
                             "domain, so f has no gradient here. PyTorch would still report %3.grad = %4 "
                             "from the local rules: a number, not a slope.")
                              .arg(at, QString::fromStdString(check.reason), v,
                                   formatValue(m_lesson->reverseGradient(), 10)));
    } else {
        m_status->setText(tr("Backward pass complete: %1.grad = %2, as PyTorch's loss.backward() would give.")
                              .arg(v, formatValue(m_lesson->reverseGradient(), 10)));
    }
    if (m_lesson->backwardDone()) {
        const double r = m_lesson->reverseGradient(), s = m_lesson->symbolicGradient(),
                     c = m_lesson->centralDifference();
        // A check mark needs a defined function and two finite values that agree (checkGradient).
        const GradientCheck check = checkGradient(g, 0, s);
        QString verdict;
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
            verdict = tr("✘ nothing to compare: f(%1) is undefined, %2 = %1 is outside the function's "
                         "domain (%3), so f has no derivative there")
                          .arg(at, v, QString::fromStdString(check.reason).toHtmlEscaped());
            break;
        case GradientAgreement::NotFinite:
            verdict = tr("✘ nothing to compare: f(%1) is defined but its slope is not finite there "
                         "(a vertical tangent or a corner)")
                          .arg(at);
            break;
        }
        const bool defined = check.agreement != GradientAgreement::OutsideDomain;
        // Outside the domain the formulas still produce numbers (1/x + 2x at x = −2); they are not a
        // derivative of anything, so they are shown as undefined rather than as results.
        m_comparison->setText(
            tr("reverse-mode AD <b>%1</b> &nbsp;|&nbsp; symbolic f′(%2) = %3 = <b>%4</b> &nbsp;|&nbsp; "
               "central difference <b>%5</b><br><span style='color:%6'>%7</span>")
                .arg(defined ? formatValue(r, 12) : tr("undefined"), at,
                     QString::fromStdString(toUnicode(m_lesson->function()->partial(0))),
                     defined ? formatValue(s, 12) : tr("undefined"),
                     defined ? formatValue(c, 12) : tr("undefined"),
                     (good ? palette::tangent : palette::error).name(), verdict));
    } else {
        m_comparison->setText(QString());
    }
    m_diagram->update();
}

} // namespace gradlab
