#include "plotting/regime_brush.h"

#include "plotting/palette.h"

#include <QPainter>
#include <QPixmap>

namespace gradlab {

bool isHatchedRegime(int r) {
    switch (static_cast<Regime>(r)) {
    case Regime::Diverging:
    case Regime::Unbounded:
    case Regime::LeftDomain:
    case Regime::Irregular:
        return true;
    default:
        return false;
    }
}

QBrush regimeBrush(int r) {
    const QColor fill = palette::regimeBand(r);
    if (!isHatchedRegime(r)) return QBrush(fill);
    // A tile of the translucent fill with one diagonal stroke of the opaque colour across it; tiles join
    // into continuous hatching.
    constexpr int kTile = 12;
    QPixmap tile(kTile, kTile);
    tile.fill(Qt::transparent);
    QPainter p(&tile);
    p.fillRect(tile.rect(), fill);
    QColor line = palette::regime(r);
    line.setAlpha(200);
    p.setPen(QPen(line, 1.5));
    p.setRenderHint(QPainter::Antialiasing);
    p.drawLine(QPointF(-1, kTile + 1), QPointF(kTile + 1, -1));
    p.drawLine(QPointF(-1, 1), QPointF(1, -1));
    p.drawLine(QPointF(kTile - 1, kTile + 1), QPointF(kTile + 1, kTile - 1));
    p.end();
    return QBrush(tile);
}

} // namespace gradlab
