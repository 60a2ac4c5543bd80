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
    int tailLossRises = 0; ///< the same over the tail
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

/// Builds a RunShape one recorded point at a time, with no allocation (a ring of the last kTail steps).
class RunShapeRecorder {
public:
    static constexpr int kTail = 64;

    /// `plannedSteps` is the run's step limit: the tail is half of it, at most kTail steps.
    RunShapeRecorder(int dimension, int plannedSteps);

    /// Adds the point reached at `step` (step 0 is the start).
    void add(int step, const double* point, double loss, double gradNorm, bool newtonFellBack = false);
    /// The shape of what was added, for a run that stopped (or is still running) as given.
    RunShape finish(StopReason reason, int stopStep, double stopLoss) const;

private:
    RunShape m_shape;
    int m_tail;
    int m_count = 0;                  ///< points added
    static constexpr int kRing = 128; ///< a power of two above kTail: the ring index is a mask
    /// One recorded point, kept together so that recording one touches one or two cache lines (a block of
    /// lanes keeps hundreds of recorders busy at once).
    struct Entry {
        double norm = 0.0;
        double loss = 0.0;
        double point[kMaxDimension] = {};
        double update[kMaxDimension] = {};
    };
    Entry m_ring[kRing];
    double m_previousPoint[kMaxDimension] = {0.0, 0.0};
};

// Inline: a block of lanes records every lane at every step.
inline void RunShapeRecorder::add(int step, const double* point, double loss, double gradNorm,
                                  bool newtonFellBack) {
    const int n = m_shape.dimension;
    static_assert((kRing & (kRing - 1)) == 0 && kRing > kTail, "the ring is a power of two above the tail");
    const int slot = m_count & (kRing - 1);
    if (m_count == 0) {
        for (int i = 0; i < n; ++i)
            m_shape.start[i] = point[i];
        m_shape.firstLoss = loss;
        m_shape.firstGradNorm = gradNorm;
    }
    const int before = (m_count - 1) & (kRing - 1); // the slot of the previous point
    bool turned = false;
    for (int i = 0; i < n; ++i) {
        m_ring[slot].update[i] = m_count == 0 ? 0.0 : point[i] - m_previousPoint[i];
        turned = turned || (m_count >= 2 && m_ring[slot].update[i] * m_ring[before].update[i] < 0);
        m_previousPoint[i] = point[i];
        m_ring[slot].point[i] = point[i];
        m_shape.last[i] = point[i];
    }
    if (turned) ++m_shape.reversals;
    if (m_count > 0 && loss > m_shape.lastLoss) ++m_shape.lossRises;
    m_ring[slot].norm = gradNorm;
    m_ring[slot].loss = loss;
    m_shape.previousLoss = m_count == 0 ? NAN : m_shape.lastLoss;
    m_shape.lastLoss = loss;
    m_shape.lastGradNorm = gradNorm;
    m_shape.steps = step;
    if (newtonFellBack) {
        if (m_shape.newtonFallbacks < 3) m_shape.newtonFallbackSteps[m_shape.newtonFallbacks] = step;
        ++m_shape.newtonFallbacks;
    }
    ++m_count;
}

/// The shape of a recorded trajectory (its step limit sets the tail, as for the run itself).
RunShape shapeOf(const Trajectory& t, int plannedSteps);

} // namespace gradlab
