#include "plotting/arrow_item.h"

#include "plotting/lesson_plot.h"

namespace gradlab {

ArrowItem::ArrowItem(LessonPlot* plot, const QColor& colour, const QString& label, double width) {
    m_line = new QCPItemLine(plot);
    m_line->setLayer(plot->overlayLayer());
    m_line->setPen(QPen(colour, width));
    m_line->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 9 + width * 2, 12 + width * 2));
    m_line->setSelectable(false);
    m_text = new QCPItemText(plot);
    m_text->setLayer(plot->overlayLayer());
    m_text->setColor(colour.darker(115));
    QFont f = plot->font();
    f.setBold(true);
    m_text->setFont(f);
    m_text->setText(label);
    m_text->setSelectable(false);
    m_text->setPositionAlignment(Qt::AlignCenter);
}

void ArrowItem::set(QPointF from, QPointF to) {
    m_line->start->setCoords(from);
    m_line->end->setCoords(to);
    // The label a little beyond the head, along the arrow.
    m_text->position->setCoords(to + (to - from) * 0.18);
}

void ArrowItem::setVisible(bool visible) {
    m_line->setVisible(visible);
    m_text->setVisible(visible);
}

void ArrowItem::setLabel(const QString& label) {
    m_text->setText(label);
}
QPointF ArrowItem::from() const {
    return m_line->start->coords();
}
QPointF ArrowItem::to() const {
    return m_line->end->coords();
}

} // namespace gradlab
