#include "widgets/menu_shortcuts.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenuBar>

namespace gradlab {

MenuShortcuts::MenuShortcuts(QMenuBar* menuBar)
    : QObject(menuBar)
    , m_menuBar(menuBar) {
    qApp->installEventFilter(this);
}

namespace {

bool editsText(const QKeyEvent* key) {
    static const QKeySequence::StandardKey kEditing[] = {
        QKeySequence::Undo,  QKeySequence::Redo,      QKeySequence::Copy,   QKeySequence::Cut,
        QKeySequence::Paste, QKeySequence::SelectAll, QKeySequence::Delete, QKeySequence::Backspace};
    for (QKeySequence::StandardKey k : kEditing)
        if (key->matches(k)) return true;
    return false;
}

} // namespace

bool MenuShortcuts::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride) return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_menuBar->window()) return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier) return false;
    if (editsText(key)) return false;
    const QKeySequence pressed(key->keyCombination());
    for (QAction* action : m_menuBar->findChildren<QAction*>()) {
        if (!action->isEnabled()) continue;
        for (const QKeySequence& shortcut : action->shortcuts()) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch) {
                // Not accepted: the field does not get the key, and the shortcut system does.
                event->ignore();
                return true;
            }
        }
    }
    return false;
}

} // namespace gradlab
