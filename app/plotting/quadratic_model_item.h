#pragma once
// The Hessian at a point, drawn on a map as the axes of the local quadratic model: the level set
// ½ dᵀHd = ±c around the point (an ellipse, hyperbolas or parallel lines, in data coordinates) and the two
// eigen-directions as segments through the point, each ending on that curve and labelled by the caller
// (its eigenvalue and what it means).

#include "geometry/quadratic_level_set.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

class QCPCurve;
class QCPItemLine;
class QCPItemText;

namespace gradlab {

class LessonPlot;

class QuadraticModelItem {
public:
    QuadraticModelItem(LessonPlot* plot, const QColor& colour);

    /// Draws the model of `axes` at `point`, the longest half-axis of a curving direction `reach` long
    /// (see quadraticLevelSet); labels[i] goes at the end of the segment along axes.directions[i]. Nothing
    /// is drawn where the Hessian is not finite or zero; the segments are drawn whenever it is finite.
    void set(QPointF point, const HessianAxes& axes, double reach, const QString labels[2]);
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }

    /// Puts the labels beside the ends of their segments, inside `bounds` (widget pixels) and clear of each
    /// other and of `avoid` (the point's disc, arrows and their labels) where they can be: call once the
    /// plot's axes are laid out.
    void placeLabels(const QRectF& bounds, const QList<QPainterPath>& avoid);

    /// The level set drawn (offsets from point()).
    const QuadraticLevelSet& levelSet() const { return m_set; }
    QPointF point() const { return m_point; }
    /// The curves of the level set (as many as it has; the others hidden), in plot coordinates.
    QList<QCPCurve*> curves() const { return m_curves; }
    QCPItemLine* axisLine(int i) const { return m_axes[i]; }
    QCPItemText* label(int i) const { return m_labels[i]; }
    /// The label's box in widget pixels, as placed now.
    QRectF labelPixelRect(int i) const;

private:
    /// The label's box in widget pixels if its centre were at `centre`.
    QRectF labelRectAt(int i, QPointF centre) const;

    LessonPlot* m_plot;
    QList<QCPCurve*> m_curves;
    QCPItemLine* m_axes[2];
    QCPItemText* m_labels[2];
    QuadraticLevelSet m_set;
    QPointF m_point;
    bool m_visible = true;
    bool m_drawn = false; ///< the last set() had a finite Hessian
};

} // namespace gradlab
