#pragma once
// Chooses the step the step inspector shows: a click on any point of a run drawn on a plot (its current
// point included), a row of a step table, or ←/→ on either (Esc lets go). It marks the chosen point on the
// plot, keeps the table's row in step, and follows the runs as they change (the step is clamped to the run,
// or let go if the run has none). The selection lives here, in the view: it is a way of looking, not a
// setting of the lesson, so it is not saved and not undone.

#include "descent/trajectory.h"
#include "function/compiled_function.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <vector>

class QCPGraph;
class QTableWidget;

namespace gradlab {

class LessonPlot;
class StepInspector;

/// A run the picker can choose a step of.
struct PickableRun {
    int key = 0;                            ///< what identifies the run from one update to the next
    const Trajectory* trajectory = nullptr; ///< drawn as (w, L(w)) in one variable, (x, y) in two
    FunctionPtr function;                   ///< the function it ran on
    QString name;                           ///< for the inspector's title ("Adam")
};

class StepPicker : public QObject {
    Q_OBJECT
public:
    /// Picks on `plot` (and on `table`'s rows, row k being step k, if given) for `inspector`.
    StepPicker(LessonPlot* plot, StepInspector* inspector, QTableWidget* table = nullptr);
    ~StepPicker() override;

    /// The runs as they are now: the selection is clamped to its run's steps, or let go.
    void setRuns(std::vector<PickableRun> runs);
    /// Chooses step `step` of the run with `key` (clamped to its steps); lets go if it has none.
    void select(int key, int step);
    void clearSelection();
    bool hasSelection() const { return m_step >= 0; }
    int selectedKey() const { return m_key; }
    int selectedStep() const { return m_step; }
    /// The ring drawn around the chosen point (in the legend as "inspected step" while a step is chosen).
    QCPGraph* marker() const { return m_marker; }
    /// Its diameter in pixels.
    static constexpr double kMarkerSize = 22.0;
    /// The points of `t` a click can choose: every point drawn, its current (last) point included; none for a
    /// run that has not moved from its start (the start is the start handle's).
    static int pickableSteps(const Trajectory& t);
    /// The plot pixel of step `step` of the run with `key` (for tests and for the nearest-point search).
    QPointF pixelOf(int key, int step) const;
    /// Picks within this many pixels of a point.
    static constexpr double kPickRadius = 10.0;

signals:
    void selectionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const PickableRun* run(int key) const;
    /// Shows the selection in the inspector, the marker and the table.
    void refresh();
    /// ←/→: one step back or forward; true if handled.
    bool walk(int by);

    LessonPlot* m_plot;
    StepInspector* m_inspector;
    QTableWidget* m_table;
    QCPGraph* m_marker;
    QCPGraph* m_halo;
    std::vector<PickableRun> m_runs;
    int m_key = -1;
    int m_step = -1;
    QPointF m_pressPixel{-1e9, -1e9};
    bool m_syncing = false;
};

} // namespace gradlab
