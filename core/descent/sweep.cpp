#include "descent/sweep.h"

#include "descent/lane_runs.h"

#include <cmath>

namespace gradlab {

std::vector<double> logSpaced(double lrMin, double lrMax, int count) {
    std::vector<double> out;
    if (count <= 0) return out;
    if (count == 1) return {lrMin};
    out.reserve(static_cast<std::size_t>(count));
    const double ratio = lrMax / lrMin;
    for (int i = 0; i < count; ++i) {
        if (i == 0)
            out.push_back(lrMin);
        else if (i == count - 1)
            out.push_back(lrMax);
        else
            out.push_back(lrMin * std::pow(ratio, static_cast<double>(i) / (count - 1)));
    }
    return out;
}

std::vector<SweepRow> sweepLearningRates(const CompiledFunction& f, const double* start,
                                         const DescentSettings& settings, const std::vector<double>& rates,
                                         const SweepOptions& options) {
    std::vector<Lane> lanes(rates.size());
    for (std::size_t i = 0; i < rates.size(); ++i) {
        for (int k = 0; k < f.dimension(); ++k)
            lanes[i].start[k] = start[k];
        lanes[i].hyperparameters = settings.hyperparameters;
        lanes[i].hyperparameters.learningRate = rates[i];
    }
    LaneOptions laneOptions;
    laneOptions.threads = options.threads;
    laneOptions.cancel = options.cancel;
    laneOptions.progress = options.progress;
    const std::vector<RunSummary> summaries = runLanes(f, settings, lanes, laneOptions);
    std::vector<SweepRow> rows(rates.size());
    DescentSettings s = settings;
    for (std::size_t i = 0; i < rates.size(); ++i) {
        rows[i].learningRate = rates[i];
        rows[i].summary = summaries[i];
        if (summaries[i].stopStep < 0) continue; // cancelled before it ran
        s.hyperparameters.learningRate = rates[i];
        rows[i].judgement = judgeRun(f, rows[i].summary.shape, s);
    }
    return rows;
}

} // namespace gradlab
