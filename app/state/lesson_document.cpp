#include "state/lesson_document.h"

#include "state/undo_tracker.h"
#include "views/lesson_view.h"

#include <QCoreApplication>
#include <QDir>
#include <QUndoStack>

namespace gradlab {

LessonDocument::LessonDocument(const QList<LessonView*>& views, QObject* parent)
    : QObject(parent)
    , m_views(views) {
    for (LessonView* v : m_views)
        m_defaults.insert(v->id(), v->saveState());
    m_stack = new QUndoStack(this);
    m_tracker = new UndoTracker(m_views, m_stack, this);
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    m_cleanBytes = encode(QString());
}

bool LessonDocument::isModified() const {
    return !m_stack->isClean();
}

QMap<QString, QJsonObject> LessonDocument::states() const {
    QMap<QString, QJsonObject> s;
    for (LessonView* v : m_views)
        s.insert(v->id(), v->saveState());
    return s;
}

QByteArray LessonDocument::encode(const QString& active) const {
    return encodeLessonFile(states(), active);
}

bool LessonDocument::decode(const QByteArray& bytes, LessonFileContents* contents, QString* error) const {
    LessonFileContents c;
    if (!decodeLessonFile(bytes, m_defaults, &c, error)) return false;
    for (LessonView* v : m_views) {
        const QString why = v->checkState(c.lessons.value(v->id()));
        if (!why.isEmpty()) {
            *error = QCoreApplication::translate("LessonDocument", "in lesson \"%1\": %2").arg(v->id(), why);
            return false;
        }
    }
    *contents = c;
    return true;
}

bool LessonDocument::read(const QString& path, LessonFileContents* contents, QString* error) const {
    QByteArray bytes;
    if (!readFileBytes(path, &bytes, error)) return false;
    QString why;
    if (!decode(bytes, contents, &why)) {
        *error = QCoreApplication::translate("LessonDocument", "Cannot open %1: %2.")
                     .arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

void LessonDocument::apply(const LessonFileContents& contents, const QString& path) {
    m_tracker->commit();
    // Lessons that share a controller restore in list order (the race before the 3-D view that follows it).
    for (LessonView* v : m_views)
        v->restoreState(contents.lessons.value(v->id(), m_defaults.value(v->id())));
    m_tracker->resetBaseline();
    m_stack->clear();
    m_stack->setClean();
    m_cleanBytes = encode(contents.active);
    setPath(path);
    emit modifiedChanged(false);
}

bool LessonDocument::save(const QString& path, const QString& active, QString* error) {
    m_tracker->commit();
    const QByteArray bytes = encode(active);
    if (!writeFileAtomically(path, bytes, error)) return false;
    m_stack->setClean();
    m_cleanBytes = bytes;
    setPath(path);
    return true;
}

void LessonDocument::reset() {
    LessonFileContents defaults;
    defaults.lessons = m_defaults;
    apply(defaults, QString());
}

void LessonDocument::setPath(const QString& path) {
    if (path == m_path) return;
    m_path = path;
    emit pathChanged(path);
}

} // namespace gradlab
