"""`gradlab fit` against PyTorch itself.

Full batch: every torch optimizer, with and without each schedule, minimising
((y - (w*x + b))**2).mean() over all the data in float64; every step's point, loss and gradient (over all
the data) and every update's rate are compared with `gradlab fit --json`.

Mini-batches: torch is fed the very batches the JSON reports (in file order, as rows of the data) and each
of its updates on that batch's mean squared error must land where gradlab's did; the full-data loss and
gradient gradlab reports there must be torch's. Each epoch must use every row exactly once, in
ceil(n / batch size) batches of the batch size but the last (smaller when it does not divide); the same
seed must give the same run and different seeds different batches.

After every update the optimizer's state gradlab writes ("state": momentum_buffer, sum, square_avg, exp_avg,
exp_avg_sq, one value per parameter w, b) must be torch's `optimizer.state[p]`; gd keeps none and writes none.

Why a tolerance and not bit for bit: torch sums the squared residuals in its own order (and vectorised), the
optimizers' last bits differ by a few units in the last place (Adam's moments, the closed-form schedules
against torch's recursive ones), and these grow a little along a run. A relative tolerance of 1e-12 (against
max(1, |value|); gradients against max(1, the start's gradient norm)) is far wider than that and far
narrower than any real mismatch: a wrong rate, a wrong update rule, a batch off by one row.

Usage: check_fit.py <path to gradlab>; prints what was compared, exits 1 naming each case that differs.
"""

import math
import os
import sys
import tempfile
import warnings

import torch

from torch_common import number, option_args, run_json, torch_optimizer, torch_scheduler

# torch.optim's state keys `gradlab fit --json` writes after each update, by optimizer ([]: no "state"); the
# moments of the gradient are compared against the gradient's scale, the sums of its squares against its square.
STATE_KEYS = {
    "gd": [],
    "momentum": ["momentum_buffer"],
    "nesterov": ["momentum_buffer"],
    "adagrad": ["sum"],
    "rmsprop": ["square_avg"],
    "adam": ["exp_avg", "exp_avg_sq"],
}
SQUARED_STATE = {"sum", "square_avg", "exp_avg_sq"}

warnings.filterwarnings("ignore")  # SequentialLR's own scheduler.step(0) warns that epoch is deprecated
torch.set_default_dtype(torch.float64)

TOLERANCE = 1e-12

# name: the points (x, y). Kept small and near the origin so that every optimizer's run stays finite.
DATA = {
    "noisy line": [(0.0, 1.2), (1.0, 2.7), (2.0, 5.3), (3.0, 6.8), (4.0, 9.1), (5.0, 11.4), (6.0, 12.7)],
    "seed 001": [(2.0, 3.0)],
    "outlier": [(-2.0, -3.1), (-1.0, -0.9), (0.0, 1.1), (0.5, 1.9), (1.0, 8.0), (1.5, 4.2), (2.5, 6.0),
                (3.0, 6.9), (3.5, 8.1), (4.0, 9.2), (-0.5, 0.2)],
}

OPTIMIZERS = ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]

# A base rate per optimizer that keeps every run on every data set finite.
RATES = {"gd": 0.02, "momentum": 0.01, "nesterov": 0.01, "adagrad": 0.3, "rmsprop": 0.01, "adam": 0.1}

# Each schedule's settings by their command-line names; the runs go past every turn (step decays several
# times, cosine's T_max is shorter than the run so the rate rises again, warm-up then cosine).
SCHEDULES = [
    {"kind": "constant"},
    {"kind": "step", "step-size": 7, "gamma": 0.5},
    {"kind": "exponential", "gamma": 0.95},
    {"kind": "cosine", "t-max": 15, "eta-min": 0.001},
    {"kind": "warmup-cosine", "warmup": 5, "start-factor": 1 / 3, "t-max": 25, "eta-min": 0.0},
]

# Non-default hyperparameters for some cases, by their command-line names.
HYPERPARAMETERS = {
    "momentum": {"momentum": 0.5},
    "nesterov": {"momentum": 0.7},
    "rmsprop": {"alpha": 0.9, "eps": 1e-6},
    "adam": {"beta1": 0.8, "beta2": 0.99},
    "adagrad": {"eps": 1e-8},
}


def mse(w, b, x, y):
    """The loss as a torch user writes it."""
    return ((y - (w * x + b)) ** 2).mean()


def full_loss_and_gradient(point, x, y):
    """torch's full-data loss and gradient at (w, b)."""
    w = torch.tensor(float(point[0]), requires_grad=True)
    b = torch.tensor(float(point[1]), requires_grad=True)
    loss = mse(w, b, x, y)
    loss.backward()
    return loss.item(), [w.grad.item(), b.grad.item()]


def difference(a, b, scale=1.0):
    """|a − b| relative to max(scale, |a|, |b|); infinite when either is not finite."""
    if not (math.isfinite(a) and math.isfinite(b)):
        return math.inf
    return abs(a - b) / max(scale, abs(a), abs(b))


class Mismatch(Exception):
    pass


class Check:
    """Runs gradlab, counts what was compared, keeps the largest differences and names every mismatch."""

    def __init__(self, gradlab, folder):
        self.gradlab = gradlab
        self.folder = folder
        self.files = {}
        self.cases = {"full batch": 0, "mini-batch": 0, "seeds": 0}
        self.steps = 0
        self.largest = {"point": 0.0, "loss": 0.0, "gradient": 0.0, "lr": 0.0, "state": 0.0}
        self.failures = []

    def data_file(self, name):
        if name not in self.files:
            path = os.path.join(self.folder, name.replace(" ", "_") + ".csv")
            with open(path, "w") as f:
                f.write("x,y\n" + "".join(f"{number(x)},{number(y)}\n" for x, y in DATA[name]))
            self.files[name] = path
        return self.files[name]

    def fit(self, data, optimizer, lr, hp, schedule, epochs, batch_size=None, seed=None, start=(0.5, -1.0)):
        args = [self.gradlab, "fit", "--data", self.data_file(data), "--optimizer", optimizer, "--lr", number(lr),
                "--epochs", str(epochs), "--start", ",".join(number(v) for v in start), "--json"]
        if batch_size is not None:
            args += ["--batch-size", str(batch_size)]
        if seed is not None:
            args += ["--seed", str(seed)]
        args += option_args(hp, schedule)
        return run_json(args, Mismatch), " ".join(args[1:])

    def compare(self, what, k, got, expected, scale=1.0):
        d = difference(got, expected, scale)
        self.largest[what] = max(self.largest[what], d)
        if d > TOLERANCE:
            raise Mismatch(f"step {k}: gradlab's {what} {got!r}, torch's {expected!r} (relative difference {d:.3g})")

    def compare_step(self, k, step, x, y, scale):
        """The full-data loss and gradient gradlab reports at its point against torch's there."""
        loss, gradient = full_loss_and_gradient(step["point"], x, y)
        self.compare("loss", k, step["loss"], loss)
        for i in range(2):
            self.compare("gradient", k, step["gradient"][i], gradient[i], scale)

    def compare_state(self, k, step, optimizer, opt, params, scale):
        """The state gradlab wrote after update k against torch's optimizer.state for w and b."""
        keys = STATE_KEYS[optimizer]
        got = step.get("state")
        if not keys:
            if got is not None:
                raise Mismatch(f"step {k}: {optimizer} keeps no state but gradlab wrote {got}")
            return
        if got is None or sorted(got) != sorted(keys):
            raise Mismatch(f"step {k}: state keys {sorted(got or {})}, expected {sorted(keys)}")
        for key in keys:
            if len(got[key]) != 2:
                raise Mismatch(f"step {k}: state {key} has {len(got[key])} values, not one per parameter")
            for i, p in enumerate(params):
                expected = opt.state[p][key].item()
                self.compare("state", k, got[key][i], expected, scale ** 2 if key in SQUARED_STATE else scale)

    def replay(self, out, data, optimizer, lr, hp, schedule, start):
        """Steps torch on each batch gradlab reports, comparing every step; returns the steps compared."""
        x = torch.tensor([p[0] for p in DATA[data]])
        y = torch.tensor([p[1] for p in DATA[data]])
        w = torch.tensor(float(start[0]), requires_grad=True)
        b = torch.tensor(float(start[1]), requires_grad=True)
        opt = torch_optimizer(optimizer, [w, b], lr, hp)
        scheduler = torch_scheduler(opt, schedule)
        steps = out["steps"]
        if "batch" in steps[0] or "lr" in steps[0] or "epoch" in steps[0] or "state" in steps[0]:
            raise Mismatch("step 0 carries a batch, an lr, an epoch or a state")
        self.compare("point", 0, steps[0]["point"][0], start[0])
        self.compare("point", 0, steps[0]["point"][1], start[1])
        scale = max(1.0, math.hypot(*steps[0]["gradient"]))
        self.compare_step(0, steps[0], x, y, scale)
        for k in range(1, len(steps)):
            rows = torch.tensor(steps[k]["batch"], dtype=torch.long)
            opt.zero_grad()
            mse(w, b, x[rows], y[rows]).backward()
            self.compare("lr", k, steps[k]["lr"], opt.param_groups[0]["lr"])
            opt.step()
            if scheduler is not None:
                scheduler.step()
            self.compare("point", k, steps[k]["point"][0], w.item())
            self.compare("point", k, steps[k]["point"][1], b.item())
            self.compare_state(k, steps[k], optimizer, opt, (w, b), scale)
            self.compare_step(k, steps[k], x, y, scale)
        return len(steps) - 1

    def run_case(self, kind, case, body):
        try:
            self.steps += body()
            self.cases[kind] += 1
        except Mismatch as e:
            self.failures.append(f"{kind}, {case}: {e}")

    def full_batch(self, data, optimizer, hp, schedule, epochs):
        def body():
            lr = RATES[optimizer]
            out, args = self.fit(data, optimizer, lr, hp, schedule, epochs)
            n = len(DATA[data])
            if (out["batch_size"], out["steps_per_epoch"], len(out["steps"])) != (n, 1, epochs + 1):
                raise Mismatch(f"batch_size {out['batch_size']}, steps_per_epoch {out['steps_per_epoch']}, "
                               f"{len(out['steps'])} steps; expected {n}, 1, {epochs + 1} ({out['stop_detail']})")
            for k, step in enumerate(out["steps"][1:], 1):
                if step["batch"] != list(range(n)):
                    raise Mismatch(f"step {k}: the batch is {step['batch']}, not every row in order")
            try:
                return self.replay(out, data, optimizer, lr, hp, schedule, (0.5, -1.0))
            except Mismatch as e:
                raise Mismatch(f"{e}\n    gradlab {args}")

        self.run_case("full batch", f"{data}, {case_text(optimizer, hp, schedule)}", body)

    def mini_batch(self, data, optimizer, hp, schedule, epochs, batch_size, seed):
        def body():
            lr = RATES[optimizer]
            out, args = self.fit(data, optimizer, lr, hp, schedule, epochs, batch_size, seed)
            n = len(DATA[data])
            per_epoch = -(-n // batch_size)
            sizes = [batch_size] * (per_epoch - 1) + [n - batch_size * (per_epoch - 1)]
            if out["steps_per_epoch"] != per_epoch or len(out["steps"]) != 1 + epochs * per_epoch:
                raise Mismatch(f"{out['steps_per_epoch']} steps per epoch and {len(out['steps']) - 1} updates; "
                               f"expected {per_epoch} and {epochs * per_epoch}")
            for e in range(epochs):
                batches = [out["steps"][1 + e * per_epoch + i]["batch"] for i in range(per_epoch)]
                if [len(batch) for batch in batches] != sizes:
                    raise Mismatch(f"epoch {e + 1}: batches of {[len(b) for b in batches]} rows, not {sizes}")
                if any(batch != sorted(batch) for batch in batches):
                    raise Mismatch(f"epoch {e + 1}: a batch is not in file order: {batches}")
                if sorted(row for batch in batches for row in batch) != list(range(n)):
                    raise Mismatch(f"epoch {e + 1} does not use every row once: {batches}")
                if any(out["steps"][1 + e * per_epoch + i]["epoch"] != e + 1 for i in range(per_epoch)):
                    raise Mismatch(f"epoch {e + 1}: a step names another epoch")
            try:
                return self.replay(out, data, optimizer, lr, hp, schedule, (0.5, -1.0))
            except Mismatch as e:
                raise Mismatch(f"{e}\n    gradlab {args}")

        self.run_case("mini-batch", f"{data}, {case_text(optimizer, hp, schedule)}, batch size {batch_size}, "
                      f"seed {seed}", body)

    def seeds(self, data, batch_size, epochs):
        def body():
            runs = {seed: self.fit(data, "momentum", 0.01, {}, {"kind": "constant"}, epochs, batch_size, seed)[0]
                    for seed in (0, 1, 2)}
            again = self.fit(data, "momentum", 0.01, {}, {"kind": "constant"}, epochs, batch_size, 1)[0]
            if again != runs[1]:
                raise Mismatch("two runs with seed 1 differ")
            batches = {seed: [s["batch"] for s in out["steps"][1:]] for seed, out in runs.items()}
            for a, b in ((0, 1), (0, 2), (1, 2)):
                if batches[a] == batches[b]:
                    raise Mismatch(f"seeds {a} and {b} give the same batches")
                if runs[a]["steps"][-1]["point"] == runs[b]["steps"][-1]["point"]:
                    raise Mismatch(f"seeds {a} and {b} end at the same point")
            # Shuffled: some epoch's batches are not the rows in file order.
            if all(sum(b, []) == list(range(len(DATA[data]))) for b in batches.values()):
                raise Mismatch("every seed's first batches are the rows in file order: nothing is shuffled")
            return 0

        self.run_case("seeds", f"{data}, batch size {batch_size}", body)

    def finish(self):
        cases = ", ".join(f"{count} {kind}" for kind, count in self.cases.items())
        largest = ", ".join(f"{what} {d:.3g}" for what, d in self.largest.items())
        print(f"fit: {cases} cases, {self.steps} steps compared with torch {torch.__version__} (float64); "
              f"largest relative difference: {largest} (tolerance {TOLERANCE:g})")
        if self.failures:
            print(f"{len(self.failures)} mismatch(es):", file=sys.stderr)
            for f in self.failures:
                print("  " + f, file=sys.stderr)
            return 1
        if min(self.cases.values()) == 0:
            print("a kind of check compared nothing", file=sys.stderr)
            return 1
        return 0


def settings_text(settings):
    return " ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}" for k, v in settings.items())


def case_text(optimizer, hp, schedule):
    """"adam beta1=0.8 beta2=0.99, kind=cosine t-max=15 eta-min=0.001"."""
    return f"{optimizer}{' ' + settings_text(hp) if hp else ''}, {settings_text(schedule)}"


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        c = Check(sys.argv[1], folder)
        for data in DATA:
            for optimizer in OPTIMIZERS:
                for schedule in SCHEDULES:
                    c.full_batch(data, optimizer, {}, schedule, 30)
                c.full_batch(data, optimizer, HYPERPARAMETERS.get(optimizer, {}), SCHEDULES[-1], 30)
        for data, batch_size, epochs in (("noisy line", 1, 4), ("noisy line", 3, 6), ("outlier", 4, 5),
                                         ("outlier", 10, 3), ("seed 001", 1, 5)):
            for optimizer in OPTIMIZERS:
                for schedule in (SCHEDULES[0], SCHEDULES[3]):
                    c.mini_batch(data, optimizer, {}, schedule, epochs, batch_size, 5)
                c.mini_batch(data, optimizer, HYPERPARAMETERS.get(optimizer, {}), SCHEDULES[4], epochs,
                             batch_size, 17)
        for data, batch_size in (("noisy line", 1), ("noisy line", 3), ("outlier", 4)):
            c.seeds(data, batch_size, 3)
        return c.finish()


if __name__ == "__main__":
    sys.exit(main())
