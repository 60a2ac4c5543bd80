#pragma once
// Lesson 5, "Autograd": the computation graph of the formula and its backward pass, node by node.

#include "views/lesson_view.h"

class QPushButton;

namespace gradlab {

class AutogradFigure;
class AutogradLesson;
class ValueField;

class AutogradView : public LessonView {
    Q_OBJECT
public:
    AutogradView(AutogradLesson* lesson, QWidget* parent);
    void resetView() override {}

    AutogradLesson* lesson() const { return m_lesson; }
    AutogradFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    QPushButton* backwardButton() const { return m_backward; }
    /// The second variable's value (shown for a formula of two variables).
    ValueField* secondField() const { return m_secondBox; }

private:
    AutogradLesson* m_lesson;
    FormulaField* m_formula;
    AutogradFigure* m_figure;
    ValueField* m_xBox;
    ValueField* m_secondBox;
    QPushButton* m_backward;
    QPushButton* m_all;
    QPushButton* m_reset;
};

} // namespace gradlab
