#include "plotting/arrow_item.h"

#include "plotting/lesson_plot.h"

#include <QFontMetricsF>
#include <QPainterPathStroker>
#include <algorithm>
#include <cmath>

namespace gradlab {

ArrowItem::ArrowItem(LessonPlot* plot, const QColor& colour, const QString& label, double width)
    : m_plot(plot)
    , m_width(width)
    , m_headLength(12 + width * 2)
    , m_headWidth(9 + width * 2) {
    m_line = new QCPItemLine(plot);
    m_line->setLayer(plot->overlayLayer());
    m_line->setPen(QPen(colour, width));
    m_line->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, m_headWidth, m_headLength));
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

bool ArrowItem::isVisible() const {
    return m_line->visible();
}

void ArrowItem::setLabel(const QString& label) {
    m_text->setText(label);
}

QString ArrowItem::label() const {
    return m_text->text();
}

QPointF ArrowItem::from() const {
    return m_line->start->coords();
}
QPointF ArrowItem::to() const {
    return m_line->end->coords();
}

QPolygonF ArrowItem::headPixels() const {
    const QPointF a = m_line->start->pixelPosition(), b = m_line->end->pixelPosition();
    const QPointF d = b - a;
    const double n = std::hypot(d.x(), d.y());
    if (!(n > 0)) return QPolygonF({b});
    const QPointF u = d / n, v(-u.y(), u.x());
    const QPointF back = b - u * m_headLength;
    return QPolygonF({b, back + v * (m_headWidth / 2), back - v * (m_headWidth / 2)});
}

QPainterPath ArrowItem::pixelShape() const {
    QPainterPath shaft(m_line->start->pixelPosition());
    shaft.lineTo(m_line->end->pixelPosition());
    QPainterPathStroker stroker;
    stroker.setWidth(m_width);
    stroker.setCapStyle(Qt::FlatCap);
    QPainterPath shape = stroker.createStroke(shaft);
    QPainterPath head;
    head.addPolygon(headPixels());
    head.closeSubpath();
    return shape.united(head);
}

QRectF ArrowItem::labelPixelRect(QPointF centre) const {
    // As QCPItemText lays its text out (no padding, centred on its position).
    const QRectF text =
        QFontMetricsF(m_text->font())
            .boundingRect(QRectF(), Qt::TextDontClip | m_text->textAlignment(), m_text->text());
    QRectF box(QPointF(0, 0), text.size());
    box.moveCenter(centre);
    return box;
}

QRectF ArrowItem::labelPixelRect() const {
    return labelPixelRect(m_text->position->pixelPosition());
}

void ArrowItem::setLabelPixel(QPointF centre) {
    m_text->position->setPixelPosition(centre);
}

double ArrowItem::roomAlong(const LessonPlot* plot, QPointF from, QPointF direction) {
    const double length = std::hypot(direction.x(), direction.y());
    if (!(length > 0)) return 0.0;
    const QCPRange x = plot->xAxis->range(), y = plot->yAxis->range();
    if (!x.contains(from.x()) || !y.contains(from.y())) return 0.0;
    const double u[2] = {direction.x() / length, direction.y() / length}, p[2] = {from.x(), from.y()};
    const QCPRange* ranges[2] = {&x, &y};
    double room = INFINITY;
    for (int i = 0; i < 2; ++i) {
        if (u[i] > 0) room = std::min(room, (ranges[i]->upper - p[i]) / u[i]);
        if (u[i] < 0) room = std::min(room, (ranges[i]->lower - p[i]) / u[i]);
    }
    return room;
}

} // namespace gradlab
