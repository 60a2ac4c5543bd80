#pragma once
// Scripts of the lessons on difference quotients: the secant lesson's limit table (`gradlab limit`) and
// the numerical-derivatives lesson's errors of the three schemes over h = 1 … 1e-16 (`gradlab limit` once
// per scheme, with those steps).

#include "codegen/python_script.h"
#include "diff/numeric.h"
#include "function/compiled_function.h"

#include <string>
#include <vector>

namespace gradlab {

/// What a difference-quotient lesson's script needs.
struct LimitScriptSettings {
    std::string title; ///< the lesson's title, for the header
    FunctionPtr function;
    double at = 0.0;
    DifferenceScheme scheme = DifferenceScheme::Forward; ///< the secant lesson's scheme
    std::vector<double> steps;                           ///< the secant lesson's table rows (h)
    int stepsPerDecade = 8; ///< the numeric lesson's h: 10^(-i/stepsPerDecade) from 1 down to 1e-16
};

/// The secant lesson's limit table: `gradlab limit "EXPR" --at A --h STEPS --scheme S --json`'s object.
PythonScript secantScript(const LimitScriptSettings& settings, ScriptLanguage language);

/// The numeric lesson: for each scheme the limit table over the lesson's steps, as one object
/// {"forward": …, "backward": …, "central": …} whose members are `gradlab limit --scheme S --json`'s.
PythonScript numericScript(const LimitScriptSettings& settings, ScriptLanguage language);

} // namespace gradlab
