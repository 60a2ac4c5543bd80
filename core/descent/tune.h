#pragma once
// "Tune": each optimizer's best learning rate for a function, a start and a step count, picked from a
// sweep over a log grid of rates, so that a race is fair.

#include "descent/sweep.h"

#include <vector>

namespace gradlab {

/// The grid Tune tries: kTuneRateCount rates log-spaced from kTuneMinRate to kTuneMaxRate.
constexpr double kTuneMinRate = 1e-4;
constexpr double kTuneMaxRate = 10.0;
constexpr int kTuneRateCount = 41; ///< 8 per decade
std::vector<double> tuneRates();

/// The rate a sweep's rows make best, and how its run ended.
struct TunePick {
    bool found = false; ///< false when every run diverged (or none ran)
    double learningRate = 0.0;
    double finalLoss = 0.0;
    StopReason stopReason = StopReason::MaxSteps;
};

/// The row with the lowest final loss; a run that diverged (or whose final loss is not finite, or that
/// did not run) never wins; of equal losses the smaller rate wins.
TunePick bestLearningRate(const std::vector<SweepRow>& rows);

} // namespace gradlab
