#pragma once
// State shared by the two-variable lessons: the function, its text, the rectangle shown, and the point.

#include "function/compiled_function.h"

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace gradlab {

class SurfaceLesson : public QObject {
    Q_OBJECT
public:
    explicit SurfaceLesson(QObject* parent = nullptr);

    const FunctionPtr& function() const { return m_function; }
    const QString& formula() const { return m_formula; }
    /// The rectangle shown: left = xmin, right = xmax, top = ymin, bottom = ymax.
    double xMin() const { return m_domain[0]; }
    double xMax() const { return m_domain[1]; }
    double yMin() const { return m_domain[2]; }
    double yMax() const { return m_domain[3]; }
    QPointF point() const { return m_point; }
    /// How far inside the edges a new function's rectangle puts the point (a fraction of each side).
    static constexpr double kEdgeMargin = 0.1;

    /// Replaces the function and the domain; the point is kept if it lies at least kEdgeMargin of the
    /// rectangle inside its edges, else moved to `suggested` (pulled that far inside).
    void setFunction(FunctionPtr f, const QString& formula, const double* domain, QPointF suggested);
    /// Moves the point (clamped to the domain). Emits changed() if it moved.
    void setPoint(QPointF p);
    void setPointShowing(QPointF p);
    /// Sets the function, the rectangle and the point exactly as given (a lesson file, undo); the point
    /// is clamped to the rectangle, an empty rectangle is ignored.
    void restore(FunctionPtr f, const QString& formula, const double* domain, QPointF p);

    /// f, ∇f at the point.
    double value() const;
    QPointF gradient() const;
    QString variable(int i) const;

    void copyFrom(const SurfaceLesson& other);

signals:
    void changed();
    void functionChanged();

private:
    FunctionPtr m_function;
    QString m_formula;
    double m_domain[4] = {-2, 2, -1, 3};
    QPointF m_point{-1, 2};
};

} // namespace gradlab
