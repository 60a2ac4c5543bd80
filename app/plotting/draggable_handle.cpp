#include "plotting/draggable_handle.h"

#include "plotting/lesson_plot.h"

#include <cmath>

namespace gradlab {

DraggableHandle::DraggableHandle(LessonPlot* plot, const QColor& colour, const QString& name)
    : QObject(plot)
    , m_plot(plot)
    , m_name(name) {
    // The selection ring first, so the disc is drawn over it.
    m_ring = plot->addGraph();
    m_ring->setLayer(plot->overlayLayer());
    m_ring->setLineStyle(QCPGraph::lsNone);
    m_ring->setSelectable(QCP::stNone);
    m_ring->removeFromLegend();
    m_ring->setVisible(false);
    setSelectionColour(plot->palette().color(QPalette::Highlight));
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
    m_ring->setData(QVector<double>{p.x()}, QVector<double>{p.y()}, true);
    m_ring->setVisible(m_selected && isVisible());
}

void DraggableHandle::setSelected(bool selected) {
    m_selected = selected;
    m_ring->setVisible(m_selected && isVisible());
}

void DraggableHandle::setSelectionColour(const QColor& colour) {
    m_ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 3), Qt::NoBrush, 24));
}

QPointF DraggableHandle::pixelPosition() const {
    return QPointF(m_plot->xAxis->coordToPixel(m_position.x()), m_plot->yAxis->coordToPixel(m_position.y()));
}

void DraggableHandle::setVisible(bool visible) {
    m_visible = visible;
    m_graph->setVisible(visible && m_finite);
    m_ring->setVisible(m_selected && isVisible());
}

} // namespace gradlab
