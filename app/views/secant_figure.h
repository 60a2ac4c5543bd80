#pragma once
// The figure of the secant → tangent lesson: the curve, the point x and the second point Δx away, the
// secant (red, dashed) and the tangent (green), readouts of both slopes, and the limit table with a live
// row for the current Δx. At a kink both one-sided secants are drawn.

#include <QWidget>
#include <qcustomplot.h>
#include <vector>

class QLabel;
class QTableWidget;
class QCPItemStraightLine;

namespace gradlab {

class CurveGraph;
class DraggableHandle;
class FigureTitle;
class LessonPlot;
class SecantLesson;
class SteadyLabel;

class SecantFigure : public QWidget {
    Q_OBJECT
public:
    explicit SecantFigure(SecantLesson* lesson, QWidget* parent = nullptr);
    ~SecantFigure() override;

    LessonPlot* plot() const { return m_plot; }
    DraggableHandle* pointHandle() const { return m_point; }
    /// The handle at x + Δx (x − Δx for the backward scheme).
    DraggableHandle* stepHandle() const { return m_step; }
    QTableWidget* limitTable() const { return m_table; }
    /// The secant line drawn (its two defining points are the secant's end points).
    QCPItemStraightLine* secantLine() const { return m_secant; }
    QCPItemStraightLine* leftSecantLine() const { return m_leftSecant; }
    QCPItemStraightLine* tangentLine() const { return m_tangent; }
    void resetView();

    /// Screen slope per data slope (pixels per y unit over pixels per x unit), for pacing Animate.
    double screenAspect() const;
    /// Before Animate starts: shows the secant's points (the home view if they left the view) and
    /// remembers the view that the animation zooms from.
    void prepareAnimation();
    /// Zoom with Δx even when the lesson is not animating (an exported animation's figure).
    void setFollowsStep(bool on);
    /// The view zooms about the point as Δx shrinks, so x + Δx stays this fraction of the width away.
    static constexpr double kStepFraction = 0.2;

private:
    void rebuildCurve();
    void update();
    /// The points drawn (x, x ± Δx) where f has a value.
    QVector<QPointF> points() const;
    /// While animating: the view zoomed about the point so that Δx keeps its share of the width.
    void zoomToStep();
    void updateTable();
    QString orderSentence() const;

    SecantLesson* m_lesson;
    LessonPlot* m_plot;
    CurveGraph* m_curve;
    DraggableHandle* m_point;
    DraggableHandle* m_step;
    DraggableHandle* m_otherStep; ///< x − Δx for the central scheme
    QCPItemStraightLine* m_secant;
    QCPItemStraightLine* m_leftSecant;
    QCPItemStraightLine* m_tangent;
    FigureTitle* m_title;
    SteadyLabel* m_readout;
    SteadyLabel* m_tableNote;
    SteadyLabel* m_note;
    QTableWidget* m_table;
    QCPRange m_zoomFromX, m_zoomFromY;
    double m_zoomFromDx = 1.0;
    bool m_followsStep = false;
};

} // namespace gradlab
