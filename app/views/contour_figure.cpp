#include "views/contour_figure.h"

#include "expression/printer.h"
#include "function/point_classification.h"
#include "geometry/curve_sampling.h"
#include "lessons/contour_lesson.h"
#include "lessons/number_format.h"
#include "plotting/arrow_caption.h"
#include "plotting/arrow_item.h"
#include "plotting/arrow_labels.h"
#include "plotting/contour_map.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"
#include "plotting/quadratic_model_item.h"
#include "widgets/appearance.h"
#include "widgets/figure_title.h"
#include "widgets/steady_label.h"

#include <QGridLayout>
#include <QLabel>
#include <cmath>

namespace gradlab {

namespace {
QCPGraph* marker(LessonPlot* plot) {
    QCPGraph* g = plot->addGraph();
    g->setLayer(plot->overlayLayer());
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 1.5), QBrush(palette::point), 11));
    return g;
}

QCPItemStraightLine* tangent(LessonPlot* plot) {
    auto* l = new QCPItemStraightLine(plot);
    l->setLayer(plot->overlayLayer());
    l->setPen(QPen(palette::tangent, 2));
    return l;
}
} // namespace

ContourFigure::ContourFigure(ContourLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_title = new FigureTitle(this);
    m_map = new LessonPlot(this);
    m_map->setAccessibleName(tr("Contour map with gradient"));
    m_contours = new ContourMap(m_map);
    m_partialX = new ArrowItem(m_map, palette::partialX, QStringLiteral("∂f/∂x"));
    m_partialY = new ArrowItem(m_map, palette::partialY, QStringLiteral("∂f/∂y"));
    m_negative = new ArrowItem(m_map, palette::descent, QStringLiteral("−∇f"));
    m_gradient = new ArrowItem(m_map, palette::gradient, QStringLiteral("∇f"), 3.2);
    // Under the arrows and the point: the Hessian's curves describe the neighbourhood, the arrows the point.
    m_quadratic = std::make_unique<QuadraticModelItem>(m_map, palette::hessian);
    m_handle = new DraggableHandle(m_map, palette::point, tr("point"));

    m_sliceX = new LessonPlot(this);
    m_sliceY = new LessonPlot(this);
    m_sliceX->setAccessibleName(tr("Slice along x"));
    m_sliceY->setAccessibleName(tr("Slice along y"));
    m_sliceXGraph = m_sliceX->addGraph();
    m_sliceYGraph = m_sliceY->addGraph();
    for (QCPGraph* g : {m_sliceXGraph, m_sliceYGraph}) {
        g->setPen(QPen(palette::curve, 2.2));
        g->setLayer(g == m_sliceXGraph ? m_sliceX->overlayLayer() : m_sliceY->overlayLayer());
    }
    m_tangentX = tangent(m_sliceX);
    m_tangentY = tangent(m_sliceY);
    m_sliceXPoint = marker(m_sliceX);
    m_sliceYPoint = marker(m_sliceY);

    m_readout = new SteadyLabel(this);
    m_readout->label()->setTextFormat(Qt::RichText);
    m_readout->label()->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.08);
    m_readout->setFont(big);
    m_readout->label()->setAccessibleName(tr("Gradient readouts"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_map, 1, 0, 2, 1);
    grid->addWidget(m_sliceX, 1, 1);
    grid->addWidget(m_sliceY, 2, 1);
    grid->addWidget(m_readout, 3, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);

    connect(m_handle, &DraggableHandle::dragged, lesson, &SurfaceLesson::setPoint);
    // A click on the map puts the point there, as in the race.
    connect(m_map, &LessonPlot::backgroundClicked, lesson, &SurfaceLesson::setPoint);
    connect(lesson, &SurfaceLesson::functionChanged, this, &ContourFigure::rebuildMap);
    connect(lesson, &SurfaceLesson::changed, this, &ContourFigure::update);
    onPaletteChange(m_readout, [this] { update(); });
    // The arrows are sized to the view's pixels: every frame is laid out before it is drawn, and a zoom, a
    // pan or a resize (and the first layout, before which the map has no pixels) fits them again there,
    // within the same replot, once however often the ranges moved on the way.
    connect(m_map, &QCustomPlot::afterLayout, this, [this] {
        if (m_map->axisRect()->rect() != m_fittedRect || m_map->xAxis->range() != m_fittedX ||
            m_map->yAxis->range() != m_fittedY)
            fitArrows();
    });
    rebuildMap();
    update();
}

ContourFigure::~ContourFigure() = default;

void ContourFigure::resetView() {
    m_map->resetView();
    m_sliceX->rescaleAxes();
    m_sliceY->rescaleAxes();
}

void ContourFigure::rebuildMap() {
    const CompiledFunction& f = *m_lesson->function();
    m_title->setFunction(f, false);
    m_map->setAxisLabels(m_lesson->variable(0), m_lesson->variable(1));
    // One arrow scale per function and rectangle: its typical slope is drawn about a quarter of the
    // rectangle long.
    m_typicalSlope = typicalSlope(f, m_lesson->xMin(), m_lesson->xMax(), m_lesson->yMin(), m_lesson->yMax());
    m_arrowScale = ArrowScale(m_typicalSlope, 0.25 * std::min(m_lesson->xMax() - m_lesson->xMin(),
                                                              m_lesson->yMax() - m_lesson->yMin()));
    // Last: showing the map sets its home view, which replots it whole (with the labels and arrow scale
    // above); a second full replot here drew the same frame again.
    m_contours->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax(), m_lesson->yMin(),
                     m_lesson->yMax(),
                     QStringLiteral("f(%1, %2)").arg(m_lesson->variable(0), m_lesson->variable(1)));
}

QString ContourFigure::explanation(const SurfacePoint& kind, ArrowFit fit, double norm) const {
    const QString l1 = formatValue(kind.eigenvalues[0], 4), l2 = formatValue(kind.eigenvalues[1], 4);
    switch (kind.kind) {
    case SurfacePointKind::Undefined:
        return tr("f or its gradient is not defined here.");
    case SurfacePointKind::Sloped:
        break;
    case SurfacePointKind::Minimum:
    case SurfacePointKind::Maximum:
    case SurfacePointKind::Saddle:
    case SurfacePointKind::Undetermined: {
        const QString flat =
            tr("∇f ≈ 0 here (|∇f| = %1, under %2 of this function's typical slope %3): a "
               "flat point, with no arrows to draw.")
                .arg(formatValue(norm, 3), QStringLiteral("%1 %").arg(kFlatGradientRelative * 100),
                     formatValue(m_typicalSlope, 3));
        QString what;
        if (kind.kind == SurfacePointKind::Minimum)
            what = tr("The Hessian's eigenvalues %1 and %2 are both positive: a <b>minimum</b>, the surface "
                      "curves up in every direction.");
        else if (kind.kind == SurfacePointKind::Maximum)
            what = tr("The Hessian's eigenvalues %1 and %2 are both negative: a <b>maximum</b>, the surface "
                      "curves down in every direction.");
        else if (kind.kind == SurfacePointKind::Saddle)
            what = tr("The Hessian's eigenvalues %1 and %2 have opposite signs: a <b>saddle point</b>, up "
                      "one way and down another.");
        else {
            // Second derivatives cannot decide; the values around the point can, and the sentence says
            // what was measured.
            const QPointF p = m_lesson->point();
            const double at[2] = {p.x(), p.y()};
            const Neighbourhood around = probeNeighbourhood(*m_lesson->function(), at);
            const QString probed = tr("%1 nearby points, up to %2 away,")
                                       .arg(around.probes)
                                       .arg(formatValue(around.farthest, 3));
            QString verdict;
            if (around.probes == 0)
                verdict = tr("f is not defined around it, so the kind of point is unknown.");
            else if (!around.lower && around.higher)
                verdict = tr("f is no lower at any of %1 so it is a <b>minimum</b> (as far as those probes "
                             "see).")
                              .arg(probed);
            else if (around.lower && !around.higher)
                verdict = tr("f is no higher at any of %1 so it is a <b>maximum</b> (as far as those probes "
                             "see).")
                              .arg(probed);
            else if (around.lower && around.higher)
                verdict = tr("Among %1 f is lower at some and higher at others: <b>neither a minimum nor a "
                             "maximum</b>.")
                              .arg(probed);
            else
                verdict = tr("f has the same value at all %1 flat all around.").arg(probed);
            what = tr("The Hessian's eigenvalues are %1 and %2: it is singular (a degenerate flat point), so "
                      "second derivatives <b>cannot tell</b> what kind of point this is.") +
                   QLatin1Char(' ') + verdict;
        }
        return flat + QLatin1Char(' ') + what.arg(l1, l2);
    }
    }
    const QString uphill = tr("The gradient points uphill, at right angles to the contour through the "
                              "point; −∇f points downhill. Each slice's tangent has the slope of one "
                              "partial derivative.");
    if (fit == ArrowFit::TooShort)
        return arrowCaption(fit, norm, m_arrowScale) +
               tr(" The surface is nearly flat here, but not flat: zoom in to see the arrows.");
    return uphill + QLatin1Char(' ') + arrowCaption(fit, norm, m_arrowScale);
}

double ContourFigure::modelReach() const {
    return 0.2 * std::min(m_lesson->xMax() - m_lesson->xMin(), m_lesson->yMax() - m_lesson->yMin());
}

QString ContourFigure::eigenvalueText(int i) const {
    const QString name = i == 0 ? QStringLiteral("λ₁") : QStringLiteral("λ₂");
    const double lambda = m_axes.eigenvalues[i];
    // An eigenvalue that counts as zero next to the other is said to be ≈ 0, not printed as round-off.
    if (bendSign(m_axes, i) == 0 && lambda != 0.0) return name + QStringLiteral(" ≈ 0");
    return name + QStringLiteral(" = ") + formatValue(lambda, 4);
}

QString ContourFigure::axisLabel(int i) const {
    switch (bendSign(m_axes, i)) {
    case 1:
        return tr("%1: curves up").arg(eigenvalueText(i));
    case -1:
        return tr("%1: curves down").arg(eigenvalueText(i));
    default:
        return tr("%1: straight").arg(eigenvalueText(i));
    }
}

QString ContourFigure::hessianText() const {
    if (!m_lesson->showHessian()) return {};
    if (!m_axes.finite) return tr("The Hessian is not defined here.");
    const double* h = m_axes.hessian;
    // Its three entries by name (H is symmetric: ∂²f/∂x∂y = ∂²f/∂y∂x), not as a nested list.
    const QString x = m_lesson->variable(0), y = m_lesson->variable(1);
    // Listed as numbers are ("; " between them where the decimal separator is a comma).
    const QString matrix =
        tr("Hessian H: %1")
            .arg(shownList({QStringLiteral("∂²f/∂%1² = %2").arg(x, formatValue(h[0], 4)),
                            QStringLiteral("∂²f/∂%1∂%2 = %3").arg(x, y, formatValue(h[1], 4)),
                            QStringLiteral("∂²f/∂%1² = %2").arg(y, formatValue(h[3], 4))}));
    // At a flat point the sentence above already names the point from these signs; elsewhere the signs say
    // what the surface looks like around the point, which is not a kind of point.
    QString shape;
    if (m_kind.kind == SurfacePointKind::Sloped) {
        switch (m_axes.shape) {
        case CurvatureShape::Bowl:
            shape = tr("Both positive: near here the surface is <b>bowl-shaped</b>, curving up in every "
                       "direction (but this is no minimum: ∇f is not 0).");
            break;
        case CurvatureShape::Dome:
            shape = tr("Both negative: near here the surface is <b>dome-shaped</b>, curving down in every "
                       "direction (but this is no maximum: ∇f is not 0).");
            break;
        case CurvatureShape::Saddle:
            shape =
                tr("Opposite signs: near here the surface is <b>saddle-shaped</b>, curving down along one "
                   "eigen-direction and up along the other.");
            break;
        case CurvatureShape::Trough:
            shape = tr("One is 0, the other positive: near here the surface is a <b>trough</b>, curving up "
                       "across it and straight along it (to second order).");
            break;
        case CurvatureShape::Ridge:
            shape = tr("One is 0, the other negative: near here the surface is a <b>ridge</b>, curving down "
                       "across it and straight along it (to second order).");
            break;
        case CurvatureShape::Flat:
            shape = tr("Both are 0: to second order the surface is <b>flat</b> (a tilted plane) here.");
            break;
        case CurvatureShape::Undefined:
            break;
        }
        shape += QLatin1Char(' ');
    }
    QString drawn;
    const QString c = formatValue(m_quadratic->levelSet().level, 3);
    switch (m_axes.shape) {
    case CurvatureShape::Bowl:
    case CurvatureShape::Dome:
        drawn = tr("The ellipse is where the quadratic part of the local model, ½ dᵀHd, is %1%2; its axes "
                   "are the eigen-directions, shorter where the surface curves more.")
                    .arg(m_axes.shape == CurvatureShape::Bowl ? QString() : QStringLiteral("−"), c);
        break;
    case CurvatureShape::Saddle:
        drawn = tr("The hyperbolas are where ½ dᵀHd = ±%1: the model rises along λ₂'s direction and falls "
                   "along λ₁'s.")
                    .arg(c);
        break;
    case CurvatureShape::Trough:
    case CurvatureShape::Ridge:
        drawn = tr("The parallel lines are where ½ dᵀHd = %1%2: along them the model does not change.")
                    .arg(m_axes.shape == CurvatureShape::Trough ? QString() : QStringLiteral("−"), c);
        break;
    case CurvatureShape::Flat:
        drawn = tr("½ dᵀHd is 0 in every direction: there is no curve to draw.");
        break;
    case CurvatureShape::Undefined:
        break;
    }
    return tr("%1: eigenvalues %2.").arg(matrix, shownList({eigenvalueText(0), eigenvalueText(1)})) +
           QLatin1Char(' ') + shape + drawn;
}

QString ContourFigure::readoutText() const {
    return m_readout->text();
}

void ContourFigure::fitArrows() {
    const CompiledFunction& f = *m_lesson->function();
    const QPointF p = m_lesson->point();
    const QPointF g = m_lesson->gradient();
    const double norm = std::hypot(g.x(), g.y());
    // Arrow lengths mean slope: one scale for the function (set in rebuildMap), so |∇f| = 0.015 near a
    // saddle is drawn ~300 times shorter than |∇f| = 4.5 elsewhere. What is too short to see, or too long
    // for the view, is not drawn to scale and the readout says so. Pixels exist only once the plot is laid
    // out: until then (and after each resize) the afterLayout hook fits the arrows again.
    m_fittedRect = m_map->axisRect()->rect();
    m_fittedX = m_map->xAxis->range();
    m_fittedY = m_map->yAxis->range();
    double drawn = 0.0;
    ArrowFit fit = ArrowFit::Undefined;
    double pixelsPerX = 0.0, pixelsPerY = 0.0;
    if (std::isfinite(norm)) {
        // Pixels per unit of length along x, along y and along ∇f (the axes may differ in scale).
        const QPointF u = norm > 0 ? g / norm : QPointF(1, 0);
        pixelsPerX = std::fabs(m_map->xAxis->coordToPixel(p.x() + 1) - m_map->xAxis->coordToPixel(p.x()));
        pixelsPerY = std::fabs(m_map->yAxis->coordToPixel(p.y() + 1) - m_map->yAxis->coordToPixel(p.y()));
        const double perUnit = std::max(std::hypot(u.x() * pixelsPerX, u.y() * pixelsPerY), 1e-12);
        const double side = std::min(m_map->axisRect()->width(), m_map->axisRect()->height());
        fit = m_arrowScale.fit(norm, kMinArrowPixels / perUnit, 0.45 * side / perUnit, &drawn);
    }
    m_fit = fit;
    // A flat point has no arrows, however far one zooms in: the readout names its kind instead.
    const bool show =
        m_kind.kind == SurfacePointKind::Sloped && (fit == ArrowFit::Drawn || fit == ArrowFit::Shortened);
    for (ArrowItem* a : {m_partialX, m_partialY, m_gradient, m_negative})
        a->setVisible(show);
    if (show) {
        const double k = drawn / norm; // length per unit of slope, shortened if need be
        m_partialX->set(p, p + QPointF(g.x() * k, 0));
        m_partialY->set(p, p + QPointF(0, g.y() * k));
        m_gradient->set(p, p + g * k);
        m_negative->set(p, p - g * k);
        // A partial too short to see is left out rather than drawn as a dot.
        m_partialX->setVisible(std::fabs(g.x() * k) * pixelsPerX >= kMinArrowPixels / 2);
        m_partialY->setVisible(std::fabs(g.y() * k) * pixelsPerY >= kMinArrowPixels / 2);
        // Labels beside their own heads, clear of each other, of every arrow and of the point's disc.
        QRectF disc(QPointF(0, 0), QSizeF(2 * LessonPlot::kGrabRadius, 2 * LessonPlot::kGrabRadius) * 0.8);
        disc.moveCenter(QPointF(m_map->xAxis->coordToPixel(p.x()), m_map->yAxis->coordToPixel(p.y())));
        placeArrowLabels({m_gradient, m_negative, m_partialX, m_partialY}, m_map->axisRect()->rect(), {disc});
    }
    if (m_quadratic->isVisible()) {
        // Clear of the point and of the arrows and their labels, which were placed first.
        QRectF disc(QPointF(0, 0), QSizeF(2 * LessonPlot::kGrabRadius, 2 * LessonPlot::kGrabRadius));
        disc.moveCenter(QPointF(m_map->xAxis->coordToPixel(p.x()), m_map->yAxis->coordToPixel(p.y())));
        QList<QPainterPath> avoid;
        avoid << QPainterPath();
        avoid.last().addEllipse(disc);
        for (ArrowItem* a : {m_gradient, m_negative, m_partialX, m_partialY})
            if (a->isVisible()) {
                avoid << a->pixelShape();
                avoid << QPainterPath();
                avoid.last().addRect(a->labelPixelRect());
            }
        m_quadratic->placeLabels(m_map->axisRect()->rect(), avoid);
    }

    const QString x = m_lesson->variable(0), y = m_lesson->variable(1);
    auto formula = [&f](int i) { return QString::fromStdString(toUnicode(f.partial(i))).toHtmlEscaped(); };
    m_readout->setText(
        tr("At (%1, %2): f = <b>%3</b> &nbsp;&nbsp; <span style='color:%4'>∂f/∂%5 = %6 = <b>%7</b></span> "
           "&nbsp;&nbsp; "
           "<span style='color:%8'>∂f/∂%9 = %10 = <b>%11</b></span> &nbsp;&nbsp; <span "
           "style='color:%12'>|∇f| = <b>%13</b></span><br>"
           "%14%15")
            .arg(formatValue(p.x(), 4), formatValue(p.y(), 4), formatValue(m_lesson->value()),
                 htmlColour(palette::partialX, m_readout), x, formula(0), formatValue(g.x()),
                 htmlColour(palette::partialY, m_readout), y, formula(1), formatValue(g.y()),
                 htmlColour(palette::gradient, m_readout), formatValue(norm))
            .arg(explanation(m_kind, fit, norm),
                 m_lesson->showHessian() ? QStringLiteral("<br>") + hessianText() : QString()));
}

void ContourFigure::update() {
    const CompiledFunction& f = *m_lesson->function();
    const QPointF p = m_lesson->point();
    const double value = m_lesson->value();
    const QPointF g = m_lesson->gradient();
    m_handle->setPosition(p);
    const double at[2] = {p.x(), p.y()};
    m_kind = classifySurfacePoint(f, at, m_typicalSlope);
    m_axes = gradlab::hessianAxesAt(f, at);
    if (m_lesson->showHessian()) {
        const QString labels[2] = {axisLabel(0), axisLabel(1)};
        m_quadratic->set(p, m_axes, modelReach(), labels);
    }
    m_quadratic->setVisible(m_lesson->showHessian());
    fitArrows();
    m_map->replotOverlay();

    // Slices through the point: along x at y = y₀ and along y at x = x₀.
    const int n = 300;
    QVector<double> sx(n), sy(n), tx(n), ty(n);
    for (int i = 0; i < n; ++i) {
        sx[i] = m_lesson->xMin() + (m_lesson->xMax() - m_lesson->xMin()) * i / (n - 1);
        ty[i] = m_lesson->yMin() + (m_lesson->yMax() - m_lesson->yMin()) * i / (n - 1);
        const double a[2] = {sx[i], p.y()}, b[2] = {p.x(), ty[i]};
        sy[i] = f.value(a);
        tx[i] = f.value(b);
        if (!std::isfinite(sy[i])) sy[i] = std::nan("");
        if (!std::isfinite(tx[i])) tx[i] = std::nan("");
    }
    m_sliceXGraph->setData(sx, sy, true);
    m_sliceYGraph->setData(ty, tx, true);
    m_sliceXPoint->setData({p.x()}, {value}, true);
    m_sliceYPoint->setData({p.y()}, {value}, true);
    m_tangentX->point1->setCoords(p.x(), value);
    m_tangentX->point2->setCoords(p.x() + 1, value + g.x());
    m_tangentY->point1->setCoords(p.y(), value);
    m_tangentY->point2->setCoords(p.y() + 1, value + g.y());
    m_tangentX->setVisible(std::isfinite(g.x()) && std::isfinite(value));
    m_tangentY->setVisible(std::isfinite(g.y()) && std::isfinite(value));
    const QString x = m_lesson->variable(0), y = m_lesson->variable(1);
    const Range rx = suggestRange(std::vector<double>(sy.begin(), sy.end()));
    const Range ry = suggestRange(std::vector<double>(tx.begin(), tx.end()));
    m_sliceX->xAxis->setRange(m_lesson->xMin(), m_lesson->xMax());
    m_sliceX->yAxis->setRange(rx.lower, rx.upper);
    m_sliceY->xAxis->setRange(m_lesson->yMin(), m_lesson->yMax());
    m_sliceY->yAxis->setRange(ry.lower, ry.upper);
    // "f(x, y = 1.5)"; "f(x; y = 1,5)" where the decimal separator is a comma.
    m_sliceX->setAxisLabels(
        x, QStringLiteral("f(%1)").arg(shownList({x, y + QStringLiteral(" = ") + formatValue(p.y(), 4)})));
    m_sliceY->setAxisLabels(
        y, QStringLiteral("f(%1)").arg(shownList({x + QStringLiteral(" = ") + formatValue(p.x(), 4), y})));
    m_sliceX->replot(QCustomPlot::rpQueuedReplot);
    m_sliceY->replot(QCustomPlot::rpQueuedReplot);

    setAccessibleDescription(
        tr("gradient at (%1, %2) is (%3, %4)")
            .arg(formatValue(p.x(), 3), formatValue(p.y(), 3), formatValue(g.x(), 3), formatValue(g.y(), 3)));
    m_map->setLiveDescription(accessibleDescription() + tr(", f = %1").arg(formatValue(value, 4)));
}

} // namespace gradlab
