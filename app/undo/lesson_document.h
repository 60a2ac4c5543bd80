#pragma once
// Everything the lessons hold, as one document: its file, its undo history and whether it has changed
// since it was last saved. Each model records its user actions here as commands on one QUndoStack.
// Opening checks the whole file against every lesson before anything changes.

#include "lessons/edit_recorder.h"
#include "lessons/lesson_file.h"

#include <QList>
#include <QObject>

class QUndoStack;

namespace gradlab {

class Lesson;
class LessonSet;

class LessonDocument : public QObject, public EditRecorder {
    Q_OBJECT
public:
    /// The lessons' present states become the defaults (File → New, and missing keys in files); every
    /// lesson records its actions in this document's history from now on.
    explicit LessonDocument(LessonSet* lessons, QObject* parent = nullptr);
    ~LessonDocument() override;

    QUndoStack* undoStack() const { return m_stack; }
    LessonSet* lessons() const { return m_lessons; }
    /// The file the document was opened from or saved to ("" until then).
    QString path() const { return m_path; }
    /// Changed since it was opened, saved or made new (undoing back to that point clears it).
    bool isModified() const;

    QMap<QString, QJsonObject> defaults() const { return m_defaults; }
    QMap<QString, QJsonObject> states() const;
    /// The document as file bytes, with `active` as the active lesson.
    QByteArray encode(const QString& active) const;
    /// The bytes last saved or opened (what "discard changes" goes back to).
    QByteArray cleanBytes() const { return m_cleanBytes; }

    /// Reads and checks a file without changing anything.
    bool read(const QString& path, LessonFileContents* contents, QString* error) const;
    /// Decodes and checks bytes (formulas, ranges, names) without changing anything.
    bool decode(const QByteArray& bytes, LessonFileContents* contents, QString* error) const;
    /// Shows checked contents in every lesson; the history starts afresh. `path` becomes the document's.
    void apply(const LessonFileContents& contents, const QString& path);
    /// Writes the document atomically to `path`, which becomes its file.
    bool save(const QString& path, const QString& active, QString* error);
    /// Every lesson back to its defaults, no file, no history.
    void reset();

    void record(Lesson* lesson, const QString& text, const QJsonObject& before, const QJsonObject& after,
                int gesture) override;

signals:
    void pathChanged(const QString& path);
    void modifiedChanged(bool modified);
    /// Undo or redo changed this lesson (the window shows it).
    void restored(gradlab::Lesson* lesson);

private:
    void setPath(const QString& path);

    LessonSet* m_lessons;
    QMap<QString, QJsonObject> m_defaults;
    QUndoStack* m_stack;
    QString m_path;
    QByteArray m_cleanBytes;
};

} // namespace gradlab
