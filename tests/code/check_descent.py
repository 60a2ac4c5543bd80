"""The descent lessons' and the fitting lesson's scripts (`gradlab code descent1d|learning-rate|race|surface3d|
fit-line … --lang numpy|torch`) against GradLab itself.

Each case writes a lesson's script, runs it, and compares the JSON it prints with what `gradlab descend
--json` (or, for the race, one descend per run, in the race's order; for fit-line, `gradlab fit --json`)
prints for the same settings: every step's point, loss, gradient, gradient norm, rate and optimizer state,
the noisy gradients, Newton's fallbacks, the schedule, and why and where the run stopped, in the same words.
The script leaves out descend's judgement of a run (regime, converged, criterion, minimum, minimum_loss, r,
verdict, outcome): those keys, and only those, are skipped.

The table covers 1-D and 2-D functions (a Rosenbrock-like valley, quartics), every optimizer in both
languages, every schedule, gradient noise with several seeds, Newton falling back to gradient steps, a run
that diverges past 1e12, one that overflows to infinity, one that stops at the tolerance, races of several
optimizers (one racing itself), the 3-D lesson, and fits with several batch sizes, seeds and schedules.

Usage: check_descent.py <path to gradlab>; prints the cases and the largest relative difference, exits 1
naming each case that differs.
"""

import math
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_common import Checks, gradlab_code, number, run_json, run_script, run_script_alone  # noqa: E402

# descend's judgement of a run: the scripts report runs and do not judge them.
JUDGEMENT = ("regime", "converged", "criterion", "minimum", "minimum_loss", "r", "verdict", "outcome")

# Why floors: the NumPy scripts take the gradient from GradLab's symbolic derivative and the PyTorch ones
# from autograd, each evaluated by other code than GradLab's compiled programs. Close to a minimum a
# gradient is a difference of nearly equal terms (here of size 10 at most), which two correct programs
# round differently by a unit in the last place of the terms, about 1e-15: for a gradient below 1e-6 that
# is more than 1e-9 of it (seen: 2e-8 against 2e-8 + 1.7e-16 after Newton's quadratic convergence). So
# gradients, their norms and the state built from them (momentum's buffer, Adam's first moment) count as
# equal below 1e-6; the runs here stop at a gradient norm of 1e-6, so every step but the last is above it.
FLOORS = {"gradient": 1e-6, "grad_norm": 1e-6, "step_gradient": 1e-6, "momentum_buffer": 1e-6,
          "exp_avg": 1e-6}

LANGUAGES = ("numpy", "torch")
OPTIMIZERS = ("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "newton")

# 1-D: (formula, start, a rate each optimizer can take from there)
ONE_D = {
    "parabola": ("(w-3)^2", 1.5, {"gd": 0.1, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.5,
                                  "rmsprop": 0.05, "adam": 0.2, "newton": 0.8}),
    "quartic": ("w^4/4 - w^2 + 0.3*w", 2.2, {"gd": 0.05, "momentum": 0.02, "nesterov": 0.02, "adagrad": 0.3,
                                             "rmsprop": 0.02, "adam": 0.1, "newton": 1.0}),
    "smooth": ("log(1 + exp(x)) - 0.5*x + 0.1*sin(3*x)", -1.0, {"gd": 0.5, "momentum": 0.2, "nesterov": 0.2,
                                                              "adagrad": 0.5, "rmsprop": 0.05, "adam": 0.1,
                                                              "newton": 0.5}),
}
# 2-D (the race and the 3-D lesson): (formula, start, rates)
TWO_D = {
    "valley": ("(1-x)^2 + 5*(y-x^2)^2", (-1.2, 1.4), {"gd": 0.01, "momentum": 0.005, "nesterov": 0.005,
                                                       "adagrad": 0.3, "rmsprop": 0.01, "adam": 0.05,
                                                       "newton": 1.0}),
    "bowl": ("x^2 + 10*y^2", (2.0, 1.0), {"gd": 0.04, "momentum": 0.025, "nesterov": 0.02, "adagrad": 0.5,
                                          "rmsprop": 0.05, "adam": 0.1, "newton": 0.5}),
    "quartic": ("x^4 - 2*x^2 + y^2 + 0.5*x*y", (1.5, -1.0), {"gd": 0.02, "momentum": 0.01, "nesterov": 0.01,
                                                              "adagrad": 0.3, "rmsprop": 0.02, "adam": 0.05,
                                                              "newton": 1.0}),
}

SCHEDULES = {
    "step": ["--schedule", "step", "--step-size", "7", "--gamma", "0.5"],
    "exponential": ["--schedule", "exponential", "--gamma", "0.95"],
    "cosine": ["--schedule", "cosine", "--t-max", "20", "--eta-min", "0.001"],
    "warmup-cosine": ["--schedule", "warmup-cosine", "--t-max", "30", "--warmup", "5", "--eta-min", "0.0",
                      "--start-factor", "0.25"],
}

FIT_DATA = [(0.0, 1.2), (1.0, 2.7), (2.0, 5.3), (3.0, 6.8), (4.0, 9.1), (5.0, 11.4), (6.0, 12.7)]


class Largest:
    """The largest relative difference between two JSON values' numbers (above the floors)."""

    def __init__(self):
        self.value = 0.0

    def walk(self, a, b, key=""):
        if isinstance(a, dict) and isinstance(b, dict):
            for k in a.keys() & b.keys():
                self.walk(a[k], b[k], k)
        elif isinstance(a, list) and isinstance(b, list):
            for x, y in zip(a, b):
                self.walk(x, y, key)
        elif isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
            scale = max(abs(a), abs(b))
            if math.isfinite(scale) and scale > FLOORS.get(key, 0.0):
                self.value = max(self.value, abs(a - b) / scale)


def descend_args(gradlab, formula, start, optimizer, lr, steps, extra):
    start_text = ",".join(number(v) for v in (start if isinstance(start, tuple) else (start,)))
    return [gradlab, "descend", formula, "--start", start_text, "--optimizer", optimizer, "--lr", number(lr),
            "--steps", str(steps), "--tol", "1e-06", "--json"] + extra


def main():
    gradlab = sys.argv[1]
    checks = Checks("gradlab code: descent and fit scripts against gradlab descend and fit")
    largest = Largest()
    alone = {"count": 0}

    def case(name, lesson, formula, options, expected, language, skip=JUDGEMENT, by_python=False):
        try:
            text = gradlab_code(gradlab, lesson, formula, options, language)
            got = run_script_alone(text) if by_python else run_script(text, name)
        except Exception as e:  # a script that fails to run is a failure of its case, named
            checks.fail(name, f"{type(e).__name__}: {e}")
            return
        if isinstance(expected, list):
            for item in expected:
                for k in skip:
                    item.pop(k, None)
            skip = ()
        checks.check(name, expected, got, FLOORS, skip=skip)
        largest.walk(expected, got)
        alone["count"] += by_python

    def descend_case(name, lesson, formula, start, optimizer, lr, steps, extra=(), language="numpy",
                     by_python=False):
        start_text = ",".join(number(v) for v in (start if isinstance(start, tuple) else (start,)))
        expected = run_json(descend_args(gradlab, formula, start, optimizer, lr, steps, list(extra)))
        options = ["--start", start_text, "--optimizer", optimizer, "--lr", number(lr), "--steps", str(steps)]
        case(name, lesson, formula, options + list(extra), expected, language, by_python=by_python)

    # Every optimizer in both languages on every function: descent1d in 1-D, the race with one runner in 2-D.
    for language in LANGUAGES:
        for fname, (formula, start, rates) in ONE_D.items():
            for optimizer in OPTIMIZERS:
                descend_case(f"descent1d {fname} {optimizer} {language}", "descent1d", formula, start, optimizer,
                             rates[optimizer], 40, language=language)
        for fname, (formula, start, rates) in TWO_D.items():
            for optimizer in OPTIMIZERS:
                descend_case(f"race {fname} {optimizer} {language}", "race", formula, start, optimizer,
                             rates[optimizer], 40, language=language)

    # Every schedule, with optimizers with and without state, in both languages.
    for language in LANGUAGES:
        for sname, extra in SCHEDULES.items():
            for optimizer in ("gd", "adam", "newton"):
                formula, start, rates = ONE_D["quartic"]
                descend_case(f"descent1d quartic {optimizer} {sname} {language}", "descent1d", formula, start,
                             optimizer, rates[optimizer], 40, extra, language)
            formula, start, rates = TWO_D["valley"]
            descend_case(f"race valley momentum {sname} {language}", "race", formula, start, "momentum",
                         rates["momentum"], 40, extra, language)

    # Gradient noise drawn from seeds (GradLab's mt19937_64 and Box-Muller, reproduced in the script).
    for language in LANGUAGES:
        for seed in ("0", "7", "2147483647"):
            formula, start, rates = ONE_D["parabola"]
            descend_case(f"descent1d noise seed {seed} rmsprop {language}", "descent1d", formula, start,
                         "rmsprop", rates["rmsprop"], 30, ["--noise", "0.5", "--seed", seed], language)
            formula, start, rates = TWO_D["bowl"]
            descend_case(f"race noise seed {seed} adam {language}", "race", formula, start, "adam",
                         rates["adam"], 30, ["--noise", "0.3", "--seed", seed, "--schedule", "cosine",
                                             "--t-max", "15"], language)

    # Newton where the curvature is negative (1-D) or the Hessian indefinite (2-D): gradient steps instead.
    for language in LANGUAGES:
        descend_case(f"descent1d newton falls back {language}", "descent1d", "w^4/4 - w^2 + 0.3*w", 0.3,
                     "newton", 0.5, 30, language=language)
        descend_case(f"race newton falls back {language}", "race", "x^2 - y^2 + y^4", (1.0, 0.1), "newton",
                     0.5, 30, language=language)
        # Stops: past 1e12 (gd at twice the critical rate), overflow to infinity, and the tolerance.
        descend_case(f"descent1d diverges past 1e12 {language}", "descent1d", "(w-3)^2", 1.5, "gd", 1.5, 200,
                     language=language)
        descend_case(f"descent1d overflows {language}", "descent1d", "w^4", 3.0, "gd", 1.0, 50,
                     language=language)
        descend_case(f"descent1d tolerance {language}", "descent1d", "(w-3)^2", 1.5, "gd", 0.1, 200,
                     language=language)
        descend_case(f"learning-rate lesson {language}", "learning-rate", "w^4/4 - w^2 + 0.3*w", 2.2, "gd",
                     0.05, 60, language=language)

    # Races of several runners, one racing itself at a second rate: a list of descend's objects, in order.
    formula, start, rates = TWO_D["valley"]
    start_text = ",".join(number(v) for v in start)
    for language in LANGUAGES:
        for names, lrs, extra in ((["gd", "momentum", "adam"], [0.01, 0.005, 0.05], []),
                                  (["gd", "gd", "newton", "rmsprop"], [0.01, 0.02, 1.0, 0.01],
                                   ["--noise", "0.2", "--seed", "3", "--schedule", "exponential", "--gamma",
                                    "0.97"])):
            # The race runs them in its own order (GradLab's optimizer list, a second run after its first).
            order = sorted(range(len(names)), key=lambda i: (OPTIMIZERS.index(names[i]), i))
            expected = [run_json(descend_args(gradlab, formula, start, names[i], lrs[i], 40, extra)) for i in order]
            options = ["--start", start_text, "--optimizer", ",".join(names), "--lr",
                       ",".join(number(v) for v in lrs), "--steps", "40"] + extra
            for lesson in ("race", "surface3d"):
                opts = options if lesson == "race" else ["--at", start_text] + options[2:]
                case(f"{lesson} {'+'.join(names)} {language}", lesson, formula, opts,
                     [dict(e) for e in expected], language)

    # The fitting lesson: batch sizes (1, 2, 3, all), seeds, schedules, optimizers.
    with tempfile.TemporaryDirectory() as d:
        data = os.path.join(d, "line.csv")
        with open(data, "w") as f:
            f.write("x,y\n" + "".join(f"{x!r},{y!r}\n" for x, y in FIT_DATA))
        fits = [("gd", 0.01, "1", "0", []), ("momentum", 0.005, "2", "5", []),
                ("adam", 0.1, "3", "11", SCHEDULES["cosine"]), ("rmsprop", 0.05, "7", "0", SCHEDULES["step"]),
                ("adagrad", 0.5, "2", "2147483647", SCHEDULES["warmup-cosine"]), ("nesterov", 0.005, "4", "9", []),
                ("newton", 0.5, "4", "1", SCHEDULES["exponential"]), ("newton", 1.0, "7", "4", [])]
        # Not Newton on batches of one row: their Hessian is singular, and whether GradLab's Cholesky
        # factorisation fails there is decided by round-off; where it succeeds, the step is the gradient's
        # last bits divided by a pivot of 1e-16, which autograd's gradient cannot reproduce.
        for language in LANGUAGES:
            for optimizer, lr, batch, seed, extra in fits:
                common = ["--start", "0.5,0", "--optimizer", optimizer, "--lr", number(lr), "--epochs", "12",
                          "--batch-size", batch, "--seed", seed, "--data", data] + extra
                expected = run_json([gradlab, "fit", "--tol", "1e-06", "--json"] + common)
                case(f"fit-line {optimizer} batch {batch} seed {seed} {language}", "fit-line", None, common,
                     expected, language, skip=())

        # A few as a user runs them: python3 alone, from a file.
        fit_common = ["--start", "0.5,0", "--optimizer", "adam", "--lr", "0.1", "--epochs", "5", "--batch-size",
                      "2", "--seed", "3", "--data", data]
        for language in LANGUAGES:
            case(f"fit-line alone {language}", "fit-line", None, fit_common,
                 run_json([gradlab, "fit", "--tol", "1e-06", "--json"] + fit_common), language, skip=(),
                 by_python=True)
            formula, start, rates = TWO_D["valley"]
            descend_case(f"race alone noise {language}", "race", formula, start, "adam", 0.05, 30,
                         ["--noise", "0.3", "--seed", "5"], language, by_python=True)

    status = checks.finish()
    print(f"largest relative difference above the floors: {largest.value:.3g}; {alone['count']} scripts run "
          f"by python3 alone")
    return status


if __name__ == "__main__":
    sys.exit(main())
