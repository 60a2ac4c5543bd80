#pragma once
// What a run did, in a few numbers: where it began and ended, how its steps turned and how fast its error
// shrank near the end. Recorded the same way from a whole trajectory and from a sweep's quiet run, so the
// lessons, the sweep and the command line judge runs by one rule.

#include "descent/trajectory.h"

#include <cmath>

namespace gradlab {

struct RunShape {
    int dimension = 1;
    int steps = 0; ///< the last step recorded (0: only the start)
    StopReason stopReason = StopReason::Running;
    int stopStep = 0;
    double stopLoss = NAN; ///< the loss where the run stopped, even if it was not finite (NaN: unknown)
    double start[kMaxDimension] = {0.0, 0.0};
    double last[kMaxDimension] = {0.0, 0.0};
    double firstLoss = NAN;
    double lastLoss = NAN;
    double previousLoss = NAN; ///< the loss one step before the last
    double firstGradNorm = NAN;
    double lastGradNorm = NAN;
    /// Over the last steps (the tail: half the run, at most kTail steps): how many pairs of consecutive
    /// steps there were, and in how many the second step turned back against the first in some
    /// coordinate (a sign change of that coordinate's update).
    int tailPairs = 0;
    int tailReversals = 0;
    int reversals = 0;     ///< the same over the whole run
    int lossRises = 0;     ///< steps after which the loss was higher than before, over the whole run
    int tailLossRises = 0; ///< the same over the tail's steps (its first step's rise included)
    /// The largest loss in the tail's first and last quarter (NaN if the tail is shorter than 2 steps).
    double tailEarlyLoss = NAN;
    double tailLateLoss = NAN;
    /// How far the tail is from a two-step cycle: the largest |p_k − p_{k−2}| over the largest step
    /// |p_k − p_{k−1}| (0 for a run that bounces between two points, about 1 for one that wanders).
    double tailCycle = NAN;
    /// How the gradient norm changed per step over the tail, as a geometric mean factor (the largest
    /// norm in the tail's last quarter against its first quarter): < 1 shrinking, > 1 growing. NaN if
    /// the tail is shorter than 2 steps.
    double tailRate = NAN;
    /// The same change over the whole tail: that last-quarter norm over the first-quarter one (NaN if
    /// the tail is shorter than 2 steps).
    double tailGrowth = NAN;
    /// Over the tail's last quarter (lateSteps points): the largest gradient norm, and the box the points
    /// lie in (per coordinate, the lowest and highest value). NaN / 0 if the tail is shorter than 2 steps.
    /// A noisy run is judged by them: how large the gradient is next to the noise, and how far it wanders.
    int lateSteps = 0;
    double lateGradNorm = NAN;
    double lateLow[kMaxDimension] = {0.0, 0.0};
    double lateHigh[kMaxDimension] = {0.0, 0.0};
    int newtonFallbacks = 0;         ///< steps where Newton's method took a gradient step
    int newtonFallbackSteps[3] = {}; ///< the first three such steps
    bool recorded() const { return std::isfinite(firstLoss); }
};

/// One recorded point of a run, as the tail rule reads it.
struct RunShapePoint {
    double norm = 0.0;
    double loss = 0.0;
    double point[kMaxDimension] = {};
    double update[kMaxDimension] = {}; ///< point − the point before (0 for the first)
};

/// Fills the tail fields of `s` (tailPairs … lateHigh) of a run that recorded `count` points, for a tail of
/// at most `tailLimit` steps: `latest` is its last point, latest[-1] the one before, and so on (at least
/// min(count, tailLimit + 1) of them). The one tail rule (RunShapeLanes::finish uses it).
void addTailShape(RunShape& s, const RunShapePoint* latest, int count, int tailLimit);

/// The shape of a recorded trajectory (its step limit sets the tail, as for the run itself).
RunShape shapeOf(const Trajectory& t, int plannedSteps);

} // namespace gradlab
