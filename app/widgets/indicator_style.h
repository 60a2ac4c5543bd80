#pragma once
// The application's style with check boxes, radio buttons and item-view check marks outlined in the
// text colour when the palette is dark. Qt 6.4's Fusion outlines them in a shade of the window colour,
// which on a dark palette is black on nearly black: an unchecked box, a radio button's ring and the
// optimizer table's check boxes were not visible at all.

#include <QProxyStyle>

namespace gradlab {

class IndicatorStyle : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    /// Makes the application's style an IndicatorStyle over the style in use (once).
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace gradlab
