#include "views/contour_view.h"

#include "lessons/contour_lesson.h"
#include "views/contour_figure.h"
#include "widgets/formula_field.h"
#include "widgets/point_fields.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace gradlab {

ContourView::ContourView(ContourLesson* lesson, QWidget* parent)
    : LessonView(lesson, parent)
    , m_lesson(lesson) {
    m_formula = new FormulaField(2, this);
    bindFormula(m_formula, m_lesson);
    m_figure = new ContourFigure(m_lesson, this);
    m_pointFields = new PointFields(tr("Point:"), this);
    m_pointFields->setToolTip(tr("Click the map or drag the point, or type its coordinates."));
    connectPointFields(m_pointFields, m_lesson);
    m_hessian = new QCheckBox(tr("He&ssian"), this);
    m_hessian->setToolTip(tr("Draw the Hessian at the point as the axes of the local quadratic model: its "
                             "eigen-directions, labelled with the eigenvalues, and the curve where "
                             "½ dᵀHd = ±c (an ellipse, hyperbolas or parallel lines)."));
    connect(m_hessian, &QCheckBox::toggled, m_lesson, &ContourLesson::setShowHessian);
    connect(m_lesson, &Lesson::changed, this, [this] {
        const QSignalBlocker block(m_hessian);
        m_hessian->setChecked(m_lesson->showHessian());
    });
    m_hessian->setChecked(m_lesson->showHessian());
    auto* pointRow = new QHBoxLayout;
    pointRow->setContentsMargins(0, 0, 0, 0);
    pointRow->addWidget(m_pointFields, 1);
    pointRow->addWidget(m_hessian);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formula);
    layout->addLayout(pointRow);
    layout->addWidget(m_figure, 1);
}

void ContourView::resetView() {
    m_figure->resetView();
}

} // namespace gradlab
