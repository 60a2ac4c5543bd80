#include "views/descent_view.h"

#include "lessons/descent_lesson.h"
#include "state/lesson_state.h"
#include "tables/csv_tables.h"
#include "views/descent_figure.h"
#include "widgets/formula_field.h"
#include "widgets/optimizer_box.h"
#include "widgets/value_field.h"

#include <QHBoxLayout>
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
                    "began (between 0 and 1, for example 1e-6)."));
    field->setMaximumWidth(80);
    auto sync = [field, lesson] {
        if (!field->hasFocus()) field->setText(QString::number(lesson->tolerance(), 'g', 6));
    };
    // Say why input was not taken, where the user is looking, for long enough to read (the tip stays
    // while the pointer is anywhere, not only over the field).
    auto refuse = [field, lesson] {
        QToolTip::showText(
            field->mapToGlobal(QPoint(0, field->height())),
            QObject::tr("The tolerance must be a number between 0 and 1, such as 1e-6; kept %1.")
                .arg(QString::number(lesson->tolerance(), 'g', 6)),
            field, QRect(-100000, -100000, 200000, 200000), 6000);
    };
    QObject::connect(field, &QLineEdit::inputRejected, field, refuse);
    QObject::connect(field, &QLineEdit::editingFinished, lesson, [field, lesson, sync, refuse] {
        double v;
        if (readPositive(field, &v) && v < 1) {
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

bool applyDescentOptions(const RenderOptions& options, DescentLesson* lesson, QString* error) {
    if (!options.start.isEmpty()) {
        if (options.start.size() != 1) {
            *error =
                QObject::tr("--start needs one coordinate for this lesson, got %1").arg(options.start.size());
            return false;
        }
        lesson->setXShowing(options.start[0]);
    }
    if (!options.optimizers.isEmpty()) {
        OptimizerKind k;
        if (options.optimizers.size() != 1 || !optimizerByName(options.optimizers[0].toStdString(), k)) {
            *error = QObject::tr(
                "--optimizer takes one of gd, momentum, nesterov, adagrad, rmsprop, adam, newton here");
            return false;
        }
        lesson->setOptimizer(k);
    }
    if (!options.rates.isEmpty()) lesson->setLearningRate(options.rates[0]);
    if (options.steps > 0) lesson->setMaxSteps(options.steps);
    return true;
}

QJsonObject saveDescentState(const DescentLesson& lesson) {
    QJsonObject s = state::saveFunction(lesson);
    s.insert(QStringLiteral("optimizer"), QString::fromLatin1(optimizerName(lesson.optimizer())));
    s.insert(QStringLiteral("maxSteps"), lesson.maxSteps());
    s.insert(QStringLiteral("tolerance"), lesson.tolerance());
    state::saveHyperparameters(lesson.settings().hyperparameters, &s);
    return s;
}

QString checkDescentState(const QJsonObject& state) {
    QString why = state::checkFunction(state);
    if (why.isEmpty()) why = state::checkOptimizerName(state, QStringLiteral("optimizer"));
    if (why.isEmpty()) why = state::checkInteger(state, QStringLiteral("maxSteps"), 1, 10000);
    if (why.isEmpty()) why = state::checkHyperparameters(state);
    const QJsonValue tolerance = state.value(QStringLiteral("tolerance"));
    if (why.isEmpty() && !tolerance.isUndefined() &&
        !(tolerance.isDouble() && tolerance.toDouble() > 0 && tolerance.toDouble() < 1))
        why = QObject::tr("“tolerance” must be a number between 0 and 1");
    return why;
}

void restoreDescentState(const QJsonObject& state, FormulaField* field, DescentLesson* lesson) {
    lesson->pause();
    state::restoreFunction(state, field, lesson);
    lesson->setSettings(state::readOptimizer(state, QStringLiteral("optimizer")),
                        state::readHyperparameters(state), state.value(QStringLiteral("maxSteps")).toInt(),
                        state.value(QStringLiteral("tolerance")).toDouble(1e-6));
}

DescentView::DescentView(QWidget* parent)
    : LessonView(parent) {
    m_lesson = new DescentLesson(this);
    m_formula = new FormulaField(1, this);
    m_formula->addCataloguePresets();
    connectFormula(m_formula, m_lesson);
    m_formula->setFormula(QStringLiteral("(w-3)^2"));
    m_figure = new DescentFigure(m_lesson, this);
    connect(m_lesson, &FunctionLesson::changed, this, &LessonView::stateChanged);

    // A typed start reproduces a lesson's numbers exactly (a drag lands on 7.982548, not on 8).
    // The same field as every lesson's point (it follows the lesson and moves the view to show it).
    m_start = createPointField(m_lesson, this);
    m_start->setAccessibleName(tr("Start"));
    m_start->setToolTip(tr("Where the run starts: a number or an expression such as pi/2 (or drag the "
                           "start point on the curve)"));
    auto* startLabel = new QLabel(tr("St&art"), this);
    startLabel->setBuddy(m_start);
    m_lr = createNumberField(this, tr("Learning rate"));
    auto* lrLabel = new QLabel(tr("&Learning rate"), this);
    lrLabel->setBuddy(m_lr);
    m_optimizer = new OptimizerBox(this);
    m_steps = new QSpinBox(this);
    m_steps->setRange(1, 10000);
    m_steps->setAccessibleName(tr("Maximum steps"));
    auto* stepsLabel = new QLabel(tr("S&teps"), this);
    stepsLabel->setBuddy(m_steps);
    m_tolerance = createToleranceField(this, m_lesson);
    auto* toleranceLabel = new QLabel(tr("T&olerance"), this);
    toleranceLabel->setBuddy(m_tolerance);
    m_play = new QPushButton(tr("▶ &Play"), this);
    m_step = new QPushButton(tr("&Step"), this);
    m_reset = new QPushButton(tr("&Reset"), this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(startLabel);
    controls->addWidget(m_start);
    controls->addWidget(lrLabel);
    controls->addWidget(m_lr);
    controls->addWidget(m_optimizer);
    controls->addWidget(stepsLabel);
    controls->addWidget(m_steps);
    controls->addWidget(toleranceLabel);
    controls->addWidget(m_tolerance);
    controls->addStretch(1);
    controls->addWidget(m_play);
    controls->addWidget(m_step);
    controls->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formula);
    layout->addLayout(controls);
    layout->addWidget(m_figure, 1);

    connect(m_lr, &QLineEdit::editingFinished, this, [this] {
        double v;
        if (readPositive(m_lr, &v)) m_lesson->setLearningRate(v);
        sync();
    });
    connect(m_optimizer, qOverload<int>(&QComboBox::activated), this,
            [this] { m_lesson->setOptimizer(m_optimizer->kind()); });
    connect(m_steps, &QSpinBox::valueChanged, m_lesson, &DescentLesson::setMaxSteps);
    connect(m_play, &QPushButton::clicked, m_lesson, &DescentLesson::togglePlay);
    connect(m_step, &QPushButton::clicked, m_lesson, [this] { m_lesson->step(); });
    connect(m_reset, &QPushButton::clicked, m_lesson, &DescentLesson::reset);
    connect(m_lesson, &DescentLesson::playingChanged, this,
            [this](bool playing) { m_play->setText(playing ? tr("❚❚ &Pause") : tr("▶ &Play")); });
    connect(m_lesson, &FunctionLesson::changed, this, &DescentView::sync);
    sync();
}

void DescentView::sync() {
    if (!m_lr->hasFocus()) m_lr->setText(QString::number(m_lesson->learningRate(), 'g', 6));
    m_optimizer->setKind(m_lesson->optimizer());
    const QSignalBlocker block(m_steps);
    m_steps->setValue(m_lesson->maxSteps());
    m_step->setEnabled(!m_lesson->stopped());
    m_play->setEnabled(!m_lesson->stopped() || m_lesson->isPlaying());
}

std::unique_ptr<QWidget> DescentView::createExportFigure() const {
    auto* copy = new DescentLesson;
    copy->copyFrom(*m_lesson);
    auto figure = std::make_unique<DescentFigure>(copy);
    copy->setParent(figure.get());
    return figure;
}

void DescentView::resetView() {
    m_figure->resetView();
}

bool DescentView::applyOptions(const RenderOptions& options, QString* error) {
    if (!applyFunctionOptions(options, m_formula, m_lesson, error)) return false;
    if (!applyDescentOptions(options, m_lesson, error)) return false;
    // A rendered figure shows the whole run.
    while (m_lesson->step()) {
    }
    return true;
}

void DescentView::togglePlay() {
    m_lesson->togglePlay();
}

QJsonObject DescentView::saveState() const {
    return saveDescentState(*m_lesson);
}

QString DescentView::checkState(const QJsonObject& state) const {
    return checkDescentState(state);
}

void DescentView::restoreState(const QJsonObject& state) {
    restoreDescentState(state, m_formula, m_lesson);
}

QByteArray DescentView::tableCsv() const {
    return QByteArray::fromStdString(
        trajectoryCsv(m_lesson->trajectory(), m_lesson->function()->variables()));
}

LessonAnimation DescentView::createAnimation() const {
    // The whole run from the start, its steps spread over the frames.
    auto* copy = new DescentLesson;
    copy->copyFrom(*m_lesson);
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
