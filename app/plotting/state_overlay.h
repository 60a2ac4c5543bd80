#pragma once
// The optimizer-state overlay of one run (descent/state_glyph.h drawn): at the point each update started
// from, the state's arrow (solid), the raw gradient's arrow scaled alike (dashed) and, for the adaptive
// optimizers, the box whose half-widths are the update taken in each coordinate (a bar in one variable).
// The latest update is drawn strongly; earlier ones faded, and only those whose start is at least a
// spacing in pixels from the last one drawn, so that a run of many short steps does not bury the map.
// Two-variable runs are drawn on the map at (x, y); one-variable runs on the loss curve, horizontally at
// the height of the loss where the update started: the state arrow there, the gradient's arrow a few pixels
// above it and the bar a few pixels below, so that none hides another. Marks too short to read are drawn
// longer by a round factor (scale()), which the caption states.

#include "descent/state_glyph.h"

#include <QColor>
#include <QPointF>
#include <QVector>
#include <array>

class QCPAbstractItem;
class QCPItemLine;
class QCPItemRect;
class QCPLayer;

namespace gradlab {

class LessonPlot;

class StateOverlay {
public:
    StateOverlay(LessonPlot* plot, const QColor& colour);
    ~StateOverlay();
    StateOverlay(const StateOverlay&) = delete;
    StateOverlay& operator=(const StateOverlay&) = delete;

    /// Draws the state of `t`'s updates (nothing for an optimizer without state).
    void show(const Trajectory& t);
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    /// Starts of faded glyphs at least this many pixels apart.
    void setSpacing(double pixels);
    /// Chooses the glyphs again for the plot's present axes (after a zoom or resize), and the scale.
    void updateGlyphs();
    /// How many times longer than the update's true lengths the arrows, bars and boxes are drawn: 1 unless
    /// every mark drawn would be shorter than kReadablePixels on screen, then the smallest
    /// of 2, 5, 10, 20, 50, … that makes it that long (at most kMaxScale). The caption must say it.
    double scale() const { return m_scale; }
    /// The factor scale() picks for a mark `pixels` long at its true length.
    static double readableScale(double pixels);
    static constexpr double kReadablePixels = 40.0;
    static constexpr double kMaxScale = 1e6;
    /// One variable: pixels between the state arrow and the gradient's arrow above it, and the bar below it.
    static constexpr double kMarkGap = 9.0;

    /// The glyphs drawn now, earliest first; the last is the latest update's.
    const QVector<StateGlyph>& glyphs() const { return m_drawn; }
    /// Glyph i's items (null when the glyph has none).
    QCPItemLine* stateArrow(int i) const;
    QCPItemLine* gradientArrow(int i) const;
    /// Two variables: the box; one variable: null (see bar()).
    QCPItemRect* box(int i) const;
    /// One variable: the bar from w − |Δw| to w + |Δw|; two variables: null.
    QCPItemLine* bar(int i) const;
    /// Where glyph i sits on the plot: (θ₀, θ₁), or (w, L(w)) in one variable.
    QPointF anchor(int i) const;
    /// The layer the overlay is drawn on, below the trails.
    static QCPLayer* stateLayer(LessonPlot* plot);
    /// The most glyphs drawn per run.
    static constexpr int kMaxGlyphs = 60;

private:
    struct Items {
        QCPItemLine* state = nullptr;
        QCPItemLine* gradient = nullptr;
        QCPItemRect* box = nullptr;
        QCPItemLine* bar = nullptr;
    };
    static std::array<QCPAbstractItem*, 4> parts(const Items& it);
    Items& itemsAt(int i);
    void removeItems();
    void draw();

    LessonPlot* m_plot;
    QColor m_colour;
    int m_dimension = 2;
    QVector<StateGlyph> m_all;
    QVector<double> m_heights; ///< one variable: the loss at each glyph's anchor
    QVector<StateGlyph> m_drawn;
    QVector<double> m_drawnHeights;
    QVector<Items> m_items;
    double m_spacing = 24.0;
    double m_scale = 1.0;
    bool m_visible = false;
};

} // namespace gradlab
