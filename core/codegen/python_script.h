#pragma once
// A lesson's state as a Python script that recomputes what the lesson shows without GradLab: plain Python
// and NumPy, or PyTorch (tensors with requires_grad, backward(), torch.optim). Run with python3 alone, the
// script prints one JSON object with the keys and values of the matching `gradlab … --json` subcommand.

#include <string>

namespace gradlab {

enum class ScriptLanguage {
    NumPy, ///< Python and NumPy; derivatives written out from GradLab's symbolic result
    Torch, ///< PyTorch: autograd for derivatives, torch.optim and torch.optim.lr_scheduler for runs
};

/// "numpy" or "torch": the command line's and the settings' word.
const char* scriptLanguageName(ScriptLanguage language);
/// The language called `name` ("numpy" or "torch"); false if there is none.
bool readScriptLanguage(const std::string& name, ScriptLanguage* language);

/// A script, or why there is no faithful one.
struct PythonScript {
    std::string text;    ///< the whole script, ending in a newline; empty when there is a problem
    std::string problem; ///< why no faithful script can be written (empty when there is one)

    bool ok() const { return problem.empty(); }
    static PythonScript failure(std::string why);
};

} // namespace gradlab
