#include "export/figure_writer.h"

#include "plotting/figure_export.h"
#include "views/lesson_view.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QObject>

namespace gradlab {

bool saveLessonFigure(const LessonView& view, const QString& path, const FigureOptions& options,
                      QString* error) {
    if (isVectorPath(path)) {
        bool drawn = true;
        const bool ok = saveVectorFigure(
            [&](QCPPainter* painter) {
                drawn = view.paintFigure(painter, options.size, options.transparent);
            },
            options.size, path, error);
        if (ok && !drawn) {
            QFile::remove(path); // an empty page is not the figure
            if (error) *error = QObject::tr("Cannot draw the figure (3-D drawing needs OpenGL).");
        }
        return ok && drawn;
    }
    const QImage image = view.renderImage(options.size, options.scale, options.transparent);
    if (image.isNull()) {
        if (error) *error = QObject::tr("Cannot draw the figure (3-D drawing needs OpenGL).");
        return false;
    }
    return saveImage(image, path, error);
}

bool copyLessonFigure(const LessonView& view, const FigureOptions& options, QString* error) {
    const QImage image = view.renderImage(options.size, options.scale, options.transparent);
    if (image.isNull()) {
        if (error) *error = QObject::tr("Cannot draw the figure (3-D drawing needs OpenGL).");
        return false;
    }
    QGuiApplication::clipboard()->setImage(image);
    return true;
}

} // namespace gradlab
