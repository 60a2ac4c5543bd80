#include "widgets/steady_label.h"

#include <QEvent>
#include <QLabel>

namespace gradlab {

SteadyLabel::SteadyLabel(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this)) {
    setSizePolicy(m_label->sizePolicy());
}

QString SteadyLabel::text() const {
    return m_label->text();
}

QSize SteadyLabel::needed() const {
    if (m_label->wordWrap()) return QSize(width(), m_label->heightForWidth(width()));
    return m_label->sizeHint();
}

void SteadyLabel::setText(const QString& text) {
    if (text == m_label->text()) return;
    // The label is not in a layout: its own updateGeometry() goes no further than this widget.
    m_label->setText(text);
    const QSize before = m_needed;
    m_needed = needed();
    const bool fits = m_label->wordWrap()
                          ? m_needed.height() == before.height()
                          : m_needed.height() == before.height() && m_needed.width() <= width();
    if (!fits) updateGeometry();
}

QSize SteadyLabel::sizeHint() const {
    return m_label->sizeHint();
}

QSize SteadyLabel::minimumSizeHint() const {
    return m_label->minimumSizeHint();
}

bool SteadyLabel::hasHeightForWidth() const {
    return m_label->hasHeightForWidth();
}

int SteadyLabel::heightForWidth(int width) const {
    return m_label->heightForWidth(width);
}

void SteadyLabel::resizeEvent(QResizeEvent* event) {
    m_label->setGeometry(rect());
    m_needed = needed();
    QWidget::resizeEvent(event);
}

void SteadyLabel::changeEvent(QEvent* event) {
    // The label's measure changes with the font (which it inherits from here).
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_needed = needed();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace gradlab
