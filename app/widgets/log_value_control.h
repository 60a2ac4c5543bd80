#pragma once
// A value on a log scale, chosen on a slider or typed into a field beside it: the zoom lesson's
// half-width w, the secant lesson's Δx. Only a move of the slider itself, or a value typed, is reported
// (valueChosen); showing the model's value (setValue) reports nothing and keeps a typed value as typed,
// not rounded to the slider's steps.

#include <QWidget>

class QLabel;
class QSlider;

namespace gradlab {

class ValueField;

class LogValueControl : public QWidget {
    Q_OBJECT
public:
    /// A slider of `steps` positions running from `left` at its left end to `right` at its right (either
    /// may be the larger: the zoom runs from wide to narrow), then `caption` (none if empty) and a field
    /// that accepts values from the smaller end to the larger, named `fieldName` in its messages.
    LogValueControl(double left, double right, int steps, const QString& fieldName, const QString& caption,
                    QWidget* parent = nullptr);

    QSlider* slider() const { return m_slider; }
    ValueField* field() const { return m_field; }

    /// The slider position of v, and the value at a position (evenly spaced in log v).
    static int positionOf(double v, double left, double right, int steps);
    static double valueAt(int position, double left, double right, int steps);

    /// Shows v on the slider and in the field without reporting it.
    void setValue(double v);
    double value() const { return m_value; }

signals:
    /// The slider was moved to a new position, or a value was typed into the field.
    void valueChosen(double v);

private:
    double m_left, m_right;
    int m_steps;
    double m_value = 0.0;
    QSlider* m_slider;
    ValueField* m_field;
};

} // namespace gradlab
