#pragma once
// The words that go with a gradient arrow drawn to an ArrowScale: how long it is and what its length
// means, or why it is not drawn to scale. The contour map and the 3-D surface say the same thing.

#include "geometry/arrow_scale.h"

#include <QString>

namespace gradlab {

/// One sentence (rich text) for the arrow of |∇f| = norm drawn with `fit` at `scale`.
QString arrowCaption(ArrowFit fit, double norm, const ArrowScale& scale);

} // namespace gradlab
