#include "fit/fit_wording.h"

namespace gradlab {

namespace {
std::string plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}
} // namespace

std::string batchSentence(int n, int batchSize) {
    const int bs = effectiveBatchSize(n, batchSize);
    const int perEpoch = stepsPerEpoch(n, batchSize);
    std::string s = "batch " + std::to_string(bs) + " of " + plural(n, "point", "points");
    if (bs == n)
        s += " (full batch)";
    else if (bs == 1)
        s += " (SGD)";
    s += ": " + plural(perEpoch, "update", "updates") + " per epoch";
    const int last = n - (perEpoch - 1) * bs;
    if (bs > 0 && last != bs) s += ", the last of " + plural(last, "point", "points");
    return s;
}

std::string fitRunSentence(const FitRun& run, int cap) {
    const Trajectory& t = run.trajectory();
    const int taken = t.points.empty() ? 0 : t.points.back().step;
    const int total = run.maxSteps();
    const int epochs = run.settings().epochs;
    const std::string ofEpochs = " of " + std::to_string(epochs);
    if (run.stopped()) {
        const int at = t.stopStep;
        std::string s = "Stopped at update " + std::to_string(at);
        if (at > 0) s += " (epoch " + std::to_string(run.epochOf(at)) + ofEpochs + ")";
        switch (t.stopReason) {
        case StopReason::Converged:
            return s + ": converged, " + t.stopDetail + ".";
        case StopReason::Diverged:
            return s + ": diverged, " + t.stopDetail + ".";
        case StopReason::MaxSteps:
        case StopReason::Running:
            break;
        }
        // "took all 100 updates (100 epochs)", or "no steps were allowed".
        return s + (t.stopDetail.rfind("took", 0) == 0 ? ": it " : ": ") + t.stopDetail + ".";
    }
    if (cap > 0 && taken >= cap)
        return "Stopped at update " + std::to_string(taken) + " (epoch " +
               std::to_string(run.epochOf(taken)) + ofEpochs + "): the limit of " + std::to_string(cap) +
               " updates; the run was set to take " + std::to_string(total) + ".";
    if (taken == 0)
        return "Not started: " + plural(total, "update", "updates") + " in " +
               plural(epochs, "epoch", "epochs") + ".";
    return "Update " + std::to_string(taken) + " of " + std::to_string(total) + ", epoch " +
           std::to_string(run.epochOf(taken)) + ofEpochs + ".";
}

} // namespace gradlab
