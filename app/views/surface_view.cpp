#include "views/surface_view.h"

#include "lessons/race_lesson.h"
#include "plotting/arrow_caption.h"
#include "plotting/palette.h"
#include "plotting/surface_scene.h"
#include "presets/catalogue.h"
#include "state/lesson_state.h"
#include "views/descent_figure.h"
#include "views/race_view.h"
#include "widgets/appearance.h"
#include "widgets/number_format.h"

#include <qcustomplot.h>

#include <Q3DCamera>
#include <Q3DScene>
#include <Q3DSurface>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradlab {

SurfaceView::SurfaceView(RaceLesson* lesson, QWidget* parent)
    : LessonView(parent)
    , m_lesson(lesson) {
    m_scene = new SurfaceScene(this);
    m_follow = new QComboBox(this);
    m_follow->setAccessibleName(tr("Optimizer the ball follows"));
    m_play = new QPushButton(tr("▶ &Play"), this);
    m_step = new QPushButton(tr("&Step"), this);
    m_reset = new QPushButton(tr("&Reset"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    auto* note = new QLabel(this);
    auto noteText = [this, note] {
        note->setText(
            tr("The same function, start and runs as “Descent on a surface”. Drag to rotate, scroll to zoom. "
               "<span style='color:%1'>●</span> ball &nbsp; <span style='color:%2'>●</span> trail &nbsp; "
               "<span style='color:%3'>➜</span> green arrow: the downhill direction −∇f, longer where the "
               "slope is steeper (log scale); its |∇f| is read out below")
                .arg(htmlColour(palette::point, note, kSwatchContrast),
                     htmlColour(palette::trail, note, kSwatchContrast),
                     htmlColour(palette::descent, note, kSwatchContrast)));
    };
    noteText();
    onPaletteChange(note, noteText);
    note->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Ball follows"), this));
    controls->addWidget(m_follow);
    controls->addStretch(1);
    controls->addWidget(m_play);
    controls->addWidget(m_step);
    controls->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(controls);
    layout->addWidget(m_scene->widget(this), 1);
    layout->addWidget(m_status);

    connect(m_follow, qOverload<int>(&QComboBox::activated), this, &SurfaceView::update);
    connect(m_follow, qOverload<int>(&QComboBox::activated), this, &LessonView::stateChanged);
    connect(m_play, &QPushButton::clicked, m_lesson, &RaceLesson::togglePlay);
    connect(m_step, &QPushButton::clicked, m_lesson, [this] { m_lesson->step(); });
    connect(m_reset, &QPushButton::clicked, m_lesson, &RaceLesson::reset);
    connect(m_lesson, &RaceLesson::playingChanged, this,
            [this](bool playing) { m_play->setText(playing ? tr("❚❚ &Pause") : tr("▶ &Play")); });
    connect(m_lesson, &SurfaceLesson::functionChanged, this, &SurfaceView::rebuild);
    connect(m_lesson, &SurfaceLesson::changed, this, &SurfaceView::update);
    onPaletteChange(m_status, [this] { update(); });
    rebuild();
    update();
}

int SurfaceView::followed() const {
    return m_follow->currentData().isValid() ? m_follow->currentData().toInt() : -1;
}

QString SurfaceView::statusText() const {
    return m_status->text();
}

void SurfaceView::fillFollowBox() {
    const int current = followed();
    const QSignalBlocker block(m_follow);
    m_follow->clear();
    for (int k = 0; k < kOptimizerCount; ++k)
        if (m_lesson->isEnabled(static_cast<OptimizerKind>(k)))
            m_follow->addItem(QString::fromLatin1(optimizerTitle(static_cast<OptimizerKind>(k))), k);
    const int index = m_follow->findData(current);
    m_follow->setCurrentIndex(index >= 0 ? index : 0);
}

void SurfaceView::rebuild() {
    m_scene->setFunction(*m_lesson->function(), m_lesson->xMin(), m_lesson->xMax(), m_lesson->yMin(),
                         m_lesson->yMax());
}

void SurfaceView::update() {
    fillFollowBox();
    const int k = followed();
    if (k < 0) {
        m_scene->setRun(*m_lesson->function(), Trajectory());
        m_status->setText(tr("No optimizer is enabled in “Descent on a surface”."));
        return;
    }
    const Trajectory& t = m_lesson->trajectory(static_cast<OptimizerKind>(k));
    m_scene->setRun(*m_lesson->function(), t);
    const TrajectoryPoint last = t.points.empty() ? TrajectoryPoint() : t.points.back();
    // The arrow's readout: |∇f| at the ball and what the arrow's length means (or why there is none).
    const QString arrow =
        t.points.empty()
            ? QString()
            : tr("<span style='color:%1'>➜ −∇f</span>: %2")
                  .arg(htmlColour(palette::descent, m_status),
                       arrowCaption(m_scene->arrowFit(), m_scene->gradientNorm(), m_scene->arrowScale()) +
                           (m_scene->arrowBlocked()
                                ? tr(" Here the arrow is cut short where the surface rises "
                                     "above it, across the valley.")
                                : QString()));
    m_status->setText(
        tr("<b>%1</b>: step %2, f = %3 at (%4, %5). %6<br>%7")
            .arg(QString::fromLatin1(optimizerTitle(static_cast<OptimizerKind>(k))))
            .arg(last.step)
            .arg(formatValue(last.loss, 6), formatValue(last.point[0], 4), formatValue(last.point[1], 4),
                 describeStop(m_lesson->judgement(static_cast<OptimizerKind>(k)), t).toHtmlEscaped(), arrow));
    m_step->setEnabled(!m_lesson->allStopped());
}

std::unique_ptr<QWidget> SurfaceView::createExportFigure() const {
    auto* label = new QLabel;
    label->setPixmap(QPixmap::fromImage(renderImage(QSize(800, 600), 1.0)));
    return std::unique_ptr<QWidget>(label);
}

bool SurfaceView::paintFigure(QCPPainter* painter, QSize logicalSize, bool transparent) const {
    // OpenGL draws pixels: the 3-D view goes into a PDF or SVG as an image at twice the size.
    const QImage image = renderImage(logicalSize, 2.0, transparent);
    if (image.isNull()) return false;
    painter->drawImage(QRectF(QPointF(), QSizeF(logicalSize)), image);
    return true;
}

QByteArray SurfaceView::tableCsv() const {
    return raceTrajectoriesCsv(*m_lesson);
}

QImage SurfaceView::renderImage(QSize logicalSize, double scale, bool) const {
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
    m_scene->graph()->scene()->activeCamera()->setCameraPosition(-35.0f, 45.0f, 85.0f);
}

bool SurfaceView::applyOptions(const RenderOptions& options, QString* error) {
    // The surface shows a race: the same options as the race lesson.
    if (!options.formula.isEmpty()) {
        FunctionResult r = CompiledFunction::create(options.formula.toStdString());
        if (!r.ok) {
            *error = QString::fromStdString(r.error.message);
            return false;
        }
        if (r.function->dimension() != 2) {
            *error = tr("this lesson needs a function of two variables");
            return false;
        }
        // A preset's formula brings its rectangle and start, as picking it in the race lesson does.
        double domain[4] = {m_lesson->xMin(), m_lesson->xMax(), m_lesson->yMin(), m_lesson->yMax()};
        QPointF start = m_lesson->point();
        for (const Preset& p : presetCatalogue())
            if (QString::fromStdString(p.formula) == options.formula) {
                std::copy(p.domain, p.domain + 4, domain);
                start = QPointF(p.start[0], p.start[1]);
            }
        m_lesson->setFunction(r.function, options.formula, domain, start);
    }
    if (!options.at.isEmpty() && options.start.isEmpty()) {
        RenderOptions copy = options;
        copy.start = options.at;
        if (!applyRaceOptions(copy, m_lesson, error)) return false;
    } else if (!applyRaceOptions(options, m_lesson, error)) {
        return false;
    }
    m_lesson->runToEnd();
    return true;
}

void SurfaceView::togglePlay() {
    m_lesson->togglePlay();
}

QJsonObject SurfaceView::saveState() const {
    const int k = followed();
    return {{QStringLiteral("follow"),
             k < 0 ? QString() : QString::fromLatin1(optimizerName(static_cast<OptimizerKind>(k)))}};
}

QString SurfaceView::checkState(const QJsonObject& state) const {
    // The function, the start and the runs are the race lesson's; this view adds only whom the ball follows.
    if (state.value(QStringLiteral("follow")).toString().isEmpty()) return {};
    return state::checkOptimizerName(state, QStringLiteral("follow"));
}

void SurfaceView::restoreState(const QJsonObject& state) {
    const QString name = state.value(QStringLiteral("follow")).toString();
    OptimizerKind k;
    if (!optimizerByName(name.toStdString(), k)) return;
    const int index = m_follow->findData(static_cast<int>(k));
    if (index >= 0 && index != m_follow->currentIndex()) {
        m_follow->setCurrentIndex(index);
        update();
    }
}

} // namespace gradlab
