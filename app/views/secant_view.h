#pragma once
// Lesson 2, "Secant → tangent": Δx on a log slider (down to 1e-6) and in a field, three difference
// schemes, and Animate, which shrinks Δx until the secant lies on the tangent.

#include "views/lesson_registry.h"
#include "views/lesson_view.h"

class QButtonGroup;
class QLineEdit;
class QPushButton;
class QSlider;

namespace gradlab {

class LogValueControl;
class ValueField;

class SecantFigure;
class SecantLesson;

class SecantView : public LessonView {
    Q_OBJECT
public:
    SecantView(SecantLesson* lesson, QWidget* parent);

    void resetView() override;
    /// Animate: paced by the angles of this view, from the Δx it shows.
    void togglePlay() override;
    bool isPlaying() const;
    /// The export animation: Δx shrinking from 1 as Animate does, the view zooming about the point.
    static LessonAnimation createAnimation(const SecantLesson& lesson);

    SecantLesson* lesson() const { return m_lesson; }
    SecantFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    QSlider* dxSlider() const;
    ValueField* dxField() const;
    ValueField* pointField() const { return m_xField; }
    QPushButton* animateButton() const { return m_animate; }

    /// The slider runs over log10(Δx) from −6 to log10(2) in this many steps.
    static constexpr int kSliderSteps = 1000;
    static int sliderPosition(double dx);
    static double sliderValue(int position);

private:
    void syncControls();

    SecantLesson* m_lesson;
    FormulaField* m_formula;
    SecantFigure* m_figure;
    LogValueControl* m_dx;
    QButtonGroup* m_schemes;
    QPushButton* m_animate;
    ValueField* m_xField;
};

} // namespace gradlab
