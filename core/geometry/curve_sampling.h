#pragma once
// Sampling a one-variable function for drawing: points with gaps where the curve is not defined or jumps
// (1/x at 0, the slope of |x| at 0), and a y-range that shows the shape rather than one huge value.

#include "function/compiled_function.h"

#include <vector>

namespace gradlab {

struct SampledCurve {
    std::vector<double> x;
    std::vector<double> y; ///< NaN where the curve is undefined or broken (a gap when drawn)
};

/// f on n evenly spaced points of [xmin, xmax], with a NaN (a gap when drawn) wherever the curve breaks
/// between two samples, so no line joins its sides: a jump (a step, the sign of x, the slope of |x| at 0,
/// a pole that changes sign) is found by bisecting each interval and seeing the change not shrink, and a
/// pole that keeps its sign (1/x², log|x|) by zooming on each peak of |f| and seeing it not converge.
/// Around a finite jump the curve runs up to the jump (extra points there), so x is sorted but not even.
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
