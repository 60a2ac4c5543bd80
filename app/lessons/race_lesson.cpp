#include "lessons/race_lesson.h"

#include "lessons/translated_text.h"

#include "lessons/lesson_catalogue.h"

#include "lessons/lesson_state.h"
#include "tables/csv_tables.h"

#include <QJsonArray>
#include <cmath>

namespace gradlab {

RaceLesson::RaceLesson(QObject* parent)
    : SurfaceLesson(parent) {
    for (OptimizerKind kind : {OptimizerKind::GradientDescent, OptimizerKind::Momentum, OptimizerKind::Adam})
        m_racers[static_cast<std::size_t>(kind)].enabled = true;
    m_player = new Player(
        30,
        [this] {
            bool more = true;
            for (int i = 0; i < m_speed && more; ++i)
                more = step();
            return more;
        },
        [this] { return !allStopped(); }, this);
    connect(m_player, &Player::playingChanged, this, &Lesson::playingChanged);
    connect(this, &SurfaceLesson::changed, this, &RaceLesson::restartIfStale);
    m_mapper = new StabilityMapper(this);
    connect(this, &SurfaceLesson::changed, this, &RaceLesson::updateMap);
    connect(m_mapper, &StabilityMapper::pointRequested, this, &RaceLesson::setMapPoint);
    connect(m_mapper, &StabilityMapper::parameterRequested, this, &RaceLesson::setMapParameter);
    connect(m_mapper, &StabilityMapper::colourRequested, this, &RaceLesson::setMapColour);
    setDefaultRates(0.001);
    reset();
    setFormula(QStringLiteral("(1-x)^2 + 100(y-x^2)^2"));
}

void RaceLesson::setDefaultRates(double presetRate) {
    // The race's own choice, not the optimizers' defaults (torch.optim's are in the core): momentum
    // methods take the plain rate; the adaptive ones move about lr per step whatever the gradient's size,
    // so they get rates that suit the size of the map; Newton takes full steps.
    for (OptimizerKind kind : kOptimizers) {
        double lr = presetRate;
        switch (kind) {
        case OptimizerKind::Adagrad:
            lr = 0.5;
            break;
        case OptimizerKind::RMSprop:
            lr = 0.01;
            break;
        case OptimizerKind::Adam:
            lr = 0.05;
            break;
        case OptimizerKind::Newton:
            lr = 1.0;
            break;
        default:
            break;
        }
        m_racers[static_cast<std::size_t>(kind)].hyperparameters.learningRate = lr;
    }
}

void RaceLesson::restartIfStale() {
    if (m_internal) return;
    // Called from changed(): the runs start again before later listeners (the views) see the change,
    // without a second changed().
    if (m_runFunction != function() || m_runStart != point()) restart();
}

void RaceLesson::announce() {
    m_internal = true;
    emit changed();
    m_internal = false;
}

void RaceLesson::reset() {
    restart();
    announce();
}

void RaceLesson::restart() {
    pause();
    const double start[2] = {point().x(), point().y()};
    for (OptimizerKind kind : kOptimizers) {
        Racer& r = m_racers[static_cast<std::size_t>(kind)];
        DescentSettings s = runSettings(kind);
        r.run = std::make_unique<DescentRun>(function(), start, s);
        r.second.reset();
        if (r.secondRate > 0) {
            s.hyperparameters.learningRate = r.secondRate;
            r.second = std::make_unique<DescentRun>(function(), start, s);
        }
    }
    m_runFunction = function();
    m_runStart = point();
}

DescentSettings RaceLesson::runSettings(OptimizerKind k) const {
    DescentSettings s;
    s.optimizer = k;
    s.hyperparameters = racer(k).hyperparameters;
    s.maxSteps = m_maxSteps;
    s.tolerance = 1e-6;
    s.schedule = m_schedule;
    s.noise = m_noise;
    s.seed = static_cast<std::uint64_t>(m_seed);
    return s;
}

void RaceLesson::setShowState(bool on) {
    if (on == m_showState) return;
    edit(on ? tr("Show the optimizer state") : tr("Hide the optimizer state"), [&] {
        m_showState = on;
        announce();
    });
}

void RaceLesson::setLearningRates(const std::vector<std::pair<OptimizerKind, double>>& rates,
                                  const QString& undoText) {
    edit(undoText, [&] {
        for (const auto& [kind, lr] : rates)
            if (hyperparameterProblem(Hyperparameter::LearningRate, lr).empty())
                m_racers[static_cast<std::size_t>(kind)].hyperparameters.learningRate = lr;
        reset();
    });
}

OptimizerKind RaceLesson::mappedOptimizer() const {
    const auto chosen = static_cast<OptimizerKind>(m_mapOptimizer);
    if (isEnabled(chosen)) return chosen;
    for (OptimizerKind kind : kOptimizers)
        if (isEnabled(kind)) return kind;
    return chosen;
}

void RaceLesson::setMappedOptimizer(OptimizerKind k) {
    if (static_cast<int>(k) == m_mapOptimizer) return;
    edit(tr("Map another optimizer"), [&] {
        m_mapOptimizer = static_cast<int>(k);
        announce();
    });
}

void RaceLesson::setMapParameter(Hyperparameter h) {
    if (h == m_mapper->chosenParameter()) return; // kept while the racer lacks it, as in lesson 8
    edit(tr("Change the map's second axis"), [&] {
        m_mapper->setParameter(h);
        announce();
    });
}

void RaceLesson::setMapColour(StabilityMapper::Colour c) {
    if (c == m_mapper->colour()) return;
    edit(tr("Change the map's colour"), [&] {
        m_mapper->setColour(c);
        announce();
    });
}

void RaceLesson::setMapPoint(double learningRate, double parameter) {
    Hyperparameters hp;
    if (!m_mapper->movedSettings(learningRate, parameter, &hp)) return;
    const OptimizerKind k = mappedOptimizer();
    edit(m_mapper->moveText(hp, translated(optimizerTitle(k))), [&] {
        m_racers[static_cast<std::size_t>(k)].hyperparameters = hp;
        reset();
    });
}

void RaceLesson::setView(View v) {
    if (v == m_view) return;
    edit(v == View::Map ? tr("Show the stability map") : tr("Show the race"), [&] {
        m_view = v;
        announce();
    });
}

void RaceLesson::updateMap() {
    const double start[kMaxDimension] = {point().x(), point().y()};
    m_mapper->setRun(function(), start, runSettings(mappedOptimizer()));
}

void RaceLesson::setEnabled(OptimizerKind k, bool on) {
    Racer& r = m_racers[static_cast<std::size_t>(k)];
    if (r.enabled == on) return;
    edit(tr("Change the optimizer settings"), [&] {
        r.enabled = on;
        reset();
    });
}

void RaceLesson::setHyperparameters(OptimizerKind k, const Hyperparameters& hp) {
    const Hyperparameters& now = m_racers[static_cast<std::size_t>(k)].hyperparameters;
    bool same = true;
    for (Hyperparameter h : kHyperparameters)
        same = same && hyperparameterValue(now, h) == hyperparameterValue(hp, h);
    if (same) return;
    edit(tr("Change the optimizer settings"), [&] {
        m_racers[static_cast<std::size_t>(k)].hyperparameters = hp;
        reset();
    });
}

void RaceLesson::setSecondRate(OptimizerKind k, double lr) {
    if (!validSecondRate(lr)) lr = 0.0;
    Racer& r = m_racers[static_cast<std::size_t>(k)];
    if (r.secondRate == lr) return;
    edit(tr("Change the optimizer settings"), [&] {
        r.secondRate = lr;
        reset();
    });
}

void RaceLesson::setMaxSteps(int steps) {
    if (steps < 1 || steps == m_maxSteps) return;
    edit(tr("Change the number of steps"), [&] {
        m_maxSteps = steps;
        reset();
    });
}

void RaceLesson::setSchedule(const Schedule& schedule) {
    if (!scheduleProblem(schedule).empty() || schedule == m_schedule) return;
    edit(tr("Change the learning-rate schedule"), [&] {
        m_schedule = schedule;
        reset();
    });
}

void RaceLesson::setNoise(double sigma) {
    if (!noiseProblem(sigma).empty() || sigma == m_noise) return;
    edit(tr("Change the gradient noise"), [&] {
        m_noise = sigma;
        reset();
    });
}

void RaceLesson::setSeed(int seed) {
    if (seed < 0 || static_cast<std::uint64_t>(seed) > kMaxSeed || seed == m_seed) return;
    edit(tr("Change the noise seed"), [&] {
        m_seed = seed;
        reset();
    });
}

void RaceLesson::setSpeed(int stepsPerTick) {
    stepsPerTick = std::clamp(stepsPerTick, kMinSpeed, kMaxSpeed);
    if (stepsPerTick == m_speed) return;
    edit(tr("Change the speed"), [&] {
        m_speed = stepsPerTick;
        announce();
    });
}

void RaceLesson::presetEntered(const FormulaPreset& preset) {
    setDefaultRates(preset.learningRate);
}

QJsonObject RaceLesson::save() const {
    QJsonObject s = SurfaceLesson::save();
    s.insert(QStringLiteral("maxSteps"), m_maxSteps);
    s.insert(QStringLiteral("speed"), m_speed);
    state::saveSchedule(m_schedule, &s);
    state::saveNoise(m_noise, static_cast<std::uint64_t>(m_seed), &s);
    s.insert(QStringLiteral("showState"), m_showState);
    QJsonObject optimizers;
    for (OptimizerKind kind : kOptimizers) {
        QJsonObject o{{QStringLiteral("enabled"), isEnabled(kind)}};
        state::saveHyperparameters(racer(kind).hyperparameters, &o);
        // Always written (0: no second run), so that the defaults hold the key and a file's second rate is
        // read rather than ignored as an unknown key.
        o.insert(QStringLiteral("secondRate"), racer(kind).secondRate);
        optimizers.insert(QString::fromLatin1(optimizerName(kind)), o);
    }
    s.insert(QStringLiteral("optimizers"), optimizers);
    s.insert(QStringLiteral("mapOptimizer"),
             QString::fromLatin1(optimizerName(static_cast<OptimizerKind>(m_mapOptimizer))));
    m_mapper->save(&s);
    s.insert(QStringLiteral("view"), m_view == View::Map ? QStringLiteral("map") : QStringLiteral("race"));
    return s;
}

QString RaceLesson::check(const QJsonObject& state) const {
    QString why = SurfaceLesson::check(state);
    if (why.isEmpty()) why = state::checkInteger(state, QStringLiteral("maxSteps"), 1, 100000);
    if (why.isEmpty()) why = state::checkInteger(state, QStringLiteral("speed"), kMinSpeed, kMaxSpeed);
    if (why.isEmpty()) why = state::checkSchedule(state);
    if (why.isEmpty()) why = state::checkNoise(state);
    if (why.isEmpty()) why = state::checkBool(state, QStringLiteral("showState"));
    if (why.isEmpty() && state.contains(QStringLiteral("mapOptimizer")))
        why = state::checkOptimizerName(state, QStringLiteral("mapOptimizer"));
    if (why.isEmpty()) why = StabilityMapper::check(state);
    const QJsonValue view = state.value(QStringLiteral("view"));
    if (why.isEmpty() && !view.isUndefined() && view.toString() != QLatin1String("race") &&
        view.toString() != QLatin1String("map"))
        why = tr("\"view\" must be race or map, got %1").arg(view.toVariant().toString());
    const QJsonObject optimizers = state.value(QStringLiteral("optimizers")).toObject();
    for (auto it = optimizers.begin(); it != optimizers.end() && why.isEmpty(); ++it) {
        why = state::checkHyperparameters(it.value().toObject());
        const QJsonValue second = it.value().toObject().value(QStringLiteral("secondRate"));
        if (why.isEmpty() && !second.isUndefined() && second.toDouble() != 0.0 &&
            !validSecondRate(second.toDouble()))
            why = tr("\"secondRate\" must be 0 (none) or a positive number, got %1")
                      .arg(second.toVariant().toString());
        if (!why.isEmpty()) why = it.key() + QStringLiteral(": ") + why;
    }
    return why;
}

void RaceLesson::read(const QJsonObject& state) {
    pause();
    SurfaceLesson::read(state);
    // Files written before schedules and noise have neither: a constant rate, no noise.
    m_schedule = state::readSchedule(state);
    m_noise = state::readNoise(state);
    m_seed = static_cast<int>(state::readSeed(state));
    // Files written before the overlay have no "showState": off.
    m_showState = state.value(QStringLiteral("showState")).toBool(false);
    // Files written before the map have none of its keys: momentum's map, by final loss, the race shown.
    m_mapOptimizer = static_cast<int>(state.contains(QStringLiteral("mapOptimizer"))
                                          ? state::readOptimizer(state, QStringLiteral("mapOptimizer"))
                                          : OptimizerKind::Momentum);
    m_mapper->read(state);
    m_view = state.value(QStringLiteral("view")).toString() == QLatin1String("map") ? View::Map : View::Race;
    std::array<bool, kOptimizerCount> enabled{};
    std::array<Hyperparameters, kOptimizerCount> hyperparameters{};
    std::array<double, kOptimizerCount> secondRates{};
    const QJsonObject optimizers = state.value(QStringLiteral("optimizers")).toObject();
    for (OptimizerKind kind : kOptimizers) {
        const std::size_t k = static_cast<std::size_t>(kind);
        const QJsonObject o = optimizers.value(QString::fromLatin1(optimizerName(kind))).toObject();
        enabled[k] = o.value(QStringLiteral("enabled")).toBool();
        hyperparameters[k] = state::readHyperparameters(o);
        secondRates[k] = o.value(QStringLiteral("secondRate")).toDouble();
    }
    restoreRacers(enabled, hyperparameters, state.value(QStringLiteral("maxSteps")).toInt(),
                  state.value(QStringLiteral("speed")).toInt(), secondRates);
}

bool RaceLesson::apply(const RenderOptions& options, QString* error) {
    if (!SurfaceLesson::apply(options, error)) return false;
    if (!applyRaceOptions(options, error)) return false;
    runToEnd();
    if (m_view == View::Map) m_mapper->waitForMap(); // the whole map, not its coarse pass
    return true;
}

std::unique_ptr<Lesson> RaceLesson::clone() const {
    auto copy = std::make_unique<RaceLesson>();
    copy->copyFrom(*this);
    return copy;
}

QString RaceLesson::tableTitle() const {
    //: What File → Export Table as CSV writes, shown in brackets after it
    return tr("trajectories");
}

QByteArray RaceLesson::tableCsv() const {
    const RaceLesson& lesson = *this;
    std::vector<std::pair<std::string, const Trajectory*>> runs;
    for (OptimizerKind kind : kOptimizers) {
        if (!lesson.isEnabled(kind)) continue;
        const bool twice = lesson.hasSecond(kind);
        runs.emplace_back(runName(kind, lesson.racer(kind).hyperparameters.learningRate, twice),
                          &lesson.trajectory(kind));
        if (twice)
            runs.emplace_back(runName(kind, lesson.racer(kind).secondRate, true),
                              &lesson.secondTrajectory(kind));
    }
    return QByteArray::fromStdString(trajectoriesCsv(runs, lesson.function()->variables()));
}

DescentScriptSettings RaceLesson::scriptSettings(const std::string& lessonTitle) const {
    DescentScriptSettings s;
    s.lessonTitle = lessonTitle;
    s.function = m_runFunction;
    s.start = {m_runStart.x(), m_runStart.y()};
    for (OptimizerKind kind : kOptimizers) {
        if (!isEnabled(kind)) continue;
        s.runs.push_back(racer(kind).run->settings());
        if (hasSecond(kind)) s.runs.push_back(racer(kind).second->settings());
    }
    return s;
}

PythonScript RaceLesson::pythonScript(ScriptLanguage language) const {
    return descentScript(scriptSettings(findLessonModel(id())->title), language);
}

bool RaceLesson::applyRaceOptions(const RenderOptions& options, QString* error) {
    RaceLesson* lesson = this;
    if (!options.start.isEmpty()) {
        if (options.start.size() != 2) {
            *error =
                tr("--start needs two coordinates for this lesson (A,B), got %1").arg(options.start.size());
            return false;
        }
        lesson->setPointShowing(QPointF(options.start[0], options.start[1]));
    }
    QVector<OptimizerKind> kinds;
    for (const QString& name : options.optimizers) {
        OptimizerKind k;
        if (!optimizerByName(name.trimmed().toStdString(), k)) {
            *error = tr("--optimizer: unknown optimizer '%1' (choose one of %2)")
                         .arg(name, QString::fromStdString(optimizerNameList()));
            return false;
        }
        if (kinds.count(k) == 2) {
            *error = tr("--optimizer: '%1' is listed more than twice (an optimizer races itself at "
                        "most once, at a second learning rate)")
                         .arg(name);
            return false;
        }
        kinds.append(k);
    }
    if (!kinds.isEmpty())
        for (OptimizerKind kind : kOptimizers) {
            lesson->setEnabled(kind, kinds.contains(kind));
            if (kinds.count(kind) < 2) lesson->setSecondRate(kind, 0);
        }
    if (!options.rates.isEmpty()) {
        QVector<OptimizerKind> enabled;
        for (OptimizerKind kind : kOptimizers)
            if (lesson->isEnabled(kind)) enabled.append(kind);
        if (!kinds.isEmpty()) enabled = kinds;
        if (options.rates.size() != 1 && options.rates.size() != enabled.size()) {
            *error = tr("--lr takes one rate for all optimizers or one per optimizer (%1), got %2")
                         .arg(enabled.size())
                         .arg(options.rates.size());
            return false;
        }
        for (int i = 0; i < enabled.size(); ++i) {
            const double lr = options.rates.size() == 1 ? options.rates[0] : options.rates[i];
            // An optimizer listed twice: its second entry is its second run's rate.
            if (enabled.indexOf(enabled[i]) < i) {
                lesson->setSecondRate(enabled[i], lr);
                continue;
            }
            Hyperparameters hp = lesson->racer(enabled[i]).hyperparameters;
            hp.learningRate = lr;
            lesson->setHyperparameters(enabled[i], hp);
        }
    }
    if (options.steps > 0) lesson->setMaxSteps(options.steps);
    if (options.hasSchedule) setSchedule(options.schedule);
    if (options.hasNoise) setNoise(options.noise);
    if (options.hasSeed) setSeed(options.seed);
    if (options.overlay) setShowState(true);
    if (!options.view.isEmpty()) {
        if (options.view != QLatin1String("race") && options.view != QLatin1String("map")) {
            *error = tr("--view must be race or map for this lesson, got '%1'").arg(options.view);
            return false;
        }
        setView(options.view == QLatin1String("map") ? View::Map : View::Race);
    }
    return true;
}

void RaceLesson::restoreRacers(const std::array<bool, kOptimizerCount>& enabled,
                               const std::array<Hyperparameters, kOptimizerCount>& hyperparameters,
                               int maxSteps, int speed,
                               const std::array<double, kOptimizerCount>& secondRates) {
    for (std::size_t k = 0; k < m_racers.size(); ++k) {
        m_racers[k].enabled = enabled[k];
        m_racers[k].hyperparameters = hyperparameters[k];
        m_racers[k].secondRate = validSecondRate(secondRates[k]) ? secondRates[k] : 0.0;
    }
    if (maxSteps >= 1) m_maxSteps = maxSteps;
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    reset();
}

bool RaceLesson::validSecondRate(double lr) {
    return hyperparameterProblem(Hyperparameter::LearningRate, lr).empty();
}

bool RaceLesson::allStopped() const {
    for (const Racer& r : m_racers)
        if (r.enabled && (!r.run->stopped() || (r.second && !r.second->stopped()))) return false;
    return true;
}

bool RaceLesson::step() {
    bool any = false;
    for (Racer& r : m_racers)
        if (r.enabled) {
            any = r.run->step() || any;
            if (r.second) any = r.second->step() || any;
        }
    if (any) announce();
    return !allStopped();
}

void RaceLesson::play() {
    m_player->play();
}
void RaceLesson::pause() {
    m_player->pause();
}
void RaceLesson::togglePlay() {
    m_player->toggle();
}

void RaceLesson::runToEnd() {
    pause();
    for (Racer& r : m_racers)
        if (r.enabled) {
            r.run->runToEnd();
            if (r.second) r.second->runToEnd();
        }
    announce();
}

void RaceLesson::copyFrom(const RaceLesson& other) {
    for (std::size_t k = 0; k < m_racers.size(); ++k) {
        m_racers[k].enabled = other.m_racers[k].enabled;
        m_racers[k].hyperparameters = other.m_racers[k].hyperparameters;
        m_racers[k].secondRate = other.m_racers[k].secondRate;
    }
    m_maxSteps = other.m_maxSteps;
    m_speed = other.m_speed;
    m_schedule = other.m_schedule;
    m_noise = other.m_noise;
    m_seed = other.m_seed;
    m_showState = other.m_showState;
    m_mapOptimizer = other.m_mapOptimizer;
    m_view = other.m_view;
    m_mapper->copyFrom(*other.m_mapper);
    SurfaceLesson::copyFrom(other); // resets the runs from the same start
    m_internal = true;
    for (std::size_t i = 0; i < m_racers.size(); ++i) {
        const int steps = static_cast<int>(other.m_racers[i].run->trajectory().points.size()) - 1;
        for (int s = 0; s < steps && m_racers[i].run->step(); ++s) {
        }
        if (m_racers[i].second && other.m_racers[i].second) {
            const int more = static_cast<int>(other.m_racers[i].second->trajectory().points.size()) - 1;
            for (int s = 0; s < more && m_racers[i].second->step(); ++s) {
            }
        }
    }
    m_internal = false;
    announce();
}

} // namespace gradlab
