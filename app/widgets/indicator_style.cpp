#include "widgets/indicator_style.h"

#include "widgets/appearance.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace gradlab {

void IndicatorStyle::install() {
    if (qobject_cast<IndicatorStyle*>(QApplication::style())) return;
    QStyle* base = QStyleFactory::create(QApplication::style()->name());
    if (!base) return;
    QApplication::setStyle(new IndicatorStyle(base));
}

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                   const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    const bool round = element == PE_IndicatorRadioButton;
    if (!(box || round) || !isDark(option->palette)) return;
    QColor ring = option->palette.color(QPalette::Text);
    ring.setAlpha(option->state & State_Enabled ? 190 : 90);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ring, 1.2));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(1.0, 1.0, -1.0, -1.0);
    if (round)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 1.5, 1.5);
    painter->restore();
}

} // namespace gradlab
