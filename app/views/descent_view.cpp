#include "views/descent_view.h"

#include "lessons/descent_lesson.h"
#include "plotting/learning_rate_plot.h"
#include "views/descent_figure.h"
#include "views/schedule_panel.h"
#include "views/step_inspector.h"
#include "views/step_picker.h"
#include "widgets/flow_layout.h"
#include "widgets/formula_field.h"
#include "widgets/optimizer_box.h"
#include "widgets/schedule_box.h"
#include "widgets/side_column_layout.h"
#include "widgets/value_field.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gradlab {

QLineEdit* createToleranceField(QWidget* parent, DescentLesson* lesson) {
    QLineEdit* field = createNumberField(parent, QObject::tr("Tolerance"));
    field->setToolTip(
        QObject::tr("A run counts as converged when |gradient| falls below this, or when its loss "
                    "gap to the minimum it approaches has shrunk to this fraction of where it "
                    "began (between %1 and %2, for example 1e-6).")
            .arg(DescentLesson::kMinTolerance)
            .arg(DescentLesson::kMaxTolerance));
    field->setMaximumWidth(80);
    auto sync = [field, lesson] {
        if (!field->hasFocus()) field->setText(numberFieldText(lesson->tolerance()));
    };
    // Say why input was not taken, where the user is looking, for long enough to read (the tip stays
    // while the pointer is anywhere, not only over the field).
    auto refuse = [field, lesson] {
        QToolTip::showText(
            field->mapToGlobal(QPoint(0, field->height())),
            QObject::tr("The tolerance must be a number between %1 and %2, such as 1e-6; kept %3.")
                .arg(DescentLesson::kMinTolerance)
                .arg(DescentLesson::kMaxTolerance)
                .arg(QString::number(lesson->tolerance(), 'g', 6)),
            field, QRect(-100000, -100000, 200000, 200000), 6000);
    };
    QObject::connect(field, &QLineEdit::inputRejected, field, refuse);
    QObject::connect(field, &QLineEdit::editingFinished, lesson, [field, lesson, sync, refuse] {
        double v;
        if (readNumber(field, &v) && DescentLesson::validTolerance(v)) {
            lesson->setTolerance(v);
            field->clearFocus();
        } else {
            refuse();
        }
        sync();
    });
    QObject::connect(lesson, &FunctionLesson::changed, field, sync);
    sync();
    return field;
}

DescentView::DescentView(DescentLesson* lesson, QWidget* parent)
    : LessonView(lesson, parent)
    , m_lesson(lesson) {
    m_formula = new FormulaField(1, this);
    bindFormula(m_formula, m_lesson);
    m_figure = new DescentFigure(m_lesson, this);

    // A typed start reproduces a lesson's numbers exactly (a drag lands on 7.982548, not on 8).
    // The same field as every lesson's point (it follows the lesson and moves the view to show it).
    m_start = createPointField(m_lesson, this);
    //: The start point's field (a noun: where descent starts), not "begin"
    m_start->setAccessibleName(tr("Start"));
    m_start->setToolTip(tr("Where the run starts: a number or an expression such as pi/2 (or drag the "
                           "start point on the curve)"));
    //: Label of the start point's field (a noun: where descent starts), not "begin"
    auto* startLabel = new QLabel(tr("St&art"), this);
    startLabel->setBuddy(m_start);
    m_lr = createNumberField(this, tr("Learning rate"));
    auto* lrLabel = new QLabel(tr("&Learning rate"), this);
    lrLabel->setBuddy(m_lr);
    m_optimizer = new OptimizerBox(this);
    m_steps = new QSpinBox(this);
    m_steps->setRange(1, DescentLesson::kMaxSteps);
    m_steps->setAccessibleName(tr("Maximum steps"));
    //: Label of the field for the most steps a run takes (a count)
    auto* stepsLabel = new QLabel(tr("S&teps"), this);
    stepsLabel->setBuddy(m_steps);
    m_tolerance = createToleranceField(this, m_lesson);
    auto* toleranceLabel = new QLabel(tr("T&olerance"), this);
    toleranceLabel->setBuddy(m_tolerance);
    m_play = new QPushButton(tr("▶ &Play"), this);
    //: Button (a verb): take one step of gradient descent
    m_step = new QPushButton(tr("&Step"), this);
    //: Button: go back to the start point and clear the run
    m_reset = new QPushButton(tr("&Reset"), this);

    // One row that wraps where the language's words do not fit (a label stays beside its field).
    auto* controls = new FlowLayout;
    controls->addGroup({startLabel, m_start});
    controls->addGroup({lrLabel, m_lr});
    controls->addGroup({m_optimizer});
    controls->addGroup({stepsLabel, m_steps});
    controls->addGroup({toleranceLabel, m_tolerance});
    m_stateBox = new QCheckBox(tr("Sho&w optimizer state"), this);
    m_stateBox->setToolTip(
        tr("Draw the optimizer's state at each step: the velocity, Adam's smoothed gradient against the "
           "raw gradient, and the update each adaptive step took"));
    controls->addGroup({m_stateBox});
    controls->addStretch();
    controls->addGroup({m_play, m_step, m_reset});
    m_schedulePanel = new SchedulePanel(this);
    m_schedulePanel->bind(m_lesson);
    m_inspector = new StepInspector(this);
    m_picker = new StepPicker(m_figure->plot(), m_inspector, m_figure->stepTable());
    auto* body = new SideColumnLayout; // the column goes under the figure in a narrow window
    body->setParts(m_figure, besideInspector(m_schedulePanel, m_inspector));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formula);
    layout->addLayout(controls);
    layout->addLayout(body, 1);

    connect(m_lr, &QLineEdit::editingFinished, this, [this] {
        double v;
        if (readNumber(m_lr, &v)) m_lesson->setLearningRate(v); // which refuses an invalid rate
        sync();
    });
    connect(m_stateBox, &QCheckBox::toggled, m_lesson, &DescentLesson::setShowState);
    connect(m_optimizer, &OptimizerBox::optimizerChosen, m_lesson, &DescentLesson::setOptimizer);
    connect(m_steps, &QSpinBox::valueChanged, m_lesson, &DescentLesson::setMaxSteps);
    connect(m_play, &QPushButton::clicked, m_lesson, &DescentLesson::togglePlay);
    connect(m_step, &QPushButton::clicked, m_lesson, [this] { m_lesson->step(); });
    connect(m_reset, &QPushButton::clicked, m_lesson, &DescentLesson::reset);
    // As the model is now: a view built while it plays (a window rebuilt in another language) says Pause.
    const auto showPlaying = [this](bool playing) {
        m_play->setText(playing ? tr("❚❚ &Pause") : tr("▶ &Play"));
    };
    connect(m_lesson, &DescentLesson::playingChanged, this, showPlaying);
    // A run that stops by itself while playing leaves Play and Step off once it is no longer playing.
    connect(m_lesson, &DescentLesson::playingChanged, this, &DescentView::sync);
    showPlaying(m_lesson->isPlaying());
    connect(m_lesson, &FunctionLesson::changed, this, &DescentView::sync);
    auto showRun = [this] { m_picker->setRuns({{0, &m_lesson->trajectory(), m_lesson->function(), {}}}); };
    connect(m_lesson, &FunctionLesson::changed, m_picker, showRun);
    showRun();
    sync();
}

void DescentView::sync() {
    if (!m_lr->hasFocus()) m_lr->setText(numberFieldText(m_lesson->learningRate()));
    m_optimizer->setKind(m_lesson->optimizer());
    {
        const QSignalBlocker blockState(m_stateBox);
        m_stateBox->setChecked(m_lesson->showState());
    }
    const QSignalBlocker block(m_steps);
    m_steps->setValue(m_lesson->maxSteps());
    m_step->setEnabled(!m_lesson->stopped());
    m_play->setEnabled(!m_lesson->stopped() || m_lesson->isPlaying());
    showScheduleAndNoise(m_schedulePanel, m_lesson);
}

void showScheduleAndNoise(SchedulePanel* panel, const DescentLesson* lesson) {
    panel->showSettings(lesson->schedule(), lesson->noise(), lesson->seed());
    panel->scheduleBox()->setRunLength(lesson->maxSteps());
    if (!panel->ratePlot()->isHidden()) // shown for a schedule that is not constant
        panel->ratePlot()->setRun(lesson->trajectory(), lesson->schedule(), lesson->learningRate(),
                                  lesson->maxSteps());
}

void DescentView::continueFrom(const LessonView& predecessor) {
    LessonView::continueFrom(predecessor);
    if (const auto* before = qobject_cast<const DescentView*>(&predecessor);
        before && before->m_picker->hasSelection())
        m_picker->select(before->m_picker->selectedKey(), before->m_picker->selectedStep());
}

void DescentView::resetView() {
    m_figure->resetView();
}

LessonAnimation DescentView::createAnimation(const DescentLesson& lesson) {
    // The whole run from the start, its steps spread over the frames.
    auto* copy = new DescentLesson;
    copy->copyFrom(lesson);
    copy->reset();
    DescentLesson probe;
    probe.copyFrom(*copy);
    while (probe.step()) {
    }
    const int total = static_cast<int>(probe.trajectory().points.size()) - 1;
    LessonAnimation animation;
    animation.figure = std::make_unique<DescentFigure>(copy);
    copy->setParent(animation.figure.get());
    animation.frames = std::clamp(total + 1, 2, 100);
    animation.fps = total + 1 > 40 ? 15 : 4;
    animation.seek = [copy, total](int frame, int count) {
        const int target =
            static_cast<int>(std::lround(static_cast<double>(frame) * total / std::max(1, count - 1)));
        auto taken = [copy] { return static_cast<int>(copy->trajectory().points.size()) - 1; };
        if (taken() > target) copy->reset();
        while (taken() < target && !copy->stopped())
            copy->step();
    };
    return animation;
}

} // namespace gradlab
