#pragma once
// A function's curve on a LessonPlot, resampled when the function or its x-range changes.

#include "eval/compiled_function.h"
#include "geometry/curve_sampling.h"

#include <QColor>

class QCPGraph;

namespace gradlab {

class LessonPlot;

class CurveGraph {
public:
    enum class Output { Value, Derivative };

    CurveGraph(LessonPlot* plot, const QColor& colour, const QString& name, Output output = Output::Value);

    /// Samples the function over [xMin, xMax] and shows it; sets the plot's home view to fit the curve.
    /// Returns the y-range chosen.
    Range show(const CompiledFunction& f, double xMin, double xMax);
    QCPGraph* graph() const { return m_graph; }

    static constexpr int kSamples = 1200;

private:
    LessonPlot* m_plot;
    QCPGraph* m_graph;
    Output m_output;
};

} // namespace gradlab
