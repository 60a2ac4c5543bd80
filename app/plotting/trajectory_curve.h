#pragma once
// A descent run drawn on a plot: the points in order, joined, with a marker on each step (or, with a
// marker spacing, only on steps at least that many pixels from the last marker, so a run of many short
// steps does not bury the others), and a larger marker where the run is now, above every trail. One-variable
// runs are drawn on the loss curve as (w, L(w)); two-variable runs on the map as (x, y).

#include "descent/trajectory.h"

#include <QColor>
#include <QMetaObject>
#include <QPointF>
#include <QRect>
#include <QVector>
#include <qcustomplot.h>

class QCPCurve;
class QCPGraph;
class QCPLayer;

namespace gradlab {

class LessonPlot;

class TrajectoryCurve {
public:
    TrajectoryCurve(LessonPlot* plot, const QColor& colour, const QString& name);
    ~TrajectoryCurve();
    TrajectoryCurve(const TrajectoryCurve&) = delete;
    TrajectoryCurve& operator=(const TrajectoryCurve&) = delete;
    void show(const Trajectory& t);
    void setVisible(bool visible);
    /// Markers at least this many pixels apart (0: on every step, as many as a hundred).
    void setMarkerSpacing(double pixels);
    /// Chooses the markers again for the plot's present axes. Done by itself once the plot is laid out
    /// with other ranges or another size (a zoom, a resize, a window rebuilt), before it is drawn.
    void updateMarkers();
    /// Draws the line dashed and the markers hollow (a second run of the same optimizer).
    void setDashed(bool dashed);
    /// The shape of the markers and of the head (a circle unless set): the optimizer's own, in a race.
    void setMarkerShape(int shape);
    QCPCurve* curve() const { return m_curve; }
    /// The markers drawn on the steps (the curve itself when every step is marked).
    QCPCurve* markers() const { return m_markers; }
    /// The marker of where the run is now (hidden before the first step).
    QCPGraph* head() const { return m_head; }
    /// The last point drawn (NaN when empty).
    QPointF last() const;
    /// The layer above every trail, where the heads go.
    static QCPLayer* endsLayer(LessonPlot* plot);

private:
    LessonPlot* m_plot;
    QCPCurve* m_curve;
    QCPCurve* m_markers;
    QCPGraph* m_head;
    QVector<QPointF> m_points;
    double m_spacing = 0;
    bool m_visible = true;
    // What the markers were chosen for: they are chosen again when the plot is laid out otherwise.
    QRect m_mappedRect;
    QCPRange m_mappedX, m_mappedY;
    QMetaObject::Connection m_laidOut;
};

} // namespace gradlab
