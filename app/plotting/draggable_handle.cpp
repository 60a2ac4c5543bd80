#include "plotting/draggable_handle.h"

#include "plotting/lesson_plot.h"

#include <cmath>

namespace gradlab {

DraggableHandle::DraggableHandle(LessonPlot* plot, const QColor& colour, const QString& name)
    : QObject(plot)
    , m_plot(plot)
    , m_name(name) {
    m_graph = plot->addGraph();
    m_graph->setLayer(plot->overlayLayer());
    m_graph->setLineStyle(QCPGraph::lsNone);
    m_graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 2), QBrush(colour), 14));
    m_graph->setSelectable(QCP::stNone);
    m_graph->removeFromLegend();
    m_graph->setName(name);
    plot->registerHandle(this);
}

void DraggableHandle::setPosition(QPointF p) {
    m_position = p;
    // A point where f is undefined cannot be shown or grabbed.
    m_finite = std::isfinite(p.x()) && std::isfinite(p.y());
    m_graph->setVisible(m_visible && m_finite);
    m_graph->setData(QVector<double>{p.x()}, QVector<double>{p.y()}, true);
}

QPointF DraggableHandle::pixelPosition() const {
    return QPointF(m_plot->xAxis->coordToPixel(m_position.x()), m_plot->yAxis->coordToPixel(m_position.y()));
}

void DraggableHandle::setVisible(bool visible) {
    m_visible = visible;
    m_graph->setVisible(visible && m_finite);
}

} // namespace gradlab
