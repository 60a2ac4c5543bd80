"""What the checks of `gradlab code` share: writing a lesson's script, running it, running the matching
subcommand with --json, and comparing the two JSON objects key by key and number by number.

Scripts are run in this process (exec with their own globals and a captured standard output), so that
NumPy and PyTorch are imported once for hundreds of scripts; `run_script_alone` runs one as a user would,
with python3 alone, to show that the scripts need nothing else.

Numbers must agree to 9 significant digits (the issue's promise; both sides compute in float64): the
relative difference |a - b| / max(|a|, |b|) at most 1e-9, or both below an absolute floor that a case
names where a value is a difference of nearly equal numbers (a limit table's error at small h is
round-off, and two correct programs round differently).
"""

import contextlib
import io
import json
import math
import os
import subprocess
import sys
import tempfile

RELATIVE = 1e-9


def number(v):
    """A double as the shortest text that reads back to it."""
    return repr(float(v)) if isinstance(v, float) else str(v)


def run_json(args):
    """Runs a gradlab command and returns its JSON; raises RuntimeError naming the command if it fails."""
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(" ".join(args) + " exited " + str(done.returncode) + ": " + done.stderr.strip())
    return json.loads(done.stdout)


def gradlab_code(gradlab, lesson, formula, options, language):
    """The script `gradlab code` writes; options is a list of command-line words."""
    args = [gradlab, "code", lesson] + ([formula] if formula is not None else []) + list(options)
    args += ["--lang", language]
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(" ".join(args) + " exited " + str(done.returncode) + ": " + done.stderr.strip())
    return done.stdout


def run_script(text, name="<script>"):
    """Runs a script in this process and returns the JSON object it printed (its only output)."""
    out = io.StringIO()
    namespace = {"__name__": "__main__"}
    with contextlib.redirect_stdout(out):
        exec(compile(text, name, "exec"), namespace)
    return json.loads(out.getvalue())


def run_script_alone(text):
    """Runs a script as a user would (python3 alone, from a file) and returns the JSON object it printed."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "lesson.py")
        with open(path, "w") as f:
            f.write(text)
        done = subprocess.run([sys.executable, path], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError("python3 lesson.py exited " + str(done.returncode) + ": " + done.stderr.strip())
    return json.loads(done.stdout)


def differs(a, b, floor=0.0):
    """Why two numbers differ by more than 9 significant digits, or None."""
    if isinstance(a, bool) or isinstance(b, bool):
        return None if a is b else f"{a!r} against {b!r}"
    if a is None or b is None:
        return None if a is b else f"{a!r} against {b!r}"
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return None if math.isnan(a) and math.isnan(b) else f"{a!r} against {b!r}"
    if math.isinf(a) or math.isinf(b):
        return None if a == b else f"{a!r} against {b!r}"
    scale = max(abs(a), abs(b))
    if scale <= floor or abs(a - b) <= RELATIVE * scale:
        return None
    return f"{a!r} against {b!r} (relative difference {abs(a - b) / scale:.3g})"


def compare(expected, got, floors=None, path="", skip=()):
    """Every difference between GradLab's JSON (`expected`) and the script's (`got`), as "path: why".
    Objects must have the same keys, except the top-level keys in `skip` (absent from the script's);
    arrays the same length; strings equal; numbers within 9 significant digits. `floors` maps a key name
    to the absolute floor below which its numbers count as equal (round-off of a cancellation)."""
    floors = floors or {}
    problems = []
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return [f"{path or '/'}: an object against {got!r}"]
        keys = set(expected) - (set(skip) if path == "" else set())
        if set(got) != keys:
            missing, extra = sorted(keys - set(got)), sorted(set(got) - keys)
            problems.append(f"{path or '/'}: keys differ (missing {missing}, extra {extra})")
        for k in sorted(keys & set(got)):
            problems += compare(expected[k], got[k], floors, f"{path}/{k}", skip)
        return problems
    if isinstance(expected, list):
        if not isinstance(got, list) or len(got) != len(expected):
            n = len(got) if isinstance(got, list) else "not a list"
            return [f"{path}: {len(expected)} items against {n}"]
        for i, (e, g) in enumerate(zip(expected, got)):
            problems += compare(e, g, floors, f"{path}/{i}", skip)
        return problems
    if isinstance(expected, str) or isinstance(got, str):
        return [] if expected == got else [f"{path}: {expected!r} against {got!r}"]
    parts = path.split("/")
    while len(parts) > 1 and parts[-1].isdigit():  # an array item takes its array's floor
        parts.pop()
    key = parts[-1]
    why = differs(expected, got, floors.get(key, 0.0))
    return [] if why is None else [f"{path}: {why}"]


class Checks:
    """Counts cases, names every mismatch, and says what was compared."""

    def __init__(self, title):
        self.title = title
        self.cases = 0
        self.failures = []

    def check(self, case, expected, got, floors=None, skip=()):
        self.cases += 1
        problems = compare(expected, got, floors, "", skip)
        if problems:
            self.failures.append(case + ":\n    " + "\n    ".join(problems[:8]))

    def fail(self, case, why):
        self.cases += 1
        self.failures.append(case + ": " + why)

    def finish(self):
        print(f"{self.title}: {self.cases} cases compared, {len(self.failures)} mismatched")
        for f in self.failures:
            print("  " + f, file=sys.stderr)
        if self.cases == 0:
            print("nothing was compared", file=sys.stderr)
            return 1
        return 1 if self.failures else 0
