#include "views/fit_figure.h"

#include "lessons/translated_text.h"

#include "fit/line_loss.h"
#include "function/compiled_function.h"
#include "function/point_classification.h"
#include "lessons/fit_lesson.h"
#include "lessons/number_format.h"
#include "plotting/arrow_item.h"
#include "plotting/arrow_labels.h"
#include "plotting/contour_map.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"
#include "plotting/trajectory_curve.h"
#include "views/schedule_panel.h"
#include "widgets/appearance.h"
#include "widgets/figure_title.h"

#include <QFontMetricsF>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainterPathStroker>
#include <algorithm>
#include <cmath>
#include <limits>

namespace gradlab {

namespace {

// A sentence's first letter in upper case ("batch 4 of 20 points…" after a full stop).
QString capitalised(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

/// The least-squares line and the minimum it marks: dark grey, dashed on the data, a star on the map.
const QColor& kBest = palette::reference;
/// Data points: the colour of data in plots, distinct from the orange handles and the blue line.
const QColor& kData = palette::data;

QString number(double v) {
    return QString::number(v, 'g', 17);
}

/// L(w, b) as a formula in w and b: about the least-squares point (w*, b*), where ∇L = 0, the mean
/// squared error is exactly L* + mean(x²)·(w − w*)² + 2·x̄·(w − w*)·(b − b*) + (b − b*)², whatever the
/// number of points (a sum of n squares would grow with the data).
QString lossFormula(const DataSet& data, const LeastSquares& best) {
    double xx = 0.0, x = 0.0;
    for (const DataPoint& p : data) {
        xx += p.x * p.x;
        x += p.x;
    }
    const double n = static_cast<double>(data.size());
    const QString dw = QStringLiteral("(w - (%1))").arg(number(best.w));
    const QString db = QStringLiteral("(b - (%1))").arg(number(best.b));
    return QStringLiteral("(%1) + (%2)*%3^2 + 2*(%4)*%3*%5 + %5^2")
        .arg(number(best.loss), number(xx / n), dw, number(x / n), db);
}

QString signedTerm(double v) {
    return v < 0 ? QStringLiteral(" − %1").arg(formatValue(-v, 4))
                 : QStringLiteral(" + %1").arg(formatValue(v, 4));
}

/// "ŷ = 1.5·x + 0.5" with the numbers as the readouts print them.
QString lineText(double w, double b) {
    return QStringLiteral("ŷ = %1·x%2").arg(formatValue(w, 4), signedTerm(b));
}

} // namespace

FitFigure::FitFigure(FitLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_title = new FigureTitle(this);

    // The data and the line.
    m_data = new LessonPlot(this);
    m_data->setAccessibleName(tr("Data and the fitted line"));
    m_data->setAxisLabels(QStringLiteral("x"), QStringLiteral("y"));
    m_bestLine = new QCPItemStraightLine(m_data);
    m_bestLine->setPen(QPen(kBest, 1.5, Qt::DashLine));
    m_residuals = new QCPCurve(m_data->xAxis, m_data->yAxis);
    m_residuals->setPen(QPen(palette::secant, 1.6));
    m_residuals->setSelectable(QCP::stNone);
    m_line = new QCPItemStraightLine(m_data);
    m_line->setLayer(m_data->overlayLayer());
    m_line->setPen(QPen(palette::curve, 2.5));
    m_residuals->setLayer(m_data->overlayLayer());
    m_points = m_data->addGraph();
    m_points->setLayer(m_data->overlayLayer());
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 1.2), QBrush(kData), 9));
    m_selectedRing = m_data->addGraph();
    m_selectedRing->setLayer(m_data->overlayLayer());
    m_selectedRing->setLineStyle(QCPGraph::lsNone);
    m_selectedRing->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(palette::point, 2.5), Qt::NoBrush, 17));
    for (int i = 0; i < 2; ++i) {
        m_lineHandles[i] = new DraggableHandle(
            m_data, palette::point, i == 0 ? tr("left end of the line") : tr("right end of the line"));
        m_lineHandles[i]->setPriority(1); // over a data point under it
    }

    // The loss over (w, b).
    m_map = new LessonPlot(this);
    m_map->setAccessibleName(tr("Loss L(w, b) as a contour map"));
    m_contours = new ContourMap(m_map);
    m_map->setAxisLabels(QStringLiteral("w"), QStringLiteral("b"));
    m_valley = new QCPItemStraightLine(m_map);
    m_valley->setPen(QPen(kBest, 2, Qt::DashLine));
    m_minimum = m_map->addGraph();
    m_minimum->setLineStyle(QCPGraph::lsNone);
    m_minimum->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(kBest, 2.2), Qt::NoBrush, 16));
    m_minimumLabel = new QCPItemText(m_map);
    m_minimumLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_minimumLabel->setColor(kBest);
    m_minimumLabel->setPadding(QMargins(6, 0, 0, 4));
    m_path = new TrajectoryCurve(m_map, palette::optimizer(lesson->optimizer()), tr("training"));
    // The minimum and its label over the training path, which an SGD run piles up around it; the label on
    // a light backing so that it reads over the path.
    m_minimum->setLayer(m_map->overlayLayer());
    m_minimumLabel->setLayer(m_map->overlayLayer());
    QColor backing = m_map->palette().color(QPalette::Base);
    backing.setAlpha(200);
    m_minimumLabel->setBrush(backing);
    m_path->setMarkerSpacing(8);
    m_gradient = new ArrowItem(m_map, palette::gradient, QStringLiteral("∇L"), 3.0);
    m_mapHandle = new DraggableHandle(m_map, palette::point, tr("(w, b)"));

    // The loss per update.
    m_loss = new LessonPlot(this);
    m_loss->setAccessibleName(tr("Loss on all the data per update"));
    //: Axis labels: the update number (a noun), and the loss over all the data
    m_loss->setAxisLabels(tr("update"), tr("L (all data)"));
    LessonPlot::setLogScale(m_loss->yAxis);
    LessonPlot::setCountScale(m_loss->xAxis);
    m_lossFloor = new QCPItemStraightLine(m_loss);
    m_lossFloor->setPen(QPen(kBest, 1.5, Qt::DashLine));
    m_lossGraph = m_loss->addGraph();
    m_lossGraph->setPen(QPen(palette::optimizer(lesson->optimizer()), 1.8));

    m_readout = new QLabel(this);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.05);
    m_readout->setFont(big);
    m_readout->setAccessibleName(tr("Loss readouts"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_data, 1, 0);
    grid->addWidget(m_map, 1, 1);
    grid->addWidget(m_loss, 2, 0, 1, 2);
    grid->addWidget(m_readout, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 1);

    // Dragging a handle pivots the line about the other handle.
    for (int i = 0; i < 2; ++i) {
        connect(m_lineHandles[i], &DraggableHandle::dragged, this, [this, i](QPointF p) {
            const QPointF other = m_lineHandles[1 - i]->position();
            m_lesson->setLineThrough(QPointF(m_handleX[i], p.y()), other);
        });
        connect(m_lineHandles[i], &DraggableHandle::pressed, this, &FitFigure::hold);
        connect(m_lineHandles[i], &DraggableHandle::released, this, &FitFigure::letGo);
    }
    connect(m_mapHandle, &DraggableHandle::dragged, this,
            [this](QPointF p) { m_lesson->setLine(p.x(), p.y()); });
    connect(m_mapHandle, &DraggableHandle::pressed, this, &FitFigure::hold);
    connect(m_mapHandle, &DraggableHandle::released, this, &FitFigure::letGo);
    // A click on the map puts (w, b) there; a click beside the data adds a point.
    connect(m_map, &LessonPlot::backgroundClicked, this,
            [this](QPointF p) { m_lesson->setLine(p.x(), p.y()); });
    connect(m_data, &LessonPlot::backgroundClicked, this, [this](QPointF p) {
        const int before = m_lesson->pointCount();
        m_lesson->addPoint(p);
        if (m_lesson->pointCount() > before) select(before);
    });
    m_data->installEventFilter(this);
    connect(lesson, &Lesson::changed, this, &FitFigure::update);
    onPaletteChange(m_readout, [this] { updateReadout(); });
    // The arrow is sized in pixels: after a resize (and the first layout) it is fitted again, within the
    // same replot.
    connect(m_map, &QCustomPlot::afterLayout, this, [this] {
        if (m_map->axisRect()->rect() == m_fittedRect) return;
        fitArrow();
        placeMinimumLabel();
        updateReadout();
    });
    placeHandles();
    update();
    m_data->setHomeRanges(m_data->xAxis->range(), m_data->yAxis->range());
}

FitFigure::~FitFigure() {
    delete m_path;
}

void FitFigure::resetView() {
    m_data->resetView();
    m_map->resetView();
    updateLossPlot(); // ranged to the run, not to a home range
}

QString FitFigure::readoutText() const {
    return m_readout->text();
}

QPointF FitFigure::pointPixel(int i) const {
    const DataPoint& p = m_lesson->data()[static_cast<std::size_t>(i)];
    return {m_data->xAxis->coordToPixel(p.x), m_data->yAxis->coordToPixel(p.y)};
}

int FitFigure::pointAt(QPointF pixel) const {
    int best = -1;
    double nearest = LessonPlot::kGrabRadius;
    for (int i = 0; i < m_lesson->pointCount(); ++i) {
        const double d = QLineF(pointPixel(i), pixel).length();
        if (d <= nearest) {
            nearest = d;
            best = i;
        }
    }
    return best;
}

void FitFigure::select(int i) {
    m_selected = i;
    updateLinePlot();
}

void FitFigure::hold() {
    ++m_holding;
}

void FitFigure::letGo() {
    m_holding = std::max(0, m_holding - 1);
    if (m_holding == 0) update(); // the map and the handles may move now
}

bool FitFigure::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_data) return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (m_data->handleAt(e->position())) return false; // the line's handles come first
        const int i = pointAt(e->position());
        if (i < 0) return false;
        if (e->button() == Qt::RightButton) {
            m_lesson->removePoint(i);
            select(-1);
            return true;
        }
        if (e->button() != Qt::LeftButton) return false;
        m_data->setFocus(Qt::MouseFocusReason); // Delete now removes the point
        select(i);
        m_dragged = i;
        hold();
        m_lesson->beginGesture(); // one undo step from press to release
        return true;
    }
    case QEvent::MouseMove: {
        if (m_dragged < 0) return false;
        auto* e = static_cast<QMouseEvent*>(event);
        m_lesson->movePoint(m_dragged, QPointF(m_data->xAxis->pixelToCoord(e->position().x()),
                                               m_data->yAxis->pixelToCoord(e->position().y())));
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (m_dragged < 0) return false;
        m_dragged = -1;
        m_lesson->endGesture();
        letGo();
        return true;
    }
    case QEvent::KeyPress: {
        auto* e = static_cast<QKeyEvent*>(event);
        if ((e->key() == Qt::Key_Delete || e->key() == Qt::Key_Backspace) && m_selected >= 0) {
            m_lesson->removePoint(m_selected);
            select(-1);
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

void FitFigure::placeHandles() {
    double lo = m_lesson->data().front().x, hi = lo;
    for (const DataPoint& p : m_lesson->data()) {
        lo = std::min(lo, p.x);
        hi = std::max(hi, p.x);
    }
    if (hi - lo < 1e-9 * std::max(1.0, std::fabs(lo))) {
        // One x for every point: handles a unit either side of it.
        const double half = std::max(1.0, 0.5 * std::fabs(lo));
        lo -= half;
        hi += half;
    }
    // Inside the data's extent, so that the handles sit on the part of the line the data pin down.
    m_handleX[0] = lo + 0.1 * (hi - lo);
    m_handleX[1] = hi - 0.1 * (hi - lo);
}

void FitFigure::update() {
    if (m_holding == 0) placeHandles();
    if (m_selected >= m_lesson->pointCount()) m_selected = -1;
    const QColor run = palette::optimizer(m_lesson->optimizer());
    m_lossGraph->setPen(QPen(run, 1.8));
    m_path->curve()->setPen(QPen(run, 2));
    rebuildMap();
    updateLinePlot();
    updateMap();
    updateLossPlot();
    updateReadout();
    const int n = m_lesson->pointCount(), batch = m_lesson->effectiveBatch();
    const QString points = tr("%n point(s)", nullptr, n);
    const QString kind = batch == n ? tr("full batch") : batch == 1 ? tr("SGD") : tr("mini-batches");
    m_title->setText(
        tr("<b>ŷ = w·x + b</b> fitted to %1, loss L(w, b) = mean of (y − ŷ)²&nbsp;&nbsp;&nbsp;&nbsp;"
           "%2, %3, batch size %4 (%5)")
            .arg(points, translated(optimizerTitle(m_lesson->optimizer())),
                 describeRate(m_lesson->learningRate(), m_lesson->schedule(), 0.0, 0))
            .arg(batch)
            .arg(kind));
}

QRectF FitFigure::chooseMapRect(const QRectF& previous, const QVector<QPointF>& keep) {
    double left = INFINITY, right = -INFINITY, top = INFINITY, bottom = -INFINITY;
    double scale = 0.0; // the size of the coordinates: a rectangle is never much smaller than this allows
    for (const QPointF& p : keep) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
        scale = std::max({scale, std::fabs(p.x()), std::fabs(p.y())});
    }
    if (!(left <= right)) return previous;
    const QRectF box(QPointF(left, top), QPointF(right, bottom));
    const double side = std::max({box.width(), box.height(), 0.25 * std::max(1.0, scale)});
    if (previous.isValid()) {
        // Kept while every point lies a tenth of the side inside it and it is at most four times the side
        // the points need: small changes of the data do not move the map.
        const QRectF inner = previous.adjusted(0.1 * previous.width(), 0.1 * previous.height(),
                                               -0.1 * previous.width(), -0.1 * previous.height());
        bool inside = true;
        for (const QPointF& p : keep)
            inside = inside && inner.contains(p);
        if (inside && std::max(previous.width(), previous.height()) <= 4 * 1.7 * side) return previous;
    }
    const double half = 0.85 * side; // the points take the middle 60 %
    const QPointF c = box.center();
    return {QPointF(c.x() - half, c.y() - half), QPointF(c.x() + half, c.y() + half)};
}

void FitFigure::rebuildMap() {
    const LeastSquares best = m_lesson->leastSquares();
    const QPointF now = m_lesson->current();
    const QString formula = lossFormula(m_lesson->data(), best);
    QRectF rect = m_mapRect;
    if (m_holding == 0) {
        // The minimum and the present (w, b); with a line of minima, its point nearest (w, b) … and (w*, b*).
        QVector<QPointF> keep{QPointF(best.w, best.b), now, QPointF(m_lesson->startW(), m_lesson->startB())};
        rect = chooseMapRect(m_mapRect, keep);
    }
    if (formula == m_mapFormula && rect == m_mapRect) return;
    const bool newRect = rect != m_mapRect;
    m_mapRect = rect;
    m_mapFormula = formula;
    ParseOptions options;
    options.variables = {"w", "b"};
    FunctionResult f = CompiledFunction::create(formula.toStdString(), options);
    if (!f.ok) return; // cannot happen for finite numbers; the old map stays
    const QCPRange keepX = m_map->xAxis->range(), keepY = m_map->yAxis->range();
    m_contours->show(f.function, rect.left(), rect.right(), rect.top(), rect.bottom(),
                     QStringLiteral("L(w, b)"));
    // While a data point or the line is dragged, the view stays where it was (show() resets it).
    if (!newRect && m_holding > 0) {
        m_map->xAxis->setRange(keepX);
        m_map->yAxis->setRange(keepY);
    }
    m_arrowScale = ArrowScale(typicalSlope(*f.function, rect.left(), rect.right(), rect.top(), rect.bottom()),
                              0.25 * std::min(rect.width(), rect.height()));
}

void FitFigure::updateLinePlot() {
    const QPointF now = m_lesson->current();
    const double w = now.x(), b = now.y();
    const DataSet& data = m_lesson->data();
    QVector<double> xs, ys;
    QVector<QCPCurveData> segments;
    xs.reserve(static_cast<int>(data.size()));
    ys.reserve(static_cast<int>(data.size()));
    double t = 0;
    for (const DataPoint& p : data) {
        xs << p.x;
        ys << p.y;
        segments << QCPCurveData(t, p.x, p.y) << QCPCurveData(t + 1, p.x, w * p.x + b)
                 << QCPCurveData(t + 2, std::nan(""), std::nan(""));
        t += 3;
    }
    m_points->setData(xs, ys);
    m_residuals->data()->set(segments, true);
    if (m_selected >= 0)
        m_selectedRing->setData({data[static_cast<std::size_t>(m_selected)].x},
                                {data[static_cast<std::size_t>(m_selected)].y});
    else
        m_selectedRing->data()->clear();
    m_line->point1->setCoords(0, b);
    m_line->point2->setCoords(1, w + b);
    const LeastSquares best = m_lesson->leastSquares();
    m_bestLine->setVisible(best.unique);
    m_bestLine->point1->setCoords(0, best.b);
    m_bestLine->point2->setCoords(1, best.w + best.b);
    for (int i = 0; i < 2; ++i)
        m_lineHandles[i]->setPosition(QPointF(m_handleX[i], w * m_handleX[i] + b));
    if (m_holding == 0) {
        // New data outside the view: show all of them (and the handles), not while anything is held.
        QVector<QPointF> shown;
        for (const DataPoint& p : data)
            shown << QPointF(p.x, p.y);
        for (int i = 0; i < 2; ++i)
            shown << m_lineHandles[i]->position();
        const QCPRange x = m_data->xAxis->range(), y = m_data->yAxis->range();
        bool inside = true;
        for (const QPointF& p : shown)
            inside = inside && x.contains(p.x()) && y.contains(p.y());
        if (!inside) {
            QCPRange hx(shown[0].x(), shown[0].x()), hy(shown[0].y(), shown[0].y());
            for (const QPointF& p : shown) {
                hx.expand(p.x());
                hy.expand(p.y());
            }
            const double mx = std::max(0.15 * hx.size(), 0.5), my = std::max(0.15 * hy.size(), 0.5);
            m_data->setHomeRanges(QCPRange(hx.lower - mx, hx.upper + mx),
                                  QCPRange(hy.lower - my, hy.upper + my));
        }
    }
    m_data->replot();
}

void FitFigure::updateMap() {
    const QPointF now = m_lesson->current();
    const LeastSquares best = m_lesson->leastSquares();
    m_mapHandle->setPosition(now);
    m_path->show(m_lesson->trajectory());
    m_minimum->setVisible(best.unique);
    m_minimum->setData({best.w}, {best.b});
    m_valley->setVisible(!best.unique);
    if (!best.unique) {
        // Every line through (x̄, ȳ): b = ȳ − w·x̄, a straight valley of minima.
        const double x = m_lesson->data().front().x;
        m_valley->point1->setCoords(0, best.b);
        m_valley->point2->setCoords(1, best.b - x);
    }
    m_minimumLabel->setText(
        best.unique ? tr("least squares")
                    : tr("minimum: every line through (%1, %2)")
                          .arg(formatValue(m_lesson->data().front().x, 4), formatValue(best.b, 4)));
    if (best.unique) {
        m_minimumLabel->setPadding(QMargins(4, 2, 4, 2)); // placeMinimumLabel() puts it beside the star
    } else {
        // On the valley b = ȳ − x·w, near the top of the map (or at its left when the valley is level).
        const double x = m_lesson->data().front().x;
        const QCPRange wr = m_map->xAxis->range(), br = m_map->yAxis->range();
        const double b = br.lower + 0.9 * br.size();
        const double w = x != 0.0 ? (best.b - b) / x : wr.lower + 0.05 * wr.size();
        m_minimumLabel->position->setCoords(w, x != 0.0 ? b : best.b);
        m_minimumLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    fitArrow();
    placeMinimumLabel();
    m_map->replot();
}

QPainterPath FitFigure::pathPixels() const {
    QPainterPath line;
    QPointF last;
    bool started = false;
    for (const TrajectoryPoint& p : m_lesson->trajectory().points) {
        const QPointF pixel(m_map->xAxis->coordToPixel(p.point[0]), m_map->yAxis->coordToPixel(p.point[1]));
        if (!(std::fabs(pixel.x()) < 1e6 && std::fabs(pixel.y()) < 1e6)) continue;
        if (!started) {
            line.moveTo(pixel);
            started = true;
        } else if (QLineF(last, pixel).length() >= 1.5) {
            line.lineTo(pixel);
        } else {
            continue; // a long run's many short steps: one segment per pixel or so
        }
        last = pixel;
    }
    if (!started) return {};
    line.lineTo(last + QPointF(0.01, 0)); // a single point still has a shape
    QPainterPathStroker stroker;
    stroker.setWidth(10); // the line and its markers
    stroker.setCapStyle(Qt::RoundCap);
    return stroker.createStroke(line);
}

void FitFigure::placeMinimumLabel() {
    const LeastSquares best = m_lesson->leastSquares();
    if (!best.unique) return;
    const QRectF bounds = QRectF(m_map->axisRect()->rect()).adjusted(4, 4, -4, -4);
    QPainterPath keepClear = pathPixels();
    if (m_gradient->isVisible()) keepClear = keepClear.united(m_gradient->pixelShape());
    QRectF disc(QPointF(0, 0), QSizeF(2 * LessonPlot::kGrabRadius, 2 * LessonPlot::kGrabRadius));
    disc.moveCenter(m_mapHandle->pixelPosition());
    const QRectF arrowLabel = m_gradient->isVisible() ? m_gradient->labelPixelRect() : QRectF();
    const QMargins pad = m_minimumLabel->padding();
    const QSizeF text = QFontMetricsF(m_minimumLabel->font())
                            .boundingRect(QRectF(), Qt::TextDontClip, m_minimumLabel->text())
                            .size();
    const QSizeF size(text.width() + pad.left() + pad.right(), text.height() + pad.top() + pad.bottom());
    const QPointF star(m_map->xAxis->coordToPixel(best.w), m_map->yAxis->coordToPixel(best.b));
    // Beside the star (clear of its 16 pixels), the corners first, then right, left, above and below: the
    // first place inside the map and off the path, the arrow and (w, b); else the one touching fewest.
    constexpr double kGap = 9.0;
    const Qt::Alignment sides[] = {
        Qt::AlignLeft | Qt::AlignBottom,    Qt::AlignRight | Qt::AlignBottom,
        Qt::AlignLeft | Qt::AlignTop,       Qt::AlignRight | Qt::AlignTop,
        Qt::AlignLeft | Qt::AlignVCenter,   Qt::AlignRight | Qt::AlignVCenter,
        Qt::AlignHCenter | Qt::AlignBottom, Qt::AlignHCenter | Qt::AlignTop,
    };
    Qt::Alignment chosen = sides[0];
    QPointF chosenAt = star;
    int fewest = std::numeric_limits<int>::max();
    for (const Qt::Alignment a : sides) {
        // The label's position is the point of its box the alignment names (QCPItemText's convention),
        // set kGap pixels from the star, away from it.
        const QPointF at = star + QPointF(a & Qt::AlignLeft    ? kGap
                                          : a & Qt::AlignRight ? -kGap
                                                               : 0.0,
                                          a & Qt::AlignTop      ? kGap
                                          : a & Qt::AlignBottom ? -kGap
                                                                : 0.0);
        QRectF box(QPointF(0, 0), size);
        box.moveTopLeft(QPointF(a & Qt::AlignLeft    ? at.x()
                                : a & Qt::AlignRight ? at.x() - size.width()
                                                     : at.x() - size.width() / 2,
                                a & Qt::AlignTop      ? at.y()
                                : a & Qt::AlignBottom ? at.y() - size.height()
                                                      : at.y() - size.height() / 2));
        const int hits = (bounds.contains(box) ? 0 : 10) + (keepClear.intersects(box) ? 1 : 0) +
                         (disc.intersects(box) ? 1 : 0) + (arrowLabel.intersects(box) ? 1 : 0);
        if (hits < fewest) {
            fewest = hits;
            chosen = a;
            chosenAt = at;
            if (hits == 0) break;
        }
    }
    m_minimumLabel->setPositionAlignment(chosen);
    m_minimumLabel->position->setPixelPosition(chosenAt);
}

void FitFigure::fitArrow() {
    m_fittedRect = m_map->axisRect()->rect();
    const QPointF now = m_lesson->current();
    const LineLoss loss = m_lesson->currentLoss();
    // The gradient arrow, to the one scale of this map (as on the contour lesson's map).
    const double g[2] = {loss.gradient[0], loss.gradient[1]};
    const double norm = std::hypot(g[0], g[1]);
    double drawn = 0.0;
    m_fit = ArrowFit::Undefined;
    if (std::isfinite(norm) && m_map->axisRect()->width() > 0) {
        const double perUnit = std::max(
            std::fabs(m_map->xAxis->coordToPixel(now.x() + 1) - m_map->xAxis->coordToPixel(now.x())), 1e-12);
        const double side = std::min(m_map->axisRect()->width(), m_map->axisRect()->height());
        // At most 45 % of the map, and short enough to keep its head on it (4 px in) where there is room.
        double longest = 0.45 * side / perUnit;
        const double room = ArrowItem::roomAlong(m_map, now, QPointF(g[0], g[1])) - 4.0 / perUnit;
        if (room > ArrowItem::kLeastPixels / perUnit) longest = std::min(longest, room);
        m_fit = m_arrowScale.fit(norm, ArrowItem::kLeastPixels / perUnit, longest, &drawn);
    }
    const bool show = m_fit == ArrowFit::Drawn || m_fit == ArrowFit::Shortened;
    m_gradient->setVisible(show);
    if (show) {
        const QPointF tip = now + QPointF(g[0], g[1]) * (drawn / norm);
        m_gradient->set(now, tip);
        QRectF disc(QPointF(0, 0), QSizeF(2 * LessonPlot::kGrabRadius, 2 * LessonPlot::kGrabRadius) * 0.8);
        disc.moveCenter(m_mapHandle->pixelPosition());
        placeArrowLabels({m_gradient}, m_map->axisRect()->rect(), {disc}, pathPixels());
    }
}

void FitFigure::updateLossPlot() {
    const Trajectory& t = m_lesson->trajectory();
    QVector<double> steps, losses;
    steps.reserve(static_cast<int>(t.points.size()));
    losses.reserve(static_cast<int>(t.points.size()));
    double lo = INFINITY, hi = 0.0;
    for (const TrajectoryPoint& p : t.points) {
        steps << p.step;
        // A loss of exactly 0 has no place on a log axis: a gap, not a made-up value.
        losses << (p.loss > 0 ? p.loss : std::nan(""));
        if (p.loss > 0) {
            lo = std::min(lo, p.loss);
            hi = std::max(hi, p.loss);
        }
    }
    m_lossGraph->setData(steps, losses, true);
    // Dots on each update while there are few of them (a single point is otherwise invisible).
    m_lossGraph->setScatterStyle(steps.size() <= 120 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 4)
                                                     : QCPScatterStyle(QCPScatterStyle::ssNone));
    const LeastSquares best = m_lesson->leastSquares();
    m_lossFloor->setVisible(best.loss > 0);
    m_lossFloor->point1->setCoords(0, best.loss);
    m_lossFloor->point2->setCoords(1, best.loss);
    if (best.loss > 0) lo = std::min(lo, best.loss);
    const int total = std::min(m_lesson->run().maxSteps(), FitLesson::kMaxSteps);
    m_loss->xAxis->setRange(0, std::max(1, total));
    if (hi > 0) LessonPlot::setLogRange(m_loss->yAxis, lo, hi);
    m_loss->replot();
}

void FitFigure::updateReadout() {
    const QPointF now = m_lesson->current();
    const LineLoss loss = m_lesson->currentLoss();
    const LeastSquares best = m_lesson->leastSquares();
    const QString best_ =
        best.unique
            ? tr("Least squares (<span style='color:%1'>✱, dashed</span>): %2, L = %3")
                  .arg(htmlColour(kBest, m_readout), lineText(best.w, best.b), formatValue(best.loss))
            : tr("Least squares: every x is %1, so every line through (%1, %2) has the least loss L = %3 "
                 "(the dashed valley on the map)")
                  .arg(formatValue(m_lesson->data().front().x, 4), formatValue(best.b, 4),
                       formatValue(best.loss));
    QString arrow;
    const double norm = std::hypot(loss.gradient[0], loss.gradient[1]);
    if (m_fit == ArrowFit::TooShort)
        arrow = tr("&nbsp;&nbsp; |∇L| = %1, too short to draw on this map").arg(formatValue(norm));
    else if (m_fit == ArrowFit::Shortened)
        arrow = tr("&nbsp;&nbsp; |∇L| = %1, its arrow shortened to fit the map").arg(formatValue(norm));
    m_readout->setText(
        tr("At w = %1, b = %2 (<span style='color:%3'>%4</span>): <b>L = %5</b>&nbsp;&nbsp; "
           "<span style='color:%6'>∂L/∂w = <b>%7</b>&nbsp;&nbsp; ∂L/∂b = <b>%8</b></span>%9<br>%10. <span "
           "style='color:%11'>Red-orange</span>: the residuals y − ŷ; L is the mean of their squares.<br>%12 "
           "&nbsp;%13.")
            .arg(formatValue(now.x(), 4), formatValue(now.y(), 4), htmlColour(palette::curve, m_readout),
                 lineText(now.x(), now.y()), formatValue(loss.loss), htmlColour(palette::gradient, m_readout),
                 formatValue(loss.gradient[0]), formatValue(loss.gradient[1]), arrow)
            .arg(best_, htmlColour(palette::secant, m_readout), m_lesson->runState(),
                 capitalised(m_lesson->batchMeaning())));
    m_map->setLiveDescription(
        tr("w = %1, b = %2, L = %3")
            .arg(formatValue(now.x(), 4), formatValue(now.y(), 4), formatValue(loss.loss, 4)));
}

} // namespace gradlab
