#pragma once
// Where the labels of several arrows from one point go ("∇f", "−∇f", "∂f/∂x", "∂f/∂y"): each beside its
// own head, and never on another label, on any arrow's shaft or head, or on what the caller asks to keep
// clear (the point's disc). Arrows can be short or nearly parallel, so a fixed offset past the head does
// not do.

#include <QList>
#include <QPainterPath>
#include <QRectF>

namespace gradlab {

class ArrowItem;

/// Places the labels of the visible arrows in order (the first gets its best place first), a few pixels
/// inside `bounds` (widget pixels), clear of every arrow, of the labels placed before, of `avoid` and of
/// `clear` (a shape such as a trajectory drawn on the plot). Where no place is clear, the one with the
/// fewest overlaps is taken.
void placeArrowLabels(const QList<ArrowItem*>& arrows, const QRectF& bounds, const QList<QRectF>& avoid,
                      const QPainterPath& clear = {});

} // namespace gradlab
