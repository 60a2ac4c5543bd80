#pragma once
// An arrow with a label on a LessonPlot's moving layer.

#include <QColor>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

class QCPItemLine;
class QCPItemText;

namespace gradlab {

class LessonPlot;

class ArrowItem {
public:
    ArrowItem(LessonPlot* plot, const QColor& colour, const QString& label, double width = 2.5);
    /// Draws the arrow from `from` to `to` (plot coordinates); the label sits just past the head until
    /// placeArrowLabels() moves it.
    void set(QPointF from, QPointF to);
    void setVisible(bool visible);
    bool isVisible() const;
    void setLabel(const QString& label);
    QString label() const;
    QPointF from() const;
    QPointF to() const;
    QCPItemLine* line() const { return m_line; }
    QCPItemText* text() const { return m_text; }

    /// The arrow's shaft and head in widget pixels, as drawn now (the shaft as wide as its pen).
    QPainterPath pixelShape() const;
    /// The head's triangle (tip, and the two back corners) in widget pixels.
    QPolygonF headPixels() const;
    /// The label's box in widget pixels if its centre were at `centre` (at its current place by default).
    QRectF labelPixelRect(QPointF centre) const;
    QRectF labelPixelRect() const;
    /// Puts the label's centre at this widget pixel.
    void setLabelPixel(QPointF centre);

    /// How far (in plot coordinates) a point can go from `from` along `direction` before it leaves the plot's
    /// view: the longest arrow that keeps its head on the map. 0 if `from` is outside it or `direction` is 0.
    static double roomAlong(const LessonPlot* plot, QPointF from, QPointF direction);

    double headLength() const { return m_headLength; }
    /// The least length (pixels) of an arrow drawn from a dragged point: past the point's disc (14 px across,
    /// with its rim 16) by a head's worth; a shorter one hid under the disc, only its label showing.
    static constexpr double kLeastPixels = 18.0;
    double headWidth() const { return m_headWidth; }

private:
    LessonPlot* m_plot;
    QCPItemLine* m_line;
    QCPItemText* m_text;
    double m_width;
    double m_headLength;
    double m_headWidth;
};

} // namespace gradlab
