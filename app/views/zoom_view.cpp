#include "views/zoom_view.h"

#include "lessons/zoom_lesson.h"
#include "views/zoom_figure.h"
#include "widgets/flow_layout.h"
#include "widgets/formula_field.h"
#include "widgets/log_value_control.h"
#include "widgets/value_field.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>
#include <memory>

namespace gradlab {

int ZoomView::sliderPosition(double halfWidth) {
    // Left to right zooms in: position 0 is the widest window.
    return LogValueControl::positionOf(halfWidth, ZoomLesson::kMaxHalfWidth, ZoomLesson::kMinHalfWidth,
                                       kSliderSteps);
}

double ZoomView::sliderValue(int position) {
    return LogValueControl::valueAt(position, ZoomLesson::kMaxHalfWidth, ZoomLesson::kMinHalfWidth,
                                    kSliderSteps);
}

QSlider* ZoomView::zoomSlider() const {
    return m_zoom->slider();
}

ValueField* ZoomView::zoomField() const {
    return m_zoom->field();
}

ZoomView::ZoomView(ZoomLesson* lesson, QWidget* parent)
    : LessonView(lesson, parent)
    , m_lesson(lesson) {
    m_formula = new FormulaField(1, this);
    for (const FormulaPreset& p : ZoomLesson::ownPresets())
        m_formula->addPreset(p);
    bindFormula(m_formula, m_lesson);
    m_figure = new ZoomFigure(m_lesson, this);
    m_xField = createPointField(m_lesson, this);
    auto* xLabel = new QLabel(tr("Poi&nt a"), this);
    xLabel->setBuddy(m_xField);

    //: w is the zoom window's half-width, a variable name: usually kept as is
    m_zoom = new LogValueControl(ZoomLesson::kMaxHalfWidth, ZoomLesson::kMinHalfWidth, kSliderSteps, tr("w"),
                                 tr("w ="), this);
    m_zoom->slider()->setAccessibleName(tr("Zoom (half-width, log scale)"));
    m_zoom->slider()->setToolTip(tr("The window's half-width w on a log scale, from 10 down to 0.000001"));
    auto* zoomLabel = new QLabel(tr("&Zoom"), this);
    zoomLabel->setBuddy(m_zoom->slider());
    m_zoom->field()->setToolTip(tr("The window is a − w … a + w"));
    m_animate = new QPushButton(tr("▶ &Animate"), this);
    m_animate->setToolTip(tr("Zoom in by decades around the point and watch the curve straighten (Space)"));

    m_parabola = new QCheckBox(tr("Taylor &parabola"), this);
    m_cubic = new QCheckBox(tr("&Cubic"), this);
    m_circle = new QCheckBox(tr("&Osculating circle"), this);
    m_newton = new QCheckBox(tr("Ne&wton's step"), this);

    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_formula, 1);
    row1->addSpacing(16);
    row1->addWidget(xLabel);
    row1->addWidget(m_xField);
    // The slider keeps a length to drag along (at 1024 px the check boxes left it only its handle); the boxes
    // go to the next line where they do not fit.
    m_zoom->slider()->setMinimumWidth(200);
    auto* row2 = new FlowLayout;
    row2->addGroup({zoomLabel, m_zoom, m_animate}, FlowLayout::Width::FillsLine);
    row2->addGroup({m_parabola, m_cubic, m_circle, m_newton});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_figure, 1);

    connect(m_zoom, &LogValueControl::valueChosen, m_lesson, &ZoomLesson::setHalfWidth);
    connect(m_animate, &QPushButton::clicked, this, &ZoomView::togglePlay);
    connect(m_parabola, &QCheckBox::toggled, m_lesson, &ZoomLesson::setShowsParabola);
    connect(m_cubic, &QCheckBox::toggled, m_lesson, &ZoomLesson::setShowsCubic);
    connect(m_circle, &QCheckBox::toggled, m_lesson, &ZoomLesson::setShowsCircle);
    connect(m_newton, &QCheckBox::toggled, m_lesson, &ZoomLesson::setShowsNewton);
    connect(m_lesson, &ZoomLesson::changed, this, &ZoomView::syncControls);
    syncControls();
}

void ZoomView::syncControls() {
    m_zoom->setValue(m_lesson->halfWidth());
    m_animate->setText(m_lesson->isPlaying() ? tr("❚❚ &Pause") : tr("▶ &Animate"));
    const std::pair<QCheckBox*, bool> boxes[] = {{m_parabola, m_lesson->showsParabola()},
                                                 {m_cubic, m_lesson->showsCubic()},
                                                 {m_circle, m_lesson->showsCircle()},
                                                 {m_newton, m_lesson->showsNewton()}};
    for (const auto& [box, on] : boxes) {
        const QSignalBlocker b(box);
        box->setChecked(on);
    }
}

void ZoomView::resetView() {
    m_figure->resetView();
}

LessonAnimation ZoomView::createAnimation(const ZoomLesson& lesson) {
    auto* copy = new ZoomLesson;
    copy->copyFrom(lesson);
    LessonAnimation animation;
    animation.figure = std::make_unique<ZoomFigure>(copy);
    copy->setParent(animation.figure.get());
    animation.frames = 60;
    animation.fps = 10;
    // Evenly in log w from 1 to where Animate stops.
    const double end = copy->animationEndHalfWidth();
    animation.seek = [copy, end](int frame, int count) {
        const double t = count > 1 ? double(frame) / (count - 1) : 1.0;
        copy->setHalfWidth(std::pow(10.0, t * std::log10(end)));
    };
    return animation;
}

} // namespace gradlab
