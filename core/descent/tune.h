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

/// Which rates the pick was chosen among, safest first.
enum class TuneBasis {
    ConvergedWithMargin, ///< runs that converged, and whose next larger grid rate did not diverge either
    StableWithMargin,    ///< none converged: runs that did not diverge, nor did the next larger grid rate
    NoMargin,            ///< no rate had that margin: the lowest final loss of every run that did not diverge
    None,                ///< every run diverged (or none ran): nothing picked
};

/// "converged_with_margin", "stable_with_margin", "no_margin", "none".
const char* tuneBasisName(TuneBasis b);

/// The rate a sweep's rows make best, how its run ended, and why it was chosen.
struct TunePick {
    bool found = false; ///< false when every run diverged (or none ran)
    double learningRate = 0.0;
    double finalLoss = 0.0;
    StopReason stopReason = StopReason::MaxSteps;
    bool converged =
        false; ///< the picked run converged (judgeRun's criterion, or the gradient fell below tolerance)
    TuneBasis basis = TuneBasis::None;
    /// The smallest rate above the pick whose run diverged (0 if none did), and how many grid steps above
    /// the pick it is (0 if none did).
    double firstDivergedRate = 0.0;
    int stepsBelowDivergence = 0;
    /// When the pick's basis is not ConvergedWithMargin: the best rate that did converge but was left out
    /// for want of a margin (its next larger rate diverged, or it is the largest tried); 0 if none converged.
    double convergedAtEdge = 0.0;
};

/// Tune's rule, safest first: among the rates whose run converged and whose next larger grid rate did not
/// diverge (a safety margin: a rate one grid step below divergence is left out), the lowest final loss; if
/// none converged, the same among runs that merely did not diverge; if no rate has the margin, the lowest
/// final loss of every run that did not diverge (basis NoMargin). A run that diverged, did not run or ended
/// with a loss that is not finite never wins; the largest rate tried has no larger rate to vouch for it; of
/// equal losses the smaller rate wins. `rows` may come in any order.
TunePick bestLearningRate(const std::vector<SweepRow>& rows);

} // namespace gradlab
