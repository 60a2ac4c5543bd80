#pragma once
// Records the RunShape of `Capacity` runs stepped together (a block of lanes), structure of arrays, with no
// allocation: the running counts of each run and a ring of its last points. Every run of a block records
// its point of step k at the same time, so one step's recording of all of them is one loop over lanes with
// no branch on a lane (it vectorises). A single run uses it with one lane (RunShapeRecorder): the recording
// rule is written once, in record(). With Tail false it keeps only the last two points of each run: the
// shape's ends and counts without its tail fields (tailPairs … lateHigh stay as RunShape leaves them), which
// is all judgeConverged reads (the stability map), in a ring that stays in cache.

#include "descent/run_shape.h"

#include <algorithm>
#include <type_traits>

namespace gradlab {

template <int Capacity, bool Tail = true> class RunShapeLanes {
public:
    static constexpr int kTail = 64;
    static constexpr bool kRecordsTail = Tail;

    RunShapeLanes() { reset(1, 0); }
    /// `plannedSteps` is the runs' step limit: the tail is half of it, at most kTail steps.
    RunShapeLanes(int dimension, int plannedSteps) { reset(dimension, plannedSteps); }
    /// Starts again with no point recorded.
    void reset(int dimension, int plannedSteps);

    /// Records the point lane p reached at `step` (the same step for every lane recording it before the
    /// next endStep()). The one recording rule.
    void record(int p, int step, const double* point, double loss, double gradNorm, bool newtonFellBack);
    /// Records the points of lanes [0, m) at `step`: point i of lane p is columns[i][p]. `n` is the
    /// dimension.
    template <int n>
    void recordAll(int m, int step, const double* const* columns, const double* loss, const double* gradNorm);
    /// Notes that lane p's update to `step` was a Newton step that fell back to a gradient step.
    void noteNewtonFallback(int p, int step) {
        if (m_newtonFallbacks[p] < 3) m_newtonFallbackSteps[m_newtonFallbacks[p]][p] = step;
        ++m_newtonFallbacks[p];
    }
    /// Ends the step every recording lane recorded a point of.
    void endStep() {
        ++m_count;
        m_step = m_pendingStep;
    }
    /// The shape of lane p, for a run that stopped (or is still running) as given; `recordedThisStep`:
    /// whether lane p recorded a point since the last endStep().
    RunShape finish(int p, bool recordedThisStep, StopReason reason, int stopStep, double stopLoss) const;
    /// Lane `to` takes over what lane `from` recorded.
    void move(int from, int to);

    /// One run (Capacity 1): adds the point reached at `step` (step 0 is the start).
    void add(int step, const double* point, double loss, double gradNorm, bool newtonFellBack = false) {
        record(0, step, point, loss, gradNorm, newtonFellBack);
        endStep();
    }
    /// One run: the shape of what was added.
    RunShape finish(StopReason reason, int stopStep, double stopLoss) const {
        return finish(0, false, reason, stopStep, stopLoss);
    }

private:
    /// `phase`: the count of points recorded, or 2 for two or more (what the rule asks of it).
    [[gnu::always_inline]] inline void rule(int n, int phase, int p, const double* point, double loss,
                                            double gradNorm);

    /// A power of two above kTail (the ring index is a mask), or without the tail the two points the rule
    /// reads.
    static constexpr int kRing = Tail ? 128 : 2;
    static_assert((kRing & (kRing - 1)) == 0 && (!Tail || kRing > kTail),
                  "the ring is a power of two above the tail");
    enum Field { kNorm, kLoss, kPoint, kUpdate = kPoint + kMaxDimension, kFields = kUpdate + kMaxDimension };

    int m_dimension = 1;
    int m_tail = 2;
    int m_count = 0; ///< points each running lane recorded before this step
    int m_step = 0;  ///< the step of the last point recorded before this step
    int m_pendingStep = 0;
    // Per lane (the last points and their losses and norms are in the ring). The counts are doubles (exact
    // far beyond any step limit) so that one loop over lanes handles them and the points alike.
    double m_start[kMaxDimension][Capacity];
    double m_firstLoss[Capacity];
    double m_firstGradNorm[Capacity];
    double m_reversals[Capacity];
    double m_lossRises[Capacity];
    int m_newtonFallbacks[Capacity];
    int m_newtonFallbackSteps[3][Capacity];
    double m_ring[kRing][kFields][Capacity];
};

/// A single run's recorder.
using RunShapeRecorder = RunShapeLanes<1>;

template <int Capacity, bool Tail>
void RunShapeLanes<Capacity, Tail>::reset(int dimension, int plannedSteps) {
    m_dimension = dimension;
    m_tail = std::clamp(plannedSteps / 2, 2, kTail);
    m_count = m_step = m_pendingStep = 0;
    const RunShape blank;
    for (int p = 0; p < Capacity; ++p) {
        for (int i = 0; i < kMaxDimension; ++i)
            m_start[i][p] = blank.start[i];
        m_firstLoss[p] = blank.firstLoss;
        m_firstGradNorm[p] = blank.firstGradNorm;
        m_reversals[p] = m_lossRises[p] = 0.0;
        m_newtonFallbacks[p] = 0;
    }
}

template <int Capacity, bool Tail>
inline void RunShapeLanes<Capacity, Tail>::record(int p, int step, const double* point, double loss,
                                                  double gradNorm, bool newtonFellBack) {
    rule(m_dimension, std::min(m_count, 2), p, point, loss, gradNorm);
    m_pendingStep = step;
    if (newtonFellBack) noteNewtonFallback(p, step);
}

// The recording rule: one point of lane p, with no branch on the lane (the step's count is the same for
// every lane).
template <int Capacity, bool Tail>
inline void RunShapeLanes<Capacity, Tail>::rule(int n, int phase, int p, const double* point, double loss,
                                                double gradNorm) {
    double(&now)[kFields][Capacity] = m_ring[m_count & (kRing - 1)];
    const double(&before)[kFields][Capacity] = m_ring[(m_count - 1) & (kRing - 1)];
    if (phase == 0) {
        for (int i = 0; i < n; ++i)
            m_start[i][p] = point[i];
        m_firstLoss[p] = loss;
        m_firstGradNorm[p] = gradNorm;
    }
    double turned = 0.0; // 1 if some coordinate's update changed sign (a double: no branch on it)
    for (int i = 0; i < n; ++i) {
        const double update = phase == 0 ? 0.0 : point[i] - before[kPoint + i][p];
        turned = phase >= 2 && update * before[kUpdate + i][p] < 0 ? 1.0 : turned;
        now[kUpdate + i][p] = update;
        now[kPoint + i][p] = point[i];
    }
    if (phase >= 2) m_reversals[p] += turned;
    if (phase >= 1) m_lossRises[p] += loss > before[kLoss][p] ? 1.0 : 0.0;
    now[kNorm][p] = gradNorm;
    now[kLoss][p] = loss;
}

template <int Capacity, bool Tail>
template <int n>
void RunShapeLanes<Capacity, Tail>::recordAll(int m, int step, const double* const* columns,
                                              const double* loss, const double* gradNorm) {
    // The phase a constant in each loop. Lane p reads and writes only column p of every array (no lane
    // depends on another: ivdep spares the vectorised loop run-time checks that the arrays do not overlap).
    auto all = [&](auto phase) {
#pragma GCC ivdep
        for (int p = 0; p < m; ++p) {
            double point[kMaxDimension] = {0.0, 0.0};
            for (int i = 0; i < n; ++i)
                point[i] = columns[i][p];
            rule(n, decltype(phase)::value, p, point, loss[p], gradNorm[p]);
        }
    };
    if (m_count == 0)
        all(std::integral_constant<int, 0>());
    else if (m_count == 1)
        all(std::integral_constant<int, 1>());
    else
        all(std::integral_constant<int, 2>());
    m_pendingStep = step;
}

template <int Capacity, bool Tail>
RunShape RunShapeLanes<Capacity, Tail>::finish(int p, bool recordedThisStep, StopReason reason, int stopStep,
                                               double stopLoss) const {
    RunShape s;
    s.dimension = m_dimension;
    const int count = m_count + (recordedThisStep ? 1 : 0);
    s.steps = recordedThisStep ? m_pendingStep : m_step;
    s.stopReason = reason;
    s.stopStep = stopStep;
    s.stopLoss = stopLoss;
    auto at = [&](int back) -> const double(&)[kFields][Capacity] {
        return m_ring[(count - 1 - back) & (kRing - 1)];
    };
    for (int i = 0; i < m_dimension; ++i)
        s.start[i] = m_start[i][p];
    s.firstLoss = m_firstLoss[p];
    s.firstGradNorm = m_firstGradNorm[p];
    if (count >= 1) {
        for (int i = 0; i < m_dimension; ++i)
            s.last[i] = at(0)[kPoint + i][p];
        s.lastLoss = at(0)[kLoss][p];
        s.lastGradNorm = at(0)[kNorm][p];
    }
    if (count >= 2) s.previousLoss = at(1)[kLoss][p];
    s.reversals = static_cast<int>(m_reversals[p]);
    s.lossRises = static_cast<int>(m_lossRises[p]);
    s.newtonFallbacks = m_newtonFallbacks[p];
    for (int j = 0; j < std::min(3, m_newtonFallbacks[p]); ++j)
        s.newtonFallbackSteps[j] = m_newtonFallbackSteps[j][p];
    if (!Tail) return s;
    // The points the tail rule reads, oldest first.
    const int kept = std::min(count, kTail + 1);
    RunShapePoint points[kTail + 1];
    for (int j = 0; j < kept; ++j) {
        const double(&e)[kFields][Capacity] = m_ring[(count - kept + j) & (kRing - 1)];
        points[j].norm = e[kNorm][p];
        points[j].loss = e[kLoss][p];
        for (int i = 0; i < m_dimension; ++i) {
            points[j].point[i] = e[kPoint + i][p];
            points[j].update[i] = e[kUpdate + i][p];
        }
    }
    addTailShape(s, points + kept - 1, count, m_tail);
    return s;
}

template <int Capacity, bool Tail> void RunShapeLanes<Capacity, Tail>::move(int from, int to) {
    for (int i = 0; i < kMaxDimension; ++i)
        m_start[i][to] = m_start[i][from];
    m_firstLoss[to] = m_firstLoss[from];
    m_firstGradNorm[to] = m_firstGradNorm[from];
    m_reversals[to] = m_reversals[from];
    m_lossRises[to] = m_lossRises[from];
    m_newtonFallbacks[to] = m_newtonFallbacks[from];
    for (int j = 0; j < 3; ++j)
        m_newtonFallbackSteps[j][to] = m_newtonFallbackSteps[j][from];
    const int kept = std::min(m_count, kRing);
    for (int j = 0; j < kept; ++j)
        for (int f = 0; f < kFields; ++f)
            m_ring[(m_count - 1 - j) & (kRing - 1)][f][to] = m_ring[(m_count - 1 - j) & (kRing - 1)][f][from];
}

} // namespace gradlab
