#include "plotting/quadratic_model_item.h"

#include "plotting/lesson_plot.h"
#include "plotting/palette.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
/// A saddle has four branches; an ellipse one, parallel lines two.
constexpr int kMaxCurves = 4;
/// Pixels between a segment's end and its label.
constexpr double kLabelGap = 6.0;
} // namespace

QuadraticModelItem::QuadraticModelItem(LessonPlot* plot, const QColor& colour)
    : m_plot(plot) {
    for (int i = 0; i < kMaxCurves; ++i) {
        auto* curve = new QCPCurve(plot->xAxis, plot->yAxis);
        curve->setLayer(plot->overlayLayer());
        curve->setPen(QPen(colour, 2.2));
        curve->setSelectable(QCP::stNone);
        curve->setVisible(false);
        m_curves << curve;
    }
    QFont font = plot->font();
    font.setBold(true);
    for (int i = 0; i < 2; ++i) {
        m_axes[i] = new QCPItemLine(plot);
        m_axes[i]->setLayer(plot->overlayLayer());
        m_axes[i]->setPen(QPen(colour, 1.6, Qt::DashLine));
        m_axes[i]->setSelectable(false);
        m_labels[i] = new QCPItemText(plot);
        m_labels[i]->setLayer(plot->overlayLayer());
        m_labels[i]->setColor(colour);
        m_labels[i]->setFont(font);
        // A pale box keeps the words readable over contour lines and the colour map.
        m_labels[i]->setBrush(palette::labelBox);
        m_labels[i]->setPadding(QMargins(3, 1, 3, 1));
        m_labels[i]->setPositionAlignment(Qt::AlignCenter);
        m_labels[i]->setSelectable(false);
    }
    setVisible(false);
}

void QuadraticModelItem::set(QPointF point, const HessianAxes& axes, double reach, const QString labels[2]) {
    m_point = point;
    m_set = quadraticLevelSet(axes, reach);
    m_drawn = axes.finite;
    for (int k = 0; k < kMaxCurves; ++k) {
        QVector<double> t, x, y;
        if (k < static_cast<int>(m_set.curves.size())) {
            const auto& points = m_set.curves[static_cast<std::size_t>(k)].points;
            for (std::size_t j = 0; j < points.size(); ++j) {
                // Parametric: the curve's own order (an ellipse closes, a branch does not turn back).
                t << static_cast<double>(j);
                x << point.x() + points[j][0];
                y << point.y() + points[j][1];
            }
        }
        m_curves[k]->setData(t, x, y, true);
    }
    for (int i = 0; i < 2; ++i) {
        // A zero Hessian has no curve to end on: its segments are `reach` long, as a straight direction's.
        const double half = m_set.curves.empty() ? reach : m_set.halfAxes[i];
        const QPointF e(axes.directions[i][0], axes.directions[i][1]);
        m_axes[i]->start->setCoords(point - e * half);
        m_axes[i]->end->setCoords(point + e * half);
        m_labels[i]->setText(labels[i]);
        m_labels[i]->position->setCoords(point + e * half);
    }
    setVisible(m_visible);
}

void QuadraticModelItem::setVisible(bool visible) {
    m_visible = visible;
    const bool show = visible && m_drawn;
    for (int k = 0; k < kMaxCurves; ++k)
        m_curves[k]->setVisible(show && k < static_cast<int>(m_set.curves.size()));
    for (int i = 0; i < 2; ++i) {
        m_axes[i]->setVisible(show);
        m_labels[i]->setVisible(show);
    }
}

QRectF QuadraticModelItem::labelRectAt(int i, QPointF centre) const {
    const QFontMetricsF metrics(m_labels[i]->font());
    const QMargins pad = m_labels[i]->padding();
    const QSizeF size =
        metrics.size(0, m_labels[i]->text()) + QSizeF(pad.left() + pad.right(), pad.top() + pad.bottom());
    QRectF r(QPointF(0, 0), size);
    r.moveCenter(centre);
    return r;
}

QRectF QuadraticModelItem::labelPixelRect(int i) const {
    return labelRectAt(i, m_labels[i]->position->pixelPosition());
}

void QuadraticModelItem::placeLabels(const QRectF& bounds, const QList<QPainterPath>& avoid) {
    if (!(m_visible && m_drawn)) return;
    QRectF placed;
    for (int i = 0; i < 2; ++i) {
        const QPointF a = m_axes[i]->start->pixelPosition(), b = m_axes[i]->end->pixelPosition();
        const QPointF centre = 0.5 * (a + b);
        // Candidates at either end of the segment (the + end first): just past it along the segment, or
        // beside it on either side. The first that fits the plot and covers the fewest things is taken.
        QRectF best;
        int bestScore = -1000;
        for (const QPointF& end : {b, a}) {
            QPointF u = end - centre;
            const double n = std::hypot(u.x(), u.y());
            u = n > 0 ? u / n : QPointF(1, 0);
            const QPointF v(-u.y(), u.x());
            const QRectF box = labelRectAt(i, end);
            // Half the box's extent along a unit direction w: how far its centre must be to clear a point.
            auto halfExtent = [&box](QPointF w) {
                return 0.5 * (std::fabs(w.x()) * box.width() + std::fabs(w.y()) * box.height());
            };
            for (const QPointF& offset : {u * (halfExtent(u) + kLabelGap), v * (halfExtent(v) + kLabelGap),
                                          -v * (halfExtent(v) + kLabelGap)}) {
                QRectF r = box;
                r.moveCenter(end + offset);
                int score = (bounds.contains(r) ? 8 : 0) + (placed.intersects(r) ? 0 : 4);
                for (const QPainterPath& path : avoid)
                    score -= path.intersects(r) ? 1 : 0;
                if (score > bestScore) {
                    bestScore = score;
                    best = r;
                }
            }
        }
        // Kept inside the plot: a label cut in half says nothing.
        if (!bounds.contains(best) && best.width() <= bounds.width() && best.height() <= bounds.height())
            best.moveTo(std::clamp(best.left(), bounds.left(), bounds.right() - best.width()),
                        std::clamp(best.top(), bounds.top(), bounds.bottom() - best.height()));
        m_labels[i]->position->setPixelPosition(best.center());
        placed = best;
    }
}

} // namespace gradlab
