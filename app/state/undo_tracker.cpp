#include "state/undo_tracker.h"

#include "views/lesson_view.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace gradlab {

namespace {

/// One recorded change of one lesson: its state before and after.
class StateCommand : public QUndoCommand {
public:
    StateCommand(UndoTracker* tracker, LessonView* view, QJsonObject before, QJsonObject after)
        : m_tracker(tracker)
        , m_view(view)
        , m_before(std::move(before))
        , m_after(std::move(after)) {
        setText(UndoTracker::describeChange(m_before, m_after));
    }
    void undo() override { m_tracker->restore(m_view, m_before); }
    void redo() override {
        // The change is already on screen when the step is pushed.
        if (m_first)
            m_first = false;
        else
            m_tracker->restore(m_view, m_after);
    }

private:
    UndoTracker* m_tracker;
    LessonView* m_view;
    QJsonObject m_before, m_after;
    bool m_first = true;
};

bool onlyChanged(const QSet<QString>& changed, std::initializer_list<const char*> keys) {
    for (const QString& k : changed) {
        bool listed = false;
        for (const char* key : keys)
            listed = listed || k == QLatin1String(key);
        if (!listed) return false;
    }
    return true;
}

} // namespace

UndoTracker::UndoTracker(const QList<LessonView*>& views, QUndoStack* stack, QObject* parent)
    : QObject(parent)
    , m_views(views)
    , m_stack(stack) {
    for (LessonView* v : m_views)
        connect(v, &LessonView::stateChanged, this, [this, v] { onStateChanged(v); });
    resetBaseline();
    qApp->installEventFilter(this);
}

UndoTracker::~UndoTracker() {
    qApp->removeEventFilter(this);
}

void UndoTracker::resetBaseline() {
    for (LessonView* v : m_views)
        m_recorded.insert(v, v->saveState());
    m_dirty.clear();
}

void UndoTracker::onStateChanged(LessonView* view) {
    if (m_restoring) return;
    m_dirty.insert(view);
    // While a gesture lasts nothing is recorded: its end (release, Enter, focus leaving) schedules the check,
    // so a drag costs one set insertion per move.
    if (!holding()) scheduleCommit();
}

bool UndoTracker::isTextField(const QObject* object) {
    if (!object) return false;
    if (qobject_cast<const QLineEdit*>(object) || qobject_cast<const QAbstractSpinBox*>(object)) return true;
    auto* combo = qobject_cast<const QComboBox*>(object);
    return combo && combo->isEditable();
}

bool UndoTracker::isTextEditing() const {
    return m_editing || isTextField(QApplication::focusWidget());
}

bool UndoTracker::holding() const {
    return m_mouseDown || !m_keysDown.isEmpty() || isTextEditing();
}

void UndoTracker::scheduleCommit(bool evenWhileEditing) {
    if (m_scheduled) return;
    m_scheduled = true;
    // After the event being handled has done its work.
    QTimer::singleShot(0, this, [this, evenWhileEditing] {
        m_scheduled = false;
        const bool editingOnly = isTextEditing() && !m_mouseDown && m_keysDown.isEmpty();
        if (!holding() || (evenWhileEditing && editingOnly)) commit();
    });
}

void UndoTracker::commit() {
    const QSet<LessonView*> dirty = m_dirty;
    for (LessonView* v : dirty) {
        if (v->isPlaying()) continue; // recorded when the animation stops
        m_dirty.remove(v);
        const QJsonObject now = v->saveState();
        const QJsonObject before = m_recorded.value(v);
        if (now == before) continue;
        m_recorded.insert(v, now);
        m_stack->push(new StateCommand(this, v, before, now));
    }
}

void UndoTracker::restore(LessonView* view, const QJsonObject& state) {
    m_restoring = true;
    view->restoreState(state);
    m_restoring = false;
    m_recorded.insert(view, view->saveState());
    m_dirty.remove(view);
    emit restored(view);
}

bool UndoTracker::eventFilter(QObject* watched, QEvent* event) {
    // An application-wide filter sees an event again each time it is passed on to a parent; the
    // bookkeeping below is written so that seeing it twice does no harm.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        if (!m_mouseDown && watched->isWidgetType()) {
            if (watched != m_editing) m_editing = nullptr; // a click elsewhere ends the edit
            commit(); // what came before this gesture is a step of its own
            m_mouseDown = true;
        }
        break;
    case QEvent::MouseButtonRelease:
        if (static_cast<QMouseEvent*>(event)->buttons() == Qt::NoButton && m_mouseDown) {
            m_mouseDown = false;
            // A click ends a step even while a text field keeps the focus: picking a completion or a
            // preset from a formula field's list.
            scheduleCommit(true);
        }
        break;
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->isAutoRepeat()) break;
        if (isTextField(watched)) m_editing = watched;
        if (isTextEditing()) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) scheduleCommit(true);
            if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) m_editing = nullptr;
            break;
        }
        if (m_keysDown.isEmpty()) commit();
        m_keysDown.insert(key->key());
        break;
    }
    case QEvent::KeyRelease: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->isAutoRepeat() || !m_keysDown.contains(key->key())) break;
        m_keysDown.remove(key->key());
        if (m_keysDown.isEmpty()) scheduleCommit();
        break;
    }
    case QEvent::FocusOut:
        if (watched == m_editing) m_editing = nullptr;
        if (!m_dirty.isEmpty()) scheduleCommit();
        break;
    case QEvent::WindowDeactivate:
        // A dialog or another window took the keyboard: keys held now are released elsewhere.
        if (watched->isWidgetType() && static_cast<QWidget*>(watched)->isWindow()) {
            m_keysDown.clear();
            m_mouseDown = false;
            m_editing = nullptr;
        }
        break;
    default:
        break;
    }
    return false;
}

QString UndoTracker::describeChange(const QJsonObject& before, const QJsonObject& after) {
    QSet<QString> changed;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value()) changed.insert(it.key());
    if (changed.contains(QStringLiteral("formula"))) return tr("Change the function");
    if (onlyChanged(changed, {"x", "point"})) return tr("Move the point");
    if (onlyChanged(changed, {"range", "domain", "x", "point"})) return tr("Change the range");
    if (onlyChanged(changed, {"dx"})) return tr("Change Δx");
    if (onlyChanged(changed, {"scheme"})) return tr("Change the difference scheme");
    if (onlyChanged(changed, {"learningRate"})) return tr("Change the learning rate");
    if (onlyChanged(changed, {"maxSteps"})) return tr("Change the number of steps");
    if (onlyChanged(changed, {"tolerance"})) return tr("Change the tolerance");
    if (onlyChanged(changed, {"speed"})) return tr("Change the speed");
    if (onlyChanged(changed, {"follow"})) return tr("Follow another optimizer");
    if (onlyChanged(changed, {"optimizer", "optimizers", "learningRate", "momentum", "alpha", "beta1",
                              "beta2", "eps"}))
        return tr("Change the optimizer settings");
    return tr("Change the settings");
}

} // namespace gradlab
