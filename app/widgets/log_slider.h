#pragma once
// A horizontal slider over a logarithmic range with a marked value on its scale (the critical learning
// rate), and the numbers at the ends and the mark written under it.

#include <QSlider>

namespace gradlab {

class LogSlider : public QSlider {
    Q_OBJECT
public:
    LogSlider(double minimum, double maximum, QWidget* parent = nullptr);

    double logValue() const { return valueAt(value()); }
    /// Moves the handle to v (without emitting logValueChanged if it is already there).
    void setLogValue(double v);
    /// Marks v on the scale with a label; NaN or infinity removes the mark.
    void setMark(double v, const QString& label);
    double mark() const { return m_mark; }
    QString markLabel() const { return m_markLabel; }
    /// Where the mark's label is written: inside the widget, beside the mark (empty without a mark).
    QRect markLabelRect() const;

    int positionOf(double v) const;
    double valueAt(int position) const;
    static constexpr int kSteps = 1000;

    QSize sizeHint() const override;

signals:
    void logValueChanged(double v);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QFont scaleFont() const;

    double m_min, m_max;
    double m_mark = 0.0;
    QString m_markLabel;
};

} // namespace gradlab
