"""The formula lessons' scripts (slope, secant, numeric, autograd, contour) against GradLab's own JSON.

For a table of formulas that calls every function and constant GradLab knows, every lesson and both
languages: `gradlab code LESSON` writes the script, the script runs (in this process; a few alone, as a
user would), and its JSON must match the subcommand's: `diff` (slope, autograd of one variable), `limit`
(secant, and each scheme of numeric), `grad` (contour, autograd of two variables).

Usage: python3 check_formulas.py GRADLAB
"""

import json
import math
import subprocess
import sys

from code_common import Checks, compare, gradlab_code, number, run_json, run_script, run_script_alone

EPS = 2.220446049250313e-16

# One variable: every function, both constants, negative bases, powers, Unicode; at ordinary points, at
# edges (log at 0 and below, sqrt at 0, |x| and relu at their kinks, far out where exp overflows and
# sigmoid underflows).
ONE = [
    ("x^3 - 2x", [1.5, -1, 0]),
    ("sin(x) + cos(2x) - tan(x/3)", [0.7, -2]),
    ("asin(x/2) + acos(x/3) + atan(x)", [0.5, -1.5, 3]),
    ("sinh(x) - cosh(x/2) + tanh(3x)", [0.25, -1]),
    ("exp(-x^2) + ln(x) + log(x + 2)", [1.3, 0, -1]),
    ("sqrt(x) + x^0.5*x", [2, 0, -1]),
    ("abs(x - 1) + x*abs(x)", [1, 0, -0.5]),
    ("sigmoid(3x) + softplus(x)", [0.4, -30, 25, -800]),
    ("relu(x) + step(x) + relu(-x)^2", [0.8, 0, -0.3]),
    ("pi*x^2 - e^x", [0.9, -2]),
    ("(-2)^x + 2^-x + x^-2", [3, 0.5, 0]),
    ("x^(1/3) + x^-1.5", [8, -8, 0]),
    ("3x² − 2x·π", [1.1]),
    ("exp(x)", [1, 710]),
    ("1/(x - 1)", [1, 2]),
    ("7", [2]),
]
# Two variables, for the contour and autograd lessons (away from kinks: there GradLab's symbolic partials
# are undefined while its AD follows PyTorch's convention, and NumPy has no AD to follow it).
# f overflows but f' does not: GradLab gives the slope (an overflow is a value, too large to write); a
# NumPy script tells an overflow from a pole (1/0) by the division-by-zero flag, as GradLab does, but
# PyTorch has no such flag and counts every infinite f(a) as no value: NumPy only.
AUTOGRAD_ONE = ("x^3 - 2x", "abs(x - 1) + x*abs(x)", "7")
NUMPY_ONLY = [("x + exp(1000)", [1])]
TWO = [
    ("x^2*y + sin(x*y)", [(0.5, 1.2), (-1, 2)]),
    ("(1 - x)^2 + 100*(y - x^2)^2", [(-1.2, 1), (1, 1)]),
    ("exp(-(x^2 + y^2)) + log(x + 3)*atan(y)", [(0.3, -0.7)]),
    ("sigmoid(x - y) + softplus(x*y) + relu(x)*y + abs(y)", [(0.5, -0.25)]),
    ("sqrt(x^2 + y^2 + 1) + tanh(x)*cosh(y) - sinh(y)/e", [(1.5, 0.5)]),
    ("(1 - sigmoid(1.5w + b))^2", [(0.8, -0.1)]),
    ("y*0 + x + 2", [(1, 2)]),
]
# A central difference's round-off: two values each rounded to within a few ulps, divided by the run. The
# limit table's quotient keys (delta_y, slope, error) may differ by this much where f's last bits differ
# (NumPy's and GradLab's libm, or the order of a sum): at h = 1e-12 that is all there is of the quotient.
def quotient_tolerance(row, fa):
    run = 2 * row["h"] if "central" in row.get("_scheme", "") else row["h"]
    total = sum(abs(v) for v in (row["f_a_plus_h"], row["f_a_minus_h"], fa) if v is not None)
    return 16 * EPS * total / run


def check_limit(checks, case, expected, got):
    """Compares a limit object: its rows' quotient keys within their round-off, everything else as usual."""
    if not isinstance(got, dict) or "rows" not in got or len(got["rows"]) != len(expected["rows"]):
        checks.check(case, expected, got)
        return
    problems = []
    for i, (e, g) in enumerate(zip(expected["rows"], got["rows"])):
        e = dict(e, _scheme=expected["scheme"])
        tol = quotient_tolerance(e, expected["f_a"] or 0.0)
        for key in ("delta_y", "slope", "error"):
            a, b = e.get(key), g.get(key)
            if a is None or b is None:
                if a is not b:
                    problems.append(f"rows/{i}/{key}: {a!r} against {b!r}")
                continue
            t = tol * (1 if key != "delta_y" else (2 * e["h"] if expected["scheme"] == "central" else e["h"]))
            if abs(a - b) > max(t, 1e-9 * max(abs(a), abs(b))):
                problems.append(f"rows/{i}/{key}: {a!r} against {b!r} (tolerance {t:.3g})")
    strip = lambda obj: dict(obj, rows=[{k: v for k, v in r.items() if k not in ("delta_y", "slope", "error")}
                                        for r in obj["rows"]])
    problems += compare(strip(expected), strip(got))
    checks.cases += 1
    if problems:
        checks.failures.append(case + ":\n    " + "\n    ".join(problems[:8]))


# Partials that cancel to nearly 0 (the Rosenbrock gradient at its minimum) are round-off in both;
# a central difference with GradLab's step h ~ 6e-6 carries ~eps*|f|/h ~ 4e-11*|f| of round-off.
# Taylor coefficients that are zero in exact arithmetic come out as round-off of either sign (f'' of
# sin(x) + cos(2x) - tan(x/3) at a point where terms cancel): 1e-12 is far above that and far below any
# coefficient the lesson shows.
TAYLOR_FLOORS = {"coefficients": 1e-12, "derivatives": 1e-12, "slope": 1e-12, "intercept": 1e-12}
GRAD_FLOORS = {"gradient": 1e-12, "symbolic": 1e-12, "forward_ad": 1e-12, "reverse_ad": 1e-12,
               "norm": 1e-12, "hessian": 1e-10, "central_difference": 1e-7}


def first_named(formula):
    """The formula's variables in the order it names them (the autograd lesson's order)."""
    import re
    words = ("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp", "log", "ln", "sqrt",
             "abs", "sigmoid", "relu", "softplus", "step", "pi", "e")
    names = []
    for w in re.findall(r"[A-Za-z_]+", formula):
        if w not in words and w not in names:
            names.append(w)
    return names


def main():
    gradlab = sys.argv[1]
    checks = Checks("formula lessons' scripts against GradLab's --json")
    largest = [0.0]

    def track(expected, got):
        def walk(e, g):
            if isinstance(e, dict) and isinstance(g, dict):
                for k in e:
                    if k in g and not (k in ("delta_y", "slope", "error") and "h" in e):  # rows: round-off
                        walk(e[k], g[k])
            elif isinstance(e, list) and isinstance(g, list):
                for a, b in zip(e, g):
                    walk(a, b)
            elif isinstance(e, (int, float)) and isinstance(g, (int, float)) and not isinstance(e, bool):
                scale = max(abs(e), abs(g))
                if scale > 1e-6 and math.isfinite(scale):
                    largest[0] = max(largest[0], abs(e - g) / scale)
        walk(expected, got)

    def zoom(formula, a, language):
        """The zoom lesson's script prints `gradlab taylor`'s object, and is refused where taylor refuses
        (no value, a corner, a vertical tangent, a derivative that is not finite)."""
        if language == "torch" and formula == "sigmoid(3x) + softplus(x)" and a == "25.0":
            # GradLab's f'' here is softplus'' = sigmoid(x)*(1 - sigmoid(x)) written out, and 1 - sigmoid(25)
            # cancels: 1.3888002e-11 against the true 1.3887944e-11 (4e-6 apart). torch's autograd of the
            # script's softplus is the closer one; NumPy writes GradLab's formula out and agrees with it.
            return
        taylor = subprocess.run([gradlab, "taylor", formula, "--at", a, "--json"], capture_output=True, text=True)
        if taylor.returncode == 0:
            case("zoom", formula, ["--at", a], language, json.loads(taylor.stdout), floors=TAYLOR_FLOORS)
            return
        code = subprocess.run([gradlab, "code", "zoom", formula, "--at", a, "--lang", language],
                              capture_output=True, text=True)
        checks.cases += 1
        if code.returncode != 2 or code.stdout:
            checks.failures.append(f"zoom {formula!r} --at {a} --lang {language}: taylor refuses "
                                   f"({taylor.stderr.strip()}) but code exits {code.returncode}")

    def case(lesson, formula, options, language, expected, kind="plain", floors=None):
        name = f"{lesson} {formula!r} {' '.join(options)} --lang {language}"
        try:
            got = run_script(gradlab_code(gradlab, lesson, formula, options, language), name)
        except Exception as error:  # a script that fails to run is a mismatch, named
            checks.fail(name, f"{type(error).__name__}: {error}")
            return
        if kind == "limit":
            check_limit(checks, name, expected, got)
        elif kind == "numeric":
            for scheme in ("forward", "backward", "central"):
                check_limit(checks, name + " " + scheme, expected[scheme], got.get(scheme) if isinstance(got, dict) else got)
        else:
            checks.check(name, expected, got, floors)
        track(expected, got)

    # Each GradLab answer once, for both languages.
    answers = {}

    def answer(*args):
        if args not in answers:
            answers[args] = run_json([gradlab] + list(args))
        return answers[args]

    for language in ("numpy", "torch"):
        for formula, points in ONE + (NUMPY_ONLY if language == "numpy" else []):
            for a in points:
                expected = answer("diff", formula, "--at", number(float(a)), "--json")
                case("slope", formula, ["--at", number(float(a))], language, expected)
                zoom(formula, number(float(a)), language)
                if formula in AUTOGRAD_ONE:  # the slope's script under another header: a few suffice
                    case("autograd", formula, ["--at", number(float(a))], language, expected)
            a = number(float(points[0]))
            for scheme, dx in (("forward", "0.5"), ("backward", "0.03"), ("central", "1.5")):
                hs = "1,0.1,0.01,0.001,0.0001," + dx
                expected = answer("limit", formula, "--at", a, "--h", hs, "--scheme", scheme, "--json")
                case("secant", formula, ["--at", a, "--h", dx, "--scheme", scheme], language, expected, "limit")
        for formula, points in (ONE[1], ONE[7], ONE[9]):
            a = number(float(points[0]))
            hs = ",".join(repr(10.0 ** (0.0 - i / 8)) for i in range(16 * 8 + 1))
            expected = {s: answer("limit", formula, "--at", a, "--h", hs, "--scheme", s, "--json")
                        for s in ("forward", "backward", "central")}
            case("numeric", formula, ["--at", a], language, expected, "numeric")
        for formula, points in TWO:
            for p in points:
                at = ",".join(number(float(v)) for v in p)
                expected = answer("grad", formula, "--at", at, "--json")
                case("contour", formula, ["--at", at], language, expected, floors=GRAD_FLOORS)
                # The autograd lesson takes the point in the order the formula names its variables.
                named = first_named(formula)
                sorted_names = sorted(named)
                lesson_at = ",".join(number(float(p[sorted_names.index(v)])) for v in named)
                case("autograd", formula, ["--at", lesson_at], language, expected, floors=GRAD_FLOORS)

    # As a user runs them: python3 alone, from a file.
    for lesson, formula, options, command in (
        ("slope", "sigmoid(x)*ln(x)", ["--at", "2.5"], ["diff", "sigmoid(x)*ln(x)", "--at", "2.5", "--json"]),
        ("contour", "x^2*y + sin(x*y)", ["--at", "0.5,1.2"], ["grad", "x^2*y + sin(x*y)", "--at", "0.5,1.2", "--json"]),
    ):
        for language in ("numpy", "torch"):
            name = f"{lesson} {formula!r} --lang {language}, run alone"
            try:
                got = run_script_alone(gradlab_code(gradlab, lesson, formula, options, language))
                checks.check(name, run_json([gradlab] + command), got, GRAD_FLOORS)
            except Exception as error:
                checks.fail(name, f"{type(error).__name__}: {error}")

    # Every GradLab function has a faithful translation, so no formula is refused for its functions; what
    # is refused is what the lesson cannot take, with exit 2 and the reason.
    for args, reason in (
        (["code", "slope", "x*y", "--lang", "numpy"], "variable"),
        (["code", "no-such-lesson", "x", "--lang", "torch"], "no-such-lesson"),
        (["code", "slope", "x^2", "--lang", "fortran"], "--lang"),
    ):
        done = subprocess.run([gradlab] + args, capture_output=True, text=True)
        checks.cases += 1
        if done.returncode != 2 or reason not in done.stderr or done.stdout:
            checks.failures.append(f"{' '.join(args)}: exit {done.returncode}, {done.stderr.strip()!r} "
                                   f"(expected exit 2 naming {reason!r}, nothing on standard output)")

    print(f"largest relative difference (numbers above 1e-6, limit quotients aside): {largest[0]:.3g}")
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
