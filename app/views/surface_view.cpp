#include "views/surface_view.h"

#include "widgets/swatch.h"

#include "lessons/translated_text.h"

#include "lessons/number_format.h"
#include "lessons/race_lesson.h"
#include "lessons/surface3d_lesson.h"
#include "plotting/arrow_caption.h"
#include "plotting/palette.h"
#include "plotting/surface_scene.h"
#include "presets/catalogue.h"
#include "views/descent_figure.h"
#include "views/race_view.h"
#include "widgets/appearance.h"
#include "widgets/flow_layout.h"
#include "widgets/swatch.h"

#include <qcustomplot.h>

#include <Q3DCamera>
#include <Q3DScene>
#include <Q3DSurface>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradlab {

SurfaceView::SurfaceView(Surface3dLesson* model, QWidget* parent)
    : LessonView(model, parent)
    , m_model(model)
    , m_lesson(model->race()) {
    QString why;
    m_scene = SurfaceScene::create(this, &why);
    m_follow = new QComboBox(this);
    m_follow->setAccessibleName(tr("Optimizer the ball follows"));
    m_play = new QPushButton(tr("▶ &Play"), this);
    //: Button (a verb): move every optimizer one step
    m_step = new QPushButton(tr("&Step"), this);
    //: Button: put every optimizer back at the start point
    m_reset = new QPushButton(tr("&Reset"), this);
    m_logHeight = new QCheckBox(tr("&Log height"), this);
    m_logHeight->setToolTip(tr("Draw the height as log₁₀(1 + f − m), m the lowest f on the rectangle "
                               "rounded down (0 when f ≥ 0): a valley that the linear height flattens "
                               "shows its shape. The vertical axis says which height is drawn."));
    m_resetView = new QPushButton(tr("Reset &view"), this);
    m_resetView->setToolTip(tr("Back to the view from the front, above the surface (Ctrl+0)"));
    m_topView = new QPushButton(tr("&Top view"), this);
    m_topView->setToolTip(tr("Look straight down: x to the right, y up, as on the maps"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    auto* note = new QLabel(this);
    auto noteText = [this, note] {
        note->setText(
            tr("The same function, start and runs as “Descent on a surface”. Drag to rotate, scroll to zoom. "
               "<span style='color:%1'>●</span> ball &nbsp; %2 trail &nbsp; "
               "<span style='color:%3'>➜</span> green arrow: the downhill direction −∇f, longer where the "
               "slope is steeper (log scale); its |∇f| is read out below")
                .arg(htmlColour(palette::point, note, kSwatchContrast),
                     // The trail's own yellow, framed (darkened for contrast it read as olive).
                     swatchHtml(palette::trail, note->palette().color(QPalette::Window), note),
                     htmlColour(palette::descent, note, kSwatchContrast)));
    };
    noteText();
    onPaletteChange(note, noteText);
    note->setWordWrap(true);

    // Wraps where the language's words do not fit in a narrow window (a label stays beside its field).
    auto* controls = new FlowLayout;
    controls->addGroup({new QLabel(tr("Ball follows"), this), m_follow});
    controls->addGroup({m_play, m_step, m_reset});
    controls->addStretch();
    controls->addGroup({m_logHeight, m_resetView, m_topView});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(controls);
    if (m_scene) {
        m_sceneWidget = m_scene->widget(this);
        layout->addWidget(m_sceneWidget, 1);
        m_scene->setDark(isDark(palette()));
    } else {
        // Without OpenGL the runs still go on (the line below reads them out); only the drawing is missing.
        m_unavailable = new QLabel(
            tr("<h3>The 3-D view cannot draw here</h3><p>It needs OpenGL, and %1.</p><p>%2</p><p>Every other "
               "lesson works without it; “Descent on a surface” shows this function, start and runs as a "
               "map.</p>")
                .arg(why.toHtmlEscaped(), SurfaceScene::openGlAdvice()),
            this);
        m_unavailable->setObjectName(QStringLiteral("openGlUnavailable"));
        m_unavailable->setWordWrap(true);
        m_unavailable->setTextFormat(Qt::RichText);
        m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_unavailable->setAlignment(Qt::AlignCenter);
        m_unavailable->setMargin(24);
        m_unavailable->setFrameShape(QFrame::StyledPanel);
        layout->addWidget(m_unavailable, 1);
        for (QWidget* w : {static_cast<QWidget*>(m_logHeight), static_cast<QWidget*>(m_resetView),
                           static_cast<QWidget*>(m_topView)})
            w->setEnabled(false);
    }
    layout->addWidget(m_status);

    connect(m_follow, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        m_model->setFollowed(static_cast<OptimizerKind>(m_follow->itemData(index).toInt()));
    });
    connect(m_play, &QPushButton::clicked, m_lesson, &RaceLesson::togglePlay);
    connect(m_step, &QPushButton::clicked, m_lesson, [this] { m_lesson->step(); });
    connect(m_reset, &QPushButton::clicked, m_lesson, &RaceLesson::reset);
    connect(m_logHeight, &QCheckBox::toggled, m_model, &Surface3dLesson::setLogHeight);
    connect(m_resetView, &QPushButton::clicked, this, &SurfaceView::resetView);
    connect(m_topView, &QPushButton::clicked, this, [this] {
        if (m_scene) m_scene->topView();
    });
    connect(m_lesson, &RaceLesson::playingChanged, this,
            [this](bool playing) { m_play->setText(playing ? tr("❚❚ &Pause") : tr("▶ &Play")); });
    connect(m_lesson, &SurfaceLesson::functionChanged, this, &SurfaceView::rebuild);
    connect(m_model, &Lesson::changed, this, [this] {
        if (m_model->logHeight() != m_drawnLog) rebuild();
        update();
    });
    onPaletteChange(m_status, [this] { update(); });
    rebuild();
    update();
}

QString SurfaceView::unavailableText() const {
    return m_unavailable ? m_unavailable->text() : QString();
}

void SurfaceView::setLogHeight(bool on) {
    m_model->setLogHeight(on);
}

bool SurfaceView::logHeight() const {
    return m_model->logHeight();
}

void SurfaceView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && m_scene) m_scene->setDark(isDark(palette()));
    LessonView::changeEvent(event);
}

int SurfaceView::followed() const {
    return m_model->followed();
}

QString SurfaceView::statusText() const {
    return m_status->text();
}

void SurfaceView::fillFollowBox() {
    const int current = followed();
    const QSignalBlocker block(m_follow);
    m_follow->clear();
    for (OptimizerKind kind : kOptimizers)
        if (m_lesson->isEnabled(kind))
            m_follow->addItem(translated(optimizerTitle(kind)), static_cast<int>(kind));
    m_follow->setCurrentIndex(m_follow->findData(current));
    const QSignalBlocker blockLog(m_logHeight);
    m_logHeight->setChecked(m_model->logHeight());
}

void SurfaceView::rebuild() {
    if (!m_scene) return;
    m_drawnLog = m_model->logHeight();
    m_scene->setHeight(m_drawnLog ? SurfaceScene::Height::Log : SurfaceScene::Height::Linear);
    m_scene->setFunction(*m_lesson->function(), m_lesson->xMin(), m_lesson->xMax(), m_lesson->yMin(),
                         m_lesson->yMax());
}

void SurfaceView::update() {
    fillFollowBox();
    const int k = followed();
    if (k < 0) {
        if (m_scene) m_scene->setRun(*m_lesson->function(), Trajectory());
        m_status->setText(tr("No optimizer is enabled in “Descent on a surface”."));
        return;
    }
    const Trajectory& t = m_lesson->trajectory(static_cast<OptimizerKind>(k));
    if (m_scene) m_scene->setRun(*m_lesson->function(), t);
    const TrajectoryPoint last = t.points.empty() ? TrajectoryPoint() : t.points.back();
    // The arrow's readout: |∇f| at the ball and what the arrow's length means (or why there is none).
    QString arrow =
        t.points.empty() || !m_scene
            ? QString()
            : tr("<span style='color:%1'>➜ −∇f</span>: %2")
                  .arg(htmlColour(palette::descent, m_status),
                       arrowCaption(m_scene->arrowFit(), m_scene->gradientNorm(), m_scene->arrowScale()) +
                           (m_scene->arrowBlocked()
                                ? tr(" Here the arrow is cut short where the surface rises "
                                     "above it, across the valley.")
                                : QString()));
    if (m_scene && std::isfinite(m_scene->cutAt()))
        arrow += tr("<br>The surface is cut flat at f = %1, where it rises steeply (a pole or a wall); "
                    "“Log height” shows all of it.")
                     .arg(formatValue(m_scene->cutAt(), 4));
    m_status->setText(
        tr("<b>%1</b>: step %2, f = %3 at (%4, %5). %6<br>%7")
            .arg(translated(optimizerTitle(static_cast<OptimizerKind>(k))))
            .arg(last.step)
            .arg(formatValue(last.loss, 6), formatValue(last.point[0], 4), formatValue(last.point[1], 4),
                 describeStop(m_lesson->judgement(static_cast<OptimizerKind>(k)), t).toHtmlEscaped(), arrow));
    m_step->setEnabled(!m_lesson->allStopped());
}

QImage SurfaceView::renderModelImage(const Surface3dLesson& model, QSize logicalSize, double scale) {
    std::unique_ptr<Lesson> copy = model.clone();
    SurfaceView view(static_cast<Surface3dLesson*>(copy.get()), nullptr);
    return view.renderImage(logicalSize, scale);
}

QImage SurfaceView::renderImage(QSize logicalSize, double scale) const {
    if (!m_scene) return QImage(); // the export says that 3-D drawing needs OpenGL
    // Q3DSurface builds its renderer when its window is first exposed; a view never shown (gradlab
    // render) is shown once, off to the side, and given a moment to initialise.
    if (!m_scene->graph()->isExposed()) {
        auto* self = const_cast<SurfaceView*>(this);
        if (!self->window()->isVisible()) {
            self->window()->resize(logicalSize);
            self->window()->show();
        }
        QElapsedTimer wait;
        wait.start();
        while (!m_scene->graph()->isExposed() && wait.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::processEvents();
        if (!m_scene->graph()->isExposed()) return QImage();
    }
    QImage image = m_scene->render(logicalSize * scale);
    if (image.isNull()) return image;
    return image.convertToFormat(QImage::Format_ARGB32);
}

void SurfaceView::resetView() {
    if (m_scene) m_scene->resetCamera();
}

void SurfaceView::releaseGraphics() {
    if (!m_scene) return;
    // The scene first (its graph belongs to the container, which deletes it).
    delete m_scene;
    m_scene = nullptr;
    delete m_sceneWidget;
    m_sceneWidget = nullptr;
}

} // namespace gradlab
