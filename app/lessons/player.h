#pragma once
// Play / pause for a lesson's animation: a timer that calls one tick after another until the tick says
// the animation is over or someone pauses it. Shared by the secant animation, the 1-D descent and the race.

#include <QObject>
#include <QTimer>
#include <functional>

namespace gradlab {

class Player : public QObject {
    Q_OBJECT
public:
    /// `tick` advances the animation by one frame and returns false when it is over. `beforeStart`
    /// prepares a start (it may rewind) and returns false when there is nothing to play.
    Player(int intervalMs, std::function<bool()> tick, std::function<bool()> beforeStart, QObject* parent);

    bool isPlaying() const { return m_timer.isActive(); }
    void play();
    void pause();
    void toggle();

signals:
    void playingChanged(bool playing);

private:
    QTimer m_timer;
    std::function<bool()> m_tick;
    std::function<bool()> m_beforeStart;
};

} // namespace gradlab
