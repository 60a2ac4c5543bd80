#include "descent/run_judgement.h"

#include "descent/analysis.h"
#include "function/hessian_axes.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace gradlab {

namespace {
/// The tail's gradient norm must change by more than this per step to count as shrinking or growing.
constexpr double kSteady = 1e-3;
/// A noisy run's gradient counts as comparable to its noise when the largest gradient norm of its last steps
/// is at most this many times the noise's expected size σ·√n.
constexpr double kNoiseComparable = 3.0;
/// Up to this many times σ·√n, the gradient still counts as within reach of the noise when the loss gap
/// stopped halving while the steps turn back and do not cycle (the noise floor of a run that overshoots).
constexpr double kNoiseReach = 30.0;
} // namespace

const char* regimeName(Regime r) {
    switch (r) {
    case Regime::Monotone:
        return "monotone";
    case Regime::Oscillating:
        return "oscillating";
    case Regime::Bouncing:
        return "bouncing";
    case Regime::Diverging:
        return "diverging";
    case Regime::TooSlow:
        return "too_slow";
    case Regime::NoMinimum:
        return "no_minimum";
    case Regime::Unbounded:
        return "unbounded";
    case Regime::NotStarted:
        return "not_started";
    case Regime::AtRest:
        return "at_rest";
    case Regime::Stalled:
        return "stalled";
    case Regime::LeftDomain:
        return "left_domain";
    case Regime::Irregular:
        return "irregular";
    case Regime::Wandering:
        return "wandering";
    case Regime::TooShort:
        return "too_short";
    case Regime::Frozen:
        return "frozen";
    }
    return "not_started";
}

Text regimeTitle(Regime r) {
    switch (r) {
    case Regime::Monotone:
        // Not "converges": a steady run can end at its step limit short of the tolerance, and the sweep's
        // bands and the run's own sentence ("not converged") must not disagree.
        return Text(GRADLAB_TEXT("RunJudgement", "steady, error shrinking"));
    case Regime::Oscillating:
        return Text(GRADLAB_TEXT("RunJudgement", "oscillates, error shrinking"));
    case Regime::Bouncing:
        return Text(GRADLAB_TEXT("RunJudgement", "bounces"));
    case Regime::Diverging:
        return Text(GRADLAB_TEXT("RunJudgement", "diverges"));
    case Regime::TooSlow:
        return Text(GRADLAB_TEXT("RunJudgement", "too slow"));
    case Regime::NoMinimum:
        return Text(GRADLAB_TEXT("RunJudgement", "no minimum ahead"));
    case Regime::Unbounded:
        return Text(GRADLAB_TEXT("RunJudgement", "unbounded below"));
    case Regime::NotStarted:
        return Text(GRADLAB_TEXT("RunJudgement", "cannot start"));
    case Regime::AtRest:
        return Text(GRADLAB_TEXT("RunJudgement", "already at a minimum"));
    case Regime::Stalled:
        return Text(GRADLAB_TEXT("RunJudgement", "stalls on a flat point"));
    case Regime::LeftDomain:
        return Text(GRADLAB_TEXT("RunJudgement", "leaves the domain"));
    case Regime::Irregular:
        return Text(GRADLAB_TEXT("RunJudgement", "irregular"));
    case Regime::Wandering:
        return Text(GRADLAB_TEXT("RunJudgement", "wanders (noise)"));
    case Regime::TooShort:
        return Text(GRADLAB_TEXT("RunJudgement", "too few steps to tell"));
    case Regime::Frozen:
        return Text(GRADLAB_TEXT("RunJudgement", "frozen by the schedule"));
    }
    return {};
}

Text regimeDescription(Regime r, bool converged) {
    // A run that stopped at its step limit without meeting the tolerance is not "converging", whatever its
    // shape: the sentence below it says "Not converged".
    if (!converged && r == Regime::Monotone)
        return Text(GRADLAB_TEXT(
            "RunJudgement", "steady but unfinished: no step turns back and the loss never rises, but the "
                            "steps ran out before the tolerance was met"));
    if (!converged && r == Regime::Oscillating)
        return Text(GRADLAB_TEXT(
            "RunJudgement", "oscillating, unfinished: steps overshoot and turn back and the error shrinks, "
                            "but the steps ran out before the tolerance was met"));
    switch (r) {
    case Regime::Monotone:
        // Not "falls at every step": a schedule can set a step's rate to 0, and that step leaves the loss as
        // it was.
        return Text(
            GRADLAB_TEXT("RunJudgement", "converging steadily: no step turns back and the loss never rises"));
    case Regime::Oscillating:
        return Text(GRADLAB_TEXT("RunJudgement",
                                 "oscillating: steps overshoot and turn back, but the error shrinks"));
    case Regime::Bouncing:
        return Text(GRADLAB_TEXT("RunJudgement",
                                 "bouncing: the steps flip between two sides and, over the last steps, "
                                 "the error barely changes"));
    case Regime::Diverging:
        return Text(GRADLAB_TEXT("RunJudgement", "diverging: the steps overshoot and the loss grows"));
    case Regime::TooSlow:
        return Text(
            GRADLAB_TEXT("RunJudgement",
                         "too slow: the last steps all go the same way, downhill, but are too short to get "
                         "close in time (the gap to the minimum is still above a thousandth of its start "
                         "value)"));
    case Regime::NoMinimum:
        return Text(
            GRADLAB_TEXT("RunJudgement",
                         "no minimum ahead: the run is still going downhill and no minimum was found ahead "
                         "of it"));
    case Regime::Unbounded:
        return Text(GRADLAB_TEXT(
            "RunJudgement", "unbounded: the loss keeps falling, so there is no minimum to reach this way"));
    case Regime::NotStarted:
        return Text(
            GRADLAB_TEXT("RunJudgement", "no run: the loss or its gradient is undefined at the start"));
    case Regime::AtRest:
        return Text(GRADLAB_TEXT(
            "RunJudgement", "already there: the start is within the tolerance of a minimum, so no step was "
                            "needed"));
    case Regime::Stalled:
        return Text(
            GRADLAB_TEXT("RunJudgement",
                         "stalled: the gradient fell below the tolerance at a point that is not a minimum"));
    case Regime::LeftDomain:
        return Text(GRADLAB_TEXT("RunJudgement", "left the domain: a step went where the loss is undefined"));
    case Regime::Irregular:
        return Text(GRADLAB_TEXT("RunJudgement",
                                 "irregular: the last steps jump about without settling into a pattern"));
    case Regime::Wandering:
        return Text(
            GRADLAB_TEXT("RunJudgement",
                         "wandering: the noise added to each gradient is comparable to the pull toward the "
                         "minimum, so the run jitters instead of settling and its error no longer shrinks "
                         "steadily"));
    case Regime::TooShort:
        return Text(GRADLAB_TEXT(
            "RunJudgement", "too few steps to tell: the run is too short to show how it moves; give it more "
                            "steps"));
    case Regime::Frozen:
        return Text(
            GRADLAB_TEXT("RunJudgement",
                         "frozen by the schedule: the schedule shrank the learning rate below a millionth of "
                         "its start before the last quarter of the run, so the late steps barely move; more "
                         "steps cannot help: let the rate decay more slowly or stop it at a floor"));
    }
    return {};
}
const char* criterionName(Criterion c) {
    switch (c) {
    case Criterion::None:
        return "none";
    case Criterion::GradientBelow:
        return "gradient_below_tolerance";
    case Criterion::LossGap:
        return "loss_gap";
    case Criterion::GradientRatio:
        return "gradient_ratio";
    }
    return "none";
}

std::string shortNumber(double v, int digits) {
    if (std::isnan(v)) return "undefined";
    if (std::isinf(v)) return v > 0 ? "+infinity" : "-infinity";
    if (v == 0.0) return "0";
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    std::string s = buf;
    // "5.1e-09" -> "5.1e-9", "1e+12" -> "1e12"
    const std::size_t e = s.find('e');
    if (e != std::string::npos) {
        std::string mantissa = s.substr(0, e), exponent = s.substr(e + 1);
        const bool negative = !exponent.empty() && exponent[0] == '-';
        if (!exponent.empty() && (exponent[0] == '-' || exponent[0] == '+')) exponent.erase(0, 1);
        while (exponent.size() > 1 && exponent[0] == '0')
            exponent.erase(0, 1);
        s = mantissa + "e" + (negative ? "-" : "") + exponent;
    }
    return s;
}

namespace {

/// A number as the sentences print it (shortNumber), for the language's decimal point; "undefined" and the
/// infinities are words.
Text numberText(double v, int digits = 3) {
    if (std::isnan(v)) return Text(GRADLAB_TEXT("RunJudgement", "undefined"));
    if (std::isinf(v))
        return v > 0 ? Text(GRADLAB_TEXT("RunJudgement", "+infinity"))
                     : Text(GRADLAB_TEXT("RunJudgement", "-infinity"));
    return Text::number(shortNumber(v, digits));
}

Text countText(int k) {
    return Text::number(std::to_string(k));
}

/// A coordinate of a located minimum: Newton's method leaves round-off (1e-64, -2e-16) where the exact
/// answer is 0; coordinates below the round-off of the problem's scale print as 0.
Text coordinateText(double v, double scale) {
    return std::fabs(v) < 1e-12 * scale ? Text::number("0") : numberText(v);
}

Text pointText(const CompiledFunction& f, const double* p, const RunShape& s) {
    double scale = 1.0;
    for (int i = 0; i < f.dimension(); ++i)
        scale = std::max({scale, std::fabs(s.start[i]), std::fabs(p[i])});
    if (f.dimension() == 1)
        return Text::formula("%1 = %2", {Text::verbatim(f.variables()[0]), coordinateText(p[0], scale)});
    return Text::formula("(%1, %2) = (%3, %4)",
                         {Text::verbatim(f.variables()[0]), Text::verbatim(f.variables()[1]),
                          coordinateText(p[0], scale), coordinateText(p[1], scale)});
}

/// How the loss moved at the last step.
enum class Trend { Unknown, Falling, Rising, Unchanged };

Trend trendOf(const RunShape& s) {
    if (!std::isfinite(s.previousLoss)) return Trend::Unknown;
    if (s.lastLoss < s.previousLoss) return Trend::Falling;
    if (s.lastLoss > s.previousLoss) return Trend::Rising;
    return Trend::Unchanged;
}

Text minimumText(const CompiledFunction& f, const RunJudgement& j, const RunShape& s) {
    // A minimum value below round-off is zero to the eye: say so. Round-off is that of the loss at the
    // start, not at the end (a diverged run's last loss of 1e12 would make f* = −1.07 "≈ 0").
    const double scale = std::max(1.0, std::fabs(s.firstLoss));
    const Text value = std::fabs(j.minimumLoss) < 1e-15 * scale && j.minimumLoss != 0.0
                           ? Text::verbatim("≈ 0")
                           : numberText(j.minimumLoss);
    return Text(GRADLAB_TEXT("RunJudgement", "the minimum (%1 at %2)"), {value, pointText(f, j.minimum, s)});
}

/// The rate of update k as the run's schedule set it.
double rateOf(const DescentSettings& settings, int k) {
    return scheduledRate(settings.schedule, settings.hyperparameters.learningRate, std::max(1, k));
}

bool scheduled(const DescentSettings& settings) {
    return settings.schedule.kind != ScheduleKind::Constant;
}

/// "f″(x*)" or "λmax": the curvature that decides.
Text lambdaText(const CompiledFunction& f) {
    return Text::verbatim(f.dimension() == 1 ? "f″(" + f.variables()[0] + "*)" : "λmax");
}

/// "r = 1 − η·λmax = 1 − 0.1·2 = 0.8", and when a schedule changes the rate, which rate η is: " (η = 0.0123:
/// the rate of step 37, as the cosine schedule set it from the base rate 0.1)".
Text factorText(const CompiledFunction& f, const RunJudgement& j, const DescentSettings& settings, int k) {
    // Five digits, so that the arithmetic printed is the arithmetic done.
    const double lr = rateOf(settings, k);
    Text factor =
        Text::formula("r = 1 − η·%1 = 1 − %2·%3 = %4", {lambdaText(f), numberText(lr, 5),
                                                        numberText(j.curvature, 5), numberText(j.factor, 5)});
    if (!scheduled(settings)) return factor;
    return Text(GRADLAB_TEXT("RunJudgement",
                             "%1 (η = %2: the rate of step %3, as the %4 schedule set it from the "
                             "base rate %5)"),
                {std::move(factor), numberText(lr, 5), countText(k), scheduleWord(settings.schedule.kind),
                 numberText(settings.hyperparameters.learningRate, 5)});
}

/// "its gap to the minimum (…) has shrunk to 0.01 of its start value", "|f′| has not shrunk", …
Text shrinkText(Text measured, double progress) {
    if (progress < 1.0)
        return Text(GRADLAB_TEXT("RunJudgement", "%1 has shrunk to %2 of its start value"),
                    {std::move(measured), numberText(progress)});
    if (progress == 1.0)
        return Text(GRADLAB_TEXT("RunJudgement", "%1 has not shrunk"), {std::move(measured)});
    return Text(GRADLAB_TEXT("RunJudgement", "%1 is %2 times its start value"),
                {std::move(measured), numberText(progress)});
}

/// What kind of flat point p is, from the Hessian ("f″ = -2 there: f curves down, as near a maximum, not a
/// minimum"); empty when it cannot tell.
Text flatPointKind(const CompiledFunction& f, const double* p) {
    double ev[kMaxDimension] = {0.0, 0.0};
    if (!hessianEigenvalues(f, p, ev)) return {};
    const int n = f.dimension();
    const double lo = ev[0], hi = n > 1 ? ev[1] : ev[0];
    Text curvature = n == 1 ? Text::formula("f″ = %1", {numberText(lo)})
                            : Text(GRADLAB_TEXT("RunJudgement", "the Hessian's eigenvalues are %1 and %2"),
                                   {numberText(lo), numberText(hi)});
    // The shape by the one rule that names shapes everywhere (the Hessian's axes, the flat-point class).
    switch (curvatureShape(lo, hi)) {
    case CurvatureShape::Dome:
        return Text(GRADLAB_TEXT("RunJudgement", "%1 there: f curves down, as near a maximum, not a minimum"),
                    {std::move(curvature)});
    case CurvatureShape::Saddle:
        return Text(
            GRADLAB_TEXT("RunJudgement", "%1 there: f curves down in one direction, as near a saddle"),
            {std::move(curvature)});
    default:
        return Text(GRADLAB_TEXT("RunJudgement", "%1 there, and f is lower nearby"), {std::move(curvature)});
    }
}

/// The last update a run took (0: none).
int lastUpdate(const RunShape& s) {
    return s.stopReason == StopReason::Running ? s.steps : s.stopStep;
}

/// Whether the gradient over a noisy run's last steps was no larger than `factor` × the noise's size.
bool gradientWithinNoise(const RunShape& s, double noise, double factor = kNoiseComparable) {
    return noise > 0 && s.lateSteps > 0 && std::isfinite(s.lateGradNorm) &&
           s.lateGradNorm <= factor * noise * std::sqrt(static_cast<double>(s.dimension));
}

/// Whether a run that stopped as converged (‖∇f‖ below the tolerance) stopped where f is flat but not at a
/// minimum: a vanishing gradient where f curves down, or where no minimum is near, is not a minimum.
/// `found()`: whether a minimum was located from where it stopped (asked only when it decides).
template <typename Found> bool stoppedOnFlatPoint(const CompiledFunction& f, const RunShape& s, Found found) {
    double ev[kMaxDimension] = {0.0, 0.0};
    if (hessianEigenvalues(f, s.last, ev) && ev[0] < 0) return true;
    return !isLocalMinimum(f, s.last) && !found();
}

/// Locates the minimum a run approaches into j (hasMinimum, minimum, minimumLoss): by Newton's method from
/// where it ended, or for a run that diverged from its start (the minimum it left). Returns hasMinimum.
bool locateApproachedMinimum(const CompiledFunction& f, const RunShape& s, RunJudgement& j,
                             MinimumMemo* memo = nullptr) {
    const double* from = s.stopReason == StopReason::Diverged ? s.start : s.last;
    double w[kMaxDimension] = {from[0], f.dimension() > 1 ? from[1] : 0.0};
    if (!locateMinimum(f, from, w, memo)) return false;
    j.hasMinimum = true;
    j.minimum[0] = w[0];
    j.minimum[1] = w[1];
    j.minimumLoss = f.value(w);
    return true;
}

/// Whether the run's schedule had shrunk its rate below kFrozenRate × the base rate by the update that
/// begins the last quarter of the run.
bool frozenBySchedule(const DescentSettings& settings, const RunShape& s) {
    if (!scheduled(settings) || s.stopReason != StopReason::MaxSteps) return false;
    const int last = lastUpdate(s);
    const int lateStart = std::max(1, static_cast<int>(std::ceil(0.75 * last)));
    return rateOf(settings, lateStart) < kFrozenRate * settings.hyperparameters.learningRate;
}

Regime classify(const CompiledFunction& f, const RunShape& s, const RunJudgement& j,
                const DescentSettings& settings) {
    const double noise = settings.noise;
    if (!s.recorded() || (s.stopReason == StopReason::Diverged && s.stopStep == 0)) return Regime::NotStarted;
    if (s.stopReason == StopReason::Diverged) {
        if (s.stopLoss < -kDivergenceBound || s.lastLoss < -kDivergenceBound) return Regime::Unbounded;
        if (std::isnan(s.stopLoss)) return Regime::LeftDomain;
        return Regime::Diverging;
    }
    if (s.stopReason == StopReason::Converged && stoppedOnFlatPoint(f, s, [&] { return j.hasMinimum; }))
        return Regime::Stalled;
    if (j.converged() && s.steps == 0) return Regime::AtRest;
    // Not converged, and the rate had all but vanished long before the end: what the late steps show is the
    // schedule's doing, not the function's, and more steps would not move the run.
    if (!j.converged() && frozenBySchedule(settings, s)) return Regime::Frozen;
    const bool flipping = s.tailPairs >= 2 && 2 * s.tailReversals >= s.tailPairs;
    // Over the whole tail the gradient must shrink (grow) by a clear factor, not by the chance of a few
    // values: chaotic runs on a bounded loss (sin with huge steps) wander with no trend.
    // (By a fifth over the tail: Newton's method at η = 1.99, r = −0.99, loses a third of its error over 50
    // steps, which no one would call "barely changes".)
    const bool shrinking = s.tailRate < 1.0 - kSteady && s.tailGrowth < 0.8;
    // A short tail (a run of a few steps) grows by less in all: there, every loss of the tail rising
    // counts as well.
    const bool risingThroughout = s.tailLossRises >= 2 && s.tailLossRises >= s.tailPairs;
    const bool growing = s.tailRate > 1.0 + kSteady &&
                         (s.tailGrowth > 1.5 || (s.tailGrowth > 1.2 && risingThroughout)) &&
                         s.lastLoss > s.firstLoss && s.tailLateLoss > s.tailEarlyLoss;
    // The loss gap over the tail: the largest loss of its last quarter below that of its first quarter.
    const double floor = j.hasMinimum ? j.minimumLoss : -INFINITY;
    const bool gapShrinking =
        std::isfinite(s.tailLateLoss) && s.tailLateLoss - floor < s.tailEarlyLoss - floor;
    // A noisy run near a minimum: once the gradient over its last steps is comparable to the noise, or (with
    // a few late steps to tell by: runs of 24 steps or more) within its reach while the loss gap no longer
    // halves over the tail and the steps turn back without a two-step cycle (a bounce with a little noise
    // still bounces), the noise decides how it moves: it wanders (converged or not by the criterion),
    // neither oscillating nor diverging.
    const bool gapHalved =
        std::isfinite(s.tailLateLoss) && s.tailLateLoss - floor < 0.5 * (s.tailEarlyLoss - floor);
    if (noise > 0 && j.hasMinimum && s.stopReason != StopReason::Diverged && !growing &&
        (gradientWithinNoise(s, noise) || (s.lateSteps >= 3 && gradientWithinNoise(s, noise, kNoiseReach) &&
                                           !gapHalved && s.tailReversals > 0 && !(s.tailCycle < 0.1))))
        return Regime::Wandering;
    if (j.converged()) return s.reversals > 0 || s.lossRises > 0 ? Regime::Oscillating : Regime::Monotone;
    // A tail with fewer than two pairs of steps (a run of fewer than 6 steps) shows no pattern: an empty tail
    // has no reversal and no rise to count, so every rule below would hold of it vacuously. Such a run is
    // judged by what all its steps did: all the same way and downhill, or all raising the loss while the
    // gradient grows; anything else is too short to tell.
    if (s.tailPairs < 2) {
        if (s.steps >= 2 && s.reversals == 0 && s.lossRises == 0) {
            if (!j.hasMinimum) return Regime::NoMinimum;
            return j.progress <= 1e-3 ? Regime::Monotone : Regime::TooSlow;
        }
        if (growing && s.steps >= 2 && s.lossRises == s.steps) return Regime::Diverging;
        return Regime::TooShort;
    }
    if (growing) return Regime::Diverging;
    // Bouncing: flipping between (nearly) the same two points, the error steady.
    if (flipping && !shrinking && s.tailCycle < 0.1 && s.tailGrowth < 1.2) return Regime::Bouncing;
    // Oscillating: the error shrinks in a regular pattern (nearly a two-step cycle, or a clear drop of the
    // loss gap), and is below where it began.
    const bool regular =
        s.tailCycle < 0.5 || (j.hasMinimum && s.tailLateLoss - floor < 0.5 * (s.tailEarlyLoss - floor));
    // (One turn back is enough: a run that passed the minimum once and is coming back smoothly, as Adam
    // does, overshot; it is not "irregular".)
    if ((flipping || s.tailReversals >= 1) && shrinking && gapShrinking && regular && !(j.progress >= 1.0))
        return Regime::Oscillating;
    if (s.tailReversals == 0 && s.tailLossRises == 0) {
        if (!j.hasMinimum) return Regime::NoMinimum;
        // Steady and already close (the gap below a thousandth of its start), only not within a tight
        // tolerance: converging, not "too slow".
        if (j.progress <= 1e-3)
            return s.reversals > 0 || s.lossRises > 0 ? Regime::Oscillating : Regime::Monotone;
        return Regime::TooSlow;
    }
    return Regime::Irregular;
}

/// "step 4", "steps 4 and 9", "steps 4, 9 and 12", "5 steps, the first at step 4".
Text fallbackSteps(const RunShape& s) {
    const int* at = s.newtonFallbackSteps;
    switch (s.newtonFallbacks) {
    case 1:
        return Text(GRADLAB_TEXT("RunJudgement", "step %1"), {countText(at[0])});
    case 2:
        return Text(GRADLAB_TEXT("RunJudgement", "steps %1 and %2"), {countText(at[0]), countText(at[1])});
    case 3:
        return Text(GRADLAB_TEXT("RunJudgement", "steps %1, %2 and %3"),
                    {countText(at[0]), countText(at[1]), countText(at[2])});
    default:
        return Text::counted(
            GRADLAB_TEXT_N("RunJudgement", "%n steps, the first at step %1", "%n step, the first at step %1"),
            s.newtonFallbacks, {countText(at[0])});
    }
}

Text fallbackText(const CompiledFunction& f, const RunShape& s) {
    if (s.newtonFallbacks == 0) return {};
    return Text(
        f.dimension() == 1
            ? GRADLAB_TEXT("RunJudgement", "Newton's method took a plain gradient step (η·∇f) instead of a "
                                           "Newton step for %1: f″ ≤ 0 where it stood, so a Newton step "
                                           "would not go downhill.")
            : GRADLAB_TEXT("RunJudgement", "Newton's method took a plain gradient step (η·∇f) instead of a "
                                           "Newton step for %1: the Hessian was not positive definite where "
                                           "it stood, so a Newton step would not go downhill."),
        {fallbackSteps(s)});
}

/// Runs of steps as text: "1–5", "1–5 and 41–60", "3, 7–9 and 12"; past three, "1–5, 41–60, 81–100 and 4
/// later stretches".
Text stepRanges(const std::vector<std::pair<int, int>>& ranges) {
    std::vector<Text> shown;
    for (std::size_t i = 0; i < ranges.size() && i < 3; ++i) {
        const auto [a, b] = ranges[i];
        shown.push_back(b > a ? Text::formula("%1–%2", {countText(a), countText(b)}) : countText(a));
    }
    switch (ranges.size()) {
    case 1:
        return shown[0];
    case 2:
        return Text(GRADLAB_TEXT("RunJudgement", "%1 and %2"), std::move(shown));
    case 3:
        return Text(GRADLAB_TEXT("RunJudgement", "%1, %2 and %3"), std::move(shown));
    default:
        return Text::counted(GRADLAB_TEXT_N("RunJudgement", "%1, %2, %3 and %n later stretches",
                                            "%1, %2, %3 and %n later stretch"),
                             static_cast<long long>(ranges.size() - 3), std::move(shown));
    }
}

/// What a schedule did to the rate over the run; for gradient descent with a known minimum, also the steps
/// whose rate was above the critical rate 2/λmax there (where the error near the minimum grows).
Text scheduleSentence(const CompiledFunction& f, const RunShape& s, const RunJudgement& j,
                      const DescentSettings& settings) {
    const int last = lastUpdate(s);
    if (!scheduled(settings) || last < 1) return {};
    const double first = rateOf(settings, 1), final = rateOf(settings, last);
    double lo = first, hi = first;
    int loAt = 1, hiAt = 1;
    for (int k = 2; k <= last; ++k) {
        const double r = rateOf(settings, k);
        if (r < lo) lo = r, loAt = k;
        if (r > hi) hi = r, hiAt = k;
    }
    const Text name = scheduleWord(settings.schedule.kind);
    Text rates =
        last > 1 ? Text(GRADLAB_TEXT("RunJudgement", "The %1 schedule set the rate of step 1 to %2 and of "
                                                     "step %3 to %4"),
                        {name, numberText(first, 5), countText(last), numberText(final, 5)})
                 : Text(GRADLAB_TEXT("RunJudgement", "The %1 schedule set the rate of step 1 to %2"),
                        {name, numberText(first, 5)});
    const bool lowest = lo<std::min(first, final), highest = hi> std::max(first, final);
    if (lowest || highest) {
        const Text low =
            Text(GRADLAB_TEXT("RunJudgement", "lowest %1 at step %2"), {numberText(lo, 5), countText(loAt)});
        const Text high =
            Text(GRADLAB_TEXT("RunJudgement", "highest %1 at step %2"), {numberText(hi, 5), countText(hiAt)});
        rates = Text::formula("%1 (%2)",
                              {std::move(rates), lowest && highest ? Text::formula("%1, %2", {low, high})
                                                 : lowest          ? low
                                                                   : high});
    }
    double ev[kMaxDimension] = {0.0, 0.0};
    const int n = f.dimension();
    if (!(j.hasFactor && hessianEigenvalues(f, j.minimum, ev) && ev[n - 1] > 0))
        return Text::formula("%1.", {rates});
    const double critical = 2.0 / ev[n - 1];
    std::vector<std::pair<int, int>> above;
    for (int k = 1; k <= last; ++k) {
        if (!(rateOf(settings, k) > critical)) continue;
        if (!above.empty() && above.back().second == k - 1)
            above.back().second = k;
        else
            above.emplace_back(k, k);
    }
    Text criticalText =
        above.empty()
            ? Text(GRADLAB_TEXT(
                       "RunJudgement",
                       "near the minimum the critical rate is 2/%1 = %2, which no step's rate exceeded"),
                   {lambdaText(f), numberText(critical, 5)})
            : Text(above.size() == 1 && above[0].first == above[0].second
                       ? GRADLAB_TEXT("RunJudgement",
                                      "near the minimum the critical rate is 2/%1 = %2, which the "
                                      "rate exceeded at step %3 (there |r| > 1: near the minimum "
                                      "such a step grows the error)")
                       : GRADLAB_TEXT("RunJudgement",
                                      "near the minimum the critical rate is 2/%1 = %2, which the "
                                      "rate exceeded at steps %3 (there |r| > 1: near the minimum "
                                      "such a step grows the error)"),
                   {lambdaText(f), numberText(critical, 5), stepRanges(above)});
    return Text::formula("%1; %2.", {std::move(rates), std::move(criticalText)});
}

/// What the noise did: for a wandering run, how far it wandered and why; otherwise that there was noise.
Text noiseSentence(const CompiledFunction& f, const RunShape& s, const RunJudgement& j, double noise) {
    if (!(noise > 0)) return {};
    if (j.regime != Regime::Wandering)
        return Text(GRADLAB_TEXT("RunJudgement",
                                 "Here each update adds Gaussian noise of standard deviation %1 to "
                                 "each coordinate of the gradient."),
                    {numberText(noise)});
    double d2 = 0.0;
    for (int i = 0; i < f.dimension(); ++i) {
        const double d =
            std::max(std::fabs(s.lateLow[i] - j.minimum[i]), std::fabs(s.lateHigh[i] - j.minimum[i]));
        d2 += d * d;
    }
    const Text grad = Text::verbatim(f.dimension() == 1 ? "|f′|" : "|∇f|");
    std::vector<Text> args = {numberText(std::sqrt(d2)),
                              numberText(std::max(0.0, s.tailLateLoss - j.minimumLoss)), numberText(noise)};
    TextPattern pattern;
    if (!gradientWithinNoise(s, noise)) {
        pattern = GRADLAB_TEXT_N(
            "RunJudgement",
            "Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 "
            "above the minimum's: each update adds Gaussian noise of standard deviation %3 to "
            "each coordinate of the gradient, and over its last steps the loss gap stopped "
            "halving, so it jitters instead of settling.",
            "Over its last step it stayed within %1 of the minimum, its loss at most %2 above "
            "the minimum's: each update adds Gaussian noise of standard deviation %3 to each "
            "coordinate of the gradient, and over its last steps the loss gap stopped halving, "
            "so it jitters instead of settling.");
    } else {
        // The noise's typical size over all coordinates is σ·√d; "comparable" only within a factor of 2.
        pattern = noise * std::sqrt(static_cast<double>(f.dimension())) > 2.0 * s.lateGradNorm
                      ? GRADLAB_TEXT_N(
                            "RunJudgement",
                            "Over its last %n steps it stayed within %1 of the minimum, its loss at most "
                            "%2 above the minimum's: each update adds Gaussian noise of standard "
                            "deviation %3 to each coordinate of the gradient, larger than the gradient "
                            "itself there (%4 at most %5), so it jitters instead of settling.",
                            "Over its last step it stayed within %1 of the minimum, its loss at most %2 "
                            "above the minimum's: each update adds Gaussian noise of standard deviation "
                            "%3 to each coordinate of the gradient, larger than the gradient itself "
                            "there (%4 at most %5), so it jitters instead of settling.")
                      : GRADLAB_TEXT_N(
                            "RunJudgement",
                            "Over its last %n steps it stayed within %1 of the minimum, its loss at most "
                            "%2 above the minimum's: each update adds Gaussian noise of standard "
                            "deviation %3 to each coordinate of the gradient, comparable to the gradient "
                            "itself there (%4 at most %5), so it jitters instead of settling.",
                            "Over its last step it stayed within %1 of the minimum, its loss at most %2 "
                            "above the minimum's: each update adds Gaussian noise of standard deviation "
                            "%3 to each coordinate of the gradient, comparable to the gradient itself "
                            "there (%4 at most %5), so it jitters instead of settling.");
        args.push_back(grad);
        args.push_back(numberText(s.lateGradNorm));
    }
    return Text::counted(pattern, s.lateSteps, std::move(args));
}

/// "after 50 steps the loss is 0.01, still falling": the run's end, with the trend of its last step unless
/// `withTrend` is false.
Text headText(const RunShape& s, bool withTrend) {
    static const TextPattern kHeads[4] = {
        GRADLAB_TEXT_N("RunJudgement", "after %n steps the loss is %1", "after %n step the loss is %1"),
        GRADLAB_TEXT_N("RunJudgement", "after %n steps the loss is %1, still falling",
                       "after %n step the loss is %1, still falling"),
        GRADLAB_TEXT_N("RunJudgement", "after %n steps the loss is %1, rising at the last step",
                       "after %n step the loss is %1, rising at the last step"),
        GRADLAB_TEXT_N("RunJudgement", "after %n steps the loss is %1, unchanged at the last step",
                       "after %n step the loss is %1, unchanged at the last step"),
    };
    const Trend trend = withTrend ? trendOf(s) : Trend::Unknown;
    return Text::counted(kHeads[static_cast<int>(trend)], s.stopStep, {numberText(s.lastLoss)});
}

/// "Step 12: the loss is 0.5, still falling.": a run still going.
Text runningText(const RunShape& s) {
    if (s.steps == 0)
        return Text(GRADLAB_TEXT("RunJudgement", "Ready at the start (the loss is %1): no step taken yet."),
                    {numberText(s.lastLoss)});
    static const TextPattern kSteps[4] = {
        GRADLAB_TEXT("RunJudgement", "Step %1: the loss is %2."),
        GRADLAB_TEXT("RunJudgement", "Step %1: the loss is %2, still falling."),
        GRADLAB_TEXT("RunJudgement", "Step %1: the loss is %2, rising at the last step."),
        GRADLAB_TEXT("RunJudgement", "Step %1: the loss is %2, unchanged at the last step."),
    };
    return Text(kSteps[static_cast<int>(trendOf(s))], {countText(s.steps), numberText(s.lastLoss)});
}

/// The first sentence of the outcome: what the run reached.
Text reachedText(const CompiledFunction& f, const RunShape& s, const RunJudgement& j,
                 const DescentSettings& settings, const Text& detail) {
    const Text k = countText(lastUpdate(s));
    const Text grad = Text::verbatim(f.dimension() == 1 ? "|f′|" : "|∇f|");
    if (s.stopReason == StopReason::Running) return runningText(s);
    if (s.stopReason == StopReason::Diverged) {
        const Text diverged = Text(GRADLAB_TEXT("RunJudgement", "Diverged at step %1: %2."), {k, detail});
        if (!(j.hasFactor && j.factor < -1.0)) return diverged;
        const Text near =
            Text(scheduled(settings)
                     ? GRADLAB_TEXT("RunJudgement", "Near %1 each step multiplies the error by %2. As "
                                                    "r < −1, each step lands on the other side of the "
                                                    "minimum, farther from it than before: that rate is "
                                                    "too large there (above %3).")
                     : GRADLAB_TEXT("RunJudgement", "Near %1 each step multiplies the error by %2. As "
                                                    "r < −1, each step lands on the other side of the "
                                                    "minimum, farther from it than before: the learning "
                                                    "rate is too large there (above %3)."),
                 {minimumText(f, j, s), factorText(f, j, settings, lastUpdate(s)),
                  numberText(2.0 / j.curvature, 5)});
        return Text::joined({diverged, near});
    }
    if (j.criterion == Criterion::GradientBelow)
        return Text(
            GRADLAB_TEXT("RunJudgement",
                         "Converged at step %1: %2 = %3 fell below the tolerance %4; the loss is %5."),
            {k, grad, numberText(s.lastGradNorm), numberText(j.tolerance), numberText(s.lastLoss)});
    // A bouncing (or wandering) run's last step says nothing about where it is going: no trend for it.
    Text head = headText(s, !(j.regime == Regime::Bouncing || j.regime == Regime::Wandering));
    const Text measured =
        j.hasMinimum ? Text(GRADLAB_TEXT("RunJudgement", "its gap to %1"), {minimumText(f, j, s)}) : grad;
    Text out;
    if (j.converged()) {
        out = j.metAtStep >= 0
                  ? Text(GRADLAB_TEXT("RunJudgement",
                                      "Converged: %1 fell below %2 of its start value at step %3 and "
                                      "stayed below; %4 (%5 of the start value)."),
                         {measured, numberText(j.tolerance), countText(j.metAtStep), head,
                          numberText(j.progress)})
                  : Text(GRADLAB_TEXT(
                             "RunJudgement",
                             "Converged: %1 fell below %2 of its start value; %3 (%4 of the start value)."),
                         {measured, numberText(j.tolerance), head, numberText(j.progress)});
    } else {
        // The verdict "no minimum ahead" already says it; other runs without one are told here.
        out = Text(
            j.hasMinimum || j.regime == Regime::NoMinimum
                ? GRADLAB_TEXT("RunJudgement", "Not converged: %1; %2 (converged means below %3 of it).")
                : GRADLAB_TEXT("RunJudgement", "Not converged: %1; %2 (converged means below %3 of it); no "
                                               "minimum was found ahead."),
            {head, shrinkText(measured, j.progress), numberText(j.tolerance)});
    }
    // Converged by the loss gap (or the gradient's ratio), the run was not stopped by it: say why it ran on,
    // as the consequence of the stop test rather than a second verdict beside "Converged" (every point's
    // gradient norm was checked).
    if (j.converged())
        out = Text::joined(
            {out, Text(GRADLAB_TEXT("RunJudgement", "It ran on to its step limit all the same: a run stops "
                                                    "early only once %1 falls below the tolerance %2, and "
                                                    "it was %3 at the last step."),
                       {grad, numberText(j.tolerance), numberText(s.lastGradNorm)})});
    if (!(j.hasFactor && j.regime == Regime::Bouncing)) return out;
    const TextPattern bounce =
        std::fabs(j.factor + 1.0) <= 1e-9
            ? GRADLAB_TEXT("RunJudgement",
                           "Near %1, %2: to first order each step only flips the error's sign.")
        : j.factor < -1.0
            ? GRADLAB_TEXT("RunJudgement", "Near %1, %2: the steps are too large to settle into the minimum.")
            : GRADLAB_TEXT("RunJudgement", "Near %1, %2.");
    return Text::joined(
        {out, Text(bounce, {minimumText(f, j, s), factorText(f, j, settings, lastUpdate(s))})});
}

Text describe(const CompiledFunction& f, const RunShape& s, const RunJudgement& j,
              const DescentSettings& settings, const Text& detail) {
    const Text k = countText(lastUpdate(s));
    const Text grad = Text::verbatim(f.dimension() == 1 ? "|f′|" : "|∇f|");
    switch (j.regime) {
    case Regime::NotStarted:
        return Text(
            GRADLAB_TEXT("RunJudgement", "Cannot start here: %1. Move the start into the function's domain."),
            {detail.empty() ? Text(GRADLAB_TEXT("RunJudgement", "the loss is undefined")) : detail});
    case Regime::Unbounded:
        return Text::joined(
            {Text(GRADLAB_TEXT("RunJudgement", "Stopped at step %1: %2. The loss keeps falling, so "
                                               "there is no minimum to reach this way."),
                  {k, detail}),
             fallbackText(f, s)});
    case Regime::LeftDomain:
        return Text::joined(
            {Text(GRADLAB_TEXT("RunJudgement",
                               "Stopped at step %1: %2, so the step left the function's domain."),
                  {k, detail}),
             fallbackText(f, s)});
    case Regime::AtRest:
        return Text(
            GRADLAB_TEXT(
                "RunJudgement",
                "Already there: %1 = %2 at the start is below the tolerance %3, so no step was taken."),
            {grad, numberText(s.lastGradNorm), numberText(j.tolerance)});
    case Regime::Stalled: {
        Text kind = flatPointKind(f, s.last);
        std::vector<Text> args = {k, grad, numberText(s.lastGradNorm), numberText(j.tolerance)};
        const bool known = !kind.empty();
        if (known) args.push_back(std::move(kind));
        return Text::joined(
            {Text(known
                      ? GRADLAB_TEXT("RunJudgement", "Stopped at step %1 where f is nearly flat but not at a "
                                                     "minimum: %2 = %3 fell below the tolerance %4; %5.")
                      : GRADLAB_TEXT("RunJudgement", "Stopped at step %1 where f is nearly flat but not at a "
                                                     "minimum: %2 = %3 fell below the tolerance %4."),
                  std::move(args)),
             fallbackText(f, s)});
    }
    default:
        break;
    }
    const Text reached = reachedText(f, s, j, settings, detail);
    if (s.stopReason == StopReason::Running) return reached;
    return Text::joined({reached, noiseSentence(f, s, j, settings.noise), scheduleSentence(f, s, j, settings),
                         fallbackText(f, s)});
}

/// A point's progress as a fraction of the start's: its loss gap to the minimum, or without one its
/// gradient norm. NaN where neither can be measured.
double progressAt(const RunShape& s, const RunJudgement& j, double loss, double gradNorm) {
    if (j.hasMinimum) {
        const double gap0 = s.firstLoss - j.minimumLoss;
        const double gap = std::max(0.0, loss - j.minimumLoss);
        return gap0 > 0 ? gap / gap0 : (gap > 0 ? INFINITY : 0.0);
    }
    return s.firstGradNorm > 0 ? gradNorm / s.firstGradNorm : NAN;
}

void judgeProgress(const RunShape& s, RunJudgement& j) {
    if (s.stopReason == StopReason::Converged) {
        j.criterion = Criterion::GradientBelow;
        return;
    }
    if (s.stopReason == StopReason::Diverged) return;
    j.progress = progressAt(s, j, s.lastLoss, s.lastGradNorm);
    if (j.progress <= j.tolerance) j.criterion = j.hasMinimum ? Criterion::LossGap : Criterion::GradientRatio;
}

/// An oscillating run whose loss rose at `rises` of its `steps` steps (a schedule's first rates above the
/// critical rate, momentum's swings): its error shrinks over the last steps taken together, not at each step.
Text oscillationWithRises(bool converged, int rises, int steps) {
    return Text::counted(
        converged
            ? GRADLAB_TEXT_N("RunJudgement",
                             "oscillating: steps overshoot and turn back; the loss rose at %n of its %1 "
                             "steps, but over the last steps taken together the error shrinks",
                             "oscillating: steps overshoot and turn back; the loss rose at %n of its %1 "
                             "steps, but over the last steps taken together the error shrinks")
            : GRADLAB_TEXT_N("RunJudgement",
                             "oscillating, unfinished: steps overshoot and turn back; the loss rose at %n "
                             "of its %1 steps, and over the last steps taken together the error shrinks, "
                             "but the steps ran out before the tolerance was met",
                             "oscillating, unfinished: steps overshoot and turn back; the loss rose at %n "
                             "of its %1 steps, and over the last steps taken together the error shrinks, "
                             "but the steps ran out before the tolerance was met"),
        rises, {countText(steps)});
}

RunJudgement judge(const CompiledFunction& f, const RunShape& s, const DescentSettings& settings,
                   const Trajectory* t, const Text& stopDetail) {
    RunJudgement j;
    j.tolerance = settings.tolerance;
    const int n = f.dimension();
    if (s.recorded() && !(s.stopReason == StopReason::Diverged && s.stopStep == 0)) {
        if (locateApproachedMinimum(f, s, j)) {
            double ev[kMaxDimension] = {0.0, 0.0};
            if (settings.optimizer == OptimizerKind::GradientDescent &&
                hessianEigenvalues(f, j.minimum, ev)) {
                const double lr = rateOf(settings, lastUpdate(s));
                j.hasFactor = true;
                j.curvature = ev[0];
                j.factor = 1.0 - lr * ev[0];
                if (n > 1 && std::fabs(1.0 - lr * ev[1]) > std::fabs(j.factor)) {
                    j.curvature = ev[1];
                    j.factor = 1.0 - lr * ev[1];
                }
            }
        }
        judgeProgress(s, j);
    }
    // From a whole trajectory: the step from which the criterion held to the end (a run swinging through the
    // minimum can meet it for a step, then leave it again).
    if (t && (j.criterion == Criterion::LossGap || j.criterion == Criterion::GradientRatio)) {
        for (const TrajectoryPoint& p : t->points) {
            if (progressAt(s, j, p.loss, p.gradNorm) > j.tolerance)
                j.metAtStep = -1;
            else if (j.metAtStep < 0)
                j.metAtStep = p.step;
        }
    } else if (j.criterion == Criterion::GradientBelow) {
        j.metAtStep = s.stopStep;
    }
    j.regime = classify(f, s, j, settings);
    if (j.regime == Regime::Stalled) j.criterion = Criterion::None; // not a minimum: not converged
    if (j.regime == Regime::Oscillating && s.lossRises > 0)
        j.verdict = oscillationWithRises(j.converged(), s.lossRises, s.steps);
    else if (j.regime == Regime::Irregular && s.tailReversals == 0)
        // Not jumping about: every late step goes the same way, and some raise the loss (Adam carried past
        // the minimum by its momentum, not yet turned back).
        j.verdict = Text::counted(
            GRADLAB_TEXT_N(
                "RunJudgement",
                "irregular: the last %1 steps all go the same way, yet the loss rose at %n of them: "
                "the run is carried uphill and has not turned back yet",
                "irregular: the last %1 steps all go the same way, yet the loss rose at %n of them: "
                "the run is carried uphill and has not turned back yet"),
            s.tailLossRises, {countText(s.tailPairs + 1)}); // a tail of k steps has k − 1 pairs
    else
        j.verdict = regimeDescription(j.regime, j.converged());
    j.outcome = describe(f, s, j, settings, stopDetail);
    return j;
}

} // namespace

bool judgeConverged(const CompiledFunction& f, const RunShape& s, const DescentSettings& settings,
                    MinimumMemo* memo) {
    // judge() step by step, leaving out what does not change the criterion (the regime, the factor, the
    // sentences), and locating the minimum only where the criterion reads it.
    if (!s.recorded() || s.stopReason == StopReason::Diverged) return false;
    RunJudgement j;
    j.tolerance = settings.tolerance;
    if (s.stopReason == StopReason::Converged)
        return !stoppedOnFlatPoint(f, s, [&] { return locateApproachedMinimum(f, s, j, memo); });
    locateApproachedMinimum(f, s, j, memo);
    judgeProgress(s, j);
    return j.converged();
}

RunJudgement judgeRun(const CompiledFunction& f, const RunShape& shape, const DescentSettings& settings,
                      const Text& stopDetail) {
    return judge(f, shape, settings, nullptr, stopDetail);
}

RunJudgement judgeRun(const CompiledFunction& f, const Trajectory& t, const DescentSettings& settings) {
    return judge(f, shapeOf(t, settings.maxSteps), settings, &t, t.stopDetail);
}

} // namespace gradlab
