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

signals:
    /// The mouse moved the handle to plot coordinates `p` (the owner decides where it really goes).
    void dragged(QPointF p);
    void pressed();
    void released();

private:
    friend class LessonPlot;
    LessonPlot* m_plot;
    QCPGraph* m_graph;
    QPointF m_position;
    QString m_name;
    bool m_visible = true;
    bool m_finite = true;
};

} // namespace gradlab
