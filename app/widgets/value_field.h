#pragma once
// A field for one number that reads what a learner would write: 2, -1.5e-3, pi/2, sqrt(2), e^2, 1/3.
// The value is kept at full precision; the text shows it as typed, or in the shortest form that reads
// back to the same double. Bad input is refused with the parser's reason (a tooltip and a red mark
// under the column) and the last good value stays. Up/Down step by step() like a spin box.

#include <QLineEdit>
#include <cmath>

namespace gradlab {

class ErrorMarker;

/// The outcome of reading a constant expression: ok and its value, or the reason and 1-based column.
struct ValueRead {
    bool ok = false;
    double value = 0;
    QString message;
    int column = 0;
};

class ValueField : public QLineEdit {
    Q_OBJECT
public:
    explicit ValueField(const QString& accessibleName, QWidget* parent = nullptr);

    /// Reads `text` as a constant expression with a finite value.
    static ValueRead read(const QString& text);
    /// The shortest decimal text that reads back to exactly `v`.
    static QString shortestText(double v);

    /// Shows `v` unless the user is typing in the field; keeps the typed text when it means `v`.
    void setValue(double v);
    double value() const { return m_value; }

    void setStep(double step) { m_step = step; }
    /// Values outside [minimum, maximum] are refused with a sentence naming the range.
    void setRange(double minimum, double maximum) {
        m_minimum = minimum;
        m_maximum = maximum;
    }
    double step() const { return m_step; }

    /// The reason the last input was refused ("" when it was taken).
    QString errorMessage() const { return m_error; }

signals:
    /// The user entered a valid value (Enter, leaving the field, or Up/Down).
    void valueEntered(double value);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void commit();
    void refuse(const ValueRead& r);
    void showValue();
    /// Whether the text is the user's (typed) rather than the value as the field showed it.
    bool edited() const;

    double m_value = 0;
    double m_step = 0.1;
    double m_minimum = -HUGE_VAL;
    double m_maximum = HUGE_VAL;
    QString m_error;
    QString m_shown; ///< the text the field last showed for m_value
    ErrorMarker* m_marker;
};

} // namespace gradlab
