#include "descent/tune.h"

#include <cmath>

namespace gradlab {

std::vector<double> tuneRates() {
    return logSpaced(kTuneMinRate, kTuneMaxRate, kTuneRateCount);
}

TunePick bestLearningRate(const std::vector<SweepRow>& rows) {
    TunePick best;
    for (const SweepRow& row : rows) {
        const RunSummary& s = row.summary;
        if (s.stopStep < 0 || s.stopReason == StopReason::Diverged || !std::isfinite(s.finalLoss)) continue;
        const bool better = !best.found || s.finalLoss < best.finalLoss ||
                            (s.finalLoss == best.finalLoss && row.learningRate < best.learningRate);
        if (!better) continue;
        best.found = true;
        best.learningRate = row.learningRate;
        best.finalLoss = s.finalLoss;
        best.stopReason = s.stopReason;
    }
    return best;
}

} // namespace gradlab
