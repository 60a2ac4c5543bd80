#include "views/slope_figure.h"

#include "function/point_classification.h"
#include "function/point_value.h"
#include "lessons/function_lesson.h"
#include "lessons/number_format.h"
#include "plotting/curve_graph.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"
#include "widgets/appearance.h"
#include "widgets/figure_title.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gradlab {

SlopeFigure::SlopeFigure(FunctionLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_curvePlot = new LessonPlot(this);
    m_curvePlot->setAccessibleName(tr("Curve with tangent"));
    m_curve = new CurveGraph(m_curvePlot, palette::curve, tr("f"));
    m_tangent = new QCPItemStraightLine(m_curvePlot);
    m_tangent->setLayer(m_curvePlot->overlayLayer());
    m_tangent->setPen(QPen(palette::tangent, 2.2));
    m_tangent->setSelectable(false);
    m_handle = new DraggableHandle(m_curvePlot, palette::point, tr("point"));

    m_derivativePlot = new LessonPlot(this);
    m_derivativePlot->setAccessibleName(tr("Derivative"));
    m_derivative =
        new CurveGraph(m_derivativePlot, palette::derivative, tr("f′"), CurveGraph::Output::Derivative);
    m_markerLine = new QCPItemStraightLine(m_derivativePlot);
    m_markerLine->setLayer(m_derivativePlot->overlayLayer());
    m_markerLine->setPen(QPen(palette::point, 1, Qt::DashLine));
    m_derivativeMarker = m_derivativePlot->addGraph();
    m_derivativeMarker->setLayer(m_derivativePlot->overlayLayer());
    m_derivativeMarker->setLineStyle(QCPGraph::lsNone);
    m_derivativeMarker->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 1.5), QBrush(palette::point), 10));

    m_readout = new QLabel(this);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setAccessibleName(tr("Readouts"));
    QFont big = m_readout->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_readout->setFont(big);
    m_sentence = new QLabel(this);
    m_sentence->setWordWrap(true);
    m_sentence->setFont(big);
    m_sentence->setAccessibleName(tr("What the slope means"));

    m_title = new FigureTitle(this);
    // The two plots share the x-axis: equal left margins keep their x values in line.
    for (LessonPlot* plot : {m_curvePlot, m_derivativePlot}) {
        plot->axisRect()->setAutoMargins(QCP::msTop | QCP::msRight | QCP::msBottom);
        plot->axisRect()->setMargins(QMargins(70, 0, 0, 0));
    }

    LessonPlot::linkXAxes(m_curvePlot, m_derivativePlot);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_curvePlot, 3);
    layout->addWidget(m_derivativePlot, 2);
    layout->addWidget(m_readout);
    layout->addWidget(m_sentence);

    // The handle follows the curve: only its x comes from the mouse.
    connect(m_handle, &DraggableHandle::dragged, this, [this](QPointF p) { m_lesson->setX(snapped(p.x())); });
    connect(lesson, &FunctionLesson::functionChanged, this, &SlopeFigure::rebuildCurves);
    connect(lesson, &FunctionLesson::changed, this, &SlopeFigure::updatePoint);
    onPaletteChange(m_readout, [this] { updatePoint(); });
    connect(lesson, &FunctionLesson::pointPlaced, this, [this] {
        const double x = m_lesson->x();
        m_curvePlot->reveal({QPointF(x, m_lesson->value())});
        m_derivativePlot->reveal({QPointF(x, evaluateSlope(*m_lesson->function(), x).value)});
    });
    rebuildCurves();
    updatePoint();
}

SlopeFigure::~SlopeFigure() {
    delete m_curve;
    delete m_derivative;
}

QCPGraph* SlopeFigure::curveGraph() const {
    return m_curve->graph();
}

void SlopeFigure::resetView() {
    m_curvePlot->resetView();
    m_derivativePlot->resetView();
}

void SlopeFigure::rebuildCurves() {
    const CompiledFunction& f = *m_lesson->function();
    const QString v = m_lesson->variable();
    m_curve->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax());
    m_derivative->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax());
    // The point and its slope stay in view after a change of function (x ranges kept equal).
    const double x = m_lesson->x();
    m_curvePlot->showInHome({QPointF(x, f.value(x))});
    m_derivativePlot->showInHome({QPointF(x, evaluateSlope(f, x).value)});
    m_curvePlot->setAxisLabels(v, QStringLiteral("f(%1)").arg(v));
    m_derivativePlot->setAxisLabels(v, QStringLiteral("f′(%1)").arg(v));
    m_criticalPoints = criticalPoints(f, m_lesson->xMin(), m_lesson->xMax());
    m_title->setFunction(f);
    m_curvePlot->replot();
    m_derivativePlot->replot();
}

// Within a few pixels of a flat point the handle snaps onto it, so "flat" can actually be reached.
double SlopeFigure::snapped(double x) const {
    const double pixelsPerUnit =
        std::fabs(m_curvePlot->xAxis->coordToPixel(1.0) - m_curvePlot->xAxis->coordToPixel(0.0));
    for (double c : m_criticalPoints)
        if (std::fabs(c - x) * pixelsPerUnit < 5.0) return c;
    return x;
}

QString SlopeFigure::sentence() const {
    const CompiledFunction& f = *m_lesson->function();
    const QString v = m_lesson->variable();
    switch (classifyPoint(f, m_lesson->x())) {
    case PointKind::Rising:
        return tr("Rising: the slope is positive, so increasing %1 increases f.").arg(v);
    case PointKind::Falling:
        return tr("Falling: the slope is negative, so increasing %1 decreases f.").arg(v);
    case PointKind::Minimum:
        return m_lesson->curvature() > 0
                   ? tr("Flat: the slope is 0, and the curve bends upward here (f″ > 0): a minimum.")
                   : tr("Flat: the slope is 0, and f′ goes from negative to positive here: a minimum.");
    case PointKind::Maximum:
        return m_lesson->curvature() < 0
                   ? tr("Flat: the slope is 0, and the curve bends downward here (f″ < 0): a maximum.")
                   : tr("Flat: the slope is 0, and f′ goes from positive to negative here: a maximum.");
    case PointKind::FlatNeither:
        return tr("Flat: the slope is 0, but f keeps going the same way on both sides: neither a minimum nor "
                  "a maximum.");
    case PointKind::Constant:
        return tr("Flat: f is constant here, flat everywhere around this point: every point of a constant is "
                  "both a minimum and a maximum.");
    case PointKind::Undefined:
        break;
    }
    // Why there is no slope: f has no value here, or f has one and the tangent is vertical, or not.
    const double x = m_lesson->x();
    if (evaluatePoint([&f](double t) { return f.value(t); }, x).status == ValueStatus::Undefined)
        return tr("f is not defined at %1 = %2, so neither is its slope: f′ exists only where f does.")
            .arg(v, formatValue(x));
    switch (evaluateSlope(f, x).status) {
    case ValueStatus::Vertical:
        return tr("The tangent is vertical here: f′ grows without bound, so no number is the slope.");
    case ValueStatus::Overflow:
        return tr("f or its slope is too large for a double here.");
    default:
        return tr("f is defined here but its slope is not (a corner, a jump or a cusp).");
    }
}

// The slope as the readout shows it ("2.4", "≈ 0", "undefined (vertical tangent)").
QString SlopeFigure::slopeText() const {
    const CompiledFunction& f = *m_lesson->function();
    return showValue(evaluateSlope(f, m_lesson->x())).text;
}

QString SlopeFigure::liveDescription() const {
    const CompiledFunction& f = *m_lesson->function();
    const PointValue slope = evaluateSlope(f, m_lesson->x());
    const PointKind kind = classifyPoint(f, m_lesson->x());
    const QString at = withDisplayDecimal(QString::number(m_lesson->x(), 'f', 2));
    if (kind == PointKind::Undefined || slope.status != ValueStatus::Finite)
        return tr("slope at %1 = %2 is %3").arg(m_lesson->variable(), at, showValue(slope).text);
    const char* word = kind == PointKind::Rising    ? QT_TR_NOOP("rising")
                       : kind == PointKind::Falling ? QT_TR_NOOP("falling")
                                                    : QT_TR_NOOP("flat");
    return tr("slope at %1 = %2 is %3, %4")
        .arg(m_lesson->variable(), at, withDisplayDecimal(QString::number(slope.value, 'f', 2)), tr(word));
}

void SlopeFigure::updatePoint() {
    const double x = m_lesson->x();
    const double y = m_lesson->value();
    const CompiledFunction& f = *m_lesson->function();
    // f′ only where f has a value (no −1 for ln at −1); a vertical tangent is drawn vertical.
    const PointValue measuredSlope = evaluateSlope(f, x);
    const double slope = measuredSlope.value;
    const bool finite = std::isfinite(y) && measuredSlope.status == ValueStatus::Finite;
    const bool vertical = std::isfinite(y) && measuredSlope.status == ValueStatus::Vertical;
    m_handle->setPosition(QPointF(x, std::isfinite(y) ? y : 0.0));
    m_handle->setVisible(std::isfinite(y));
    m_tangent->setVisible(finite || vertical);
    if (finite || vertical) {
        m_tangent->point1->setCoords(x, y);
        m_tangent->point2->setCoords(vertical ? x : x + 1.0, vertical ? y + 1.0 : y + slope);
    }
    m_derivativeMarker->setData(QVector<double>{x}, QVector<double>{finite ? slope : 0.0}, true);
    m_derivativeMarker->setVisible(finite);
    m_markerLine->point1->setCoords(x, 0);
    m_markerLine->point2->setCoords(x, 1);

    // f and f′ as measured at x: "undefined" at a pole, "≈ 0" below their own round-off (at a snapped
    // maximum of sin, cos x is 6·10⁻¹⁷, which must not read as a slope beside "the slope is 0").
    const ShownValue value = showValue(evaluatePoint([&f](double t) { return f.value(t); }, x));
    const ShownValue derivative = showValue(measuredSlope);
    const QString v = m_lesson->variable();
    m_readout->setText(QStringLiteral("<span style='color:%1'>●</span> %2 = <b>%3</b> &nbsp;&nbsp; %4 "
                                      "&nbsp;&nbsp; <span style='color:%5'>%6</span>")
                           .arg(htmlColour(palette::point, m_readout, kSwatchContrast), v, formatValue(x),
                                value.equation(QStringLiteral("f(%1)").arg(v), QStringLiteral("<b>"),
                                               QStringLiteral("</b>")),
                                htmlColour(palette::tangent, m_readout),
                                derivative.equation(QStringLiteral("f′(%1)").arg(v), QStringLiteral("<b>"),
                                                    QStringLiteral("</b>"))));
    QStringList tips;
    for (const QString& tip : {value.toolTip, derivative.toolTip})
        if (!tip.isEmpty()) tips << tip;
    m_readout->setToolTip(tips.join(QLatin1Char('\n')));
    m_sentence->setText(sentence());
    setAccessibleDescription(liveDescription());
    m_curvePlot->setLiveDescription(liveDescription());
    m_curvePlot->replotOverlay();
    m_derivativePlot->replotOverlay();
}

} // namespace gradlab
