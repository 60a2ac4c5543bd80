#pragma once
// A typed point on a map: "Point  x [ ]  y [ ]", two ValueFields read at full precision (pi/2, 1e-3). The
// owner moves its point when a coordinate is entered and shows the point back with setPoint().

#include <QPointF>
#include <QWidget>

class QLabel;

namespace gradlab {

class ValueField;

class PointFields : public QWidget {
    Q_OBJECT
public:
    /// `caption` says what the point is ("Point", "Start").
    explicit PointFields(const QString& caption, QWidget* parent = nullptr);

    /// Shows the point (a field being typed in keeps its text until Enter).
    void setPoint(QPointF p);
    /// The variables' names beside the fields ("x", "y"; "w₁", "w₂").
    void setNames(const QString& x, const QString& y);
    ValueField* xField() const { return m_x; }
    ValueField* yField() const { return m_y; }

signals:
    /// The user entered coordinate `index` (0: x, 1: y); the owner takes the other from its model, not
    /// from the field that shows it.
    void coordinateEntered(int index, double value);

private:
    QString m_caption;
    QLabel* m_xName;
    QLabel* m_yName;
    ValueField* m_x;
    ValueField* m_y;
};

} // namespace gradlab
