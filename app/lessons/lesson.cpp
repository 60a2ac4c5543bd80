#include "lessons/lesson.h"

#include "lessons/edit_recorder.h"
#include "lessons/lesson_catalogue.h"

namespace gradlab {

namespace {
/// Serials of gestures, unique in the process so that two gestures never merge.
int nextGesture() {
    static int serial = 0;
    return ++serial;
}
} // namespace

Lesson::Lesson(QObject* parent)
    : QObject(parent) {}

void Lesson::restore(const QJsonObject& state) {
    ++m_editDepth;
    read(state);
    --m_editDepth;
}

PythonScript Lesson::pythonScript(ScriptLanguage) const {
    return PythonScript::failure(tr("the %1 lesson has no script").arg(id()).toStdString());
}

std::string Lesson::scriptTitle() const {
    const LessonModelEntry* entry = findLessonModel(id());
    return entry ? entry->title : id().toStdString();
}

bool Lesson::applyOptions(const RenderOptions& options, QString* error) {
    ++m_editDepth;
    const bool ok = apply(options, error);
    --m_editDepth;
    return ok;
}

void Lesson::beginGesture(const QString& name) {
    if (m_gestureDepth++ == 0) {
        m_gesture = nextGesture();
        m_gestureName = name;
    }
}

void Lesson::endGesture() {
    if (m_gestureDepth == 0) return;
    if (--m_gestureDepth == 0) {
        m_gesture = 0;
        m_gestureName.clear();
    }
}

void Lesson::edit(const QString& text, const std::function<void()>& change) {
    if (!m_recorder || m_editDepth > 0) {
        change();
        return;
    }
    const QJsonObject before = save();
    ++m_editDepth;
    change();
    --m_editDepth;
    const QJsonObject after = save();
    if (after != before)
        m_recorder->record(this, m_gestureName.isEmpty() ? text : m_gestureName, before, after, m_gesture);
}

} // namespace gradlab
