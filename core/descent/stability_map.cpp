#include "descent/stability_map.h"

#include "descent/sweep.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace gradlab {

int StabilityMap::computedCount() const {
    return static_cast<int>(
        std::count_if(cells.begin(), cells.end(), [](const StabilityCell& c) { return c.computed; }));
}

std::vector<double> linearSpaced(double lo, double hi, int count) {
    std::vector<double> out;
    if (count <= 0) return out;
    if (count == 1) return {lo};
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        out.push_back(i == count - 1 ? hi : lo + (hi - lo) * static_cast<double>(i) / (count - 1));
    return out;
}

std::vector<Hyperparameter> mapParameters(OptimizerKind kind) {
    std::vector<Hyperparameter> out;
    for (Hyperparameter h :
         {Hyperparameter::Momentum, Hyperparameter::Alpha, Hyperparameter::Beta1, Hyperparameter::Beta2})
        if (usesHyperparameter(kind, h)) out.push_back(h);
    return out;
}

namespace {
std::string number(double v) {
    return shortNumber(v, 6);
}
} // namespace

std::string stabilityMapProblem(const StabilityMapSpec& spec, int dimension) {
    if (dimension < 1 || dimension > kMaxDimension) return "the map needs a function of one or two variables";
    const OptimizerKind kind = spec.settings.optimizer;
    const Hyperparameter p = spec.parameter;
    const char* option = hyperparameterRange(p).option;
    if (p == Hyperparameter::LearningRate || p == Hyperparameter::Eps)
        return std::string("the second axis must be momentum, beta1, beta2 or alpha, not ") + option;
    if (!usesHyperparameter(kind, p)) {
        const std::vector<Hyperparameter> choices = mapParameters(kind);
        std::string why = std::string(optimizerName(kind)) + " does not use " + option;
        if (choices.empty()) return why + ", nor any hyperparameter a map can vary besides the learning rate";
        why += ": choose ";
        for (std::size_t i = 0; i < choices.size(); ++i)
            why += std::string(i == 0 ? "" : (i + 1 == choices.size() ? " or " : ", ")) +
                   hyperparameterRange(choices[i]).option;
        return why;
    }
    if (spec.lrCount < 1)
        return "the number of learning rates must be at least 1, got " + std::to_string(spec.lrCount);
    if (spec.paramCount < 1)
        return std::string("the number of ") + option + " values must be at least 1, got " +
               std::to_string(spec.paramCount);
    if (const std::string why = hyperparameterProblem(Hyperparameter::LearningRate, spec.lrMin); !why.empty())
        return "the smallest learning rate (lr-min) " + why;
    if (const std::string why = hyperparameterProblem(Hyperparameter::LearningRate, spec.lrMax); !why.empty())
        return "the largest learning rate (lr-max) " + why;
    if (spec.lrMax < spec.lrMin)
        return "the largest learning rate " + number(spec.lrMax) + " is below the smallest " +
               number(spec.lrMin);
    if (const std::string why = hyperparameterProblem(p, spec.paramMin); !why.empty())
        return std::string("the smallest ") + option + " (param-min) " + why;
    if (const std::string why = hyperparameterProblem(p, spec.paramMax); !why.empty())
        return std::string("the largest ") + option + " (param-max) " + why;
    if (spec.paramMax < spec.paramMin)
        return std::string("the largest ") + option + " " + number(spec.paramMax) +
               " is below the smallest " + number(spec.paramMin);
    if (spec.settings.maxSteps < 0) return "the number of steps must be 0 or more";
    if (const Text why = noiseProblem(spec.settings.noise); !why.empty()) return why.english();
    for (int k = 0; k < dimension; ++k)
        if (!std::isfinite(spec.start[k])) return "the start must be finite";
    return {};
}

StabilityMap emptyStabilityMap(const StabilityMapSpec& spec) {
    StabilityMap map;
    map.spec = spec;
    map.rates = logSpaced(spec.lrMin, spec.lrMax, spec.lrCount);
    map.params = linearSpaced(spec.paramMin, spec.paramMax, spec.paramCount);
    map.cells.resize(map.rates.size() * map.params.size());
    for (std::size_t i = 0; i < map.rates.size(); ++i)
        for (std::size_t j = 0; j < map.params.size(); ++j) {
            StabilityCell& c = map.cells[i * map.params.size() + j];
            c.learningRate = map.rates[i];
            c.parameter = map.params[j];
        }
    return map;
}

std::vector<int> coarseIndices(int count, int stride) {
    std::vector<int> out;
    stride = std::max(1, stride);
    for (int i = 0; i < count; i += stride)
        out.push_back(i);
    if (count > 0 && out.back() != count - 1) out.push_back(count - 1);
    return out;
}

void computeStabilityCells(const CompiledFunction& f, StabilityMap& map, const std::vector<int>& rateIndices,
                           const std::vector<int>& paramIndices, const LaneOptions& options) {
    const std::vector<int> allRates = coarseIndices(static_cast<int>(map.rates.size()), 1);
    const std::vector<int> allParams = coarseIndices(static_cast<int>(map.params.size()), 1);
    const std::vector<int>& ri = rateIndices.empty() ? allRates : rateIndices;
    const std::vector<int>& pi = paramIndices.empty() ? allParams : paramIndices;
    const DescentSettings& settings = map.spec.settings;
    std::vector<Lane> lanes;
    std::vector<std::size_t> where;
    lanes.reserve(ri.size() * pi.size());
    where.reserve(ri.size() * pi.size());
    // Parameter outer here (the map's rows are learning-rate outer): lanes that share the parameter sit
    // together, so a block's updates share its per-step constants (Adam's bias corrections).
    for (int j : pi)
        for (int i : ri) {
            const std::size_t at =
                static_cast<std::size_t>(i) * map.params.size() + static_cast<std::size_t>(j);
            if (map.cells[at].computed) continue;
            Lane lane;
            for (int k = 0; k < f.dimension(); ++k)
                lane.start[k] = map.spec.start[k];
            lane.hyperparameters = settings.hyperparameters;
            lane.hyperparameters.learningRate = map.rates[static_cast<std::size_t>(i)];
            hyperparameterValue(lane.hyperparameters, map.spec.parameter) =
                map.params[static_cast<std::size_t>(j)];
            lanes.push_back(lane);
            where.push_back(at);
        }
    if (lanes.empty()) return;
    const bool regimes = map.spec.regimes;
    LaneOptions laneOptions = options;
    laneOptions.tails = regimes; // the outcome reads only the ends of each run
    const std::vector<RunSummary> summaries = runLanes(f, settings, lanes, laneOptions);
    // Judging a run (finding the minimum it approaches) can cost as much as a short run: it is spread over
    // the same threads, in interleaved order so that slow regions are shared.
    auto judge = [&](std::size_t first, std::size_t stride) {
        DescentSettings s = settings;
        MinimumMemo memo; // cells that approach the same minimum mostly end their searches on it
        for (std::size_t k = first; k < lanes.size(); k += stride) {
            if (options.cancel && options.cancel->load()) return;
            const RunSummary& r = summaries[k];
            if (r.stopStep < 0) continue; // cancelled before it ran
            StabilityCell& c = map.cells[where[k]];
            s.hyperparameters = lanes[k].hyperparameters;
            bool converged = false;
            if (regimes) {
                const RunJudgement j = judgeRun(f, r.shape, s);
                c.regime = j.regime;
                converged = j.converged();
            } else if (r.stopReason != StopReason::Diverged) {
                converged = judgeConverged(f, r.shape, s, &memo);
            }
            c.finalLoss = r.finalLoss;
            c.stopStep = r.stopStep;
            c.stopReason = r.stopReason;
            c.outcome = r.stopReason == StopReason::Diverged ? MapOutcome::Diverged
                        : converged                          ? MapOutcome::Converged
                                                             : MapOutcome::NotConverged;
            c.stepsToConverge = r.stopReason == StopReason::Converged ? r.stopStep : -1;
            c.computed = true;
        }
    };
    unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                           : std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, static_cast<unsigned>((lanes.size() + 63) / 64));
    threads = std::max(1u, threads);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(judge, t, threads);
    judge(0, threads);
    for (std::thread& t : pool)
        t.join();
}

void computeCoarsePass(const CompiledFunction& f, StabilityMap& map, int stride, const LaneOptions& options) {
    computeStabilityCells(f, map, coarseIndices(static_cast<int>(map.rates.size()), stride),
                          coarseIndices(static_cast<int>(map.params.size()), stride), options);
}

StabilityMap computeStabilityMap(const CompiledFunction& f, const StabilityMapSpec& spec,
                                 const LaneOptions& options) {
    StabilityMap map = emptyStabilityMap(spec);
    computeStabilityCells(f, map, {}, {}, options);
    return map;
}

ContourLevel outcomeBoundary(const StabilityMap& map, MapOutcome o) {
    Grid grid;
    grid.nx = static_cast<int>(map.rates.size());
    grid.ny = static_cast<int>(map.params.size());
    if (grid.nx < 2 || grid.ny < 2) return {0.5, {}, {}};
    grid.xmin = std::log10(map.rates.front());
    grid.xmax = std::log10(map.rates.back());
    grid.ymin = map.params.front();
    grid.ymax = map.params.back();
    grid.values.resize(static_cast<std::size_t>(grid.nx) * grid.ny);
    for (int i = 0; i < grid.nx; ++i)
        for (int j = 0; j < grid.ny; ++j) {
            const StabilityCell& c = map.cell(i, j);
            grid.values[static_cast<std::size_t>(j) * grid.nx + i] =
                !c.computed ? NAN : (c.outcome == o ? 1.0 : 0.0);
        }
    std::vector<ContourLevel> levels = traceContours(grid, {0.5});
    return levels.empty() ? ContourLevel{0.5, {}, {}} : levels.front();
}

const char* mapOutcomeName(MapOutcome o) {
    switch (o) {
    case MapOutcome::Converged:
        return "converged";
    case MapOutcome::NotConverged:
        return "not_converged";
    case MapOutcome::Diverged:
        return "diverged";
    }
    return "";
}

} // namespace gradlab
