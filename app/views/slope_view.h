#pragma once
// Lesson 1, "Slope at a point": the formula, a point dragged along the curve, the tangent, and f′.

#include "views/lesson_view.h"

namespace gradlab {

class SlopeLesson;
class SlopeFigure;

class SlopeView : public LessonView {
    Q_OBJECT
public:
    SlopeView(SlopeLesson* lesson, QWidget* parent);
    void resetView() override;

    SlopeLesson* lesson() const { return m_lesson; }
    SlopeFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    ValueField* pointField() const { return m_xField; }

private:
    SlopeLesson* m_lesson;
    FormulaField* m_formula;
    SlopeFigure* m_figure;
    ValueField* m_xField;
};

} // namespace gradlab
