#include "descent/run_shape.h"

#include <algorithm>

namespace gradlab {

RunShapeRecorder::RunShapeRecorder(int dimension, int plannedSteps)
    : m_tail(std::clamp(plannedSteps / 2, 2, kTail)) {
    m_shape.dimension = dimension;
}

RunShape RunShapeRecorder::finish(StopReason reason, int stopStep, double stopLoss) const {
    RunShape s = m_shape;
    s.stopReason = reason;
    s.stopStep = stopStep;
    s.stopLoss = stopLoss;
    // The tail: the last m_tail steps, or half of what was recorded if that is less.
    const int steps = m_count - 1; // updates recorded
    const int tail = std::min({m_tail, steps, std::max(2, steps / 2)});
    auto at = [this](int back) { return (m_count - 1 - back) & (kRing - 1); }; // back = 0: the last point
    for (int back = 0; back + 1 < tail; ++back) {
        const double* u = m_ring[at(back)].update;
        const double* v = m_ring[at(back + 1)].update;
        bool turned = false, moved = false;
        for (int i = 0; i < s.dimension; ++i) {
            turned = turned || u[i] * v[i] < 0;
            moved = moved || (u[i] != 0.0 && v[i] != 0.0);
        }
        if (!moved) continue;
        ++s.tailPairs;
        if (turned) ++s.tailReversals;
    }
    for (int back = 0; back + 1 < tail; ++back)
        if (m_ring[at(back)].loss > m_ring[at(back + 1)].loss) ++s.tailLossRises;
    if (tail >= 3) {
        double cycle = 0.0, step = 0.0;
        for (int back = 0; back + 2 <= tail; ++back) {
            double two = 0.0, one = 0.0;
            for (int i = 0; i < s.dimension; ++i) {
                const double a = m_ring[at(back)].point[i];
                two += (a - m_ring[at(back + 2)].point[i]) * (a - m_ring[at(back + 2)].point[i]);
                one += (a - m_ring[at(back + 1)].point[i]) * (a - m_ring[at(back + 1)].point[i]);
            }
            cycle = std::max(cycle, std::sqrt(two));
            step = std::max(step, std::sqrt(one));
        }
        s.tailCycle = step > 0 ? cycle / step : 0.0;
    }
    if (tail >= 2) {
        const int quarter = std::max(1, tail / 4);
        double recent = 0.0, earlier = 0.0;
        s.tailEarlyLoss = -INFINITY;
        s.tailLateLoss = -INFINITY;
        s.lateSteps = quarter;
        for (int i = 0; i < s.dimension; ++i)
            s.lateLow[i] = s.lateHigh[i] = m_ring[at(0)].point[i];
        for (int back = 0; back < quarter; ++back) {
            for (int i = 0; i < s.dimension; ++i) {
                s.lateLow[i] = std::min(s.lateLow[i], m_ring[at(back)].point[i]);
                s.lateHigh[i] = std::max(s.lateHigh[i], m_ring[at(back)].point[i]);
            }
            recent = std::max(recent, m_ring[at(back)].norm);
            earlier = std::max(earlier, m_ring[at(tail - 1 - back)].norm);
            s.tailLateLoss = std::max(s.tailLateLoss, m_ring[at(back)].loss);
            s.tailEarlyLoss = std::max(s.tailEarlyLoss, m_ring[at(tail - 1 - back)].loss);
        }
        s.lateGradNorm = recent;
        const int distance = tail - quarter;
        if (earlier > 0) s.tailGrowth = recent / earlier;
        if (earlier > 0 && recent > 0 && distance > 0)
            s.tailRate = std::pow(s.tailGrowth, 1.0 / distance);
        else if (earlier > 0 && recent == 0.0)
            s.tailRate = 0.0;
    }
    return s;
}

RunShape shapeOf(const Trajectory& t, int plannedSteps) {
    RunShapeRecorder recorder(t.dimension, plannedSteps);
    for (const TrajectoryPoint& p : t.points)
        recorder.add(p.step, p.point, p.loss, p.gradNorm, p.newtonFellBack);
    return recorder.finish(t.stopReason, t.stopStep, t.stopLoss);
}

} // namespace gradlab
