#pragma once
// A formula's tree as a Python expression for NumPy or PyTorch that computes what GradLab computes:
// the same functions with the same conventions at kinks and edges (step(0) = 0, sigmoid and softplus in
// overflow-safe forms, IEEE inf and nan where Python's own floats would raise or turn complex).

#include "codegen/python_script.h"
#include "expression/expr.h"

#include <string>
#include <vector>

namespace gradlab {

/// A small function a translated expression calls that neither NumPy nor PyTorch offers in a faithful
/// form; pythonDefinitions() writes its `def`.
enum class PythonHelper {
    Sigmoid, ///< sigmoid(z) = e^-softplus(-z): no overflow, and subnormal values kept (torch.sigmoid gives 0)
    Softplus, ///< softplus(z) = logaddexp(z, 0), without torch.nn.functional.softplus's threshold
    Step,     ///< step(z): 1 for z > 0, 0 otherwise (step(0) = 0), nan for nan; derivative 0
    Abs, ///< PyTorch only: |z| whose backward() is GradLab's z/|z|, undefined (nan) at 0, not torch.abs's 0
};

/// Which derivative PyTorch's backward() is to give at |u|'s kink u = 0 (elsewhere both are sign(u)).
enum class KinkRule {
    Autograd, ///< torch.abs: 0 at the kink, PyTorch's convention, which GradLab's forward and reverse AD
              ///< follow
    Symbolic, ///< GradLab's symbolic derivative u/|u|: undefined (nan) at the kink (the Abs helper)
};

/// A Python expression, or why no faithful one can be written.
struct PythonExpression {
    std::string code;                  ///< the expression; empty when there is a problem
    std::string problem;               ///< why there is no faithful translation (empty when there is one)
    std::vector<PythonHelper> helpers; ///< helpers the code calls, each once, in enum order

    bool ok() const { return problem.empty(); }
};

/// The shortest decimal text that reads back as exactly `v` (Python's repr rule, 17 significant digits at
/// most): "0.1", "3", "1e-07", "-0.0"; inf and nan as np.inf / torch.inf, np.nan / torch.nan.
std::string pythonNumber(double v, ScriptLanguage language);

/// `e` (a raw or simplified tree) as a Python expression in which variable i is called variableNames[i]
/// (e.g. "x", or "w[0]" and "w[1]"). The variables must hold NumPy float64 values (np.float64 or arrays) or
/// float64 tensors, not Python floats: Python's floats raise on 1/0 and turn (-8)**(1/3) complex, where
/// GradLab, NumPy and PyTorch give inf and nan. Constant parts that Python would evaluate with its own
/// floats are wrapped (np.float64(0.0) ** -1) where it matters. Powers with exponent 0.5 are written
/// sqrt, as GradLab evaluates them.
/// `kinks` says which derivative torch's backward() gives for abs at 0 (NumPy code has no backward()).
PythonExpression pythonExpression(const Expr& e, ScriptLanguage language,
                                  const std::vector<std::string>& variableNames,
                                  KinkRule kinks = KinkRule::Autograd);

/// The `def`s of every helper the given expressions call (each once, commented), ending in a blank line;
/// empty when none is needed. Put it after the imports.
std::string pythonDefinitions(const std::vector<PythonExpression>& expressions, ScriptLanguage language);

} // namespace gradlab
