#include "codegen/fit_script.h"

#include "codegen/python_expression.h"
#include "codegen/run_script_parts.h"
#include "expression/printer.h"
#include "fit/line_loss.h"

namespace gradlab {

namespace {

// The data and what both flavours compute alike: the least-squares line (GradLab's centred sums).
const char* kLeastSquares = R"PY(

def least_squares():
    """The line with the least mean squared error, from centred sums (exact even for data far from 0).
    When every x is the same, every line through the mean point is a minimum: the flat one is given."""
    n = float(len(xs))
    mx, my = 0.0, 0.0
    for x, y in zip(xs, ys):
        mx += x
        my += y
    mx /= n
    my /= n
    sxx, sxy = 0.0, 0.0
    for x, y in zip(xs, ys):
        sxx += (x - mx) * (x - mx)
        sxy += (x - mx) * (y - my)
    scale = abs(mx) + 1.0
    unique = sxx > 1e-24 * n * scale * scale
    w = sxy / sxx if unique else 0.0
    b = my - w * mx
    return {"w": number(w), "b": number(b), "loss": number(mean_squared_error(w, b)), "unique": bool(unique)}
)PY";

const char* kNumpyLoss = R"PY(

def loss_and_gradient(rows, w, b):
    """The mean squared error of y = w*x + b on the rows and its gradient (dL/dw, dL/db), summed row by row."""
    count = float(len(rows))
    total, gw, gb = 0.0, 0.0, 0.0
    for i in rows:
        r = ys[i] - (w * xs[i] + b)  # the residual
        total += r * r
        d_prediction = -(2.0 * r / count)  # d(mean r**2)/dr = 2r/n, and dr/d(prediction) = -1
        gw += d_prediction * xs[i]
        gb += d_prediction
    return total / count, np.array([gw, gb])


def batch_hessian(rows):
    """The Hessian of the batch's loss over (w, b): 2/n [sum x**2, sum x; sum x, n]. It is the same everywhere."""
    sxx, sx = 0.0, 0.0
    for i in rows:
        sxx += xs[i] * xs[i]
        sx += xs[i]
    k = 2.0 / len(rows)
    return np.array([[k * sxx, k * sx], [k * sx, 2.0]])


def mean_squared_error(w, b):
    return loss_and_gradient(range(len(xs)), np.float64(w), np.float64(b))[0]
)PY";

const char* kTorchLoss = R"PY(

x_all = torch.tensor(xs, dtype=torch.float64)
y_all = torch.tensor(ys, dtype=torch.float64)


def batch_loss(v, rows):
    """The mean squared error of y = v[0]*x + v[1] on the rows."""
    x, y = x_all[rows], y_all[rows]
    return ((y - (v[0] * x + v[1])) ** 2).mean()


def mean_squared_error(w, b):
    return batch_loss(torch.tensor([w, b]), list(range(len(xs)))).item()


def batch_hessian(rows):
    """The Hessian of the batch's loss over (w, b), 2/n [sum x**2, sum x; sum x, n], summed as GradLab sums
    it. It is the same everywhere; a one-row batch's is singular, and whether its Cholesky factorisation
    fails (a gradient step instead of Newton's) is then decided by the last bit, so autograd's Hessian, equal
    but for rounding, would not do."""
    sxx, sx = 0.0, 0.0
    for i in rows:
        sxx += xs[i] * xs[i]
        sx += xs[i]
    k = 2.0 / len(rows)
    return torch.tensor([[k * sxx, k * sx], [k * sx, 2.0]])
)PY";

// What both fits share: the batch of update k (a fresh shuffle each epoch), and the entry recorded for
// step k (STATE_OF: where the optimizer state is read, NumPy's dict or torch.optim's).
const char* kFitBatch = R"PY(            within = (k - 1) % steps_per_epoch  # the batch's place in its epoch
            if within == 0:  # a new epoch: a fresh shuffle of the rows (none when a batch is all of them)
                order = list(range(n))
                if batch_size < n:
                    rng.shuffle(order)
            rows = sorted(order[within * batch_size:(within + 1) * batch_size])
)PY";

const char* kFitEntry = R"PY(        entry = {"step": k}
        if k > 0:
            entry["epoch"] = (k - 1) // steps_per_epoch + 1
        entry.update({"point": [number(v) for v in point], "loss": number(loss),
                      "gradient": [number(v) for v in g], "grad_norm": number(math.hypot(*g))})
        if k > 0:
            if fell_back:
                entry["newton_fell_back"] = True
            entry["lr"] = rate
            entry["batch"] = rows
            if optimizer in STATE_NAMES:
                entry["state"] = {name: [number(v) for v in @STATE_OF@] for name in STATE_NAMES[optimizer]}
)PY";

const char* kNumpyFit = R"PY(

def fit():
    """The run, update by update, as `gradlab fit --json` reports it."""
    n = len(xs)
    steps_per_epoch = (n + batch_size - 1) // batch_size
    max_steps = steps_per_epoch * epochs
    rng = SeededRandom(seed)
    point = np.array(start, dtype=np.float64)
    state = {name: np.zeros(2) for name in STATE_NAMES.get(optimizer, [])}
    order, taken, fell_back = list(range(n)), [], False
    for k in range(max_steps + 1):
        if k > 0:
@BATCH@            _, g = loss_and_gradient(rows, *point)
            rate = scheduled_rate(lr, k)
            hessian = batch_hessian(rows) if optimizer == "newton" else None
            point, fell_back = update(optimizer, point, g, hessian, rate, k, state, hp)
        # What the step table shows: the loss and gradient over all the data.
        loss, g = loss_and_gradient(range(n), *point)
@ENTRY@@FINISH@
)PY";

const char* kTorchFit = R"PY(

def fit():
    """The run, update by update, as `gradlab fit --json` reports it."""
    n = len(xs)
    steps_per_epoch = (n + batch_size - 1) // batch_size
    max_steps = steps_per_epoch * epochs
    rng = SeededRandom(seed)
    params = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    opt = make_optimizer(optimizer, params, lr, hp)
    scheduler = make_scheduler(opt)
    order, taken, fell_back = list(range(n)), [], False
    for k in range(max_steps + 1):
        if k > 0:
@BATCH@            rate = opt.param_groups[0]["lr"]  # the rate the scheduler has set for this update
            params.grad = None
            batch_loss(params, rows).backward()
@TORCH_UPDATE@            if scheduler is not None:
                scheduler.step()
        # What the step table shows: the loss and gradient over all the data.
        params.grad = None
        loss = batch_loss(params, list(range(n)))
        loss.backward()
        point, loss, g = params.detach().tolist(), loss.item(), params.grad.tolist()
@ENTRY@@FINISH@
)PY";

const char* kTorchStep = R"PY(            opt.step()
)PY";

const char* kTorchNewtonStep =
    R"PY(            # Newton's method by hand, with GradLab's fallback where the Cholesky factorisation fails
            d = newton_direction(params.grad, batch_hessian(rows))
            fell_back = d is None
            with torch.no_grad():
                if fell_back:
                    params.add_(params.grad, alpha=-rate)
                else:
                    params.sub_(rate * d)
            params.grad = None
            opt.step()  # changes nothing (there is no gradient), but tells the scheduler an update was made
)PY";

const char* kFinish = R"PY(        # Every finite point is recorded, even one past 1e12 that ends the run.
        if all(math.isfinite(v) for v in [loss, *point, *g]):
            taken.append(entry)
        # GradLab's stop rules, in its words: diverged, converged, or out of updates.
        why = trouble(point, loss, g)
        finished = None
        if why:
            finished = ("diverged", why)
        elif math.hypot(*g) < tolerance:
            finished = ("converged", "the gradient norm is below the tolerance at the start" if k == 0
                        else "the gradient norm fell below @TOL_TEXT@")
        elif k >= max_steps:
            finished = ("max_steps", "no steps were allowed" if k == 0 else
                        ("took its only update" if k == 1 else "took all %d updates" % k)
                        + " (%d epoch%s)" % (epochs, "" if epochs == 1 else "s"))
        if finished:
            return {"n": n, "optimizer": optimizer, "lr": lr, "hyperparameters": hp, "batch_size": batch_size,
                    "epochs": epochs, "steps_per_epoch": steps_per_epoch, "seed": seed, "tolerance": tolerance,
                    "schedule": @SCHEDULE_OBJECT@, "least_squares": least_squares(), "steps": taken,
                    "stop_reason": finished[0], "stop_step": k, "stop_detail": finished[1]})PY";

} // namespace

PythonScript fitScript(const FitScriptSettings& d, ScriptLanguage language) {
    const FitSettings& s = d.settings;
    const int n = static_cast<int>(d.data.size());
    if (n == 0) return PythonScript::failure("there are no data to fit");
    if (const std::string why = fitSettingsProblem(s, n); !why.empty()) return PythonScript::failure(why);
    const bool numpy = language == ScriptLanguage::NumPy;
    const auto num = [language](double v) { return pythonNumber(v, language); };
    const int batch = effectiveBatchSize(n, s.batchSize);

    std::string xs, ys;
    for (const DataPoint& p : d.data) {
        xs += (xs.empty() ? "" : ", ") + num(p.x);
        ys += (ys.empty() ? "" : ", ") + num(p.y);
    }
    std::string out =
        "# " + d.lessonTitle + ": " + optimizerTitle(s.optimizer).english() +
        " fits the line y = w*x + b to " + std::to_string(n) + " point" + (n == 1 ? "" : "s") +
        " by the mean squared\n# error L(w, b) = mean((y - (w*x + b))**2), " +
        (batch == n ? "on all the data at every update"
                    : "on mini-batches of " + std::to_string(batch) + " rows, reshuffled every epoch") +
        ".\n# Written by GradLab from the lesson '" + d.lessonTitle +
        "'; run it with python3; it needs only " + (numpy ? "NumPy" : "PyTorch") + ".\n";
    out += numpy ? "# Each update is written out as torch.optim computes it; the gradient is the loss's, by "
                   "hand.\n"
                 : "# The gradients come from autograd; the updates are torch.optim's and the rates "
                   "torch.optim.lr_scheduler's.\n";
    out += "import json\nimport math\n";
    if (!numpy && s.schedule.kind == ScheduleKind::WarmupCosine) out += "import warnings\n";
    out +=
        numpy ? "\nimport numpy as np\n\n# A run that diverges overflows to inf and nan as GradLab's doubles "
                "do, and the stop rules\n# below end it: NumPy need not warn.\nnp.seterr(all=\"ignore\")\n"
              : "\nimport torch\n\ntorch.set_default_dtype(torch.float64)  # GradLab computes in double "
                "precision\n";
    out += "\n# The data, one point (x, y) per row, in the lesson's order.\n";
    out += numpy ? "xs = np.array([" + xs + "], dtype=np.float64)\nys = np.array([" + ys +
                       "], dtype=np.float64)\n"
                 : "xs = [" + xs + "]\nys = [" + ys + "]\n";
    out += "\n# The lesson's settings.\nstart = [" + num(d.w) + ", " + num(d.b) +
           "]  # the start line: w, b\noptimizer = \"" + optimizerName(s.optimizer) +
           "\"\nlr = " + num(s.hyperparameters.learningRate) + "  # the base learning rate\nhp = " +
           pythonHyperparameters(s.optimizer, s.hyperparameters, language) +
           "  # the optimizer's other hyperparameters\nepochs = " + std::to_string(s.epochs) +
           "\nbatch_size = " + std::to_string(batch) + "  # rows per update" +
           (batch == n ? " (all of them: the rows are not shuffled)" : "") +
           "\nseed = " + std::to_string(s.seed) +
           "  # the shuffles draw from it\ntolerance = " + num(s.tolerance) +
           "  # stop when the full-data gradient norm falls below this (0: never early)\n";
    out += pythonSchedule(s.schedule, language);
    out += pythonOptimizers({s.optimizer}, language);
    out += "\n" + pythonRunHelpers();
    out += "\n" + pythonSeededRandom();
    out += numpy ? kNumpyLoss : kTorchLoss;
    out += kLeastSquares;
    const std::string finish =
        fillTemplate(kFinish, {{"TOL_TEXT", formatNumber(s.tolerance)},
                               {"SCHEDULE_OBJECT", pythonScheduleObject(s.schedule, language)}});
    out += fillTemplate(
        numpy ? kNumpyFit : kTorchFit,
        {{"FINISH", finish},
         {"BATCH", kFitBatch},
         {"ENTRY", kFitEntry},
         {"STATE_OF", numpy ? "state[name]" : "opt.state[params][name].tolist()"},
         {"TORCH_UPDATE", s.optimizer == OptimizerKind::Newton ? kTorchNewtonStep : kTorchStep}});

    std::string command = "gradlab fit --data DATA.csv --start " + formatNumber(d.w) + "," +
                          formatNumber(d.b) + " --optimizer " + optimizerName(s.optimizer) + " --lr " +
                          formatNumber(s.hyperparameters.learningRate) + " --epochs " +
                          std::to_string(s.epochs) + " --batch-size " + std::to_string(batch) + " --seed " +
                          std::to_string(s.seed) + " --tol " + formatNumber(s.tolerance) +
                          runOptions(s.optimizer, s.hyperparameters, s.schedule);
    out += "\n\nresult = fit()\n# " + command +
           " --json\n# (DATA.csv: a header row x,y, then the points above) prints the same keys and values.\n"
           "print(json.dumps(result))\n";
    PythonScript script;
    script.text = out;
    return script;
}

} // namespace gradlab
