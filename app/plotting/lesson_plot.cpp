#include "plotting/lesson_plot.h"

#include "lessons/number_format.h"
#include "plotting/draggable_handle.h"
#include "plotting/log_ticker.h"
#include "plotting/number_ticker.h"
#include "plotting/off_screen_plots.h"
#include "plotting/palette.h"
#include "plotting/plot_contrast.h"

#include <QAccessible>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace gradlab {

LessonPlot::LessonPlot(QWidget* parent)
    : QCustomPlot(parent) {
    // QCustomPlot's replot() returns at once while mReplotting is set (its guard against a replot within a
    // replot): held for good, every replot of an off-screen plot, direct or queued, draws nothing. Its
    // layout is done by layOut() instead, at each resize.
    m_offScreen = OffScreenPlots::active();
    if (m_offScreen) mReplotting = true;
    // Tick labels are written with the plot's locale: the display locale's decimal separator ("0,5" in
    // German), and '.' on the command line, whatever the system's locale.
    setLocale(displayLocale());
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setAntialiasedElements(QCP::aePlottables | QCP::aeItems);
    setNoAntialiasingOnDrag(false);
    QFont tickFont = font();
    tickFont.setPointSizeF(tickFont.pointSizeF() * 0.95);
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 1.1);
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(tickFont);
        axis->setLabelFont(labelFont);
        axis->setTicker(QSharedPointer<NumberTicker>::create()); // "−2", "0,5", "1,5·10⁷" as in the text
    }
    m_textPointSize = font().pointSizeF();
    applyPalette();
    connect(this, &QCustomPlot::beforeReplot, this, &LessonPlot::applyLineScale);
    // Drag and zoom along both axes.
    axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);

    addLayer(QStringLiteral("moving"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_overlay = layer(QStringLiteral("moving"));
    m_overlay->setMode(QCPLayer::lmBuffered);
    // QCustomPlot's own top layer ("overlay", for a selection rectangle these plots never draw) is buffered:
    // an empty full-size image blended onto the widget at every paint. Drawn with the layers below instead.
    if (QCPLayer* top = layer(QStringLiteral("overlay"))) top->setMode(QCPLayer::lmLogical);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus); // reachable with Tab; arrow keys then move the point
    // The axis rectangle's size is known only after the layout pass of a replot; the aspect is fixed there,
    // before anything is drawn, and the ranges drawn are remembered for overlay-only replots.
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        // The ticks were laid out for the ranges before this fit: when it changes them, lay out again, so
        // that the ticks, the margins and everything drawn in this frame follow the same ranges (else the
        // axes showed the old ticks over the new view until the next replot). Twice at most: new tick
        // labels can change the margins, and so the aspect, once more.
        for (int pass = 0; pass < 2 && fitEqualAspect(); ++pass)
            layOutAgain();
        if (fitAxisLabels()) layOutAgain();
        if (fitTickCounts()) layOutAgain();
        m_lastX = xAxis->range();
        m_lastY = yAxis->range();
        m_lastSize = size();
        m_fullReplotDone = true;
        // The least size depends on what the layout holds now (a legend grown by a row, wider tick labels):
        // the window's layout is told, which QCustomPlot does not do.
        if (const QSize least = minimumSizeHint(); least != m_lastMinimumHint) {
            m_lastMinimumHint = least;
            if (!m_offScreen) updateGeometry();
        }
    });
}

void LessonPlot::layOut() {
    emit beforeReplot();
    updateLayout();
}

void LessonPlot::resizeEvent(QResizeEvent* event) {
    if (!m_offScreen) {
        QCustomPlot::resizeEvent(event);
        return;
    }
    setViewport(rect());
    layOut();
}

void LessonPlot::layOutAgain() {
    for (auto phase :
         {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        plotLayout()->update(phase);
    m_lastX = xAxis->range();
    m_lastY = yAxis->range();
}

bool LessonPlot::fitTickCounts() {
    // About one tick per 36 px of height and 70 px of width, 3 to 5 of them: a plot squeezed to 60 px keeps
    // its numbers apart instead of stacking six of them (with fewer asked for, the step QCustomPlot picks can
    // leave a single labelled tick, which tells no scale).
    const QRect r = axisRect()->rect();
    if (r.width() <= 0 || r.height() <= 0) return false;
    bool changed = false;
    const auto fit = [&changed](QCPAxis* axis, int pixels, int perTick) {
        const int count = std::clamp(pixels / perTick, 3, 5);
        if (axis->ticker()->tickCount() == count) return;
        axis->ticker()->setTickCount(count);
        changed = true;
    };
    fit(xAxis, r.width(), 70);
    fit(yAxis, r.height(), 36);
    return changed;
}

bool LessonPlot::fitEqualAspect() {
    if (!m_equalAspect || axisRect()->width() <= 0 || axisRect()->height() <= 0) return false;
    const QCPRange x = xAxis->range(), y = yAxis->range();
    // Until the learner pans or zooms, fit the home rectangle afresh (sizes change during layout); then
    // widen whichever range is too narrow, so nothing that should be in view leaves it.
    if (!m_userMoved && m_homeX.size() > 0 && m_homeY.size() > 0) {
        xAxis->setRange(m_homeX);
        yAxis->setRange(m_homeY);
    }
    const double w = axisRect()->width(), h = axisRect()->height();
    if (yAxis->range().size() * w / h >= xAxis->range().size())
        xAxis->setScaleRatio(yAxis, 1.0);
    else
        yAxis->setScaleRatio(xAxis, 1.0);
    // Round-off of the ratio is no change (it would lay out again for nothing).
    auto same = [](const QCPRange& a, const QCPRange& b) {
        const double tolerance = 1e-9 * std::max(a.size(), b.size());
        return std::fabs(a.lower - b.lower) <= tolerance && std::fabs(a.upper - b.upper) <= tolerance;
    };
    return !same(x, xAxis->range()) || !same(y, yAxis->range());
}

void LessonPlot::setEqualAspect(bool on) {
    if (m_equalAspect == on) return;
    m_equalAspect = on;
    replot(QCustomPlot::rpQueuedReplot);
}

void LessonPlot::setLogScale(QCPAxis* axis) {
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(QSharedPointer<LogTicker>::create());
    axis->setNumberFormat(QStringLiteral("eb"));
    axis->setNumberPrecision(0);
}

void LessonPlot::setCountScale(QCPAxis* axis) {
    auto ticker = QSharedPointer<NumberTicker>::create();
    ticker->setWholeNumbers(true);
    axis->setTicker(ticker);
}

void LessonPlot::setLogRange(QCPAxis* axis, double lo, double hi, double floor) {
    if (!(hi > 0) || !(lo > 0) || !std::isfinite(lo) || !std::isfinite(hi)) return;
    double lower = std::max(lo / 3, floor), upper = hi * 3;
    if (upper / lower < 20) {
        const double centre = std::sqrt(lower * upper);
        lower = std::max(centre / std::sqrt(20.0), floor);
        upper = lower * 20;
    }
    axis->setRange(lower, upper);
}

namespace {
QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}
} // namespace

void LessonPlot::applyPalette() {
    // Light: GradLab's greys on white. Otherwise the palette's own base and text, blended for the grid.
    const QPalette& p = palette();
    const QColor base = p.color(QPalette::Base), text = p.color(QPalette::Text);
    const bool light = base.lightness() > text.lightness();
    // High contrast: the palette's text colour itself for axes and labels, thicker, and a darker grid.
    const bool high = highContrastPlots();
    const bool greys = light && !high;
    const double width = high ? kHighContrastLineScale : 1.0;
    setBackground(base);
    for (QCPAxis* axis : {xAxis, yAxis}) {
        const QColor axisColour = greys ? palette::axis : high ? text : mix(base, text, 0.7);
        axis->setBasePen(QPen(axisColour, width));
        axis->setTickPen(QPen(axisColour, width));
        axis->setSubTickPen(QPen(axisColour, width));
        axis->setTickLabelColor(greys ? palette::text : text);
        axis->setLabelColor(greys ? palette::text : text);
        axis->grid()->setPen(QPen(greys ? palette::grid : mix(base, text, high ? 0.3 : 0.16), 1));
        axis->grid()->setZeroLinePen(
            QPen(greys ? palette::zeroLine : mix(base, text, high ? 0.7 : 0.45), width));
    }
    for (DraggableHandle* h : m_handles)
        h->setSelectionColour(p.color(QPalette::Highlight));
    if (legend) {
        legend->setBrush(base);
        legend->setTextColor(text);
        legend->setBorderPen(QPen(mix(base, text, 0.4)));
    }
}

void LessonPlot::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        replot(QCustomPlot::rpQueuedReplot);
    }
    if (event->type() == QEvent::FontChange) {
        scaleText();
        replot(QCustomPlot::rpQueuedReplot);
    }
    QCustomPlot::changeEvent(event);
}

void LessonPlot::scaleText() {
    const double size = font().pointSizeF();
    if (!(m_textPointSize > 0) || !(size > 0) || size == m_textPointSize) return;
    const double ratio = size / m_textPointSize;
    m_textPointSize = size;
    auto scaled = [ratio](QFont f) {
        f.setPointSizeF(f.pointSizeF() * ratio);
        return f;
    };
    auto scaleAxis = [&scaled](QCPAxis* a) {
        a->setTickLabelFont(scaled(a->tickLabelFont()));
        a->setSelectedTickLabelFont(scaled(a->selectedTickLabelFont()));
        a->setLabelFont(scaled(a->labelFont()));
        a->setSelectedLabelFont(scaled(a->selectedLabelFont()));
    };
    // Every element of the layout, nested ones too (a legend inside an axis rectangle's inset layout).
    for (QCPLayoutElement* e : plotLayout()->elements(true)) {
        if (auto* rect = qobject_cast<QCPAxisRect*>(e))
            for (QCPAxis* a : rect->axes())
                scaleAxis(a);
        else if (auto* scale = qobject_cast<QCPColorScale*>(e))
            scaleAxis(scale->axis());
        else if (auto* title = qobject_cast<QCPTextElement*>(e))
            title->setFont(scaled(title->font()));
        else if (auto* l = qobject_cast<QCPLegend*>(e)) {
            l->setFont(scaled(l->font()));
            // A legend laid out in columns has empty cells (null items) after its last entry.
            for (int i = 0; i < l->itemCount(); ++i)
                if (QCPAbstractLegendItem* item = l->item(i)) item->setFont(scaled(item->font()));
        }
    }
    for (int i = 0; i < itemCount(); ++i)
        if (auto* t = qobject_cast<QCPItemText*>(item(i))) t->setFont(scaled(t->font()));
}

void LessonPlot::applyLineScale() {
    const double scale = highContrastPlots() ? kHighContrastLineScale : 1.0;
    // The width each object was given is kept beside the width drawn, so that the scale is applied once,
    // undone when it goes, and applied again to a pen set since.
    auto fit = [scale](QObject* o, QPen pen, const auto& set) {
        const QVariant drawn = o->property("gradlabDrawnWidth");
        if (!drawn.isValid() && scale == 1.0) return; // never widened
        const bool kept = drawn.isValid() && drawn.toDouble() == pen.widthF();
        const double base = kept ? o->property("gradlabBaseWidth").toDouble() : pen.widthF();
        const double want = base > 0 ? base * scale : (scale == 1.0 ? 0.0 : scale);
        if (kept && want == pen.widthF()) return;
        o->setProperty("gradlabBaseWidth", base);
        o->setProperty("gradlabDrawnWidth", want);
        if (pen.widthF() == want) return;
        pen.setWidthF(want);
        set(pen);
    };
    for (int i = 0; i < plottableCount(); ++i) {
        QCPAbstractPlottable* p = plottable(i);
        if (p->pen().style() == Qt::NoPen) continue;
        fit(p, p->pen(), [p](const QPen& pen) { p->setPen(pen); });
    }
    for (int i = 0; i < itemCount(); ++i) {
        if (auto* l = qobject_cast<QCPItemLine*>(item(i)))
            fit(l, l->pen(), [l](const QPen& pen) { l->setPen(pen); });
        else if (auto* s = qobject_cast<QCPItemStraightLine*>(item(i)))
            fit(s, s->pen(), [s](const QPen& pen) { s->setPen(pen); });
        else if (auto* c = qobject_cast<QCPItemCurve*>(item(i)))
            fit(c, c->pen(), [c](const QPen& pen) { c->setPen(pen); });
    }
}

void LessonPlot::setLiveDescription(const QString& text) {
    if (text == accessibleDescription()) return;
    setAccessibleDescription(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void LessonPlot::setAxisLabels(const QString& x, const QString& y) {
    xAxis->setLabel(x);
    yAxis->setLabel(y);
}

QString LessonPlot::yLabel() const {
    return yAxis->label() == m_yLabelShown ? m_yLabelSet : yAxis->label();
}

bool LessonPlot::fitAxisLabels() {
    const QString set = yLabel();
    QString shown = set;
    const QFontMetrics metrics(yAxis->labelFont());
    if (!set.contains(QLatin1Char('\n')) && metrics.horizontalAdvance(set) > axisRect()->height()) {
        // The space nearest the middle: two lines as even as the words allow.
        int best = -1;
        for (int i = set.indexOf(QLatin1Char(' ')); i >= 0; i = set.indexOf(QLatin1Char(' '), i + 1))
            if (best < 0 || std::abs(i - set.size() / 2) < std::abs(best - set.size() / 2)) best = i;
        if (best > 0) shown = set.left(best) + QLatin1Char('\n') + set.mid(best + 1);
    }
    m_yLabelSet = set;
    m_yLabelShown = shown;
    if (yAxis->label() == shown) return false;
    yAxis->setLabel(shown);
    return true;
}

void LessonPlot::replotOverlay() {
    // A layer-only replot is valid while the axes and the size are those of the last full replot.
    if (m_fullReplotDone && xAxis->range() == m_lastX && yAxis->range() == m_lastY && size() == m_lastSize) {
        m_overlay->replot();
        // Buffered layers drawn above it (the runs' ends, the inspected step's ring) change with it.
        for (int i = m_overlay->index() + 1; i < layerCount(); ++i)
            if (layer(i)->mode() == QCPLayer::lmBuffered) layer(i)->replot();
        return;
    }
    replot(QCustomPlot::rpQueuedRefresh);
}

void LessonPlot::setHomeRanges(const QCPRange& x, const QCPRange& y) {
    m_homeX = x;
    m_homeY = y;
    resetView();
}

void LessonPlot::continueFrom(const LessonPlot& other) {
    m_homeX = other.m_homeX;
    m_homeY = other.m_homeY;
    m_userMoved = other.m_userMoved;
    xAxis->setRange(other.xAxis->range());
    yAxis->setRange(other.yAxis->range());
    replot();
}

void LessonPlot::resetView() {
    m_userMoved = false;
    xAxis->setRange(m_homeX);
    yAxis->setRange(m_homeY);
    replot();
}

void LessonPlot::widen(QCPRange& x, QCPRange& y, const QVector<QPointF>& points, double margin) {
    // Two passes: the margin is a fraction of the range, which widening changes.
    for (int pass = 0; pass < 2; ++pass) {
        const double mx = margin * x.size(), my = margin * y.size();
        for (const QPointF& p : points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
            x = QCPRange(std::min(x.lower, p.x() - mx), std::max(x.upper, p.x() + mx));
            y = QCPRange(std::min(y.lower, p.y() - my), std::max(y.upper, p.y() + my));
        }
    }
}

void LessonPlot::showInHome(const QVector<QPointF>& points, double margin) {
    QCPRange x = m_homeX, y = m_homeY;
    widen(x, y, points, margin);
    if (x != m_homeX || y != m_homeY) setHomeRanges(x, y);
}

void LessonPlot::reveal(const QVector<QPointF>& points, double margin) {
    QCPRange x = xAxis->range(), y = yAxis->range();
    widen(x, y, points, margin);
    if (x == xAxis->range() && y == yAxis->range()) return;
    xAxis->setRange(x);
    yAxis->setRange(y);
    replot(QCustomPlot::rpQueuedReplot);
}

void LessonPlot::linkXAxes(LessonPlot* a, LessonPlot* b) {
    auto follow = [](LessonPlot* from, LessonPlot* to) {
        connect(from->xAxis, QOverload<const QCPRange&>::of(&QCPAxis::rangeChanged), to,
                [from, to](const QCPRange& range) {
                    if (to->xAxis->range() == range) return; // the echo of our own change
                    to->m_userMoved = from->m_userMoved;
                    to->xAxis->setRange(range);
                    to->replot(QCustomPlot::rpQueuedReplot);
                });
    };
    follow(a, b);
    follow(b, a);
}

void LessonPlot::registerHandle(DraggableHandle* handle) {
    m_handles.append(handle);
    handle->setSelectionColour(palette().color(QPalette::Highlight));
}

DraggableHandle* LessonPlot::handleAt(const QPointF& pixel) const {
    DraggableHandle* best = nullptr;
    double bestDistance = kGrabRadius;
    for (DraggableHandle* h : m_handles) {
        if (!h->isVisible()) continue;
        const double d = QLineF(h->pixelPosition(), pixel).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = h;
        }
    }
    // Where discs overlap, the handle of higher priority wins, wherever on the pile the press lands.
    for (DraggableHandle* h : m_handles)
        if (best && h != best && h->isVisible() && h->priority() > best->priority() &&
            QLineF(h->pixelPosition(), pixel).length() <= kGrabRadius &&
            QLineF(h->pixelPosition(), best->pixelPosition()).length() < kGrabRadius)
            best = h;
    return best;
}

void LessonPlot::setKeyboardHandle(DraggableHandle* handle) {
    m_keyboard = handle;
    updateSelection();
}

QList<DraggableHandle*> LessonPlot::tabOrder() const {
    QList<DraggableHandle*> visible;
    for (DraggableHandle* h : m_handles)
        if (h->isVisible()) visible.append(h);
    std::stable_sort(visible.begin(), visible.end(),
                     [](DraggableHandle* a, DraggableHandle* b) { return a->priority() > b->priority(); });
    return visible;
}

DraggableHandle* LessonPlot::keyboardHandle() const {
    if (m_keyboard && m_keyboard->isVisible()) return m_keyboard;
    const QList<DraggableHandle*> order = tabOrder();
    return order.isEmpty() ? nullptr : order.first();
}

void LessonPlot::setHandlesTakeKeys(bool on) {
    if (m_handlesTakeKeys == on) return;
    m_handlesTakeKeys = on;
    updateSelection();
}

void LessonPlot::updateSelection() {
    DraggableHandle* selected = hasFocus() && m_handlesTakeKeys ? keyboardHandle() : nullptr;
    bool changed = false;
    for (DraggableHandle* h : m_handles)
        if (h->isSelected() != (h == selected)) {
            h->setSelected(h == selected);
            changed = true;
        }
    if (changed) replotOverlay();
}

void LessonPlot::focusInEvent(QFocusEvent* event) {
    // Tab enters at the first handle, Shift+Tab at the last.
    const QList<DraggableHandle*> order = tabOrder();
    if (!order.isEmpty() && event->reason() == Qt::TabFocusReason) m_keyboard = order.first();
    if (!order.isEmpty() && event->reason() == Qt::BacktabFocusReason) m_keyboard = order.last();
    QCustomPlot::focusInEvent(event);
    updateSelection();
    update();
}

void LessonPlot::focusOutEvent(QFocusEvent* event) {
    QCustomPlot::focusOutEvent(event);
    updateSelection();
    update();
}

bool LessonPlot::focusNextPrevChild(bool next) {
    // Tab steps through the handles, then leaves the plot.
    if (hasFocus()) {
        const QList<DraggableHandle*> order = tabOrder();
        const int i = order.indexOf(keyboardHandle());
        const int j = i + (next ? 1 : -1);
        if (i >= 0 && j >= 0 && j < order.size()) {
            setKeyboardHandle(order[j]);
            return true;
        }
    }
    return QCustomPlot::focusNextPrevChild(next);
}

void LessonPlot::paintEvent(QPaintEvent* event) {
    QCustomPlot::paintEvent(event);
    if (!hasFocus()) return;
    // The focus frame: this plot takes the arrow keys.
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void LessonPlot::mousePressEvent(QMouseEvent* event) {
    if (m_active) {
        // A release this plot never saw (the window lost the mouse mid-drag): that drag is over.
        DraggableHandle* h = m_active;
        m_active = nullptr;
        h->release();
        emit dragFinished();
    }
    if (event->button() == Qt::LeftButton) {
        m_active = handleAt(event->position());
        if (m_active) {
            setFocus(Qt::MouseFocusReason); // the arrow keys now move this handle
            setKeyboardHandle(m_active);
            emit dragStarted();
            m_active->press();
            event->accept();
            return; // no panning while a point is held
        }
        m_pressPixel = event->position();
    }
    QCustomPlot::mousePressEvent(event);
}

void LessonPlot::mouseMoveEvent(QMouseEvent* event) {
    const QPointF p(xAxis->pixelToCoord(event->position().x()), yAxis->pixelToCoord(event->position().y()));
    emit cursorMoved(p);
    if (m_active) {
        m_active->dragTo(p);
        event->accept();
        return;
    }
    // Show that a point can be grabbed.
    setCursor(handleAt(event->position()) ? Qt::OpenHandCursor : Qt::ArrowCursor);
    if (event->buttons() & Qt::LeftButton) m_userMoved = true; // a pan
    QCustomPlot::mouseMoveEvent(event);
}

void LessonPlot::mouseReleaseEvent(QMouseEvent* event) {
    if (m_active && event->button() == Qt::LeftButton) {
        DraggableHandle* h = m_active;
        m_active = nullptr;
        h->release();
        emit dragFinished();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && QLineF(m_pressPixel, event->position()).length() < 3.0)
        emit backgroundClicked(
            QPointF(xAxis->pixelToCoord(event->position().x()), yAxis->pixelToCoord(event->position().y())));
    m_pressPixel = QPointF(-1e9, -1e9);
    QCustomPlot::mouseReleaseEvent(event);
}

QSize LessonPlot::minimumSizeHint() const {
    // QCustomPlot's least size is its layout's: the margins (tick labels, axis titles), a legend or colour
    // scale beside or below, and the axis rectangle's own minimum, which is nothing unless set. That room
    // is added for the rectangle where the data is drawn.
    const int line = QFontMetrics(font()).height();
    const QSize own = axisRect()->minimumSize();
    const QSize inner = m_leastDataLines * line;
    return QCustomPlot::minimumSizeHint() +
           QSize(std::max(0, inner.width() - own.width()), std::max(0, inner.height() - own.height()));
}

void LessonPlot::setLeastDataArea(int widthInLines, int heightInLines) {
    m_leastDataLines = QSize(widthInLines, heightInLines);
    updateGeometry();
}

void LessonPlot::wheelEvent(QWheelEvent* event) {
    m_userMoved = true;
    QCustomPlot::wheelEvent(event);
}

void LessonPlot::keyPressEvent(QKeyEvent* event) {
    DraggableHandle* handle = m_handlesTakeKeys ? keyboardHandle() : nullptr;
    int dx = 0, dy = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        dx = -1;
        break;
    case Qt::Key_Right:
        dx = 1;
        break;
    case Qt::Key_Up:
        dy = 1;
        break;
    case Qt::Key_Down:
        dy = -1;
        break;
    default:
        QCustomPlot::keyPressEvent(event);
        return;
    }
    if (!handle) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    double factor = kKeyStep;
    if (event->modifiers() & Qt::ShiftModifier) factor *= 0.1;
    if (event->modifiers() & Qt::ControlModifier) factor *= 10.0;
    const QPointF p = handle->position();
    handle->dragTo(
        QPointF(p.x() + dx * factor * xAxis->range().size(), p.y() + dy * factor * yAxis->range().size()));
    handle->release();
    event->accept();
}

void LessonPlot::leaveEvent(QEvent* event) {
    emit cursorLeft();
    QCustomPlot::leaveEvent(event);
}

} // namespace gradlab
