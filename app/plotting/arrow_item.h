#pragma once
// An arrow with a label on a LessonPlot's moving layer.

#include <QColor>
#include <QPointF>
#include <QString>

class QCPItemLine;
class QCPItemText;

namespace gradlab {

class LessonPlot;

class ArrowItem {
public:
    ArrowItem(LessonPlot* plot, const QColor& colour, const QString& label, double width = 2.5);
    /// Draws the arrow from `from` to `to` (plot coordinates); the label sits past the head.
    void set(QPointF from, QPointF to);
    void setVisible(bool visible);
    void setLabel(const QString& label);
    QPointF from() const;
    QPointF to() const;
    QCPItemLine* line() const { return m_line; }

private:
    QCPItemLine* m_line;
    QCPItemText* m_text;
};

} // namespace gradlab
