#include "widgets/side_column_layout.h"

#include "widgets/layout_gap.h"

#include <QWidget>
#include <QWidgetItem>
#include <algorithm>

namespace gradlab {

namespace {
/// The least height `item` needs at `width` (wrapped text counted).
int leastHeight(const QLayoutItem* item, int width) {
    const int least = item->minimumSize().height();
    return item->hasHeightForWidth() ? std::max(least, item->minimumHeightForWidth(width)) : least;
}
} // namespace

SideColumnLayout::~SideColumnLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void SideColumnLayout::setParts(QLayoutItem* main, QLayoutItem* side) {
    m_main = main;
    m_side = side;
    invalidate();
}

void SideColumnLayout::setParts(QWidget* main, QLayout* side) {
    addChildWidget(main);
    addChildLayout(side);
    setParts(new QWidgetItemV2(main), side);
}

void SideColumnLayout::setParts(QWidget* main, QWidget* side) {
    addChildWidget(main);
    addChildWidget(side);
    setParts(new QWidgetItemV2(main), new QWidgetItemV2(side));
}

void SideColumnLayout::addItem(QLayoutItem* item) {
    // Parts are given with setParts(); an item added otherwise fills the first free place.
    if (!m_main)
        m_main = item;
    else if (!m_side)
        m_side = item;
    invalidate();
}

int SideColumnLayout::count() const {
    return (m_main ? 1 : 0) + (m_side ? 1 : 0);
}

QLayoutItem* SideColumnLayout::itemAt(int index) const {
    if (index == 0) return m_main ? m_main : m_side;
    if (index == 1 && m_main) return m_side;
    return nullptr;
}

QLayoutItem* SideColumnLayout::takeAt(int index) {
    QLayoutItem* item = itemAt(index);
    if (item == m_main)
        m_main = nullptr;
    else if (item == m_side)
        m_side = nullptr;
    if (item) invalidate();
    return item;
}

Qt::Orientations SideColumnLayout::expandingDirections() const {
    return Qt::Horizontal | Qt::Vertical;
}

int SideColumnLayout::gap() const {
    return horizontalGap(this);
}

void SideColumnLayout::setNarrowSide(bool narrow) {
    m_narrowSide = narrow;
    invalidate();
}

bool SideColumnLayout::sideBySide(int width) const {
    if (!m_main || !m_side || m_side->isEmpty()) return true;
    return width >= m_main->minimumSize().width() + gap() + m_side->minimumSize().width();
}

int SideColumnLayout::sideHeight(int width) const {
    const int hint =
        m_side->hasHeightForWidth() ? m_side->heightForWidth(width) : m_side->sizeHint().height();
    return std::max(hint, m_side->minimumSize().height());
}

int SideColumnLayout::sideWidth(int width) const {
    const QSize least = m_side->minimumSize(), most = m_side->maximumSize();
    const int room = width - m_main->minimumSize().width() - gap();
    const int wanted = m_narrowSide ? least.width() : std::min(m_side->sizeHint().width(), room);
    return std::clamp(wanted, least.width(), std::max(least.width(), most.width()));
}

bool SideColumnLayout::hasHeightForWidth() const {
    return true;
}

int SideColumnLayout::heightForWidth(int width) const {
    // The least height at this width (a vertical box takes it as the item's minimum and hint alike).
    const QMargins m = contentsMargins();
    const int inner = width - m.left() - m.right();
    if (!m_main) return m.top() + m.bottom();
    if (!m_side || m_side->isEmpty()) return leastHeight(m_main, inner) + m.top() + m.bottom();
    const bool beside = sideBySide(inner);
    if (beside) {
        // Beside the figure the column may scroll (the inspector) but not be cut (a flow of buttons).
        const int main = leastHeight(m_main, inner - gap() - sideWidth(inner));
        return std::max(main, leastHeight(m_side, sideWidth(inner))) + m.top() + m.bottom();
    }
    // Stacked, the lesson scrolls anyway: the figure as high as it asks, the column under it whole.
    const int main = std::max(leastHeight(m_main, inner), m_main->sizeHint().height());
    const int h = main + gap() + sideHeight(std::min(inner, m_side->maximumSize().width()));
    return h + m.top() + m.bottom();
}

QSize SideColumnLayout::minimumSize() const {
    // As narrow as the wider part (the column then lies under the figure); as low as side by side.
    QSize size;
    for (const QLayoutItem* item : {m_main, m_side})
        if (item && !item->isEmpty()) size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize SideColumnLayout::sizeHint() const {
    QSize size = m_main ? m_main->sizeHint() : QSize();
    if (m_side && !m_side->isEmpty()) {
        const QSize side = m_side->sizeHint();
        size = QSize(size.width() + gap() + side.width(), std::max(size.height(), side.height()));
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void SideColumnLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    const QRect area = rect.marginsRemoved(contentsMargins());
    if (!m_main) return;
    if (!m_side || m_side->isEmpty()) {
        m_main->setGeometry(area);
        return;
    }
    const int gap = this->gap();
    if (sideBySide(area.width())) {
        const int side = sideWidth(area.width());
        m_main->setGeometry(QRect(area.x(), area.y(), area.width() - side - gap, area.height()));
        m_side->setGeometry(QRect(area.right() + 1 - side, area.y(), side, area.height()));
        return;
    }
    // Under the figure, as wide as the figure (up to the column's own largest width), as high as it asks.
    const int width = std::min(area.width(), m_side->maximumSize().width());
    const int below =
        std::min(sideHeight(width), std::max(0, area.height() - gap - leastHeight(m_main, area.width())));
    const int main = area.height() - gap - below;
    m_main->setGeometry(QRect(area.x(), area.y(), area.width(), main));
    m_side->setGeometry(QRect(area.x(), area.y() + main + gap, width, below));
}

} // namespace gradlab
