#pragma once
// The moment a burst of changes has rested: kRestMs after the last start() with no mouse button held (a drag
// paused mid-way, the button still down, has not rested). Texts and margins that grow at once during a drag
// give their room back then, so that nothing moves back and forth while the learner drags.

#include <QObject>

class QTimer;

namespace gradlab {

class RestTimer : public QObject {
    Q_OBJECT
public:
    static constexpr int kRestMs = 600;

    explicit RestTimer(QObject* parent = nullptr);
    /// Starts (or starts again) the wait.
    void start();
    void stop();

signals:
    void rested();

private:
    QTimer* m_timer;
};

} // namespace gradlab
