#pragma once
// State shared by the two-variable lessons: the function, its text, the rectangle shown, and the point.

#include "function/compiled_function.h"
#include "lessons/formula_check.h"
#include "lessons/lesson.h"

#include <QPointF>
#include <QRectF>
#include <QString>

namespace gradlab {

class SurfaceLesson : public Lesson {
    Q_OBJECT
public:
    explicit SurfaceLesson(QObject* parent = nullptr);

    /// Reads `text` as the lesson's function (one undo step): a preset's text brings its rectangle and
    /// start point, a typed formula keeps the rectangle and the point. A formula that cannot be used
    /// changes nothing and comes back with the reason and its column.
    FormulaCheck setFormula(const QString& text);
    /// The presets this lesson offers (the catalogue's two-variable functions).
    static const QList<FormulaPreset>& presets();

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
    /// Moves the point (clamped to the domain; one undo step). Emits changed() if it moved.
    void setPoint(QPointF p);
    /// Moves the point exactly there, widening the rectangle to show it (one undo step).
    void setPointShowing(QPointF p);
    /// Sets the function, the rectangle and the point exactly as given (a lesson file, undo); the point
    /// is clamped to the rectangle, an empty rectangle is ignored.
    void setState(FunctionPtr f, const QString& formula, const double* domain, QPointF p);

    /// f, ∇f at the point.
    double value() const;
    QPointF gradient() const;
    QString variable(int i) const;

    void copyFrom(const SurfaceLesson& other);

    /// {"formula", "domain": [xmin, xmax, ymin, ymax], "point": [x, y]}; lessons with more settings add
    /// theirs.
    QJsonObject save() const override { return saveSurface(); }
    QString check(const QJsonObject& state) const override { return checkSurface(state); }

signals:
    void functionChanged();

protected:
    /// A preset was entered (setFormula): lessons with more settings take its suggestions (the race
    /// takes its learning rate) without announcing them. Called inside the same undo step, just before
    /// the preset's function and rectangle are set (which emits changed()).
    virtual void presetEntered(const FormulaPreset& preset) { Q_UNUSED(preset); }
    /// {"formula", "domain", "point"}: the part of save() every two-variable lesson has.
    QJsonObject saveSurface() const;
    static QString checkSurface(const QJsonObject& state);
    void readSurface(const QJsonObject& state);
    /// The options every two-variable lesson understands: the formula and --at A,B.
    bool applySurfaceOptions(const RenderOptions& options, QString* error);
    void read(const QJsonObject& state) override { readSurface(state); }
    bool apply(const RenderOptions& options, QString* error) override {
        return applySurfaceOptions(options, error);
    }

private:
    /// Whether `p` lies at least kEdgeMargin of the rectangle inside its edges.
    bool wellInside(QPointF p) const;

    FunctionPtr m_function;
    QString m_formula;
    double m_domain[4] = {-2, 2, -1, 3};
    QPointF m_point{-1, 2};
};

} // namespace gradlab
