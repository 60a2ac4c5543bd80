#include "lessons/slope_lesson.h"

namespace gradlab {

SlopeLesson::SlopeLesson(QObject* parent)
    : FunctionLesson(parent) {
    setFormula(QStringLiteral("x^2"));
    setX(1.0);
}

std::unique_ptr<Lesson> SlopeLesson::clone() const {
    auto copy = std::make_unique<SlopeLesson>();
    copy->copyFrom(*this);
    return copy;
}

PythonScript SlopeLesson::pythonScript(ScriptLanguage language) const {
    return slopeScript(pointScriptSettings(), language);
}

} // namespace gradlab
