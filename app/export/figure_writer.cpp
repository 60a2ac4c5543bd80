#include "export/figure_writer.h"

#include "export/figure_layout.h"
#include "plotting/figure_export.h"
#include "views/lesson_view.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QObject>
#include <qcustomplot.h>

namespace gradlab {

QImage renderLessonFigure(const LessonView& view, const FigureOptions& options) {
    return composeFigurePage(
        options.size, options.scale, options.transparent, options.title,
        [&](QSize inner) { return view.renderImage(inner, options.scale, options.transparent); });
}

bool saveLessonFigure(const LessonView& view, const QString& path, const FigureOptions& options,
                      QString* error) {
    if (isVectorPath(path)) {
        bool drawn = true;
        const bool ok = saveVectorFigure(
            [&](QCPPainter* painter) {
                drawn = paintFigurePage(
                    painter, options.size, options.transparent, options.title,
                    [&](QSize inner) { return view.paintFigure(painter, inner, options.transparent); });
            },
            options.size, path, error);
        if (ok && !drawn) {
            QFile::remove(path); // an empty page is not the figure
            if (error) *error = QObject::tr("Cannot draw the figure (3-D drawing needs OpenGL).");
        }
        return ok && drawn;
    }
    const QImage image = renderLessonFigure(view, options);
    if (image.isNull()) {
        if (error) *error = QObject::tr("Cannot draw the figure (3-D drawing needs OpenGL).");
        return false;
    }
    return saveImage(image, path, error);
}

bool copyLessonFigure(const LessonView& view, const FigureOptions& options, QString* error) {
    const QImage image = renderLessonFigure(view, options);
    if (image.isNull()) {
        if (error) *error = QObject::tr("Cannot draw the figure (3-D drawing needs OpenGL).");
        return false;
    }
    QGuiApplication::clipboard()->setImage(image);
    return true;
}

} // namespace gradlab
