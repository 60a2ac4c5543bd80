#include "plotting/trajectory_curve.h"

#include "plotting/lesson_plot.h"

#include <cmath>

namespace gradlab {

TrajectoryCurve::TrajectoryCurve(LessonPlot* plot, const QColor& colour, const QString& name) {
    m_curve = new QCPCurve(plot->xAxis, plot->yAxis);
    m_curve->setLayer(plot->overlayLayer());
    m_curve->setPen(QPen(colour, 2));
    m_curve->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour.darker(130), 1), QBrush(colour), 7));
    m_curve->setName(name);
    m_curve->setSelectable(QCP::stNone);
    m_head = plot->addGraph();
    m_head->setLayer(plot->overlayLayer());
    m_head->setLineStyle(QCPGraph::lsNone);
    m_head->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.5), QBrush(colour), 12));
    m_head->removeFromLegend();
}

void TrajectoryCurve::show(const Trajectory& t) {
    QVector<QCPCurveData> data;
    data.reserve(static_cast<int>(t.points.size()));
    for (const TrajectoryPoint& p : t.points) {
        const double y = t.dimension == 1 ? p.loss : p.point[1];
        data.append(QCPCurveData(p.step, p.point[0], y));
    }
    m_curve->data()->set(data, true);
    // Long runs: markers on about a hundred of the points, the line through all of them.
    m_curve->setScatterSkip(std::max(0, static_cast<int>(data.size()) / 100 - 1));
    if (data.isEmpty())
        m_head->data()->clear();
    else
        m_head->setData({data.last().key}, {data.last().value}, true);
}

void TrajectoryCurve::setVisible(bool visible) {
    m_curve->setVisible(visible);
    m_head->setVisible(visible);
}

QPointF TrajectoryCurve::last() const {
    if (m_curve->data()->isEmpty()) return {std::nan(""), std::nan("")};
    const auto it = m_curve->data()->constEnd() - 1;
    return {it->key, it->value};
}

} // namespace gradlab
