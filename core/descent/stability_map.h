#pragma once
// The stability map: the same run over a grid of learning rates (log-spaced) and a second hyperparameter
// (momentum, β₁, β₂ or α, linearly spaced), each cell judged as a single run is. A generalisation of the
// α–β phase diagram of momentum on a quadratic to any function and start. Computed with runLanes,
// progressively: a coarse pass whose cells are a subset of the full grid, then the rest.

#include "descent/lane_runs.h"
#include "descent/run_judgement.h"
#include "geometry/contours.h"

#include <string>
#include <vector>

namespace gradlab {

/// What to map: the run (function aside) and the two axes.
struct StabilityMapSpec {
    double start[kMaxDimension] = {0.0, 0.0};
    /// The optimizer, steps, tolerance, schedule, noise and seed; the hyperparameters not mapped.
    DescentSettings settings;
    double lrMin = 1e-3;
    double lrMax = 1.0;
    int lrCount = 50;
    Hyperparameter parameter = Hyperparameter::Momentum;
    double paramMin = 0.0;
    double paramMax = 0.99;
    int paramCount = 50;
    /// Whether to judge each cell's regime as well (judgeRun: each run's whole shape, the minimum it
    /// approaches, the wording). The map draws only outcomes, which cost less (judgeConverged): the lesson
    /// leaves this off, `gradlab map --json` and its table turn it on.
    bool regimes = false;
};

/// How a cell's run ended, in the three classes the map draws boundaries between.
enum class MapOutcome {
    Converged,    ///< judged converged (judgeRun's criterion)
    NotConverged, ///< neither converged nor diverged: too slow, bouncing, wandering …
    Diverged,     ///< stopped as diverged (a value non-finite or past kDivergenceBound)
};

/// One run of the map.
struct StabilityCell {
    bool computed = false; ///< false until its pass ran (and for cells a cancel left out)
    double learningRate = 0.0;
    double parameter = 0.0;
    double finalLoss = 0.0; ///< the loss where the run stopped (NaN if not finite)
    int stopStep = -1;
    /// The stop step if the run stopped as converged (‖∇f‖ below the tolerance), else −1: a run judged
    /// converged by its loss gap that used every step has none (it did not stop).
    int stepsToConverge = -1;
    StopReason stopReason = StopReason::Running;
    Regime regime = Regime::NotStarted; ///< judged only if spec.regimes
    MapOutcome outcome = MapOutcome::NotConverged;
};

/// The map: its axes and cells, the learning rate outer and the parameter inner.
struct StabilityMap {
    StabilityMapSpec spec;
    std::vector<double> rates;  ///< logSpaced(lrMin, lrMax, lrCount)
    std::vector<double> params; ///< linearSpaced(paramMin, paramMax, paramCount)
    std::vector<StabilityCell> cells;
    const StabilityCell& cell(int rate, int param) const {
        return cells[static_cast<std::size_t>(rate) * params.size() + static_cast<std::size_t>(param)];
    }
    StabilityCell& cell(int rate, int param) {
        return cells[static_cast<std::size_t>(rate) * params.size() + static_cast<std::size_t>(param)];
    }
    /// Cells computed so far.
    int computedCount() const;
    bool complete() const { return computedCount() == static_cast<int>(cells.size()); }
};

/// count values from lo to hi, evenly spaced, both included (count 1: lo).
std::vector<double> linearSpaced(double lo, double hi, int count);

/// Why `spec` cannot be mapped for a function of `dimension` variables, as a sentence without a capital
/// ("adam does not use momentum: choose beta1 or beta2", "the learning rates must be positive, got
/// -1"); "" if it can. The parameter's ends are checked with hyperparameterProblem.
std::string stabilityMapProblem(const StabilityMapSpec& spec, int dimension);

/// The hyperparameters besides the learning rate that `kind` reads and a map can have on its second axis
/// (momentum; alpha; beta1, beta2), in that order. Empty for gd, adagrad and newton.
std::vector<Hyperparameter> mapParameters(OptimizerKind kind);

/// The map's axes with every cell not computed. `spec` must have no stabilityMapProblem.
StabilityMap emptyStabilityMap(const StabilityMapSpec& spec);

/// The indices the coarse pass runs along an axis of `count` cells: every `stride`-th, and the last.
std::vector<int> coarseIndices(int count, int stride);

/// Runs the cells not computed yet at rate indices × parameter indices (all of them when a list is
/// empty), with runLanes and `options` (threads, cancel, progress), and judges them on as many threads.
/// A cancel stops the pass: the cells it did not finish (run and judged) stay not computed.
void computeStabilityCells(const CompiledFunction& f, StabilityMap& map, const std::vector<int>& rateIndices,
                           const std::vector<int>& paramIndices, const LaneOptions& options = {});
/// The coarse pass: coarseIndices(·, stride) along both axes.
void computeCoarsePass(const CompiledFunction& f, StabilityMap& map, int stride,
                       const LaneOptions& options = {});

/// The whole map at once.
StabilityMap computeStabilityMap(const CompiledFunction& f, const StabilityMapSpec& spec,
                                 const LaneOptions& options = {});

/// Where cells of outcome `o` meet the others, as line segments between cell centres (marching squares on
/// whether each cell has that outcome): x in log10 of the learning rate, y in the parameter. Cells not
/// computed are left out.
ContourLevel outcomeBoundary(const StabilityMap& map, MapOutcome o);

/// "converged", "not_converged", "diverged".
const char* mapOutcomeName(MapOutcome o);

} // namespace gradlab
