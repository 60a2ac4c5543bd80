#pragma once
// How wide a table must be for every visible column title to show whole: a long title in another language
// ("actualización Δw") is not elided. Columns that share the width equally (QHeaderView::Stretch) and ones
// sized to their contents may be mixed.

class QTableView;

namespace gradlab {

/// The table's width (frame and vertical scroll bar included) at which each stretched column is as wide as
/// the widest stretched title needs, and every other column as its title or its widest cell.
int widthForWholeHeaders(const QTableView* table);

} // namespace gradlab
