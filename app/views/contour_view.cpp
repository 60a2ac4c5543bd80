#include "views/contour_view.h"

#include "lessons/surface_lesson.h"
#include "state/lesson_state.h"
#include "views/contour_figure.h"
#include "widgets/formula_field.h"
#include "widgets/point_fields.h"

#include <QVBoxLayout>

namespace gradlab {

ContourView::ContourView(QWidget* parent)
    : LessonView(parent) {
    m_lesson = new SurfaceLesson(this);
    m_formula = new FormulaField(2, this);
    m_formula->addCataloguePresets();
    connectFormula(m_formula, m_lesson);
    m_formula->setFormula(QStringLiteral("x^2 + 3y^2"));
    m_lesson->setPoint(QPointF(2.5, 1.5));
    m_figure = new ContourFigure(m_lesson, this);
    connect(m_lesson, &SurfaceLesson::changed, this, &LessonView::stateChanged);
    m_pointFields = new PointFields(tr("Point:"), this);
    m_pointFields->setToolTip(tr("Click the map or drag the point, or type its coordinates."));
    connectPointFields(m_pointFields, m_lesson);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formula);
    layout->addWidget(m_pointFields);
    layout->addWidget(m_figure, 1);
}

std::unique_ptr<QWidget> ContourView::createExportFigure() const {
    auto* copy = new SurfaceLesson;
    copy->copyFrom(*m_lesson);
    auto figure = std::make_unique<ContourFigure>(copy);
    copy->setParent(figure.get());
    return figure;
}

void ContourView::resetView() {
    m_figure->resetView();
}

bool ContourView::applyOptions(const RenderOptions& options, QString* error) {
    return applySurfaceOptions(options, m_formula, m_lesson, error);
}

QJsonObject ContourView::saveState() const {
    return state::saveSurface(*m_lesson);
}

QString ContourView::checkState(const QJsonObject& state) const {
    return state::checkSurface(state);
}

void ContourView::restoreState(const QJsonObject& state) {
    state::restoreSurface(state, m_formula, m_lesson);
}

} // namespace gradlab
