#pragma once
// The step inspector: one step of a run taken apart (core's explainStep): θ_k, the gradient, the optimizer's
// state before and after, the update rule with the numbers substituted, and θ_{k+1}. Until a step is chosen
// it shows a one-line hint.

#include "descent/step_explanation.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace gradlab {

class StepInspector : public QFrame {
    Q_OBJECT
public:
    explicit StepInspector(QWidget* parent = nullptr);

    /// Shows step `e` of the run called `runName` ("Adam", or "" in a lesson of one run).
    void showStep(const StepExplanation& e, const QString& runName = {});
    /// Shows the current (last) point of run `t` on `f`, which no update has left yet: the point, f, the
    /// gradient there and the optimizer's state after the update that led to it (explanation() holds them,
    /// with valid false and the step's number).
    void showCurrentPoint(const Trajectory& t, const CompiledFunction& f, const QString& runName = {});
    /// Shows the hint instead of a step.
    /// The words shown while no step is chosen (they name the ways to choose one).
    void setHint(const QString& text);
    void clear();
    bool hasStep() const { return m_hasStep; }
    /// Whether the step shown is a run's current point (showCurrentPoint) rather than an update.
    bool showsCurrentPoint() const { return m_hasStep && !m_explanation.valid; }
    /// The step shown (valid only while hasStep()).
    const StepExplanation& explanation() const { return m_explanation; }
    /// What the panel says, as plain text (the hint when no step is shown).
    QString text() const;
    QLabel* hintLabel() const { return m_hint; }
    QLabel* body() const { return m_body; }

private:
    StepExplanation m_explanation;
    bool m_hasStep = false;
    QLabel* m_hint;
    QLabel* m_body;
};

/// A column for the side of a lesson: `above` (its schedule panel), then `inspector` in a scroll area that
/// takes the rest of the height.
QVBoxLayout* besideInspector(QWidget* above, StepInspector* inspector);

/// explanationNumber (core) as a QString with the display locale's decimal separator: the numbers the
/// inspector prints.
QString inspectorNumber(double v);

} // namespace gradlab
