#pragma once
// How a regime's band is filled behind the learning-rate sweep: its colour, translucent, and for the regimes
// where a run fails (diverging, unbounded, left the domain, irregular) a hatch as well, so that "converges"
// and "diverges" differ by more than colour.

#include "descent/run_judgement.h"

#include <QBrush>

namespace gradlab {

/// Every regime a band of the learning-rate sweep can show (a run that never started, rested or stalled
/// has no band): the palette's checks and its preview sheet go over these.
inline constexpr Regime kBandedRegimes[] = {Regime::TooSlow,    Regime::Monotone,  Regime::Oscillating,
                                            Regime::Bouncing,   Regime::Diverging, Regime::Irregular,
                                            Regime::Wandering,  Regime::NoMinimum, Regime::Unbounded,
                                            Regime::LeftDomain, Regime::TooShort,  Regime::Frozen};

/// The brush of regime `r`'s band (Regime order): palette::regimeBand(r), hatched for failing runs.
QBrush regimeBrush(int r);
/// True if regime `r`'s band is hatched.
bool isHatchedRegime(int r);

} // namespace gradlab
