#pragma once
// The gap a hand-written layout leaves between items side by side: its own spacing if set, else the style's.

#include <QLayout>
#include <QStyle>
#include <QWidget>

namespace gradlab {

inline int horizontalGap(const QLayout* layout) {
    const int spacing = layout->spacing();
    if (spacing >= 0) return spacing;
    const QWidget* w = layout->parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : 6;
}

} // namespace gradlab
