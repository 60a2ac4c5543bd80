#pragma once
// Many independent runs of one function, each with its own start and hyperparameters, stepped together:
// the sweep over learning rates and the stability map are both made of them.

#include "descent/descent.h"

#include <atomic>
#include <functional>
#include <vector>

namespace gradlab {

/// What one lane changes from the shared settings: where it starts and its hyperparameters.
struct Lane {
    double start[kMaxDimension] = {0.0, 0.0};
    Hyperparameters hyperparameters;
};

struct LaneOptions {
    int threads = 0;                     ///< 0: one per hardware thread
    std::atomic<bool>* cancel = nullptr; ///< set to stop early; lanes not run keep stopStep −1
    std::function<void(int done)>
        progress; ///< lanes finished so far; called from worker threads, now and then
    /// Whether each summary's shape keeps its tail (what judgeRun reads to tell the regime). Without it only
    /// the shape's ends and counts are recorded (tailPairs … lateHigh stay as RunShape leaves them): enough
    /// for judgeConverged, and faster.
    bool tails = true;
};

/// Runs `settings` (its optimizer, schedule, step limit, tolerance, noise and seed) once per lane, from the
/// lane's start with the lane's hyperparameters. Lane i's summary equals, bit for bit,
/// runQuiet(f, lanes[i].start, settings with lanes[i].hyperparameters) (without options.tails: all but the
/// shape's tail fields). No allocation per step.
std::vector<RunSummary> runLanes(const CompiledFunction& f, const DescentSettings& settings,
                                 const std::vector<Lane>& lanes, const LaneOptions& options = {});

} // namespace gradlab
