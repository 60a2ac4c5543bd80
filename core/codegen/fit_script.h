#pragma once
// The fitting lesson's run (a line fitted to data by an optimizer on mini-batches) as a Python script that
// takes the same updates on the same batches and prints what `gradlab fit --json` prints.

#include "codegen/python_script.h"
#include "fit/fit_run.h"

#include <string>

namespace gradlab {

/// What a fit script recomputes.
struct FitScriptSettings {
    std::string lessonTitle; ///< "Fitting a line"
    DataSet data;            ///< at least one point
    double w = 0.0;          ///< the start line y = w*x + b
    double b = 0.0;
    FitSettings settings;
};

/// The script, or why none can be written (no data, settings fitSettingsProblem refuses).
PythonScript fitScript(const FitScriptSettings& settings, ScriptLanguage language);

} // namespace gradlab
