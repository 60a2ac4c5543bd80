#pragma once
// Running an optimizer on a compiled function: step by step (for animations) or to the end.

#include "descent/run_shape_lanes.h"
#include "descent/schedule.h"
#include "descent/seeded_random.h"
#include "descent/trajectory.h"
#include "function/compiled_function.h"

#include <cfloat>
#include <cmath>

namespace gradlab {

struct DescentSettings {
    OptimizerKind optimizer = OptimizerKind::GradientDescent;
    Hyperparameters hyperparameters;
    int maxSteps = 100;
    /// Stop as converged when ‖∇f‖ < tolerance. 0 means never stop early. The same number is the
    /// relative tolerance a finished run is judged by (see judgeRun).
    double tolerance = 1e-6;
    /// How the learning rate changes from update to update (hyperparameters.learningRate is the base rate).
    Schedule schedule;
    /// The standard deviation of the Gaussian noise added to each coordinate of the gradient an update uses
    /// (0: none), drawn from `seed`: the same seed gives the same run. The trajectory records the true
    /// gradient.
    double noise = 0.0;
    std::uint64_t seed = 0;
};

/// Whether two runs' settings agree in all but the (base) learning rate: the optimizer, its other
/// hyperparameters, the steps, tolerance, schedule, noise and seed. With the function and the start, what a
/// sweep over learning rates or a stability map depends on.
inline bool sameBesidesLearningRate(const DescentSettings& a, const DescentSettings& b) {
    return a.optimizer == b.optimizer && sameBesidesLearningRate(a.hyperparameters, b.hyperparameters) &&
           a.maxSteps == b.maxSteps && a.tolerance == b.tolerance && a.schedule == b.schedule &&
           a.noise == b.noise && a.seed == b.seed;
}

/// Seeds run from 0 to this (what a spin box holds).
constexpr std::uint64_t kMaxSeed = 2147483647;

/// Why `noise` cannot be a noise level ("noise must be 0 or positive, got -1", the setting called `name`);
/// empty if it can.
Text noiseProblem(double noise, const std::string& name = "noise");

/// Why a point of a run cannot be carried on from, in words (never a raw "nan"): a non-finite point, loss or
/// gradient, or a loss or coordinate past kDivergenceBound; "" when all is well. Without the step: every
/// consumer says it already.
Text divergenceProblem(int dimension, const double* w, double loss, const double* g);

/// What stopped a run before its first step: converged ("the gradient norm is below the tolerance at the
/// start") or max steps ("no steps were allowed").
Text startStopDetail(StopReason reason);
/// "the gradient norm fell below 1e-06": what stopped a converged run.
Text convergedDetail(double tolerance);

/// The noise added to one coordinate of the gradient an update uses: `sigma` times the next standard normal
/// draw of `random` (each update draws one per coordinate, in coordinate order).
inline double gradientNoise(double sigma, SeededRandom& random) {
    return sigma * random.normal();
}

/// Steps one run, recording its trajectory. Use step() from a timer for animations, or runToEnd().
class DescentRun {
public:
    DescentRun(FunctionPtr function, const double* start, const DescentSettings& settings);

    /// Takes one step. Returns false (and does nothing) once the run has stopped.
    bool step();
    /// Steps until the run stops.
    void runToEnd();
    bool stopped() const { return m_trajectory.stopReason != StopReason::Running; }
    const Trajectory& trajectory() const { return m_trajectory; }
    const DescentSettings& settings() const { return m_settings; }

private:
    /// Evaluates f, ∇f (and H for Newton) at m_w into the given point; returns false if non-finite/diverged.
    bool evaluate(TrajectoryPoint& p);
    void stop(StopReason reason, int step, Text detail);

    FunctionPtr m_function;
    DescentSettings m_settings;
    Optimizer m_optimizer;
    ScheduleRun m_schedule;
    SeededRandom m_random;
    double m_w[kMaxDimension] = {0.0, 0.0};
    double m_g[kMaxDimension] = {0.0, 0.0};
    double m_h[kMaxDimension * kMaxDimension] = {0.0, 0.0, 0.0, 0.0};
    Trajectory m_trajectory;
};

/// Runs to the end and returns the trajectory.
Trajectory runDescent(const FunctionPtr& function, const double* start, const DescentSettings& settings);

/// The outcome of a run without its trajectory (for sweeps): no allocation per step.
struct RunSummary {
    double finalLoss = 0.0; ///< the loss at the step where the run stopped (NaN if that step was non-finite)
    int stopStep = 0;
    StopReason stopReason = StopReason::MaxSteps;
    RunShape shape; ///< what the run did, for judgeRun
};

RunSummary runQuiet(const CompiledFunction& function, const double* start, const DescentSettings& settings);

/// ‖g‖ as a quiet run measures it (the sum of squares from 0 in coordinate order, then its square root).
inline double gradientNorm(int n, const double* g) {
    double sq = 0.0;
    for (int i = 0; i < n; ++i)
        sq += g[i] * g[i];
    return std::sqrt(sq);
}

/// Whether lane p of a quiet run may stop where it is: true at every point settleQuietPoint stops at before
/// maxSteps (a non-finite loss, point or gradient, a loss or coordinate past kDivergenceBound,
/// ‖g‖ < tolerance), written without branches so that a loop over lanes vectorises. `n` the dimension, w and
/// g the coordinates' columns (w[i][p]).
template <int n>
inline bool mayStop(const double* const* w, const double* const* g, double loss, double gradNorm, int p,
                    double tolerance) {
    // Each comparison is false for NaN (and for ±∞ against a bound).
    bool fine = std::fabs(loss) <= kDivergenceBound;
    for (int i = 0; i < n; ++i)
        fine = fine & (std::fabs(w[i][p]) <= kDivergenceBound) & (std::fabs(g[i][p]) <= DBL_MAX);
    return !(fine & (gradNorm >= tolerance));
}

/// The end of one step of a quiet run (runQuiet, runLanes), written once: records the point reached at step
/// k by lane p of `recorder` (w, its loss, gradient g and gradNorm = gradientNorm(n, g); every finite point,
/// even one past the divergence bound, as DescentRun records it) and decides whether the run stops there:
/// diverged (non-finite, or past kDivergenceBound), converged (‖g‖ < tolerance) or out of steps. If it stops,
/// fills `summary` and returns true. The caller ends the recorder's step (endStep) after its lanes settle.
template <int Capacity, bool Tail>
inline bool settleQuietPoint(RunShapeLanes<Capacity, Tail>& recorder, int p, int n, int k, const double* w,
                             double loss, const double* g, double gradNorm, bool newtonFellBack,
                             const DescentSettings& settings, RunSummary& summary) {
    bool bad = !std::isfinite(loss) || std::fabs(loss) > kDivergenceBound;
    bool finite = std::isfinite(loss);
    for (int i = 0; i < n; ++i) {
        bad = bad || !std::isfinite(w[i]) || !std::isfinite(g[i]) || std::fabs(w[i]) > kDivergenceBound;
        finite = finite && std::isfinite(w[i]) && std::isfinite(g[i]);
    }
    if (finite) recorder.record(p, k, w, loss, gradNorm, newtonFellBack);
    StopReason reason;
    if (bad)
        reason = StopReason::Diverged;
    else if (gradNorm < settings.tolerance)
        reason = StopReason::Converged;
    else if (k >= settings.maxSteps)
        reason = StopReason::MaxSteps;
    else
        return false;
    summary.finalLoss = std::isfinite(loss) ? loss : std::nan("");
    summary.stopStep = k;
    summary.stopReason = reason;
    summary.shape = recorder.finish(p, finite, reason, k, loss);
    return true;
}

} // namespace gradlab
