#pragma once
// Lesson 11, "Fitting a line": the data (a preset, or points added, dragged, removed and imported), the
// optimizer and its hyperparameters, epochs, batch size and seed, Play / Step / Reset, and the figure.

#include "descent/optimizer.h"
#include "views/lesson_registry.h"
#include "views/lesson_view.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gradlab {

class FitFigure;
class LearningRatePlot;
class ScheduleBox;
class FitLesson;
class OptimizerBox;

class FitView : public LessonView {
    Q_OBJECT
public:
    /// The export animation: the whole run from the start, its updates spread over the frames.
    static LessonAnimation createAnimation(const FitLesson& lesson);
    FitView(FitLesson* lesson, QWidget* parent);
    void resetView() override;

    FitLesson* lesson() const { return m_lesson; }
    FitFigure* figure() const { return m_figure; }
    QComboBox* presetBox() const { return m_preset; }
    OptimizerBox* optimizerBox() const { return m_optimizer; }
    QLineEdit* learningRateField() const { return m_lr; }
    /// The field of hyperparameter `h` (momentum, α, β₁, β₂), shown when the optimizer uses it.
    QLineEdit* hyperparameterField(Hyperparameter h) const;
    QSpinBox* epochsBox() const { return m_epochs; }
    QSpinBox* batchBox() const { return m_batch; }
    QLabel* batchLabel() const { return m_batchMeaning; }
    QSpinBox* seedBox() const { return m_seed; }
    QPushButton* playButton() const { return m_play; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* resetButton() const { return m_reset; }

private:
    void sync();

    FitLesson* m_lesson;
    FitFigure* m_figure;
    QComboBox* m_preset;
    OptimizerBox* m_optimizer;
    QLineEdit* m_lr;
    QLineEdit* m_hyper[4];
    QLabel* m_hyperLabel[4];
    QSpinBox* m_epochs;
    QSpinBox* m_batch;
    QLabel* m_batchMeaning;
    QSpinBox* m_seed;
    ScheduleBox* m_schedule;
    LearningRatePlot* m_ratePlot;
    QPushButton* m_play;
    QPushButton* m_step;
    QPushButton* m_reset;
};

} // namespace gradlab
