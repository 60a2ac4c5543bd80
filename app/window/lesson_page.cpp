#include "window/lesson_page.h"

#include "plotting/lesson_plot.h"

#include <QEvent>
#include <QScrollBar>

namespace gradlab {

LessonPage::LessonPage(QWidget* parent)
    : QScrollArea(parent) {
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
}

bool LessonPage::viewportEvent(QEvent* event) {
    // A wheel turn that reached the page (over text, or passed on by a plot) scrolls it, if it can.
    if (event->type() == QEvent::Wheel && verticalScrollBar()->maximum() > 0) LessonPlot::notePageScroll();
    return QScrollArea::viewportEvent(event);
}

} // namespace gradlab
