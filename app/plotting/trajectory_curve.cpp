#include "plotting/trajectory_curve.h"

#include "plotting/lesson_plot.h"

#include <QHash>
#include <cmath>

namespace gradlab {

namespace {
/// A scatter skip that leaves only the first point's marker.
constexpr int kSkipAll = 1 << 29;
} // namespace

QCPLayer* TrajectoryCurve::endsLayer(LessonPlot* plot) {
    const QString name = QStringLiteral("ends");
    if (!plot->layer(name)) {
        plot->addLayer(name, plot->overlayLayer(), QCustomPlot::limAbove);
        // Its own buffer, redrawn with the overlay (LessonPlot::replotOverlay): else a replot of the overlay
        // alone would leave what this layer shows (the inspected step's ring) where it was.
        plot->layer(name)->setMode(QCPLayer::lmBuffered);
    }
    return plot->layer(name);
}

TrajectoryCurve::TrajectoryCurve(LessonPlot* plot, const QColor& colour, const QString& name)
    : m_plot(plot) {
    const QCPScatterStyle dot(QCPScatterStyle::ssCircle, QPen(colour.darker(130), 1), QBrush(colour), 7);
    m_curve = new QCPCurve(plot->xAxis, plot->yAxis);
    m_curve->setLayer(plot->overlayLayer());
    m_curve->setPen(QPen(colour, 2));
    m_curve->setScatterStyle(dot);
    m_curve->setName(name);
    m_curve->setSelectable(QCP::stNone);
    m_markers = new QCPCurve(plot->xAxis, plot->yAxis);
    m_markers->setLayer(plot->overlayLayer());
    m_markers->setLineStyle(QCPCurve::lsNone);
    m_markers->setScatterStyle(dot);
    m_markers->setSelectable(QCP::stNone);
    m_markers->removeFromLegend();
    m_markers->setVisible(false);
    m_head = plot->addGraph();
    m_head->setLayer(endsLayer(plot));
    m_head->setLineStyle(QCPGraph::lsNone);
    m_head->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.5), QBrush(colour), 12));
    m_head->removeFromLegend();
    // The markers depend on pixels: the plot's layout of this frame (its axis rect and ranges) is only known
    // after the layout step of a replot, which comes before anything is drawn.
    m_laidOut = QObject::connect(plot, &QCustomPlot::afterLayout, m_markers, [this] {
        if (m_spacing <= 0) return;
        if (m_plot->axisRect()->rect() == m_mappedRect && m_plot->xAxis->range() == m_mappedX &&
            m_plot->yAxis->range() == m_mappedY)
            return;
        updateMarkers();
    });
}

TrajectoryCurve::~TrajectoryCurve() {
    QObject::disconnect(m_laidOut);
}

void TrajectoryCurve::show(const Trajectory& t) {
    QVector<QCPCurveData> data;
    data.reserve(static_cast<int>(t.points.size()));
    m_points.clear();
    for (const TrajectoryPoint& p : t.points) {
        const double y = t.dimension == 1 ? p.loss : p.point[1];
        data.append(QCPCurveData(p.step, p.point[0], y));
        m_points.append(QPointF(p.point[0], y));
    }
    m_curve->data()->set(data, true);
    // Long runs: markers on about a hundred of the points, the line through all of them. With a marker
    // spacing the markers curve marks the steps; the line's own marker is kept for the legend (and the
    // start, where the first marker lies anyway).
    m_curve->setScatterSkip(m_spacing > 0 ? kSkipAll : std::max(0, static_cast<int>(data.size()) / 100 - 1));
    // Before the first step the head would only hide the start.
    if (data.size() < 2)
        m_head->data()->clear();
    else
        m_head->setData({data.last().key}, {data.last().value}, true);
    updateMarkers();
}

void TrajectoryCurve::setMarkerSpacing(double pixels) {
    m_spacing = pixels;
    m_curve->setScatterSkip(pixels > 0 ? kSkipAll : 0);
    m_markers->setVisible(m_visible && pixels > 0);
    updateMarkers();
}

void TrajectoryCurve::setDashed(bool dashed) {
    QPen pen = m_curve->pen();
    pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
    m_curve->setPen(pen);
    QCPScatterStyle dot = m_markers->scatterStyle();
    dot.setBrush(dashed ? QBrush(Qt::white) : QBrush(pen.color()));
    m_markers->setScatterStyle(dot);
    m_curve->setScatterStyle(dot);
}

void TrajectoryCurve::setMarkerShape(int shape) {
    const auto s = static_cast<QCPScatterStyle::ScatterShape>(shape);
    QCPScatterStyle dot = m_markers->scatterStyle();
    dot.setShape(s);
    // Open shapes (a star) are drawn by their outline alone: a thicker one.
    dot.setPen(QPen(m_curve->pen().color().darker(130), s == QCPScatterStyle::ssStar ? 1.8 : 1));
    dot.setSize(s == QCPScatterStyle::ssCircle ? 7 : 8);
    m_markers->setScatterStyle(dot);
    m_curve->setScatterStyle(dot);
    QCPScatterStyle head = m_head->scatterStyle();
    head.setShape(s);
    m_head->setScatterStyle(head);
}

void TrajectoryCurve::updateMarkers() {
    if (m_spacing <= 0) return;
    m_mappedRect = m_plot->axisRect()->rect();
    m_mappedX = m_plot->xAxis->range();
    m_mappedY = m_plot->yAxis->range();
    // The first point, then each point at least m_spacing pixels from every marker already placed (a run
    // that zigzags across a valley would otherwise lay one on top of another).
    QVector<QCPCurveData> marked;
    QHash<qint64, QVector<QPointF>> cells;
    auto cellOf = [this](double v) { return static_cast<qint64>(std::floor(v / m_spacing)); };
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF p = m_points[i];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
        const QPointF pixel(m_plot->xAxis->coordToPixel(p.x()), m_plot->yAxis->coordToPixel(p.y()));
        // A marker a million pixels away cannot be seen (a diverging run): none, and no overflow below.
        if (!(std::fabs(pixel.x()) < 1e6 && std::fabs(pixel.y()) < 1e6)) continue;
        const qint64 cx = cellOf(pixel.x()), cy = cellOf(pixel.y());
        // Cells within ±1e6 px at ≥ 1 px spacing fit 21 bits each way: one non-negative key per cell.
        auto key = [](qint64 x, qint64 y) {
            return (x + (qint64(1) << 21)) * (qint64(1) << 22) + (y + (qint64(1) << 21));
        };
        bool crowded = false;
        for (qint64 dx = -1; dx <= 1 && !crowded; ++dx)
            for (qint64 dy = -1; dy <= 1 && !crowded; ++dy)
                for (const QPointF& q : cells.value(key(cx + dx, cy + dy)))
                    if (std::hypot(pixel.x() - q.x(), pixel.y() - q.y()) < m_spacing) crowded = true;
        if (crowded) continue;
        marked.append(QCPCurveData(i, p.x(), p.y()));
        cells[key(cx, cy)].append(pixel);
    }
    m_markers->data()->set(marked, true);
}

void TrajectoryCurve::setVisible(bool visible) {
    m_visible = visible;
    m_curve->setVisible(visible);
    m_markers->setVisible(visible && m_spacing > 0);
    m_head->setVisible(visible);
}

QPointF TrajectoryCurve::last() const {
    if (m_curve->data()->isEmpty()) return {std::nan(""), std::nan("")};
    const auto it = m_curve->data()->constEnd() - 1;
    return {it->key, it->value};
}

} // namespace gradlab
