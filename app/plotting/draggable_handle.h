#pragma once
// A point on a plot that the learner can grab and drag. It is drawn as a disc on the plot's overlay
// layer; LessonPlot routes mouse presses near it to the handle instead of panning the plot.

#include <QColor>
#include <QObject>
#include <QPointF>

class QCPGraph;

namespace gradlab {

class LessonPlot;

class DraggableHandle : public QObject {
    Q_OBJECT
public:
    DraggableHandle(LessonPlot* plot, const QColor& colour, const QString& name);

    QPointF position() const { return m_position; }
    /// Moves the disc (plot coordinates); does not emit dragged().
    void setPosition(QPointF p);
    /// The disc's centre in widget pixels.
    QPointF pixelPosition() const;
    void setVisible(bool visible);
    bool isVisible() const { return m_visible && m_finite; }
    QString name() const { return m_name; }
    /// Where handles overlap on screen, the one with the higher priority is grabbed (the point a over the
    /// point a + Δx that shrinks onto it).
    void setPriority(int priority) { m_priority = priority; }
    int priority() const { return m_priority; }
    /// Drawn with a ring: the handle the arrow keys move.
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    /// The ring's colour (the palette's highlight).
    void setSelectionColour(const QColor& colour);

    /// What the plot does with the handle (the mouse or the arrow keys): each announces itself.
    void press() { emit pressed(); }
    void dragTo(QPointF p) { emit dragged(p); }
    void release() { emit released(); }

signals:
    /// The mouse moved the handle to plot coordinates `p` (the owner decides where it really goes).
    void dragged(QPointF p);
    void pressed();
    void released();

private:
    friend class LessonPlot;
    LessonPlot* m_plot;
    QCPGraph* m_graph;
    QCPGraph* m_ring;
    QPointF m_position;
    QString m_name;
    bool m_visible = true;
    bool m_finite = true;
    bool m_selected = false;
    int m_priority = 0;
};

} // namespace gradlab
