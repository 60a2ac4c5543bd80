#pragma once
// The zoom lesson's script: the Taylor coefficients at the point, the tangent, how f bends and Newton's
// step, printing `gradlab taylor "EXPR" --at A --json`'s object.

#include "codegen/point_scripts.h"
#include "codegen/python_script.h"

namespace gradlab {

/// f and its derivatives up to `order` (2 … kMaxTaylorOrder) at the point, the coefficients f⁽ᵏ⁾(a)/k!,
/// the tangent, the bending and Newton's step. NumPy writes each derivative out from GradLab's symbolic
/// result; PyTorch differentiates again and again with torch.autograd.grad(create_graph=True). Refused
/// where `gradlab taylor` refuses: no value, a corner, a vertical tangent, a derivative that is not finite.
PythonScript taylorScript(const PointScriptSettings& settings, int order, ScriptLanguage language);

} // namespace gradlab
