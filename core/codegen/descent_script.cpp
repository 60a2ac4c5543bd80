#include "codegen/descent_script.h"

#include "codegen/python_expression.h"
#include "codegen/run_script_parts.h"
#include "expression/printer.h"

namespace gradlab {

namespace {

// The keys of `gradlab descend --json` that judge a run rather than report it: the script leaves them out.
const char* const kJudgementWords =
    "regime, converged, criterion, minimum, minimum_loss, r, verdict, outcome";

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : separator) + s;
    return out;
}

// The `gradlab descend` command that prints the same object as one run.
std::string descendCommand(const DescentScriptSettings& d, const DescentSettings& s) {
    std::vector<std::string> start;
    for (double v : d.start)
        start.push_back(formatNumber(v));
    std::string out = "gradlab descend \"" + toPlainText(d.function->expression()) + "\" --start " +
                      joined(start, ",") + " --optimizer " + optimizerName(s.optimizer) + " --lr " +
                      formatNumber(s.hyperparameters.learningRate) + " --steps " +
                      std::to_string(s.maxSteps) + " --tol " + formatNumber(s.tolerance) +
                      runOptions(s.optimizer, s.hyperparameters, s.schedule);
    if (s.noise > 0) out += " --noise " + formatNumber(s.noise) + " --seed " + std::to_string(s.seed);
    return out + " --json";
}

const char* kNumpyRun = R"PY(

def evaluate(point):
    """f, its gradient and (for Newton) its Hessian at the point."""
    return f(*point), gradient(*point), @HESSIAN_CALL@


def descend(optimizer, lr, hp):
    """One run of `optimizer` from the start at the base rate lr (hp: its other hyperparameters), step by
    step, as `gradlab descend --json` reports it."""
    run = {"expr": @EXPR@, "variables": @VARIABLES@, "optimizer": optimizer, "lr": lr,
           "schedule": @SCHEDULE_OBJECT@@NOISE_KEYS@}
    taken = []
    point = np.array(start, dtype=np.float64)
    state = {name: np.zeros(len(start)) for name in STATE_NAMES.get(optimizer, [])}
@RANDOM_START@    fell_back = False
    for k in range(steps + 1):
        if k > 0:
            rate = scheduled_rate(lr, k)
            used = g.copy()  # the gradient this update uses
@NOISE_DRAW@            point, fell_back = update(optimizer, point, used, hessian, rate, k, state, hp)
        loss, g, hessian = evaluate(point)
        why = trouble(point, loss, g)
        grad_norm = math.sqrt(sum(v * v for v in g))
        # Every finite point is recorded, even one past 1e12 that ends the run.
        if all(math.isfinite(v) for v in [loss, *point, *g]):
            entry = {"step": k, "point": [number(v) for v in point], "loss": number(loss),
                     "gradient": [number(v) for v in g], "grad_norm": number(grad_norm)}
            if k > 0:
                if fell_back:
                    entry["newton_fell_back"] = True
                entry["lr"] = rate
@NOISE_ENTRY@                if optimizer in STATE_NAMES:
                    entry["state"] = {name: [number(v) for v in state[name]] for name in STATE_NAMES[optimizer]}
            taken.append(entry)
@STOP_RULES@
)PY";

const char* kTorchRun = R"PY(

def evaluate(params, newton):
    """f at params, its gradient by autograd (loss.backward() fills params.grad), and for Newton its Hessian."""
    params.grad = None
    loss = torch.as_tensor(f(*params))  # a tensor even where f is a constant
    if loss.requires_grad:
        loss.backward()
    grad = params.grad.detach().clone() if params.grad is not None else torch.zeros_like(params)  # a constant f: 0
    hessian = None
    if newton:
        hessian = torch.autograd.functional.hessian(lambda v: torch.as_tensor(f(*v)), params.detach())
    return loss.item(), grad, hessian


def descend(optimizer_name, lr, hp):
    """One run of `optimizer_name` from the start at the base rate lr (hp: its other hyperparameters), step
    by step, as `gradlab descend --json` reports it."""
    run = {"expr": @EXPR@, "variables": @VARIABLES@, "optimizer": optimizer_name, "lr": lr,
           "schedule": @SCHEDULE_OBJECT@@NOISE_KEYS@}
    taken = []
    params = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = make_optimizer(optimizer_name, params, lr, hp)
    scheduler = make_scheduler(optimizer)
@RANDOM_START@    fell_back = False
    for k in range(steps + 1):
        if k > 0:
            rate = optimizer.param_groups[0]["lr"]  # the rate the scheduler has set for this update
            used = grad.clone()  # the gradient this update uses
@NOISE_DRAW@@TORCH_UPDATE@            if scheduler is not None:
                scheduler.step()
        loss, grad, hessian = evaluate(params, optimizer_name == "newton")
        point, g = params.detach().tolist(), grad.tolist()
        why = trouble(point, loss, g)
        grad_norm = math.sqrt(sum(v * v for v in g))
        # Every finite point is recorded, even one past 1e12 that ends the run.
        if all(math.isfinite(v) for v in [loss, *point, *g]):
            entry = {"step": k, "point": [number(v) for v in point], "loss": number(loss),
                     "gradient": [number(v) for v in g], "grad_norm": number(grad_norm)}
            if k > 0:
                if fell_back:
                    entry["newton_fell_back"] = True
                entry["lr"] = rate
@NOISE_ENTRY@                if optimizer_name in STATE_NAMES:
                    entry["state"] = {name: [number(v) for v in optimizer.state[params][name].tolist()]
                                      for name in STATE_NAMES[optimizer_name]}
            taken.append(entry)
@STOP_RULES@
)PY";

// The torch loop's update: torch.optim's step from the gradient it is given, or Newton's by hand.
const char* kTorchUpdate = R"PY(            params.grad = used
            optimizer.step()
)PY";
const char* kTorchUpdateWithNewton = R"PY(            if optimizer_name == "newton":
                d = newton_direction(used, hessian)
                fell_back = d is None
                with torch.no_grad():
                    if fell_back:
                        params.add_(used, alpha=-rate)  # a gradient step
                    else:
                        params.sub_(rate * d)
                params.grad = None
                optimizer.step()  # changes nothing (no gradient), but tells the scheduler an update was made
            else:
                params.grad = used
                optimizer.step()
)PY";

const char* kStopRules =
    R"PY(        # GradLab's stop rules, in its words: diverged, converged, or out of steps.
        finished = None
        if why:
            finished = ("diverged", why)
        elif grad_norm < tolerance:
            finished = ("converged", "the gradient norm is below the tolerance at the start" if k == 0
                        else "the gradient norm fell below @TOL_TEXT@")
        elif k >= steps:
            finished = ("max_steps", "no steps were allowed" if k == 0
                        else "took its only step" if k == 1 else "took all %d steps" % k)
        if finished:
            run["steps"] = taken
            run["stop_reason"], run["stop_step"], run["stop_detail"] = finished[0], k, finished[1]
            run["tolerance"] = tolerance
            return run)PY";

} // namespace

PythonScript descentScript(const DescentScriptSettings& d, ScriptLanguage language) {
    if (!d.function || d.runs.empty()) return PythonScript::failure("there is no run to write");
    const bool numpy = language == ScriptLanguage::NumPy;
    const CompiledFunction& f = *d.function;
    const int n = f.dimension();
    const DescentSettings& first = d.runs.front();
    std::vector<OptimizerKind> kinds;
    bool newton = false;
    for (const DescentSettings& s : d.runs) {
        kinds.push_back(s.optimizer);
        newton = newton || s.optimizer == OptimizerKind::Newton;
    }
    const auto num = [language](double v) { return pythonNumber(v, language); };

    // The function (and for NumPy its symbolic derivatives) in Python.
    const std::vector<std::string> names = pythonParameterNames(f.variables());
    std::vector<PythonExpression> translated;
    translated.push_back(pythonExpression(f.expression(), language, names));
    if (numpy) {
        for (int i = 0; i < n; ++i)
            translated.push_back(pythonExpression(f.partial(i), language, names));
        if (newton)
            for (int i = 0; i < n * n; ++i)
                translated.push_back(pythonExpression(f.secondPartial(i / n, i % n), language, names));
    }
    for (const PythonExpression& e : translated)
        if (!e.ok()) return PythonScript::failure(e.problem);
    const std::string params = joined(names, ", ");
    std::vector<std::string> startText, variableText, partialWords;
    for (int i = 0; i < n; ++i) {
        startText.push_back(num(d.start[static_cast<std::size_t>(i)]));
        variableText.push_back(pythonString(f.variables()[static_cast<std::size_t>(i)]));
        partialWords.push_back("df/d" + f.variables()[static_cast<std::size_t>(i)] + " = " +
                               toPlainText(f.partial(i)));
    }

    const std::string plain = toPlainText(f.expression());
    const std::string shown = joined(f.variables(), ", "); // the lesson's names, for the header
    std::string header = "# ";
    if (d.runs.size() == 1)
        header += optimizerTitle(first.optimizer).english() +
                  " with learning rate lr = " + pythonNumber(first.hyperparameters.learningRate, language) +
                  " on f(" + shown + ") = " + plain + " from " + shown + " = " + joined(startText, ", ") +
                  ", step by step.\n";
    else
        header += std::to_string(d.runs.size()) + " runs race on f(" + shown + ") = " + plain + " from (" +
                  shown + ") = (" + joined(startText, ", ") + "), step by step.\n";
    header += std::string("# Written by GradLab from the lesson '") + d.lessonTitle +
              "'; run it with python3; it needs only " + (numpy ? "NumPy" : "PyTorch") + ".\n";
    header +=
        numpy ? "# Each update is written out as torch.optim computes it, from GradLab's symbolic gradient.\n"
              : "# The gradients come from autograd; the updates are torch.optim's and the rates "
                "torch.optim.lr_scheduler's.\n";

    std::string out = header + "import json\nimport math\n";
    if (!numpy && first.schedule.kind == ScheduleKind::WarmupCosine) out += "import warnings\n";
    out +=
        numpy ? "\nimport numpy as np\n\n# A run that diverges overflows to inf and nan as GradLab's doubles "
                "do, and the stop rules\n# below end it: NumPy need not warn.\nnp.seterr(all=\"ignore\")\n"
              : "\nimport torch\n\ntorch.set_default_dtype(torch.float64)  # GradLab computes in double "
                "precision\n";
    if (const std::string defs = pythonDefinitions(translated, language); !defs.empty()) out += "\n" + defs;

    out += "\n\n# The function" +
           std::string(numpy ? ", and its derivatives from GradLab's symbolic result" : "") + ".\ndef f(" +
           params + "):\n    return " + translated[0].code + "\n";
    if (numpy) {
        std::vector<std::string> partials;
        for (int i = 0; i < n; ++i)
            partials.push_back(translated[static_cast<std::size_t>(1 + i)].code);
        out += "\n\ndef gradient(" + params + "):\n    \"\"\"The gradient: " + joined(partialWords, ", ") +
               ".\"\"\"\n    return np.array([" + joined(partials, ", ") + "], dtype=np.float64)\n";
        if (newton) {
            std::vector<std::string> rows;
            for (int i = 0; i < n; ++i) {
                std::vector<std::string> row;
                for (int j = 0; j < n; ++j)
                    row.push_back(translated[static_cast<std::size_t>(1 + n + i * n + j)].code);
                rows.push_back("[" + joined(row, ", ") + "]");
            }
            out += "\n\ndef hessian(" + params +
                   "):\n    \"\"\"The second partial derivatives (for Newton's "
                   "method).\"\"\"\n    return np.array([" +
                   joined(rows, ", ") + "], dtype=np.float64)\n";
        }
    }

    out += "\n\n# The lesson's settings.\nstart = [" + joined(startText, ", ") + "]  # the start point (" +
           params + ")\nsteps = " + std::to_string(first.maxSteps) +
           "  # the most updates a run takes\ntolerance = " + num(first.tolerance) +
           "  # a run stops when the gradient norm falls below this\n";
    const bool noisy = first.noise > 0;
    if (noisy)
        out +=
            "noise = " + num(first.noise) +
            "  # the standard deviation of the Gaussian noise on each coordinate of each update's gradient\n"
            "seed = " +
            std::to_string(first.seed) + "  # each run draws its noise from this seed\n";
    out += pythonSchedule(first.schedule, language);
    out += pythonOptimizers(kinds, language);
    out += "\n" + pythonRunHelpers();
    if (noisy) out += "\n" + pythonSeededRandom();

    const std::string noiseDraw =
        noisy ? "            for i in range(len(used)):  # GradLab's noise: sigma times a "
                "standard normal draw\n                used[i] += noise * rng.normal()\n"
              : "";
    std::string run =
        fillTemplate(numpy ? kNumpyRun : kTorchRun,
                     {{"STOP_RULES", kStopRules},
                      {"HESSIAN_CALL", newton ? "hessian(*point)" : "None"},
                      {"EXPR", pythonString(plain)},
                      {"VARIABLES", "[" + joined(variableText, ", ") + "]"},
                      {"SCHEDULE_OBJECT", pythonScheduleObject(first.schedule, language)},
                      {"NOISE_KEYS", noisy ? ", \"noise\": noise, \"seed\": seed" : ""},
                      {"RANDOM_START", noisy ? "    rng = SeededRandom(seed)\n" : ""},
                      {"NOISE_DRAW", noiseDraw},
                      {"NOISE_ENTRY",
                       noisy ? "                entry[\"step_gradient\"] = [number(v) for v in used]\n" : ""},
                      {"TORCH_UPDATE", newton ? kTorchUpdateWithNewton : kTorchUpdate},
                      {"TOL_TEXT", formatNumber(first.tolerance)}});
    out += run;

    std::string calls;
    for (const DescentSettings& s : d.runs)
        calls += std::string(d.runs.size() == 1 ? "" : "    ") + "descend(\"" + optimizerName(s.optimizer) +
                 "\", " + num(s.hyperparameters.learningRate) + ", " +
                 pythonHyperparameters(s.optimizer, s.hyperparameters, language) + ")" +
                 (d.runs.size() == 1 ? "\n" : ",\n");
    if (d.runs.size() == 1) {
        out += "\n\nresult = " + calls;
        out += "# " + descendCommand(d, first) +
               "\n# prints the same keys and values, and its judgement of the run besides (" +
               kJudgementWords + "):\n# this script reports the run and leaves the judging to you.\n";
    } else {
        out +=
            "\n\n# The race: each run in the lesson's order, each item what `gradlab descend --json` prints "
            "for it.\nresult = [\n" +
            calls + "]\n";
        for (const DescentSettings& s : d.runs)
            out += "# " + descendCommand(d, s) + "\n";
        out += std::string("# print the same keys and values, one run each, and their judgement besides (") +
               kJudgementWords + "):\n# this script reports the runs and leaves the judging to you.\n";
    }
    out += "print(json.dumps(result))\n";
    PythonScript script;
    script.text = out;
    return script;
}

} // namespace gradlab
