#pragma once
// "Schedule & noise": the side panel of the descent, learning-rate and race views. A ScheduleBox, a
// NoiseBox and, while the schedule is not constant, a LearningRatePlot; bound to a lesson model that has
// schedule(), noise(), seed() and their setters. The view draws the plot (it knows the run).

#include "descent/schedule.h"

#include <QGroupBox>

namespace gradlab {

class LearningRatePlot;
class NoiseBox;
class ScheduleBox;

class SchedulePanel : public QGroupBox {
    Q_OBJECT
public:
    explicit SchedulePanel(QWidget* parent = nullptr);

    ScheduleBox* scheduleBox() const { return m_schedule; }
    NoiseBox* noiseBox() const { return m_noise; }
    LearningRatePlot* ratePlot() const { return m_plot; }

    /// The user's choices go to `lesson`'s setSchedule, setNoise and setSeed (each an undo step there).
    template <class L> void bind(L* lesson) {
        connect(this, &SchedulePanel::scheduleChosen, lesson, &L::setSchedule);
        connect(this, &SchedulePanel::noiseChosen, lesson, &L::setNoise);
        connect(this, &SchedulePanel::seedChosen, lesson, &L::setSeed);
    }
    /// Shows the model's schedule and noise; the plot only for a schedule that is not constant.
    void showSettings(const Schedule& schedule, double noise, int seed);

signals:
    void scheduleChosen(const gradlab::Schedule& schedule);
    void noiseChosen(double sigma);
    void seedChosen(int seed);

private:
    ScheduleBox* m_schedule;
    NoiseBox* m_noise;
    LearningRatePlot* m_plot;
};

/// "learning rate 0.1" for a constant schedule, "base learning rate 0.1, cosine schedule" otherwise, with
/// ", noise σ = 0.5 (seed 3)" when there is noise: how a title names a run's rate and noise.
QString describeRate(double base, const Schedule& schedule, double noise, int seed);

} // namespace gradlab
