#include "plotting/curve_graph.h"

#include "plotting/lesson_plot.h"

namespace gradlab {

CurveGraph::CurveGraph(LessonPlot* plot, const QColor& colour, const QString& name, Output output)
    : m_plot(plot)
    , m_output(output) {
    m_graph = plot->addGraph();
    m_graph->setPen(QPen(colour, 2.5));
    m_graph->setName(name);
    m_graph->setSelectable(QCP::stNone);
}

Range CurveGraph::show(const CompiledFunction& f, double xMin, double xMax) {
    const SampledCurve c = m_output == Output::Value ? sampleCurve(f, xMin, xMax, kSamples)
                                                     : sampleDerivative(f, xMin, xMax, kSamples);
    m_graph->setData(QVector<double>(c.x.begin(), c.x.end()), QVector<double>(c.y.begin(), c.y.end()), true);
    Range y = suggestRange(c.y);
    // Keep the x-axis in view when the curve is close to it, so the sign of values reads at a glance.
    if (y.lower > 0 && y.lower < 0.25 * (y.upper - y.lower)) y.lower = -0.05 * (y.upper - y.lower);
    if (y.upper < 0 && -y.upper < 0.25 * (y.upper - y.lower)) y.upper = 0.05 * (y.upper - y.lower);
    m_plot->setHomeRanges(QCPRange(xMin, xMax), QCPRange(y.lower, y.upper));
    return y;
}

} // namespace gradlab
