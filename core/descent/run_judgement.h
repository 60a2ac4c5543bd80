#pragma once
// How a run is judged, in one place for the lessons, the sweep, the CSV tables and the command line: its
// regime (how it moved), whether it converged and by which criterion, the minimum it approaches, and two
// sentences for the learner that say no more than the run shows.

#include "descent/descent.h"
#include "descent/minimum_memo.h"
#include "descent/run_shape.h"
#include "text/text.h"

#include <string>

namespace gradlab {

/// How a run moved, judged from the run itself (the sign pattern of its steps, whether its loss and
/// gradient shrink or grow over its last steps). For plain gradient descent near a minimum w* the error is
/// multiplied each step by r = 1 − η·λ (λ = f″(w*), or the Hessian's eigenvalue that decides):
/// 0 ≤ r < 1 monotone, −1 < r < 0 oscillating, r = −1 a bounce to first order, r < −1 no settling.
enum class Regime {
    Monotone,    ///< converged, every step in the same direction and the loss never rising
    Oscillating, ///< the steps overshoot and turn back, and the error shrinks
    Bouncing,    ///< the steps flip sides, and the error neither shrinks nor grows
    Diverging,   ///< the error grows (or the run passed the divergence bound)
    TooSlow,     ///< still far from the minimum at the last step, every late step the same way and downhill
    NoMinimum,   ///< still moving steadily downhill, and no minimum was found ahead of the run
    Unbounded,   ///< the loss fell without end (below −1e12 or to −∞)
    NotStarted,  ///< the loss or gradient is undefined at the start
    AtRest,      ///< the start is already a minimum within the tolerance: no step was needed
    Stalled,     ///< the gradient vanished at a point that is not a minimum (a maximum, saddle or inflection)
    LeftDomain,  ///< a step went where the loss or its gradient is undefined
    Irregular,   ///< none of these: the late steps jump about without a steady pattern
    Wandering,   ///< gradient noise keeps the run jittering about the minimum: its error stopped shrinking
    TooShort,    ///< too few steps to show a pattern (fewer than two pairs of steps to compare), and the few
                 ///< there are neither all go the same way downhill nor all raise the loss
    Frozen, ///< not converged, and a schedule shrank the rate below kFrozenRate × the base rate before the
            ///< last quarter of the run began: its late steps barely move, and more steps cannot help
};
constexpr int kRegimeCount = 15;
/// The fraction of the base rate below which a schedule has frozen a run (see Regime::Frozen).
constexpr double kFrozenRate = 1e-6;

/// "monotone", "oscillating", "bouncing", "diverging", "too_slow", "no_minimum", "unbounded",
/// "not_started", "at_rest", "stalled", "left_domain", "irregular", "wandering", "too_short", "frozen": the
/// word the CSV tables and the command line print.
const char* regimeName(Regime r);
/// A short title for legends: "steady, error shrinking", "oscillates, error shrinking", "bounces", …
Text regimeTitle(Regime r);
/// A sentence for the learner: "oscillating: the steps overshoot and flip sides, but the error shrinks".
/// With `converged` false, a steady or oscillating run that has not met the tolerance (it stopped at its step
/// limit) is not called converging: "steady but unfinished: …, but the steps ran out before the tolerance".
Text regimeDescription(Regime r, bool converged = true);

/// What made a run count as converged.
enum class Criterion {
    None,          ///< not converged
    GradientBelow, ///< ‖∇f‖ fell below the tolerance (the run stopped there)
    LossGap,       ///< the loss's gap to the minimum it approaches shrank to tolerance × its start value
    GradientRatio, ///< no minimum known: ‖∇f‖ shrank to tolerance × its start value
};

/// "none", "gradient_below_tolerance", "loss_gap", "gradient_ratio".
const char* criterionName(Criterion c);

struct RunJudgement {
    Regime regime = Regime::NotStarted;
    Criterion criterion = Criterion::None;
    bool converged() const { return criterion != Criterion::None; }
    /// The minimum the run approaches (found by Newton's method from where the run ended; from the
    /// start for a run that diverged), if there is one with positive curvature.
    bool hasMinimum = false;
    double minimum[kMaxDimension] = {0.0, 0.0};
    double minimumLoss = 0.0;
    /// Plain gradient descent with a known minimum: r = 1 − η·λ for the curvature λ that decides, where η is
    /// the rate of the run's last update (the base rate unless a schedule changed it).
    bool hasFactor = false;
    double factor = 0.0;
    double curvature = 0.0;
    /// The measure the criterion compares with the tolerance: the loss gap (or, without a minimum, the
    /// gradient norm) at the last step as a fraction of its start value. NaN if not measured.
    double progress = NAN;
    double tolerance = 1e-6; ///< the tolerance it was judged with
    /// The first step at which the criterion held (judged from a whole trajectory), or -1 if unknown.
    int metAtStep = -1;
    Text verdict; ///< regimeDescription(regime)
    Text outcome; ///< what the run reached, in a sentence or two (the command line prints its english())
};

/// Judges a run of `settings` on `f` from its shape, with the run's own tolerance (0: only an exact
/// arrival counts).
RunJudgement judgeRun(const CompiledFunction& f, const RunShape& shape, const DescentSettings& settings,
                      const Text& stopDetail = {});
RunJudgement judgeRun(const CompiledFunction& f, const Trajectory& t, const DescentSettings& settings);

/// judgeRun(f, shape, settings).converged(), without the rest of the judgement: it reads only the shape's
/// ends (start, last point, their losses and gradient norms; not the tail) and locates the minimum only when
/// the criterion needs it (with `memo`, reusing earlier searches of f: see MinimumMemo). What the stability
/// map draws.
bool judgeConverged(const CompiledFunction& f, const RunShape& shape, const DescentSettings& settings,
                    MinimumMemo* memo = nullptr);

/// A number as the sentences print it: `digits` significant digits, exponents without padding ("5.1e-9").
std::string shortNumber(double v, int digits = 3);

} // namespace gradlab
