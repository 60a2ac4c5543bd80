#pragma once
// How wide a table whose columns share its width equally (QHeaderView::Stretch) must be for every visible
// column title to show whole: a long title in another language ("actualización Δw") is not elided.

class QTableView;

namespace gradlab {

/// The table's width (frame and vertical scroll bar included) at which each visible column is as wide as
/// the widest visible title needs.
int widthForWholeHeaders(const QTableView* table);

} // namespace gradlab
