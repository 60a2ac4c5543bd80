#pragma once
// A descent run drawn on a plot: the points in order, joined. One-variable runs are drawn on the loss
// curve as (w, L(w)); two-variable runs on the map as (x, y).

#include "descent/trajectory.h"

#include <QColor>
#include <QPointF>

class QCPCurve;
class QCPGraph;

namespace gradlab {

class LessonPlot;

class TrajectoryCurve {
public:
    TrajectoryCurve(LessonPlot* plot, const QColor& colour, const QString& name);
    void show(const Trajectory& t);
    void setVisible(bool visible);
    QCPCurve* curve() const { return m_curve; }
    /// The last point drawn (NaN when empty).
    QPointF last() const;

private:
    QCPCurve* m_curve;
    QCPGraph* m_head;
};

} // namespace gradlab
