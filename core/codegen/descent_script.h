#pragma once
// The descent lessons' runs (descent1d, learning-rate, race, surface3d) as a Python script that takes the
// same steps and prints what `gradlab descend --json` prints for each run.

#include "codegen/python_script.h"
#include "descent/descent.h"

#include <string>
#include <vector>

namespace gradlab {

/// What a descent script recomputes: one or more runs from one start on one function.
struct DescentScriptSettings {
    std::string lessonTitle; ///< "Gradient descent in 1-D"
    FunctionPtr function;
    std::vector<double> start; ///< one coordinate per variable
    /// The runs, in the lesson's order. They share steps, tolerance, schedule, noise and seed (those of the
    /// first); each has its own optimizer and hyperparameters.
    std::vector<DescentSettings> runs;
};

/// The script, or why none can be written (a formula with no faithful translation, no run). One run
/// prints `gradlab descend --json`'s object for it; several print a list of those objects, in order. The
/// judgement keys (regime, converged, criterion, minimum, minimum_loss, r, verdict, outcome) are left out.
PythonScript descentScript(const DescentScriptSettings& settings, ScriptLanguage language);

} // namespace gradlab
