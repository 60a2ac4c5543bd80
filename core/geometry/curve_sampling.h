#pragma once
// Sampling a one-variable function for drawing: points with gaps where the curve is not defined or jumps
// (1/x at 0), and a y-range that shows the shape rather than one huge value.

#include "eval/compiled_function.h"

#include <vector>

namespace gradlab {

struct SampledCurve {
    std::vector<double> x;
    std::vector<double> y; ///< NaN where the curve is undefined or broken (a gap when drawn)
};

/// f on n evenly spaced points of [xmin, xmax]. A jump across a pole (both sides huge, opposite signs)
/// becomes a NaN gap so no vertical line is drawn through it.
SampledCurve sampleCurve(const CompiledFunction& f, double xmin, double xmax, int n, int outputIndex = 0);

/// The same for output `outputIndex` of f's gradient program (0 = f, 1 = f′).
SampledCurve sampleDerivative(const CompiledFunction& f, double xmin, double xmax, int n);

struct Range {
    double lower = 0.0;
    double upper = 1.0;
};

/// A y-range that shows the curve: its finite values with 5 % padding, trimmed to the 2nd–98th
/// percentile when a few values dwarf the rest (poles, exponentials), never empty.
Range suggestRange(const std::vector<double>& values);

/// Zeros of f′ in [xmin, xmax] (sign changes of the sampled derivative, refined by bisection).
std::vector<double> criticalPoints(const CompiledFunction& f, double xmin, double xmax, int samples = 400);

} // namespace gradlab
