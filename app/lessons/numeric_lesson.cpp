#include "lessons/numeric_lesson.h"

namespace gradlab {

NumericLesson::NumericLesson(QObject* parent)
    : FunctionLesson(parent) {
    setFormula(QStringLiteral("exp(x)"));
    setX(1.0);
}

std::unique_ptr<Lesson> NumericLesson::clone() const {
    auto copy = std::make_unique<NumericLesson>();
    copy->copyFrom(*this);
    return copy;
}

} // namespace gradlab
