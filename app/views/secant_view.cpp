#include "views/secant_view.h"

#include "lessons/secant_lesson.h"
#include "state/lesson_state.h"
#include "tables/csv_tables.h"
#include "views/secant_figure.h"
#include "widgets/formula_field.h"
#include "widgets/number_format.h"
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

namespace {
const double kLogMin = std::log10(SecantLesson::kMinDx);
const double kLogMax = std::log10(SecantLesson::kMaxDx);
} // namespace

int SecantView::sliderPosition(double dx) {
    return static_cast<int>(std::lround((std::log10(dx) - kLogMin) / (kLogMax - kLogMin) * kSliderSteps));
}

double SecantView::sliderValue(int position) {
    return std::pow(10.0, kLogMin + (kLogMax - kLogMin) * position / kSliderSteps);
}

SecantView::SecantView(QWidget* parent)
    : LessonView(parent) {
    m_lesson = new SecantLesson(this);
    m_formula = new FormulaField(1, this);
    m_formula->addCataloguePresets();
    connectFormula(m_formula, m_lesson);
    m_formula->setFormula(QStringLiteral("x^2"));
    m_lesson->setX(1.0);
    m_figure = new SecantFigure(m_lesson, this);
    connect(m_lesson, &FunctionLesson::changed, this, &LessonView::stateChanged);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setAccessibleName(tr("Δx (log scale)"));
    m_slider->setToolTip(tr("Δx on a log scale, from 0.000001 to 2"));
    // A Δx outside the lesson's range is refused with a reason (it was silently ignored before).
    m_dxField = new ValueField(tr("Δx"), this);
    m_dxField->setRange(SecantLesson::kMinDx, SecantLesson::kMaxDx);
    m_dxField->setStep(0.01);
    auto* dxLabel = new QLabel(tr("Δ&x"), this);
    dxLabel->setBuddy(m_slider);

    m_schemes = new QButtonGroup(this);
    auto* schemeRow = new QHBoxLayout;
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
    row2->addWidget(m_slider, 1);
    row2->addWidget(m_dxField);
    row2->addSpacing(16);
    row2->addLayout(schemeRow);
    row2->addSpacing(16);
    row2->addWidget(m_animate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_figure, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int p) {
        // Only a move of the slider itself sets Δx (not the sync from the lesson), so values typed in the
        // field are not rounded to the slider's steps.
        if (sliderPosition(m_lesson->dx()) != p) m_lesson->setDx(sliderValue(p));
    });
    connect(m_dxField, &ValueField::valueEntered, this, [this](double dx) {
        m_lesson->setDx(dx);
        syncControls();
    });
    connect(m_schemes, &QButtonGroup::idClicked, this,
            [this](int id) { m_lesson->setScheme(static_cast<DifferenceScheme>(id)); });
    connect(m_animate, &QPushButton::clicked, this, &SecantView::togglePlay);
    connect(m_lesson, &SecantLesson::animationStateChanged, this, [this](bool running) {
        m_animate->setText(running ? tr("❚❚ &Pause") : tr("▶ &Animate"));
        emit stateChanged();
    });
    connect(m_lesson, &SecantLesson::changed, this, &SecantView::syncControls);
    syncControls();
}

void SecantView::syncControls() {
    const QSignalBlocker b1(m_slider);
    m_slider->setValue(sliderPosition(m_lesson->dx()));
    m_dxField->setValue(m_lesson->dx());
    m_schemes->button(static_cast<int>(m_lesson->scheme()))->setChecked(true);
}

std::unique_ptr<QWidget> SecantView::createExportFigure() const {
    auto* copy = new SecantLesson;
    copy->copyFrom(*m_lesson);
    auto figure = std::make_unique<SecantFigure>(copy);
    copy->setParent(figure.get());
    return figure;
}

void SecantView::resetView() {
    m_figure->resetView();
}

bool SecantView::applyOptions(const RenderOptions& options, QString* error) {
    if (!applyFunctionOptions(options, m_formula, m_lesson, error)) return false;
    if (options.h != 0.0) {
        if (!(options.h >= SecantLesson::kMinDx && options.h <= SecantLesson::kMaxDx)) {
            *error = tr("--h must be between %1 and %2").arg(SecantLesson::kMinDx).arg(SecantLesson::kMaxDx);
            return false;
        }
        m_lesson->setDx(options.h);
    }
    if (!options.scheme.isEmpty()) {
        DifferenceScheme s;
        if (!schemeByName(options.scheme.toStdString(), s)) {
            *error = tr("--scheme must be forward, backward or central, got '%1'").arg(options.scheme);
            return false;
        }
        m_lesson->setScheme(s);
    }
    return true;
}

void SecantView::togglePlay() {
    if (!m_lesson->isAnimating()) {
        // Pace by the angles of this view: from the Δx it starts at, with the points in view.
        m_lesson->rewindIfFinished();
        m_figure->prepareAnimation();
        m_lesson->setScreenAspect(m_figure->screenAspect());
    }
    m_lesson->togglePlay();
}

QJsonObject SecantView::saveState() const {
    QJsonObject s = state::saveFunction(*m_lesson);
    s.insert(QStringLiteral("dx"), m_lesson->dx());
    s.insert(QStringLiteral("scheme"), QString::fromLatin1(schemeName(m_lesson->scheme())));
    return s;
}

QString SecantView::checkState(const QJsonObject& state) const {
    const QString why = state::checkFunction(state);
    if (!why.isEmpty()) return why;
    const double dx = state.value(QStringLiteral("dx")).toDouble();
    if (!(dx >= SecantLesson::kMinDx && dx <= SecantLesson::kMaxDx))
        return tr("\"dx\" must be from %1 to %2, got %3")
            .arg(SecantLesson::kMinDx)
            .arg(SecantLesson::kMaxDx)
            .arg(dx);
    DifferenceScheme s;
    if (!schemeByName(state.value(QStringLiteral("scheme")).toString().toStdString(), s))
        return tr("\"scheme\" must be forward, backward or central, got \"%1\"")
            .arg(state.value(QStringLiteral("scheme")).toString());
    return {};
}

void SecantView::restoreState(const QJsonObject& state) {
    m_lesson->pause();
    state::restoreFunction(state, m_formula, m_lesson);
    m_lesson->setDx(state.value(QStringLiteral("dx")).toDouble());
    DifferenceScheme s = DifferenceScheme::Forward;
    schemeByName(state.value(QStringLiteral("scheme")).toString().toStdString(), s);
    m_lesson->setScheme(s);
}

bool SecantView::isPlaying() const {
    return m_lesson->isAnimating();
}

QByteArray SecantView::tableCsv() const {
    const LimitTable t = m_lesson->limitTable(m_figure->tableRows());
    return QByteArray::fromStdString(limitTableCsv(t));
}

LessonAnimation SecantView::createAnimation() const {
    // Δx shrinks from 1 as Animate does: paced by the secant's angle, the view zooming about the point.
    auto* copy = new SecantLesson;
    copy->copyFrom(*m_lesson);
    copy->setScreenAspect(m_figure->screenAspect());
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
