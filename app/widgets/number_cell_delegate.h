#pragma once
// Table cells that hold numbers: a narrow column rounds a number to fewer significant digits, down to
// three, instead of cutting it off with "…" ("0.5398815" in a column too narrow for "0.5398814803").
// The item's text keeps every digit (for screen readers and copying); hovering shows the value in full.
// Colours come from the table's palette when the cell is drawn, so they follow a switch of appearance: the
// live row (the row for the value on screen) and text in a meaning colour (an optimizer's) stay readable.

#include <QStyledItemDelegate>

class QTableWidgetItem;

namespace gradlab {

class NumberCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Puts `value` in `item`: its text with `digits` significant digits, and what the delegate needs to
    /// round it to fit.
    static void setNumber(QTableWidgetItem* item, double value, int digits);
    /// Puts plain text in `item`, which the delegate then leaves as it is.
    static void setPlainText(QTableWidgetItem* item, const QString& text);
    /// Marks `item` as part of the live row: bold on liveRowColour() of the table's palette.
    static void setLiveRow(QTableWidgetItem* item, bool live = true);
    /// Draws `item`'s text in `colour`, made readable on the cell's background (readableOn()).
    static void setTextColour(QTableWidgetItem* item, const QColor& colour);

    /// The text a cell `width` pixels wide shows in `font`: the item's number with as many of its digits
    /// as fit, or its text unchanged if it holds no number.
    QString displayedText(const QModelIndex& index, int width, const QFont& font) const;

    /// The cell's number with all 17 significant digits, or "" if it holds none.
    static QString fullText(const QModelIndex& index);

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    /// Draws the cell with its number rounded to fit. Only painting rounds: size hints, asked for far more
    /// often, use the item's text as it is.
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace gradlab
