#include "widgets/header_width.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <algorithm>

namespace gradlab {

int widthForWholeHeaders(const QTableView* table) {
    const QHeaderView* header = table->horizontalHeader();
    const QAbstractItemModel* model = table->model();
    if (!model) return 0;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const auto* view = static_cast<const QAbstractItemView*>(table); // its sizeHintForColumn() is public
    int widestStretched = 0, stretched = 0, others = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i)) continue;
        const QString title = model->headerData(i, Qt::Horizontal).toString();
        // A title on two lines ("update Δw\n(noisy)") is as wide as its longer line.
        const int titleWidth = header->fontMetrics().size(0, title).width() + 2 * margin;
        if (header->sectionResizeMode(i) == QHeaderView::Stretch) {
            ++stretched;
            widestStretched = std::max(widestStretched, titleWidth);
        } else {
            // A column sized to its contents is as wide as its widest cell or its title.
            others += std::max(titleWidth, view->sizeHintForColumn(i));
        }
    }
    const int scrollBar = table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    const int vertical = table->verticalHeader()->isVisible() ? table->verticalHeader()->width() : 0;
    return others + stretched * widestStretched + vertical + scrollBar + 2 * table->frameWidth();
}

} // namespace gradlab
