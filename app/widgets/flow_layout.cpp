#include "widgets/flow_layout.h"

#include "widgets/layout_gap.h"

#include <QHBoxLayout>
#include <QWidget>
#include <algorithm>

namespace gradlab {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent) {
    if (parent) setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addGroup(std::initializer_list<QWidget*> widgets, Width width) {
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets)
        row->addWidget(w);
    addChildLayout(row);
    addItem(row);
    if (width == Width::FillsLine) m_filling.append(row);
}

void FlowLayout::addStretch() {
    m_stretchAt = static_cast<int>(m_items.size());
}

void FlowLayout::addItem(QLayoutItem* item) {
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const {
    return static_cast<int>(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const {
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= m_items.size()) return nullptr;
    if (m_stretchAt > index) --m_stretchAt;
    QLayoutItem* item = m_items.takeAt(index);
    m_filling.removeAll(item);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const {
    return {};
}

bool FlowLayout::hasHeightForWidth() const {
    return true;
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const {
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty()) size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
    // Everything on one line.
    int width = 0, height = 0, visible = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = std::max(height, hint.height());
        ++visible;
    }
    const QMargins m = contentsMargins();
    return QSize(width + std::max(0, visible - 1) * gap() + m.left() + m.right(),
                 height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::gap() const {
    return horizontalGap(this);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = this->gap();
    int bottom = area.y(); // of the lines placed so far
    bool anyLine = false;
    int first = 0; // the first item of the current line
    const int n = static_cast<int>(m_items.size());
    while (first < n) {
        // Fill a line: at least one item, then as many as fit.
        int last = first, width = 0, height = 0, shown = 0;
        for (; last < n; ++last) {
            const QLayoutItem* item = m_items.at(last);
            if (item->isEmpty()) continue;
            const int w = item->sizeHint().width();
            const int needed = width + (shown > 0 ? gap : 0) + w;
            if (shown > 0 && needed > area.width()) break;
            width = needed;
            height = std::max(height, item->sizeHint().height());
            ++shown;
        }
        if (shown == 0) break; // only hidden items are left
        const int y = anyLine ? bottom + gap : area.y();
        if (apply) {
            // The line's free room goes to its first filling group, else pushes the items after the stretch
            // mark right.
            int free = std::max(0, area.width() - width);
            QLayoutItem* filling = nullptr;
            for (int i = first; i < last && !filling; ++i)
                if (!m_items.at(i)->isEmpty() && m_filling.contains(m_items.at(i))) filling = m_items.at(i);
            int x = area.x();
            bool pushed = false;
            for (int i = first; i < last; ++i) {
                QLayoutItem* item = m_items.at(i);
                if (item->isEmpty()) continue;
                if (m_stretchAt >= 0 && i >= m_stretchAt && !pushed) {
                    x += free;
                    pushed = true;
                }
                const QSize hint = item->sizeHint();
                // An item alone on a line narrower than it gets the line's width (down to its minimum).
                int w = std::min(hint.width(), std::max(area.width(), item->minimumSize().width()));
                if (item == filling) {
                    const int grown = std::max(w, std::min(w + free, item->maximumSize().width()));
                    free -= grown - w;
                    w = grown;
                }
                item->setGeometry(QRect(x, y + (height - hint.height()) / 2, w, hint.height()));
                x += w + gap;
            }
        }
        bottom = y + height;
        anyLine = true;
        first = last;
    }
    const QMargins m = contentsMargins();
    return bottom - area.y() + m.top() + m.bottom();
}

} // namespace gradlab
