#pragma once
// Lesson 4, "Numerical derivatives": how the error of finite differences depends on h.

#include "views/lesson_view.h"

namespace gradlab {

class NumericLesson;
class NumericFigure;

class NumericView : public LessonView {
    Q_OBJECT
public:
    NumericView(NumericLesson* lesson, QWidget* parent);
    void resetView() override;

    NumericLesson* lesson() const { return m_lesson; }
    NumericFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    ValueField* pointField() const { return m_xField; }

private:
    NumericLesson* m_lesson;
    FormulaField* m_formula;
    NumericFigure* m_figure;
    ValueField* m_xField;
};

} // namespace gradlab
