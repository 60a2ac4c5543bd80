#include "views/slope_view.h"

#include "lessons/function_lesson.h"
#include "state/lesson_state.h"
#include "views/slope_figure.h"
#include "widgets/formula_field.h"
#include "widgets/value_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gradlab {

SlopeView::SlopeView(QWidget* parent)
    : LessonView(parent) {
    m_lesson = new FunctionLesson(this);
    m_formula = new FormulaField(1, this);
    m_formula->addCataloguePresets();
    connectFormula(m_formula, m_lesson);

    m_formula->setFormula(QStringLiteral("x^2"));
    m_lesson->setX(1.0);
    m_xField = createPointField(m_lesson, this);
    auto* xLabel = new QLabel(tr("&Point at"), this);
    xLabel->setBuddy(m_xField);
    m_figure = new SlopeFigure(m_lesson, this);
    connect(m_lesson, &FunctionLesson::changed, this, &LessonView::stateChanged);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_formula, 1);
    controls->addSpacing(16);
    controls->addWidget(xLabel);
    controls->addWidget(m_xField);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_figure, 1);
}

std::unique_ptr<QWidget> SlopeView::createExportFigure() const {
    auto* copy = new FunctionLesson;
    copy->copyFrom(*m_lesson);
    auto figure = std::make_unique<SlopeFigure>(copy);
    copy->setParent(figure.get());
    return figure;
}

void SlopeView::resetView() {
    m_figure->resetView();
}

bool SlopeView::applyOptions(const RenderOptions& options, QString* error) {
    return applyFunctionOptions(options, m_formula, m_lesson, error);
}

QJsonObject SlopeView::saveState() const {
    return state::saveFunction(*m_lesson);
}

QString SlopeView::checkState(const QJsonObject& state) const {
    return state::checkFunction(state);
}

void SlopeView::restoreState(const QJsonObject& state) {
    state::restoreFunction(state, m_formula, m_lesson);
}

} // namespace gradlab
