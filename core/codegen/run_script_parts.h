#pragma once
// The pieces of Python that the descent and fit scripts share: GradLab's seeded random numbers, the
// schedules, the optimizers (written out for NumPy, torch.optim's for PyTorch), the stop rules and the
// JSON numbers. Each returns complete lines, ending in a newline; the scripts put them together.

#include "codegen/python_script.h"
#include "codegen/python_text.h"
#include "descent/descent.h"

#include <string>
#include <vector>

namespace gradlab {

/// Replaces every "@KEY@" in `text` by its value: the scripts are templates with named holes.
std::string fillTemplate(std::string text, const std::vector<std::pair<std::string, std::string>>& values);

/// The formula's variable names as the scripts' parameter names (pythonVariableName of each).
std::vector<std::string> pythonParameterNames(const std::vector<std::string>& variables);

/// The command-line options that set `kind`'s hyperparameters besides the rate, where they are not the
/// defaults, and the schedule's (" --momentum 0.5 --schedule step --step-size 10 --gamma 0.5"): for the
/// comment naming the command that prints the same numbers.
std::string runOptions(OptimizerKind kind, const Hyperparameters& hp, const Schedule& schedule);

/// `class SeededRandom`: std::mt19937_64 and GradLab's uniform, normal (Box–Muller), below and shuffle,
/// bit for bit, in pure Python.
std::string pythonSeededRandom();

/// `def number(v)` (a float as GradLab's JSON writes it: null when not finite) and `def trouble(point,
/// loss, g)` (why a run stops as diverged, in descent's exact words, or "").
std::string pythonRunHelpers();

/// The schedule as a Python dict literal with the keys of `gradlab descend --json`'s "schedule".
std::string pythonScheduleObject(const Schedule& s, ScriptLanguage language);
/// NumPy: `def scheduled_rate(lr, k)`, the rate of update k in closed form. PyTorch: `def
/// make_scheduler(optimizer)`, torch.optim.lr_scheduler's scheduler (None for a constant rate).
std::string pythonSchedule(const Schedule& s, ScriptLanguage language);

/// A dict literal of the hyperparameters `kind` reads besides the rate (eps as used), keyed by the
/// command line's names: {"momentum": 0.9}.
std::string pythonHyperparameters(OptimizerKind kind, const Hyperparameters& hp, ScriptLanguage language);
/// NumPy: `STATE_NAMES` and `def update(optimizer, point, g, hessian, lr, t, state, hp)`, torch.optim's
/// single-tensor update written out for the optimizers in `kinds` (Newton with GradLab's fallback).
/// PyTorch: `def make_optimizer(optimizer, w, lr, hp)` and, with Newton, `def newton_direction(g, H)`.
std::string pythonOptimizers(const std::vector<OptimizerKind>& kinds, ScriptLanguage language);

} // namespace gradlab
