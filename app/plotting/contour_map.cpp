#include "plotting/contour_map.h"

#include "geometry/contours.h"
#include "lessons/number_format.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"

#include <cmath>

namespace gradlab {

ContourMap::ContourMap(LessonPlot* plot)
    : QObject(plot)
    , m_plot(plot) {
    // A map is read by its shapes (level lines, paths, arrows): more room than a plot of a curve needs.
    plot->setLeastDataArea(15, 9);
    m_map = new QCPColorMap(plot->xAxis, plot->yAxis);
    m_map->setInterpolate(true);
    m_map->setTightBoundary(true);
    m_map->setSelectable(QCP::stNone);
    // Pale where f is low, deeper blue where it is high: arrows and points stay readable on top.
    QCPColorGradient gradient;
    for (const auto& [at, colour] : palette::heightStops())
        gradient.setColorStopAt(at, colour);
    m_map->setGradient(gradient);
    m_map->removeFromLegend();

    // The colour bar right of the map, as tall as the axis rectangle.
    m_colorScale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, m_colorScale);
    m_colorScale->setType(QCPAxis::atRight);
    m_colorScale->setBarWidth(12);
    m_colorScale->setRangeDrag(false);
    m_colorScale->setRangeZoom(false);
    // Linking the map to the bar makes it take the bar's gradient: the bar gets ours.
    m_colorScale->setGradient(gradient);
    m_map->setColorScale(m_colorScale);
    auto* group = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_colorScale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    connect(plot, &QCustomPlot::beforeReplot, this, &ContourMap::styleColorScale);

    // Every frame is laid out before it is drawn, and a pan, zoom, resize or equal-aspect fit has moved the
    // ranges by then (the plot's own afterLayout hook, connected first, fits the aspect): sampling here
    // samples once per frame, for the ranges drawn, however many times they changed on the way.
    connect(plot, &QCustomPlot::afterLayout, this, &ContourMap::coverView);
}

void ContourMap::styleColorScale() {
    // The bar's axis in the plot's own colours (light or dark appearance).
    QCPAxis* axis = m_colorScale->axis();
    axis->setBasePen(m_plot->xAxis->basePen());
    axis->setTickPen(m_plot->xAxis->tickPen());
    axis->setSubTickPen(m_plot->xAxis->subTickPen());
    axis->setTickLabelColor(m_plot->xAxis->tickLabelColor());
    axis->setLabelColor(m_plot->xAxis->labelColor());
    axis->setTickLabelFont(m_plot->xAxis->tickLabelFont());
    axis->setLabelFont(m_plot->xAxis->labelFont());
}

void ContourMap::show(const FunctionPtr& f, double xmin, double xmax, double ymin, double ymax,
                      const QString& valueLabel) {
    m_function = f;
    // The scale is fitted once per function and rectangle: zooming out later saturates the colours beyond
    // it rather than changing what a colour means.
    Grid home = sampleGrid(*f, xmin, xmax, ymin, ymax, kGrid, kGrid);
    m_scale = ValueScale::fit(home.values);
    m_colorScale->setDataRange(QCPRange(0, m_scale.isValid() ? m_scale.top() : 1));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const std::vector<double> ticks = m_scale.ticks(6);
    // In one style, each exact and distinct ("1000000.0002", not "1e+06" twice; "80" beside "50").
    const QList<QString> labels = axisLabels(QList<double>(ticks.begin(), ticks.end()));
    for (std::size_t i = 0; i < ticks.size(); ++i)
        ticker->addTick(m_scale.toScale(ticks[i]), labels[static_cast<qsizetype>(i)]);
    m_colorScale->axis()->setTicker(ticker);
    m_colorScale->axis()->setLabel(valueLabel);
    m_colorScale->setVisible(m_scale.isValid());
    // Nothing of the new function is sampled yet: the first layout (the home view's replot below) samples
    // the view it fits, once, with this grid if the view lies within it; the grid is kept for every later
    // view it serves.
    m_home = std::move(home);
    m_sampled = QRectF();
    m_plot->setEqualAspect(true);
    m_plot->setHomeRanges(QCPRange(xmin, xmax), QCPRange(ymin, ymax));
    // In case no layout ran (a replot under way). A plot never shown is sampled by its first layout, at the
    // size it is drawn at (an exported figure), not here at a default size.
    if (m_plot->isVisible()) coverView();
}

namespace {
/// Whether `sampled` holds all of `view` at a useful resolution: not sampled for a view four times larger.
bool servesView(const QRectF& sampled, const QRectF& view) {
    const bool covered = sampled.left() <= view.left() && sampled.right() >= view.right() &&
                         sampled.top() <= view.top() && sampled.bottom() >= view.bottom();
    const bool detailed = view.width() >= 0.25 * sampled.width() && view.height() >= 0.25 * sampled.height();
    return !sampled.isEmpty() && covered && detailed;
}

/// Whether lines spaced for a view whose larger side is `spacedFor` suit `view`: not spaced for a view
/// kRespacing times larger or more.
bool spacedForView(double spacedFor, const QRectF& view) {
    return std::max(view.width(), view.height()) * ContourMap::kRespacing >= spacedFor;
}

} // namespace

void ContourMap::coverView() {
    if (!m_function || m_sampling) return;
    const QCPRange x = m_plot->xAxis->range(), y = m_plot->yAxis->range();
    const QRectF view(QPointF(x.lower, y.lower), QPointF(x.upper, y.upper));
    // The home rectangle, sampled by show() to fit the scale, is drawn whenever it serves the view, however
    // the view got there: the same view shows the same lines whether the plot was laid out once or first at
    // another size while hidden (a lesson rebuilt for a language switch), zoomed away or panned back.
    if (!m_home.values.empty()) {
        const QRectF home(QPointF(m_home.xmin, m_home.ymin), QPointF(m_home.xmax, m_home.ymax));
        const double homeSide = std::max(home.width(), home.height());
        if (servesView(home, view) && spacedForView(homeSide, view)) {
            if (m_sampled != home || m_spacedFor != homeSide) sample(home, kMinLineGap * homeSide, &m_home);
            return;
        }
    }
    // Lines spaced for a much larger view would stay sparse: they are spaced again for the view drawn. A
    // zoom may go kRespacing times in before that (not every wheel step samples again). A plot resized (by
    // the window, by its layout when a text wrapped, or laid out while hidden and then shown) is sampled
    // afresh for the view it shows now: its colours and lines are those of a plot laid out once at that size,
    // as an export of the figure at that size draws them.
    const bool resized = m_plot->size() != m_sampledPlotSize;
    if (!resized && servesView(m_sampled, view) && spacedForView(m_spacedFor, view)) return;
    // A quarter of the view's size on every side, so that panning a little does not sample again.
    sample(
        view.adjusted(-0.25 * view.width(), -0.25 * view.height(), 0.25 * view.width(), 0.25 * view.height()),
        kMinLineGap * std::max(view.width(), view.height()));
}

void ContourMap::sample(const QRectF& rect, double lineGap, const Grid* computed) {
    m_sampling = true;
    m_sampled = rect;
    m_spacedFor = lineGap / kMinLineGap;
    m_sampledPlotSize = m_plot->size();
    Grid evaluated;
    if (!computed)
        evaluated =
            sampleGrid(*m_function, rect.left(), rect.right(), rect.top(), rect.bottom(), kGrid, kGrid);
    const Grid& grid = computed ? *computed : evaluated;
    // The colours and the levels' spacing read the same scaled values: each computed once.
    const std::vector<double> scaled = m_scale.toScale(grid.values);
    QCPColorMapData* data = m_map->data();
    data->setSize(grid.nx, grid.ny);
    data->setRange(QCPRange(rect.left(), rect.right()), QCPRange(rect.top(), rect.bottom()));
    for (int j = 0; j < grid.ny; ++j)
        for (int i = 0; i < grid.nx; ++i) {
            const double v = grid.at(i, j);
            data->setCell(
                i, j, std::isfinite(v) ? scaled[static_cast<std::size_t>(j) * grid.nx + i] : std::nan(""));
        }
    m_map->setDataRange(QCPRange(0, m_scale.isValid() ? m_scale.top() : 1));

    m_levels = contourLevels(grid, m_scale, kLevels, lineGap, &scaled);
    const std::vector<ContourLevel> levels = traceContours(grid, m_levels);
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
            points.reserve(static_cast<int>(c.x.size()));
            // The level's lines one after another, separated by NaN gaps, so one curve draws them all: a
            // segment that starts where the last one ended continues its line (far fewer, longer
            // polylines to draw than one per segment).
            for (std::size_t s = 0; s + 1 < c.x.size(); s += 2) {
                const bool continues = s > 0 && c.x[s] == c.x[s - 1] && c.y[s] == c.y[s - 1];
                if (!continues) {
                    if (s > 0) points.append(QCPCurveData(points.size(), std::nan(""), std::nan("")));
                    points.append(QCPCurveData(points.size(), c.x[s], c.y[s]));
                }
                points.append(QCPCurveData(points.size(), c.x[s + 1], c.y[s + 1]));
            }
        }
        m_curves[k]->data()->set(points, true);
    }
    m_sampling = false;
}

} // namespace gradlab
