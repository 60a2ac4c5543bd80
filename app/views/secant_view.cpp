#include "views/secant_view.h"

#include "lessons/number_format.h"
#include "lessons/secant_lesson.h"
#include "plotting/lesson_plot.h"
#include "views/secant_figure.h"
#include "widgets/formula_field.h"
#include "widgets/log_value_control.h"
#include "widgets/value_field.h"

#include <QButtonGroup>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <memory>

namespace gradlab {

int SecantView::sliderPosition(double dx) {
    return LogValueControl::positionOf(dx, SecantLesson::kMinDx, SecantLesson::kMaxDx, kSliderSteps);
}

double SecantView::sliderValue(int position) {
    return LogValueControl::valueAt(position, SecantLesson::kMinDx, SecantLesson::kMaxDx, kSliderSteps);
}

QSlider* SecantView::dxSlider() const {
    return m_dx->slider();
}

ValueField* SecantView::dxField() const {
    return m_dx->field();
}

SecantView::SecantView(SecantLesson* lesson, QWidget* parent)
    : LessonView(lesson, parent)
    , m_lesson(lesson) {
    m_formula = new FormulaField(1, this);
    bindFormula(m_formula, m_lesson);
    m_figure = new SecantFigure(m_lesson, this);

    // A Δx outside the lesson's range is refused with a reason (it was silently ignored before).
    m_dx = new LogValueControl(SecantLesson::kMinDx, SecantLesson::kMaxDx, kSliderSteps, tr("Δx"), {}, this);
    m_dx->slider()->setAccessibleName(tr("Δx (log scale)"));
    m_dx->slider()->setToolTip(tr("Δx on a log scale, from 0.000001 to 2"));
    m_dx->field()->setStep(0.01);
    auto* dxLabel = new QLabel(tr("Δ&x"), this);
    dxLabel->setBuddy(m_dx->slider());

    m_schemes = new QButtonGroup(this);
    auto* schemeRow = new QHBoxLayout;
    //: The three difference quotients: forward, backward and central difference
    const QString names[3] = {tr("&Forward"), tr("&Backward"), tr("&Central")};
    const QString tips[3] = {tr("(f(x+Δx) − f(x)) / Δx"), tr("(f(x) − f(x−Δx)) / Δx"),
                             tr("(f(x+Δx) − f(x−Δx)) / 2Δx")};
    for (int i = 0; i < 3; ++i) {
        auto* b = new QRadioButton(names[i], this);
        b->setToolTip(tips[i]);
        m_schemes->addButton(b, i);
        schemeRow->addWidget(b);
    }
    m_schemes->button(0)->setChecked(true);
    m_animate = new QPushButton(tr("▶ &Animate"), this);
    m_animate->setToolTip(tr("Shrink Δx toward 0 and watch the secant turn into the tangent (Space)"));

    m_xField = createPointField(m_lesson, this);
    auto* xLabel = new QLabel(tr("Poi&nt a"), this);
    xLabel->setBuddy(m_xField);
    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_formula, 1);
    row1->addSpacing(16);
    row1->addWidget(xLabel);
    row1->addWidget(m_xField);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(dxLabel);
    row2->addWidget(m_dx, 1);
    row2->addSpacing(16);
    row2->addLayout(schemeRow);
    row2->addSpacing(16);
    row2->addWidget(m_animate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_figure, 1);

    connect(m_dx, &LogValueControl::valueChosen, m_lesson, &SecantLesson::setDx);
    connect(m_schemes, &QButtonGroup::idClicked, this,
            [this](int id) { m_lesson->setScheme(static_cast<DifferenceScheme>(id)); });
    connect(m_animate, &QPushButton::clicked, this, &SecantView::togglePlay);
    connect(m_lesson, &SecantLesson::animationStateChanged, this,
            [this](bool running) { m_animate->setText(running ? tr("❚❚ &Pause") : tr("▶ &Animate")); });
    connect(m_lesson, &SecantLesson::changed, this, &SecantView::syncControls);
    // The model paces Animate (and the exported animation) by this view's aspect.
    connect(m_figure->plot(), &QCustomPlot::afterReplot, this,
            [this] { m_lesson->setScreenAspect(m_figure->screenAspect()); });
    syncControls();
}

void SecantView::syncControls() {
    m_dx->setValue(m_lesson->dx());
    m_schemes->button(static_cast<int>(m_lesson->scheme()))->setChecked(true);
}

void SecantView::resetView() {
    m_figure->resetView();
}

void SecantView::togglePlay() {
    if (m_lesson->isAnimating()) {
        m_lesson->pause();
        return;
    }
    // Pace by the angles of this view: from the Δx it starts at, with the points in view. The rewind to
    // Δx = 1 and the animation are one undo step.
    m_lesson->beginGesture(tr("Animate Δx toward 0"));
    m_lesson->rewindIfFinished();
    m_figure->prepareAnimation();
    m_lesson->setScreenAspect(m_figure->screenAspect());
    m_lesson->play();
    m_lesson->endGesture();
}

bool SecantView::isPlaying() const {
    return m_lesson->isAnimating();
}

LessonAnimation SecantView::createAnimation(const SecantLesson& lesson) {
    // Δx shrinks from 1 as Animate does: paced by the secant's angle (at the screen aspect of the live
    // view, which the model keeps), the view zooming about the point.
    auto* copy = new SecantLesson;
    copy->copyFrom(lesson);
    LessonAnimation animation;
    auto figure = std::make_unique<SecantFigure>(copy);
    figure->setFollowsStep(true);
    animation.figure = std::move(figure);
    copy->setParent(animation.figure.get());
    animation.frames = 60;
    animation.fps = 15;
    auto path = std::make_shared<std::vector<double>>();
    animation.seek = [copy, path](int frame, int count) {
        if (static_cast<int>(path->size()) != count) *path = copy->animationPath(1.0, count);
        copy->setDx(
            (*path)[static_cast<std::size_t>(std::clamp(frame, 0, static_cast<int>(path->size()) - 1))]);
    };
    return animation;
}

} // namespace gradlab
