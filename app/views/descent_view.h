#pragma once
// Lesson 7, "Gradient descent in one dimension": the loss curve, a start point to drag, the learning
// rate, and the run: Play / Pause / Step / Reset, the step table and the stop reason.

#include "views/lesson_registry.h"
#include "views/lesson_view.h"

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gradlab {

class DescentFigure;
class DescentLesson;
class OptimizerBox;
class SchedulePanel;
class StepInspector;
class StepPicker;
class ValueField;

class DescentView : public LessonView {
    Q_OBJECT
public:
    /// The export animation: the whole run from the start, its steps spread over the frames.
    static LessonAnimation createAnimation(const DescentLesson& lesson);
    DescentView(DescentLesson* lesson, QWidget* parent);
    void resetView() override;
    /// Also the step inspected.
    void continueFrom(const LessonView& predecessor) override;

    DescentLesson* lesson() const { return m_lesson; }
    DescentFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    QPushButton* playButton() const { return m_play; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* resetButton() const { return m_reset; }
    ValueField* startField() const { return m_start; }
    QLineEdit* learningRateField() const { return m_lr; }
    OptimizerBox* optimizerBox() const { return m_optimizer; }
    QLineEdit* toleranceField() const { return m_tolerance; }
    /// "Schedule & noise": the schedule, the gradient noise and the learning rate per update.
    SchedulePanel* schedulePanel() const { return m_schedulePanel; }
    /// "Show optimizer state": the overlay of the optimizer's state at each step.
    QCheckBox* stateBox() const { return m_stateBox; }
    /// The step inspector and what chooses its step (a point on the plot, a table row, ←/→).
    StepInspector* stepInspector() const { return m_inspector; }
    StepPicker* stepPicker() const { return m_picker; }

private:
    void sync();

    DescentLesson* m_lesson;
    FormulaField* m_formula;
    DescentFigure* m_figure;
    ValueField* m_start;
    QLineEdit* m_lr;
    OptimizerBox* m_optimizer;
    QSpinBox* m_steps;
    QPushButton* m_play;
    QPushButton* m_step;
    QPushButton* m_reset;
    QLineEdit* m_tolerance;
    SchedulePanel* m_schedulePanel;
    QCheckBox* m_stateBox;
    StepInspector* m_inspector;
    StepPicker* m_picker;
};

/// Shows the lesson's schedule and noise in `panel`, and its run's learning rate per update.
void showScheduleAndNoise(SchedulePanel* panel, const DescentLesson* lesson);

/// A field for the lesson's tolerance (what counts as converged), kept in step with the lesson.
QLineEdit* createToleranceField(QWidget* parent, DescentLesson* lesson);

} // namespace gradlab
