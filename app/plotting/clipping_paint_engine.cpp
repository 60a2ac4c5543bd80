#include "plotting/clipping_paint_engine.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QPixmap>
#include <cmath>

namespace gradlab {

bool clipSegment(const QRectF& rect, QPointF* a, QPointF* b) {
    const double dx = b->x() - a->x(), dy = b->y() - a->y();
    double t0 = 0.0, t1 = 1.0;
    // One edge at a time: p is the motion towards outside across it, q the room left before it.
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a->x() - rect.left(), rect.right() - a->x(), a->y() - rect.top(),
                         rect.bottom() - a->y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0) return false; // parallel to this edge and beyond it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0) {
            if (t > t1) return false;
            if (t > t0) t0 = t;
        } else {
            if (t < t0) return false;
            if (t < t1) t1 = t;
        }
    }
    const QPointF start = *a;
    if (t1 < 1.0) *b = QPointF(start.x() + t1 * dx, start.y() + t1 * dy);
    if (t0 > 0.0) *a = QPointF(start.x() + t0 * dx, start.y() + t0 * dy);
    return true;
}

QVector<QPolygonF> clipPolyline(const QPointF* points, int count, const QRectF& rect) {
    QVector<QPolygonF> pieces;
    QPolygonF current;
    auto flush = [&] {
        if (current.size() > 1) pieces << current;
        current.clear();
    };
    auto finite = [](const QPointF& p) { return std::isfinite(p.x()) && std::isfinite(p.y()); };
    for (int i = 0; i + 1 < count; ++i) {
        QPointF a = points[i], b = points[i + 1];
        if (!finite(a) || !finite(b) || !clipSegment(rect, &a, &b)) {
            flush();
            continue;
        }
        if (!current.isEmpty() && current.last() == a) {
            current << b;
        } else {
            flush();
            current << a << b;
        }
    }
    flush();
    return pieces;
}

ClippingPaintEngine::ClippingPaintEngine(QPaintDevice* target)
    : QPaintEngine(AllFeatures)
    , m_target(target) {}

bool ClippingPaintEngine::begin(QPaintDevice*) {
    m_clip.reset();
    return m_out.begin(m_target);
}

bool ClippingPaintEngine::end() {
    return m_out.end();
}

void ClippingPaintEngine::updateState(const QPaintEngineState& state) {
    const DirtyFlags dirty = state.state();
    if (dirty & DirtyPen) m_out.setPen(state.pen());
    if (dirty & DirtyBrush) m_out.setBrush(state.brush());
    if (dirty & DirtyBrushOrigin) m_out.setBrushOrigin(state.brushOrigin());
    if (dirty & DirtyFont) m_out.setFont(state.font());
    if (dirty & DirtyBackground) m_out.setBackground(state.backgroundBrush());
    if (dirty & DirtyBackgroundMode) m_out.setBackgroundMode(state.backgroundMode());
    if (dirty & DirtyTransform) m_out.setTransform(state.transform());
    if (dirty & DirtyHints) {
        m_out.setRenderHints(m_out.renderHints(), false);
        m_out.setRenderHints(state.renderHints(), true);
    }
    if (dirty & DirtyCompositionMode) m_out.setCompositionMode(state.compositionMode());
    if (dirty & DirtyOpacity) m_out.setOpacity(state.opacity());
    if (dirty & (DirtyTransform | DirtyClipPath | DirtyClipRegion | DirtyClipEnabled)) updateClip();
}

void ClippingPaintEngine::updateClip() {
    m_clip.reset();
    const QPainter* p = painter();
    if (!p || !p->hasClipping()) return;
    // A rotated or sheared clip is no rectangle in logical coordinates: leave such drawing unclipped
    // (QCustomPlot only rotates text, which it does not clip).
    if (p->combinedTransform().type() > QTransform::TxScale) return;
    m_clip = p->clipBoundingRect();
}

ClippingPaintEngine::Placement ClippingPaintEngine::place(const QRectF& bounds) const {
    if (!m_clip) return Placement::Inside;
    const QRectF c = m_clip->normalized(), b = bounds.normalized();
    if (b.left() >= c.left() && b.right() <= c.right() && b.top() >= c.top() && b.bottom() <= c.bottom())
        return Placement::Inside;
    if (b.right() < c.left() || b.left() > c.right() || b.bottom() < c.top() || b.top() > c.bottom())
        return Placement::Outside;
    return Placement::Across;
}

QRectF ClippingPaintEngine::withPen(const QRectF& bounds) const {
    const QPen& pen = m_out.pen();
    if (pen.style() == Qt::NoPen) return bounds;
    // The full width rather than half of it: joins and square caps reach further than half.
    const double w = pen.widthF() > 0.0 ? pen.widthF() : 1.0;
    return bounds.adjusted(-w, -w, w, w);
}

void ClippingPaintEngine::drawPolylinePieces(const QPointF* points, int count) {
    for (const QPolygonF& piece : clipPolyline(points, count, *m_clip))
        m_out.drawPolyline(piece);
}

void ClippingPaintEngine::drawAcross(const QPainterPath& shape) {
    if (m_out.brush().style() != Qt::NoBrush) {
        const QPen pen = m_out.pen();
        m_out.setPen(Qt::NoPen);
        QPainterPath clip;
        clip.addRect(*m_clip);
        m_out.drawPath(shape.intersected(clip));
        m_out.setPen(pen);
    }
    if (m_out.pen().style() != Qt::NoPen) {
        const QBrush brush = m_out.brush();
        m_out.setBrush(Qt::NoBrush);
        for (const QPolygonF& outline : shape.toSubpathPolygons())
            drawPolylinePieces(outline.constData(), outline.size());
        m_out.setBrush(brush);
    }
}

bool ClippingPaintEngine::drawTextured(const QPainterPath& shape) {
    const QBrush brush = m_out.brush();
    if (brush.style() != Qt::TexturePattern) return false;
    QRectF area = shape.boundingRect();
    if (m_clip) area = area.intersected(m_clip->normalized());
    if (!area.isEmpty()) {
        // Twice as many pixels as logical ones: as sharp as the raster export at --scale 2.
        constexpr double kScale = 2.0;
        QImage picture(QSize(static_cast<int>(std::ceil(area.width() * kScale)),
                             static_cast<int>(std::ceil(area.height() * kScale))),
                       QImage::Format_ARGB32_Premultiplied);
        picture.fill(Qt::transparent);
        QPainter p(&picture);
        p.setRenderHint(QPainter::Antialiasing, m_out.testRenderHint(QPainter::Antialiasing));
        p.scale(kScale, kScale);
        p.translate(-area.topLeft());
        p.setPen(Qt::NoPen);
        p.setBrush(brush);
        p.setBrushOrigin(m_out.brushOrigin());
        p.drawPath(shape);
        p.end();
        m_out.drawImage(QRectF(area.topLeft(), QSizeF(picture.size()) / kScale), picture);
    }
    if (m_out.pen().style() != Qt::NoPen) {
        m_out.setBrush(Qt::NoBrush);
        drawPath(shape); // the outline, cut at the clip as any other
        m_out.setBrush(brush);
    }
    return true;
}

void ClippingPaintEngine::drawPath(const QPainterPath& path) {
    if (drawTextured(path)) return;
    switch (place(withPen(path.controlPointRect()))) {
    case Placement::Inside:
        m_out.drawPath(path);
        break;
    case Placement::Across:
        drawAcross(path);
        break;
    case Placement::Outside:
        break;
    }
}

void ClippingPaintEngine::drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) {
    const QPolygonF polygon(QVector<QPointF>(points, points + count));
    if (mode != PolylineMode && m_out.brush().style() == Qt::TexturePattern) {
        QPainterPath shape;
        shape.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        shape.addPolygon(polygon);
        shape.closeSubpath();
        drawTextured(shape);
        return;
    }
    switch (place(withPen(polygon.boundingRect()))) {
    case Placement::Inside:
        if (mode == PolylineMode)
            m_out.drawPolyline(points, count);
        else if (mode == ConvexMode)
            m_out.drawConvexPolygon(points, count);
        else
            m_out.drawPolygon(points, count, mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        break;
    case Placement::Across:
        if (mode == PolylineMode) {
            drawPolylinePieces(points, count);
        } else {
            QPainterPath shape;
            shape.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
            shape.addPolygon(polygon);
            shape.closeSubpath();
            drawAcross(shape);
        }
        break;
    case Placement::Outside:
        break;
    }
}

void ClippingPaintEngine::drawLines(const QLineF* lines, int count) {
    QVector<QLineF> kept;
    kept.reserve(count);
    for (int i = 0; i < count; ++i) {
        QPointF a = lines[i].p1(), b = lines[i].p2();
        if (!m_clip || clipSegment(*m_clip, &a, &b)) kept << QLineF(a, b);
    }
    if (!kept.isEmpty()) m_out.drawLines(kept);
}

void ClippingPaintEngine::drawRects(const QRectF* rects, int count) {
    for (int i = 0; i < count; ++i) {
        if (m_out.brush().style() == Qt::TexturePattern) {
            QPainterPath shape;
            shape.addRect(rects[i]);
            drawTextured(shape);
            continue;
        }
        switch (place(withPen(rects[i]))) {
        case Placement::Inside:
            m_out.drawRect(rects[i]);
            break;
        case Placement::Across: {
            QPainterPath shape;
            shape.addRect(rects[i]);
            drawAcross(shape);
            break;
        }
        case Placement::Outside:
            break;
        }
    }
}

void ClippingPaintEngine::drawEllipse(const QRectF& rect) {
    if (m_out.brush().style() == Qt::TexturePattern) {
        QPainterPath shape;
        shape.addEllipse(rect);
        drawTextured(shape);
        return;
    }
    switch (place(withPen(rect))) {
    case Placement::Inside:
        m_out.drawEllipse(rect);
        break;
    case Placement::Across: {
        QPainterPath shape;
        shape.addEllipse(rect);
        drawAcross(shape);
        break;
    }
    case Placement::Outside:
        break;
    }
}

namespace {

/// The part of `source` that lands in `kept`, a part of `target`.
QRectF croppedSource(const QRectF& target, const QRectF& source, const QRectF& kept) {
    const double sx = source.width() / target.width(), sy = source.height() / target.height();
    return QRectF(source.x() + (kept.x() - target.x()) * sx, source.y() + (kept.y() - target.y()) * sy,
                  kept.width() * sx, kept.height() * sy);
}

} // namespace

void ClippingPaintEngine::drawPixmap(const QRectF& target, const QPixmap& pixmap, const QRectF& source) {
    switch (place(target)) {
    case Placement::Inside:
        m_out.drawPixmap(target, pixmap, source);
        break;
    case Placement::Across: {
        const QRectF kept = target.normalized() & m_clip->normalized();
        if (!kept.isEmpty()) m_out.drawPixmap(kept, pixmap, croppedSource(target, source, kept));
        break;
    }
    case Placement::Outside:
        break;
    }
}

void ClippingPaintEngine::drawImage(const QRectF& target, const QImage& image, const QRectF& source,
                                    Qt::ImageConversionFlags flags) {
    switch (place(target)) {
    case Placement::Inside:
        m_out.drawImage(target, image, source, flags);
        break;
    case Placement::Across: {
        const QRectF kept = target.normalized() & m_clip->normalized();
        if (!kept.isEmpty()) m_out.drawImage(kept, image, croppedSource(target, source, kept), flags);
        break;
    }
    case Placement::Outside:
        break;
    }
}

void ClippingPaintEngine::drawTiledPixmap(const QRectF& target, const QPixmap& pixmap,
                                          const QPointF& offset) {
    if (place(target) != Placement::Outside) m_out.drawTiledPixmap(target, pixmap, offset);
}

void ClippingPaintEngine::drawTextItem(const QPointF& position, const QTextItem& item) {
    // Text is not cut (an SVG keeps it as text): a label wholly outside the clip is left out, one across
    // its edge is drawn whole.
    if (m_clip) {
        const QRectF bounds = QFontMetricsF(item.font()).boundingRect(item.text()).translated(position);
        if (place(bounds) == Placement::Outside) return;
    }
    m_out.drawTextItem(position, item);
}

} // namespace gradlab
