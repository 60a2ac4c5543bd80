#include "lessons/numeric_lesson.h"

namespace gradlab {

NumericLesson::NumericLesson(QObject* parent)
    : FunctionLesson(parent) {
    setFormula(QStringLiteral("exp(x)"));
    setX(1.0);
}

PythonScript NumericLesson::pythonScript(ScriptLanguage language) const {
    const PointScriptSettings point = pointScriptSettings();
    LimitScriptSettings s;
    s.title = point.title;
    s.function = point.function;
    s.at = x();
    s.stepsPerDecade = kStepsPerDecade;
    return numericScript(s, language);
}

std::unique_ptr<Lesson> NumericLesson::clone() const {
    auto copy = std::make_unique<NumericLesson>();
    copy->copyFrom(*this);
    return copy;
}

} // namespace gradlab
