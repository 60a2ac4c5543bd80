#include "descent/run_judgement.h"

#include "descent/analysis.h"

#include <algorithm>
#include <cstdio>

namespace gradlab {

namespace {
/// The tail's gradient norm must change by more than this per step to count as shrinking or growing.
constexpr double kSteady = 1e-3;
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
    }
    return "";
}

const char* regimeDescription(Regime r) {
    switch (r) {
    case Regime::Monotone:
        return "converging steadily: every step moves the same way and the loss falls at every step";
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
    const double scale = std::max({1e-300, std::fabs(lo), std::fabs(hi)});
    const double tiny = 1e-8 * scale;
    const std::string curvature =
        n == 1 ? "f″ = " + shortNumber(lo)
               : "the Hessian's eigenvalues are " + shortNumber(lo) + " and " + shortNumber(hi);
    if (hi < -tiny) return curvature + " there: f curves down, as near a maximum, not a minimum";
    if (lo < -tiny && hi > tiny)
        return curvature + " there: f curves down in one direction, as near a saddle";
    return curvature + " there, and f is lower nearby";
}

Regime classify(const CompiledFunction& f, const RunShape& s, const RunJudgement& j) {
    if (!s.recorded() || (s.stopReason == StopReason::Diverged && s.stopStep == 0)) return Regime::NotStarted;
    if (s.stopReason == StopReason::Diverged) {
        if (s.stopLoss < -kDivergenceBound || s.lastLoss < -kDivergenceBound) return Regime::Unbounded;
        if (std::isnan(s.stopLoss)) return Regime::LeftDomain;
        return Regime::Diverging;
    }
    // A vanishing gradient where f curves down, or where no minimum is near, is not a minimum.
    if (s.stopReason == StopReason::Converged) {
        double ev[kMaxDimension] = {0.0, 0.0};
        const bool curvesDown = hessianEigenvalues(f, s.last, ev) && ev[0] < 0;
        if (curvesDown || (!j.hasMinimum && !isLocalMinimum(f, s.last))) return Regime::Stalled;
    }
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

std::string describe(const CompiledFunction& f, const RunShape& s, const RunJudgement& j,
                     const DescentSettings& settings, const std::string& detail) {
    const std::string k = std::to_string(s.stopReason == StopReason::Running ? s.steps : s.stopStep);
    const std::string loss = shortNumber(s.lastLoss);
    const std::string grad = f.dimension() == 1 ? "|f′|" : "|∇f|";
    const double lr = settings.hyperparameters.learningRate;
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
                   factorText(f, j, lr) + "; |r| > 1, so the learning rate is too large there (above " +
                   shortNumber(2.0 / j.curvature, 5) + ").";
        return out + fallbackText(f, s);
    }
    if (j.criterion == Criterion::GradientBelow) {
        out = "Converged at step " + k + ": " + grad + " = " + shortNumber(s.lastGradNorm) +
              " fell below the tolerance " + shortNumber(j.tolerance) + "; the loss is " + loss + ".";
        return out + fallbackText(f, s);
    }
    // A bouncing run's last step says nothing about where it is going: no trend for it.
    const std::string head = "after " + k + (s.stopStep == 1 ? " step" : " steps") + " the loss is " + loss +
                             (j.regime == Regime::Bouncing ? std::string() : trendText(s));
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
        out += " Near " + minimumText(f, j, s) + ", " + factorText(f, j, lr);
        out += std::fabs(j.factor + 1.0) <= 1e-9 ? ": to first order each step only flips the error's sign."
               : j.factor < -1.0                 ? ": the steps are too large to settle into the minimum."
                                                 : ".";
    }
    return out + fallbackText(f, s);
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
        // The minimum it approaches: from where it ended, or (diverged) the one it left from the start.
        const double* from = s.stopReason == StopReason::Diverged ? s.start : s.last;
        double w[kMaxDimension] = {from[0], n > 1 ? from[1] : 0.0};
        if (locateMinimum(f, from, w)) {
            j.hasMinimum = true;
            j.minimum[0] = w[0];
            j.minimum[1] = w[1];
            j.minimumLoss = f.value(w);
            double ev[kMaxDimension] = {0.0, 0.0};
            if (settings.optimizer == OptimizerKind::GradientDescent && hessianEigenvalues(f, w, ev)) {
                const double lr = settings.hyperparameters.learningRate;
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
    j.regime = classify(f, s, j);
    if (j.regime == Regime::Stalled) j.criterion = Criterion::None; // not a minimum: not converged
    j.verdict = regimeDescription(j.regime);
    j.outcome = describe(f, s, j, settings, stopDetail);
    return j;
}

} // namespace

RunJudgement judgeRun(const CompiledFunction& f, const RunShape& shape, const DescentSettings& settings,
                      const std::string& stopDetail) {
    return judge(f, shape, settings, nullptr, stopDetail);
}

RunJudgement judgeRun(const CompiledFunction& f, const Trajectory& t, const DescentSettings& settings) {
    return judge(f, shapeOf(t, settings.maxSteps), settings, &t, t.stopDetail);
}

} // namespace gradlab
