#include "lessons/contour_lesson.h"

namespace gradlab {

ContourLesson::ContourLesson(QObject* parent)
    : SurfaceLesson(parent) {
    setFormula(QStringLiteral("x^2 + 3y^2"));
    setPoint(QPointF(2.5, 1.5));
}

std::unique_ptr<Lesson> ContourLesson::clone() const {
    auto copy = std::make_unique<ContourLesson>();
    copy->copyFrom(*this);
    return copy;
}

} // namespace gradlab
