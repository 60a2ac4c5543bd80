#pragma once
// Everything the lessons hold, as one document: its file, its undo history and whether it has changed
// since it was last saved. Opening checks the whole file against every lesson before anything changes.

#include "state/lesson_file.h"

#include <QList>
#include <QObject>

class QUndoStack;

namespace gradlab {

class LessonView;
class UndoTracker;

class LessonDocument : public QObject {
    Q_OBJECT
public:
    /// The lessons' present states become the defaults (File → New, and missing keys in files).
    explicit LessonDocument(const QList<LessonView*>& views, QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_stack; }
    UndoTracker* tracker() const { return m_tracker; }
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

signals:
    void pathChanged(const QString& path);
    void modifiedChanged(bool modified);

private:
    void setPath(const QString& path);

    QList<LessonView*> m_views;
    QMap<QString, QJsonObject> m_defaults;
    QUndoStack* m_stack;
    UndoTracker* m_tracker;
    QString m_path;
    QByteArray m_cleanBytes;
};

} // namespace gradlab
