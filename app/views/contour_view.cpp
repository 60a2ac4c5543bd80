#include "views/contour_view.h"

#include "lessons/contour_lesson.h"
#include "views/contour_figure.h"
#include "widgets/formula_field.h"
#include "widgets/point_fields.h"

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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formula);
    layout->addWidget(m_pointFields);
    layout->addWidget(m_figure, 1);
}

void ContourView::resetView() {
    m_figure->resetView();
}

} // namespace gradlab
