"""The README's claim "your numbers match PyTorch's", tested against PyTorch: every torch optimizer with
several hyperparameters (the constant schedule) on a 1-D and a 2-D function, each step's point from
`gradlab descend --json` against torch.optim's float64 parameters, and each step's "lr" against the base
rate. Why a tolerance and not bit for bit: see torch_common.py.

Usage: check_optimizers.py <path to gradlab>; exits 1 naming each case that differs.
"""

import sys

from torch_common import FUNCTIONS, Comparison

STEPS = 60

# (optimizer, learning rate, hyperparameters by their command-line names); {} is torch's defaults.
CASES = [
    ("gd", 0.01, {}),
    ("gd", 0.05, {}),
    ("momentum", 0.01, {}),
    ("momentum", 0.02, {"momentum": 0.5}),
    ("momentum", 0.005, {"momentum": 0.99}),
    ("nesterov", 0.01, {}),
    ("nesterov", 0.02, {"momentum": 0.5}),
    ("nesterov", 0.005, {"momentum": 0.95}),
    ("adagrad", 0.1, {}),
    ("adagrad", 0.5, {"eps": 1e-6}),
    ("rmsprop", 0.01, {}),
    ("rmsprop", 0.003, {"alpha": 0.9}),
    # A small alpha makes each step about lr·sign(g): where ∂f/∂x crosses 0 on the valley's floor (computed
    # with cancellation, so a few ulps apart on the two sides), a larger rate turns that into differences
    # of 1e-12 after 40 steps. This rate keeps the run from that crossing.
    ("rmsprop", 0.003, {"alpha": 0.5, "eps": 1e-4}),
    ("adam", 0.05, {}),
    ("adam", 0.01, {"beta1": 0.8, "beta2": 0.99}),
    ("adam", 0.1, {"beta1": 0.5, "beta2": 0.9, "eps": 1e-6}),
    ("adam", 0.02, {"beta1": 0.0, "beta2": 0.999}),
]


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gradlab = sys.argv[1]
    c = Comparison("optimizers")
    for optimizer, lr, hp in CASES:
        for function in FUNCTIONS:
            settings = " ".join(f"{k}={v:g}" for k, v in hp.items()) or "defaults"
            case = f"{optimizer} lr={lr:g} {settings}, {function}"
            c.compare_run(case, gradlab, function, optimizer, lr, hp, {}, STEPS)
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
