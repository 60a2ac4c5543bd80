#pragma once
// Qt 6.4's SVG generator ignores clipping: a plot line that QCustomPlot leaves to the painter to cut at
// the axes runs on past them in an exported SVG. This engine stands between the painter and such a
// device and carries out rectangular clips itself, keeping everything a vector: polylines and lines are
// cut exactly at the clip rectangle, filled shapes are intersected with it, images are cropped, and
// anything wholly outside (text too) is dropped. What lies inside is passed on unchanged, but for fills with
// a texture brush, which the generator drops: those are passed on as pictures.

#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>
#include <QRectF>
#include <QVector>
#include <optional>

namespace gradlab {

/// Cuts the segment a–b to `rect` (Liang–Barsky). False if no part of it lies inside; an endpoint
/// inside is left bit for bit as it was.
bool clipSegment(const QRectF& rect, QPointF* a, QPointF* b);

/// The pieces of the polyline through `points` that lie inside `rect`, each a polyline of two or more
/// points. Segments with a non-finite coordinate are left out.
QVector<QPolygonF> clipPolyline(const QPointF* points, int count, const QRectF& rect);

class ClippingPaintEngine : public QPaintEngine {
public:
    /// Draws onto `target`, which must outlive the engine.
    explicit ClippingPaintEngine(QPaintDevice* target);

    bool begin(QPaintDevice* device) override;
    bool end() override;
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState& state) override;

    void drawPath(const QPainterPath& path) override;
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override;
    void drawLines(const QLineF* lines, int count) override;
    void drawRects(const QRectF* rects, int count) override;
    void drawEllipse(const QRectF& rect) override;
    void drawPixmap(const QRectF& target, const QPixmap& pixmap, const QRectF& source) override;
    void drawImage(const QRectF& target, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override;
    void drawTiledPixmap(const QRectF& target, const QPixmap& pixmap, const QPointF& offset) override;
    void drawTextItem(const QPointF& position, const QTextItem& item) override;

private:
    enum class Placement { Inside, Outside, Across };
    /// Where `bounds` (logical coordinates, pen included by the caller) lies against the clip.
    Placement place(const QRectF& bounds) const;
    /// `bounds` widened by half the pen's width, for what a stroke covers.
    QRectF withPen(const QRectF& bounds) const;
    /// Draws the part of a shape that lies inside the clip: its fill intersected, its outline cut.
    void drawAcross(const QPainterPath& shape);
    void drawPolylinePieces(const QPointF* points, int count);
    /// With a texture brush (the hatched regime bands), which Qt's SVG generator writes no fill for: draws
    /// the shape's fill as a picture of it, cropped to the clip, and its outline as any other; true. False,
    /// drawing nothing, with any other brush.
    bool drawTextured(const QPainterPath& shape);
    void updateClip();

    QPaintDevice* m_target;
    QPainter m_out;
    std::optional<QRectF> m_clip; ///< in the painter's logical coordinates; none: draw everything
};

} // namespace gradlab
