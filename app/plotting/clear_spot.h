#pragma once
// Where a plot's words go so that no curve, run or line of the plot runs through them: the first of a few
// spots, in order of preference, whose box no line of the plot crosses and that stays inside the axis
// rectangle, else the spot crossed least. The lines are the plot's visible graphs and curves and its straight
// lines and arrows, as drawn (in pixels), so a label keeps clear of whatever function, run or rate is shown.

#include <QList>
#include <QRectF>
#include <functional>

class QCustomPlot;
class QCPAbstractItem;

namespace gradlab {

class ClearSpot {
public:
    /// Puts the label's items at spot `i` (0 ≤ i < count): their positions, alignments, wrapping.
    using Place = std::function<void(int)>;
    /// `own`: the label's items (its words, and an arrow that goes with them); they are what is placed, so
    /// neither an obstacle nor moved by anything else.
    ClearSpot(QCustomPlot* plot, QList<QCPAbstractItem*> own, int count, Place place);

    /// Chooses a spot for the plot as it is laid out now and puts the items there. Returns whether it is
    /// another spot than before.
    bool place();
    int spot() const { return m_spot; }
    /// The pixels the label's items cover at the spot they are at.
    QRectF box() const;

    /// How many pixels of the plot's lines (and markers) run through the inside of `box`, 1 px in from its
    /// edges (a line along an edge, such as the one a label is set just above, does not count); `own`'s
    /// items are left out.
    static double crossing(QCustomPlot* plot, const QRectF& box, const QList<QCPAbstractItem*>& own);

private:
    QCustomPlot* m_plot;
    QList<QCPAbstractItem*> m_own;
    int m_count;
    Place m_place;
    int m_spot = -1;
};

} // namespace gradlab
