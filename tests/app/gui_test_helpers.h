#pragma once
// Helpers for GUI tests: pressing, dragging and releasing on real plots, and reading lines back.

#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"

#include <QTest>

namespace gradlab::test {

/// Presses on the handle's pixel, moves in `steps` steps to `target` (widget pixels), releases.
inline void dragHandle(LessonPlot* plot, DraggableHandle* handle, QPoint target, int steps = 8) {
    const QPoint start = handle->pixelPosition().toPoint();
    QTest::mousePress(plot, Qt::LeftButton, {}, start);
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(plot, start + (target - start) * i / steps);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, target);
}

/// The slope of a straight line item.
inline double slopeOf(const QCPItemStraightLine* line) {
    const QPointF a = line->point1->coords(), b = line->point2->coords();
    return (b.y() - a.y()) / (b.x() - a.x());
}

/// The plot's x coordinate of pixel column px, and how much one pixel is worth there.
inline double xAt(LessonPlot* plot, int px) {
    return plot->xAxis->pixelToCoord(px);
}
inline double onePixel(LessonPlot* plot) {
    return std::fabs(plot->xAxis->pixelToCoord(1) - plot->xAxis->pixelToCoord(0));
}

} // namespace gradlab::test
