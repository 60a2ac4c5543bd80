#include "views/stability_map_figure.h"

#include "lessons/number_format.h"

#include "lessons/learning_rate_lesson.h"
#include "plotting/curve_graph.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

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
    const int s = LearningRateLesson::kMapCoarseStride;
    const StabilityCell& coarse = map.cell(i - i % s, j - j % s);
    return coarse.computed ? &coarse : nullptr;
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

StabilityMapFigure::StabilityMapFigure(LearningRateLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_plot = new LessonPlot(this);
    m_plot->setAccessibleName(tr("Stability map"));
    LessonPlot::setLogScale(m_plot->xAxis);
    m_plot->setInteractions(QCP::Interactions()); // the map is the whole grid: nothing to pan to
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
    m_curvePlot = new LessonPlot(this);
    m_curvePlot->setAccessibleName(tr("Loss curve with the start point"));
    m_curve = new CurveGraph(m_curvePlot, palette::curve, tr("loss"));
    m_start = new DraggableHandle(m_curvePlot, palette::point, tr("start"));

    m_parameterBox = new QComboBox(this);
    m_parameterBox->setAccessibleName(tr("Second axis of the map"));
    m_colourBox = new QComboBox(this);
    m_colourBox->setAccessibleName(tr("Colour of the map"));
    m_colourBox->addItem(tr("final loss"));
    m_colourBox->addItem(tr("steps to converge"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("What the map shows"));
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAccessibleName(tr("Map legend"));

    auto* controls = new QHBoxLayout;
    m_parameterLabel = new QLabel(tr("&Second axis"), this);
    m_parameterLabel->setBuddy(m_parameterBox);
    auto* colourLabel = new QLabel(tr("&Colour by"), this);
    colourLabel->setBuddy(m_colourBox);
    controls->addWidget(m_parameterLabel);
    controls->addWidget(m_parameterBox);
    controls->addWidget(colourLabel);
    controls->addWidget(m_colourBox);
    controls->addWidget(m_note, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    auto* plots = new QHBoxLayout;
    plots->addWidget(m_curvePlot, 1);
    plots->addWidget(m_plot, 3);
    layout->addLayout(plots, 1);
    layout->addWidget(m_legend);

    connect(m_parameterBox, &QComboBox::activated, this, [this](int index) {
        m_lesson->setMapParameter(static_cast<Hyperparameter>(m_parameterBox->itemData(index).toInt()));
    });
    connect(m_colourBox, &QComboBox::activated, this,
            [this](int index) { setColour(index == 0 ? Colour::FinalLoss : Colour::StepsToConverge); });
    connect(m_point, &DraggableHandle::dragged, this, [this](QPointF p) {
        const StabilityMapSpec spec = m_lesson->mapSpec();
        const double lr = std::clamp(p.x(), spec.lrMin, spec.lrMax);
        const double v = std::clamp(p.y(), spec.paramMin, spec.paramMax);
        m_lesson->setMapPoint(lr, v);
    });
    connect(m_start, &DraggableHandle::dragged, this, [this](QPointF p) { m_lesson->setX(p.x()); });
    connect(lesson, &FunctionLesson::functionChanged, this, &StabilityMapFigure::rebuildCurve);
    connect(lesson, &LearningRateLesson::mapChanged, this, &StabilityMapFigure::updateMap);
    connect(lesson, &FunctionLesson::changed, this, [this] {
        updateControls();
        updatePoint();
        updateLegend();
        m_plot->replot();
        m_curvePlot->replotOverlay();
    });
    updateControls();
    rebuildCurve();
    updateMap();
}

StabilityMapFigure::~StabilityMapFigure() {
    delete m_curve;
}

void StabilityMapFigure::rebuildCurve() {
    const QString v = m_lesson->variable();
    m_curve->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax());
    m_curvePlot->setAxisLabels(v, QStringLiteral("L(%1)").arg(v));
    m_curvePlot->resetView(); // a new function: its own home view, not the last one's
    updatePoint();
    m_curvePlot->replot();
}

void StabilityMapFigure::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_lesson->setMapActive(true);
}

void StabilityMapFigure::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_lesson->setMapActive(false); // no map computed for a drag on another tab
}

void StabilityMapFigure::setColour(Colour c) {
    if (c == m_colour) return;
    m_colour = c;
    m_colourBox->setCurrentIndex(c == Colour::FinalLoss ? 0 : 1);
    updateMap();
}

void StabilityMapFigure::updateControls() {
    const std::vector<Hyperparameter> choices = mapParameters(m_lesson->optimizer());
    const QSignalBlocker block(m_parameterBox);
    m_parameterBox->clear();
    for (Hyperparameter h : choices)
        m_parameterBox->addItem(QString::fromUtf8(hyperparameterRange(h).symbol) + QLatin1Char(' ') +
                                    QString::fromLatin1(hyperparameterRange(h).option),
                                static_cast<int>(h));
    m_parameterBox->setCurrentIndex(m_parameterBox->findData(static_cast<int>(m_lesson->mapParameter())));
    m_parameterBox->setVisible(choices.size() > 1);
    m_parameterBox->setEnabled(choices.size() > 1);
    m_parameterLabel->setVisible(choices.size() > 1);
}

void StabilityMapFigure::updatePoint() {
    const StabilityMapSpec spec = m_lesson->mapSpec();
    const bool has = m_lesson->mapHasParameter();
    const double y = has ? hyperparameterValue(m_lesson->settings().hyperparameters, spec.parameter) : 0.5;
    m_point->setPosition(QPointF(m_lesson->learningRate(), y));
    m_point->setVisible(!has || (y >= spec.paramMin && y <= spec.paramMax));
    const double w0 = m_lesson->x();
    m_start->setPosition(QPointF(w0, m_lesson->function()->value(w0)));
}

QString StabilityMapFigure::slopeSize() const {
    return m_lesson->function()->dimension() <= 1 ? tr("|f′|") : tr("‖∇f‖");
}

void StabilityMapFigure::updateLegend() {
    const StabilityMapSpec spec = m_lesson->mapSpec();
    const Hyperparameters& hp = m_lesson->settings().hyperparameters;
    QString now = QStringLiteral("η = %1").arg(formatValue(hp.learningRate));
    if (m_lesson->mapHasParameter())
        now += QStringLiteral(", %1 = %2")
                   .arg(QString::fromUtf8(hyperparameterRange(spec.parameter).symbol),
                        formatValue(hyperparameterValue(hp, spec.parameter)));
    const QString point = QStringLiteral("<span style=\"color:%1\">●</span> ").arg(palette::point.name()) +
                          tr("the current settings, %1 (drag it)").arg(now);
    m_legend->setText(m_legendMapPart.isEmpty() ? point
                                                : m_legendMapPart + QStringLiteral("&nbsp;&nbsp;") + point);
}

void StabilityMapFigure::updateMap() {
    const StabilityMap& map = m_lesson->stabilityMap();
    const StabilityMapSpec spec = m_lesson->mapSpec();
    const bool has = m_lesson->mapHasParameter();
    const int nx = static_cast<int>(map.rates.size());
    const int ny = static_cast<int>(map.params.size());
    const int rows = has ? ny : 2; // a strip: one row drawn twice so that it has a height
    const QCPRange keys(spec.lrMin, spec.lrMax);
    const QCPRange values = has ? QCPRange(spec.paramMin, spec.paramMax) : QCPRange(0, 1);
    const bool steps = m_colour == Colour::StepsToConverge;
    // L_min: the minimum the lesson found from the start, else the lowest final loss on the map.
    double floorLoss = INFINITY;
    for (const StabilityCell& c : map.cells)
        if (c.computed && c.outcome != MapOutcome::Diverged && std::isfinite(c.finalLoss))
            floorLoss = std::min(floorLoss, c.finalLoss);
    const bool atMinimum = m_lesson->hasMinimum();
    if (atMinimum) {
        const double w = m_lesson->minimum();
        floorLoss = m_lesson->function()->value(&w);
    }
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
        m_scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
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
        m_scale->setLabel(atMinimum ? tr("final loss − L_min") : tr("final loss − lowest on map"));
    }
    m_scale->setDataRange(m_map->dataRange());
    setSegments(m_convergedLine, has ? outcomeBoundary(map, MapOutcome::Converged) : ContourLevel{});
    setSegments(m_divergedLine, has ? outcomeBoundary(map, MapOutcome::Diverged) : ContourLevel{});
    m_plot->xAxis->setRange(keys);
    m_plot->yAxis->setRange(values);
    m_plot->setHomeRanges(keys, values);
    m_plot->yAxis->setTickLabels(has);
    m_plot->setAxisLabels(
        axisLabel(Hyperparameter::LearningRate) +
            (spec.settings.schedule.kind != ScheduleKind::Constant ? tr(" (base rate)") : QString()),
        has ? axisLabel(spec.parameter) : QString());
    const QString optimizer = QString::fromUtf8(optimizerTitle(spec.settings.optimizer));
    const QString size = QStringLiteral("%1 × %2").arg(nx).arg(ny);
    QString progress = computed == static_cast<int>(map.cells.size())
                           ? tr("%1 runs of %2 steps").arg(size).arg(spec.settings.maxSteps)
                       : computed > 0 ? tr("coarse pass; computing %1 runs…").arg(size)
                                      : tr("computing…");
    m_note->setText(has ? tr("%1: each cell one run from the start; %2.").arg(optimizer, progress)
                        : tr("%1 has no second hyperparameter: one row over the learning rate; %2.")
                              .arg(optimizer, progress));
    const auto swatch = [](const QColor& c) {
        return QStringLiteral("<span style=\"color:%1\">■</span>").arg(c.name());
    };
    const QString gap = QStringLiteral("&nbsp;&nbsp;");
    // Only what the map shows now is named: no "diverged" on a map without a diverged cell.
    bool anyDiverged = false, anyGrey = false;
    for (const StabilityCell& c : map.cells) {
        anyDiverged = anyDiverged || (c.computed && c.outcome == MapOutcome::Diverged);
        anyGrey = anyGrey || (c.computed && c.outcome != MapOutcome::Diverged && c.stepsToConverge < 0);
    }
    QStringList parts;
    if (anyDiverged) parts << swatch(divergedColour()) + tr(" diverged");
    if (steps && anyGrey)
        parts << swatch(notConvergedColour()) + tr(" %1 never fell below the tolerance").arg(slopeSize());
    if (!m_convergedLine->data()->isEmpty()) parts << tr("white line: converged | not converged");
    if (!m_divergedLine->data()->isEmpty()) parts << tr("black line: diverged | not diverged");
    m_legendMapPart = parts.join(gap);
    updateLegend();
    updatePoint();
    m_plot->replot();
}

} // namespace gradlab
