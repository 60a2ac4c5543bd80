#pragma once
// The figure of the learning-rate lesson: the run on the loss curve, the loss per step (log scale), the
// regime in words, and the sweep: final loss against learning rate (log-log), regimes shaded, the
// current rate and the critical rate 2/f″(w*) marked.

#include <QWidget>

class QLabel;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace gradlab {

class CurveGraph;
class DraggableHandle;
class FigureTitle;
class LearningRateLesson;
class LessonPlot;
class TrajectoryCurve;

class LearningRateFigure : public QWidget {
    Q_OBJECT
public:
    explicit LearningRateFigure(LearningRateLesson* lesson, QWidget* parent = nullptr);
    ~LearningRateFigure() override;

    LessonPlot* curvePlot() const { return m_curvePlot; }
    LessonPlot* lossPlot() const { return m_lossPlot; }
    LessonPlot* sweepPlot() const { return m_sweepPlot; }
    DraggableHandle* startHandle() const { return m_start; }
    TrajectoryCurve* path() const { return m_path; }
    QString regimeText() const;
    void resetView();

private:
    void rebuildCurve();
    void update();
    void updateSweep();
    double lossFloor() const;

    LearningRateLesson* m_lesson;
    FigureTitle* m_title;
    LessonPlot* m_curvePlot;
    LessonPlot* m_lossPlot;
    LessonPlot* m_sweepPlot;
    CurveGraph* m_curve;
    TrajectoryCurve* m_path;
    DraggableHandle* m_start;
    QCPGraph* m_lossGraph;
    QCPGraph* m_sweepGraph;
    QCPItemStraightLine* m_currentLine;
    QCPItemStraightLine* m_criticalLine;
    QCPItemText* m_criticalLabel;
    QLabel* m_regime;
};

} // namespace gradlab
