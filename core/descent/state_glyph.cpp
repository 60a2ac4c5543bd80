#include "descent/state_glyph.h"

#include <cassert>
#include <cmath>

namespace gradlab {

bool hasStateGlyph(OptimizerKind kind) {
    return kind == OptimizerKind::Momentum || kind == OptimizerKind::Nesterov ||
           hasPerCoordinateStepSize(kind);
}

StateGlyph stateGlyph(const Trajectory& t, std::size_t k) {
    assert(k >= 1 && k < t.points.size());
    const TrajectoryPoint& from = t.points[k - 1];
    const TrajectoryPoint& p = t.points[k];
    const Hyperparameters& hp = t.hyperparameters;
    const int n = t.dimension;
    StateGlyph g;
    g.step = p.step;
    g.learningRate = p.learningRate;
    for (int i = 0; i < n; ++i) {
        g.anchor[i] = from.point[i];
        g.stepSize[i] =
            effectiveStepSize(t.optimizer, hp, p.learningRate, p.step, p.firstState[i], p.secondState[i]);
    }
    switch (t.optimizer) {
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov:
        g.hasStateArrow = g.hasGradientArrow = true;
        for (int i = 0; i < n; ++i) {
            g.stateArrow[i] = -p.learningRate * p.firstState[i];
            g.gradientArrow[i] = -p.learningRate * p.stepGradient[i];
        }
        break;
    case OptimizerKind::Adam:
        g.hasStateArrow = g.hasGradientArrow = true;
        for (int i = 0; i < n; ++i) {
            const double mHat = biasCorrected(p.firstState[i], hp.beta1, p.step);
            g.stateArrow[i] = -g.stepSize[i] * mHat;
            g.gradientArrow[i] = -g.stepSize[i] * p.stepGradient[i];
        }
        break;
    default:
        break;
    }
    if (hasPerCoordinateStepSize(t.optimizer)) {
        g.hasBox = true;
        for (int i = 0; i < n; ++i)
            g.halfWidth[i] = std::fabs(p.update[i]);
    }
    return g;
}

} // namespace gradlab
