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
    }
    return "";
}

const char* regimeDescription(Regime r) {
    switch (r) {
    case Regime::Monotone:
        return "converging steadily: every step moves the same way, downhill";
    case Regime::Oscillating:
        return "oscillating: the steps overshoot and turn back, but the error shrinks";
    case Regime::Bouncing:
        return "bouncing: the steps flip sides and the error neither shrinks nor grows";
    case Regime::Diverging:
        return "diverging: each step overshoots further and the error grows";
    case Regime::TooSlow:
        return "too slow: every step moves the same way, but the steps are too short to get close in time";
    case Regime::NoMinimum:
        return "no minimum ahead: the run is still moving and no minimum was found ahead of it";
    case Regime::Unbounded:
        return "unbounded: the loss keeps falling, so there is no minimum to reach this way";
    case Regime::NotStarted:
        return "no run: the loss or its gradient is undefined at the start";
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

std::string shortNumber(double v) {
    if (std::isnan(v)) return "undefined";
    if (std::isinf(v)) return v > 0 ? "+infinity" : "-infinity";
    if (v == 0.0) return "0";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.3g", v);
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

std::string pointText(const CompiledFunction& f, const double* p) {
    if (f.dimension() == 1) return f.variables()[0] + " = " + shortNumber(p[0]);
    return "(" + f.variables()[0] + ", " + f.variables()[1] + ") = (" + shortNumber(p[0]) + ", " +
           shortNumber(p[1]) + ")";
}

std::string trendText(const RunShape& s) {
    if (!std::isfinite(s.previousLoss)) return "";
    if (s.lastLoss < s.previousLoss) return ", still falling";
    if (s.lastLoss > s.previousLoss) return ", rising at the last step";
    return ", unchanged at the last step";
}

std::string minimumText(const CompiledFunction& f, const RunJudgement& j, const RunShape& s) {
    // A minimum value below the round-off of the losses around it is zero to the eye: say so.
    const double scale = std::max({1.0, std::fabs(s.firstLoss), std::fabs(s.lastLoss)});
    const std::string value =
        std::fabs(j.minimumLoss) < 1e-15 * scale && j.minimumLoss != 0.0 ? "≈ 0" : shortNumber(j.minimumLoss);
    return "the minimum (" + value + " at " + pointText(f, j.minimum) + ")";
}

std::string factorText(const CompiledFunction& f, const RunJudgement& j, double lr) {
    const std::string lambda = f.dimension() == 1 ? "f″(" + f.variables()[0] + "*)" : "λmax";
    return "r = 1 − η·" + lambda + " = 1 − " + shortNumber(lr) + "·" + shortNumber(j.curvature) + " = " +
           shortNumber(j.factor);
}

Regime classify(const RunShape& s, const RunJudgement& j) {
    if (!s.recorded() || (s.stopReason == StopReason::Diverged && s.stopStep == 0)) return Regime::NotStarted;
    if (s.stopReason == StopReason::Diverged) {
        const bool fellAway = s.stopLoss < -kDivergenceBound || s.lastLoss < -kDivergenceBound;
        return fellAway ? Regime::Unbounded : Regime::Diverging;
    }
    const bool flipping = s.tailPairs >= 2 && 2 * s.tailReversals >= s.tailPairs;
    const bool turning = s.tailReversals >= 2;
    const bool shrinking = s.tailRate < 1.0 - kSteady;
    const bool growing = s.tailRate > 1.0 + kSteady && s.lastLoss > s.firstLoss;
    Regime r;
    if (j.converged())
        r = flipping || turning || s.reversals >= 2 ? Regime::Oscillating : Regime::Monotone;
    else if (growing)
        r = Regime::Diverging;
    else if (flipping)
        r = shrinking ? Regime::Oscillating : Regime::Bouncing;
    else if (turning && shrinking)
        r = Regime::Oscillating;
    else
        r = j.hasMinimum ? Regime::TooSlow : Regime::NoMinimum;
    // Plain descent with the curvature known: r = -1 bounces for ever, whatever a finite run measured.
    if (j.hasFactor && !j.converged() && r != Regime::Diverging) {
        if (std::fabs(j.factor + 1.0) <= 1e-9 && flipping) r = Regime::Bouncing;
        if (j.factor < -1.0 && flipping) r = Regime::Bouncing; // a cycle around the minimum, not into it
    }
    return r;
}

std::string describe(const CompiledFunction& f, const RunShape& s, const RunJudgement& j,
                     const DescentSettings& settings, const std::string& detail) {
    const std::string k = std::to_string(s.stopReason == StopReason::Running ? s.steps : s.stopStep);
    const std::string loss = shortNumber(s.lastLoss);
    const std::string grad = f.dimension() == 1 ? "|f′|" : "|∇f|";
    std::string out;
    if (j.regime == Regime::NotStarted) {
        out = "Cannot start here: " + (detail.empty() ? std::string("the loss is undefined") : detail) +
              ". Move the start into the function's domain.";
    } else if (s.stopReason == StopReason::Running) {
        out = s.steps == 0 ? "Ready at the start (the loss is " + loss + "): no step taken yet."
                           : "Step " + k + ": the loss is " + loss + trendText(s) + ".";
    } else if (j.regime == Regime::Unbounded) {
        out = "Stopped at step " + k + ": " + detail +
              ". The loss keeps falling, so there is no minimum to " + "reach this way.";
    } else if (s.stopReason == StopReason::Diverged) {
        out = "Diverged at step " + k + ": " + detail + ".";
        if (j.hasFactor && j.factor < -1.0)
            out += " Near " + minimumText(f, j, s) + " each step multiplies the distance to it by " +
                   factorText(f, j, settings.hyperparameters.learningRate) + "; |r| > 1, so the learning " +
                   "rate is too large (above " + shortNumber(2.0 / j.curvature) + ").";
    } else if (j.criterion == Criterion::GradientBelow) {
        out = "Converged at step " + k + ": " + grad + " = " + shortNumber(s.lastGradNorm) +
              " fell below the tolerance " + shortNumber(j.tolerance) + "; the loss is " + loss + ".";
    } else {
        // A bouncing run's last step says nothing about where it is going: no trend for it.
        const std::string head = "after " + k + (s.stopStep == 1 ? " step" : " steps") + " the loss is " +
                                 loss + (j.regime == Regime::Bouncing ? std::string() : trendText(s));
        std::string measure;
        if (j.hasMinimum)
            measure = "its gap to " + minimumText(f, j, s) + " is " + shortNumber(j.progress) +
                      " of what it was at the start";
        else
            measure = grad + " is " + shortNumber(j.progress) + " of its value at the start";
        if (j.converged())
            out = "Converged: " + head + "; " + measure + ", below the tolerance " +
                  shortNumber(j.tolerance) + ".";
        else
            out = "Not converged: " + head + "; " + measure + " (the tolerance is " +
                  shortNumber(j.tolerance) + ")" + (j.hasMinimum ? "" : "; no minimum was found ahead") + ".";
    }
    if (j.regime == Regime::Bouncing && j.hasFactor)
        out += " Near " + minimumText(f, j, s) + ", " +
               factorText(f, j, settings.hyperparameters.learningRate) +
               (std::fabs(j.factor + 1.0) <= 1e-9 ? ": the run flips between two points for ever."
                                                  : ": the steps are too large to settle into the minimum.");
    if (s.newtonFallbacks > 0) {
        out += " Newton's method took a gradient step at step " + std::to_string(s.firstNewtonFallback);
        if (s.newtonFallbacks > 1) out += " and " + std::to_string(s.newtonFallbacks - 1) + " more";
        out += f.dimension() == 1
                   ? ": f″ ≤ 0 there, so a Newton step would not go downhill."
                   : ": the Hessian is not positive definite there, so a Newton step would not "
                     "go downhill.";
    }
    return out;
}

} // namespace

RunJudgement judgeRun(const CompiledFunction& f, const RunShape& s, const DescentSettings& settings,
                      const std::string& stopDetail) {
    RunJudgement j;
    j.tolerance = settings.tolerance > 0 ? settings.tolerance : 1e-6;
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
        if (s.stopReason == StopReason::Converged) {
            j.criterion = Criterion::GradientBelow;
        } else if (s.stopReason != StopReason::Diverged) {
            if (j.hasMinimum) {
                const double gap0 = s.firstLoss - j.minimumLoss;
                const double gap = std::max(0.0, s.lastLoss - j.minimumLoss);
                j.progress = gap0 > 0 ? gap / gap0 : (gap > 0 ? INFINITY : 0.0);
                if (j.progress <= j.tolerance) j.criterion = Criterion::LossGap;
            } else if (s.firstGradNorm > 0) {
                j.progress = s.lastGradNorm / s.firstGradNorm;
                if (j.progress <= j.tolerance) j.criterion = Criterion::GradientRatio;
            }
        }
    }
    j.regime = classify(s, j);
    j.verdict = regimeDescription(j.regime);
    j.outcome = describe(f, s, j, settings, stopDetail);
    return j;
}

RunJudgement judgeRun(const CompiledFunction& f, const Trajectory& t, const DescentSettings& settings) {
    return judgeRun(f, shapeOf(t, settings.maxSteps), settings, t.stopDetail);
}

} // namespace gradlab
