#pragma once
// Scripts of the lessons that look at a function at one point: the slope (`gradlab diff`), the Taylor
// coefficients of the zoom lesson (`gradlab taylor`), the autograd lesson's values and gradients (`diff`
// or `grad`) and the gradient on the contour map (`gradlab grad`).

#include "codegen/python_script.h"
#include "function/compiled_function.h"

#include <string>
#include <vector>

namespace gradlab {

/// What a point lesson's script needs: the lesson's title (for the header), its function and point.
struct PointScriptSettings {
    std::string title;
    FunctionPtr function;
    std::vector<double> point; ///< one coordinate per variable of the function
};

/// The slope lesson: f, f′ and their values at x, printing `gradlab diff "EXPR" --at X --json`'s object.
/// NumPy writes f′ out from GradLab's symbolic derivative; PyTorch gets it from backward().
/// `what` replaces the header's first lines (the autograd lesson's own words).
PythonScript slopeScript(const PointScriptSettings& settings, ScriptLanguage language,
                         const std::string& what = {});

/// The contour lesson: f, its gradient, norm and Hessian at the point and the gradient by four methods,
/// printing `gradlab grad "EXPR" --at A,B --json`'s object. The gradient and the Hessian are GradLab's
/// symbolic partials written out; forward mode is torch.autograd.forward_ad (NumPy: the symbolic partials,
/// which is what forward mode computes), reverse mode backward() (NumPy: the same), central differences
/// GradLab's step.
PythonScript contourScript(const PointScriptSettings& settings, ScriptLanguage language);

/// The autograd lesson: with one variable the slope script's `diff` object, with two the contour script's
/// `grad` object, under the autograd lesson's header.
PythonScript autogradScript(const PointScriptSettings& settings, ScriptLanguage language);

} // namespace gradlab
