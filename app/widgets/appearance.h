#pragma once
// Light or dark: GradLab follows the system's palette, or a light or dark one chosen in View → Appearance.
// Plots take their background, axes, grid and text from the palette, so they follow it too.

#include <QPalette>

namespace gradlab {

enum class Appearance { System, Light, Dark };

/// Applies the appearance to the whole application (the system's palette is the one it started with).
void applyAppearance(Appearance appearance);
/// GradLab's dark palette (Fusion-style, with enough contrast for the plots' colours).
QPalette darkPalette();
/// True if the palette has light text on a dark background.
bool isDark(const QPalette& palette);

} // namespace gradlab
