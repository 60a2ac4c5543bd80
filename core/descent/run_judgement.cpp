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
    }
    return "not_started";
}

const char* regimeTitle(Regime r) {
    switch (r) {
    case Regime::Monotone:
        return "converges steadily";
    case Regime::Oscillating:
        return "oscillates, error shrinking";
    case Regime::Bouncing:
        return "bounces";
    case Regime::Diverging:
        return "diverges";
    case Regime::TooSlow:
        return "too slow";
    case Regime::NoMinimum:
        return "no minimum ahead";
    case Regime::Unbounded:
        return "unbounded below";
    case Regime::NotStarted:
        return "cannot start";
    case Regime::AtRest:
        return "already at a minimum";
    case Regime::Stalled:
        return "stalls on a flat point";
    case Regime::LeftDomain:
        return "leaves the domain";
    case Regime::Irregular:
        return "irregular";
    case Regime::Wandering:
        return "wanders (noise)";
    }
    return "";
}

const char* regimeDescription(Regime r) {
    switch (r) {
    case Regime::Monotone:
        // Not "falls at every step": a schedule can set a step's rate to 0, and that step leaves the loss as
        // it was.
        return "converging steadily: no step turns back and the loss never rises";
    case Regime::Oscillating:
        return "oscillating: steps overshoot and turn back, but the error shrinks";
    case Regime::Bouncing:
        return "bouncing: the steps flip between two sides and, over the last steps, the error barely "
               "changes";
    case Regime::Diverging:
        return "diverging: the steps overshoot and the loss grows";
    case Regime::TooSlow:
        return "too slow: the last steps all go the same way, downhill, but are too short to get close in "
               "time "
               "(the gap to the minimum is still above a thousandth of its start value)";
    case Regime::NoMinimum:
        return "no minimum ahead: the run is still going downhill and no minimum was found ahead of it";
    case Regime::Unbounded:
        return "unbounded: the loss keeps falling, so there is no minimum to reach this way";
    case Regime::NotStarted:
        return "no run: the loss or its gradient is undefined at the start";
    case Regime::AtRest:
        return "already there: the start is within the tolerance of a minimum, so no step was needed";
    case Regime::Stalled:
        return "stalled: the gradient fell below the tolerance at a point that is not a minimum";
    case Regime::LeftDomain:
        return "left the domain: a step went where the loss is undefined";
    case Regime::Irregular:
        return "irregular: the last steps jump about without settling into a pattern";
    case Regime::Wandering:
        return "wandering: the noise added to each gradient is comparable to the pull toward the minimum, so "
               "the run jitters instead of settling and its error no longer shrinks steadily";
    }
    return "";
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

/// A coordinate of a located minimum: Newton's method leaves round-off (1e-64, -2e-16) where the exact
/// answer is 0; coordinates below the round-off of the problem's scale print as 0.
std::string coordinateText(double v, double scale) {
    return std::fabs(v) < 1e-12 * scale ? "0" : shortNumber(v);
}

std::string pointText(const CompiledFunction& f, const double* p, const RunShape& s) {
    double scale = 1.0;
    for (int i = 0; i < f.dimension(); ++i)
        scale = std::max({scale, std::fabs(s.start[i]), std::fabs(p[i])});
    if (f.dimension() == 1) return f.variables()[0] + " = " + coordinateText(p[0], scale);
    return "(" + f.variables()[0] + ", " + f.variables()[1] + ") = (" + coordinateText(p[0], scale) + ", " +
           coordinateText(p[1], scale) + ")";
}

std::string trendText(const RunShape& s) {
    if (!std::isfinite(s.previousLoss)) return "";
    if (s.lastLoss < s.previousLoss) return ", still falling";
    if (s.lastLoss > s.previousLoss) return ", rising at the last step";
    return ", unchanged at the last step";
}

std::string minimumText(const CompiledFunction& f, const RunJudgement& j, const RunShape& s) {
    // A minimum value below round-off is zero to the eye: say so. Round-off is that of the loss at the
    // start, not at the end (a diverged run's last loss of 1e12 would make f* = −1.07 "≈ 0").
    const double scale = std::max(1.0, std::fabs(s.firstLoss));
    const std::string value =
        std::fabs(j.minimumLoss) < 1e-15 * scale && j.minimumLoss != 0.0 ? "≈ 0" : shortNumber(j.minimumLoss);
    return "the minimum (" + value + " at " + pointText(f, j.minimum, s) + ")";
}

std::string factorText(const CompiledFunction& f, const RunJudgement& j, double lr) {
    // Five digits, so that the arithmetic printed is the arithmetic done.
    const std::string lambda = f.dimension() == 1 ? "f″(" + f.variables()[0] + "*)" : "λmax";
    return "r = 1 − η·" + lambda + " = 1 − " + shortNumber(lr, 5) + "·" + shortNumber(j.curvature, 5) +
           " = " + shortNumber(j.factor, 5);
}

std::string shrinkText(double progress) {
    if (progress < 1.0) return "has shrunk to " + shortNumber(progress) + " of its start value";
    if (progress == 1.0) return "has not shrunk";
    return "is " + shortNumber(progress) + " times its start value";
}

/// What kind of flat point p is, from the Hessian: "a maximum", "a saddle", or "" when it cannot tell.
std::string flatPointKind(const CompiledFunction& f, const double* p) {
    double ev[kMaxDimension] = {0.0, 0.0};
    if (!hessianEigenvalues(f, p, ev)) return "";
    const int n = f.dimension();
    const double lo = ev[0], hi = n > 1 ? ev[1] : ev[0];
    const std::string curvature =
        n == 1 ? "f″ = " + shortNumber(lo)
               : "the Hessian's eigenvalues are " + shortNumber(lo) + " and " + shortNumber(hi);
    // The shape by the one rule that names shapes everywhere (the Hessian's axes, the flat-point class).
    switch (curvatureShape(lo, hi)) {
    case CurvatureShape::Dome:
        return curvature + " there: f curves down, as near a maximum, not a minimum";
    case CurvatureShape::Saddle:
        return curvature + " there: f curves down in one direction, as near a saddle";
    default:
        return curvature + " there, and f is lower nearby";
    }
}

/// The last update a run took (0: none).
int lastUpdate(const RunShape& s) {
    return s.stopReason == StopReason::Running ? s.steps : s.stopStep;
}

/// The rate of update k as the run's schedule set it.
double rateOf(const DescentSettings& settings, int k) {
    return scheduledRate(settings.schedule, settings.hyperparameters.learningRate, std::max(1, k));
}

bool scheduled(const DescentSettings& settings) {
    return settings.schedule.kind != ScheduleKind::Constant;
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

Regime classify(const CompiledFunction& f, const RunShape& s, const RunJudgement& j, double noise) {
    if (!s.recorded() || (s.stopReason == StopReason::Diverged && s.stopStep == 0)) return Regime::NotStarted;
    if (s.stopReason == StopReason::Diverged) {
        if (s.stopLoss < -kDivergenceBound || s.lastLoss < -kDivergenceBound) return Regime::Unbounded;
        if (std::isnan(s.stopLoss)) return Regime::LeftDomain;
        return Regime::Diverging;
    }
    if (s.stopReason == StopReason::Converged && stoppedOnFlatPoint(f, s, [&] { return j.hasMinimum; }))
        return Regime::Stalled;
    if (j.converged() && s.steps == 0) return Regime::AtRest;
    const bool flipping = s.tailPairs >= 2 && 2 * s.tailReversals >= s.tailPairs;
    // Over the whole tail the gradient must shrink (grow) by a clear factor, not by the chance of a few
    // values: chaotic runs on a bounded loss (sin with huge steps) wander with no trend.
    const bool shrinking = s.tailRate < 1.0 - kSteady && s.tailGrowth < 0.67;
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
    if (growing) return Regime::Diverging;
    // Bouncing: flipping between (nearly) the same two points, the error steady.
    if (flipping && !shrinking && s.tailCycle < 0.1 && s.tailGrowth < 1.2) return Regime::Bouncing;
    // Oscillating: the error shrinks in a regular pattern (nearly a two-step cycle, or a clear drop of the
    // loss gap), and is below where it began.
    const bool regular =
        s.tailCycle < 0.5 || (j.hasMinimum && s.tailLateLoss - floor < 0.5 * (s.tailEarlyLoss - floor));
    if ((flipping || s.tailReversals >= 2) && shrinking && gapShrinking && regular && !(j.progress >= 1.0))
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

std::string fallbackText(const CompiledFunction& f, const RunShape& s) {
    if (s.newtonFallbacks == 0) return "";
    std::string steps;
    if (s.newtonFallbacks == 1) {
        steps = "step " + std::to_string(s.newtonFallbackSteps[0]);
    } else if (s.newtonFallbacks <= 3) {
        steps = "steps ";
        for (int i = 0; i < s.newtonFallbacks; ++i)
            steps += (i == 0                       ? ""
                      : i + 1 == s.newtonFallbacks ? " and "
                                                   : ", ") +
                     std::to_string(s.newtonFallbackSteps[i]);
    } else {
        steps = std::to_string(s.newtonFallbacks) + " steps, the first at step " +
                std::to_string(s.newtonFallbackSteps[0]);
    }
    return std::string(" Newton's method took a plain gradient step (η·∇f) instead of a Newton step for ") +
           steps +
           (f.dimension() == 1
                ? ": f″ ≤ 0 where it stood, so a Newton step would not go downhill."
                : ": the Hessian was not positive definite where it stood, so a Newton step would "
                  "not go downhill.");
}

/// Which rate a sentence means when a schedule changes it: " (η = 0.0123: the rate of step 37, as the cosine
/// schedule set it from the base rate 0.1)"; "" for a constant rate.
std::string rateNote(const DescentSettings& settings, int k) {
    if (!scheduled(settings)) return "";
    return " (η = " + shortNumber(rateOf(settings, k), 5) + ": the rate of step " + std::to_string(k) +
           ", as the " + scheduleName(settings.schedule.kind) + " schedule set it from the base rate " +
           shortNumber(settings.hyperparameters.learningRate, 5) + ")";
}

/// Runs of steps as text: "1–5", "1–5 and 41–60", "3, 7–9 and 12"; past three, "1–5, 41–60, 81–100 and 4
/// later stretches".
std::string stepRanges(const std::vector<std::pair<int, int>>& ranges) {
    const std::size_t shown = ranges.size() > 3 ? 3 : ranges.size();
    std::string out;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto [a, b] = ranges[i];
        out += (i == 0                   ? ""
                : i + 1 == ranges.size() ? " and "
                                         : ", ") +
               std::to_string(a) + (b > a ? "–" + std::to_string(b) : std::string());
    }
    if (ranges.size() > shown) {
        const std::size_t more = ranges.size() - shown;
        out += " and " + std::to_string(more) + (more == 1 ? " later stretch" : " later stretches");
    }
    return out;
}

/// What a schedule did to the rate over the run; for gradient descent with a known minimum, also the steps
/// whose rate was above the critical rate 2/λmax there (where the error near the minimum grows).
std::string scheduleSentence(const CompiledFunction& f, const RunShape& s, const RunJudgement& j,
                             const DescentSettings& settings) {
    const int last = lastUpdate(s);
    if (!scheduled(settings) || last < 1) return "";
    const double first = rateOf(settings, 1), final = rateOf(settings, last);
    double lo = first, hi = first;
    int loAt = 1, hiAt = 1;
    for (int k = 2; k <= last; ++k) {
        const double r = rateOf(settings, k);
        if (r < lo) lo = r, loAt = k;
        if (r > hi) hi = r, hiAt = k;
    }
    std::string out = " The " + std::string(scheduleName(settings.schedule.kind)) +
                      " schedule set the rate of step 1 to " + shortNumber(first, 5);
    if (last > 1) out += " and of step " + std::to_string(last) + " to " + shortNumber(final, 5);
    std::vector<std::string> extremes;
    if (lo < std::min(first, final))
        extremes.push_back("lowest " + shortNumber(lo, 5) + " at step " + std::to_string(loAt));
    if (hi > std::max(first, final))
        extremes.push_back("highest " + shortNumber(hi, 5) + " at step " + std::to_string(hiAt));
    if (!extremes.empty()) out += " (" + extremes[0] + (extremes.size() > 1 ? ", " + extremes[1] : "") + ")";
    double ev[kMaxDimension] = {0.0, 0.0};
    const int n = f.dimension();
    if (j.hasFactor && hessianEigenvalues(f, j.minimum, ev) && ev[n - 1] > 0) {
        const double critical = 2.0 / ev[n - 1];
        std::vector<std::pair<int, int>> above;
        for (int k = 1; k <= last; ++k) {
            if (!(rateOf(settings, k) > critical)) continue;
            if (!above.empty() && above.back().second == k - 1)
                above.back().second = k;
            else
                above.emplace_back(k, k);
        }
        const std::string lambda = n == 1 ? "f″(" + f.variables()[0] + "*)" : "λmax";
        out +=
            "; near the minimum the critical rate is 2/" + lambda + " = " + shortNumber(critical, 5) +
            (above.empty()
                 ? ", which no step's rate exceeded"
                 : ", which the rate exceeded at step" +
                       std::string(above.size() == 1 && above[0].first == above[0].second ? " " : "s ") +
                       stepRanges(above) + " (there |r| > 1: near the minimum such a step grows the error)");
    }
    return out + ".";
}

/// What the noise did: for a wandering run, how far it wandered and why; otherwise that there was noise.
std::string noiseSentence(const CompiledFunction& f, const RunShape& s, const RunJudgement& j, double noise) {
    if (!(noise > 0)) return "";
    const std::string added = "each update adds Gaussian noise of standard deviation " + shortNumber(noise) +
                              " to each coordinate of the gradient";
    if (j.regime != Regime::Wandering) return " Here " + added + ".";
    double d2 = 0.0;
    for (int i = 0; i < f.dimension(); ++i) {
        const double d =
            std::max(std::fabs(s.lateLow[i] - j.minimum[i]), std::fabs(s.lateHigh[i] - j.minimum[i]));
        d2 += d * d;
    }
    const std::string grad = f.dimension() == 1 ? "|f′|" : "|∇f|";
    std::string out =
        " Over its last " +
        (s.lateSteps == 1 ? std::string("step") : std::to_string(s.lateSteps) + " steps") +
        " it stayed within " + shortNumber(std::sqrt(d2)) + " of the minimum, its loss at most " +
        shortNumber(std::max(0.0, s.tailLateLoss - j.minimumLoss)) + " above the minimum's: " + added;
    if (gradientWithinNoise(s, noise))
        // The noise's typical size over all coordinates is σ·√d; "comparable" only within a factor of 2.
        out += std::string(noise * std::sqrt(static_cast<double>(f.dimension())) > 2.0 * s.lateGradNorm
                               ? ", larger than the gradient itself there ("
                               : ", comparable to the gradient itself there (") +
               grad + " at most " + shortNumber(s.lateGradNorm) + ")";
    else
        out += ", and over its last steps the loss gap stopped halving";
    return out + ", so it jitters instead of settling.";
}

std::string describe(const CompiledFunction& f, const RunShape& s, const RunJudgement& j,
                     const DescentSettings& settings, const std::string& detail) {
    const std::string k = std::to_string(s.stopReason == StopReason::Running ? s.steps : s.stopStep);
    const std::string loss = shortNumber(s.lastLoss);
    const std::string grad = f.dimension() == 1 ? "|f′|" : "|∇f|";
    // The rate a sentence about r = 1 − η·λ means: that of the last update (the base rate unless a schedule
    // changed it), as judge computed the factor.
    const int last = lastUpdate(s);
    const double lr = rateOf(settings, last);
    const std::string extra = noiseSentence(f, s, j, settings.noise) + scheduleSentence(f, s, j, settings);
    std::string out;
    switch (j.regime) {
    case Regime::NotStarted:
        out = "Cannot start here: " + (detail.empty() ? std::string("the loss is undefined") : detail) +
              ". Move the start into the function's domain.";
        return out;
    case Regime::Unbounded:
        out = "Stopped at step " + k + ": " + detail +
              ". The loss keeps falling, so there is no minimum to " + "reach this way.";
        return out + fallbackText(f, s);
    case Regime::LeftDomain:
        out = "Stopped at step " + k + ": " + detail + ", so the step left the function's domain.";
        return out + fallbackText(f, s);
    case Regime::AtRest:
        return "Already there: " + grad + " = " + shortNumber(s.lastGradNorm) +
               " at the start is below the tolerance " + shortNumber(j.tolerance) + ", so no step was taken.";
    case Regime::Stalled:
        out = "Stopped at step " + k + " where f is nearly flat but not at a minimum: " + grad + " = " +
              shortNumber(s.lastGradNorm) + " fell below the tolerance " + shortNumber(j.tolerance);
        if (const std::string kind = flatPointKind(f, s.last); !kind.empty()) out += "; " + kind;
        return out + "." + fallbackText(f, s);
    default:
        break;
    }
    if (s.stopReason == StopReason::Running) {
        return s.steps == 0 ? "Ready at the start (the loss is " + loss + "): no step taken yet."
                            : "Step " + k + ": the loss is " + loss + trendText(s) + ".";
    }
    if (s.stopReason == StopReason::Diverged) {
        out = "Diverged at step " + k + ": " + detail + ".";
        if (j.hasFactor && j.factor < -1.0)
            out += " Near " + minimumText(f, j, s) + " each step multiplies the distance to it by " +
                   factorText(f, j, lr) + rateNote(settings, last) + "; |r| > 1, so " +
                   (scheduled(settings) ? "that rate" : "the learning rate") + " is too large there (above " +
                   shortNumber(2.0 / j.curvature, 5) + ").";
        return out + extra + fallbackText(f, s);
    }
    if (j.criterion == Criterion::GradientBelow) {
        out = "Converged at step " + k + ": " + grad + " = " + shortNumber(s.lastGradNorm) +
              " fell below the tolerance " + shortNumber(j.tolerance) + "; the loss is " + loss + ".";
        return out + extra + fallbackText(f, s);
    }
    // A bouncing (or wandering) run's last step says nothing about where it is going: no trend for it.
    const std::string head =
        "after " + k + (s.stopStep == 1 ? " step" : " steps") + " the loss is " + loss +
        (j.regime == Regime::Bouncing || j.regime == Regime::Wandering ? std::string() : trendText(s));
    const std::string measured = j.hasMinimum ? "its gap to " + minimumText(f, j, s) : grad;
    if (j.converged()) {
        out = "Converged: " + measured + " fell below " + shortNumber(j.tolerance) + " of its start value" +
              (j.metAtStep >= 0 ? " at step " + std::to_string(j.metAtStep) : std::string()) + "; " + head +
              " (" + shortNumber(j.progress) + " of the start value).";
    } else {
        out = "Not converged: " + head + "; " + measured + " " + shrinkText(j.progress) +
              " (the tolerance is " + shortNumber(j.tolerance) + ")" +
              // The verdict "no minimum ahead" already says it; other runs without one are told here.
              (j.hasMinimum || j.regime == Regime::NoMinimum ? "" : "; no minimum was found ahead") + ".";
    }
    if (j.hasFactor && j.regime == Regime::Bouncing) {
        out += " Near " + minimumText(f, j, s) + ", " + factorText(f, j, lr) + rateNote(settings, last);
        out += std::fabs(j.factor + 1.0) <= 1e-9 ? ": to first order each step only flips the error's sign."
               : j.factor < -1.0                 ? ": the steps are too large to settle into the minimum."
                                                 : ".";
    }
    return out + extra + fallbackText(f, s);
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

RunJudgement judge(const CompiledFunction& f, const RunShape& s, const DescentSettings& settings,
                   const Trajectory* t, const std::string& stopDetail) {
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
    // From a whole trajectory: the first step at which the criterion held.
    if (t && (j.criterion == Criterion::LossGap || j.criterion == Criterion::GradientRatio)) {
        for (const TrajectoryPoint& p : t->points) {
            if (progressAt(s, j, p.loss, p.gradNorm) <= j.tolerance) {
                j.metAtStep = p.step;
                break;
            }
        }
    } else if (j.criterion == Criterion::GradientBelow) {
        j.metAtStep = s.stopStep;
    }
    j.regime = classify(f, s, j, settings.noise);
    if (j.regime == Regime::Stalled) j.criterion = Criterion::None; // not a minimum: not converged
    j.verdict = regimeDescription(j.regime);
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
                      const std::string& stopDetail) {
    return judge(f, shape, settings, nullptr, stopDetail);
}

RunJudgement judgeRun(const CompiledFunction& f, const Trajectory& t, const DescentSettings& settings) {
    return judge(f, shapeOf(t, settings.maxSteps), settings, &t, t.stopDetail);
}

} // namespace gradlab
