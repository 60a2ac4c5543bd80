#pragma once
// A graph whose scatter markers are stamped from small cached pixmaps instead of each being stroked again:
// a run of 1000 steps draws 1000 antialiased circles, and stroking them one by one was a quarter of a slider
// move. Each stamp is drawn once, by the same QCPScatterStyle code, at one of kPhases × kPhases sub-pixel
// offsets, so a marker lands within 1/(2·kPhases) pixel of where it would have been drawn; anything else
// (vector and export painting, a painter that scales or rotates, a high-dpi buffer, pixmap or custom shapes)
// draws the usual way.

#include <QBrush>
#include <QPen>
#include <QPixmap>
#include <qcustomplot.h>
#include <vector>

namespace gradlab {

class StampedScatterGraph : public QCPGraph {
    Q_OBJECT
public:
    StampedScatterGraph(QCPAxis* keyAxis, QCPAxis* valueAxis);
    static constexpr int kPhases = 16;

protected:
    void drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& scatters,
                         const QCPScatterStyle& style) const override;

private:
    /// The stamp of the marker centred kPhases-ths of a pixel right of and below the stamp's centre pixel.
    const QPixmap& stamp(int phaseX, int phaseY, const QCPScatterStyle& style, const QCPPainter& like) const;

    // What the cached stamps were drawn with; a change of any of it draws them again.
    mutable QPen m_pen;
    mutable QBrush m_brush;
    mutable int m_shape = -1;
    mutable double m_size = 0;
    mutable bool m_antialiased = false;
    mutable int m_half = 0; ///< a stamp is 2·m_half + 1 pixels square
    mutable std::vector<QPixmap> m_stamps;
};

} // namespace gradlab
