#include "widgets/number_cell_delegate.h"

#include "lessons/number_format.h"
#include "widgets/appearance.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QStyle>
#include <QTableWidgetItem>
#include <QToolTip>

namespace gradlab {

namespace {
constexpr int kValueRole = Qt::UserRole + 101;
constexpr int kDigitsRole = Qt::UserRole + 102;
constexpr int kLiveRowRole = Qt::UserRole + 103;
constexpr int kTextColourRole = Qt::UserRole + 104;
constexpr int kFewestDigits = 3;

const QStyle* styleOf(const QWidget* widget) {
    return widget ? widget->style() : QApplication::style();
}

/// What QCommonStyle leaves on each side of an item view's text.
int textMargin(const QWidget* widget) {
    return styleOf(widget)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
}

} // namespace

void NumberCellDelegate::setNumber(QTableWidgetItem* item, double value, int digits) {
    item->setText(formatValue(value, digits));
    item->setData(kValueRole, value);
    item->setData(kDigitsRole, digits);
}

void NumberCellDelegate::setPlainText(QTableWidgetItem* item, const QString& text) {
    item->setText(text);
    item->setData(kValueRole, QVariant());
    item->setData(kDigitsRole, QVariant());
}

void NumberCellDelegate::setLiveRow(QTableWidgetItem* item, bool live) {
    item->setData(kLiveRowRole, live ? QVariant(true) : QVariant());
}

void NumberCellDelegate::setTextColour(QTableWidgetItem* item, const QColor& colour) {
    item->setData(kTextColourRole, colour);
}

void NumberCellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    QColor background = option->palette.color(QPalette::Base);
    if (index.data(kLiveRowRole).toBool()) {
        background = liveRowColour(option->palette);
        option->backgroundBrush = background;
        option->font.setBold(true);
    }
    const QVariant colour = index.data(kTextColourRole);
    if (colour.isValid())
        option->palette.setColor(QPalette::Text, readableOn(colour.value<QColor>(), background));
}

QString NumberCellDelegate::fullText(const QModelIndex& index) {
    const QVariant value = index.data(kValueRole);
    return value.isValid() ? formatValue(value.toDouble(), 17) : QString();
}

bool NumberCellDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                   const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (event->type() == QEvent::ToolTip && index.data(kValueRole).isValid()) {
        QToolTip::showText(event->globalPos(), fullText(index), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QString NumberCellDelegate::displayedText(const QModelIndex& index, int width, const QFont& font) const {
    const QVariant value = index.data(kValueRole);
    if (!value.isValid()) return index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(font);
    const double v = value.toDouble();
    for (int digits = index.data(kDigitsRole).toInt(); digits >= kFewestDigits; --digits) {
        QString s = formatValue(v, digits);
        if (metrics.horizontalAdvance(s) <= width) return s;
    }
    return formatValue(v, kFewestDigits); // the view elides what still does not fit
}

void NumberCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    if (!index.data(kValueRole).isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text = displayedText(index, cell.rect.width() - 2 * textMargin(cell.widget), cell.font);
    styleOf(cell.widget)->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
}

} // namespace gradlab
