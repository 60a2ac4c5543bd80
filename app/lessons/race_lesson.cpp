#include "lessons/race_lesson.h"

#include <cmath>

namespace gradlab {

RaceLesson::RaceLesson(QObject* parent)
    : SurfaceLesson(parent) {
    for (int k = 0; k < kOptimizerCount; ++k)
        m_racers[static_cast<std::size_t>(k)].hyperparameters.learningRate = 0.001;
    m_racers[static_cast<std::size_t>(OptimizerKind::GradientDescent)].enabled = true;
    m_racers[static_cast<std::size_t>(OptimizerKind::Momentum)].enabled = true;
    m_racers[static_cast<std::size_t>(OptimizerKind::Adam)].enabled = true;
    m_player = new Player(
        30,
        [this] {
            bool more = true;
            for (int i = 0; i < m_speed && more; ++i)
                more = step();
            return more;
        },
        [this] { return !allStopped(); }, this);
    connect(m_player, &Player::playingChanged, this, &RaceLesson::playingChanged);
    connect(this, &SurfaceLesson::changed, this, &RaceLesson::restartIfStale);
    setDefaultRates(0.001); // also starts the runs
}

void RaceLesson::setDefaultRates(double presetRate) {
    // Momentum methods take the plain rate; the adaptive ones move about lr per step whatever the
    // gradient's size, so they get rates that suit the size of the map; Newton takes full steps.
    for (int k = 0; k < kOptimizerCount; ++k) {
        double lr = presetRate;
        switch (static_cast<OptimizerKind>(k)) {
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
        m_racers[static_cast<std::size_t>(k)].hyperparameters.learningRate = lr;
    }
    reset();
}

void RaceLesson::restartIfStale() {
    if (m_internal) return;
    if (m_runFunction != function() || m_runStart != point()) reset();
}

void RaceLesson::announce() {
    m_internal = true;
    emit changed();
    m_internal = false;
}

void RaceLesson::reset() {
    pause();
    const double start[2] = {point().x(), point().y()};
    for (int k = 0; k < kOptimizerCount; ++k) {
        Racer& r = m_racers[static_cast<std::size_t>(k)];
        DescentSettings s;
        s.optimizer = static_cast<OptimizerKind>(k);
        s.hyperparameters = r.hyperparameters;
        s.maxSteps = m_maxSteps;
        s.tolerance = 1e-6;
        r.run = std::make_unique<DescentRun>(function(), start, s);
        r.second.reset();
        if (r.secondRate > 0) {
            s.hyperparameters.learningRate = r.secondRate;
            r.second = std::make_unique<DescentRun>(function(), start, s);
        }
    }
    m_runFunction = function();
    m_runStart = point();
    announce();
}

void RaceLesson::setEnabled(OptimizerKind k, bool on) {
    Racer& r = m_racers[static_cast<std::size_t>(k)];
    if (r.enabled == on) return;
    r.enabled = on;
    reset();
}

void RaceLesson::setHyperparameters(OptimizerKind k, const Hyperparameters& hp) {
    m_racers[static_cast<std::size_t>(k)].hyperparameters = hp;
    reset();
}

void RaceLesson::setSecondRate(OptimizerKind k, double lr) {
    if (!(lr > 0) || !std::isfinite(lr)) lr = 0.0;
    Racer& r = m_racers[static_cast<std::size_t>(k)];
    if (r.secondRate == lr) return;
    r.secondRate = lr;
    reset();
}

void RaceLesson::setMaxSteps(int steps) {
    if (steps < 1 || steps == m_maxSteps) return;
    m_maxSteps = steps;
    reset();
}

void RaceLesson::setSpeed(int stepsPerTick) {
    m_speed = std::clamp(stepsPerTick, 1, 200);
}

void RaceLesson::restoreRacers(const std::array<bool, kOptimizerCount>& enabled,
                               const std::array<Hyperparameters, kOptimizerCount>& hyperparameters,
                               int maxSteps, int speed,
                               const std::array<double, kOptimizerCount>& secondRates) {
    for (std::size_t k = 0; k < m_racers.size(); ++k) {
        m_racers[k].enabled = enabled[k];
        m_racers[k].hyperparameters = hyperparameters[k];
        m_racers[k].secondRate = secondRates[k] > 0 && std::isfinite(secondRates[k]) ? secondRates[k] : 0.0;
    }
    if (maxSteps >= 1) m_maxSteps = maxSteps;
    setSpeed(speed);
    reset();
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
    for (int k = 0; k < kOptimizerCount; ++k) {
        m_racers[static_cast<std::size_t>(k)].enabled = other.m_racers[static_cast<std::size_t>(k)].enabled;
        m_racers[static_cast<std::size_t>(k)].hyperparameters =
            other.m_racers[static_cast<std::size_t>(k)].hyperparameters;
        m_racers[static_cast<std::size_t>(k)].secondRate =
            other.m_racers[static_cast<std::size_t>(k)].secondRate;
    }
    m_maxSteps = other.m_maxSteps;
    m_speed = other.m_speed;
    SurfaceLesson::copyFrom(other); // resets the runs from the same start
    m_internal = true;
    for (int k = 0; k < kOptimizerCount; ++k) {
        const std::size_t i = static_cast<std::size_t>(k);
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
