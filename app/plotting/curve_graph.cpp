#include "plotting/curve_graph.h"

#include "plotting/lesson_plot.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace gradlab {

CurveGraph::CurveGraph(LessonPlot* plot, const QColor& colour, const QString& name, Output output)
    : m_plot(plot)
    , m_output(output) {
    m_graph = plot->addGraph();
    m_graph->setPen(QPen(colour, 2.5));
    m_graph->setName(name);
    m_graph->setSelectable(QCP::stNone);
    // QCustomPlot's adaptive sampling thins a graph with more points than pixel columns to a min/max
    // zig-zag per column, which a thick antialiased pen draws as beads on steep parts (narrow plots hit
    // it, wide ones and high-resolution exports do not). The curve is sampled for the screen already.
    m_graph->setAdaptiveSampling(false);
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
    m_viewConnection = QObject::connect(plot->xAxis, QOverload<const QCPRange&>::of(&QCPAxis::rangeChanged),
                                        plot, [this](const QCPRange& visible) { followView(visible); });
}

CurveGraph::~CurveGraph() {
    QObject::disconnect(m_viewConnection);
}

double CurveGraph::valueAt(double x) const {
    return m_output == Output::Value ? m_function->value(x) : m_function->slope(x);
}

void CurveGraph::refine(SampledCurve& c, double xVisible, double yLo, double yHi) const {
    if (c.x.size() < 2 || !(yHi > yLo) || !(xVisible > 0)) return;
    // Pixels per unit: the plot's own, but at least those of a large plot, so a resize needs no resampling.
    const double xScale = std::max(1600.0, double(m_plot->axisRect()->width())) / xVisible;
    const double yScale = std::max(1000.0, double(m_plot->axisRect()->height())) / (yHi - yLo);
    // Segments far above or below the band are off screen whatever the pan: not refined.
    const double bandLo = yLo - (yHi - yLo), bandHi = yHi + (yHi - yLo);
    constexpr int kMaxDepth = 14;
    constexpr std::size_t kMaxPoints = 60000;
    SampledCurve out;
    out.x.reserve(c.x.size() * 2);
    out.y.reserve(c.y.size() * 2);
    // Appends the points strictly between (x0, y0) and (x1, y1), in order.
    std::function<void(double, double, double, double, int)> split = [&](double x0, double y0, double x1,
                                                                         double y1, int depth) {
        if (depth >= kMaxDepth || out.x.size() >= kMaxPoints) return;
        if ((y0 > bandHi && y1 > bandHi) || (y0 < bandLo && y1 < bandLo)) return;
        if (std::hypot((x1 - x0) * xScale, (y1 - y0) * yScale) <= kMaxGapPixels) return;
        const double xm = 0.5 * (x0 + x1);
        const double ym = valueAt(xm);
        if (!std::isfinite(ym)) return; // the sampler marks real breaks; a lone bad value stays unrefined
        split(x0, y0, xm, ym, depth + 1);
        out.x.push_back(xm);
        out.y.push_back(ym);
        split(xm, ym, x1, y1, depth + 1);
    };
    for (std::size_t i = 0; i < c.x.size(); ++i) {
        if (i > 0 && std::isfinite(c.y[i - 1]) && std::isfinite(c.y[i]))
            split(c.x[i - 1], c.y[i - 1], c.x[i], c.y[i], 0);
        out.x.push_back(c.x[i]);
        out.y.push_back(c.y[i]);
    }
    c = std::move(out);
}

SampledCurve CurveGraph::sample(double xMin, double xMax, double xVisible, double yLo, double yHi) {
    const SampledCurve raw = m_output == Output::Value ? sampleCurve(*m_function, xMin, xMax, kSamples)
                                                       : sampleDerivative(*m_function, xMin, xMax, kSamples);
    if (!(yHi > yLo)) {
        const Range r = suggestRange(raw.y);
        yLo = r.lower;
        yHi = r.upper;
    }
    SampledCurve c = raw;
    refine(c, xVisible, yLo, yHi);
    m_graph->setData(QVector<double>(c.x.begin(), c.x.end()), QVector<double>(c.y.begin(), c.y.end()), true);
    m_sampledMin = xMin;
    m_sampledMax = xMax;
    return raw;
}

Range CurveGraph::show(FunctionPtr f, double xMin, double xMax) {
    m_function = std::move(f);
    Range y = suggestRange(sample(xMin, xMax, xMax - xMin, 0, 0).y);
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
    sample(visible.lower - 0.5 * width, visible.upper + 0.5 * width, width, m_plot->yAxis->range().lower,
           m_plot->yAxis->range().upper);
}

} // namespace gradlab
