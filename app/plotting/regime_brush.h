#pragma once
// How a regime's band is filled behind the learning-rate sweep: its colour, translucent, and for the regimes
// where a run fails (diverging, unbounded, left the domain, irregular) a hatch as well, so that "converges"
// and "diverges" differ by more than colour.

#include <QBrush>

namespace gradlab {

/// The brush of regime `r`'s band (Regime order): palette::regimeBand(r), hatched for failing runs.
QBrush regimeBrush(int r);
/// True if regime `r`'s band is hatched.
bool isHatchedRegime(int r);

} // namespace gradlab
