#include "widgets/error_marker.h"

#include "plotting/palette.h"
#include "widgets/appearance.h"

#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFrame>

namespace gradlab {

ErrorMarker::ErrorMarker(QLineEdit* edit)
    : QWidget(edit)
    , m_edit(edit) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    edit->installEventFilter(this);
    resize(edit->size());
    hide();
}

void ErrorMarker::setColumn(int column) {
    m_column = column;
    setVisible(column > 0);
    update();
}

bool ErrorMarker::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::Resize) resize(m_edit->size());
    if (watched == m_edit && (event->type() == QEvent::KeyRelease || event->type() == QEvent::Paint))
        update();
    return QWidget::eventFilter(watched, event);
}

void ErrorMarker::paintEvent(QPaintEvent*) {
    if (m_column <= 0) return;
    const QString text = m_edit->text();
    // Columns count characters (code points); QString indexes UTF-16 units.
    int unit = 0;
    for (int c = 1; c < m_column && unit < text.size(); ++c)
        unit += text.at(unit).isHighSurrogate() ? 2 : 1;
    const QRect cr = m_edit->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    const int cursorAt = m_edit->cursorPosition();
    const QFontMetrics fm(m_edit->font());
    // Position of the character relative to the cursor, whose pixel position the line edit knows.
    const int cursorX = cr.center().x();
    const int charX =
        cursorX + fm.horizontalAdvance(text.mid(0, unit)) - fm.horizontalAdvance(text.mid(0, cursorAt));
    const int width = unit < text.size() ? std::max(6, fm.horizontalAdvance(text.mid(unit, 1))) : 8;
    const int y = cr.bottom() + 1;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Graphics want a contrast of 3 against the field (WCAG 1.4.11).
    QPen pen(readableOn(palette::error, m_edit->palette().color(QPalette::Base), 3.0), 2);
    p.setPen(pen);
    // A wavy underline, like a spell checker's.
    QPainterPath path;
    path.moveTo(charX, y);
    for (int i = 0; i <= width; i += 2)
        path.lineTo(charX + i, y + ((i / 2) % 2 ? 2 : 0));
    p.drawPath(path);
}

} // namespace gradlab
