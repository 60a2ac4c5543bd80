#pragma once
// An arrow at the left or right edge of a plot pointing at something beyond the view, with a label that
// says what and where ("|w| reached 3.2e+05 at step 14; stopped: …"). Placed in fractions of the axis
// rectangle, so it stays at the edge through pans and zooms. The label wraps onto more lines where the plot
// is narrower than its words (German runs long), so it never runs past the plot's edge. Arrow and words go
// where the plot's curve and run leave room (ClearSpot): at the top, the bottom or the middle of the edge,
// the words as wide as the plot or narrower.

#include <QColor>
#include <QMetaObject>
#include <QString>
#include <memory>

class QCPItemLine;
class QCPItemText;

namespace gradlab {

class ClearSpot;
class LessonPlot;

class OffViewMarker {
public:
    enum class Edge { Left, Right };

    OffViewMarker(LessonPlot* plot, const QColor& colour);
    ~OffViewMarker();
    OffViewMarker(const OffViewMarker&) = delete;
    OffViewMarker& operator=(const OffViewMarker&) = delete;
    void show(Edge edge, const QString& text);
    void hide();
    bool isVisible() const;
    Edge edge() const { return m_edge; }
    /// The words shown, without the line breaks the plot's width put in.
    QString text() const;
    QCPItemLine* arrow() const { return m_arrow; }
    QCPItemText* label() const { return m_label; }

private:
    /// Breaks the words into lines at most `width` (a fraction of the axis rectangle's width) wide.
    void wrap(double width);
    /// Puts arrow and words at spot i of kSpots.
    void placeAt(int i);
    /// Chooses the spot the plot's lines leave clear, as the plot is laid out now.
    void place();

    LessonPlot* m_plot;
    QString m_text;
    QMetaObject::Connection m_laidOut;
    QCPItemLine* m_arrow;
    QCPItemText* m_label;
    Edge m_edge = Edge::Right;
    std::unique_ptr<ClearSpot> m_spot;
};

} // namespace gradlab
