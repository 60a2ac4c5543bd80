#pragma once
// Lesson 6, "Partial derivatives and the gradient": a two-variable function as a contour map, a point
// dragged anywhere, the partial-derivative arrows and the gradient, and on request the Hessian there.

#include "views/lesson_view.h"

class QCheckBox;

namespace gradlab {

class ContourFigure;
class PointFields;
class ContourLesson;

class ContourView : public LessonView {
    Q_OBJECT
public:
    ContourView(ContourLesson* lesson, QWidget* parent);
    void resetView() override;

    ContourLesson* lesson() const { return m_lesson; }
    ContourFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    PointFields* pointFields() const { return m_pointFields; }
    /// "Hessian": draws the local quadratic model at the point (the model's showHessian).
    QCheckBox* hessianBox() const { return m_hessian; }

private:
    ContourLesson* m_lesson;
    FormulaField* m_formula;
    ContourFigure* m_figure;
    PointFields* m_pointFields;
    QCheckBox* m_hessian;
};

} // namespace gradlab
