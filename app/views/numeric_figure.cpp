#include "views/numeric_figure.h"

#include "diff/numeric.h"
#include "lessons/function_lesson.h"
#include "plotting/curve_graph.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"
#include "widgets/figure_title.h"
#include "widgets/number_format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace gradlab {

namespace {
const QColor kSchemeColours[3] = {palette::forwardScheme, palette::backwardScheme, palette::centralScheme};
const char* const kSchemeNames[3] = {QT_TRANSLATE_NOOP("NumericFigure", "forward"),
                                     QT_TRANSLATE_NOOP("NumericFigure", "backward"),
                                     QT_TRANSLATE_NOOP("NumericFigure", "central")};
constexpr double kErrorFloor = 1e-18; // |error| = 0 cannot sit on a log axis; it is drawn as a gap
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
    m_errorPlot->setAxisLabels(tr("step h"), tr("|error| of the difference quotient"));
    m_errorPlot->legend->setVisible(true);
    m_errorPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    for (int i = 0; i < 2; ++i) {
        m_guides[i] = m_errorPlot->addGraph();
        m_guides[i]->setPen(QPen(QColor(0x88, 0x88, 0x88), 1.2, Qt::DotLine));
        m_guides[i]->setName(i == 0 ? tr("∝ h (slope 1)") : tr("∝ h² (slope 2)"));
    }
    for (int s = 0; s < 3; ++s) {
        m_errors[s] = m_errorPlot->addGraph();
        m_errors[s]->setPen(
            QPen(kSchemeColours[s], s == 1 ? 1.6 : 2.2, s == 1 ? Qt::DashLine : Qt::SolidLine));
        m_errors[s]->setName(tr(kSchemeNames[s]));
        m_best[s] = m_errorPlot->addGraph();
        m_best[s]->setLineStyle(QCPGraph::lsNone);
        m_best[s]->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black, 1), QBrush(kSchemeColours[s]), 12));
        m_best[s]->removeFromLegend();
    }

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
    const QString v = m_lesson->variable();
    m_curvePlot->setAxisLabels(v, QStringLiteral("f(%1)").arg(v));
    m_curvePlot->replot();
}

void NumericFigure::update() {
    const CompiledFunction& f = *m_lesson->function();
    const double a = m_lesson->x();
    const double exact = m_lesson->slope();
    m_handle->setPosition(QPointF(a, f.value(a)));
    m_curvePlot->replotOverlay();

    auto value = [&f](double t) { return f.value(t); };
    double lowest = 1.0, highest = kErrorFloor;
    QString lines;
    for (int s = 0; s < 3; ++s) {
        const ErrorCurve c = errorCurve(value, a, exact, static_cast<DifferenceScheme>(s), 8);
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
        lines += tr("<span style='color:%1'>■</span> %2: best h ≈ <b>%3</b>, error <b>%4</b> &nbsp;&nbsp; ")
                     .arg(kSchemeColours[s].name(), tr(kSchemeNames[s]), formatValue(c.bestH, 2),
                          found ? formatValue(c.bestError, 2) : tr("0 (exact)"));
    }
    // Guides through the forward and central curves at h = 0.1, over the truncation-dominated range.
    const double f1 = std::fabs(differenceQuotient(value, a, 0.1, DifferenceScheme::Forward) - exact);
    const double c1 = std::fabs(differenceQuotient(value, a, 0.1, DifferenceScheme::Central) - exact);
    QVector<double> gh{1.0, 1e-4};
    m_guides[0]->setData(gh, {f1 * 10, f1 * 1e-3}, true);
    m_guides[1]->setData(gh, {c1 * 100, c1 * 1e-6}, true);
    m_guides[0]->setVisible(f1 > 0 && std::isfinite(f1));
    m_guides[1]->setVisible(c1 > 0 && std::isfinite(c1));

    m_errorPlot->xAxis->setRange(1e-16, 1.0);
    m_errorPlot->yAxis->setRange(std::max(kErrorFloor, lowest / 10), std::max(highest * 10, lowest * 100));
    m_errorPlot->replot(QCustomPlot::rpQueuedReplot);
    m_readout->setText(
        tr("At %1 = %2 the exact derivative (from the symbolic f′) is %3. Truncation error falls as h "
           "shrinks (slope 1 for forward "
           "and backward, 2 for central); below the best h, round-off in f(a+h) − f(a) takes over "
           "and the error rises again.<br>%4")
            .arg(m_lesson->variable(), formatValue(a), formatValue(exact, 12), lines));
    m_title->setFunction(f);
}

} // namespace gradlab
