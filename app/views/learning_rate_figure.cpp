#include "views/learning_rate_figure.h"

#include "lessons/learning_rate_lesson.h"
#include "lessons/number_format.h"
#include "lessons/translated_text.h"
#include "plotting/clear_spot.h"
#include "plotting/curve_graph.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/off_view_marker.h"
#include "plotting/palette.h"
#include "plotting/regime_brush.h"
#include "plotting/stamped_scatter_graph.h"
#include "plotting/trajectory_curve.h"
#include "views/descent_figure.h"
#include "views/schedule_panel.h"
#include "widgets/appearance.h"
#include "widgets/figure_title.h"
#include "widgets/rest_timer.h"
#include "widgets/steady_label.h"
#include "widgets/swatch.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <cmath>
#include <utility>

namespace gradlab {

LearningRateFigure::LearningRateFigure(LearningRateLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_title = new FigureTitle(this);
    m_curvePlot = new LessonPlot(this);
    m_curvePlot->setAccessibleName(tr("Loss curve with the run"));
    m_curve = new CurveGraph(m_curvePlot, palette::curve, tr("loss"));
    //: Legend entry: the points the descent steps visit (a noun)
    m_path = new TrajectoryCurve(m_curvePlot, palette::secant, tr("steps"));
    m_start = new DraggableHandle(m_curvePlot, palette::point, tr("start"));
    m_divergence = new OffViewMarker(m_curvePlot, palette::secant);

    m_stepPlot = new LessonPlot(this);
    m_stepPlot->setAccessibleName(tr("The run's coordinate per step"));
    LessonPlot::setCountScale(m_stepPlot->xAxis);
    m_minimumLine = new QCPItemStraightLine(m_stepPlot);
    m_minimumLine->setPen(QPen(palette::curve, 1.5, Qt::DashLine));
    m_minimumLabel = new QCPItemText(m_stepPlot);
    m_minimumLabel->setColor(palette::curve);
    // Under the line and the run, over the grid: a pale box hides the grid lines, never what is plotted.
    m_minimumLabel->setLayer(QStringLiteral("grid"));
    m_minimumLabel->setBrush(palette::labelBox);
    m_minimumLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_stepGraph = new StampedScatterGraph(m_stepPlot->xAxis, m_stepPlot->yAxis);
    m_stepGraph->setPen(QPen(palette::secant, 2));
    m_stepGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));

    m_lossPlot = new LessonPlot(this);
    m_lossPlot->setAccessibleName(tr("Loss per step"));
    LessonPlot::setLogScale(m_lossPlot->yAxis);
    LessonPlot::setCountScale(m_lossPlot->xAxis);
    m_lossGraph = new StampedScatterGraph(m_lossPlot->xAxis, m_lossPlot->yAxis);
    m_lossGraph->setPen(QPen(palette::secant, 2));
    m_lossGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    //: Axis labels: the step number k, and the loss above its minimum
    m_lossPlot->setAxisLabels(tr("step k"), tr("L(wₖ) − Lₘᵢₙ"));

    m_sweepPlot = new LessonPlot(this);
    m_sweepPlot->setAccessibleName(tr("Final loss against learning rate"));
    LessonPlot::setLogScale(m_sweepPlot->xAxis);
    LessonPlot::setLogScale(m_sweepPlot->yAxis);
    m_sweepGraph = m_sweepPlot->addGraph();
    m_sweepGraph->setPen(QPen(palette::curve, 2));
    m_sweepGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    //: Axis labels: the learning rate η, and the last loss of each run above the minimum
    m_sweepPlot->setAxisLabels(tr("learning rate"), tr("final loss − Lₘᵢₙ"));
    m_currentLine = new QCPItemStraightLine(m_sweepPlot);
    m_currentLine->setLayer(m_sweepPlot->overlayLayer());
    m_currentLine->setPen(QPen(palette::point, 2.5));
    m_criticalLine = new QCPItemStraightLine(m_sweepPlot);
    m_criticalLine->setPen(QPen(palette::gradient, 1.5, Qt::DashLine));
    m_criticalLabel = new QCPItemText(m_sweepPlot);
    // On the overlay with the current rate's line, which it keeps clear of as the rate moves.
    m_criticalLabel->setLayer(m_sweepPlot->overlayLayer());
    m_criticalLabel->setColor(palette::gradient);
    m_criticalLabel->setBrush(palette::labelBox);
    m_criticalLabel->setPadding(QMargins(3, 2, 3, 2));
    m_criticalLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);

    // The words beside a line go to the side of it and the end of the plot that the run or the sweep leaves
    // clear: right or left, above or below w*'s line; right or left of the critical rate, at the top or the
    // bottom.
    m_minimumSpot =
        std::make_unique<ClearSpot>(m_stepPlot, QList<QCPAbstractItem*>{m_minimumLabel}, 4, [this](int i) {
            const bool right = i % 2 == 0, above = i < 2;
            m_minimumLabel->position->setCoords(right ? 0.99 : 0.01, m_minimumLabel->position->value());
            m_minimumLabel->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) |
                                                 (above ? Qt::AlignBottom : Qt::AlignTop));
            // A few pixels between the words and the line they name.
            m_minimumLabel->setPadding(above ? QMargins(3, 1, 3, 4) : QMargins(3, 4, 3, 1));
        });
    m_criticalSpot =
        std::make_unique<ClearSpot>(m_sweepPlot, QList<QCPAbstractItem*>{m_criticalLabel}, 4, [this](int i) {
            // A factor on the log axis: a fixed number of pixels off the line.
            const double critical = m_lesson->markedRate();
            const bool right = i % 2 == 0, top = i < 2;
            m_criticalLabel->position->setCoords(right ? critical * 1.08 : critical / 1.08,
                                                 top ? 0.04 : 0.96);
            m_criticalLabel->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) |
                                                  (top ? Qt::AlignTop : Qt::AlignBottom));
        });
    connect(m_stepPlot, &QCustomPlot::afterLayout, this, [this] {
        if (m_minimumLabel->visible()) m_minimumSpot->place();
    });
    connect(m_sweepPlot, &QCustomPlot::afterLayout, this, [this] {
        if (m_criticalLabel->visible()) m_criticalSpot->place();
    });

    m_regime = new SteadyLabel(this);
    m_regime->label()->setWordWrap(true);
    m_regime->label()->setTextFormat(Qt::RichText);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_regime->setFont(big);
    m_regime->label()->setAccessibleName(tr("Regime"));
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAccessibleName(tr("Sweep legend"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_title, 0, 0, 1, 2);
    // w and the loss per step share their step axis, one above the other, beside the curve.
    grid->addWidget(m_curvePlot, 1, 0, 2, 1);
    grid->addWidget(m_stepPlot, 1, 1);
    grid->addWidget(m_lossPlot, 2, 1);
    grid->addWidget(m_regime, 3, 0, 1, 2);
    grid->addWidget(m_sweepPlot, 4, 0, 1, 2);
    grid->addWidget(m_legend, 5, 0, 1, 2);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 2);
    grid->setRowStretch(4, 3);
    // One above the other, their step axes start at the same pixel: the wider left margin wins.
    for (auto [a, b] : {std::pair(m_stepPlot, m_lossPlot), std::pair(m_lossPlot, m_stepPlot)})
        connect(a, &QCustomPlot::afterLayout, b, [a = a, b = b] {
            QMargins m = b->axisRect()->minimumMargins();
            if (m.left() >= a->axisRect()->margins().left()) return;
            m.setLeft(a->axisRect()->margins().left());
            b->axisRect()->setMinimumMargins(m);
            b->replot(QCustomPlot::rpQueuedReplot);
        });
    // The margin grows at once and shrinks only when a drag has rested: resetting it on every move laid out
    // and drew one of the two plots twice per move, and made the step axis jitter sideways.
    m_marginRelax = new RestTimer(this);
    connect(m_marginRelax, &RestTimer::rested, this, &LearningRateFigure::relaxMargins);
    // A plot of another size (a window resized, a figure laid out for export) measures its margin afresh:
    // one held from the old size would leave the axes too far in.
    m_stepPlot->installEventFilter(this);
    m_lossPlot->installEventFilter(this);
    for (auto [a, b] : {std::pair(m_stepPlot, m_lossPlot), std::pair(m_lossPlot, m_stepPlot)})
        connect(a->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), b, [b](const QCPRange& r) {
            b->xAxis->setRange(r);
            b->replot(QCustomPlot::rpQueuedReplot);
        });

    connect(m_start, &DraggableHandle::dragged, this, [this](QPointF p) { m_lesson->setX(p.x()); });
    connect(m_curvePlot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        showDivergence(m_divergence, m_curvePlot, m_lesson->judgement(), m_lesson->trajectory(),
                       m_lesson->variable());
    });
    connect(lesson, &FunctionLesson::functionChanged, this, &LearningRateFigure::rebuildCurve);
    connect(lesson, &FunctionLesson::changed, this, &LearningRateFigure::update);
    connect(lesson, &LearningRateLesson::sweepChanged, this, &LearningRateFigure::updateSweep);
    onPaletteChange(m_regime, [this] { update(); });
    onPaletteChange(m_legend, [this] { updateSweep(); });
    rebuildCurve();
    update();
    updateSweep();
}

LearningRateFigure::~LearningRateFigure() {
    delete m_curve;
    delete m_path;
    delete m_divergence;
}

void LearningRateFigure::relaxMargins() {
    for (LessonPlot* plot : {m_stepPlot, m_lossPlot}) {
        QMargins m = plot->axisRect()->minimumMargins();
        m.setLeft(0);
        plot->axisRect()->setMinimumMargins(m);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

bool LearningRateFigure::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize) {
        m_marginRelax->stop();
        relaxMargins();
    }
    return QWidget::eventFilter(watched, event);
}

void LearningRateFigure::resetView() {
    m_curvePlot->resetView();
    // The run's and the sweep's plots are ranged to what they show: zoomed by a wheel, they get it back.
    update();
    updateSweep();
}

void LearningRateFigure::rebuildCurve() {
    const QString v = m_lesson->variable();
    m_curve->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax());
    m_curvePlot->setAxisLabels(v, QStringLiteral("L(%1)").arg(v));
    m_curvePlot->replot();
}

QString LearningRateFigure::regimeText() const {
    return m_regime->text();
}

QString LearningRateFigure::sweepLegendText() const {
    return m_legend->text();
}

QString LearningRateFigure::lossAxisLabel() const {
    return m_lossPlot->yAxis->label();
}

QString LearningRateFigure::sweepAxisLabel() const {
    return m_sweepPlot->yAxis->label();
}

void LearningRateFigure::update() {
    const Trajectory& t = m_lesson->trajectory();
    const RunJudgement judgement = m_lesson->judgement();
    m_title->setFunction(*m_lesson->function(), true,
                         //: the optimizer, its learning rate, and how many steps the run takes
                         tr("%1, %2, %n step(s)", nullptr, m_lesson->maxSteps())
                             .arg(translated(optimizerTitle(t.optimizer)),
                                  describeRate(m_lesson->learningRate(), m_lesson->schedule(),
                                               m_lesson->noise(), m_lesson->seed())));
    const double w0 = m_lesson->x();
    m_start->setPosition(QPointF(w0, m_lesson->function()->value(w0)));
    m_path->show(t);
    const QString v = m_lesson->variable();
    showDivergence(m_divergence, m_curvePlot, judgement, t, v);
    m_curvePlot->replotOverlay();

    // w per step, on a scale that takes in every step (a diverging run's growth shows as it is), with w*.
    QVector<double> steps, ws;
    double wLo = INFINITY, wHi = -INFINITY;
    for (const TrajectoryPoint& p : t.points) {
        steps.append(p.step);
        ws.append(p.point[0]);
        wLo = std::min(wLo, p.point[0]);
        wHi = std::max(wHi, p.point[0]);
    }
    m_stepGraph->setData(steps, ws, true);
    m_minimumLine->setVisible(judgement.hasMinimum);
    m_minimumLabel->setVisible(judgement.hasMinimum);
    if (judgement.hasMinimum) {
        const double w = judgement.minimum[0];
        m_minimumLine->point1->setCoords(0, w);
        m_minimumLine->point2->setCoords(1, w);
        m_minimumLabel->position->setCoords(m_minimumLabel->position->key(), w);
        m_minimumLabel->setText(tr("%1* = %2").arg(v, formatValue(w, 5)));
        wLo = std::min(wLo, w);
        wHi = std::max(wHi, w);
    }
    if (std::isfinite(wLo) && std::isfinite(wHi)) {
        const double margin = wHi > wLo ? 0.08 * (wHi - wLo) : 1.0;
        m_stepPlot->yAxis->setRange(wLo - margin, wHi + margin);
    }
    m_stepPlot->setAxisLabels(tr("step k"), tr("%1ₖ").arg(v));
    m_marginRelax->start();
    m_stepPlot->xAxis->setRange(0, std::max(1, m_lesson->maxSteps()));
    m_stepPlot->replot(QCustomPlot::rpQueuedReplot);

    // The loss per step, as its gap to the minimum this run approaches (or, without one, the lowest seen).
    double floor = judgement.hasMinimum ? judgement.minimumLoss : INFINITY;
    if (!judgement.hasMinimum)
        for (const TrajectoryPoint& p : t.points)
            floor = std::min(floor, p.loss);
    QVector<double> k, gap;
    double lo = INFINITY, hi = 0;
    for (const TrajectoryPoint& p : t.points) {
        const double g = p.loss - floor;
        k.append(p.step);
        gap.append(g > 0 ? g : std::nan(""));
        if (g > 0) {
            lo = std::min(lo, g);
            hi = std::max(hi, g);
        }
    }
    m_lossGraph->setData(k, gap, true);
    m_lossPlot->setAxisLabels(
        tr("step k"), judgement.hasMinimum ? tr("L(%1ₖ) − L(%2)").arg(v, formatValue(judgement.minimum[0], 5))
                                           : tr("L(%1ₖ) − lowest L seen").arg(v));
    m_lossPlot->xAxis->setRange(0, std::max(1, m_lesson->maxSteps()));
    if (hi > 0) LessonPlot::setLogRange(m_lossPlot->yAxis, lo, hi, 1e-16);
    m_lossPlot->replot(QCustomPlot::rpQueuedReplot);

    const Regime r = judgement.regime;
    QString critical = criticalRateText(t);
    QString words = translated(judgement.verdict).toHtmlEscaped();
    const int colon = words.indexOf(QLatin1Char(':'));
    words = QStringLiteral("<b>%1</b>%2").arg(words.left(colon), words.mid(colon));
    if (r == Regime::NotStarted) words.clear(); // no run to describe
    const QString outcome = translated(judgement.outcome);
    m_regime->setText(tr("<span style='color:%1'>%2</span> &nbsp; %3<br>%4")
                          .arg(htmlColour(palette::regime(static_cast<int>(r)), m_regime), words,
                               outcome.toHtmlEscaped(), critical));
    m_curvePlot->setLiveDescription(tr("%1: %2. %3")
                                        .arg(describeRate(m_lesson->learningRate(), m_lesson->schedule(),
                                                          m_lesson->noise(), m_lesson->seed()),
                                             translated(judgement.verdict), outcome));
    m_currentLine->point1->setCoords(m_lesson->learningRate(), 1);
    m_currentLine->point2->setCoords(m_lesson->learningRate(), 2);
    if (m_criticalLabel->visible()) m_criticalSpot->place(); // clear of the current rate's line
    m_sweepPlot->replotOverlay();
}

QString LearningRateFigure::factorText(const QString& v) const {
    //: r = 1 − η·f″ below −1: each step flips the sign of the error and makes it larger
    return tr("Above it, r = 1 − η·f″(%1*) is below −1: each step lands farther out on the other side, so "
              "the run diverges.")
        .arg(v);
}

QString LearningRateFigure::criticalRateText(const Trajectory& t) const {
    const QString v = m_lesson->variable();
    QString text;
    if (m_lesson->hasMinimum() && std::isfinite(m_lesson->criticalRate())) {
        const bool scheduled = m_lesson->schedule().kind != ScheduleKind::Constant;
        text = edgeText(scheduled);
        if (scheduled) {
            // The schedule moves the rate along the run: what decides is the rate of the later updates.
            double lo = INFINITY, hi = 0, last = 0;
            for (const TrajectoryPoint& p : t.points)
                if (p.step >= 1) {
                    lo = std::min(lo, p.learningRate);
                    hi = std::max(hi, p.learningRate);
                    last = p.learningRate;
                }
            text +=
                QLatin1Char(' ') + tr("The %1 schedule changes the rate from update to update")
                                       .arg(translated(scheduleTitle(m_lesson->schedule().kind)).toLower());
            if (hi > 0 && lo == hi)
                text += tr(": this run's updates all had the rate %1 (it ended before the schedule changed "
                           "it), so it is that rate that decides.")
                            .arg(formatValue(lo, 5));
            else if (hi > 0)
                text +=
                    tr(": this run's rates run from %1 to %2, the last %3, so it is the rate of its later "
                       "updates that decides.")
                        // To five digits, as the run's own sentence below writes its rates.
                        .arg(formatValue(lo, 5), formatValue(hi, 5), formatValue(last, 5));
            else
                text += QLatin1Char('.');
        }
    }
    if (m_lesson->noise() > 0) {
        if (!text.isEmpty()) text += QLatin1Char(' ');
        text += tr("With gradient noise (σ = %1) a run does not come to rest at a minimum: it keeps "
                   "jittering about it, by less the smaller the rate.")
                    .arg(formatValue(m_lesson->noise()));
    }
    return text;
}

// The rate below which the chosen optimizer settles into the minimum (the dashed line), in its own terms:
// plain descent's 2/f″ says nothing about a run with momentum, Newton's method or an adaptive optimizer.
QString LearningRateFigure::edgeText(bool scheduled) const {
    const QString v = m_lesson->variable();
    const QString w = formatValue(m_lesson->minimum(), 5),
                  c = formatValue(m_lesson->criticalRate(), LearningRateLesson::kRateDigits);
    const QString edge = formatValue(m_lesson->markedRate(), LearningRateLesson::kRateDigits);
    const QString mu = formatValue(m_lesson->settings().hyperparameters.momentum);
    switch (m_lesson->optimizer()) {
    case OptimizerKind::GradientDescent:
        return (scheduled
                    ? tr("Plain descent can settle into the minimum at %1 = %2 only while its rate is "
                         "below 2/f″(%1*) = <b>%3</b>.")
                    : tr("Plain descent can settle into the minimum at %1 = %2 only with a learning rate "
                         "below 2/f″(%1*) = <b>%3</b>."))
                   .arg(v, w, c) +
               QLatin1Char(' ') + factorText(v);
    case OptimizerKind::Momentum:
        //: %4 is the momentum μ; 2(1+μ)/f″ is the heavy ball's edge on a quadratic bowl
        return tr("With momentum μ = %4, descent can settle into the minimum at %1 = %2 only while its rate "
                  "is "
                  "below 2(1+μ)/f″(%1*) = <b>%3</b>: above it the swings grow from step to step and the run "
                  "diverges. That is plain descent's limit, 2/f″(%1*) = %5, times 1 + μ.")
            .arg(v, w, edge, mu, c);
    case OptimizerKind::Nesterov:
        //: %4 is the momentum μ; 2(1+μ)/((1+2μ)f″) is Nesterov's edge on a quadratic bowl
        return tr("With Nesterov momentum μ = %4, descent can settle into the minimum at %1 = %2 only while "
                  "its "
                  "rate is below 2(1+μ)/((1+2μ)f″(%1*)) = <b>%3</b>: above it the swings grow from step to "
                  "step and the run diverges. That is plain descent's limit, 2/f″(%1*) = %5, times (1 + "
                  "μ)/(1 + 2μ).")
            .arg(v, w, edge, mu, c);
    case OptimizerKind::Newton:
        return tr("Newton's method divides each step by f″, so near the minimum at %1 = %2 it settles for "
                  "any "
                  "rate below <b>2</b>, whatever the curvature (plain descent's limit is 2/f″(%1*) = %3).")
            .arg(v, w, c);
    default:
        //: %1 is an optimizer's name (Adam, RMSprop, Adagrad)
        return tr("%1 scales each step by the sizes of the gradients it has seen, so no limit on its rate "
                  "follows from f″: the dashed line marks plain descent's 2/f″(%2*) = <b>%3</b> for "
                  "comparison, near the minimum at %2 = %4.")
            .arg(translated(optimizerTitle(m_lesson->optimizer())), v, c, w);
    }
}

void LearningRateFigure::updateSweep() {
    const auto& rows = m_lesson->sweep();
    // Each run is measured against the minimum it approaches (on a non-convex loss, not always the global
    // one); a run that found no minimum is measured against the lowest final loss of the sweep.
    double lowest = INFINITY;
    for (const SweepRow& r : rows)
        if (std::isfinite(r.summary.finalLoss) && r.summary.stopReason != StopReason::Diverged)
            lowest = std::min(lowest, r.summary.finalLoss);
    QVector<double> lr, loss;
    double lo = INFINITY, hi = 0;
    bool anyWithout = false;
    for (const SweepRow& r : rows) {
        const double floor = r.judgement.hasMinimum ? r.judgement.minimumLoss : lowest;
        anyWithout = anyWithout || (!r.judgement.hasMinimum && r.summary.stopReason != StopReason::Diverged);
        const double g = r.summary.finalLoss - floor;
        lr.append(r.learningRate);
        const bool show = std::isfinite(g) && g > 0 && r.summary.stopReason != StopReason::Diverged;
        loss.append(show ? g : std::nan(""));
        if (show) {
            lo = std::min(lo, g);
            hi = std::max(hi, g);
        }
    }
    m_sweepGraph->setData(lr, loss, true);
    // Shaded bands: runs of neighbouring rates with the same regime, as the core judges each run.
    for (int i = m_sweepPlot->itemCount() - 1; i >= 0; --i)
        if (m_sweepPlot->item(i)->property("band").toBool()) m_sweepPlot->removeItem(i);
    m_bands.clear();
    auto band = [](const SweepRow& r) { return static_cast<int>(r.judgement.regime); };
    std::vector<bool> present(kRegimeCount, false);
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j + 1 < rows.size() && band(rows[j + 1]) == band(rows[i]))
            ++j;
        const double left =
            i == 0 ? rows[i].learningRate : std::sqrt(rows[i - 1].learningRate * rows[i].learningRate);
        const double right = j + 1 == rows.size()
                                 ? rows[j].learningRate
                                 : std::sqrt(rows[j].learningRate * rows[j + 1].learningRate);
        auto* rect = new QCPItemRect(m_sweepPlot);
        rect->setProperty("band", true);
        rect->setLayer(QStringLiteral("background"));
        rect->setPen(Qt::NoPen);
        rect->setBrush(regimeBrush(band(rows[i])));
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setCoords(left, 0);
        rect->bottomRight->setCoords(right, 1);
        m_bands.push_back({left, right, band(rows[i])});
        present[static_cast<std::size_t>(band(rows[i]))] = true;
        i = j + 1;
    }
    // The sweep's runs have the run's schedule and noise: the legend and the axis say so.
    const bool scheduled = m_lesson->schedule().kind != ScheduleKind::Constant;
    QStringList same;
    if (scheduled)
        same << tr("the %1 schedule").arg(translated(scheduleTitle(m_lesson->schedule().kind)).toLower());
    if (m_lesson->noise() > 0)
        same << tr("gradient noise σ = %1 (seed %2)")
                    .arg(formatValue(m_lesson->noise()))
                    .arg(m_lesson->seed());
    const QString sameAsRun =
        same.isEmpty() ? QString() : tr(", with %1 as the run above").arg(same.join(tr(" and ")));
    QStringList legend;
    for (int r = 0; r < kRegimeCount; ++r)
        if (present[static_cast<std::size_t>(r)])
            // The key is the band as the plot paints it (fill, hatching, background), framed.
            legend << swatchHtml(regimeBrush(r), m_sweepPlot->palette().color(QPalette::Base), m_legend) +
                          QStringLiteral("&nbsp;") + translated(regimeTitle(static_cast<Regime>(r)));
    m_legend->setText(
        rows.empty() ? tr("Sweep running…")
                     : tr("Each %1 is run from the same start%2 for up to %n step(s) (stopping early once "
                          "|f′| falls below the tolerance); its final "
                          "loss is measured from the minimum %3* that run approaches%4. Bands: %5",
                          nullptr, m_lesson->maxSteps())
                           .arg(scheduled ? tr("base learning rate") : tr("learning rate"))
                           .arg(sameAsRun)
                           .arg(m_lesson->variable())
                           .arg(anyWithout ? tr(" (where it found none, from the lowest final "
                                                "loss of the sweep)")
                                           : QString())
                           .arg(legend.join(QStringLiteral(" &nbsp; "))));
    m_sweepPlot->xAxis->setRange(LearningRateLesson::kMinRate, LearningRateLesson::kMaxRate);
    if (hi > 0) LessonPlot::setLogRange(m_sweepPlot->yAxis, lo, hi, 1e-18);
    const double critical = m_lesson->markedRate(); // the chosen optimizer's edge, or plain descent's
    const bool showCritical = std::isfinite(critical);
    m_criticalLine->setVisible(showCritical);
    m_criticalLabel->setVisible(showCritical);
    if (showCritical) {
        m_criticalLine->point1->setCoords(critical, 1);
        m_criticalLine->point2->setCoords(critical, 2);
        m_criticalLabel->setText(m_lesson->markedRateText());
    }
    const QString rateAxis = scheduled ? tr("base learning rate") : tr("learning rate");
    m_sweepPlot->setAxisLabels(rows.empty() ? tr("%1 (sweep running…)").arg(rateAxis) : rateAxis,
                               tr("final loss − L(%1*)").arg(m_lesson->variable()));
    m_sweepPlot->replot();
}

} // namespace gradlab
