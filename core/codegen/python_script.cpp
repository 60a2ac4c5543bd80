#include "codegen/python_script.h"

#include <utility>

namespace gradlab {

const char* scriptLanguageName(ScriptLanguage language) {
    return language == ScriptLanguage::Torch ? "torch" : "numpy";
}

bool readScriptLanguage(const std::string& name, ScriptLanguage* language) {
    for (const ScriptLanguage l : {ScriptLanguage::NumPy, ScriptLanguage::Torch})
        if (name == scriptLanguageName(l)) {
            *language = l;
            return true;
        }
    return false;
}

PythonScript PythonScript::failure(std::string why) {
    PythonScript s;
    s.problem = std::move(why);
    return s;
}

} // namespace gradlab
