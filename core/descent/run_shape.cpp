#include "descent/run_shape_lanes.h"

#include <algorithm>

namespace gradlab {

void addTailShape(RunShape& s, const RunShapePoint* latest, int count, int tailLimit) {
    // The tail: the last tailLimit steps, or half of what was recorded if that is less.
    const int steps = count - 1; // updates recorded
    const int tail = std::min({tailLimit, steps, std::max(2, steps / 2)});
    auto at = [latest](int back) -> const RunShapePoint& {
        return latest[-back];
    }; // back = 0: the last point
    for (int back = 0; back + 1 < tail; ++back) {
        const double* u = at(back).update;
        const double* v = at(back + 1).update;
        bool turned = false, moved = false;
        for (int i = 0; i < s.dimension; ++i) {
            turned = turned || u[i] * v[i] < 0;
            moved = moved || (u[i] != 0.0 && v[i] != 0.0);
        }
        if (!moved) continue;
        ++s.tailPairs;
        if (turned) ++s.tailReversals;
    }
    // Every step of the tail, its first one included (the point before the tail is kept: at(tail)).
    for (int back = 0; back < tail; ++back)
        if (at(back).loss > at(back + 1).loss) ++s.tailLossRises;
    if (tail >= 3) {
        double cycle = 0.0, step = 0.0;
        for (int back = 0; back + 2 <= tail; ++back) {
            double two = 0.0, one = 0.0;
            for (int i = 0; i < s.dimension; ++i) {
                const double a = at(back).point[i];
                two += (a - at(back + 2).point[i]) * (a - at(back + 2).point[i]);
                one += (a - at(back + 1).point[i]) * (a - at(back + 1).point[i]);
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
            s.lateLow[i] = s.lateHigh[i] = at(0).point[i];
        for (int back = 0; back < quarter; ++back) {
            for (int i = 0; i < s.dimension; ++i) {
                s.lateLow[i] = std::min(s.lateLow[i], at(back).point[i]);
                s.lateHigh[i] = std::max(s.lateHigh[i], at(back).point[i]);
            }
            recent = std::max(recent, at(back).norm);
            earlier = std::max(earlier, at(tail - 1 - back).norm);
            s.tailLateLoss = std::max(s.tailLateLoss, at(back).loss);
            s.tailEarlyLoss = std::max(s.tailEarlyLoss, at(tail - 1 - back).loss);
        }
        s.lateGradNorm = recent;
        const int distance = tail - quarter;
        if (earlier > 0) s.tailGrowth = recent / earlier;
        if (earlier > 0 && recent > 0 && distance > 0)
            s.tailRate = std::pow(s.tailGrowth, 1.0 / distance);
        else if (earlier > 0 && recent == 0.0)
            s.tailRate = 0.0;
    }
}

RunShape shapeOf(const Trajectory& t, int plannedSteps) {
    RunShapeRecorder recorder(t.dimension, plannedSteps);
    for (const TrajectoryPoint& p : t.points)
        recorder.add(p.step, p.point, p.loss, p.gradNorm, p.newtonFellBack);
    return recorder.finish(t.stopReason, t.stopStep, t.stopLoss);
}

} // namespace gradlab
