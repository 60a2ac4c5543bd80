#pragma once
// The figure of the "slope at a point" lesson: the curve with a point you drag along it and its tangent;
// beneath it, f′ with a marker at the same x; readouts and a sentence on what the sign means.

#include <QWidget>

class QLabel;
class QCPItemStraightLine;
class QCPGraph;

namespace gradlab {

class CurveGraph;
class DraggableHandle;
class FunctionLesson;
class FigureTitle;
class LessonPlot;

class SlopeFigure : public QWidget {
    Q_OBJECT
public:
    explicit SlopeFigure(FunctionLesson* lesson, QWidget* parent = nullptr);
    ~SlopeFigure() override;

    LessonPlot* curvePlot() const { return m_curvePlot; }
    LessonPlot* derivativePlot() const { return m_derivativePlot; }
    DraggableHandle* handle() const { return m_handle; }
    QCPItemStraightLine* tangentLine() const { return m_tangent; }
    QCPGraph* curveGraph() const;
    /// The sentence under the plots ("Rising: increasing x increases f.").
    QString sentence() const;
    /// f′ at the point as the readout shows it ("2.4", "≈ 0", "undefined (vertical tangent)").
    QString slopeText() const;
    /// A one-line description for screen readers ("slope at x = 1.2 is 2.4, rising").
    QString liveDescription() const;
    void resetView();

private:
    void rebuildCurves();
    void updatePoint();
    double snapped(double x) const;

    FunctionLesson* m_lesson;
    LessonPlot* m_curvePlot;
    LessonPlot* m_derivativePlot;
    CurveGraph* m_curve;
    CurveGraph* m_derivative;
    DraggableHandle* m_handle;
    QCPItemStraightLine* m_tangent;
    QCPGraph* m_derivativeMarker;
    QCPItemStraightLine* m_markerLine;
    FigureTitle* m_title;
    QLabel* m_readout;
    QLabel* m_sentence;
    std::vector<double> m_criticalPoints;
};

} // namespace gradlab
