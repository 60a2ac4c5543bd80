#pragma once
// A lesson's view: the controls and the live figure of one lesson model. It renders the model (state →
// draw) and changes it only through the model's setters; it owns nothing but widgets. The model holds
// the state, its files, its table and its undo steps; the registry says how to draw a model for export.

#include "lessons/lesson.h"

#include <QWidget>

namespace gradlab {

class FormulaField;
class FunctionLesson;
class PointFields;
class SurfaceLesson;
class ValueField;

class LessonView : public QWidget {
    Q_OBJECT
public:
    /// Shows `model`, which outlives the view.
    LessonView(Lesson* model, QWidget* parent);

    Lesson* model() const { return m_model; }
    /// The model's id ("slope", "secant", …).
    QString id() const { return m_model->id(); }
    /// The registry's title, translated.
    QString title() const;

    /// Returns the plots to their home ranges.
    virtual void resetView() = 0;
    /// Continues `predecessor`, a view of the same model in the window this one replaces (a change of
    /// language): what is a way of looking rather than the lesson's state, the plots' ranges (zoom and pan)
    /// and the splitters' sizes. Views that show more (a step inspected) continue that too.
    virtual void continueFrom(const LessonView& predecessor);
    /// Lets go of what only one window at a time may hold (an OpenGL graph: Qt DataVisualization draws a
    /// graph without its axes once another graph was made while it existed, or deleted): called on the old
    /// window's views before their successors are built. The view stays, without that part.
    virtual void releaseGraphics() {}
    /// Space: play or pause what this lesson animates (the model's togglePlay() by default).
    virtual void togglePlay() { m_model->togglePlay(); }

    /// Makes every press-to-release gesture on the view's plots and sliders one undo step of the model,
    /// and has its spin boxes commit on Enter rather than on every digit. Called once the view is built
    /// (the registry does it).
    void connectGestures();

protected:
    /// The formula field shows the model's formula and enters what the user commits into the model.
    static void bindFormula(FormulaField* field, FunctionLesson* lesson);
    static void bindFormula(FormulaField* field, SurfaceLesson* lesson);
    /// Typed coordinates move a two-variable lesson's point (widening its rectangle to show it), and the
    /// fields show the point and the variables' names.
    static void connectPointFields(PointFields* fields, SurfaceLesson* lesson);
    /// A field for the point of a one-variable lesson: any number or constant expression (pi/2) at full
    /// precision; a point outside the range moves the view to show it, nothing is clamped.
    static ValueField* createPointField(FunctionLesson* lesson, QWidget* parent);

private:
    Lesson* m_model;
};

} // namespace gradlab
