#pragma once
// Each optimizer's marker shape: the second cue, beside its colour (palette::optimizer), that tells the
// race's runs apart where colours come close (as they do for some pairs in a colour vision deficiency).

#include "descent/optimizer.h"

#include <qcustomplot.h>

namespace gradlab::palette {

/// The marker of optimizer `kind` on its trail and in the legend (one per entry of kOptimizers, all
/// different): gd ●, momentum ■, nesterov ◆, adagrad ▲, rmsprop ▼, adam ★, newton ⊕.
inline QCPScatterStyle::ScatterShape optimizerMarker(OptimizerKind kind) {
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssCircle,    QCPScatterStyle::ssSquare,           QCPScatterStyle::ssDiamond,
        QCPScatterStyle::ssTriangle,  QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssStar,
        QCPScatterStyle::ssPlusCircle};
    static_assert(sizeof shapes / sizeof shapes[0] == kOptimizerCount, "one marker per optimizer");
    return shapes[static_cast<int>(kind)];
}

} // namespace gradlab::palette
