#include "descent/step_explanation.h"

#include "descent/run_judgement.h"
#include "expression/parser.h"
#include "expression/printer.h"
#include "expression/tree_evaluate.h"

#include <cctype>
#include <cmath>

namespace gradlab {

namespace {

std::string unicodeMinus(std::string s) {
    for (std::size_t i = s.find('-'); i != std::string::npos; i = s.find('-', i))
        s.replace(i, 1, "−");
    return s;
}

// A value inside a substituted expression: negative ones in parentheses, so "0.9·(−1.2)" reads right.
std::string operand(double v) {
    return asOperand(explanationNumber(v));
}

// A hyperparameter the learner typed (μ, α, β, ε): printed exactly, as typed, not rounded to 6 digits;
// in parentheses when negative, as every substituted number.
std::string constant(double v) {
    return asOperand(unicodeMinus(formatNumber(v)));
}

// The symbol of a per-coordinate quantity: "v" in one variable, "v_x" in two.
struct Namer {
    const StepExplanation& e;
    std::string operator()(const std::string& symbol, int i) const {
        return e.dimension == 1 ? symbol : symbol + "_" + e.variables[static_cast<std::size_t>(i)];
    }
};

// `symbolic` is written "v = μ·v + g" and shown as the assignment it is, "v ← μ·v + g" (as the rule writes
// it: "w = w − η·v" is false read as an equation).
void addEquation(StepExplanation& e, int i, std::string symbolic, std::string substituted, double value) {
    if (const std::size_t at = symbolic.find(" = "); at != std::string::npos) symbolic.replace(at, 3, " ← ");
    e.equations.push_back({i, std::move(symbolic), std::move(substituted), value});
}

// θ_{k+1} = θ_k − step·direction: the last line of every rule.
void addUpdate(StepExplanation& e, int i, const std::string& step, const std::string& direction,
               const std::string& stepValue, const std::string& directionValue) {
    const std::string& x = e.variables[static_cast<std::size_t>(i)];
    addEquation(e, i, x + " = " + x + " − " + step + "·" + direction,
                explanationNumber(e.point[i]) + " − " + stepValue + "·" + directionValue, e.next[i]);
}

void addNote(StepExplanation& e, Text sentence) {
    e.note = Text::joined({std::move(e.note), std::move(sentence)});
}

/// A line of the rule that is only symbols.
void addRule(StepExplanation& e, const std::string& symbols) {
    e.rule.push_back(Text::verbatim(symbols));
}

void explainGradientStep(StepExplanation& e) {
    const Namer n{e};
    addRule(e, "θ ← θ − η·g");
    for (int i = 0; i < e.dimension; ++i)
        addUpdate(e, i, "η", n("g", i), operand(e.learningRate), operand(e.stepGradient[i]));
}

void explainMomentum(StepExplanation& e, const Hyperparameters& hp) {
    const Namer n{e};
    const bool nesterov = e.optimizer == OptimizerKind::Nesterov;
    const StepStateVector& v = e.state[0];
    // torch.optim.SGD starts the buffer at the first gradient (not at μ·0 + g, which is the same number).
    if (e.step == 0)
        e.rule.push_back(Text(
            GRADLAB_TEXT("StepExplanation", "v ← g (the first update starts the velocity at the gradient)")));
    else
        addRule(e, "v ← μ·v + g");
    addRule(e, nesterov ? "θ ← θ − η·(g + μ·v)" : "θ ← θ − η·v");
    for (int i = 0; i < e.dimension; ++i) {
        if (e.step == 0)
            addEquation(e, i, n("v", i) + " = " + n("g", i), explanationNumber(e.stepGradient[i]),
                        v.after[i]);
        else
            addEquation(e, i, n("v", i) + " = μ·" + n("v", i) + " + " + n("g", i),
                        constant(hp.momentum) + "·" + operand(v.before[i]) + " + " +
                            operand(e.stepGradient[i]),
                        v.after[i]);
        if (nesterov)
            addUpdate(e, i, "η", "(" + n("g", i) + " + μ·" + n("v", i) + ")", operand(e.learningRate),
                      "(" + operand(e.stepGradient[i]) + " + " + constant(hp.momentum) + "·" +
                          operand(v.after[i]) + ")");
        else
            addUpdate(e, i, "η", n("v", i), operand(e.learningRate), operand(v.after[i]));
    }
}

// η′ = η/(√S + ε) for the accumulator S (adagrad's G, rmsprop's E[g²], adam's v̂).
void addStepSize(StepExplanation& e, int i, const std::string& accumulator, double accumulatorValue,
                 double eps) {
    const Namer n{e};
    addEquation(e, i, n("η′", i) + " = η/(√" + n(accumulator, i) + " + ε)",
                explanationNumber(e.learningRate) + "/(√" + operand(accumulatorValue) + " + " +
                    constant(eps) + ")",
                e.effectiveStepSize[i]);
}

void explainAdagradOrRmsprop(StepExplanation& e, const Hyperparameters& hp) {
    const Namer n{e};
    const bool adagrad = e.optimizer == OptimizerKind::Adagrad;
    const std::string S = adagrad ? "G" : "E[g²]";
    const double eps = hp.epsilonFor(e.optimizer);
    const StepStateVector& s = e.state[0];
    addRule(e, adagrad ? "G ← G + g²" : "E[g²] ← α·E[g²] + (1 − α)·g²");
    addRule(e, "η′ ← η/(√" + S + " + ε)");
    addRule(e, "θ ← θ − η′·g");
    for (int i = 0; i < e.dimension; ++i) {
        if (adagrad)
            addEquation(e, i, n(S, i) + " = " + n(S, i) + " + " + n("g", i) + "²",
                        explanationNumber(s.before[i]) + " + " + operand(e.stepGradient[i]) + "²",
                        s.after[i]);
        else
            addEquation(e, i, n(S, i) + " = α·" + n(S, i) + " + (1 − α)·" + n("g", i) + "²",
                        constant(hp.alpha) + "·" + operand(s.before[i]) + " + (1 − " + constant(hp.alpha) +
                            ")·" + operand(e.stepGradient[i]) + "²",
                        s.after[i]);
        addStepSize(e, i, S, s.after[i], eps);
        addUpdate(e, i, n("η′", i), n("g", i), operand(e.effectiveStepSize[i]), operand(e.stepGradient[i]));
    }
}

void explainAdam(StepExplanation& e, const Hyperparameters& hp) {
    const Namer n{e};
    const StepStateVector &m = e.state[0], &v = e.state[1], &mHat = e.state[2], &vHat = e.state[3];
    const std::string t = std::to_string(e.updateCount);
    for (const std::string& line :
         {std::string("m ← β₁·m + (1 − β₁)·g"), std::string("v ← β₂·v + (1 − β₂)·g²"),
          "m̂ ← m/(1 − β₁ᵗ),  v̂ ← v/(1 − β₂ᵗ)  (t = " + t + ")", std::string("η′ ← η/(√v̂ + ε)"),
          std::string("θ ← θ − η′·m̂")})
        addRule(e, line);
    for (int i = 0; i < e.dimension; ++i) {
        addEquation(e, i, n("m", i) + " = β₁·" + n("m", i) + " + (1 − β₁)·" + n("g", i),
                    constant(hp.beta1) + "·" + operand(m.before[i]) + " + (1 − " + constant(hp.beta1) + ")·" +
                        operand(e.stepGradient[i]),
                    m.after[i]);
        addEquation(e, i, n("v", i) + " = β₂·" + n("v", i) + " + (1 − β₂)·" + n("g", i) + "²",
                    constant(hp.beta2) + "·" + operand(v.before[i]) + " + (1 − " + constant(hp.beta2) + ")·" +
                        operand(e.stepGradient[i]) + "²",
                    v.after[i]);
        addEquation(e, i, n("m̂", i) + " = " + n("m", i) + "/(1 − β₁^" + t + ")",
                    operand(m.after[i]) + "/(1 − " + constant(hp.beta1) + "^" + t + ")", mHat.after[i]);
        addEquation(e, i, n("v̂", i) + " = " + n("v", i) + "/(1 − β₂^" + t + ")",
                    operand(v.after[i]) + "/(1 − " + constant(hp.beta2) + "^" + t + ")", vHat.after[i]);
        addStepSize(e, i, "v̂", vHat.after[i], hp.epsilonFor(e.optimizer));
        addUpdate(e, i, n("η′", i), n("m̂", i), operand(e.effectiveStepSize[i]), operand(mHat.after[i]));
    }
}

void explainNewton(StepExplanation& e) {
    const Namer n{e};
    const std::string eta = operand(e.learningRate);
    if (e.dimension == 1) {
        const double h = e.curvature[0];
        if (e.newtonFellBack) {
            addNote(e, Text(GRADLAB_TEXT(
                                "StepExplanation",
                                "f″ = %1 is not positive: the parabola through this point has no minimum "
                                "to jump to, so Newton's method takes a gradient step."),
                            {Text::number(explanationNumber(h))}));
            return explainGradientStep(e);
        }
        e.rule.push_back(Text(GRADLAB_TEXT(
            "StepExplanation",
            "θ ← θ − η·g/f″  (the minimum of the parabola with slope g and curvature f″, for η = 1)")));
        addUpdate(e, 0, "η", "g/f″", eta, operand(e.stepGradient[0]) + "/" + operand(h));
        return;
    }
    const double *H = e.curvature, *g = e.stepGradient;
    const double det = H[0] * H[3] - H[1] * H[2];
    if (e.newtonFellBack) {
        addNote(e, Text(GRADLAB_TEXT(
                            "StepExplanation",
                            "H is not positive definite (det H = %1, %2 = %3): the local quadratic model "
                            "has no minimum to jump to, so Newton's method takes a gradient step."),
                        {Text::number(explanationNumber(det)),
                         Text::verbatim("H_" + e.variables[0] + e.variables[0]),
                         Text::number(explanationNumber(H[0]))}));
        return explainGradientStep(e);
    }
    e.rule.push_back(Text(GRADLAB_TEXT("StepExplanation", "d ← H⁻¹·g  (solving H·d = g)")));
    addRule(e, "θ ← θ − η·d");
    const std::string &x = e.variables[0], &y = e.variables[1];
    const std::string hxx = "H_" + x + x, hxy = "H_" + x + y, hyx = "H_" + y + x, hyy = "H_" + y + y;
    addEquation(e, 0, "det H = " + hxx + "·" + hyy + " − " + hxy + "·" + hyx,
                operand(H[0]) + "·" + operand(H[3]) + " − " + operand(H[1]) + "·" + operand(H[2]), det);
    // H⁻¹ of a 2×2 matrix by Cramer's rule: d = (H_yy·g_x − H_xy·g_y, H_xx·g_y − H_yx·g_x)/det H.
    const double d[2] = {(H[3] * g[0] - H[1] * g[1]) / det, (H[0] * g[1] - H[2] * g[0]) / det};
    const int other[2] = {1, 0};
    const std::string diagonal[2] = {hyy, hxx}, offDiagonal[2] = {hxy, hyx};
    const double diagonalValue[2] = {H[3], H[0]}, offDiagonalValue[2] = {H[1], H[2]};
    for (int i = 0; i < 2; ++i) {
        const int j = other[i];
        addEquation(e, i,
                    n("d", i) + " = (" + diagonal[i] + "·" + n("g", i) + " − " + offDiagonal[i] + "·" +
                        n("g", j) + ")/det H",
                    "(" + operand(diagonalValue[i]) + "·" + operand(g[i]) + " − " +
                        operand(offDiagonalValue[i]) + "·" + operand(g[j]) + ")/" + operand(det),
                    d[i]);
        addUpdate(e, i, "η", n("d", i), eta, operand(d[i]));
    }
}

} // namespace

std::string explanationNumber(double v) {
    if (v == 0.0) v = 0.0; // −0 reads as 0
    return unicodeMinus(shortNumber(v, 6));
}

namespace {
// The substituted side as a formula, ASCII minus signs: "√" takes the operand that follows it ("√291.778",
// "√(…)"), which the formula syntax writes sqrt(…).
std::string asFormula(std::string substituted) {
    for (std::size_t i = substituted.find("−"); i != std::string::npos; i = substituted.find("−", i))
        substituted.replace(i, std::string("−").size(), "-"); // "1e−08" is a number only with '-'
    static const std::string root = "√";
    std::string out;
    std::size_t i = 0;
    while (i < substituted.size()) {
        if (substituted.compare(i, root.size(), root) != 0) {
            out += substituted[i++];
            continue;
        }
        std::size_t j = i + root.size();
        if (j < substituted.size() && substituted[j] == '(') {
            for (int depth = 0; j < substituted.size(); ++j) {
                depth += substituted[j] == '(' ? 1 : substituted[j] == ')' ? -1 : 0;
                if (depth == 0) break;
            }
            ++j;
        } else {
            while (j < substituted.size() &&
                   (std::isdigit(static_cast<unsigned char>(substituted[j])) || substituted[j] == '.' ||
                    substituted[j] == 'e' ||
                    ((substituted[j] == '-' || substituted[j] == '+') && substituted[j - 1] == 'e')))
                ++j;
        }
        out += "sqrt(" + substituted.substr(i + root.size(), j - i - root.size()) + ")";
        i = j;
    }
    return out;
}
} // namespace

std::string StepEquation::relation() const {
    const ParseResult r = parse(asFormula(substituted));
    if (!r.ok || r.formula.dimension() != 0) return "="; // not arithmetic: nothing to add up
    return explanationNumber(evaluateTree<double>(r.formula.expr, nullptr)) == explanationNumber(value) ? "="
                                                                                                        : "≈";
}

std::string StepEquation::text() const {
    const std::string result = explanationNumber(value);
    return symbolic + " = " +
           (substituted == result ? result : substituted + " " + relation() + " " + result);
}

int explainableSteps(const Trajectory& t) {
    return t.points.empty() ? 0 : static_cast<int>(t.points.size()) - 1;
}

StepExplanation explainStep(const Trajectory& t, int k, const CompiledFunction& f) {
    StepExplanation e;
    e.step = k;
    e.dimension = t.dimension;
    e.optimizer = t.optimizer;
    e.variables = f.variables();
    if (f.dimension() != t.dimension) {
        e.problem = "the function has " + std::to_string(f.dimension()) + " variables and the run " +
                    std::to_string(t.dimension);
        return e;
    }
    const int last = explainableSteps(t);
    if (k < 0 || k >= last) {
        e.problem = last == 0 ? std::string("the run took no step")
                              : "step " + std::to_string(k) + " is not one of the run's updates (0 to " +
                                    std::to_string(last - 1) + ")";
        return e;
    }
    const TrajectoryPoint &from = t.points[static_cast<std::size_t>(k)],
                          &to = t.points[static_cast<std::size_t>(k) + 1];
    const Hyperparameters& hp = t.hyperparameters;
    e.valid = true;
    e.loss = from.loss;
    e.nextLoss = to.loss;
    e.learningRate = to.learningRate;
    e.updateCount = k + 1;
    e.newtonFellBack = to.newtonFellBack;
    for (int i = 0; i < e.dimension; ++i) {
        e.point[i] = from.point[i];
        e.gradient[i] = from.gradient[i];
        e.stepGradient[i] = to.stepGradient[i];
        e.noisy = e.noisy || to.stepGradient[i] != from.gradient[i];
        e.next[i] = to.point[i];
    }
    auto addState = [&](TextPattern name, const char* symbol, const char* torchName, const double* before,
                        const double* after) {
        StepStateVector s{Text(name), symbol, torchName, k > 0 && before};
        for (int i = 0; i < e.dimension; ++i) {
            s.before[i] = k > 0 && before ? before[i] : 0.0;
            s.after[i] = after[i];
        }
        e.state.push_back(s);
    };
    switch (t.optimizer) {
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov:
        addState(GRADLAB_TEXT("StepExplanation", "velocity"), "v", "momentum_buffer", from.firstState,
                 to.firstState);
        break;
    case OptimizerKind::Adagrad:
        addState(GRADLAB_TEXT("StepExplanation", "accumulated G (sum of g²)"), "G", "sum", from.firstState,
                 to.firstState);
        break;
    case OptimizerKind::RMSprop:
        addState(GRADLAB_TEXT("StepExplanation", "mean square of g"), "E[g²]", "square_avg", from.firstState,
                 to.firstState);
        break;
    case OptimizerKind::Adam: {
        addState(GRADLAB_TEXT("StepExplanation", "first moment (mean of g)"), "m", "exp_avg", from.firstState,
                 to.firstState);
        addState(GRADLAB_TEXT("StepExplanation", "second moment (mean of g²)"), "v", "exp_avg_sq",
                 from.secondState, to.secondState);
        double mHat[kMaxDimension] = {0.0, 0.0}, vHat[kMaxDimension] = {0.0, 0.0};
        for (int i = 0; i < e.dimension; ++i) {
            mHat[i] = biasCorrected(to.firstState[i], hp.beta1, e.updateCount);
            vHat[i] = biasCorrected(to.secondState[i], hp.beta2, e.updateCount);
        }
        addState(GRADLAB_TEXT("StepExplanation", "m bias-corrected"), "m̂", "", nullptr, mHat);
        addState(GRADLAB_TEXT("StepExplanation", "v bias-corrected"), "v̂", "", nullptr, vHat);
        break;
    }
    default:
        break;
    }
    e.hasEffectiveStepSize = hasPerCoordinateStepSize(t.optimizer);
    if (e.hasEffectiveStepSize)
        for (int i = 0; i < e.dimension; ++i)
            e.effectiveStepSize[i] = effectiveStepSize(t.optimizer, hp, e.learningRate, e.updateCount,
                                                       to.firstState[i], to.secondState[i]);
    if (t.optimizer == OptimizerKind::Newton) {
        double g[kMaxDimension];
        f.valueGradientHessian(e.point, g, e.curvature);
    }
    if (e.noisy)
        e.rule.push_back(
            Text(GRADLAB_TEXT("StepExplanation", "g = ∇f(θ) + noise: the gradient this update used")));
    else
        addRule(e, "g = ∇f(θ)");
    if (e.noisy)
        addNote(e,
                Text(GRADLAB_TEXT("StepExplanation",
                                  "With gradient noise, the update used g, not the true gradient ∇f(θ).")));
    switch (t.optimizer) {
    case OptimizerKind::GradientDescent:
        explainGradientStep(e);
        break;
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov:
        explainMomentum(e, hp);
        break;
    case OptimizerKind::Adagrad:
    case OptimizerKind::RMSprop:
        explainAdagradOrRmsprop(e, hp);
        break;
    case OptimizerKind::Adam:
        explainAdam(e, hp);
        break;
    case OptimizerKind::Newton:
        explainNewton(e);
        break;
    }
    return e;
}

} // namespace gradlab
