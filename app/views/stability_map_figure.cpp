#include "views/stability_map_figure.h"

#include "lessons/translated_text.h"

#include "lessons/number_format.h"

#include "lessons/function_lesson.h"
#include "plotting/curve_graph.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/number_ticker.h"
#include "plotting/palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace gradlab {

namespace {

/// A perceptually even sequential ramp (viridis' stops): low loss or few steps dark, high bright.
QCPColorGradient valueGradient() {
    QCPColorGradient g;
    for (const auto& [at, colour] : palette::valueStops())
        g.setColorStopAt(at, colour);
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

/// Outcome overlay: 0 not converged, 1 diverged; NaN (every other cell) transparent.
QCPColorGradient outcomeGradient() {
    QCPColorGradient g;
    g.setColorStopAt(0.0, StabilityMapFigure::notConvergedColour());
    g.setColorStopAt(1.0, StabilityMapFigure::divergedColour());
    g.setLevelCount(2);
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

/// The cell shown at (i, j) while only the coarse pass is done: the nearest computed cell below-left.
const StabilityCell* shownCell(const StabilityMap& map, int i, int j) {
    const StabilityCell& c = map.cell(i, j);
    if (c.computed) return &c;
    const int s = StabilityMapper::kCoarseStride;
    const StabilityCell& coarse = map.cell(i - i % s, j - j % s);
    return coarse.computed ? &coarse : nullptr;
}

/// `line` without its specks: closed loops that fit in 2 × 2 cells (`cellX` × `cellY`, the first cell's
/// centre at `firstCell`). The tracer draws
/// one around every cell or few cells whose outcome differs from all around them (a white diamond smaller
/// than a cell around a lone converged cell), which reads as a symbol rather than as a boundary between
/// regions; the cells keep their own colours.
ContourLevel withoutSpecks(const ContourLevel& line, QPointF firstCell, double cellX, double cellY) {
    const std::size_t n = line.x.size() / 2;
    // Segment ends lie on the half-cell lattice from the first cell's centre: keyed by lattice coordinates.
    const auto key = [&](std::size_t k) {
        return std::pair{std::llround((line.x[k] - firstCell.x()) / cellX * 2),
                         std::llround((line.y[k] - firstCell.y()) / cellY * 2)};
    };
    std::map<std::pair<long long, long long>, std::vector<std::size_t>> ends;
    for (std::size_t k = 0; k < 2 * n; ++k)
        ends[key(k)].push_back(k / 2);
    std::vector<std::size_t> group(n);
    for (std::size_t k = 0; k < n; ++k)
        group[k] = k;
    const std::function<std::size_t(std::size_t)> root = [&](std::size_t a) {
        return group[a] == a ? a : group[a] = root(group[a]);
    };
    for (const auto& [at, segments] : ends)
        for (std::size_t k = 1; k < segments.size(); ++k)
            group[root(segments[k])] = root(segments[0]);
    struct Extent {
        double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
        bool closed = true;
    };
    std::map<std::size_t, Extent> extents;
    for (std::size_t k = 0; k < 2 * n; ++k) {
        Extent& e = extents[root(k / 2)];
        e.x0 = std::min(e.x0, line.x[k]);
        e.x1 = std::max(e.x1, line.x[k]);
        e.y0 = std::min(e.y0, line.y[k]);
        e.y1 = std::max(e.y1, line.y[k]);
        e.closed = e.closed && ends[key(k)].size() % 2 == 0;
    }
    ContourLevel kept;
    for (std::size_t k = 0; k < n; ++k) {
        const Extent& e = extents[root(k)];
        if (e.closed && e.x1 - e.x0 <= 2.01 * cellX && e.y1 - e.y0 <= 2.01 * cellY) continue;
        kept.x.insert(kept.x.end(), {line.x[2 * k], line.x[2 * k + 1]});
        kept.y.insert(kept.y.end(), {line.y[2 * k], line.y[2 * k + 1]});
    }
    return kept;
}

/// The boundary of cells of outcome `o`, without specks.
ContourLevel boundaryOf(const StabilityMap& map, MapOutcome o) {
    if (map.rates.size() < 2 || map.params.size() < 2) return {};
    const double cellX = std::log10(map.rates[1]) - std::log10(map.rates[0]);
    const double cellY = map.params[1] - map.params[0];
    return withoutSpecks(outcomeBoundary(map, o), QPointF(std::log10(map.rates[0]), map.params[0]), cellX,
                         cellY);
}

void setSegments(QCPCurve* curve, const ContourLevel& line) {
    QVector<QCPCurveData> points;
    points.reserve(static_cast<int>(line.x.size() / 2 * 3));
    double t = 0;
    for (std::size_t s = 0; s + 1 < line.x.size(); s += 2, t += 3) {
        points.append(QCPCurveData(t, std::pow(10.0, line.x[s]), line.y[s]));
        points.append(QCPCurveData(t + 1, std::pow(10.0, line.x[s + 1]), line.y[s + 1]));
        points.append(QCPCurveData(t + 2, std::nan(""), std::nan("")));
    }
    curve->data()->set(points, true);
}

} // namespace

const QColor& StabilityMapFigure::divergedColour() {
    static const QColor c = palette::diverged;
    return c;
}

const QColor& StabilityMapFigure::notConvergedColour() {
    static const QColor c = palette::notConverged;
    return c;
}

QString StabilityMapFigure::axisLabel(Hyperparameter h) {
    const QString symbol = QString::fromUtf8(hyperparameterRange(h).symbol);
    switch (h) {
    case Hyperparameter::LearningRate:
        return tr("%1, learning rate").arg(symbol);
    case Hyperparameter::Momentum:
        return tr("%1, momentum").arg(symbol);
    case Hyperparameter::Alpha:
        return tr("%1, RMSprop's smoothing constant").arg(symbol);
    case Hyperparameter::Beta1:
        return tr("%1, Adam's first-moment decay").arg(symbol);
    case Hyperparameter::Beta2:
        return tr("%1, Adam's second-moment decay").arg(symbol);
    case Hyperparameter::Eps:
        return tr("%1, epsilon").arg(symbol);
    }
    return symbol;
}

StabilityMapFigure::StabilityMapFigure(StabilityMapper* mapper, FunctionLesson* curveLesson, QWidget* parent)
    : QWidget(parent)
    , m_mapper(mapper)
    , m_curveLesson(curveLesson) {
    m_plot = new LessonPlot(this);
    m_plot->setAccessibleName(tr("Stability map"));
    LessonPlot::setLogScale(m_plot->xAxis);
    m_plot->setInteractions(QCP::Interactions()); // the map is the whole grid: nothing to pan to
    // As much room as a contour map: squeezed beside lesson 8's schedule panel at 1024 px, its cells were
    // 100 px across and its rate labels ran together ("10⁻10⁻10⁻"); the panel goes under it instead.
    m_plot->setLeastDataArea(15, 9);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setGradient(valueGradient());
    m_map->setInterpolate(false);
    m_outcomes = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_outcomes->setGradient(outcomeGradient());
    m_outcomes->setInterpolate(false);
    m_outcomes->setDataRange(QCPRange(0, 1));
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(12);
    m_scale->setRangeDrag(false);
    m_scale->setRangeZoom(false);
    m_map->setColorScale(m_scale);
    m_scale->setGradient(valueGradient());
    auto* group = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_convergedLine = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_convergedLine->setPen(QPen(palette::convergedBoundary, 2));
    m_convergedLine->setName(tr("converged | not"));
    m_divergedLine = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    // Solid: the boundary is made of cell-sized pieces, shorter than a dash, so a dash pattern would not
    // show.
    m_divergedLine->setPen(QPen(palette::divergedBoundary, 2));
    m_divergedLine->setName(tr("diverged | not"));
    m_point = new DraggableHandle(m_plot, palette::point, tr("current settings"));
    if (m_curveLesson) {
        m_curvePlot = new LessonPlot(this);
        m_curvePlot->setAccessibleName(tr("Loss curve with the start point"));
        m_curve = new CurveGraph(m_curvePlot, palette::curve, tr("loss"));
        m_start = new DraggableHandle(m_curvePlot, palette::point, tr("start"));
    }

    m_parameterBox = new QComboBox(this);
    m_parameterBox->setAccessibleName(tr("Second axis of the map"));
    m_colourBox = new QComboBox(this);
    m_colourBox->setAccessibleName(tr("Colour of the map"));
    m_colourBox->addItem(tr("final loss"));
    //: What the map's colours show: how many steps each run took to converge
    m_colourBox->addItem(tr("steps to converge"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("What the map shows"));
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    //: The legend of the stability map (a chart of which runs converge)
    m_legend->setAccessibleName(tr("Map legend"));

    auto* controls = m_controls = new QHBoxLayout;
    m_parameterLabel = new QLabel(tr("&Second axis"), this);
    m_parameterLabel->setBuddy(m_parameterBox);
    auto* colourLabel = new QLabel(tr("&Colour by"), this);
    colourLabel->setBuddy(m_colourBox);
    controls->addWidget(m_parameterLabel);
    controls->addWidget(m_parameterBox);
    controls->addWidget(colourLabel);
    controls->addWidget(m_colourBox);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    // Under the controls, as wide as the map: beside them it was squeezed to a word per line once the race's
    // optimizer and second-axis boxes took the row (Adam), and the map shrank under its height.
    layout->addWidget(m_note);
    auto* plots = new QHBoxLayout;
    if (m_curvePlot) plots->addWidget(m_curvePlot, 1);
    plots->addWidget(m_plot, 3);
    layout->addLayout(plots, 1);
    layout->addWidget(m_legend);

    connect(m_parameterBox, &QComboBox::activated, this, [this](int index) {
        m_mapper->requestParameter(static_cast<Hyperparameter>(m_parameterBox->itemData(index).toInt()));
    });
    connect(m_colourBox, &QComboBox::activated, this,
            [this](int index) { setColour(index == 0 ? Colour::FinalLoss : Colour::StepsToConverge); });
    connect(m_point, &DraggableHandle::dragged, this, [this](QPointF p) {
        const StabilityMapSpec spec = m_mapper->spec();
        const double lr = std::clamp(p.x(), spec.lrMin, spec.lrMax);
        const double v = std::clamp(p.y(), spec.paramMin, spec.paramMax);
        m_mapper->requestPoint(lr, v);
    });
    if (m_curveLesson) {
        connect(m_start, &DraggableHandle::dragged, this, [this](QPointF p) { m_curveLesson->setX(p.x()); });
        connect(m_curveLesson, &FunctionLesson::functionChanged, this, &StabilityMapFigure::rebuildCurve);
    }
    connect(m_mapper, &StabilityMapper::mapChanged, this, &StabilityMapFigure::updateMap);
    // The margin that keeps the point whole is in pixels: it follows the size of the axes.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        if (fitRanges()) m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_mapper, &StabilityMapper::changed, this, [this] {
        updateControls();
        updatePoint();
        updateLegend();
        // On a hidden tab only the items follow (as an export draws them): the plots are drawn when shown.
        if (!isVisible()) return;
        m_plot->replot();
        if (m_curvePlot) m_curvePlot->replotOverlay();
    });
    updateControls();
    rebuildCurve();
    updateMap();
}

bool StabilityMapFigure::fitRanges() {
    // The axes end at settings one can choose (β₂ = 0.9999, η = 10): the axes reach half a point beyond
    // the cells, so that the point is drawn whole there rather than cut by the edge of the axes.
    const StabilityMapSpec spec = m_mapper->spec();
    const bool has = m_mapper->hasParameter();
    const QRect rect = m_plot->axisRect()->rect();
    const double margin = 9.0; // pixels: the point's radius with its rim
    const double fx = rect.width() > 4 * margin ? margin / (rect.width() - 2 * margin) : 0.02;
    const double fy = rect.height() > 4 * margin ? margin / (rect.height() - 2 * margin) : 0.02;
    const double lx = std::log10(spec.lrMin), hx = std::log10(spec.lrMax);
    const QCPRange keys(std::pow(10.0, lx - fx * (hx - lx)), std::pow(10.0, hx + fx * (hx - lx)));
    const double ly = has ? spec.paramMin : 0.0, hy = has ? spec.paramMax : 1.0;
    const QCPRange values(ly - fy * (hy - ly), hy + fy * (hy - ly));
    if (keys == m_plot->xAxis->range() && values == m_plot->yAxis->range()) return false;
    m_plot->xAxis->setRange(keys);
    m_plot->yAxis->setRange(values);
    m_plot->setHomeRanges(keys, values);
    return true;
}

StabilityMapFigure::Colour StabilityMapFigure::colour() const {
    return m_mapper->colour();
}

void StabilityMapFigure::setInteractive(bool on) {
    m_interactive = on;
    for (int i = 0; i < m_controls->count(); ++i)
        if (QWidget* w = m_controls->itemAt(i)->widget(); w && w != m_note) w->setVisible(on);
    updateControls();
    updateLegend();
}

void StabilityMapFigure::addControl(QWidget* label, QWidget* widget) {
    m_controls->insertWidget(0, widget);
    m_controls->insertWidget(0, label);
}

StabilityMapFigure::~StabilityMapFigure() {
    delete m_curve;
}

void StabilityMapFigure::rebuildCurve() {
    if (!m_curveLesson) return;
    const QString v = m_curveLesson->variable();
    m_curve->show(m_curveLesson->function(), m_curveLesson->xMin(), m_curveLesson->xMax());
    m_curvePlot->setAxisLabels(v, QStringLiteral("L(%1)").arg(v));
    m_curvePlot->resetView(); // a new function: its own home view, not the last one's
    updatePoint();
    m_curvePlot->replot();
}

void StabilityMapFigure::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
    if (m_curvePlot) m_curvePlot->replot(QCustomPlot::rpQueuedRefresh);
    m_shown = true;
    m_mapper->setActive(true);
}

void StabilityMapFigure::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    // Once per showing: a widget taken out of a hidden window is told it hides again, when a figure of the
    // same mapper in the window that replaced this one may be showing the map.
    if (!m_shown) return;
    m_shown = false;
    m_mapper->setActive(false); // no map computed for a drag on another tab
}

void StabilityMapFigure::setColour(Colour c) {
    m_mapper->requestColour(c);
}

void StabilityMapFigure::updateControls() {
    const std::vector<Hyperparameter> choices = mapParameters(m_mapper->settings().optimizer);
    m_colourBox->setCurrentIndex(colour() == Colour::FinalLoss ? 0 : 1);
    const QSignalBlocker block(m_parameterBox);
    m_parameterBox->clear();
    for (Hyperparameter h : choices)
        m_parameterBox->addItem(QString::fromUtf8(hyperparameterRange(h).symbol) + QLatin1Char(' ') +
                                    QString::fromLatin1(hyperparameterRange(h).option),
                                static_cast<int>(h));
    m_parameterBox->setCurrentIndex(m_parameterBox->findData(static_cast<int>(m_mapper->parameter())));
    m_parameterBox->setVisible(m_interactive && choices.size() > 1);
    m_parameterBox->setEnabled(choices.size() > 1);
    m_parameterLabel->setVisible(m_interactive && choices.size() > 1);
}

void StabilityMapFigure::updatePoint() {
    const StabilityMapSpec spec = m_mapper->spec();
    const bool has = m_mapper->hasParameter();
    const Hyperparameters& hp = m_mapper->settings().hyperparameters;
    const double y = has ? hyperparameterValue(hp, spec.parameter) : 0.5;
    m_point->setPosition(QPointF(hp.learningRate, y));
    m_point->setVisible(!has || (y >= spec.paramMin && y <= spec.paramMax));
    if (m_curveLesson) {
        const double w0 = m_curveLesson->x();
        m_start->setPosition(QPointF(w0, m_curveLesson->function()->value(w0)));
    }
}

QString StabilityMapFigure::slopeSize() const {
    return !m_mapper->function() || m_mapper->function()->dimension() <= 1 ? tr("|f′|") : tr("|∇f|");
}

void StabilityMapFigure::updateLegend() {
    const StabilityMapSpec spec = m_mapper->spec();
    const Hyperparameters& hp = m_mapper->settings().hyperparameters;
    QString now = QStringLiteral("η = %1").arg(formatValue(hp.learningRate));
    if (m_mapper->hasParameter())
        now += QStringLiteral(", %1 = %2")
                   .arg(QString::fromUtf8(hyperparameterRange(spec.parameter).symbol),
                        formatValue(hyperparameterValue(hp, spec.parameter)));
    const QString point = QStringLiteral("<span style=\"color:%1\">●</span> ").arg(palette::point.name()) +
                          (m_interactive ? tr("the current settings, %1 (drag it)").arg(now)
                                         : tr("the current settings, %1").arg(now));
    m_legend->setText(m_legendMapPart.isEmpty() ? point
                                                : m_legendMapPart + QStringLiteral("&nbsp;&nbsp;") + point);
}

void StabilityMapFigure::updateMap() {
    const StabilityMap& map = m_mapper->map();
    // What the cells were computed for (the optimizer may have changed since, before the restart's map).
    const StabilityMapSpec spec = map.cells.empty() ? m_mapper->spec() : map.spec;
    const bool has = spec.paramCount > 1 || !mapParameters(spec.settings.optimizer).empty();
    const int nx = static_cast<int>(map.rates.size());
    const int ny = static_cast<int>(map.params.size());
    const int rows = has ? ny : 2; // a strip: one row drawn twice so that it has a height
    const QCPRange keys(spec.lrMin, spec.lrMax);
    const QCPRange values = has ? QCPRange(spec.paramMin, spec.paramMax) : QCPRange(0, 1);
    const bool steps = colour() == Colour::StepsToConverge;
    // L_min: the minimum the lesson found from the start, else the lowest final loss on the map.
    double floorLoss = INFINITY;
    for (const StabilityCell& c : map.cells)
        if (c.computed && c.outcome != MapOutcome::Diverged && std::isfinite(c.finalLoss))
            floorLoss = std::min(floorLoss, c.finalLoss);
    const bool atMinimum = m_mapper->hasMinimumLoss();
    if (atMinimum) floorLoss = m_mapper->minimumLoss();
    auto* data = new QCPColorMapData(std::max(nx, 2), rows, keys, values);
    auto* outcomes = new QCPColorMapData(std::max(nx, 2), rows, keys, values);
    double lo = INFINITY, hi = -INFINITY;
    int computed = 0;
    for (int i = 0; i < std::max(nx, 2); ++i)
        for (int j = 0; j < rows; ++j) {
            const StabilityCell* c =
                nx > 0 && ny > 0 ? shownCell(map, std::min(i, nx - 1), has ? j : 0) : nullptr;
            double v = NAN, o = NAN;
            if (c && c->outcome == MapOutcome::Diverged)
                o = 1.0;
            else if (c && steps && c->stepsToConverge < 0)
                o = 0.0;
            else if (c && steps)
                v = c->stepsToConverge;
            else if (c && std::isfinite(c->finalLoss))
                v = std::max(c->finalLoss - floorLoss, 1e-16);
            data->setCell(i, j, v);
            outcomes->setCell(i, j, o);
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    for (const StabilityCell& c : map.cells)
        computed += c.computed ? 1 : 0;
    m_map->setData(data);
    m_outcomes->setData(outcomes);
    m_map->setDataScaleType(steps ? QCPAxis::stLinear : QCPAxis::stLogarithmic);
    m_scale->setDataScaleType(steps ? QCPAxis::stLinear : QCPAxis::stLogarithmic);
    if (steps) {
        m_scale->axis()->setTicker(QSharedPointer<NumberTicker>::create());
        m_scale->axis()->setNumberFormat(QStringLiteral("f"));
        m_scale->axis()->setNumberPrecision(0);
        m_map->setDataRange(QCPRange(0, std::max(1, spec.settings.maxSteps)));
        m_scale->setLabel(tr("steps until %1 < tolerance").arg(slopeSize()));
    } else {
        LessonPlot::setLogScale(m_scale->axis());
        if (std::isfinite(lo))
            m_map->setDataRange(QCPRange(lo, std::max(hi, lo * 10)));
        else
            m_map->setDataRange(QCPRange(1e-16, 1));
        m_scale->setLabel(atMinimum ? tr("final loss − Lₘᵢₙ") : tr("final loss − lowest on map"));
    }
    m_scale->setDataRange(m_map->dataRange());
    // Coloured by the steps until |f′| < tolerance, the white line bounds the cells that got there, so that
    // it never encloses a grey "never fell below the tolerance" cell; coloured by the final loss, it bounds
    // the runs judged converged (judgeRun's criterion, which can be the loss gap's).
    StabilityMap reached;
    if (steps && has) {
        reached = map;
        for (StabilityCell& c : reached.cells)
            if (c.outcome != MapOutcome::Diverged)
                c.outcome = c.stepsToConverge >= 0 ? MapOutcome::Converged : MapOutcome::NotConverged;
    }
    setSegments(m_convergedLine,
                has ? boundaryOf(steps ? reached : map, MapOutcome::Converged) : ContourLevel{});
    setSegments(m_divergedLine, has ? boundaryOf(map, MapOutcome::Diverged) : ContourLevel{});
    fitRanges();
    m_plot->yAxis->setTicks(has); // a strip's height means nothing: no ticks, no numbers
    m_plot->yAxis->setTickLabels(has);
    m_plot->setAxisLabels(
        axisLabel(Hyperparameter::LearningRate) +
            (spec.settings.schedule.kind != ScheduleKind::Constant ? tr(" (base rate)") : QString()),
        has ? axisLabel(spec.parameter) : QString());
    const QString optimizer = translated(optimizerTitle(spec.settings.optimizer));
    // A map's size as its grid, "40 × 30" (no-break spaces: one piece on one line); a row's as its count.
    const QString size = has ? QStringLiteral("%1\u00a0×\u00a0%2").arg(nx).arg(ny) : QString::number(nx);
    QString progress =
        computed == static_cast<int>(map.cells.size())
            //: %1 is how many runs: the map's grid, "40 × 30", or the count of its one row, "120"
            ? tr("%1 runs of %n step(s)", nullptr, spec.settings.maxSteps).arg(size)
            : computed > 0 ? tr("coarse pass; computing %1 runs…").arg(size) : tr("computing…");
    // Where every run starts: an exported map says it without the curve or the race beside it.
    QString start;
    if (const FunctionPtr& f = m_mapper->function(); f && f->dimension() == 1)
        start = QStringLiteral(" %1 = %2")
                    .arg(QString::fromStdString(f->variables()[0]), formatValue(spec.start[0]));
    else if (f)
        start = QLatin1Char(' ') + shownPoint(formatValue(spec.start[0]), formatValue(spec.start[1]));
    m_note->setText(has ? tr("%1: each cell one run from the start%2; %3.").arg(optimizer, start, progress)
                        : tr("%1 has no second hyperparameter: one row over the learning rate; %2.")
                              .arg(optimizer, progress));
    // The swatch held to its words by a no-break space: a wrapped line never starts with a space or a
    // lone square.
    const auto swatch = [](const QColor& c) {
        return QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;").arg(c.name());
    };
    const QString gap = QStringLiteral("&nbsp;&nbsp;");
    // Only what the map shows now is named: no "diverged" on a map without a diverged cell.
    bool anyDiverged = false, anyGrey = false;
    for (const StabilityCell& c : map.cells) {
        anyDiverged = anyDiverged || (c.computed && c.outcome == MapOutcome::Diverged);
        anyGrey = anyGrey || (c.computed && c.outcome != MapOutcome::Diverged && c.stepsToConverge < 0);
    }
    QStringList parts;
    if (anyDiverged) parts << swatch(divergedColour()) + tr("diverged");
    if (steps && anyGrey)
        parts << swatch(notConvergedColour()) + tr("%1 never fell below the tolerance").arg(slopeSize());
    if (!m_convergedLine->data()->isEmpty())
        parts << (steps ? tr("white line: %1 fell below the tolerance | never did").arg(slopeSize())
                        : tr("white line: converged | not converged"));
    if (!m_divergedLine->data()->isEmpty()) parts << tr("black line: diverged | not diverged");
    m_legendMapPart = parts.join(gap);
    updateLegend();
    updatePoint();
    m_plot->replot();
}

} // namespace gradlab
