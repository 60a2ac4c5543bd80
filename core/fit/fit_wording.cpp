#include "fit/fit_wording.h"

#include "descent/run_judgement.h"

namespace gradlab {

namespace {

Text points(int n) {
    return Text::counted(GRADLAB_TEXT_N("FitWording", "%n points", "%n point"), n);
}

Text updates(int n) {
    return Text::counted(GRADLAB_TEXT_N("FitWording", "%n updates", "%n update"), n);
}

Text count(int n) {
    return Text::number(std::to_string(n));
}

} // namespace

Text batchSentence(int n, int batchSize) {
    const int bs = effectiveBatchSize(n, batchSize);
    const int perEpoch = stepsPerEpoch(n, batchSize);
    const int last = n - (perEpoch - 1) * bs;
    const int kind = bs == n ? 1 : bs == 1 ? 2 : 0; // full batch, SGD, neither
    std::vector<Text> args = {count(bs), points(n), updates(perEpoch)};
    if (bs > 0 && last != bs) {
        static const TextPattern kWithLast[3] = {
            GRADLAB_TEXT("FitWording", "batch %1 of %2: %3 per epoch, the last of %4"),
            GRADLAB_TEXT("FitWording", "batch %1 of %2 (full batch): %3 per epoch, the last of %4"),
            GRADLAB_TEXT("FitWording", "batch %1 of %2 (SGD): %3 per epoch, the last of %4"),
        };
        args.push_back(points(last));
        return Text(kWithLast[kind], std::move(args));
    }
    static const TextPattern kPatterns[3] = {
        GRADLAB_TEXT("FitWording", "batch %1 of %2: %3 per epoch"),
        GRADLAB_TEXT("FitWording", "batch %1 of %2 (full batch): %3 per epoch"),
        GRADLAB_TEXT("FitWording", "batch %1 of %2 (SGD): %3 per epoch"),
    };
    return Text(kPatterns[kind], std::move(args));
}

namespace {
// "Not converged: L = … is still … above the least-squares loss …." for a run that ended without converging.
Text withGap(Text sentence, const FitRun& run, double least) {
    const double loss = run.trajectory().stopLoss;
    if (!std::isfinite(least) || !std::isfinite(loss)) return sentence;
    const Text gap =
        loss > least
            ? Text(GRADLAB_TEXT("FitWording",
                                "Not converged: L = %1 is still %2 above the least-squares loss %3."),
                   {Text::number(shortNumber(loss, 6)), Text::number(shortNumber(loss - least, 3)),
                    Text::number(shortNumber(least, 6))})
            : Text(GRADLAB_TEXT(
                       "FitWording",
                       "Not converged by the gradient's measure, although L = %1 is the least-squares "
                       "loss to the digits shown."),
                   {Text::number(shortNumber(loss, 6))});
    return Text::joined({std::move(sentence), gap});
}
} // namespace

Text fitRunSentence(const FitRun& run, int cap, double least) {
    const Trajectory& t = run.trajectory();
    const int taken = t.points.empty() ? 0 : t.points.back().step;
    const int total = run.maxSteps();
    const int epochs = run.settings().epochs;
    if (run.stopped()) {
        const int at = t.stopStep;
        if (at == 0) {
            const TextPattern pattern =
                t.stopReason == StopReason::Converged
                    ? GRADLAB_TEXT("FitWording", "Stopped at update %1: converged, %2.")
                : t.stopReason == StopReason::Diverged
                    ? GRADLAB_TEXT("FitWording", "Stopped at update %1: diverged, %2.")
                    : GRADLAB_TEXT("FitWording", "Stopped at update %1: %2.");
            return Text(pattern, {count(at), t.stopDetail});
        }
        // A run that took every update says "it took all 100 updates (100 epochs)".
        const TextPattern pattern =
            t.stopReason == StopReason::Converged
                ? GRADLAB_TEXT("FitWording", "Stopped at update %1 (epoch %2 of %3): converged, %4.")
            : t.stopReason == StopReason::Diverged
                ? GRADLAB_TEXT("FitWording", "Stopped at update %1 (epoch %2 of %3): diverged, %4.")
                : GRADLAB_TEXT("FitWording", "Stopped at update %1 (epoch %2 of %3): it %4.");
        const Text said(pattern, {count(at), count(run.epochOf(at)), count(epochs), t.stopDetail});
        return t.stopReason == StopReason::MaxSteps ? withGap(said, run, least) : said;
    }
    if (cap > 0 && taken >= cap)
        return withGap(
            Text::counted(
                GRADLAB_TEXT_N("FitWording",
                               "Stopped at update %1 (epoch %2 of %3): the limit of %n updates; the "
                               "run was set to take %4.",
                               "Stopped at update %1 (epoch %2 of %3): the limit of %n update; the "
                               "run was set to take %4."),
                cap, {count(taken), count(run.epochOf(taken)), count(epochs), count(total)}),
            run, least);
    if (taken == 0)
        return Text(
            GRADLAB_TEXT("FitWording", "Not started: %1 in %2."),
            {updates(total), Text::counted(GRADLAB_TEXT_N("FitWording", "%n epochs", "%n epoch"), epochs)});
    return Text(GRADLAB_TEXT("FitWording", "Update %1 of %2, epoch %3 of %4."),
                {count(taken), count(total), count(run.epochOf(taken)), count(epochs)});
}

} // namespace gradlab
