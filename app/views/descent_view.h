#pragma once
// Lesson 6, "Gradient descent in one dimension": the loss curve, a start point to drag, the learning
// rate, and the run: Play / Pause / Step / Reset, the step table and the stop reason.

#include "views/lesson_view.h"

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gradlab {

class DescentFigure;
class DescentLesson;
class OptimizerBox;
class ValueField;

class DescentView : public LessonView {
    Q_OBJECT
public:
    explicit DescentView(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("descent1d"); }
    QString title() const override { return tr("Gradient descent in 1-D"); }
    std::unique_ptr<QWidget> createExportFigure() const override;
    void resetView() override;
    bool applyOptions(const RenderOptions& options, QString* error) override;
    void togglePlay() override;
    QByteArray tableCsv() const override;
    LessonAnimation createAnimation() const override;
    bool hasAnimation() const override { return true; }
    QString tableName() const override { return QStringLiteral("steps"); }
    QJsonObject saveState() const override;
    QString checkState(const QJsonObject& state) const override;
    void restoreState(const QJsonObject& state) override;

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
};

/// A field for the lesson's tolerance (what counts as converged), kept in step with the lesson.
QLineEdit* createToleranceField(QWidget* parent, DescentLesson* lesson);

/// Applies --start, --lr, --optimizer and --steps to a one-variable descent lesson.
bool applyDescentOptions(const RenderOptions& options, DescentLesson* lesson, QString* error);

/// The state of a one-variable descent lesson: the function, the start ("x"), the optimizer, its
/// hyperparameters and the step limit. Shared by the descent and learning-rate lessons.
QJsonObject saveDescentState(const DescentLesson& lesson);
QString checkDescentState(const QJsonObject& state);
void restoreDescentState(const QJsonObject& state, FormulaField* field, DescentLesson* lesson);

} // namespace gradlab
