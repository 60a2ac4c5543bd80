#include "plotting/stamped_scatter_graph.h"

#include <cmath>

namespace gradlab {

StampedScatterGraph::StampedScatterGraph(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPGraph(keyAxis, valueAxis) {}

const QPixmap& StampedScatterGraph::stamp(int phaseX, int phaseY, const QCPScatterStyle& style,
                                          const QCPPainter& like) const {
    QPixmap& s = m_stamps[static_cast<std::size_t>(phaseY * kPhases + phaseX)];
    if (s.isNull()) {
        const int side = 2 * m_half + 1;
        s = QPixmap(side, side);
        s.fill(Qt::transparent);
        QCPPainter p(&s);
        p.setModes(like.modes());
        p.setAntialiasing(m_antialiased);
        style.applyTo(&p, mPen);
        // QCPPainter shifts an antialiased painter by half a pixel; the centre is placed in device pixels.
        style.drawShape(&p, m_half + static_cast<double>(phaseX) / kPhases - p.transform().dx(),
                        m_half + static_cast<double>(phaseY) / kPhases - p.transform().dy());
    }
    return s;
}

void StampedScatterGraph::drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& scatters,
                                          const QCPScatterStyle& style) const {
    const bool stampable = !painter->modes().testFlag(QCPPainter::pmNoCaching) &&
                           !painter->modes().testFlag(QCPPainter::pmVectorized) && painter->device() &&
                           painter->device()->devicePixelRatioF() == 1.0 &&
                           (painter->device()->devType() == QInternal::Pixmap ||
                            painter->device()->devType() == QInternal::Image) &&
                           painter->transform().type() <= QTransform::TxTranslate &&
                           style.shape() != QCPScatterStyle::ssPixmap &&
                           style.shape() != QCPScatterStyle::ssCustom &&
                           style.shape() != QCPScatterStyle::ssNone;
    if (!stampable) {
        QCPGraph::drawScatterPlot(painter, scatters, style);
        return;
    }
    applyScattersAntialiasingHint(painter);
    style.applyTo(painter, mPen);
    const bool antialiased = painter->antialiasing();
    if (painter->pen() != m_pen || painter->brush() != m_brush || style.shape() != m_shape ||
        style.size() != m_size || antialiased != m_antialiased) {
        m_pen = painter->pen();
        m_brush = painter->brush();
        m_shape = style.shape();
        m_size = style.size();
        m_antialiased = antialiased;
        m_half = static_cast<int>(std::ceil(style.size() / 2 + m_pen.widthF())) + 2;
        m_stamps.assign(kPhases * kPhases, QPixmap());
    }
    // A translation (the layer's offset) is undone on the stamp's position so it lands on a whole pixel.
    const double tx = painter->transform().dx(), ty = painter->transform().dy();
    for (const QPointF& scatter : scatters) {
        const QPointF d(scatter.x() + tx, scatter.y() + ty);
        const double qx = std::round(d.x() * kPhases), qy = std::round(d.y() * kPhases);
        if (!std::isfinite(qx) || !std::isfinite(qy) || std::fabs(qx) > 1e8 || std::fabs(qy) > 1e8) continue;
        const long ix = static_cast<long>(std::floor(qx / kPhases)),
                   iy = static_cast<long>(std::floor(qy / kPhases));
        const int phaseX = static_cast<int>(static_cast<long>(qx) - ix * kPhases);
        const int phaseY = static_cast<int>(static_cast<long>(qy) - iy * kPhases);
        const QPixmap& s = stamp(phaseX, phaseY, style, *painter);
        painter->drawPixmap(
            QPointF(static_cast<double>(ix - m_half) - tx, static_cast<double>(iy - m_half) - ty), s);
    }
}

} // namespace gradlab
