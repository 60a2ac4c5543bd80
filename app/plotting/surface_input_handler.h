#pragma once
// Mouse input for the 3-D surface: a left drag rotates (as does a right drag), the wheel zooms. Qt
// DataVisualization's default handler rotates on the right button only and selects on the left, so
// "drag to rotate" did nothing for most users.

#include <Q3DInputHandler>

namespace gradlab {

class SurfaceInputHandler : public Q3DInputHandler {
    Q_OBJECT
public:
    explicit SurfaceInputHandler(QObject* parent = nullptr);

    void mousePressEvent(QMouseEvent* event, const QPoint& mousePos) override;
};

} // namespace gradlab
