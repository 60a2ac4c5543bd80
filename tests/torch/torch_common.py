"""What the torch checks share: the test functions (each written once as a GradLab formula and once in
torch), running `gradlab descend --json`, stepping torch.optim in float64, and comparing step by step.

Why not bit for bit: GradLab follows torch.optim's single-tensor arithmetic operation for operation, but
the last bits still differ: the formulas are evaluated by different code (GradLab's compiled evaluator and
its reverse-mode AD against torch's autograd kernels: pow, for one, is a multiplication on one side and a
library call on the other), Adam's first moment is a lerp in GradLab (torch 2's code) and mul_/add_ in
Debian's torch 1.13, and the closed-form schedules differ from torch's recursive ones by rounding. Those
differences are a few units in the last place per step; they grow a little along a run. A relative
tolerance of 1e-12 (against max(1, |value|)) is a million times wider than that and a million times
narrower than any real mismatch (a wrong rate, a wrong update rule, an off-by-one schedule step).
"""

import json
import math
import subprocess
import sys
import warnings

import torch

warnings.filterwarnings("ignore")  # SequentialLR's own scheduler.step(0) warns that epoch is deprecated
torch.set_default_dtype(torch.float64)

TOLERANCE = 1e-12

# name: (GradLab formula, torch function of a 1-D float64 tensor, start)
FUNCTIONS = {
    "1-D quartic": ("w^4/4 - w^2 + 0.3*w", lambda p: p[0] ** 4 / 4 - p[0] ** 2 + 0.3 * p[0], [2.2]),
    "2-D valley": ("(1-x)^2 + 5*(y-x^2)^2", lambda p: (1 - p[0]) ** 2 + 5 * (p[1] - p[0] ** 2) ** 2, [-1.2, 1.4]),
}

OPTIMIZERS = ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]


def torch_optimizer(name, params, lr, hp):
    """torch.optim's optimizer for GradLab's `name` with GradLab's defaults (those of torch.optim)."""
    if name == "gd":
        return torch.optim.SGD(params, lr=lr)
    if name == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=hp.get("momentum", 0.9))
    if name == "nesterov":
        return torch.optim.SGD(params, lr=lr, momentum=hp.get("momentum", 0.9), nesterov=True)
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=lr, eps=hp.get("eps", 1e-10))
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=hp.get("alpha", 0.99), eps=hp.get("eps", 1e-8))
    if name == "adam":
        return torch.optim.Adam(params, lr=lr, betas=(hp.get("beta1", 0.9), hp.get("beta2", 0.999)),
                                eps=hp.get("eps", 1e-8))
    raise ValueError(name)


def torch_scheduler(optimizer, schedule):
    """torch.optim.lr_scheduler's scheduler for a GradLab schedule (a dict of its command-line settings)."""
    kind = schedule.get("kind", "constant")
    L = torch.optim.lr_scheduler
    if kind == "constant":
        return None
    if kind == "step":
        return L.StepLR(optimizer, step_size=schedule["step-size"], gamma=schedule["gamma"])
    if kind == "exponential":
        return L.ExponentialLR(optimizer, gamma=schedule["gamma"])
    if kind == "cosine":
        return L.CosineAnnealingLR(optimizer, T_max=schedule["t-max"], eta_min=schedule["eta-min"])
    if kind == "warmup-cosine":
        w = schedule["warmup"]
        warm = L.LinearLR(optimizer, start_factor=schedule["start-factor"], total_iters=w)
        cos = L.CosineAnnealingLR(optimizer, T_max=schedule["t-max"] - w, eta_min=schedule["eta-min"])
        return L.SequentialLR(optimizer, [warm, cos], milestones=[w])
    raise ValueError(kind)


def torch_run(function, start, optimizer_name, lr, hp, schedule, steps):
    """torch's points (steps + 1 of them, the start first) and the rate each update used (steps of them)."""
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = torch_optimizer(optimizer_name, [p], lr, hp)
    scheduler = torch_scheduler(optimizer, schedule)
    points, rates = [p.detach().tolist()], []
    for _ in range(steps):
        optimizer.zero_grad()
        function(p).backward()
        rates.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        if scheduler is not None:
            scheduler.step()
        points.append(p.detach().tolist())
    return points, rates


def number(v):
    """A double as the shortest text that reads back to it."""
    return repr(float(v)) if isinstance(v, float) else str(v)


def option_args(hp, schedule):
    """The command-line options for hyperparameters and a schedule (dicts by command-line names)."""
    args = []
    for key, value in hp.items():
        args += ["--" + key, number(value)]
    for key, value in schedule.items():
        args += ["--schedule" if key == "kind" else "--" + key, number(value)]
    return args


def run_json(args, error=RuntimeError):
    """Runs a gradlab command and returns its JSON; raises `error` naming the command if it fails."""
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise error(" ".join(args) + " exited " + str(done.returncode) + ": " + done.stderr.strip())
    return json.loads(done.stdout)


def gradlab_run(gradlab, formula, start, optimizer_name, lr, hp, schedule, steps):
    args = [gradlab, "descend", formula, "--start", ",".join(number(v) for v in start), "--lr", number(lr),
            "--steps", str(steps), "--tol", "0", "--optimizer", optimizer_name, "--json"]
    args += option_args(hp, schedule)
    return run_json(args), args


def difference(a, b):
    """|a − b| relative to max(1, |a|, |b|); infinite when either is not finite."""
    if not (math.isfinite(a) and math.isfinite(b)):
        return math.inf
    return abs(a - b) / max(1.0, abs(a), abs(b))


class Comparison:
    """Counts cases and steps, keeps the largest differences, and names every mismatch."""

    def __init__(self, title):
        self.title = title
        self.cases = 0
        self.steps = 0
        self.largest = {"point": 0.0, "lr": 0.0}
        self.failures = []

    def compare_run(self, case, gradlab, function_name, optimizer_name, lr, hp, schedule, steps):
        formula, function, start = FUNCTIONS[function_name]
        try:
            out, args = gradlab_run(gradlab, formula, start, optimizer_name, lr, hp, schedule, steps)
        except RuntimeError as e:
            self.failures.append(case + ": " + str(e))
            return
        self.cases += 1
        points, rates = torch_run(function, start, optimizer_name, lr, hp, schedule, steps)
        got = out["steps"]
        if len(got) != steps + 1:
            self.failures.append(f"{case}: gradlab took {len(got) - 1} steps, not {steps} ({out['stop_detail']})")
            return
        if "lr" in got[0]:
            self.failures.append(f"{case}: step 0 carries an lr")
        for k in range(1, steps + 1):
            self.steps += 1
            d = difference(got[k]["lr"], rates[k - 1])
            self.largest["lr"] = max(self.largest["lr"], d)
            if d > TOLERANCE:
                self.failures.append(f"{case}: update {k}: gradlab's lr {got[k]['lr']!r}, torch's {rates[k - 1]!r}")
                return
            for i, (a, b) in enumerate(zip(got[k]["point"], points[k])):
                d = difference(a, b)
                self.largest["point"] = max(self.largest["point"], d)
                if d > TOLERANCE:
                    self.failures.append(f"{case}: step {k}, coordinate {i}: gradlab {a!r}, torch {b!r} "
                                         f"(relative difference {d:.3g})\n  {' '.join(args)}")
                    return

    def finish(self):
        print(f"{self.title}: {self.cases} cases, {self.steps} steps compared with torch {torch.__version__} "
              f"(float64); largest relative difference: points {self.largest['point']:.3g}, "
              f"rates {self.largest['lr']:.3g} (tolerance {TOLERANCE:g})")
        if self.failures:
            print(f"{len(self.failures)} mismatch(es):", file=sys.stderr)
            for f in self.failures:
                print("  " + f, file=sys.stderr)
            return 1
        if self.cases == 0:
            print("nothing was compared", file=sys.stderr)
            return 1
        return 0
