#pragma once
// Lesson 8, "The learning rate": a log-scale slider from 1e-4 to 10 with the critical rate marked; the
// run, the loss per step and the regime update as it moves; below, the sweep.

#include "views/lesson_view.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace gradlab {

class LearningRateFigure;
class LearningRateLesson;
class LogSlider;
class OptimizerBox;
class SchedulePanel;
class StabilityMapFigure;

class LearningRateView : public LessonView {
    Q_OBJECT
public:
    LearningRateView(LearningRateLesson* lesson, QWidget* parent);
    void resetView() override;

    LearningRateLesson* lesson() const { return m_lesson; }
    LearningRateFigure* figure() const { return m_figure; }
    /// The stability map, on the second tab beside the run and the sweep.
    StabilityMapFigure* mapFigure() const { return m_mapFigure; }
    QTabWidget* tabs() const { return m_tabs; }
    LogSlider* slider() const { return m_slider; }
    QLineEdit* learningRateField() const { return m_field; }
    QProgressBar* progressBar() const { return m_progress; }
    FormulaField* formulaField() const { return m_formula; }

public:
    QLineEdit* toleranceField() const { return m_tolerance; }
    /// "Schedule & noise": the schedule, the gradient noise and the learning rate per update.
    SchedulePanel* schedulePanel() const { return m_schedulePanel; }

private:
    void sync();

    LearningRateLesson* m_lesson;
    FormulaField* m_formula;
    LearningRateFigure* m_figure;
    StabilityMapFigure* m_mapFigure;
    QTabWidget* m_tabs;
    LogSlider* m_slider;
    QLineEdit* m_field;
    OptimizerBox* m_optimizer;
    QSpinBox* m_steps;
    QLineEdit* m_tolerance;
    QProgressBar* m_progress;
    QTimer* m_progressTimer;
    SchedulePanel* m_schedulePanel;
    QLabel* m_rateLabel;
};

} // namespace gradlab
