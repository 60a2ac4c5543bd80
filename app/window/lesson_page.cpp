#include "window/lesson_page.h"

#include <QApplication>
#include <QScrollBar>
#include <QWheelEvent>

namespace gradlab {

LessonPage::LessonPage(QWidget* parent)
    : QScrollArea(parent) {
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    // Wheel events reach the widget under the pointer first: the page sees them there, before it does.
    qApp->installEventFilter(this);
}

bool LessonPage::viewportEvent(QEvent* event) {
    // A wheel turn that reached the page (over text, or passed on below) scrolls it, if it can.
    if (event->type() == QEvent::Wheel && verticalScrollBar()->maximum() > 0) m_scrolled.start();
    return QScrollArea::viewportEvent(event);
}

bool LessonPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Wheel || !m_scrolled.isValid() || m_scrolled.elapsed() >= kWheelLatch)
        return false;
    auto* target = qobject_cast<QWidget*>(watched);
    if (!target || target == viewport() || !widget() || !widget()->isAncestorOf(target)) return false;
    // Still scrolling: the turn goes to the page, wherever the pointer now is on it.
    const auto* wheel = static_cast<QWheelEvent*>(event);
    QWheelEvent onPage(viewport()->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                       wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                       wheel->phase(), wheel->inverted(), wheel->source());
    QCoreApplication::sendEvent(viewport(), &onPage);
    return true;
}

} // namespace gradlab
