#pragma once
// Lesson 3, "Zoom in until it looks straight": the formula and the point a, the magnifier's half-width on a
// log slider over decades (10¹ … 10⁻⁶) and in a field, Animate (a decade every 1.6 s, stopping before
// rounding takes over), and what to draw besides the tangent: the Taylor parabola, the cubic, the
// osculating circle and Newton's step.

#include "views/lesson_registry.h"
#include "views/lesson_view.h"

class QCheckBox;
class QPushButton;
class QSlider;

namespace gradlab {

class LogValueControl;
class ValueField;
class ZoomFigure;
class ZoomLesson;

class ZoomView : public LessonView {
    Q_OBJECT
public:
    ZoomView(ZoomLesson* lesson, QWidget* parent);

    void resetView() override;
    /// The export animation: the window shrinking from w = 1 as Animate does.
    static LessonAnimation createAnimation(const ZoomLesson& lesson);

    ZoomLesson* lesson() const { return m_lesson; }
    ZoomFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    ValueField* pointField() const { return m_xField; }
    QSlider* zoomSlider() const;
    ValueField* zoomField() const;
    QPushButton* animateButton() const { return m_animate; }
    QCheckBox* parabolaBox() const { return m_parabola; }
    QCheckBox* cubicBox() const { return m_cubic; }
    QCheckBox* circleBox() const { return m_circle; }
    QCheckBox* newtonBox() const { return m_newton; }

    /// The slider runs over log10(w) from 1 down to −6 in this many steps (100 a decade).
    static constexpr int kSliderSteps = 700;
    static int sliderPosition(double halfWidth);
    static double sliderValue(int position);

private:
    void syncControls();

    ZoomLesson* m_lesson;
    FormulaField* m_formula;
    ZoomFigure* m_figure;
    ValueField* m_xField;
    LogValueControl* m_zoom;
    QPushButton* m_animate;
    QCheckBox* m_parabola;
    QCheckBox* m_cubic;
    QCheckBox* m_circle;
    QCheckBox* m_newton;
};

} // namespace gradlab
