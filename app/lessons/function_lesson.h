#pragma once
// State shared by the one-variable lessons: the function (the last valid one), the text it was typed as,
// the x-range to show, and the point x. Each lesson's controller extends it; views render from it.

#include "function/compiled_function.h"

#include <QObject>
#include <QString>

namespace gradlab {

class FunctionLesson : public QObject {
    Q_OBJECT
public:
    explicit FunctionLesson(QObject* parent = nullptr);

    const FunctionPtr& function() const { return m_function; }
    const QString& formula() const { return m_formula; }
    double xMin() const { return m_xMin; }
    double xMax() const { return m_xMax; }
    double x() const { return m_x; }

    /// Replaces the function (and the x-range to show). x is kept if it lies in the new range, else
    /// moved to `suggestedX`. Emits functionChanged() and changed().
    void setFunction(FunctionPtr f, const QString& formula, double xMin, double xMax, double suggestedX);
    /// Moves the point, clamped to the x-range. Emits changed() if it moved.
    void setX(double x);
    /// Moves the point exactly there (never clamped): a point outside the x-range widens the range to
    /// take it in, or, far away, moves a range of the same width onto it.
    void setXShowing(double x);
    /// Sets the function, the range and the point exactly as given (a lesson file, undo). x is clamped
    /// to the range; a missing function or an empty range is ignored.
    void restore(FunctionPtr f, const QString& formula, double xMin, double xMax, double x);

    /// Convenience: f(x), f′(x), f″(x) at the current point.
    double value() const { return m_function->value(m_x); }
    double slope() const { return m_function->slope(m_x); }
    double curvature() const { return m_function->secondDerivative(m_x); }
    /// The variable's name ("x", "w").
    QString variable() const;

    /// Copies the state of `other` (for export figures, which render a copy of the live lesson).
    void copyFrom(const FunctionLesson& other);

signals:
    /// Anything changed (function, point, parameters).
    void changed();
    /// The function or its range changed (curves must be resampled).
    void functionChanged();
    /// The point was put somewhere on purpose (typed): views move to show it.
    void pointPlaced();

protected:
    void notify() { emit changed(); }

private:
    FunctionPtr m_function;
    QString m_formula;
    double m_xMin = -3.0;
    double m_xMax = 3.0;
    double m_x = 1.0;
};

} // namespace gradlab
