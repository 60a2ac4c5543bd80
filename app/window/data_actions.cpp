#include "window/data_actions.h"

#include "lessons/fit_lesson.h"
#include "lessons/lesson_file.h"
#include "lessons/lesson_set.h"
#include "window/existing_folder.h"
#include "window/main_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace gradlab {

namespace {
const QString kFitId = QStringLiteral("fit-line");
/// A data file larger than this is refused before it is read (the lesson holds at most 10000 points).
constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

QString dataFolder() {
    return firstExistingFolder({QSettings().value(QStringLiteral("data/folder")).toString(),
                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)});
}
} // namespace

DataActions::DataActions(MainWindow* window)
    : QObject(window)
    , m_window(window) {}

FitLesson* DataActions::lesson() const {
    return m_window->models()->get<FitLesson>(kFitId);
}

void DataActions::addTo(QMenu* menu) {
    QAction* import = menu->addAction(tr("&Import Data…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import Data"), dataFolder(), tr("CSV with columns x and y (*.csv);;All files (*)"));
        if (!path.isEmpty()) importData(path);
    });
    import->setStatusTip(tr("Read points (a CSV with columns x and y) into the lesson “Fitting a line”"));
    QAction* save = menu->addAction(tr("Export &Data as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export Data as CSV"),
            QDir(dataFolder()).filePath(kFitId + QStringLiteral("-data.csv")), tr("CSV tables (*.csv)"));
        if (!path.isEmpty()) exportData(path);
    });
    save->setStatusTip(tr("Write the points of the lesson “Fitting a line” as CSV"));
}

bool DataActions::report(bool ok, const QString& title, const QString& done, const QString& reason,
                         QString* error, bool quiet) {
    if (ok)
        m_window->statusBar()->showMessage(done, 8000);
    else if (!quiet)
        QMessageBox::warning(m_window, title, reason);
    if (error) *error = ok ? QString() : reason;
    return ok;
}

bool DataActions::importData(const QString& path, QString* error, bool quiet) {
    const QString title = tr("Import failed");
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report(false, title, {}, tr("Cannot read %1: %2.").arg(name, file.errorString()), error,
                      quiet);
    if (file.size() > kMaxBytes)
        return report(false, title, {}, tr("%1 is too large to be data for this lesson.").arg(name), error,
                      quiet);
    QString why;
    FitLesson* fit = lesson();
    if (!fit->importCsv(file.readAll(), &why))
        return report(false, title, {}, tr("%1 was not imported: %2").arg(name, why), error, quiet);
    m_window->showLesson(kFitId); // where the data went
    QSettings().setValue(QStringLiteral("data/folder"), QFileInfo(path).absolutePath());
    return report(true, title, tr("Imported %n point(s) from %1", nullptr, fit->pointCount()).arg(name), {},
                  error, quiet);
}

bool DataActions::exportData(const QString& path, QString* error, bool quiet) {
    QString why;
    const FitLesson* fit = lesson();
    const bool ok = writeFileAtomically(path, fit->dataCsv(), &why);
    if (ok) QSettings().setValue(QStringLiteral("data/folder"), QFileInfo(path).absolutePath());
    return report(
        ok, tr("Export failed"),
        tr("Saved %1 (%n point(s))", nullptr, fit->pointCount()).arg(QDir::toNativeSeparators(path)), why,
        error, quiet);
}

} // namespace gradlab
