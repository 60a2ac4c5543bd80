#pragma once
// The page an exported figure sits on: a margin all round, so that no text touches the edge, and an
// optional title above the lesson's figure (for a slide). Used for PNG, PDF, SVG, the clipboard and
// every frame of an animation, so they all look alike.

#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>
#include <functional>

class QCPPainter;
class QFont;
class QPainter;

namespace gradlab {

/// Where the title and the lesson's figure go on a page of `size` logical pixels.
struct FigurePage {
    QRect title;  ///< empty when there is no title
    QRect figure; ///< the lesson's figure, inside the margin
};

/// The margin round an exported figure, in logical pixels.
constexpr int kFigureMargin = 16;

/// The title's font: the application font, bold and half as large again.
QFont figureTitleFont();

/// Lays out a page (the title wraps to as many lines as it needs).
FigurePage layoutFigurePage(QSize size, const QString& title);

/// A raster page of size × scale pixels: the background (none when `transparent`), the title, and what
/// `paintFigure(painter, inner size)` draws at the painter's origin, moved to the figure's place. Null if
/// paintFigure returns false.
QImage composeFigurePage(QSize size, double scale, bool transparent, const QString& title,
                         const std::function<bool(QCPPainter*, QSize)>& paintFigure);

/// The same with vector painting: `paintFigure(inner size)` draws the figure at the painter's origin.
/// Returns what paintFigure returns.
bool paintFigurePage(QPainter* painter, QSize size, bool transparent, const QString& title,
                     const std::function<bool(QSize)>& paintFigure);

} // namespace gradlab
