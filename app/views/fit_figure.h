#pragma once
// The figure of the "Fitting a line" lesson: on the left the data, the line ŷ = w·x + b with two handles
// (drag one and the line pivots about the other) and each residual as a vertical segment; on the right the
// loss L(w, b) as a contour map with the present (w, b) to drag, the gradient arrow, the least-squares
// minimum and the training trajectory; below, the full-data loss per update on a log axis; and the
// readouts. Data points are dragged, added with a click, removed with a right-click or Delete.

#include "geometry/arrow_scale.h"

#include <QPainterPath>
#include <QRectF>
#include <QWidget>

class QCPCurve;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QLabel;

namespace gradlab {

class ArrowItem;
class ContourMap;
class DraggableHandle;
class FigureTitle;
class FitLesson;
class LessonPlot;
class TrajectoryCurve;

class FitFigure : public QWidget {
    Q_OBJECT
public:
    explicit FitFigure(FitLesson* lesson, QWidget* parent = nullptr);
    ~FitFigure() override;

    LessonPlot* dataPlot() const { return m_data; }
    LessonPlot* mapPlot() const { return m_map; }
    LessonPlot* lossPlot() const { return m_loss; }
    ContourMap* contourMap() const { return m_contours; }
    /// The line's handles (0: left, 1: right) and the point (w, b) on the map.
    DraggableHandle* lineHandle(int i) const { return m_lineHandles[i]; }
    DraggableHandle* mapHandle() const { return m_mapHandle; }
    QCPGraph* dataGraph() const { return m_points; }
    QCPCurve* residuals() const { return m_residuals; }
    QCPItemStraightLine* line() const { return m_line; }
    QCPItemStraightLine* leastSquaresLine() const { return m_bestLine; }
    QCPGraph* minimumMarker() const { return m_minimum; }
    QCPItemText* minimumLabel() const { return m_minimumLabel; }
    /// The line of minima when every x is the same (hidden otherwise).
    QCPItemStraightLine* valleyLine() const { return m_valley; }
    ArrowItem* gradientArrow() const { return m_gradient; }
    /// The one scale of the map's arrow: how long a slope is drawn.
    const ArrowScale& arrowScale() const { return m_arrowScale; }
    TrajectoryCurve* trajectory() const { return m_path; }
    QCPGraph* lossGraph() const { return m_lossGraph; }
    QString readoutText() const;
    /// The data point selected (clicked, dragged or added last; Delete removes it), or −1.
    int selectedPoint() const { return m_selected; }
    /// Data point i in the data plot's widget pixels.
    QPointF pointPixel(int i) const;
    /// The rectangle of (w, b) the map was last drawn for.
    QRectF mapRect() const { return m_mapRect; }
    void resetView();

    /// The map's rectangle: `previous` if it still shows every point of `keep` well inside and is not
    /// much larger than they need, else a square around them with room to spare.
    static QRectF chooseMapRect(const QRectF& previous, const QVector<QPointF>& keep);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();
    /// Draws the map for the present data (keeping its rectangle while something is held).
    void rebuildMap();
    void updateLinePlot();
    void updateMap();
    /// Sizes the gradient arrow to the map's pixels.
    void fitArrow();
    /// Puts "least squares" beside the star on a side where it stays inside the map and off the training
    /// path, the gradient arrow and (w, b).
    void placeMinimumLabel();
    /// The training path as drawn on the map, in widget pixels, as wide as its line and markers.
    QPainterPath pathPixels() const;
    void updateLossPlot();
    void updateReadout();
    /// The x of the line's two handles, from the data's extent.
    void placeHandles();
    /// The data point within the grab radius of `pixel` (the nearest), or −1.
    int pointAt(QPointF pixel) const;
    void select(int i);
    void hold();
    void letGo();

    FitLesson* m_lesson;
    FigureTitle* m_title;
    LessonPlot* m_data;
    LessonPlot* m_map;
    LessonPlot* m_loss;
    ContourMap* m_contours;
    QCPGraph* m_points;
    QCPGraph* m_selectedRing;
    QCPCurve* m_residuals;
    QCPItemStraightLine* m_line;
    QCPItemStraightLine* m_bestLine;
    DraggableHandle* m_lineHandles[2];
    DraggableHandle* m_mapHandle;
    QCPGraph* m_minimum;
    QCPItemText* m_minimumLabel;
    QCPItemStraightLine* m_valley;
    ArrowItem* m_gradient;
    TrajectoryCurve* m_path;
    QCPGraph* m_lossGraph;
    QCPItemStraightLine* m_lossFloor;
    QLabel* m_readout;
    double m_handleX[2] = {0.0, 1.0};
    QRectF m_mapRect;
    QRect m_fittedRect;   ///< the map's axis rectangle the arrow was last fitted to
    QString m_mapFormula; ///< the loss drawn now
    ArrowScale m_arrowScale;
    ArrowFit m_fit = ArrowFit::Undefined;
    int m_selected = -1;
    int m_dragged = -1; ///< the data point being dragged, or −1
    int m_holding = 0;  ///< drags in progress: the map's rectangle and the handles' x stay put
};

} // namespace gradlab
