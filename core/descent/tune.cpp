#include "descent/tune.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

std::vector<double> tuneRates() {
    return logSpaced(kTuneMinRate, kTuneMaxRate, kTuneRateCount);
}

const char* tuneBasisName(TuneBasis b) {
    switch (b) {
    case TuneBasis::ConvergedWithMargin:
        return "converged_with_margin";
    case TuneBasis::StableWithMargin:
        return "stable_with_margin";
    case TuneBasis::NoMargin:
        return "no_margin";
    case TuneBasis::None:
        break;
    }
    return "none";
}

namespace {
// A run that can be picked at all: it ran, did not diverge and ended at a finite loss.
bool usable(const SweepRow& row) {
    const RunSummary& s = row.summary;
    return s.stopStep >= 0 && s.stopReason != StopReason::Diverged && std::isfinite(s.finalLoss);
}

bool diverged(const SweepRow& row) {
    return row.summary.stopStep >= 0 &&
           (row.summary.stopReason == StopReason::Diverged || !std::isfinite(row.summary.finalLoss));
}

bool converged(const SweepRow& row) {
    return row.judgement.converged() || row.summary.stopReason == StopReason::Converged;
}
} // namespace

TunePick bestLearningRate(const std::vector<SweepRow>& rows) {
    // The grid in increasing rate, so that "the next larger rate" is the next row.
    std::vector<const SweepRow*> sorted;
    for (const SweepRow& row : rows)
        sorted.push_back(&row);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const SweepRow* a, const SweepRow* b) { return a->learningRate < b->learningRate; });
    const std::size_t n = sorted.size();
    // Margin: the next larger rate ran and did not diverge.
    auto hasMargin = [&sorted, n](std::size_t i) { return i + 1 < n && usable(*sorted[i + 1]); };
    auto pickAmong = [&](auto&& qualifies) {
        std::size_t best = n;
        for (std::size_t i = 0; i < n; ++i) {
            if (!usable(*sorted[i]) || !qualifies(i)) continue;
            // Strictly lower wins: of equal losses the smaller rate (met first) stays.
            if (best == n || sorted[i]->summary.finalLoss < sorted[best]->summary.finalLoss) best = i;
        }
        return best;
    };
    TunePick pick;
    std::size_t chosen = pickAmong([&](std::size_t i) { return converged(*sorted[i]) && hasMargin(i); });
    pick.basis = TuneBasis::ConvergedWithMargin;
    if (chosen == n) {
        const std::size_t edge = pickAmong([&](std::size_t i) { return converged(*sorted[i]); });
        if (edge < n) pick.convergedAtEdge = sorted[edge]->learningRate;
        chosen = pickAmong([&](std::size_t i) { return hasMargin(i); });
        pick.basis = TuneBasis::StableWithMargin;
    }
    if (chosen == n) {
        chosen = pickAmong([](std::size_t) { return true; });
        pick.basis = TuneBasis::NoMargin;
    }
    if (chosen == n) {
        pick.basis = TuneBasis::None;
        return pick;
    }
    const SweepRow& row = *sorted[chosen];
    pick.found = true;
    pick.learningRate = row.learningRate;
    pick.finalLoss = row.summary.finalLoss;
    pick.stopReason = row.summary.stopReason;
    pick.converged = converged(row);
    for (std::size_t i = chosen + 1; i < n; ++i)
        if (diverged(*sorted[i])) {
            pick.firstDivergedRate = sorted[i]->learningRate;
            pick.stepsBelowDivergence = static_cast<int>(i - chosen);
            break;
        }
    return pick;
}

} // namespace gradlab
