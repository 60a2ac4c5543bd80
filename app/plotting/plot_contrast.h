#pragma once
// Whether plots are drawn for high contrast (View → Appearance → High contrast): every line thicker, axes
// and grid darker. The appearance sets it; each LessonPlot reads it when it draws.

namespace gradlab {

/// Lines are this many times as wide in high contrast.
inline constexpr double kHighContrastLineScale = 1.6;

void setHighContrastPlots(bool on);
bool highContrastPlots();

} // namespace gradlab
