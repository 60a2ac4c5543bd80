#pragma once
// A scope in which the plots made are only ever drawn into an export. While one lives (on the GUI thread),
// every LessonPlot constructed lays itself out as a replot would, at each resize, but never fills
// QCustomPlot's layer buffers: those exist to be shown on screen, and an export draws each plot once more,
// straight onto its image or page, with toPainter. Filling them cost `gradlab render` about a tenth of its
// time (a full-size buffer per layer group, at every replot while the figure was built and shown).

namespace gradlab {

class OffScreenPlots {
public:
    OffScreenPlots();
    ~OffScreenPlots();
    OffScreenPlots(const OffScreenPlots&) = delete;
    OffScreenPlots& operator=(const OffScreenPlots&) = delete;

    /// Whether a plot constructed now is drawn off screen only.
    static bool active();

private:
    static int s_depth;
};

} // namespace gradlab
