#pragma once
// File → New, Open…, Open Recent, Save, Save As… for .gradlab lesson files, the question before a
// modified document is closed, and the session kept between runs (QSettings). The window title names
// the file and marks unsaved changes.

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace gradlab {

class LessonDocument;
class MainWindow;

class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(MainWindow* window, LessonDocument* document);

    /// Adds New, Open…, Open Recent, Save and Save As… to `menu`.
    void addTo(QMenu* menu);

    /// Opens a lesson file; on failure nothing changes and, unless `quiet`, a message says why (also in
    /// `error`). On success `error` receives the warnings (keys ignored), one per line, if any.
    bool openFile(const QString& path, QString* error = nullptr, bool quiet = false);
    /// Saves to `path` atomically; on failure the old file is untouched and, unless `quiet`, a message says
    /// why.
    bool saveFile(const QString& path, QString* error = nullptr, bool quiet = false);
    /// Save to the document's file, or ask for one. False if cancelled or failed.
    bool save();
    bool saveAs();
    void open();
    void newDocument();
    /// Asks what to do with unsaved changes: true to go on (saved or discarded), false if cancelled.
    bool maybeSave();

    /// Restores the last session's lessons and file (silently: a session that cannot be read is skipped).
    void restoreSession();
    /// Keeps the present state for the next start (or the last saved one, if the changes were discarded).
    void storeSession();

    QStringList recentFiles() const;
    static constexpr int kMaxRecent = 8;
    /// Where Open and Save As start: the document's folder, the last file's, Documents, or home (the
    /// first that exists).
    QString dialogFolder() const;

private:
    void updateTitle();
    void addRecent(const QString& path);
    void fillRecentMenu();

    MainWindow* m_window;
    LessonDocument* m_document;
    QMenu* m_recentMenu = nullptr;
    bool m_discarded = false;
};

} // namespace gradlab
