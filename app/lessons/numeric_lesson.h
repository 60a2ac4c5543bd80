#pragma once
// Lesson 4, "Numerical derivatives": a function and a point; the errors of the difference schemes are drawn
// from it.

#include "lessons/function_lesson.h"

namespace gradlab {

class NumericLesson : public FunctionLesson {
    Q_OBJECT
public:
    explicit NumericLesson(QObject* parent = nullptr);

    QString id() const override { return QStringLiteral("numeric"); }
    std::unique_ptr<Lesson> clone() const override;
};

} // namespace gradlab
