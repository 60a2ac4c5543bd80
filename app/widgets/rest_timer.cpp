#include "widgets/rest_timer.h"

#include <QGuiApplication>
#include <QTimer>

namespace gradlab {

RestTimer::RestTimer(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRestMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (QGuiApplication::mouseButtons() != Qt::NoButton) {
            m_timer->start(); // a paused drag: wait for the button to be let go
            return;
        }
        emit rested();
    });
}

void RestTimer::start() {
    m_timer->start();
}

void RestTimer::stop() {
    m_timer->stop();
}

} // namespace gradlab
