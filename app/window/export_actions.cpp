#include "window/export_actions.h"

#include "export/animation_writer.h"
#include "export/export_dialog.h"
#include "export/figure_writer.h"
#include "lessons/lesson_file.h"
#include "views/lesson_registry.h"
#include "views/lesson_view.h"
#include "window/existing_folder.h"
#include "window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace gradlab {

ExportActions::ExportActions(MainWindow* window)
    : QObject(window)
    , m_window(window) {}

void ExportActions::addTo(QMenu* menu) {
    QAction* figure = menu->addAction(tr("&Export Figure…"), this, &ExportActions::figureWithDialog);
    figure->setShortcut(QKeySequence(tr("Ctrl+E")));
    figure->setToolTip(tr("The lesson's figure as PNG, PDF or SVG"));
    QAction* copy = menu->addAction(tr("&Copy Figure"), this, [this] {
        FigureOptions o;
        QSettings s;
        o.size = QSize(s.value(QStringLiteral("export/width"), 1200).toInt(),
                       s.value(QStringLiteral("export/height"), 800).toInt());
        o.scale = s.value(QStringLiteral("export/scale"), 1.0).toDouble();
        copyFigure(o);
    });
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_table = menu->addAction(tr("Export &Table as CSV…"), this, &ExportActions::tableWithDialog);
    m_table->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_animation = menu->addAction(tr("Export &Animation…"), this, &ExportActions::animationWithDialog);
}

void ExportActions::lessonShown(LessonView* view) {
    if (!m_table) return;
    const QString table = view ? view->model()->tableTitle() : QString();
    m_table->setEnabled(!table.isEmpty());
    m_table->setText(table.isEmpty() ? tr("Export &Table as CSV…")
                                     : tr("Export &Table as CSV (%1)…").arg(table));
    m_animation->setEnabled(view && hasLessonAnimation(*view->model()));
}

QString ExportActions::suggestedPath(const QString& name, const QString& suffix) const {
    const QString folder =
        firstExistingFolder({QSettings().value(QStringLiteral("export/folder")).toString(),
                             QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)});
    return QDir(folder).filePath(name + QLatin1Char('.') + suffix);
}

void ExportActions::remember(const QString& path) {
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
}

bool ExportActions::report(bool ok, const QString& path, const QString& done, const QString& reason,
                           QString* error, bool quiet) {
    if (ok) {
        m_window->statusBar()->showMessage(done, 8000);
        remember(path);
    } else if (!quiet) {
        QMessageBox::warning(m_window, tr("Export failed"), reason);
    }
    if (error) *error = reason;
    return ok;
}

bool ExportActions::exportFigure(const QString& path, const FigureOptions& options, QString* error,
                                 bool quiet) {
    LessonView* v = m_window->activeLesson();
    QString reason;
    const bool ok = v && saveLessonFigure(*v->model(), path, options, &reason);
    return report(ok, path,
                  tr("Saved %1 (%2 × %3)")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(qRound(options.size.width() * options.scale))
                      .arg(qRound(options.size.height() * options.scale)),
                  reason, error, quiet);
}

bool ExportActions::copyFigure(const FigureOptions& options, QString* error) {
    LessonView* v = m_window->activeLesson();
    QString reason;
    const bool ok = v && copyLessonFigure(*v->model(), options, &reason);
    if (ok)
        m_window->statusBar()->showMessage(tr("Copied the figure to the clipboard"), 6000);
    else
        QMessageBox::warning(m_window, tr("Copy failed"), reason);
    if (error) *error = reason;
    return ok;
}

bool ExportActions::exportTable(const QString& path, QString* error, bool quiet) {
    LessonView* v = m_window->activeLesson();
    const QByteArray csv = v ? v->model()->tableCsv() : QByteArray();
    QString reason = tr("This lesson shows no table.");
    const bool ok = !csv.isEmpty() && writeFileAtomically(path, csv, &reason);
    return report(ok, path,
                  tr("Saved %1 (%n row(s))", nullptr, static_cast<int>(csv.count('\n') - 1))
                      .arg(QDir::toNativeSeparators(path)),
                  reason, error, quiet);
}

bool ExportActions::exportAnimation(const QString& path, const AnimationOptions& options, QString* error,
                                    bool quiet) {
    LessonView* v = m_window->activeLesson();
    if (!v) return false;
    QProgressDialog* progress = nullptr;
    if (!quiet) {
        progress = new QProgressDialog(tr("Drawing the frames…"), tr("Cancel"), 0, 100, m_window);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setValue(0);
    }
    QString reason;
    QStringList written;
    const bool ok = saveLessonAnimation(
        *v->model(), path, options,
        [progress](int done, int total) {
            if (!progress) return true;
            progress->setMaximum(total);
            progress->setValue(done);
            QCoreApplication::processEvents();
            return !progress->wasCanceled();
        },
        &reason, &written);
    const bool cancelled = progress && progress->wasCanceled();
    delete progress;
    if (cancelled) {
        m_window->statusBar()->showMessage(tr("Export cancelled; nothing was written."), 6000);
        if (error) *error = reason;
        return false;
    }
    const QString done =
        written.size() > 1
            ? tr("Saved %n frame(s), %1 to %2", nullptr, static_cast<int>(written.size()))
                  .arg(QFileInfo(written.first()).fileName(), QFileInfo(written.last()).fileName())
            : tr("Saved %1").arg(QDir::toNativeSeparators(path));
    return report(ok, path, done, reason, error, quiet);
}

void ExportActions::figureWithDialog() {
    LessonView* v = m_window->activeLesson();
    if (!v) return;
    ExportDialog dialog(ExportDialog::Figure, suggestedPath(v->id(), QStringLiteral("png")), m_window);
    // After a failure (said in a message) the dialog opens again as it was: the size, title and name
    // entered are not lost.
    for (;;) {
        const int result = dialog.exec();
        if (result == ExportDialog::CopyToClipboard) {
            if (copyFigure(dialog.figureOptions())) return;
        } else if (result == QDialog::Accepted) {
            if (exportFigure(dialog.path(), dialog.figureOptions())) return;
        } else {
            return;
        }
    }
}

void ExportActions::tableWithDialog() {
    LessonView* v = m_window->activeLesson();
    if (!v || v->model()->tableName().isEmpty()) return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Table as CSV"),
        suggestedPath(v->id() + QLatin1Char('-') + v->model()->tableName(), QStringLiteral("csv")),
        tr("CSV tables (*.csv)"));
    if (!path.isEmpty()) exportTable(path);
}

void ExportActions::animationWithDialog() {
    LessonView* v = m_window->activeLesson();
    if (!v) return;
    ExportDialog dialog(ExportDialog::Animation, suggestedPath(v->id(), QStringLiteral("gif")), m_window);
    const LessonAnimation animation = createLessonAnimation(*v->model());
    dialog.setLessonAnimation(animation.frames, animation.fps);
    // Again after a failure or a cancelled drawing, as it was: fewer frames or another name is one change.
    while (dialog.exec() == QDialog::Accepted)
        if (exportAnimation(dialog.path(), dialog.animationOptions())) return;
}

} // namespace gradlab
