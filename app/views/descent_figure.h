#pragma once
// The figure of the one-dimensional descent lesson: the loss curve, the start point (drag it), the steps
// drawn on the curve and joined in order, the step table and why the run stopped.

#include "descent/run_judgement.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace gradlab {

class CurveGraph;
class DescentLesson;
class DraggableHandle;
class FigureTitle;
class LessonPlot;
class OffViewMarker;
class StateOverlay;
class TrajectoryCurve;

class DescentFigure : public QWidget {
    Q_OBJECT
public:
    explicit DescentFigure(DescentLesson* lesson, QWidget* parent = nullptr);
    ~DescentFigure() override;

    LessonPlot* plot() const { return m_plot; }
    DraggableHandle* startHandle() const { return m_start; }
    QTableWidget* stepTable() const { return m_table; }
    QString stopText() const;
    TrajectoryCurve* path() const { return m_path; }
    /// The arrow and words at the edge of the plot saying where a diverging run went.
    OffViewMarker* divergenceMarker() const { return m_divergence; }
    void resetView();
    /// The optimizer-state overlay (drawn while the lesson's showState() is on).
    StateOverlay* stateOverlay() const { return m_state; }
    /// What the overlay's marks mean and the latest per-coordinate step size ("" when hidden).
    QString stateCaption() const;

private:
    void rebuildCurve();
    void update();

    DescentLesson* m_lesson;
    FigureTitle* m_title;
    LessonPlot* m_plot;
    CurveGraph* m_curve;
    TrajectoryCurve* m_path;
    DraggableHandle* m_start;
    OffViewMarker* m_divergence;
    QTableWidget* m_table;
    QLabel* m_status;
    StateOverlay* m_state;
    QLabel* m_stateCaption;
    /// Draws or hides the overlay and its caption from the lesson's run.
    void showState();
    /// Adds to the caption whether the overlay's marks are drawn longer, and by how much.
    void showStateScale();
    QString m_stateText; ///< the caption without that sentence
};

/// stopSentence (descent/stop_wording.h) as a QString: what a run reached and how it moved.
QString describeStop(const RunJudgement& judgement, const Trajectory& t);

/// divergenceSentence (descent/stop_wording.h) as a QString: where a diverging run went.
QString divergenceNote(const RunJudgement& judgement, const Trajectory& t, const QString& variable);

/// Shows `marker` at the edge of `plot` that a diverging run left the view by, with divergenceNote();
/// hides it while the run stays in view or does not diverge.
void showDivergence(OffViewMarker* marker, const LessonPlot* plot, const RunJudgement& judgement,
                    const Trajectory& t, const QString& variable);

} // namespace gradlab
