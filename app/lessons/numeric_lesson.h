#pragma once
// Lesson 4, "Numerical derivatives": a function and a point; the errors of the difference schemes are drawn
// from it.

#include "codegen/limit_scripts.h"
#include "lessons/function_lesson.h"

namespace gradlab {

class NumericLesson : public FunctionLesson {
    Q_OBJECT
public:
    explicit NumericLesson(QObject* parent = nullptr);

    QString id() const override { return QStringLiteral("numeric"); }
    std::unique_ptr<Lesson> clone() const override;
    /// The error curves' steps h per decade, from 1 down to 1e-16.
    static constexpr int kStepsPerDecade = 8;
    /// Each scheme's limit table over the curves' steps: `gradlab limit --scheme S --json`'s objects.
    PythonScript pythonScript(ScriptLanguage language) const override;
};

} // namespace gradlab
