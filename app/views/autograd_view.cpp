#include "views/autograd_view.h"

#include "lessons/autograd_lesson.h"
#include "views/autograd_figure.h"
#include "widgets/flow_layout.h"
#include "widgets/formula_field.h"

#include "widgets/value_field.h"
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradlab {

AutogradView::AutogradView(AutogradLesson* lesson, QWidget* parent)
    : LessonView(lesson, parent)
    , m_lesson(lesson) {
    m_formula = new FormulaField(2, AutogradLesson::autogradPresets(), this);
    bindFormula(m_formula, m_lesson);
    m_figure = new AutogradFigure(m_lesson, this);

    // The same field for a number as the other lessons: pi/2 is read as π/2, never as 2.
    m_xBox = createPointField(m_lesson, this);
    m_xBox->setAccessibleName(tr("Input value"));
    auto* xLabel = new QLabel(tr("&Input value"), this);
    xLabel->setBuddy(m_xBox);
    // The second variable's value (the neuron's b), shown when the formula has two.
    m_secondBox = new ValueField(tr("Second input"), this);
    m_secondBox->setAccessibleName(tr("Second input value"));
    auto* secondLabel = new QLabel(this);
    secondLabel->setBuddy(m_secondBox);
    connect(m_secondBox, &ValueField::valueEntered, m_lesson, &AutogradLesson::setSecond);
    //: Button: the next step of the backward pass (autograd's backward(), not a direction)
    m_backward = new QPushButton(tr("&Backward ▸"), this);
    m_backward->setToolTip(tr("Process the next node of the backward pass"));
    //: Button: process every remaining node of the backward pass at once
    m_all = new QPushButton(tr("Run &all"), this);
    //: Button: forget the backward pass and start it again
    m_reset = new QPushButton(tr("&Reset"), this);

    // Wraps where the language's words do not fit in a narrow window (a label stays beside its field).
    auto* controls = new FlowLayout;
    controls->addGroup({m_formula}, FlowLayout::Width::FillsLine);
    controls->addGroup({xLabel, m_xBox});
    controls->addGroup({secondLabel, m_secondBox});
    controls->addGroup({m_backward, m_all, m_reset});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_figure, 1);

    auto sync = [this, xLabel, secondLabel] {
        const bool two = m_lesson->variableCount() == 2;
        xLabel->setText(two ? QStringLiteral("&%1 =").arg(m_lesson->variableName(0)) : tr("&Input value"));
        secondLabel->setText(two ? QStringLiteral("%1 =").arg(m_lesson->variableName(1)) : QString());
        secondLabel->setVisible(two);
        m_secondBox->setVisible(two);
        m_secondBox->setValue(m_lesson->second());
        m_backward->setEnabled(!m_lesson->backwardDone());
        m_all->setEnabled(!m_lesson->backwardDone());
    };
    connect(m_lesson, &FunctionLesson::changed, this, sync);
    connect(m_backward, &QPushButton::clicked, m_lesson, &AutogradLesson::stepBackward);
    connect(m_all, &QPushButton::clicked, m_lesson, &AutogradLesson::runBackward);
    connect(m_reset, &QPushButton::clicked, m_lesson, &AutogradLesson::resetBackward);
    sync();
}

} // namespace gradlab
