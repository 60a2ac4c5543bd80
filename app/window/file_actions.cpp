#include "window/file_actions.h"

#include "undo/lesson_document.h"
#include "views/lesson_view.h"
#include "window/existing_folder.h"
#include "window/main_window.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace gradlab {

namespace {
/// The file dialogs' filter, translated when it is used (not at static initialisation, before any
/// translator is installed).
QString fileFilter() {
    return FileActions::tr("GradLab lessons (*.gradlab)");
}
const QString kRecentKey = QStringLiteral("files/recent");
} // namespace

FileActions::FileActions(MainWindow* window, LessonDocument* document)
    : QObject(window)
    , m_window(window)
    , m_document(document) {
    connect(m_document, &LessonDocument::pathChanged, this, &FileActions::updateTitle);
    connect(m_document, &LessonDocument::modifiedChanged, this, &FileActions::updateTitle);
    updateTitle();
}

void FileActions::addTo(QMenu* menu) {
    QAction* newAction = menu->addAction(tr("&New"), this, &FileActions::newDocument);
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("Every lesson back to its first function and settings"));
    QAction* openAction = menu->addAction(tr("&Open…"), this, &FileActions::open);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    fillRecentMenu();
    menu->addSeparator();
    QAction* saveAction = menu->addAction(tr("&Save"), this, &FileActions::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = menu->addAction(tr("Save &As…"), this, &FileActions::saveAs);
    saveAsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
}

QString FileActions::dialogFolder() const {
    QStringList candidates;
    if (!m_document->path().isEmpty()) candidates << QFileInfo(m_document->path()).absolutePath();
    const QStringList recent = recentFiles();
    if (!recent.isEmpty()) candidates << QFileInfo(recent.first()).absolutePath();
    candidates << QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return firstExistingFolder(candidates);
}

bool FileActions::openFile(const QString& path, QString* error, bool quiet) {
    LessonFileContents contents;
    QString why;
    if (!m_document->read(path, &contents, &why)) {
        if (!quiet) QMessageBox::warning(m_window, tr("Cannot open the lesson file"), why);
        if (error) *error = why;
        return false;
    }
    m_document->apply(contents, QFileInfo(path).absoluteFilePath());
    if (!contents.active.isEmpty()) m_window->showLesson(contents.active);
    addRecent(QFileInfo(path).absoluteFilePath());
    if (!contents.warnings.isEmpty()) {
        const QString text =
            tr("Opened %1; %2").arg(QFileInfo(path).fileName(), contents.warnings.join(QStringLiteral("; ")));
        m_window->statusBar()->showMessage(text, 15000);
        if (error) *error = contents.warnings.join(QLatin1Char('\n'));
    } else {
        m_window->statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 6000);
    }
    return true;
}

bool FileActions::saveFile(const QString& path, QString* error, bool quiet) {
    QString why;
    const QString active = m_window->activeLesson() ? m_window->activeLesson()->id() : QString();
    if (!m_document->save(path, active, &why)) {
        if (!quiet) QMessageBox::warning(m_window, tr("Cannot save the lesson file"), why);
        if (error) *error = why;
        return false;
    }
    addRecent(QFileInfo(path).absoluteFilePath());
    m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

bool FileActions::save() {
    if (m_document->path().isEmpty()) return saveAs();
    return saveFile(m_document->path());
}

bool FileActions::saveAs() {
    const QString suggested = m_document->path().isEmpty()
                                  ? QDir(dialogFolder()).filePath(tr("lesson.gradlab"))
                                  : m_document->path();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Lesson"), suggested, fileFilter());
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".gradlab");
    return saveFile(path);
}

void FileActions::open() {
    if (!maybeSave()) return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Lesson"), dialogFolder(), fileFilter());
    if (!path.isEmpty()) openFile(path);
}

void FileActions::newDocument() {
    if (!maybeSave()) return;
    m_document->reset();
    m_window->showLesson(QStringLiteral("slope"));
}

bool FileActions::maybeSave() {
    m_discarded = false;
    if (!m_document->isModified()) return true;
    const QString name =
        m_document->path().isEmpty() ? tr("the untitled lesson") : QFileInfo(m_document->path()).fileName();
    const auto answer = QMessageBox::question(
        m_window, tr("Save changes?"), tr("Save the changes to %1 before closing it?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) return save();
    m_discarded = true;
    return true;
}

void FileActions::restoreSession() {
    QSettings settings;
    const QByteArray bytes = settings.value(QStringLiteral("session/state")).toByteArray();
    const QString path = settings.value(QStringLiteral("session/file")).toString();
    LessonFileContents contents;
    QString error;
    if (bytes.isEmpty() || !m_document->decode(bytes, &contents, &error)) return;
    m_document->apply(contents, path);
    if (!contents.active.isEmpty()) m_window->showLesson(contents.active);
}

void FileActions::storeSession() {
    QSettings settings;
    const QString active = m_window->activeLesson() ? m_window->activeLesson()->id() : QString();
    settings.setValue(QStringLiteral("session/state"),
                      m_discarded ? m_document->cleanBytes() : m_document->encode(active));
    settings.setValue(QStringLiteral("session/file"), m_document->path());
}

QStringList FileActions::recentFiles() const {
    return QSettings().value(kRecentKey).toStringList();
}

void FileActions::addRecent(const QString& path) {
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    fillRecentMenu();
}

void FileActions::fillRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    int number = 1;
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(number++).arg(QDir::toNativeSeparators(path)), this, [this, path] {
                if (maybeSave()) openFile(path);
            });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear the list"), this, [this] {
            QSettings().remove(kRecentKey);
            fillRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void FileActions::updateTitle() {
    const QString name =
        m_document->path().isEmpty() ? tr("Untitled") : QFileInfo(m_document->path()).fileName();
    m_window->setWindowTitle(tr("%1[*] — GradLab").arg(name));
    m_window->setWindowModified(m_document->isModified());
}

} // namespace gradlab
