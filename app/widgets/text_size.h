#pragma once
// View → Text Size: the interface's fonts and the plots' labels scaled together, from the system's font
// (100 %, the default, so GradLab follows the system's font size). A font a widget derives from the
// application's (a bigger readout, a smaller note) is scaled with it; plots scale their own labels
// (LessonPlot). Exported figures keep the system's size (exportFont()), whatever the screen shows.

#include <QFont>
#include <array>

class QWidget;

namespace gradlab {

/// The sizes View → Text Size offers, in percent of the system's font: Smaller, Normal, Larger, Largest.
inline constexpr std::array<int, 4> kTextSizes = {90, 100, 115, 125};

/// The system's font, as the application started with it (before any text size).
QFont systemFont();
/// The font exported figures are drawn with: the system's, at 100 %.
QFont exportFont();
/// Scales the application's font to `percent` of the system's, with every widget's own derived font.
void applyTextSize(int percent);
/// The text size in use, in percent of the system's font.
int textSizePercent();
/// Gives `figure` (a widget that is not shown, built at the present text size) `font`, and scales the fonts
/// its widgets derived with it: an exported figure at the export size.
void setFigureFont(QWidget* figure, const QFont& font);

} // namespace gradlab
