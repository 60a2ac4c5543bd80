#pragma once
// A small plot of the learning rate per update over a run: the updates taken (from the trajectory) drawn
// solid, those still to come (from core's scheduledRate) dashed, a marker at the current step. The y-axis
// is logarithmic only when the rates span more than a decade.

#include "descent/schedule.h"
#include "descent/trajectory.h"
#include "plotting/lesson_plot.h"

namespace gradlab {

class LearningRatePlot : public LessonPlot {
    Q_OBJECT
public:
    explicit LearningRatePlot(QWidget* parent = nullptr);

    /// The rates of updates 1 … `steps` of `schedule` from base rate `base`, the first `current` of them
    /// taken (drawn solid, with a marker on update `current`; none when it is 0).
    void setRates(const Schedule& schedule, double base, int steps, int current);
    /// The rates a run used (each TrajectoryPoint::learningRate), and after its last point the rates
    /// `schedule` would give up to update `steps`; the marker on the run's last update.
    void setRun(const Trajectory& run, const Schedule& schedule, double base, int steps);
    /// The y-axis label ("learning rate" unless set).
    void setRateLabel(const QString& label);

    /// The rate of each update drawn, update k at index k − 1.
    const QVector<double>& rates() const { return m_rates; }
    /// The update the marker is on (0: no marker).
    int current() const { return m_current; }
    bool isLogScale() const { return yAxis->scaleType() == QCPAxis::stLogarithmic; }
    QCPGraph* takenGraph() const { return m_taken; }
    QCPGraph* plannedGraph() const { return m_planned; }

    /// Whether rates from `lo` to `hi` (both > 0) take a log axis: more than a decade apart.
    static bool spansADecade(double lo, double hi) { return lo > 0 && hi > 10 * lo; }

private:
    void draw();

    QVector<double> m_rates;
    int m_current = 0;
    QCPGraph* m_taken;
    QCPGraph* m_planned;
    QCPGraph* m_marker;
};

} // namespace gradlab
