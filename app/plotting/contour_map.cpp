#include "plotting/contour_map.h"

#include "geometry/contours.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"

#include <cmath>

namespace gradlab {

ContourMap::ContourMap(LessonPlot* plot)
    : m_plot(plot) {
    m_map = new QCPColorMap(plot->xAxis, plot->yAxis);
    m_map->setInterpolate(true);
    m_map->setTightBoundary(true);
    m_map->setSelectable(QCP::stNone);
    // Pale where f is low, deeper blue where it is high: arrows and points stay readable on top.
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0xff, 0xff, 0xff));
    gradient.setColorStopAt(0.35, QColor(0xde, 0xeb, 0xf7));
    gradient.setColorStopAt(0.7, QColor(0x9e, 0xca, 0xe1));
    gradient.setColorStopAt(1.0, QColor(0x42, 0x92, 0xc6));
    m_map->setGradient(gradient);
    m_map->removeFromLegend();
}

void ContourMap::show(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax) {
    const Grid grid = sampleGrid(f, xmin, xmax, ymin, ymax, kGrid, kGrid);
    // Colours follow log(1 + (f − min)/s): a narrow valley stays visible beside walls thousands of times
    // higher.
    double lo = INFINITY, hi = -INFINITY;
    for (double v : grid.values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    const double s = std::max((hi - lo) * 1e-3, 1e-12);
    QCPColorMapData* data = m_map->data();
    data->setSize(grid.nx, grid.ny);
    data->setRange(QCPRange(xmin, xmax), QCPRange(ymin, ymax));
    for (int j = 0; j < grid.ny; ++j)
        for (int i = 0; i < grid.nx; ++i) {
            const double v = grid.at(i, j);
            data->setCell(i, j, std::isfinite(v) ? std::log1p((v - lo) / s) : std::nan(""));
        }
    m_map->rescaleDataRange(true);

    const std::vector<ContourLevel> levels = traceContours(grid, contourLevels(grid, kLevels));
    while (m_curves.size() < static_cast<int>(levels.size())) {
        auto* curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        curve->setPen(QPen(palette::contour, 1.0));
        curve->setSelectable(QCP::stNone);
        curve->removeFromLegend();
        m_curves.append(curve);
    }
    for (int k = 0; k < m_curves.size(); ++k) {
        QVector<QCPCurveData> points;
        if (k < static_cast<int>(levels.size())) {
            const ContourLevel& c = levels[static_cast<std::size_t>(k)];
            points.reserve(static_cast<int>(c.x.size() / 2 * 3));
            // Segments separated by NaN gaps, so one curve per level draws them all.
            for (std::size_t s2 = 0; s2 + 1 < c.x.size(); s2 += 2) {
                const double t = static_cast<double>(points.size());
                points.append(QCPCurveData(t, c.x[s2], c.y[s2]));
                points.append(QCPCurveData(t + 1, c.x[s2 + 1], c.y[s2 + 1]));
                points.append(QCPCurveData(t + 2, std::nan(""), std::nan("")));
            }
        }
        m_curves[k]->data()->set(points, true);
    }
    m_plot->setEqualAspect(true);
    m_plot->setHomeRanges(QCPRange(xmin, xmax), QCPRange(ymin, ymax));
}

} // namespace gradlab
