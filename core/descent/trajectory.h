#pragma once
// A descent run as recorded for the views and the command line: every step's point, loss and gradient,
// and why the run ended.

#include "descent/optimizer.h"
#include "text/text.h"

#include <string>
#include <vector>

namespace gradlab {

enum class StopReason {
    Running,   ///< not stopped yet
    Converged, ///< ‖∇f‖ fell below the tolerance
    MaxSteps,  ///< took every step it was allowed
    Diverged,  ///< a value became non-finite, or |f| or a coordinate passed the divergence bound
};

/// "running", "converged", "max_steps", "diverged".
const char* stopReasonName(StopReason r);

/// Runs that pass this in |f| or in any coordinate are stopped as diverged.
constexpr double kDivergenceBound = 1e12;

struct TrajectoryPoint {
    int step = 0;
    double point[kMaxDimension] = {0.0, 0.0};
    double loss = 0.0;
    double gradient[kMaxDimension] = {0.0, 0.0};
    double gradNorm = 0.0;
    double update[kMaxDimension] = {0.0, 0.0}; ///< the step that led here (zero at step 0)
    double learningRate = 0.0;                 ///< the rate of the update that led here (0 at step 0)
    /// The gradient the update that led here used: the previous point's gradient, plus the noise a noisy
    /// run added, or a fit's mini-batch gradient (zero at step 0).
    double stepGradient[kMaxDimension] = {0.0, 0.0};
    double firstState[kMaxDimension] = {0.0, 0.0};  ///< the optimizer's state after the update that led here
    double secondState[kMaxDimension] = {0.0, 0.0}; ///< (Optimizer::firstState, secondState)
    bool newtonFellBack = false;
};

struct Trajectory {
    int dimension = 1;
    OptimizerKind optimizer = OptimizerKind::GradientDescent;
    Hyperparameters hyperparameters;
    std::vector<TrajectoryPoint> points; ///< step 0 (the start) and every finite step after it
    StopReason stopReason = StopReason::Running;
    int stopStep = 0;      ///< the step at which the run stopped
    Text stopDetail;       ///< what stopped it, without the step: "the loss passed 1e12", …
    double stopLoss = 0.0; ///< the loss at the step where it stopped, even if not finite (−inf: unbounded)
};

} // namespace gradlab
