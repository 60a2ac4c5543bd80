#pragma once
// What the derivative says about a point of a one-variable function: rising, falling, or flat — and for
// a flat point whether it is a minimum, a maximum or neither (from f″, or from the sign of f′ on each
// side when f″ is zero too).

#include "eval/compiled_function.h"

namespace gradlab {

enum class PointKind { Rising, Falling, Minimum, Maximum, FlatNeither, Undefined };

/// |f′| below this counts as flat.
constexpr double kFlatSlope = 1e-9;

PointKind classifyPoint(const CompiledFunction& f, double x);

} // namespace gradlab
