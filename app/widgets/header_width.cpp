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
    int widest = 0, visible = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i)) continue;
        ++visible;
        const QString title = model->headerData(i, Qt::Horizontal).toString();
        // A title on two lines ("update Δw\n(noisy)") is as wide as its longer line.
        widest = std::max(widest, header->fontMetrics().size(0, title).width() + 2 * margin);
    }
    const int scrollBar = table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    const int vertical = table->verticalHeader()->isVisible() ? table->verticalHeader()->width() : 0;
    return visible * widest + vertical + scrollBar + 2 * table->frameWidth();
}

} // namespace gradlab
