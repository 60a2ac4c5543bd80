#include "views/slope_view.h"

#include "lessons/slope_lesson.h"
#include "views/slope_figure.h"
#include "widgets/formula_field.h"
#include "widgets/value_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gradlab {

SlopeView::SlopeView(SlopeLesson* lesson, QWidget* parent)
    : LessonView(lesson, parent)
    , m_lesson(lesson) {
    m_formula = new FormulaField(1, this);
    bindFormula(m_formula, m_lesson);
    m_xField = createPointField(m_lesson, this);
    auto* xLabel = new QLabel(tr("&Point at"), this);
    xLabel->setBuddy(m_xField);
    xLabel->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // never narrower than its words
    m_figure = new SlopeFigure(m_lesson, this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_formula, 1);
    controls->addSpacing(16);
    controls->addWidget(xLabel);
    controls->addWidget(m_xField);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_figure, 1);
}

void SlopeView::resetView() {
    m_figure->resetView();
}

} // namespace gradlab
