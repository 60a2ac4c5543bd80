#include "lessons/player.h"

namespace gradlab {

Player::Player(int intervalMs, std::function<bool()> tick, std::function<bool()> beforeStart, QObject* parent)
    : QObject(parent)
    , m_tick(std::move(tick))
    , m_beforeStart(std::move(beforeStart)) {
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_tick()) pause();
    });
}

void Player::play() {
    if (m_timer.isActive() || !m_beforeStart()) return;
    m_timer.start();
    emit playingChanged(true);
}

void Player::pause() {
    if (!m_timer.isActive()) return;
    m_timer.stop();
    emit playingChanged(false);
}

void Player::toggle() {
    if (isPlaying())
        pause();
    else
        play();
}

} // namespace gradlab
