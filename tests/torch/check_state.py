"""The optimizer state `gradlab descend --json` writes on every step ("state": momentum_buffer, sum,
square_avg, exp_avg, exp_avg_sq), tested against torch.optim's `optimizer.state[p]` after each step: every
optimizer that keeps state, with torch's defaults and other hyperparameters, on functions of one and two
variables, with a schedule, and with gradient noise (torch is then given the noisy gradient gradlab's update
used, its "step_gradient"). gd and newton keep no state and must write none.

Tolerance 1e-12 relative (torch_common.py says why not bit for bit: the function evaluations differ in the
last bits, and Adam's exp_avg is a lerp in GradLab and mul_/add_ in torch 1.13). Where the arithmetic is the
same on both sides the state is also compared bitwise: on the first update of momentum and nesterov the
buffer is the gradient itself, so it must equal the gradient gradlab printed at step 0 exactly.

Usage: check_state.py <path to gradlab>; exits 1 naming each case that differs.
"""

import sys

import torch

from torch_common import TOLERANCE, difference, number, option_args, run_json, torch_optimizer, torch_scheduler

STEPS = 40

# name: (GradLab formula, torch function of a 1-D float64 tensor, start)
FUNCTIONS = {
    "1-D quartic": ("w^4/4 - w^2 + 0.3*w", lambda p: p[0] ** 4 / 4 - p[0] ** 2 + 0.3 * p[0], [2.2]),
    "1-D exp": ("exp(w/2) - 2*w", lambda p: torch.exp(p[0] / 2) - 2 * p[0], [-1.5]),
    "2-D valley": ("(1-x)^2 + 5*(y-x^2)^2", lambda p: (1 - p[0]) ** 2 + 5 * (p[1] - p[0] ** 2) ** 2, [-1.2, 1.4]),
    "2-D bowl": ("x^2 + 10*y^2 + x*y", lambda p: p[0] ** 2 + 10 * p[1] ** 2 + p[0] * p[1], [3.0, -2.0]),
}

# torch.optim's state keys gradlab must write, by optimizer ([] : no "state" at all).
STATE_KEYS = {
    "gd": [],
    "newton": [],
    "momentum": ["momentum_buffer"],
    "nesterov": ["momentum_buffer"],
    "adagrad": ["sum"],
    "rmsprop": ["square_avg"],
    "adam": ["exp_avg", "exp_avg_sq"],
}

# (optimizer, learning rate, hyperparameters by command-line name, schedule, noise)
COSINE = {"kind": "cosine", "t-max": 25, "eta-min": 0.001}
STEP = {"kind": "step", "step-size": 7, "gamma": 0.5}
CASES = [
    ("momentum", 0.01, {}, {}, 0.0),
    ("momentum", 0.02, {"momentum": 0.5}, STEP, 0.0),
    ("momentum", 0.01, {"momentum": 0.8}, {}, 0.5),
    ("nesterov", 0.01, {}, {}, 0.0),
    ("nesterov", 0.005, {"momentum": 0.95}, COSINE, 0.0),
    ("nesterov", 0.01, {"momentum": 0.7}, {}, 0.3),
    ("adagrad", 0.1, {}, {}, 0.0),
    ("adagrad", 0.3, {"eps": 1e-6}, STEP, 0.0),
    ("adagrad", 0.1, {}, {}, 0.5),
    ("rmsprop", 0.01, {}, {}, 0.0),
    ("rmsprop", 0.003, {"alpha": 0.9, "eps": 1e-6}, COSINE, 0.0),
    ("rmsprop", 0.005, {"alpha": 0.95}, {}, 0.2),
    ("adam", 0.05, {}, {}, 0.0),
    ("adam", 0.01, {"beta1": 0.8, "beta2": 0.99}, STEP, 0.0),
    ("adam", 0.1, {"beta1": 0.5, "beta2": 0.9, "eps": 1e-6}, COSINE, 0.0),
    ("adam", 0.02, {"beta1": 0.7, "beta2": 0.95}, {}, 0.5),
    ("gd", 0.01, {}, {}, 0.0),
    ("gd", 0.01, {}, {}, 0.5),
    ("newton", 0.5, {}, {}, 0.0),
]


def gradlab_run(gradlab, formula, start, optimizer, lr, hp, schedule, noise):
    args = [gradlab, "descend", formula, "--start", ",".join(number(v) for v in start), "--lr", number(lr),
            "--steps", str(STEPS), "--tol", "0", "--optimizer", optimizer, "--json"]
    args += option_args(hp, schedule)
    if noise > 0:
        args += ["--noise", number(noise), "--seed", "7"]
    return run_json(args), args


def torch_states(function, start, optimizer, lr, hp, schedule, gradients):
    """torch's state after each update (a dict of lists per update). `gradients`: the gradient each update
    uses, or None to take autograd's."""
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    opt = torch_optimizer(optimizer, [p], lr, hp)
    scheduler = torch_scheduler(opt, schedule)
    states = []
    for k in range(STEPS):
        opt.zero_grad()
        if gradients is None:
            function(p).backward()
        else:
            p.grad = torch.tensor(gradients[k], dtype=torch.float64)
        opt.step()
        if scheduler is not None:
            scheduler.step()
        states.append({key: value.tolist() for key, value in opt.state[p].items()
                       if torch.is_tensor(value) and value.dim() == 1})
    return states


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gradlab = sys.argv[1]
    failures, cases, compared, bitwise, largest = [], 0, 0, 0, 0.0
    for optimizer, lr, hp, schedule, noise in CASES:
        for name, (formula, function, start) in FUNCTIONS.items():
            settings = " ".join(f"{k}={v}" for k, v in {**hp, **schedule}.items()) or "defaults"
            case = f"{optimizer} lr={lr:g} {settings} noise={noise:g}, {name}"
            try:
                out, args = gradlab_run(gradlab, formula, start, optimizer, lr, hp, schedule, noise)
            except RuntimeError as e:
                failures.append(case + ": " + str(e))
                continue
            cases += 1
            steps = out["steps"]
            keys = STATE_KEYS[optimizer]
            if len(steps) != STEPS + 1:
                failures.append(f"{case}: gradlab took {len(steps) - 1} steps ({out['stop_detail']})")
                continue
            if "state" in steps[0]:
                failures.append(f"{case}: step 0 carries a state")
            if not keys:
                if any("state" in s for s in steps):
                    failures.append(f"{case}: {optimizer} keeps no state but gradlab wrote one")
                continue
            gradients = [s["step_gradient"] for s in steps[1:]] if noise > 0 else None
            if noise > 0 and steps[1]["step_gradient"] == steps[0]["gradient"]:
                failures.append(f"{case}: the noisy run's step_gradient is the true gradient")
            expected = torch_states(function, start, optimizer, lr, hp, schedule, gradients)
            if optimizer in ("momentum", "nesterov"):
                # torch: buf = clone(g) on the first update; the same double on both sides.
                g0 = gradients[0] if gradients else steps[0]["gradient"]
                bitwise += 1
                if steps[1]["state"]["momentum_buffer"] != g0:
                    failures.append(f"{case}: the first momentum_buffer {steps[1]['state']['momentum_buffer']}"
                                    f" is not the gradient {g0} bit for bit")
            for k in range(1, STEPS + 1):
                got = steps[k].get("state")
                if got is None or sorted(got) != sorted(keys):
                    failures.append(f"{case}: step {k}: state keys {sorted(got or {})}, expected {keys}")
                    break
                mismatch = None
                for key in keys:
                    if len(got[key]) != len(start):
                        mismatch = f"{key} has {len(got[key])} values for {len(start)} variables"
                        break
                    for i, (a, b) in enumerate(zip(got[key], expected[k - 1][key])):
                        compared += 1
                        d = difference(a, b)
                        largest = max(largest, d)
                        if d > TOLERANCE:
                            mismatch = f"{key}[{i}]: gradlab {a!r}, torch {b!r} (relative difference {d:.3g})"
                            break
                    if mismatch:
                        break
                if mismatch:
                    failures.append(f"{case}: step {k}: {mismatch}\n  {' '.join(args)}")
                    break
    print(f"optimizer state: {cases} cases, {compared} state values compared with torch {torch.__version__} "
          f"(float64), {bitwise} first momentum buffers bit for bit; largest relative difference "
          f"{largest:.3g} (tolerance {TOLERANCE:g})")
    if failures:
        print(f"{len(failures)} mismatch(es):", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    if compared == 0:
        print("nothing was compared", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
