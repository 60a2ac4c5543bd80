#include "plotting/arrow_labels.h"

#include "plotting/arrow_item.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace gradlab {

namespace {
/// The label's clearance from what it must not touch.
constexpr double kMargin = 2.0;
/// How far inside the plot's edges a label stays.
constexpr double kInset = 4.0;

QPointF rotated(QPointF u, double degrees) {
    const double a = degrees * M_PI / 180.0, c = std::cos(a), s = std::sin(a);
    return {u.x() * c - u.y() * s, u.x() * s + u.y() * c};
}

/// Candidate centres for a label of half-size (hw, hh) at an arrow from a to b (pixels), best first: past
/// the tip along the arrow, then turning away from it on either side, further out, and beside the shaft.
QList<QPointF> candidates(QPointF a, QPointF b, double hw, double hh) {
    QList<QPointF> out;
    const QPointF d = b - a;
    const double n = std::hypot(d.x(), d.y());
    const QPointF u = n > 0 ? d / n : QPointF(1, 0);
    // How far a box's centre must be from a point for the box to clear it in direction `dir`.
    auto support = [hw, hh](QPointF dir) { return std::fabs(dir.x()) * hw + std::fabs(dir.y()) * hh; };
    const double angles[] = {0, 30, -30, 60, -60, 90, -90, 120, -120, 150, -150, 180};
    for (double gap : {4.0, 10.0}) {
        for (double angle : angles) {
            const QPointF dir = rotated(u, angle);
            out << b + dir * (gap + support(dir));
        }
    }
    // Beside the shaft, nearer the head first: where the head leaves the view or the tips crowd.
    const QPointF normal(-u.y(), u.x());
    for (double along : {0.75, 0.5, 0.3})
        for (double side : {1.0, -1.0}) {
            const QPointF dir = normal * side;
            out << a + (b - a) * along + dir * (6 + support(dir));
        }
    for (double gap : {20.0, 34.0, 52.0}) {
        for (double angle : angles) {
            const QPointF dir = rotated(u, angle);
            out << b + dir * (gap + support(dir));
        }
    }
    return out;
}
} // namespace

void placeArrowLabels(const QList<ArrowItem*>& arrows, const QRectF& plotBounds, const QList<QRectF>& avoid,
                      const QPainterPath& clear) {
    // A few pixels inside the plot: a glyph reaches past its advance box ("∇" at the left edge was cut).
    const QRectF bounds = plotBounds.adjusted(kInset, kInset, -kInset, -kInset);
    QList<QPainterPath> shapes;
    if (!clear.isEmpty()) shapes << clear;
    for (ArrowItem* arrow : arrows)
        if (arrow->isVisible()) shapes << arrow->pixelShape();
    QList<QRectF> taken = avoid;
    for (ArrowItem* arrow : arrows) {
        if (!arrow->isVisible()) continue;
        const QRectF size = arrow->labelPixelRect(QPointF(0, 0));
        const double hw = size.width() / 2, hh = size.height() / 2;
        const QPointF a = arrow->line()->start->pixelPosition(), b = arrow->line()->end->pixelPosition();
        QPointF best = b;
        double bestCost = std::numeric_limits<double>::infinity();
        for (QPointF c : candidates(a, b, hw, hh)) {
            // Never past the edge of the plot: a place outside is moved just inside.
            c.setX(std::clamp(c.x(), bounds.left() + hw + 1,
                              std::max(bounds.left() + hw + 1, bounds.right() - hw - 1)));
            c.setY(std::clamp(c.y(), bounds.top() + hh + 1,
                              std::max(bounds.top() + hh + 1, bounds.bottom() - hh - 1)));
            const QRectF box = arrow->labelPixelRect(c);
            const QRectF padded = box.adjusted(-kMargin, -kMargin, kMargin, kMargin);
            double cost = bounds.contains(box) ? 0.0 : 10.0;
            for (const QPainterPath& s : shapes)
                if (s.intersects(padded)) cost += 1.0;
            for (const QRectF& r : taken)
                if (r.intersects(padded)) cost += 1.0;
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
                if (cost == 0) break;
            }
        }
        arrow->setLabelPixel(best);
        taken << arrow->labelPixelRect(best);
    }
}

} // namespace gradlab
