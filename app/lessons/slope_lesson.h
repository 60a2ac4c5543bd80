#pragma once
// Lesson 1, "Slope at a point": a function and a point on it; its state is the function's.

#include "lessons/function_lesson.h"

namespace gradlab {

class SlopeLesson : public FunctionLesson {
    Q_OBJECT
public:
    explicit SlopeLesson(QObject* parent = nullptr);

    QString id() const override { return QStringLiteral("slope"); }
    std::unique_ptr<Lesson> clone() const override;
    /// f, f′ and both at x, printing `gradlab diff --at X --json`'s object.
    PythonScript pythonScript(ScriptLanguage language) const override;
};

} // namespace gradlab
