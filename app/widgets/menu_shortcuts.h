#pragma once
// Every menu shortcut works from anywhere in the window. A focused text field claims some keys for
// itself before shortcuts see them (Ctrl+E is "end of line" in Qt's X11 key bindings), so a menu
// shortcut such as File → Export Figure did nothing while the formula had focus. This filter lets the
// menu have those keys; the keys that edit text (undo, redo, copy, cut, paste, select all, delete) stay
// with the field, as in any desktop application.

#include <QObject>

class QMenuBar;

namespace gradlab {

class MenuShortcuts : public QObject {
    Q_OBJECT
public:
    /// Watches key presses in `menuBar`'s window on behalf of its menus' actions.
    explicit MenuShortcuts(QMenuBar* menuBar);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMenuBar* m_menuBar;
};

} // namespace gradlab
