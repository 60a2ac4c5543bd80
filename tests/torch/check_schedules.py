"""Every learning-rate schedule, with several settings each, under every torch optimizer on a 1-D and a 2-D
function: each step's "lr" from `gradlab descend --json` against the rate torch.optim.lr_scheduler set for
that update (scheduler.step() after each optimizer.step()), and each step's point against torch's float64
parameters. Why a tolerance and not bit for bit: see torch_common.py.

Usage: check_schedules.py <path to gradlab>; exits 1 naming each case that differs.
"""

import sys

from torch_common import FUNCTIONS, OPTIMIZERS, Comparison

STEPS = 40

# Each schedule's settings by their command-line names. Chosen so that the run goes past every turn:
# step decays several times, cosine's T_max is shorter than the run so the rate rises again, eta_min > 0,
# warm-up lengths of 1 and more with several start factors, the cosine after it also rising again.
SCHEDULES = [
    {"kind": "constant"},
    {"kind": "step", "step-size": 1, "gamma": 0.9},
    {"kind": "step", "step-size": 7, "gamma": 0.5},
    {"kind": "step", "step-size": 10, "gamma": 0.1},
    {"kind": "exponential", "gamma": 0.95},
    {"kind": "exponential", "gamma": 0.8},
    {"kind": "cosine", "t-max": 15, "eta-min": 0.0},
    {"kind": "cosine", "t-max": 9, "eta-min": 0.002},
    {"kind": "cosine", "t-max": 1, "eta-min": 0.001},
    {"kind": "cosine", "t-max": 100, "eta-min": 0.0},
    {"kind": "warmup-cosine", "warmup": 5, "start-factor": 1 / 3, "t-max": 25, "eta-min": 0.0},
    {"kind": "warmup-cosine", "warmup": 1, "start-factor": 0.1, "t-max": 12, "eta-min": 0.001},
    {"kind": "warmup-cosine", "warmup": 8, "start-factor": 0.5, "t-max": 20, "eta-min": 0.0},
    {"kind": "warmup-cosine", "warmup": 3, "start-factor": 1.0, "t-max": 4, "eta-min": 0.0005},
]

# A base rate per optimizer that keeps every schedule's run on both functions finite for STEPS steps.
RATES = {"gd": 0.02, "momentum": 0.01, "nesterov": 0.01, "adagrad": 0.1, "rmsprop": 0.01, "adam": 0.05}


def settings_text(schedule):
    return " ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}" for k, v in schedule.items())


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gradlab = sys.argv[1]
    c = Comparison("schedules")
    for schedule in SCHEDULES:
        for optimizer in OPTIMIZERS:
            for function in FUNCTIONS:
                case = f"{settings_text(schedule)}, {optimizer}, {function}"
                c.compare_run(case, gradlab, function, optimizer, RATES[optimizer], {}, schedule, STEPS)
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
