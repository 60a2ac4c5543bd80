#include "undo/lesson_document.h"

#include "lessons/lesson_set.h"
#include "undo/lesson_command.h"

#include <QCoreApplication>
#include <QDir>
#include <QUndoStack>

namespace gradlab {

LessonDocument::LessonDocument(LessonSet* lessons, QObject* parent)
    : QObject(parent)
    , m_lessons(lessons) {
    for (Lesson* l : m_lessons->lessons()) {
        m_defaults.insert(l->id(), l->save());
        l->setRecorder(this);
    }
    m_stack = new QUndoStack(this);
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    m_cleanBytes = encode(QString());
}

LessonDocument::~LessonDocument() {
    for (Lesson* l : m_lessons->lessons())
        l->setRecorder(nullptr);
}

void LessonDocument::record(Lesson* lesson, const QString& text, const QJsonObject& before,
                            const QJsonObject& after, int gesture) {
    auto* command = new LessonCommand(lesson, text, before, after, gesture);
    command->setOnRestore([this](Lesson* l) { emit restored(l); });
    m_stack->push(command);
}

bool LessonDocument::isModified() const {
    return !m_stack->isClean();
}

QMap<QString, QJsonObject> LessonDocument::states() const {
    QMap<QString, QJsonObject> s;
    for (Lesson* l : m_lessons->lessons())
        s.insert(l->id(), l->save());
    return s;
}

QByteArray LessonDocument::encode(const QString& active) const {
    return encodeLessonFile(states(), active);
}

bool LessonDocument::decode(const QByteArray& bytes, LessonFileContents* contents, QString* error) const {
    LessonFileContents c;
    if (!decodeLessonFile(bytes, m_defaults, &c, error)) return false;
    for (Lesson* l : m_lessons->lessons()) {
        const QString why = l->check(c.lessons.value(l->id()));
        if (!why.isEmpty()) {
            *error = QCoreApplication::translate("LessonDocument", "in lesson \"%1\": %2").arg(l->id(), why);
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
    // Lessons that share state restore in list order (the race before the 3-D view that follows it).
    for (Lesson* l : m_lessons->lessons())
        l->restore(contents.lessons.value(l->id(), m_defaults.value(l->id())));
    m_stack->clear();
    m_stack->setClean();
    m_cleanBytes = encode(contents.active);
    setPath(path);
    emit modifiedChanged(false);
}

bool LessonDocument::save(const QString& path, const QString& active, QString* error) {
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
