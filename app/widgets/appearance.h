#pragma once
// Light, dark or high contrast: GradLab follows the system's palette, or one chosen in View → Appearance.
// Plots take their background, axes, grid and text from the palette, so they follow it too; in high
// contrast their lines are also drawn thicker (plotting/plot_contrast.h).

#include <QColor>
#include <QPalette>
#include <QString>
#include <functional>

class QWidget;

namespace gradlab {

enum class Appearance { System, Light, Dark, HighContrast };
constexpr int kAppearanceCount = 4;

/// Applies the appearance to the whole application (the system's palette is the one it started with).
void applyAppearance(Appearance appearance);
/// GradLab's dark palette (Fusion-style, with enough contrast for the plots' colours).
QPalette darkPalette();
/// GradLab's high-contrast palette: black on white, every text colour (placeholders and disabled text too)
/// at least 7:1 against its background, and black frames.
QPalette highContrastPalette();
/// True if the palette has light text on a dark background.
bool isDark(const QPalette& palette);

/// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white). Text wants 4.5.
double contrastRatio(const QColor& a, const QColor& b);
/// `colour` as it should be drawn as text on `background`: unchanged if it already has `ratio` against it,
/// else blended towards black (on light backgrounds) or white (on dark ones) until it does. GradLab's
/// meaning colours (palette.h) stay recognisable and stay readable in every appearance.
QColor readableOn(const QColor& colour, const QColor& background, double ratio = 4.5);
/// readableOn() the background `widget` draws its text on (its background role's colour).
QColor readableColour(const QColor& colour, const QWidget* widget);
/// readableColour() as an HTML colour ("#a01d1e"), for rich-text sentences.
QString htmlColour(const QColor& colour, const QWidget* widget, double ratio = 4.5);
/// The contrast a colour swatch (■ ●) needs to be seen: 3, as for graphics.
inline constexpr double kSwatchContrast = 3.0;
/// The background of a table's live row (the row for the value on screen): the point's orange, faint on
/// the palette's base, so the palette's text reads on it in light and in dark.
QColor liveRowColour(const QPalette& palette);
/// Calls `refresh` (with `widget` as its context) each time `widget`'s palette changes, as on a switch of
/// appearance: text that carries colours of its own (rich text) is written again with readable ones.
void onPaletteChange(QWidget* widget, std::function<void()> refresh);

} // namespace gradlab
