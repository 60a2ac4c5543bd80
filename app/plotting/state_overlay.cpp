#include "plotting/state_overlay.h"

#include "plotting/lesson_plot.h"

#include <cmath>
#include <qcustomplot.h>

namespace gradlab {

std::array<QCPAbstractItem*, 4> StateOverlay::parts(const Items& it) {
    return {it.state, it.gradient, it.box, it.bar};
}

QCPLayer* StateOverlay::stateLayer(LessonPlot* plot) {
    const QString name = QStringLiteral("state");
    if (!plot->layer(name)) plot->addLayer(name, plot->overlayLayer(), QCustomPlot::limBelow);
    return plot->layer(name);
}

StateOverlay::StateOverlay(LessonPlot* plot, const QColor& colour)
    : m_plot(plot)
    , m_colour(colour) {
    stateLayer(plot);
}

StateOverlay::~StateOverlay() {
    removeItems();
}

void StateOverlay::removeItems() {
    for (const Items& it : m_items)
        for (QCPAbstractItem* item : parts(it))
            if (item) m_plot->removeItem(item);
    m_items.clear();
}

void StateOverlay::show(const Trajectory& t) {
    m_dimension = t.dimension;
    m_all.clear();
    m_heights.clear();
    if (hasStateGlyph(t.optimizer))
        for (std::size_t k = 1; k < t.points.size(); ++k) {
            m_all.append(stateGlyph(t, k));
            m_heights.append(t.points[k - 1].loss);
        }
    updateGlyphs();
}

void StateOverlay::setVisible(bool visible) {
    m_visible = visible;
    updateGlyphs();
}

void StateOverlay::setSpacing(double pixels) {
    m_spacing = pixels;
    updateGlyphs();
}

QPointF StateOverlay::anchor(int i) const {
    const StateGlyph& g = m_drawn[i];
    return {g.anchor[0], m_dimension == 1 ? m_drawnHeights[i] : g.anchor[1]};
}

void StateOverlay::updateGlyphs() {
    m_drawn.clear();
    m_drawnHeights.clear();
    if (m_visible && !m_all.isEmpty()) {
        // The latest update always; before it, going back, each whose start is far enough on screen from
        // the last start kept.
        auto pixel = [this](int k) {
            const double y = m_dimension == 1 ? m_heights[k] : m_all[k].anchor[1];
            return QPointF(m_plot->xAxis->coordToPixel(m_all[k].anchor[0]), m_plot->yAxis->coordToPixel(y));
        };
        QVector<int> kept{static_cast<int>(m_all.size()) - 1};
        QPointF last = pixel(kept.last());
        for (int k = static_cast<int>(m_all.size()) - 2; k >= 0 && kept.size() < kMaxGlyphs; --k) {
            const QPointF p = pixel(k);
            if (std::hypot(p.x() - last.x(), p.y() - last.y()) < m_spacing) continue;
            kept.append(k);
            last = p;
        }
        for (int j = static_cast<int>(kept.size()) - 1; j >= 0; --j) {
            m_drawn.append(m_all[kept[j]]);
            m_drawnHeights.append(m_heights[kept[j]]);
        }
    }
    // The scale: lengthen only when every mark drawn is short on screen (a long one would grow off the plot).
    m_scale = 1.0;
    if (!m_drawn.isEmpty()) {
        const double px = std::fabs(m_plot->xAxis->coordToPixel(1.0) - m_plot->xAxis->coordToPixel(0.0));
        const double py = std::fabs(m_plot->yAxis->coordToPixel(1.0) - m_plot->yAxis->coordToPixel(0.0));
        auto length = [&](const double* d) {
            return std::hypot(d[0] * px, m_dimension == 1 ? 0.0 : d[1] * py);
        };
        double longest = 0.0;
        for (const StateGlyph& g : m_drawn) {
            if (g.hasStateArrow) longest = std::max(longest, length(g.stateArrow));
            if (g.hasGradientArrow) longest = std::max(longest, length(g.gradientArrow));
            if (g.hasBox)
                longest = std::max(
                    {longest, 2 * g.halfWidth[0] * px, m_dimension == 1 ? 0.0 : 2 * g.halfWidth[1] * py});
        }
        m_scale = readableScale(longest);
    }
    draw();
}

double StateOverlay::readableScale(double pixels) {
    if (!(pixels > 0) || !std::isfinite(pixels) || pixels >= kReadablePixels) return 1.0;
    for (double decade = 1.0; decade < kMaxScale; decade *= 10.0)
        for (double m : {1.0, 2.0, 5.0})
            if (pixels * m * decade >= kReadablePixels) return m * decade;
    return kMaxScale;
}

StateOverlay::Items& StateOverlay::itemsAt(int i) {
    while (m_items.size() <= i) {
        QCPLayer* layer = stateLayer(m_plot);
        Items it;
        it.state = new QCPItemLine(m_plot);
        it.state->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 9, 11));
        it.gradient = new QCPItemLine(m_plot);
        it.gradient->setHead(QCPLineEnding(QCPLineEnding::esLineArrow, 8, 9));
        if (m_dimension == 1) {
            it.bar = new QCPItemLine(m_plot);
            it.bar->setHead(QCPLineEnding(QCPLineEnding::esBar, 8, 8));
            it.bar->setTail(QCPLineEnding(QCPLineEnding::esBar, 8, 8));
        } else {
            it.box = new QCPItemRect(m_plot);
        }
        for (QCPAbstractItem* item : parts(it))
            if (item) {
                item->setLayer(layer);
                item->setSelectable(false);
                item->setClipToAxisRect(true);
            }
        m_items.append(it);
    }
    return m_items[i];
}

QCPItemLine* StateOverlay::stateArrow(int i) const {
    return i < m_drawn.size() && m_drawn[i].hasStateArrow ? m_items[i].state : nullptr;
}
QCPItemLine* StateOverlay::gradientArrow(int i) const {
    return i < m_drawn.size() && m_drawn[i].hasGradientArrow ? m_items[i].gradient : nullptr;
}
QCPItemRect* StateOverlay::box(int i) const {
    return i < m_drawn.size() && m_drawn[i].hasBox ? m_items[i].box : nullptr;
}
QCPItemLine* StateOverlay::bar(int i) const {
    return i < m_drawn.size() && m_drawn[i].hasBox ? m_items[i].bar : nullptr;
}

void StateOverlay::draw() {
    // Items made for the other dimension cannot be reused.
    if (!m_items.isEmpty() && (m_dimension == 1) != (m_items.first().bar != nullptr)) removeItems();
    const int n = static_cast<int>(m_drawn.size());
    for (int i = 0; i < n; ++i) {
        Items& it = itemsAt(i);
        const StateGlyph& g = m_drawn[i];
        const bool latest = i == n - 1;
        // The optimizer's colour, lighter; earlier updates faded so that the latest reads first.
        QColor line = m_colour.lighter(latest ? 110 : 135);
        line.setAlpha(latest ? 235 : 110);
        QColor fill = m_colour.lighter(150);
        fill.setAlpha(latest ? 45 : 18);
        const QPointF a = anchor(i);
        const double k = m_scale;
        // One variable: the marks side by side at the anchor's height, `pixels` below (+) or above (−) it.
        auto shifted = [&](double pixels) {
            return m_dimension == 1 ? m_plot->yAxis->pixelToCoord(m_plot->yAxis->coordToPixel(a.y()) + pixels)
                                    : a.y();
        };
        auto tip = [&](const double* d, double y) {
            return m_dimension == 1 ? QPointF(a.x() + k * d[0], y)
                                    : QPointF(a.x() + k * d[0], a.y() + k * d[1]);
        };
        it.state->setVisible(g.hasStateArrow);
        it.state->setPen(QPen(line, latest ? 2.5 : 1.6));
        it.state->start->setCoords(a);
        it.state->end->setCoords(tip(g.stateArrow, a.y()));
        it.gradient->setVisible(g.hasGradientArrow);
        it.gradient->setPen(QPen(line, latest ? 1.6 : 1.1, Qt::DashLine));
        const double gradientY = shifted(-kMarkGap);
        it.gradient->start->setCoords(a.x(), gradientY);
        it.gradient->end->setCoords(tip(g.gradientArrow, gradientY));
        if (it.box) {
            it.box->setVisible(g.hasBox);
            it.box->setPen(QPen(line, latest ? 1.5 : 1.0));
            it.box->setBrush(fill);
            it.box->topLeft->setCoords(a.x() - k * g.halfWidth[0], a.y() + k * g.halfWidth[1]);
            it.box->bottomRight->setCoords(a.x() + k * g.halfWidth[0], a.y() - k * g.halfWidth[1]);
        }
        if (it.bar) {
            it.bar->setVisible(g.hasBox);
            it.bar->setPen(QPen(line, latest ? 2.0 : 1.2));
            const double barY = shifted(kMarkGap);
            it.bar->start->setCoords(a.x() - k * g.halfWidth[0], barY);
            it.bar->end->setCoords(a.x() + k * g.halfWidth[0], barY);
        }
    }
    for (int i = n; i < m_items.size(); ++i)
        for (QCPAbstractItem* item : parts(m_items[i]))
            if (item) item->setVisible(false);
}

} // namespace gradlab
