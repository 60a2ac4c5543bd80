#pragma once
// An arrow at the left or right edge of a plot pointing at something beyond the view, with a label that
// says what and where ("|w| reached 3.2e+05 at step 14; stopped: …"). Placed in fractions of the axis
// rectangle, so it stays at the edge through pans and zooms.

#include <QColor>
#include <QString>

class QCPItemLine;
class QCPItemText;

namespace gradlab {

class LessonPlot;

class OffViewMarker {
public:
    enum class Edge { Left, Right };

    OffViewMarker(LessonPlot* plot, const QColor& colour);
    void show(Edge edge, const QString& text);
    void hide();
    bool isVisible() const;
    Edge edge() const { return m_edge; }
    QString text() const;
    QCPItemLine* arrow() const { return m_arrow; }
    QCPItemText* label() const { return m_label; }

private:
    LessonPlot* m_plot;
    QCPItemLine* m_arrow;
    QCPItemText* m_label;
    Edge m_edge = Edge::Right;
};

} // namespace gradlab
