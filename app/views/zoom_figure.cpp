#include "views/zoom_figure.h"

#include "lessons/number_format.h"
#include "lessons/zoom_lesson.h"
#include "plotting/curve_graph.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/offset_ticker.h"
#include "plotting/palette.h"
#include "widgets/appearance.h"
#include "widgets/figure_title.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>
#include <qcustomplot.h>

namespace gradlab {

namespace {
const QColor& kParabola = palette::parabola;
const QColor& kCubic = palette::cubic;
const QColor& kCircle = palette::circle;
const QColor& kNewton = palette::newtonStep;
const QColor& kRounding = palette::rounding;
constexpr int kPolynomialSamples = 400;

/// "w", "w²", "w³" … as the reference line's label writes the power.
QString powerOfW(int k) {
    static const QString kSuperscripts[] = {QStringLiteral("⁰"), QStringLiteral("¹"), QStringLiteral("²"),
                                            QStringLiteral("³"), QStringLiteral("⁴"), QStringLiteral("⁵"),
                                            QStringLiteral("⁶"), QStringLiteral("⁷"), QStringLiteral("⁸"),
                                            QStringLiteral("⁹")};
    return k == 1 || k < 0 || k > 9 ? QStringLiteral("w") : QStringLiteral("w") + kSuperscripts[k];
}

/// A number for an axis title: as short as it reads back exactly ("1", "0.3"), else 10 digits after "≈".
QString originText(double v) {
    const QString shortest = QString::number(v, 'g', QLocale::FloatingPointShortest);
    if (shortest.size() <= 12) return QStringLiteral("= ") + formatValue(v, 17);
    return QStringLiteral("≈ ") + formatValue(v, 10);
}
} // namespace

ZoomFigure::ZoomFigure(ZoomLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_plot = new LessonPlot(this);
    m_plot->setAccessibleName(tr("Magnifier"));
    m_curve = new CurveGraph(m_plot, palette::curve, tr("f"));
    auto graph = [](QCustomPlot* plot, const QColor& c, Qt::PenStyle style, double width) {
        QCPGraph* g = plot->addGraph();
        g->setPen(QPen(c, width, style));
        g->setSelectable(QCP::stNone);
        return g;
    };
    m_parabola = graph(m_plot, kParabola, Qt::DashLine, 2.0);
    m_cubic = graph(m_plot, kCubic, Qt::DotLine, 2.0);
    m_circle = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_circle->setPen(QPen(kCircle, 1.6));
    m_circle->setSelectable(QCP::stNone);
    m_tangent = new QCPItemStraightLine(m_plot);
    m_tangent->setLayer(m_plot->overlayLayer());
    m_tangent->setPen(QPen(palette::tangent, 2.2));
    m_tangent->setSelectable(false);
    m_newton = graph(m_plot, kNewton, Qt::SolidLine, 1.0);
    m_newton->setLineStyle(QCPGraph::lsNone);
    m_newton->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, kNewton, kNewton, 11));
    m_newtonText = new QCPItemText(m_plot);
    //: Beside the diamond where Newton's step from a lands
    m_newtonText->setText(tr("Newton"));
    m_newtonText->setColor(kNewton);
    m_newtonText->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_newtonText->setSelectable(false);
    m_point = new DraggableHandle(m_plot, palette::point, tr("a"));
    m_plot->setKeyboardHandle(m_point);
    m_plot->installEventFilter(this);
    m_xTicker = QSharedPointer<OffsetTicker>::create();
    m_yTicker = QSharedPointer<OffsetTicker>::create();
    m_plot->xAxis->setTicker(m_xTicker);
    m_plot->yAxis->setTicker(m_yTicker);
    // The window is the lesson's: after every layout (a resize, a pan) it is a ± w again, one unit of x as
    // long as one of y; only while the point is dragged does the view hold still.
    // When that changes a range, the frame is laid out again so that its ticks are those of the window shown.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        for (int pass = 0; pass < 2 && !m_dragging; ++pass) {
            const QCPRange x = m_plot->xAxis->range(), y = m_plot->yAxis->range();
            applyWindow();
            if (x == m_plot->xAxis->range() && y == m_plot->yAxis->range()) break;
            m_plot->layOutAgain();
        }
    });

    m_inset = new LessonPlot(this);
    m_inset->setAccessibleName(tr("Gap against half-width, log-log"));
    LessonPlot::setLogScale(m_inset->xAxis);
    LessonPlot::setLogScale(m_inset->yAxis);
    m_inset->xAxis->setRangeReversed(true); // zooming in runs to the right, as the slider does
    //: Axis labels: half the width of the zoom window, and the largest gap between curve and tangent in it
    m_inset->setAxisLabels(tr("half-width w"), tr("largest gap"));
    m_inset->setMinimumSize(300, 220);
    m_reference = graph(m_inset, palette::axis, Qt::DashLine, 1.2);
    m_referenceText = new QCPItemText(m_inset);
    m_referenceText->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_referenceText->setSelectable(false);
    m_gaps = graph(m_inset, palette::tangent, Qt::SolidLine, 1.6);
    m_gaps->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    m_rounding = graph(m_inset, kRounding, Qt::SolidLine, 1.0);
    m_rounding->setLineStyle(QCPGraph::lsNone);
    m_rounding->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kRounding, 5));
    m_current = graph(m_inset, palette::point, Qt::SolidLine, 1.0);
    m_current->setLineStyle(QCPGraph::lsNone);
    m_current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, palette::point, palette::point, 10));

    auto label = [this](bool rich) {
        auto* l = new QLabel(this);
        l->setWordWrap(true);
        l->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
        return l;
    };
    m_title = new FigureTitle(this);
    m_readout = label(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_readout->setFont(big);
    m_readout->setAccessibleName(tr("Largest gap"));
    m_slopeLabel = label(false);
    m_equation = label(true);
    m_bendingLabel = label(false);
    m_newtonLabel = label(false);
    m_note = label(false);
    m_note->setAccessibleName(tr("Note"));

    auto* side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("<b>The gap against the window</b> (log-log)"), this));
    side->addWidget(m_inset, 2);
    side->addWidget(m_slopeLabel);
    side->addWidget(m_equation);
    side->addWidget(m_bendingLabel);
    side->addWidget(m_newtonLabel);
    side->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_plot, 3);
    top->addLayout(side, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(top, 1);
    layout->addWidget(m_readout);
    layout->addWidget(m_note);

    connect(m_point, &DraggableHandle::pressed, this, [this] { m_dragging = true; });
    connect(m_point, &DraggableHandle::released, this, [this] {
        m_dragging = false;
        update();
    });
    connect(m_point, &DraggableHandle::dragged, this, [this](QPointF p) { m_lesson->setX(p.x()); });
    connect(lesson, &ZoomLesson::functionChanged, this, &ZoomFigure::rebuildCurve);
    connect(lesson, &ZoomLesson::changed, this, &ZoomFigure::update);
    // The tangent's sentence is coloured for the label's own background: redrawn when that changes.
    onPaletteChange(m_equation, [this] { update(); });
    rebuildCurve();
    update();
}

ZoomFigure::~ZoomFigure() {
    delete m_curve;
}

void ZoomFigure::resetView() {
    applyWindow();
    m_plot->replot();
}

bool ZoomFigure::eventFilter(QObject* watched, QEvent* event) {
    // The wheel zooms the magnifier (a tenth of a decade a notch), about the point as the slider does.
    if (watched == m_plot && event->type() == QEvent::Wheel) {
        const int delta = static_cast<QWheelEvent*>(event)->angleDelta().y();
        if (delta != 0) m_lesson->setHalfWidth(m_lesson->halfWidth() * std::pow(10.0, -0.1 * delta / 120.0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ZoomFigure::rebuildCurve() {
    m_curve->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax());
    m_title->setFunction(*m_lesson->function());
}

void ZoomFigure::updateAxisLabels() {
    const QString v = m_lesson->variable();
    const double a = m_lesson->x(), w = m_lesson->halfWidth(), fa = m_lesson->value();
    // One scheme for both axes, so that the picture keeps one unit of x as long as one of y in words too.
    const bool offsets =
        std::isfinite(fa) && (OffsetTicker::needsOffsets(a, w) || OffsetTicker::needsOffsets(fa, w));
    m_xTicker->setOrigin(offsets ? a : std::nan(""));
    m_yTicker->setOrigin(offsets ? fa : std::nan(""));
    if (offsets)
        m_plot->setAxisLabels(tr("%1 − a   (a %2)").arg(v, originText(a)),
                              tr("f(%1) − f(a)   (f(a) %2)").arg(v, originText(fa)));
    else
        m_plot->setAxisLabels(v, QStringLiteral("f(%1)").arg(v));
}

void ZoomFigure::applyWindow() {
    const double a = m_lesson->x(), w = m_lesson->halfWidth();
    const double fa = m_lesson->value();
    const QRect r = m_plot->axisRect()->rect();
    const double ratio = r.width() > 0 && r.height() > 0 ? double(r.height()) / r.width() : 0.6;
    const double cy = std::isfinite(fa) ? fa : 0.0;
    m_plot->xAxis->setRange(a - w, a + w);
    m_plot->yAxis->setRange(cy - w * ratio, cy + w * ratio);
}

void ZoomFigure::update() {
    const CompiledFunction& f = *m_lesson->function();
    const double a = m_lesson->x(), w = m_lesson->halfWidth(), fa = f.value(a);
    if (!m_dragging) applyWindow();
    updateAxisLabels();
    m_point->setPosition(QPointF(a, fa));

    const LocalLine line = m_lesson->line();
    m_tangent->setVisible(line.hasLine() || line.kind == LocalLine::Vertical);
    if (line.hasLine()) {
        m_tangent->point1->setCoords(a, fa);
        m_tangent->point2->setCoords(a + 1, fa + line.slope);
    } else if (line.kind == LocalLine::Vertical) {
        m_tangent->point1->setCoords(a, fa);
        m_tangent->point2->setCoords(a, fa + 1);
    }
    // A dashed line at a corner: it is no tangent.
    m_tangent->setPen(
        QPen(palette::tangent, 2.2, line.kind == LocalLine::Corner ? Qt::DashLine : Qt::SolidLine));

    // The Taylor polynomials over the view (a little past it, so that panning shows no ends).
    const TaylorExpansion t = m_lesson->taylor();
    const bool smooth = line.kind == LocalLine::Tangent && t.ok;
    const QCPRange xr = m_plot->xAxis->range();
    for (auto [g, order, shown] : {std::tuple{m_parabola, 2, m_lesson->showsParabola()},
                                   std::tuple{m_cubic, 3, m_lesson->showsCubic()}}) {
        QVector<double> xs, ys;
        const bool finite = smooth && std::isfinite(t.polynomial(a, order)) &&
                            std::isfinite(t.coefficients[static_cast<std::size_t>(order)]);
        if (shown && finite)
            for (int i = 0; i <= kPolynomialSamples; ++i) {
                const double x = xr.lower - 0.5 * xr.size() + 2.0 * xr.size() * i / kPolynomialSamples;
                xs << x;
                ys << t.polynomial(x, order);
            }
        g->setData(xs, ys, true);
        g->setVisible(shown && finite);
    }

    // The osculating circle: the arc in view (an ellipse item at 10⁶ times the view would overflow pixels).
    const OsculatingCircle c = m_lesson->circle();
    QVector<double> cx, cy, ct;
    if (m_lesson->showsCircle() && c.exists) {
        const double at = std::atan2(fa - c.centreY, a - c.centreX);
        const double span = std::min(M_PI, 3.0 * w / c.radius);
        for (int i = 0; i <= 360; ++i) {
            const double th = at - span + 2 * span * i / 360;
            ct << i;
            cx << c.centreX + c.radius * std::cos(th);
            cy << c.centreY + c.radius * std::sin(th);
        }
    }
    m_circle->setData(ct, cx, cy);
    m_circle->setVisible(m_lesson->showsCircle() && c.exists);

    const NewtonStep n = m_lesson->newton();
    const bool newton = m_lesson->showsNewton() && smooth && n.kind != NewtonStep::NoVertex;
    if (newton) {
        const double yN = t.polynomial(n.x, 2);
        m_newton->setData({n.x}, {yN});
        m_newtonText->position->setCoords(n.x, yN);
    } else {
        m_newton->data()->clear();
    }
    m_newton->setVisible(newton);
    m_newtonText->setVisible(newton);

    updateInset();
    updateSentences();
    m_plot->replot();
}

void ZoomFigure::updateInset() {
    const GapCurve& curve = m_lesson->gapCurve();
    QVector<double> cw, cg, rw, rg;
    double lo = 1e300, hi = 0;
    for (const TangentGap& g : curve.points) {
        if (!(std::isfinite(g.gap) && g.gap > 0)) continue;
        (g.isRounding() ? rw : cw) << g.halfWidth;
        (g.isRounding() ? rg : cg) << g.gap;
        lo = std::min(lo, g.gap);
        hi = std::max(hi, g.gap);
    }
    m_gaps->setData(cw, cg, true);
    m_rounding->setData(rw, rg, true);
    const TangentGap now = m_lesson->gap();
    if (std::isfinite(now.gap) && now.gap > 0)
        m_current->setData({now.halfWidth}, {now.gap});
    else
        m_current->data()->clear();
    // The reference slope through the smallest clean window, where it is measured: the order of the first
    // Taylor term after the tangent (2, or 3 where f″ = 0, …), 1 at a corner.
    QVector<double> refW, refG;
    const int reference = m_lesson->referenceSlope();
    if (reference > 0 && curve.hasSlope() && std::fabs(curve.slope - reference) < 0.2) {
        for (const TangentGap& g : curve.points)
            if (g.halfWidth == curve.smallestClean)
                for (double w : {ZoomLesson::kMaxHalfWidth, ZoomLesson::kMinHalfWidth}) {
                    refW << w;
                    refG << 3.0 * g.gap * std::pow(w / g.halfWidth, reference);
                }
    }
    m_reference->setData(refW, refG, true);
    const QString name = tr("∝ %1").arg(powerOfW(reference));
    m_reference->setName(name);
    m_referenceText->setText(name);
    m_referenceText->setVisible(!refW.isEmpty());
    if (!refW.isEmpty()) {
        // Above the line, halfway (in log w) down the windows it was measured over, clear of the dots.
        const double w = std::sqrt(curve.smallestClean * ZoomLesson::kMaxHalfWidth);
        m_referenceText->position->setCoords(w, refG[0] * std::pow(w / refW[0], reference));
    }
    m_inset->xAxis->setRange(ZoomLesson::kMinHalfWidth / 2, ZoomLesson::kMaxHalfWidth * 2);
    if (hi > 0) LessonPlot::setLogRange(m_inset->yAxis, lo, hi);
    m_inset->replot();
}

void ZoomFigure::updateSentences() {
    const QString v = m_lesson->variable();
    const double a = m_lesson->x(), w = m_lesson->halfWidth();
    const LocalLine line = m_lesson->line();
    const TangentGap g = m_lesson->gap();
    const GapCurve& curve = m_lesson->gapCurve();
    const QString where = QStringLiteral("%1 = %2").arg(v, formatValue(a));

    // The readout: the largest gap in this window.
    if (line.hasLine() && std::isfinite(g.gap))
        m_readout->setText(tr("Window %1 ± <b>%2</b>: largest gap between curve and %3 <b>%4</b> "
                              "(%5 of the window's width)")
                               .arg(formatValue(a), formatValue(w, 3),
                                    line.kind == LocalLine::Corner ? tr("line") : tr("tangent"),
                                    formatValue(g.gap, 3), formatValue(g.gap / (2 * w), 3)));
    else if (line.hasLine())
        m_readout->setText(
            tr("Window %1 ± <b>%2</b>: f has no value somewhere in this window, so there is no "
               "largest gap")
                .arg(formatValue(a), formatValue(w, 3)));
    else
        m_readout->setText(tr("Window %1 ± <b>%2</b>").arg(formatValue(a), formatValue(w, 3)));

    // The measured slope of the inset.
    if (curve.hasSlope()) {
        QString text =
            tr("Measured slope %1 (between w = %2 and %3): shrinking the window 10× divides the gap "
               "by about %4.")
                .arg(withDisplayDecimal(QString::number(curve.slope, 'f', 2)), formatValue(curve.slopeTo, 2),
                     formatValue(curve.slopeFrom, 2), QString::number(std::pow(10.0, curve.slope), 'f', 0));
        const int reference = m_lesson->referenceSlope();
        if (m_reference->dataCount() > 0 && reference > 2)
            text += QLatin1Char(' ') + tr("The dashed line is ∝ %1: the first Taylor term after the tangent "
                                          "that is not zero has order %2, not 2.")
                                           .arg(powerOfW(reference))
                                           .arg(reference);
        else if (m_reference->dataCount() > 0)
            text += QLatin1Char(' ') + tr("The dashed line is ∝ %1.").arg(powerOfW(reference));
        m_slopeLabel->setText(text);
    } else if (line.hasLine())
        m_slopeLabel->setText(tr("No slope to measure: the gap is rounding (or none) in every window, so f "
                                 "is a straight line here."));
    else
        m_slopeLabel->setText(QString());

    // The tangent's equation y = m·x + c.
    if (line.kind == LocalLine::Tangent) {
        const double c = line.value - line.slope * a;
        m_equation->setText(tr("<span style='color:%1'>Tangent</span>: y = %2·%3 %4 %5 &nbsp; (f(a) = %6, "
                               "f′(a) = %7)")
                                .arg(htmlColour(palette::tangent, m_equation), formatValue(line.slope), v,
                                     c < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                                     formatValue(std::fabs(c)), formatValue(line.value),
                                     formatValue(line.slope)));
    } else {
        m_equation->setText(QString());
    }

    // How f bends, from the sign of f″.
    const TaylorExpansion t = m_lesson->taylor();
    if (line.kind == LocalLine::Tangent && t.ok && std::isfinite(t.values[2])) {
        QString bend;
        switch (m_lesson->bending()) {
        case Bending::Up:
            bend = tr("bending up: f″ > 0");
            break;
        case Bending::Down:
            bend = tr("bending down: f″ < 0");
            break;
        case Bending::None:
            bend = tr("no bending at this order");
            break;
        case Bending::Unknown:
            break;
        }
        // f″(a) once: "≈ 0" where it is only round-off (sin at π), as bendingAt reads it.
        const bool flat = m_lesson->bending() == Bending::None;
        const QString second = flat && t.values[2] != 0.0 ? QStringLiteral("≈ 0")
                                                          : QStringLiteral("= ") + formatValue(t.values[2]);
        QString text = tr("f″(a) %1, %2. Parabola: y = %3 %4 %5·(%6 − a) %7 %8·(%6 − a)²")
                           .arg(second, bend, formatValue(t.coefficients[0]),
                                t.coefficients[1] < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                                formatValue(std::fabs(t.coefficients[1])), v,
                                t.coefficients[2] < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                                formatValue(std::fabs(t.coefficients[2])));
        if (m_lesson->showsCubic() && std::isfinite(t.coefficients[3]))
            text += tr("; cubic term %1·(%2 − a)³").arg(formatValue(t.coefficients[3]), v);
        const OsculatingCircle c = m_lesson->circle();
        if (m_lesson->showsCircle())
            text += c.exists ? tr(". Osculating circle: radius (1 + f′²)^{3/2}/|f″| = %1, centre (%2, %3)")
                                   .arg(formatValue(c.radius, 4), formatValue(c.centreX, 4),
                                        formatValue(c.centreY, 4))
                             : tr(". No osculating circle: its radius (1 + f′²)^{3/2}/|f″| is infinite");
        m_bendingLabel->setText(text + QLatin1Char('.'));
    } else {
        m_bendingLabel->setText(QString());
    }

    // Newton's step and its link to gradient descent.
    const NewtonStep n = m_lesson->newton();
    const QString lrLesson = QCoreApplication::translate("Lessons", "The learning rate");
    if (line.kind != LocalLine::Tangent || !t.ok)
        m_newtonLabel->setText(QString());
    else if (n.kind == NewtonStep::Minimum)
        // 2/f″ is the critical rate of f itself only when f is its own parabola.
        m_newtonLabel->setText(
            tr("Newton's step: x⁺ = a − f′/f″ = %1, the parabola's lowest point. Gradient "
               "descent with η = 1/f″ = %2 jumps to the same point; η = 2/f″ = %3 is the "
               "critical rate of the lesson \"%4\" %5.")
                .arg(formatValue(n.x), formatValue(n.newtonRate), formatValue(n.criticalRate), lrLesson,
                     m_lesson->isQuadratic() ? tr("(f is quadratic: its parabola is f itself)")
                                             : tr("for the local quadratic model only: f is not "
                                                  "quadratic, so near here, not everywhere")));
    else if (n.kind == NewtonStep::Maximum && n.x == m_lesson->x())
        // f′(a) = 0: a is the top itself, and no step moves (1/f″ and 2/f″ are still negative).
        m_newtonLabel->setText(
            tr("Newton's step: x⁺ = a − f′/f″ = %1 = a, as f′(a) = 0: the point is the parabola's "
               "highest point, and neither Newton's method nor gradient descent moves from it; 1/f″ and "
               "2/f″ are negative, so they are not learning rates.")
                .arg(formatValue(n.x)));
    else if (n.kind == NewtonStep::Maximum)
        m_newtonLabel->setText(
            tr("Newton's step: x⁺ = a − f′/f″ = %1 is the parabola's highest point: Newton's method "
               "heads uphill here, while gradient descent goes down, so 1/f″ and 2/f″ are not "
               "learning rates.")
                .arg(formatValue(n.x)));
    else
        m_newtonLabel->setText(
            tr("Newton's step: none, as the parabola is the tangent itself, a line with no lowest "
               "point, so a − f′/f″ does not exist."));

    // At a corner, or where rounding takes over, the lesson says so.
    if (line.kind == LocalLine::Corner)
        m_note->setText(
            tr("f has a corner at %1: the slope from the left is %2, from the right %3. However far "
               "you zoom in, the curve keeps its corner: the gap shrinks only like the width "
               "(slope 1), never like its square, so f never looks straight here. The dashed line "
               "has the mean of the two slopes (%4): it is no tangent.")
                .arg(where, formatValue(line.left), formatValue(line.right), formatValue(line.slope)));
    else if (line.kind == LocalLine::Vertical)
        m_note->setText(
            tr("The tangent at %1 is vertical: f′ grows without bound, so no line y = m·x + c fits.")
                .arg(where));
    else if (line.kind == LocalLine::Undefined)
        m_note->setText(tr("f is not defined at %1, so it has no tangent there.").arg(where));
    else if (m_lesson->roundingDominates())
        m_note->setText(
            tr("At this zoom the gap (%1) is below %2 times its rounding (about %3): what is left is "
               "the arithmetic of doubles, not the curve. Animate stops at w = %4.")
                .arg(formatValue(g.gap, 2))
                .arg(kRoundingFactor)
                .arg(formatValue(g.roundOff, 2), formatValue(m_lesson->animationEndHalfWidth(), 2)));
    else
        m_note->setText(QString());
    setAccessibleDescription(m_readout->text());
}

} // namespace gradlab
