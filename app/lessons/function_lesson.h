#pragma once
// State shared by the one-variable lessons: the function (the last valid one), the text it was typed as,
// the x-range to show, and the point x. Each lesson's model extends it; views render from it.

#include "codegen/point_scripts.h"
#include "function/compiled_function.h"
#include "lessons/formula_check.h"
#include "lessons/lesson.h"

#include <QString>

namespace gradlab {

class FunctionLesson : public Lesson {
    Q_OBJECT
public:
    explicit FunctionLesson(QObject* parent = nullptr);

    /// Reads `text` as the lesson's function (one undo step): a preset's text brings its range and start
    /// point, a typed formula keeps the range. A formula that cannot be used changes nothing and comes
    /// back with the reason and its column.
    FormulaCheck setFormula(const QString& text);
    /// The presets this lesson offers (the catalogue's one-variable functions).
    static const QList<FormulaPreset>& presets();
    /// The presets whose range and start setFormula() brings: presets(), and a lesson's own after them.
    virtual QList<FormulaPreset> lessonPresets() const { return presets(); }
    /// True where a preset always brings its start point (the magnifier's corner at 0), not only when
    /// the point lies outside its range.
    virtual bool presetPlacesPoint() const { return false; }

    const FunctionPtr& function() const { return m_function; }
    const QString& formula() const { return m_formula; }
    double xMin() const { return m_xMin; }
    double xMax() const { return m_xMax; }
    double x() const { return m_x; }

    /// Replaces the function (and the x-range to show). x is kept if it lies in the new range, else
    /// moved to `suggestedX`. Emits functionChanged() and changed().
    void setFunction(FunctionPtr f, const QString& formula, double xMin, double xMax, double suggestedX);
    /// Moves the point, clamped to the x-range (one undo step). Emits changed() if it moved.
    void setX(double x);
    /// Moves the point exactly there (never clamped): a point outside the x-range widens the range to
    /// take it in, or, far away, moves a range of the same width onto it.
    void setXShowing(double x);
    /// Sets the function, the range and the point exactly as given (a lesson file, undo). x is clamped
    /// to the range; a missing function or an empty range is ignored.
    void setState(FunctionPtr f, const QString& formula, double xMin, double xMax, double x);

    /// Convenience: f(x), f′(x), f″(x) at the current point.
    double value() const { return m_function->value(m_x); }
    double slope() const { return m_function->slope(m_x); }
    double curvature() const { return m_function->secondDerivative(m_x); }
    /// The variable's name ("x", "w").
    QString variable() const;

    /// Copies the state of `other` (for export figures, which render a copy of the live lesson).
    void copyFrom(const FunctionLesson& other);

    /// {"formula": "x^2", "range": [xmin, xmax], "x": 1}; lessons with more settings add theirs.
    QJsonObject save() const override { return saveFunction(); }
    QString check(const QJsonObject& state) const override { return checkFunction(state); }

signals:
    /// The function or its range changed (curves must be resampled).
    void functionChanged();
    /// The point was put somewhere on purpose (typed): views move to show it.
    void pointPlaced();

protected:
    void notify() { emit changed(); }
    /// What moving the point is called in the undo menu ("Move the point").
    virtual QString moveText() const { return tr("Move the point"); }
    /// {"formula", "range", "x"}: the part of save() every one-variable lesson has.
    QJsonObject saveFunction() const;
    /// Why a state's formula, range or point cannot be used ("" if they can).
    static QString checkFunction(const QJsonObject& state);
    /// Applies a checked state's formula, range and point exactly.
    void readFunction(const QJsonObject& state);
    /// Reads `text` as this lesson's formula: of one variable here; the autograd lesson also takes two.
    virtual FormulaCheck checkLessonFormula(const QString& text) const { return checkFormula(text, 1); }
    /// What a point lesson's script needs: the lesson's title, the function and the point x.
    PointScriptSettings pointScriptSettings() const;
    /// The options every one-variable lesson understands: the formula and --at.
    bool applyFunctionOptions(const RenderOptions& options, QString* error);
    void read(const QJsonObject& state) override { readFunction(state); }
    bool apply(const RenderOptions& options, QString* error) override {
        return applyFunctionOptions(options, error);
    }

private:
    /// setXShowing()'s work, without recording.
    void placeX(double x);

    FunctionPtr m_function;
    QString m_formula;
    double m_xMin = -3.0;
    double m_xMax = 3.0;
    double m_x = 1.0;
};

} // namespace gradlab
