#pragma once
// How different two colours look: CIE colour differences in CIELAB.

#include "colour/srgb.h"

namespace gradlab {

/// CIE76 ΔE*ab: the Euclidean distance in CIELAB (about 2.3 is a just noticeable difference).
double deltaE76(const Lab& x, const Lab& y);
/// CIEDE2000 ΔE00 (CIE 142-2001, with kL = kC = kH = 1), as Sharma, Wu & Dalal (2005) spell it out: CIELAB
/// corrected for lightness, chroma and hue sensitivity, and for the blue region's hue rotation. About 1 is
/// a just noticeable difference; 10 reads as clearly different colours.
double deltaE2000(const Lab& x, const Lab& y);

} // namespace gradlab
