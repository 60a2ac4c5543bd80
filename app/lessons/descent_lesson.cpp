#include "lessons/descent_lesson.h"

#include "codegen/descent_script.h"
#include "lessons/lesson_catalogue.h"
#include "lessons/lesson_state.h"
#include "tables/csv_tables.h"

namespace gradlab {

DescentLesson::DescentLesson(QObject* parent)
    : FunctionLesson(parent) {
    m_settings.hyperparameters.learningRate = 0.1;
    m_settings.maxSteps = 50;
    m_settings.tolerance = 1e-6;
    m_player = new Player(
        250, [this] { return step(); }, [this] { return !m_run->stopped(); }, this);
    connect(m_player, &Player::playingChanged, this, &Lesson::playingChanged);
    // A new function or start point makes the run stale; connected first so views see the new run.
    connect(this, &FunctionLesson::changed, this, &DescentLesson::restartIfStale);
    reset();
    setFormula(QStringLiteral("(w-3)^2"));
}

void DescentLesson::restartIfStale() {
    if (m_internal) return;
    // Called from changed(): the run starts again before later listeners (the views) see the change,
    // without a second changed().
    if (m_runFunction != function() || m_runStart != x()) restart();
}

void DescentLesson::reset() {
    restart();
    m_internal = true;
    notify();
    m_internal = false;
}

void DescentLesson::restart() {
    pause();
    const double start = x();
    m_run = std::make_unique<DescentRun>(function(), &start, m_settings);
    if (m_autoRun) m_run->runToEnd();
    m_runFunction = function();
    m_runStart = start;
}

void DescentLesson::setLearningRate(double lr) {
    if (!hyperparameterProblem(Hyperparameter::LearningRate, lr).empty() || lr == learningRate()) return;
    edit(tr("Change the learning rate"), [&] {
        m_settings.hyperparameters.learningRate = lr;
        reset();
    });
}

void DescentLesson::setOptimizer(OptimizerKind kind) {
    if (kind == m_settings.optimizer) return;
    edit(tr("Change the optimizer settings"), [&] {
        m_settings.optimizer = kind;
        reset();
    });
}

void DescentLesson::setMaxSteps(int steps) {
    if (steps < 1 || steps == m_settings.maxSteps) return;
    edit(tr("Change the number of steps"), [&] {
        m_settings.maxSteps = steps;
        reset();
    });
}

void DescentLesson::setTolerance(double tolerance) {
    if (!validTolerance(tolerance) || tolerance == m_settings.tolerance) return;
    edit(tr("Change the tolerance"), [&] {
        m_settings.tolerance = tolerance;
        reset();
    });
}

void DescentLesson::setSchedule(const Schedule& schedule) {
    if (!scheduleProblem(schedule).empty() || schedule == m_settings.schedule) return;
    edit(tr("Change the learning-rate schedule"), [&] {
        m_settings.schedule = schedule;
        reset();
    });
}

void DescentLesson::setNoise(double sigma) {
    if (!noiseProblem(sigma).empty() || sigma == m_settings.noise) return;
    edit(tr("Change the gradient noise"), [&] {
        m_settings.noise = sigma;
        reset();
    });
}

void DescentLesson::setSeed(int seed) {
    if (seed < 0 || static_cast<std::uint64_t>(seed) > kMaxSeed || seed == this->seed()) return;
    edit(tr("Change the noise seed"), [&] {
        m_settings.seed = static_cast<std::uint64_t>(seed);
        reset();
    });
}

void DescentLesson::setShowState(bool on) {
    if (on == m_showState || !drawsState()) return;
    edit(on ? tr("Show the optimizer state") : tr("Hide the optimizer state"), [&] {
        m_showState = on;
        m_internal = true;
        notify();
        m_internal = false;
    });
}

void DescentLesson::setSettings(OptimizerKind kind, const Hyperparameters& hp, int maxSteps,
                                double tolerance) {
    edit(tr("Change the optimizer settings"), [&] {
        m_settings.optimizer = kind;
        m_settings.hyperparameters = hp;
        if (maxSteps >= 1) m_settings.maxSteps = maxSteps;
        if (validTolerance(tolerance)) m_settings.tolerance = tolerance;
        reset();
    });
}

QJsonObject DescentLesson::save() const {
    QJsonObject s = FunctionLesson::save();
    s.insert(QStringLiteral("optimizer"), QString::fromLatin1(optimizerName(optimizer())));
    s.insert(QStringLiteral("maxSteps"), maxSteps());
    s.insert(QStringLiteral("tolerance"), tolerance());
    state::saveHyperparameters(m_settings.hyperparameters, &s);
    state::saveSchedule(m_settings.schedule, &s);
    state::saveNoise(m_settings.noise, m_settings.seed, &s);
    if (drawsState()) s.insert(QStringLiteral("showState"), m_showState);
    return s;
}

QString DescentLesson::check(const QJsonObject& state) const {
    QString why = FunctionLesson::check(state);
    if (why.isEmpty()) why = state::checkOptimizerName(state, QStringLiteral("optimizer"));
    if (why.isEmpty()) why = state::checkInteger(state, QStringLiteral("maxSteps"), 1, kMaxSteps);
    if (why.isEmpty()) why = state::checkHyperparameters(state);
    if (why.isEmpty()) why = state::checkSchedule(state);
    if (why.isEmpty()) why = state::checkNoise(state);
    if (why.isEmpty()) why = state::checkBool(state, QStringLiteral("showState"));
    const QJsonValue tolerance = state.value(QStringLiteral("tolerance"));
    if (why.isEmpty() && !tolerance.isUndefined() &&
        !(tolerance.isDouble() && validTolerance(tolerance.toDouble())))
        why = tr("“tolerance” must be a number between %1 and %2").arg(kMinTolerance).arg(kMaxTolerance);
    return why;
}

void DescentLesson::read(const QJsonObject& state) {
    pause();
    FunctionLesson::read(state);
    // Files written before schedules and noise have neither: a constant rate, no noise.
    m_settings.schedule = state::readSchedule(state);
    m_settings.noise = state::readNoise(state);
    m_settings.seed = state::readSeed(state);
    // Files written before the overlay have no "showState": off.
    m_showState = drawsState() && state.value(QStringLiteral("showState")).toBool(false);
    setSettings(state::readOptimizer(state, QStringLiteral("optimizer")), state::readHyperparameters(state),
                state.value(QStringLiteral("maxSteps")).toInt(),
                state.value(QStringLiteral("tolerance")).toDouble(1e-6));
}

bool DescentLesson::applyDescentOptions(const RenderOptions& options, QString* error) {
    if (!FunctionLesson::apply(options, error)) return false;
    if (!options.start.isEmpty()) {
        if (options.start.size() != 1) {
            *error = tr("--start needs one coordinate for this lesson, got %1").arg(options.start.size());
            return false;
        }
        setXShowing(options.start[0]);
    }
    if (!options.optimizers.isEmpty()) {
        OptimizerKind k;
        if (options.optimizers.size() != 1 || !optimizerByName(options.optimizers[0].toStdString(), k)) {
            *error = tr("--optimizer takes one of %1 here").arg(QString::fromStdString(optimizerNameList()));
            return false;
        }
        setOptimizer(k);
    }
    if (!options.rates.isEmpty()) setLearningRate(options.rates[0]);
    if (options.steps > 0) setMaxSteps(options.steps);
    if (options.hasSchedule) setSchedule(options.schedule);
    if (options.hasNoise) setNoise(options.noise);
    if (options.hasSeed) setSeed(options.seed);
    if (options.overlay) setShowState(true);
    return true;
}

bool DescentLesson::apply(const RenderOptions& options, QString* error) {
    if (!applyDescentOptions(options, error)) return false;
    // A rendered figure shows the whole run.
    while (step()) {
    }
    return true;
}

QString DescentLesson::tableTitle() const {
    //: What File → Export Table as CSV writes, shown in brackets after it
    return tr("steps");
}

QByteArray DescentLesson::tableCsv() const {
    return QByteArray::fromStdString(trajectoryCsv(trajectory(), function()->variables()));
}

PythonScript DescentLesson::pythonScript(ScriptLanguage language) const {
    DescentScriptSettings s;
    s.lessonTitle = findLessonModel(id())->title;
    s.function = m_runFunction;
    s.start = {m_runStart};
    s.runs = {m_settings};
    return descentScript(s, language);
}

std::unique_ptr<Lesson> DescentLesson::clone() const {
    auto copy = std::make_unique<DescentLesson>();
    copy->copyFrom(*this);
    return copy;
}

void DescentLesson::setAutoRun(bool on) {
    m_autoRun = on;
    reset();
}

bool DescentLesson::step() {
    const bool moved = m_run->step();
    if (moved) {
        m_internal = true;
        notify();
        m_internal = false;
    }
    return moved && !m_run->stopped();
}

void DescentLesson::play() {
    m_player->play();
}
void DescentLesson::pause() {
    m_player->pause();
}
void DescentLesson::togglePlay() {
    m_player->toggle();
}

void DescentLesson::copyFrom(const DescentLesson& other) {
    m_settings = other.m_settings;
    m_autoRun = other.m_autoRun;
    m_showState = other.m_showState;
    FunctionLesson::copyFrom(other); // restarts the run from the same start
    // Replay as many steps as the other run has taken.
    const int steps = static_cast<int>(other.trajectory().points.size()) - 1;
    m_internal = true;
    for (int i = 0; i < steps && m_run->step(); ++i) {
    }
    m_internal = false;
    notify();
}

} // namespace gradlab
