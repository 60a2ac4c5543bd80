#include "plotting/clear_spot.h"

#include <qcustomplot.h>

#include <cmath>
#include <limits>
#include <utility>

namespace gradlab {

namespace {

/// The length of segment ab inside `box` (Liang–Barsky clipping).
double lengthInside(QPointF a, QPointF b, const QRectF& box) {
    if (!std::isfinite(a.x()) || !std::isfinite(a.y()) || !std::isfinite(b.x()) || !std::isfinite(b.y()))
        return 0.0;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double t0 = 0.0, t1 = 1.0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - box.left(), box.right() - a.x(), a.y() - box.top(), box.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0) return 0.0;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return 0.0;
    }
    return (t1 - t0) * std::hypot(dx, dy);
}

/// A marker of `size` pixels at p: how much of it lies in `box` (its size when it overlaps at all).
double markerInside(QPointF p, double size, const QRectF& box) {
    if (size <= 0 || !std::isfinite(p.x()) || !std::isfinite(p.y())) return 0.0;
    const QRectF marker(p.x() - size / 2, p.y() - size / 2, size, size);
    return marker.intersects(box) ? size : 0.0;
}

/// The pixels an item covers: the box of words, or the rectangle of a line's ends.
QRectF itemBox(const QCPAbstractItem* item) {
    if (auto* text = qobject_cast<const QCPItemText*>(item))
        return QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()).normalized();
    if (auto* line = qobject_cast<const QCPItemLine*>(item))
        return QRectF(line->start->pixelPosition(), line->end->pixelPosition())
            .normalized()
            .adjusted(-4, -4, 4, 4);
    return {};
}

} // namespace

ClearSpot::ClearSpot(QCustomPlot* plot, QList<QCPAbstractItem*> own, int count, Place place)
    : m_plot(plot)
    , m_own(std::move(own))
    , m_count(count)
    , m_place(std::move(place)) {}

QRectF ClearSpot::box() const {
    QRectF box;
    for (const QCPAbstractItem* item : m_own)
        if (item->visible()) box = box.united(itemBox(item));
    return box;
}

bool ClearSpot::place() {
    const QRectF area = QRectF(m_plot->axisRect()->rect()).adjusted(-1, -1, 1, 1);
    int best = 0;
    // Inside the axis rectangle first, then the fewest pixels crossed; the earlier spot on a tie. Where no
    // spot fits (a small plot), the one that sticks out least: the narrowest column of words ran one word a
    // line out of the bottom of lesson 8's plot at 1024×600.
    std::pair<double, double> bestCost{std::numeric_limits<double>::infinity(),
                                       std::numeric_limits<double>::infinity()};
    for (int i = 0; i < m_count; ++i) {
        m_place(i);
        const QRectF b = box();
        const QRectF in = b.intersected(area);
        const double outside =
            area.contains(b) ? 0.0 : b.width() * b.height() - in.width() * in.height() + 1.0;
        const std::pair<double, double> cost{outside, crossing(m_plot, b, m_own)};
        if (cost < bestCost) {
            best = i;
            bestCost = cost;
        }
        if (cost.first == 0.0 && cost.second == 0.0) break;
    }
    m_place(best);
    const bool moved = best != m_spot;
    m_spot = best;
    return moved;
}

double ClearSpot::crossing(QCustomPlot* plot, const QRectF& box, const QList<QCPAbstractItem*>& own) {
    const QRectF inside = box.adjusted(1, 1, -1, -1);
    if (inside.isEmpty()) return 0.0;
    double crossed = 0.0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        QCPPlottableInterface1D* data = p->interface1D();
        if (!p->visible() || !data || !p->realVisibility()) continue;
        bool lines = p->pen().style() != Qt::NoPen;
        double marker = 0.0;
        if (auto* g = qobject_cast<QCPGraph*>(p)) {
            lines = lines && g->lineStyle() != QCPGraph::lsNone;
            if (!g->scatterStyle().isNone()) marker = g->scatterStyle().size();
        } else if (auto* c = qobject_cast<QCPCurve*>(p)) {
            lines = lines && c->lineStyle() != QCPCurve::lsNone;
            if (!c->scatterStyle().isNone()) marker = c->scatterStyle().size();
        } else {
            continue; // a colour map or bars: what the words are drawn over, not a line through them
        }
        QPointF previous;
        bool hasPrevious = false;
        for (int k = 0; k < data->dataCount(); ++k) {
            if (!std::isfinite(data->dataMainKey(k)) || !std::isfinite(data->dataMainValue(k))) {
                hasPrevious = false; // a gap in the line
                continue;
            }
            const QPointF at = data->dataPixelPosition(k);
            if (lines && hasPrevious) crossed += lengthInside(previous, at, inside);
            crossed += markerInside(at, marker, inside);
            previous = at;
            hasPrevious = true;
        }
    }
    const double reach = QLineF(plot->rect().topLeft(), plot->rect().bottomRight()).length();
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem* item = plot->item(i);
        if (!item->visible() || !item->realVisibility() || own.contains(item)) continue;
        if (auto* line = qobject_cast<QCPItemStraightLine*>(item)) {
            const QPointF a = line->point1->pixelPosition(), b = line->point2->pixelPosition();
            const double length = QLineF(a, b).length();
            if (!(length > 0)) continue;
            const QPointF unit = (b - a) / length;
            crossed += lengthInside(a - reach * unit, a + reach * unit, inside);
        } else if (auto* arrow = qobject_cast<QCPItemLine*>(item)) {
            crossed += lengthInside(arrow->start->pixelPosition(), arrow->end->pixelPosition(), inside);
        }
    }
    return crossed;
}

} // namespace gradlab
