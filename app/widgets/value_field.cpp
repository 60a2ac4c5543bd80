#include "widgets/value_field.h"

#include "function/compiled_function.h"
#include "lessons/number_format.h"
#include "lessons/translated_text.h"
#include "widgets/error_marker.h"

#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace gradlab {

ValueField::ValueField(const QString& accessibleName, QWidget* parent)
    : QLineEdit(parent)
    , m_marker(new ErrorMarker(this)) {
    setAccessibleName(accessibleName);
    setToolTip(tr("A number or a constant expression, such as 1.5, pi/2, sqrt(2) or e^-1. "
                  "Enter takes it; Up and Down step it."));
    setMaximumWidth(110);
    connect(this, &QLineEdit::returnPressed, this, &ValueField::commit);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_marker->setColumn(0);
        m_error.clear();
    });
    showValue();
}

ValueRead ValueField::read(const QString& text) {
    ValueRead r;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        r.message = tr("type a number, such as 1.5 or pi/2");
        r.column = 1;
        return r;
    }
    const FunctionResult f = CompiledFunction::create(fieldInput(text).toStdString());
    if (!f.ok) {
        r.message = translated(f.error.text);
        r.column = f.error.column;
        return r;
    }
    if (f.function->dimension() != 0) {
        r.message = tr("a number is needed here, not a formula in %1")
                        .arg(QString::fromStdString(f.function->variables()[0]));
        r.column = static_cast<int>(text.indexOf(QString::fromStdString(f.function->variables()[0]))) + 1;
        return r;
    }
    const double v = f.function->value(nullptr);
    if (!std::isfinite(v)) {
        r.message = tr("this has no finite value");
        r.column = 1;
        return r;
    }
    r.ok = true;
    r.value = v;
    return r;
}

QString ValueField::shortestText(double v) {
    if (v == 0) return QStringLiteral("0");
    // A whole number reads as one: "100", never the shorter "1e+02".
    if (std::fabs(v) < 1e15 && v == std::floor(v)) return QString::number(v, 'f', 0);
    for (int digits = 1; digits <= 17; ++digits) {
        const QString text = QString::number(v, 'g', digits);
        if (text.toDouble() == v) return text;
    }
    return QString::number(v, 'g', 17);
}

void ValueField::setValue(double v) {
    m_value = v;
    // A field with the focus keeps what the user is typing; one that was not edited shows the new value
    // (else it showed the old one, and typing that old text back read as "unchanged": nothing was entered).
    if (!hasFocus() || !edited()) showValue();
}

void ValueField::showValue() {
    const ValueRead current = read(text());
    if (!(current.ok && current.value == m_value)) {
        // A value that came from a drag (2.0025278058645095) or from adding steps (0.15500000000000003) is
        // shown to 7 digits; the field still holds it exactly, and an unedited field never changes it.
        const QString exact = shortestText(m_value);
        const QString rounded = QString::number(m_value, 'g', 7);
        m_shown = fieldNumber(exact.size() <= rounded.size() + 2 ? exact : rounded);
        setText(m_shown);
        setCursorPosition(0);
    }
    m_marker->setColumn(0);
}

bool ValueField::edited() const {
    return m_shown.isNull() || text() != m_shown;
}

void ValueField::commit() {
    if (!edited()) {
        emit valueEntered(m_value);
        return;
    }
    ValueRead r = read(text());
    if (r.ok && !(r.value >= m_minimum && r.value <= m_maximum)) {
        r.ok = false;
        r.message = tr("%1 is outside the range this field takes, %2 to %3")
                        .arg(fieldNumber(shortestText(r.value)), fieldNumber(shortestText(m_minimum)),
                             fieldNumber(shortestText(m_maximum)));
        r.column = 1;
    }
    if (!r.ok) {
        refuse(r);
        return;
    }
    m_error.clear();
    m_marker->setColumn(0);
    m_value = r.value;
    emit valueEntered(r.value);
}

void ValueField::refuse(const ValueRead& r) {
    m_error = r.message;
    m_marker->setColumn(r.column);
    QToolTip::showText(mapToGlobal(QPoint(0, height())),
                       tr("%1; kept %2.").arg(r.message, fieldNumber(shortestText(m_value))), this,
                       QRect(-100000, -100000, 200000, 200000), 6000);
}

void ValueField::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        const ValueRead r = read(text());
        const double base = r.ok && edited() ? r.value : m_value;
        // Rounded to 12 digits so that 0.1 + 0.1 + 0.1 reads 0.3, not 0.30000000000000004.
        const double v =
            QString::number(base + (event->key() == Qt::Key_Up ? m_step : -m_step), 'g', 12).toDouble();
        m_value = std::clamp(v, m_minimum, m_maximum);
        setText(fieldNumber(shortestText(m_value)));
        m_shown = text();
        emit valueEntered(m_value);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        setText(QString());
        showValue();
        m_error.clear();
    }
    QLineEdit::keyPressEvent(event);
}

void ValueField::focusOutEvent(QFocusEvent* event) {
    QLineEdit::focusOutEvent(event);
    if (!edited()) return;
    const ValueRead r = read(text());
    if (r.ok && r.value != m_value) {
        commit();
    } else if (!r.ok) {
        // Leaving a refused entry: the field shows the value that is in use again.
        setText(QString());
        showValue();
    }
}

} // namespace gradlab
