#pragma once
// A two-variable function drawn as a colour map with contour lines on a LessonPlot, with x and y at the
// same scale so that perpendicular things look perpendicular. Recomputed only when the function or the
// rectangle changes, never while a point is dragged.

#include "eval/compiled_function.h"

#include <QVector>

class QCPColorMap;
class QCPCurve;

namespace gradlab {

class LessonPlot;

class ContourMap {
public:
    explicit ContourMap(LessonPlot* plot);

    /// Samples f on the grid, traces the contour levels and shows both; sets the plot's home view.
    void show(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax);

    static constexpr int kGrid = 400;
    static constexpr int kLevels = 20;
    QCPColorMap* colorMap() const { return m_map; }
    const QVector<QCPCurve*>& contourCurves() const { return m_curves; }

private:
    LessonPlot* m_plot;
    QCPColorMap* m_map;
    QVector<QCPCurve*> m_curves;
};

} // namespace gradlab
