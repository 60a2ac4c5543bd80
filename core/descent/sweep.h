#pragma once
// The same run over many learning rates, spread over the machine's cores.

#include "descent/descent.h"
#include "descent/run_judgement.h"

#include <atomic>
#include <functional>
#include <vector>

namespace gradlab {

struct SweepRow {
    double learningRate = 0.0;
    RunSummary summary;
    RunJudgement judgement; ///< the regime, the minimum this run approaches, converged or not
};

/// count learning rates log-spaced from lrMin to lrMax, both included: lrMin·(lrMax/lrMin)^(i/(count−1)).
std::vector<double> logSpaced(double lrMin, double lrMax, int count);

struct SweepOptions {
    int threads = 0;                        ///< 0: one per hardware thread
    std::atomic<bool>* cancel = nullptr;    ///< set to stop early; rows not run keep stopStep -1
    std::function<void(int done)> progress; ///< called from worker threads, now and then
};

/// Runs `settings` from `start` for each learning rate and judges each run. No allocation per step.
std::vector<SweepRow> sweepLearningRates(const CompiledFunction& f, const double* start,
                                         const DescentSettings& settings, const std::vector<double>& rates,
                                         const SweepOptions& options = {});

} // namespace gradlab
