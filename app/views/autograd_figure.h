#pragma once
// The figure of the autograd lesson: the computation graph and, once the backward pass is complete, the
// gradient by reverse mode beside the symbolic derivative and a central difference.

#include "diff/gradient_check.h"
#include "diff/reverse_ad.h"

#include <QWidget>

class QLabel;

namespace gradlab {

class AutogradLesson;
class FigureTitle;
class GraphDiagram;

class AutogradFigure : public QWidget {
    Q_OBJECT
public:
    explicit AutogradFigure(AutogradLesson* lesson, QWidget* parent = nullptr);
    GraphDiagram* diagram() const { return m_diagram; }
    QLabel* comparison() const { return m_comparison; }
    QLabel* status() const { return m_status; }
    /// The verdict on the gradient at the lesson's point: agreement, corner, vertical tangent, … (valid once
    /// the backward pass is done).
    GradientCheck check() const;
    /// The status line of the backward step that processed `node`: upstream gradient × local derivative =
    /// what each input receives, with the numbers, and the sum for an input whose last product arrived. A
    /// negative factor is in brackets; "≈" instead of "=" where the rounded numbers do not multiply (or add)
    /// to the rounded result within its last digit.
    static QString chainRuleText(const ComputationGraph& graph, int node);

private:
    void update();
    /// update() for a formula of two variables (the neuron): both gradients, each against its partial.
    void updateTwoVariables();

    AutogradLesson* m_lesson;
    GraphDiagram* m_diagram;
    FigureTitle* m_title;
    QLabel* m_status;
    QLabel* m_comparison;
};

} // namespace gradlab
