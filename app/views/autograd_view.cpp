#include "views/autograd_view.h"

#include "lessons/autograd_lesson.h"
#include "state/lesson_state.h"
#include "views/autograd_figure.h"
#include "widgets/formula_field.h"

#include "widgets/value_field.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradlab {

AutogradView::AutogradView(QWidget* parent)
    : LessonView(parent) {
    m_lesson = new AutogradLesson(this);
    m_formula = new FormulaField(1, this);
    m_formula->addCataloguePresets();
    connectFormula(m_formula, m_lesson);
    m_formula->setFormula(QStringLiteral("(w-3)^2"));
    m_lesson->setX(8.0);
    m_figure = new AutogradFigure(m_lesson, this);
    connect(m_lesson, &FunctionLesson::changed, this, &LessonView::stateChanged);

    // The same field for a number as the other lessons: pi/2 is read as π/2, never as 2.
    m_xBox = createPointField(m_lesson, this);
    m_xBox->setAccessibleName(tr("Input value"));
    auto* xLabel = new QLabel(tr("&Input value"), this);
    xLabel->setBuddy(m_xBox);
    m_backward = new QPushButton(tr("&Backward ▸"), this);
    m_backward->setToolTip(tr("Process the next node of the backward pass"));
    m_all = new QPushButton(tr("Run &all"), this);
    m_reset = new QPushButton(tr("&Reset"), this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_formula, 1);
    controls->addWidget(xLabel);
    controls->addWidget(m_xBox);
    controls->addWidget(m_backward);
    controls->addWidget(m_all);
    controls->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_figure, 1);

    auto sync = [this] {
        m_backward->setEnabled(!m_lesson->backwardDone());
        m_all->setEnabled(!m_lesson->backwardDone());
    };
    connect(m_lesson, &FunctionLesson::changed, this, sync);
    connect(m_backward, &QPushButton::clicked, m_lesson, &AutogradLesson::stepBackward);
    connect(m_all, &QPushButton::clicked, m_lesson, &AutogradLesson::runBackward);
    connect(m_reset, &QPushButton::clicked, m_lesson, &AutogradLesson::resetBackward);
    sync();
}

std::unique_ptr<QWidget> AutogradView::createExportFigure() const {
    auto* copy = new AutogradLesson;
    copy->copyFrom(*m_lesson);
    auto figure = std::make_unique<AutogradFigure>(copy);
    copy->setParent(figure.get());
    return figure;
}

bool AutogradView::applyOptions(const RenderOptions& options, QString* error) {
    return applyFunctionOptions(options, m_formula, m_lesson, error);
}

void AutogradView::togglePlay() {
    m_lesson->stepBackward();
}

QJsonObject AutogradView::saveState() const {
    return state::saveFunction(*m_lesson);
}

QString AutogradView::checkState(const QJsonObject& state) const {
    return state::checkFunction(state);
}

void AutogradView::restoreState(const QJsonObject& state) {
    state::restoreFunction(state, m_formula, m_lesson);
}

} // namespace gradlab
