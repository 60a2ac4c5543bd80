#include "views/autograd_figure.h"

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
    } else {
        m_status->setText(tr("Backward pass complete: %1.grad = %2, as PyTorch's loss.backward() would give.")
                              .arg(v, formatValue(m_lesson->reverseGradient(), 10)));
    }
    if (m_lesson->backwardDone()) {
        const double r = m_lesson->reverseGradient(), s = m_lesson->symbolicGradient(),
                     c = m_lesson->centralDifference();
        const bool agree = std::fabs(r - s) <= 1e-12 * std::max(1.0, std::fabs(s));
        m_comparison->setText(
            tr("reverse-mode AD <b>%1</b> &nbsp;|&nbsp; symbolic f′(%2) = %3 = <b>%4</b> &nbsp;|&nbsp; "
               "central difference <b>%5</b> &nbsp; <span style='color:%6'>%7</span>")
                .arg(formatValue(r, 12), at,
                     QString::fromStdString(toUnicode(m_lesson->function()->partial(0))), formatValue(s, 12),
                     formatValue(c, 12), (agree ? palette::tangent : palette::error).name(),
                     agree ? tr("✔ AD and symbolic agree") : tr("✘ they differ")));
    } else {
        m_comparison->setText(QString());
    }
    m_diagram->update();
}

} // namespace gradlab
