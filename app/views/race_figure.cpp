#include "views/race_figure.h"

#include "lessons/translated_text.h"

#include "lessons/number_format.h"
#include "lessons/race_lesson.h"
#include "plotting/contour_map.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/optimizer_marker.h"
#include "plotting/palette.h"
#include "plotting/state_overlay.h"
#include "plotting/trajectory_curve.h"
#include "views/descent_figure.h"
#include "views/schedule_panel.h"
#include "views/state_caption.h"
#include "widgets/appearance.h"
#include "widgets/figure_title.h"
#include "widgets/swatch.h"

#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtMath>
#include <array>
#include <cmath>

namespace gradlab {

RaceFigure::RaceFigure(RaceLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_title = new FigureTitle(this);
    m_map = new LessonPlot(this);
    m_map->setAccessibleName(tr("Contour map with the optimizers' paths"));
    m_contours = new ContourMap(m_map);
    m_lossPlot = new LessonPlot(this);
    m_gradPlot = new LessonPlot(this);
    LessonPlot::setLogScale(m_lossPlot->yAxis);
    LessonPlot::setLogScale(m_gradPlot->yAxis);
    LessonPlot::setCountScale(m_lossPlot->xAxis);
    LessonPlot::setCountScale(m_gradPlot->xAxis);
    m_lossPlot->setAxisLabels(tr("step"), tr("f − fₘᵢₙ"));
    m_gradPlot->setAxisLabels(tr("step"), tr("|∇f|"));
    // The legend under the map, outside the plot area, so that it never hides a trail or the minimum; as
    // wide as the map and its colour bar together (the two in a row of their own above it).
    m_map->legend->setVisible(true);
    m_map->axisRect()->insetLayout()->take(m_map->legend);
    auto* mapRow = new QCPLayoutGrid;
    QCPLayoutGrid* whole = m_map->plotLayout();
    QCPAxisRect* axes = m_map->axisRect(); // found through the layout: not while taken out of it
    whole->take(axes);
    whole->take(m_contours->colorScale());
    whole->simplify();
    whole->addElement(0, 0, mapRow); // first: the row takes its plot from the layout it joins
    mapRow->addElement(0, 0, axes);
    mapRow->addElement(0, 1, m_contours->colorScale());
    whole->addElement(1, 0, m_map->legend);
    whole->setRowStretchFactor(1, 0.001);
    m_map->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_map->legend->setWrap(4);
    // As many columns as fit the plot's width, so that no name is cut ("Momentur"): more runs, or a narrow
    // window, wrap to more rows. From the widget's width, known before the layout (the layout's rectangles
    // are those of the previous frame, the size the plot had before it was shown).
    connect(m_map, &QCustomPlot::beforeReplot, this, [this] {
        QCPLegend* legend = m_map->legend;
        int widest = 1;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (QCPAbstractLegendItem* item = legend->item(i)) // null for an empty cell of the grid
                widest = std::max(widest, item->minimumOuterSizeHint().width());
        const QMargins outer = m_map->plotLayout()->margins();
        const int room = m_map->viewport().width() - outer.left() - outer.right() - legend->margins().left() -
                         legend->margins().right();
        const int columns =
            std::clamp((room + legend->columnSpacing()) / (widest + legend->columnSpacing()), 1, 4);
        if (columns != legend->wrap()) {
            legend->setWrap(columns);
            legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // rearranges the items
        }
    });
    m_map->legend->setMargins(QMargins(4, 2, 4, 2));
    m_map->plotLayout()->setRowSpacing(2);
    // Graph k of the loss and |∇f| plots is optimizer k's run; the second runs' graphs come after them.
    for (int pass = 0; pass < 2; ++pass)
        for (OptimizerKind kind : kOptimizers) {
            const std::size_t i = static_cast<std::size_t>(kind);
            const QColor c = palette::optimizer(kind);
            const QString name = translated(optimizerTitle(kind));
            const bool second = pass == 1;
            (second ? m_seconds : m_trails)[i] = new TrajectoryCurve(m_map, c, name);
            (second ? m_seconds : m_trails)[i]->setMarkerShape(palette::optimizerMarker(kind));
            QCPGraph* loss = (second ? m_secondLosses : m_losses)[i] = m_lossPlot->addGraph();
            QCPGraph* norm = (second ? m_secondNorms : m_norms)[i] = m_gradPlot->addGraph();
            // Overlapping curves: each optimizer's marker every few steps tells them apart without colour.
            for (QCPGraph* g : {loss, norm}) {
                g->setPen(QPen(c, 2, second ? Qt::DashLine : Qt::SolidLine));
                g->setScatterStyle(QCPScatterStyle(palette::optimizerMarker(kind), c.darker(130),
                                                   second ? QColor(Qt::white) : c, 7));
                g->setScatterSkip(kCurveMarkerSkip);
            }
            if (second) m_seconds[i]->setDashed(true);
        }
    // Adam's many short steps would otherwise bury the other trails under dots.
    for (TrajectoryCurve* t : m_trails)
        t->setMarkerSpacing(kMarkerSpacing);
    for (TrajectoryCurve* t : m_seconds)
        t->setMarkerSpacing(kMarkerSpacing);
    for (OptimizerKind kind : kOptimizers) {
        const std::size_t i = static_cast<std::size_t>(kind);
        m_states[i] = new StateOverlay(m_map, palette::optimizer(kind));
        m_secondStates[i] = new StateOverlay(m_map, palette::optimizer(kind));
        // Several runs share the map: fewer faded marks each, so that the paths stay visible.
        m_states[i]->setSpacing(kStateSpacing);
        m_secondStates[i]->setSpacing(kStateSpacing);
    }
    m_stateCaption = new QLabel(this);
    m_stateCaption->setWordWrap(true);
    m_stateCaption->setVisible(false);
    m_start = new DraggableHandle(m_map, palette::point, tr("start"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    // The status lines and the caption scroll in an area under the plots: seven racers' lines and the
    // caption would otherwise take the map's room, or, below their height, run into each other.
    auto* text = new QWidget;
    auto* column = new QVBoxLayout(text);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_status);
    column->addWidget(m_stateCaption);
    column->addStretch(1);
    m_textArea = new QScrollArea(this);
    m_textArea->setWidget(text);
    m_textArea->setWidgetResizable(true);
    m_textArea->setFrameShape(QFrame::NoFrame);
    m_textArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_textArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_textArea->viewport()->setAutoFillBackground(false);
    text->setAutoFillBackground(false);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_map, 1, 0, 2, 1);
    grid->addWidget(m_lossPlot, 1, 1);
    grid->addWidget(m_gradPlot, 2, 1);
    grid->addWidget(m_textArea, 3, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    // The text gets at most a third of the height (fitTextArea caps it at what it needs).
    grid->setRowStretch(3, 1);

    connect(m_start, &DraggableHandle::dragged, lesson, &SurfaceLesson::setPoint);
    connect(m_map, &LessonPlot::backgroundClicked, lesson, &SurfaceLesson::setPoint);
    connect(m_map, &QCustomPlot::beforeReplot, this, [this] {
        // (The trails choose their markers again by themselves, once the map is laid out.)
        for (const auto& states : {m_states, m_secondStates})
            for (StateOverlay* s : states)
                s->updateGlyphs();
        showStateScale(); // the zoom decides how much the marks are lengthened
    });
    connect(lesson, &SurfaceLesson::functionChanged, this, &RaceFigure::rebuildMap);
    connect(lesson, &SurfaceLesson::changed, this, &RaceFigure::update);
    onPaletteChange(this, [this] { update(); });
    rebuildMap();
    update();
}

RaceFigure::~RaceFigure() {
    for (TrajectoryCurve* t : m_trails)
        delete t;
    for (TrajectoryCurve* t : m_seconds)
        delete t;
    for (const auto& states : {m_states, m_secondStates})
        for (StateOverlay* s : states)
            delete s;
}

void RaceFigure::resetView() {
    m_map->resetView();
    update(); // the step plots are ranged to the runs
}

void RaceFigure::rebuildMap() {
    m_title->setFunction(*m_lesson->function(), false);
    m_contours->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax(), m_lesson->yMin(),
                     m_lesson->yMax(),
                     QStringLiteral("f(%1, %2)").arg(m_lesson->variable(0), m_lesson->variable(1)));
    m_map->setAxisLabels(m_lesson->variable(0), m_lesson->variable(1));
    m_map->replot();
}

QString RaceFigure::titleText() const {
    return m_title->text();
}

QString RaceFigure::statusText() const {
    return m_status->text();
}

void RaceFigure::update() {
    m_start->setPosition(m_lesson->point());
    // f − f*: f* the lowest minimum the runs approach (found from where each ended); without one, the
    // lowest value seen, and the axis says so.
    std::array<RunJudgement, kOptimizerCount> judgements, secondJudgements;
    double floor = INFINITY, best = INFINITY;
    auto account = [&floor, &best](const RunJudgement& j, const Trajectory& t) {
        if (j.hasMinimum) floor = std::min(floor, j.minimumLoss);
        for (const TrajectoryPoint& p : t.points)
            best = std::min(best, p.loss);
    };
    for (OptimizerKind kind : kOptimizers) {
        const std::size_t i = static_cast<std::size_t>(kind);
        if (!m_lesson->isEnabled(kind)) continue;
        judgements[i] = m_lesson->judgement(kind);
        account(judgements[i], m_lesson->trajectory(kind));
        if (m_lesson->hasSecond(kind)) {
            secondJudgements[i] = m_lesson->secondJudgement(kind);
            account(secondJudgements[i], m_lesson->secondTrajectory(kind));
        }
    }
    const bool known = std::isfinite(floor);
    if (!known) floor = best;
    // A minimum value below the round-off of the losses drawn is 0 to the eye (Newton leaves 1e-28).
    const bool roundOff = known && floor != 0.0 && std::fabs(floor) < 1e-15 * std::max(1.0, std::fabs(best));
    m_lossPlot->setAxisLabels(tr("step"),
                              known ? tr("f − f*,  f* %1 %2")
                                          .arg(roundOff ? QStringLiteral("≈") : QStringLiteral("="),
                                               roundOff ? QStringLiteral("0") : formatValue(floor, 4))
                                    : tr("f − best seen"));
    // With a schedule each optimizer's rate is the base its schedule starts from.
    const bool scheduled = m_lesson->schedule().kind != ScheduleKind::Constant;
    const QString lrWord = scheduled ? tr("base lr") : tr("lr");
    QStringList lines;
    if (scheduled || m_lesson->noise() > 0) {
        QStringList all;
        if (scheduled)
            all << tr("the %1 schedule").arg(translated(scheduleTitle(m_lesson->schedule().kind)).toLower());
        if (m_lesson->noise() > 0)
            all << tr("gradient noise σ = %1 (seed %2)")
                       .arg(formatValue(m_lesson->noise()))
                       .arg(m_lesson->seed());
        lines << tr("Every optimizer runs with %1.").arg(all.join(tr(" and "))).toHtmlEscaped();
    }
    int longest = 1;
    double lo = INFINITY, hi = 0, glo = INFINITY, ghi = 0;
    QList<QCPAbstractPlottable*>
        keys; // the legend's entries: the table's order, each second run after its first
    for (OptimizerKind kind : kOptimizers) {
        const std::size_t i = static_cast<std::size_t>(kind);
        const bool on = m_lesson->isEnabled(kind), twice = m_lesson->hasSecond(kind);
        m_trails[i]->setVisible(on);
        m_losses[i]->setVisible(on);
        m_norms[i]->setVisible(on);
        m_seconds[i]->setVisible(twice);
        m_secondLosses[i]->setVisible(twice);
        m_secondNorms[i]->setVisible(twice);
        const QString title = translated(optimizerTitle(kind));
        const double lr = m_lesson->racer(kind).hyperparameters.learningRate;
        const double lr2 = m_lesson->racer(kind).secondRate;
        // Racing itself, each run is named with its rate.
        m_trails[i]->curve()->setName(twice ? tr("%1, %2 %3").arg(title, lrWord, formatValue(lr)) : title);
        m_seconds[i]->curve()->setName(tr("%1, %2 %3").arg(title, lrWord, formatValue(lr2)));
        if (on) keys << m_trails[i]->curve();
        if (twice) keys << m_seconds[i]->curve();
        if (!on) continue;
        lines << showRun(m_lesson->trajectory(kind), judgements[i], lrWord, lr, kind, false, floor, &lo, &hi,
                         &glo, &ghi, &longest);
        if (twice)
            lines << showRun(m_lesson->secondTrajectory(kind), secondJudgements[i], lrWord, lr2, kind, true,
                             floor, &lo, &hi, &glo, &ghi, &longest);
    }
    showKeys(keys);
    for (LessonPlot* p : {m_lossPlot, m_gradPlot})
        p->xAxis->setRange(0, longest);
    if (hi > 0) LessonPlot::setLogRange(m_lossPlot->yAxis, lo, hi, 1e-18);
    if (ghi > 0) LessonPlot::setLogRange(m_gradPlot->yAxis, glo, ghi, 1e-18);
    m_status->setText(lines.join(QStringLiteral("<br>")));
    showStates();
    fitTextArea();
    QString spoken = m_status->text();
    spoken.replace(QStringLiteral("<br>"), QStringLiteral("; "))
        .remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    m_map->setLiveDescription(spoken.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
                                  .remove(QStringLiteral("■ "))
                                  .remove(QStringLiteral("◆ - - ")));
    m_map->replot(QCustomPlot::rpQueuedReplot);
    m_lossPlot->replot(QCustomPlot::rpQueuedReplot);
    m_gradPlot->replot(QCustomPlot::rpQueuedReplot);
}

void RaceFigure::showKeys(const QList<QCPAbstractPlottable*>& keys) {
    QCPLegend* legend = m_map->legend;
    QList<QCPAbstractPlottable*> shown;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i))) shown << item->plottable();
    if (shown == keys) return;
    // Added in order (an optimizer ticked later goes to its place, not to the end).
    for (QCPAbstractPlottable* p : shown)
        p->removeFromLegend();
    for (QCPAbstractPlottable* p : keys)
        p->addToLegend();
}

void RaceFigure::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitTextArea();
}

void RaceFigure::fitTextArea() {
    // As tall as the lines at the area's width (a scroll bar's width kept free for when they do not fit).
    const int width = m_textArea->width() - m_textArea->verticalScrollBar()->sizeHint().width();
    const int needed = m_textArea->widget()->heightForWidth(std::max(1, width));
    const int line = m_status->fontMetrics().lineSpacing();
    const int wanted = std::max(needed, line);
    if (m_textArea->maximumHeight() != wanted) m_textArea->setMaximumHeight(wanted);
    // At least six lines, so that a line is read whole (squeezed to a line and a half, each racer's sentence
    // was cut through; a window too small for it scrolls the lesson).
    const int least = std::min(wanted, 6 * line + 2);
    if (m_textArea->minimumHeight() != least) m_textArea->setMinimumHeight(least);
}

QString RaceFigure::stateCaption() const {
    return m_stateCaption->isHidden() ? QString() : m_stateCaption->text();
}

void RaceFigure::showStates() {
    const bool shown = m_lesson->showState();
    QList<OptimizerKind> kinds;
    QStringList lines;
    const QStringList variables{m_lesson->variable(0), m_lesson->variable(1)};
    for (OptimizerKind kind : kOptimizers) {
        const std::size_t i = static_cast<std::size_t>(kind);
        const bool on = shown && m_lesson->isEnabled(kind), twice = on && m_lesson->hasSecond(kind);
        m_states[i]->setVisible(on);
        m_secondStates[i]->setVisible(twice);
        if (!on) continue;
        kinds << kind;
        m_states[i]->show(m_lesson->trajectory(kind));
        lines << stateReadout(m_lesson->trajectory(kind), m_trails[i]->curve()->name(), variables);
        if (twice) {
            m_secondStates[i]->show(m_lesson->secondTrajectory(kind));
            lines << stateReadout(m_lesson->secondTrajectory(kind), m_seconds[i]->curve()->name(), variables);
        }
    }
    lines.removeAll(QString());
    lines.prepend(stateLegend(kinds, 2));
    m_stateText = shown ? lines.join(QLatin1Char('\n')) : QString();
    m_stateCaption->setHidden(!shown);
    showStateScale();
}

void RaceFigure::showStateScale() {
    QList<QPair<QString, double>> scales;
    for (OptimizerKind kind : kOptimizers) {
        const std::size_t i = static_cast<std::size_t>(kind);
        if (m_states[i]->isVisible()) scales.append({m_trails[i]->curve()->name(), m_states[i]->scale()});
        if (m_secondStates[i]->isVisible())
            scales.append({m_seconds[i]->curve()->name(), m_secondStates[i]->scale()});
    }
    const QString scale = stateScale(scales);
    const QString text =
        scale.isEmpty() || m_stateText.isEmpty() ? m_stateText : m_stateText + QLatin1Char('\n') + scale;
    if (m_stateCaption->text() != text) {
        m_stateCaption->setText(text);
        fitTextArea();
    }
}

QString RaceFigure::showRun(const Trajectory& t, const RunJudgement& judgement, const QString& lrWord,
                            double learningRate, OptimizerKind kind, bool second, double floor, double* lo,
                            double* hi, double* glo, double* ghi, int* longest) {
    const std::size_t i = static_cast<std::size_t>(kind);
    (second ? m_seconds : m_trails)[i]->show(t);
    QVector<double> steps, gaps, norms;
    for (const TrajectoryPoint& p : t.points) {
        steps.append(p.step);
        const double g = p.loss - floor;
        gaps.append(g > 0 ? g : std::nan(""));
        norms.append(p.gradNorm > 0 ? p.gradNorm : std::nan(""));
        if (g > 0) *lo = std::min(*lo, g), *hi = std::max(*hi, g);
        if (p.gradNorm > 0) *glo = std::min(*glo, p.gradNorm), *ghi = std::max(*ghi, p.gradNorm);
        *longest = std::max(*longest, p.step);
    }
    (second ? m_secondLosses : m_losses)[i]->setData(steps, gaps, true);
    (second ? m_secondNorms : m_norms)[i]->setData(steps, norms, true);
    const TrajectoryPoint& last = t.points.empty() ? TrajectoryPoint() : t.points.back();
    // The first run's key is its trail's own colour (a framed swatch: Newton's yellow is too pale for text);
    // the second run's dashed key is text, darkened to be read.
    const QString key =
        second ? QStringLiteral("<span style='color:%1'>◆ - -</span>")
                     .arg(htmlColour(palette::optimizer(kind), this, kSwatchContrast))
               : swatchHtml(QBrush(palette::optimizer(kind)), palette().color(QPalette::Base), this);
    return QStringLiteral("%1 <b>%2</b> (%6 %3): %4 &nbsp; %5")
        .arg(key, translated(optimizerTitle(t.optimizer)), formatValue(learningRate),
             describeStop(judgement, t).toHtmlEscaped(),
             tr("f = %1 at %2")
                 .arg(formatValue(last.loss, 5),
                      shownPoint(formatValue(last.point[0], 4), formatValue(last.point[1], 4))),
             lrWord);
}

} // namespace gradlab
