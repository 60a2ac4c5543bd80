#include "lessons/descent_lesson.h"

namespace gradlab {

DescentLesson::DescentLesson(QObject* parent)
    : FunctionLesson(parent) {
    m_settings.hyperparameters.learningRate = 0.1;
    m_settings.maxSteps = 50;
    m_settings.tolerance = 1e-6;
    m_player = new Player(
        250, [this] { return step(); }, [this] { return !m_run->stopped(); }, this);
    connect(m_player, &Player::playingChanged, this, &DescentLesson::playingChanged);
    // A new function or start point makes the run stale; connected first so views see the new run.
    connect(this, &FunctionLesson::changed, this, &DescentLesson::restartIfStale);
    reset();
}

void DescentLesson::restartIfStale() {
    if (m_internal) return;
    if (m_runFunction != function() || m_runStart != x()) reset();
}

void DescentLesson::reset() {
    pause();
    const double start = x();
    m_run = std::make_unique<DescentRun>(function(), &start, m_settings);
    if (m_autoRun) m_run->runToEnd();
    m_runFunction = function();
    m_runStart = start;
    m_internal = true;
    notify();
    m_internal = false;
}

void DescentLesson::setLearningRate(double lr) {
    if (!(lr > 0) || !std::isfinite(lr) || lr == learningRate()) return;
    m_settings.hyperparameters.learningRate = lr;
    reset();
}

void DescentLesson::setOptimizer(OptimizerKind kind) {
    if (kind == m_settings.optimizer) return;
    m_settings.optimizer = kind;
    reset();
}

void DescentLesson::setMaxSteps(int steps) {
    if (steps < 1 || steps == m_settings.maxSteps) return;
    m_settings.maxSteps = steps;
    reset();
}

void DescentLesson::setTolerance(double tolerance) {
    if (!(tolerance > 0) || !(tolerance < 1) || tolerance == m_settings.tolerance) return;
    m_settings.tolerance = tolerance;
    reset();
}

void DescentLesson::setSettings(OptimizerKind kind, const Hyperparameters& hp, int maxSteps,
                                double tolerance) {
    m_settings.optimizer = kind;
    m_settings.hyperparameters = hp;
    if (maxSteps >= 1) m_settings.maxSteps = maxSteps;
    if (tolerance > 0 && tolerance < 1) m_settings.tolerance = tolerance;
    reset();
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
