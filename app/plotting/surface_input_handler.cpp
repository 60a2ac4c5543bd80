#include "plotting/surface_input_handler.h"

#include <QMouseEvent>

namespace gradlab {

SurfaceInputHandler::SurfaceInputHandler(QObject* parent)
    : Q3DInputHandler(parent) {
    // Nothing on the surface is selectable: a click would only pop up a data label over the figure.
    setSelectionEnabled(false);
}

void SurfaceInputHandler::mousePressEvent(QMouseEvent* event, const QPoint& mousePos) {
    if (event->button() != Qt::LeftButton) {
        Q3DInputHandler::mousePressEvent(event, mousePos);
        return;
    }
    // The base class starts rotating on a right press; moves and the release do not look at the button.
    QMouseEvent asRight(event->type(), event->position(), event->scenePosition(), event->globalPosition(),
                        Qt::RightButton, event->buttons() | Qt::RightButton, event->modifiers(),
                        event->pointingDevice());
    Q3DInputHandler::mousePressEvent(&asRight, mousePos);
}

} // namespace gradlab
