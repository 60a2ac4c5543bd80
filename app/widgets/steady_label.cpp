#include "widgets/steady_label.h"

#include "widgets/rest_timer.h"

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>

#include <algorithm>

namespace gradlab {

SteadyLabel::SteadyLabel(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_shrink(new RestTimer(this)) {
    setSizePolicy(m_label->sizePolicy());
    // Text kept at the top: while a shrink waits, the room left over is below it.
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_shrink, &RestTimer::rested, this, [this] {
        m_needed = needed();
        if (m_held == m_needed.height()) return;
        m_held = m_needed.height();
        updateGeometry();
    });
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
    if (!m_label->wordWrap()) {
        if (m_needed.height() != before.height() || m_needed.width() > width()) updateGeometry();
        return;
    }
    // Taller than it was, or than the room it has (a height measured at another width, before the first
    // layout, means nothing here): asked for at once.
    if (m_needed.height() > m_held || m_needed.height() > height()) {
        m_shrink->stop();
        m_held = m_needed.height();
        updateGeometry();
    } else if (m_needed.height() < m_held) {
        m_shrink->start(); // again: the height is given back once the drag has rested
    } else {
        m_shrink->stop();
    }
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
    const int h = m_label->heightForWidth(width);
    return m_label->wordWrap() && width == this->width() ? std::max(h, m_held) : h;
}

void SteadyLabel::resizeEvent(QResizeEvent* event) {
    m_label->setGeometry(rect());
    m_needed = needed();
    // At a new width the height held for the old one means nothing.
    if (event->size().width() != event->oldSize().width()) {
        m_shrink->stop();
        m_held = m_needed.height();
        // Laid out from a measure at the old width: too short, or too tall (the figure made wider, with blank
        // lines left under the text).
        if (m_label->wordWrap() && height() != m_held) updateGeometry();
    }
    QWidget::resizeEvent(event);
}

void SteadyLabel::changeEvent(QEvent* event) {
    // The label's measure changes with the font (which it inherits from here).
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_needed = needed();
        m_held = m_needed.height();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace gradlab
