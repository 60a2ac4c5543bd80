#pragma once
// A two-variable function drawn as a colour map with contour lines on a LessonPlot, with x and y at the
// same scale so that perpendicular things look perpendicular, and a colour bar that reads colours back as
// values of f. Colours and levels follow one ValueScale fitted to the function's rectangle. The map always
// covers what the plot shows: when a resize, pan or zoom shows more than was sampled (or a much smaller
// part of it), it is sampled again around the view; never while a point is dragged.

#include "function/compiled_function.h"
#include "geometry/contours.h"
#include "geometry/value_scale.h"

#include <QObject>
#include <QRectF>
#include <QVector>

class QCPColorMap;
class QCPColorScale;
class QCPCurve;

namespace gradlab {

class LessonPlot;

class ContourMap : public QObject {
    Q_OBJECT
public:
    explicit ContourMap(LessonPlot* plot);

    /// Samples f on the rectangle, fits the colour scale and the levels to it, and shows both; sets the
    /// plot's home view. `valueLabel` names the colour bar ("f(x, y)").
    void show(const FunctionPtr& f, double xmin, double xmax, double ymin, double ymax,
              const QString& valueLabel);

    static constexpr int kGrid = 400;
    static constexpr int kLevels = 20;
    /// Neighbouring contour lines are at least this fraction of the larger side of the view apart.
    static constexpr double kMinLineGap = 0.01;
    /// Lines are spaced again (sampled again) once the view's larger side is this many times smaller than
    /// the one they were spaced for, even if the samples still cover the view.
    static constexpr double kRespacing = 1.5;
    QCPColorMap* colorMap() const { return m_map; }
    QCPColorScale* colorScale() const { return m_colorScale; }
    const QVector<QCPCurve*>& contourCurves() const { return m_curves; }
    /// The levels drawn now, ascending.
    const std::vector<double>& levels() const { return m_levels; }
    const ValueScale& valueScale() const { return m_scale; }
    /// The rectangle sampled now (plot coordinates).
    QRectF sampledRect() const { return m_sampled; }

private:
    /// Samples `rect`, draws its colours and the contour lines at least `lineGap` apart.
    /// `grid`, if given, is that rectangle already sampled (kGrid × kGrid): not evaluated again.
    void sample(const QRectF& rect, double lineGap, const Grid* grid = nullptr);
    /// Draws the home grid whenever it serves the view; otherwise samples again if the view shows more than
    /// was sampled, or less than a quarter of its width, or if the lines were spaced for a view kRespacing
    /// times larger, or if the plot was resized.
    void coverView();
    void styleColorScale();

    LessonPlot* m_plot;
    QCPColorMap* m_map;
    QCPColorScale* m_colorScale;
    QVector<QCPCurve*> m_curves;
    FunctionPtr m_function;
    ValueScale m_scale;
    std::vector<double> m_levels;
    QRectF m_sampled;
    double m_spacedFor = 0;  ///< the larger side of the view the lines were spaced for
    QSize m_sampledPlotSize; ///< the plot's size when they were
    Grid m_home;             ///< the home rectangle sampled by show(): drawn whenever it serves the view
    bool m_sampling = false;
};

} // namespace gradlab
