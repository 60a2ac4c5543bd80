#include "plotting/curve_graph.h"

#include "plotting/lesson_plot.h"

#include <cmath>

namespace gradlab {

CurveGraph::CurveGraph(LessonPlot* plot, const QColor& colour, const QString& name, Output output)
    : m_plot(plot)
    , m_output(output) {
    m_graph = plot->addGraph();
    m_graph->setPen(QPen(colour, 2.5));
    m_graph->setName(name);
    m_graph->setSelectable(QCP::stNone);
    m_viewConnection = QObject::connect(plot->xAxis, QOverload<const QCPRange&>::of(&QCPAxis::rangeChanged),
                                        plot, [this](const QCPRange& visible) { followView(visible); });
}

CurveGraph::~CurveGraph() {
    QObject::disconnect(m_viewConnection);
}

SampledCurve CurveGraph::sample(double xMin, double xMax) {
    const SampledCurve c = m_output == Output::Value ? sampleCurve(*m_function, xMin, xMax, kSamples)
                                                     : sampleDerivative(*m_function, xMin, xMax, kSamples);
    m_graph->setData(QVector<double>(c.x.begin(), c.x.end()), QVector<double>(c.y.begin(), c.y.end()), true);
    m_sampledMin = xMin;
    m_sampledMax = xMax;
    return c;
}

Range CurveGraph::show(FunctionPtr f, double xMin, double xMax) {
    m_function = std::move(f);
    Range y = suggestRange(sample(xMin, xMax).y);
    // Keep the x-axis in view when the curve is close to it, so the sign of values reads at a glance.
    if (y.lower > 0 && y.lower < 0.25 * (y.upper - y.lower)) y.lower = -0.05 * (y.upper - y.lower);
    if (y.upper < 0 && -y.upper < 0.25 * (y.upper - y.lower)) y.upper = 0.05 * (y.upper - y.lower);
    m_plot->setHomeRanges(QCPRange(xMin, xMax), QCPRange(y.lower, y.upper));
    return y;
}

void CurveGraph::followView(const QCPRange& visible) {
    if (!m_function) return;
    const double width = visible.upper - visible.lower;
    if (!(width > 0) || !std::isfinite(width)) return;
    const bool inside = visible.lower >= m_sampledMin && visible.upper <= m_sampledMax;
    if (inside && m_sampledMax - m_sampledMin <= 4 * width) return;
    sample(visible.lower - 0.5 * width, visible.upper + 0.5 * width);
}

} // namespace gradlab
