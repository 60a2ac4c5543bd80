#pragma once
// A function's curve on a LessonPlot, resampled when the function or its x-range changes, and when the
// view is panned or zoomed past what was sampled (or zoomed far into it), so the curve never ends at the
// lesson's range or turns coarse.

#include "function/compiled_function.h"
#include "geometry/curve_sampling.h"

#include <QColor>
#include <QMetaObject>

class QCPGraph;
class QCPRange;

namespace gradlab {

class LessonPlot;

class CurveGraph {
public:
    enum class Output { Value, Derivative };

    CurveGraph(LessonPlot* plot, const QColor& colour, const QString& name, Output output = Output::Value);
    ~CurveGraph();
    CurveGraph(const CurveGraph&) = delete;
    CurveGraph& operator=(const CurveGraph&) = delete;

    /// Samples the function over [xMin, xMax] and shows it; sets the plot's home view to fit the curve.
    /// Returns the y-range chosen.
    Range show(FunctionPtr f, double xMin, double xMax);
    QCPGraph* graph() const { return m_graph; }

    static constexpr int kSamples = 1200;
    /// After refinement, consecutive points of the curve lie at most this many pixels apart on screen
    /// (where the curve is near the view), so steep parts are drawn as smooth as flat ones.
    static constexpr double kMaxGapPixels = 2.0;

private:
    /// Samples [xMin, xMax] evenly, then refines where the curve runs steep across the y-band [yLo, yHi].
    /// Returns the even samples (before refinement); shows the refined curve. `xVisible` is the width
    /// of x on screen.
    SampledCurve sample(double xMin, double xMax, double xVisible, double yLo, double yHi);
    /// Bisects every segment longer than kMaxGapPixels on screen near [yLo, yHi].
    void refine(SampledCurve& c, double xVisible, double yLo, double yHi) const;
    double valueAt(double x) const;
    /// After a pan or zoom: samples the visible range and half its width on each side if the view left
    /// what was sampled, or shows less than a quarter of it.
    void followView(const QCPRange& visible);

    LessonPlot* m_plot;
    QCPGraph* m_graph;
    Output m_output;
    FunctionPtr m_function;
    double m_sampledMin = 0, m_sampledMax = 0;
    QMetaObject::Connection m_viewConnection;
};

} // namespace gradlab
