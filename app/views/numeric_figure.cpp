#include "views/numeric_figure.h"

#include "diff/numeric.h"
#include "function/point_value.h"
#include "lessons/function_lesson.h"
#include "lessons/number_format.h"
#include "lessons/numeric_lesson.h"
#include "plotting/curve_graph.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"
#include "widgets/appearance.h"
#include "widgets/figure_title.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace gradlab {

namespace {
const QColor kSchemeColours[3] = {palette::forwardScheme, palette::backwardScheme, palette::centralScheme};
const char* const kSchemeNames[3] = {QT_TRANSLATE_NOOP("gradlab::NumericFigure", "forward"),
                                     QT_TRANSLATE_NOOP("gradlab::NumericFigure", "backward"),
                                     QT_TRANSLATE_NOOP("gradlab::NumericFigure", "central")};
constexpr double kErrorFloor = 1e-18; // |error| = 0 cannot sit on a log axis; it is drawn as a gap
constexpr double kGuideOffset = 10.0; // a reference slope lies a decade from its curve, not on it
} // namespace

NumericFigure::NumericFigure(FunctionLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_curvePlot = new LessonPlot(this);
    m_curvePlot->setAccessibleName(tr("Curve"));
    m_curve = new CurveGraph(m_curvePlot, palette::curve, tr("f"));
    m_handle = new DraggableHandle(m_curvePlot, palette::point, tr("point"));

    m_errorPlot = new LessonPlot(this);
    m_errorPlot->setAccessibleName(tr("Error of finite differences against h"));
    LessonPlot::setLogScale(m_errorPlot->xAxis);
    LessonPlot::setLogScale(m_errorPlot->yAxis);
    //: Axis labels: the step size h of a difference quotient (a length, not an iteration), and its error
    m_errorPlot->setAxisLabels(tr("step h"), tr("|error| of the difference quotient"));
    m_errorPlot->legend->setVisible(true);
    m_errorPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    for (int i = 0; i < 2; ++i) {
        m_guides[i] = m_errorPlot->addGraph();
        // Two styles, so that the legend tells the two reference lines apart (both are grey).
        m_guides[i]->setPen(QPen(palette::guide, 1.2, i == 0 ? Qt::DotLine : Qt::DashDotLine));
        m_guides[i]->setName(i == 0 ? tr("∝ h (slope 1)") : tr("∝ h² (slope 2)"));
    }
    // Drawn forward, central, then backward dashed on top: where forward and backward coincide (every
    // function far from round-off) the red line stays visible around the blue dashes, not blended.
    for (int s : {0, 2, 1}) {
        m_errors[s] = m_errorPlot->addGraph();
        QPen pen(kSchemeColours[s], s == 0 ? 3.6 : s == 1 ? 1.6 : 2.2, s == 1 ? Qt::DashLine : Qt::SolidLine);
        if (s == 1) pen.setDashPattern({5, 4});
        m_errors[s]->setPen(pen);
        m_errors[s]->setName(tr(kSchemeNames[s]));
    }
    for (int s = 0; s < 3; ++s) {
        // The sweet spot: a translucent bar over the band of h where the typical error stays within 2×
        // of its smallest, at that error, and a diamond at the best h (a band, not one lucky point).
        m_band[s] = m_errorPlot->addGraph();
        QColor translucent = kSchemeColours[s];
        translucent.setAlpha(90);
        m_band[s]->setPen(QPen(translucent, 10, Qt::SolidLine, Qt::FlatCap));
        m_band[s]->removeFromLegend();
        m_best[s] = m_errorPlot->addGraph();
        m_best[s]->setLineStyle(QCPGraph::lsNone);
        m_best[s]->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black, 1), QBrush(kSchemeColours[s]), 12));
        m_best[s]->removeFromLegend();
    }
    // The legend lists the schemes first, then only the reference lines that are drawn.
    for (QCPGraph* guide : m_guides)
        guide->removeFromLegend();

    m_readout = new QLabel(this);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_readout->setFont(big);

    auto* plots = new QHBoxLayout;
    plots->addWidget(m_curvePlot, 2);
    plots->addWidget(m_errorPlot, 3);
    m_title = new FigureTitle(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(plots, 1);
    layout->addWidget(m_readout);

    connect(m_handle, &DraggableHandle::dragged, this, [this](QPointF p) { m_lesson->setX(p.x()); });
    connect(lesson, &FunctionLesson::functionChanged, this, &NumericFigure::rebuildCurve);
    connect(lesson, &FunctionLesson::changed, this, &NumericFigure::update);
    onPaletteChange(m_readout, [this] { update(); });
    connect(lesson, &FunctionLesson::pointPlaced, this,
            [this] { m_curvePlot->reveal({QPointF(m_lesson->x(), m_lesson->value())}); });
    rebuildCurve();
    update();
}

NumericFigure::~NumericFigure() {
    delete m_curve;
}

void NumericFigure::resetView() {
    m_curvePlot->resetView();
    m_errorPlot->rescaleAxes();
    m_errorPlot->replot();
}

void NumericFigure::rebuildCurve() {
    m_curve->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax());
    const double a = m_lesson->x();
    m_curvePlot->showInHome({QPointF(a, m_lesson->function()->value(a))});
    const QString v = m_lesson->variable();
    m_curvePlot->setAxisLabels(v, QStringLiteral("f(%1)").arg(v));
    m_curvePlot->replot();
}

namespace {
// "1.0" for a measured slope: one decimal, as measured rather than as the textbook says.
QString orderText(double order) {
    return withDisplayDecimal(QString::number(order, 'f', 1));
}

bool near(double order, double expected) {
    return std::fabs(order - expected) < 0.3;
}
} // namespace

QString NumericFigure::schemeLine(int s) const {
    const ErrorCurve& c = m_curves[s];
    const QString head =
        tr("<span style='color:%1'>■</span> %2: ")
            .arg(htmlColour(kSchemeColours[s], m_readout, kSwatchContrast), tr(kSchemeNames[s]));
    if (!std::isfinite(c.bestError)) return head + tr("no error to measure (the quotient is undefined)");
    if (!c.hasTruncation()) {
        const QString exact = tr("no truncation error here: any h gives the exact slope up to round-off; "
                                 "smaller h only adds round-off");
        if (!(c.bestError > 0)) return head + exact;
        return head + exact +
               tr(" (smallest typical error <b>%1</b>, for h in %2 … %3)")
                   .arg(formatValue(c.bestError, 2), formatValue(c.bandLow, 2), formatValue(c.bandHigh, 2));
    }
    QString trend;
    if (c.truncationOrder < 0.3)
        trend = tr("the error does not shrink with h (slope %1): the quotient does not approach f′ here")
                    .arg(orderText(c.truncationOrder));
    else
        trend = tr("truncation error falls with slope %1").arg(orderText(c.truncationOrder));
    if (c.bestError == 0.0)
        return head + trend +
               tr("; typical error <b>0</b> (the quotient is exact to the last bit) for h in %1 … %2")
                   .arg(formatValue(c.bandLow, 2), formatValue(c.bandHigh, 2));
    return head + trend +
           tr("; best h ≈ <b>%1</b> (band %2 … %3), typical error <b>%4</b>")
               .arg(formatValue(c.bestH, 2), formatValue(c.bandLow, 2), formatValue(c.bandHigh, 2),
                    formatValue(c.bestError, 2));
}

void NumericFigure::update() {
    const CompiledFunction& f = *m_lesson->function();
    const double a = m_lesson->x();
    // No exact slope where f is undefined (ln at −1) or the tangent is vertical (√x at 0).
    const PointValue exactValue = evaluateSlope(f, a);
    const double exact = exactValue.value;
    m_handle->setPosition(QPointF(a, std::isfinite(f.value(a)) ? f.value(a) : 0.0));
    m_handle->setVisible(std::isfinite(f.value(a)));
    m_curvePlot->replotOverlay();

    auto value = [&f](double t) { return f.value(t); };
    double lowest = 1.0, highest = kErrorFloor;
    const bool defined = exactValue.status == ValueStatus::Finite;
    QStringList lines;
    for (int s = 0; s < 3; ++s) {
        m_curves[s] = errorCurve(value, a, defined ? exact : std::nan(""), static_cast<DifferenceScheme>(s),
                                 NumericLesson::kStepsPerDecade);
        const ErrorCurve& c = m_curves[s];
        QVector<double> hs(c.h.begin(), c.h.end()), es(c.absError.begin(), c.absError.end());
        for (double& e : es) {
            if (!(e > 0) || !std::isfinite(e))
                e = std::nan(""); // exact hits and undefined values: gaps
            else {
                lowest = std::min(lowest, e);
                highest = std::max(highest, e);
            }
        }
        m_errors[s]->setData(hs, es, true);
        m_bestH[s] = c.bestH;
        const bool found = std::isfinite(c.bestError) && c.bestError > 0;
        m_best[s]->setData(QVector<double>{c.bestH}, QVector<double>{found ? c.bestError : std::nan("")},
                           true);
        m_band[s]->setData(
            QVector<double>{c.bandLow, c.bandHigh},
            QVector<double>{found ? c.bestError : std::nan(""), found ? c.bestError : std::nan("")}, false);
        if (defined) lines << schemeLine(s);
    }
    // Reference slopes beside the curves they describe, a decade away so both can be seen: ∝ h above the
    // first one-sided scheme whose measured slope is 1, ∝ h² below central if its slope is 2; none where
    // no error falls that way (x² central, |x|).
    auto place = [&](QCPGraph* guide, int scheme, double order, double factor) {
        const ErrorCurve& c = m_curves[scheme];
        const double at = 0.1;
        const double e =
            std::fabs(differenceQuotient(value, a, at, static_cast<DifferenceScheme>(scheme)) - exact);
        const bool show =
            defined && c.hasTruncation() && near(c.truncationOrder, order) && e > 0 && std::isfinite(e);
        guide->setVisible(show);
        if (show)
            guide->addToLegend();
        else
            guide->removeFromLegend();
        if (!show) return;
        const double end = std::max(c.bandHigh, 1e-4);
        guide->setData({end, 1.0},
                       {factor * e * std::pow(end / at, order), factor * e * std::pow(1.0 / at, order)},
                       true);
    };
    const int oneSided =
        near(m_curves[0].truncationOrder, 1) || !near(m_curves[1].truncationOrder, 1) ? 0 : 1;
    place(m_guides[0], oneSided, 1.0, kGuideOffset);
    place(m_guides[1], 2, 2.0, 1.0 / kGuideOffset);
    if (m_guides[0]->visible()) highest = std::max(highest, (m_guides[0]->data()->end() - 1)->value);
    if (m_guides[1]->visible()) lowest = std::min(lowest, m_guides[1]->data()->begin()->value);

    m_errorPlot->xAxis->setRange(1e-16, 1.0);
    m_errorPlot->yAxis->setRange(std::max(kErrorFloor, lowest / 10), std::max(highest * 10, lowest * 100));
    m_errorPlot->replot(QCustomPlot::rpQueuedReplot);

    const QString v = m_lesson->variable();
    const ShownValue shownExact = showValue(exactValue, 12);
    QString text = tr("At %1 = %2 the exact derivative (from the symbolic f′) %3.")
                       .arg(v, formatValue(a),
                            shownExact.relation == QStringLiteral("=")
                                ? tr("is %1").arg(shownExact.text)
                                : shownExact.relation + QLatin1Char(' ') + shownExact.text);
    if (!defined) {
        if (!std::isfinite(f.value(a)))
            text += tr(" f is not defined at %1 = %2, so neither is its derivative.").arg(v, formatValue(a));
        text += tr(" There is no exact value to measure the error of the difference quotients against.");
    } else {
        bool truncation = false, band = false;
        QStringList rising; // the schemes whose error rises again left of their band
        for (int s = 0; s < 3; ++s) {
            const ErrorCurve& c = m_curves[s];
            truncation = truncation || (c.hasTruncation() && c.truncationOrder >= 0.3);
            band = band || (std::isfinite(c.bestError) && c.bestError > 0);
            if (c.risesAtSmallerH()) rising << tr(kSchemeNames[s]);
        }
        if (truncation) {
            text +=
                tr(" As h shrinks, truncation error falls (its slope on these axes is measured between h = "
                   "10⁻² and 10⁻³)");
            if (rising.isEmpty())
                text += tr(" all the way down: round-off in the values of f stays below it at every h "
                           "shown, so the error does not rise again.");
            else
                text += (rising.size() == 3 ? tr("; at smaller h (left of the band), round-off in the values "
                                                 "of f takes over and the error rises again.")
                                            : tr("; for %1, at smaller h (left of the band), round-off in "
                                                 "the values of f takes over and the error rises again.")
                                                  .arg(rising.join(tr(" and "))));
        } else {
            text +=
                tr(" No scheme has a truncation error here: what remains is round-off in the values of f, "
                   "and it grows as h shrinks.");
        }
        if (band)
            text +=
                tr(" Typical error at h: the median |error| from h/√10 to h·√10 (half a decade either side), "
                   "what a repeat measurement near that h finds. Best h: where it is smallest; the band: the "
                   "h around best h where it stays within 2× of that smallest value (so the band need not be "
                   "centred on best h).");
    }
    m_readout->setText(text + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_title->setFunction(f);
}

} // namespace gradlab
