#pragma once
// What a fit says in words: how the data are cut into batches, and where a run is and why it stopped. The
// lesson and the command line print these sentences.

#include "fit/fit_run.h"

#include <cmath>
#include <string>

namespace gradlab {

/// "batch 4 of 20 points: 5 updates per epoch", with "(SGD)" for one row, "(full batch)" for all of
/// them, and the size of a smaller last batch ("…: 4 updates per epoch, the last of 2 points").
Text batchSentence(int n, int batchSize);

/// Where `run` is: "Update 37 of 100, epoch 37 of 100." while it runs, "Stopped at update 40 (epoch 2 of
/// 5): converged, the gradient norm fell below 1e-06." once it has stopped; "Not started: 100 updates in
/// 100 epochs." before the first update. `cap`: the most updates the caller takes (0: no limit); a run
/// that reaches it before stopping "stops at the limit of N updates". `least`: the least-squares loss of
/// the data, when known; a run that ends without converging then says how far above it it stopped ("Not
/// converged: L = 0.400502 is still 0.0109 above the least-squares loss 0.389604.").
Text fitRunSentence(const FitRun& run, int cap = 0, double least = std::nan(""));

} // namespace gradlab
