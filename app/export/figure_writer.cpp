#include "export/figure_writer.h"

#include "export/figure_layout.h"
#include "lessons/lesson.h"
#include "plotting/figure_export.h"
#include "views/lesson_registry.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QObject>
#include <qcustomplot.h>

namespace gradlab {

QImage renderLessonFigure(const Lesson& lesson, const FigureOptions& options) {
    return composeFigurePage(options.size, options.scale, options.transparent, options.title,
                             [&](QCPPainter* painter, QSize inner) {
                                 return paintLessonFigure(lesson, painter, inner, options.transparent,
                                                          options.scale);
                             });
}

bool saveLessonFigure(const Lesson& lesson, const QString& path, const FigureOptions& options,
                      QString* error) {
    if (isVectorPath(path)) {
        bool drawn = true;
        const bool ok = saveVectorFigure(
            [&](QCPPainter* painter) {
                drawn = paintFigurePage(
                    painter, options.size, options.transparent, options.title, [&](QSize inner) {
                        return paintLessonFigure(lesson, painter, inner, options.transparent, 0.0);
                    });
            },
            options.size, path, error);
        if (ok && !drawn) {
            QFile::remove(path); // an empty page is not the figure
            if (error) *error = QObject::tr("Cannot draw the figure (3-D drawing needs OpenGL).");
        }
        return ok && drawn;
    }
    const QImage image = renderLessonFigure(lesson, options);
    if (image.isNull()) {
        if (error) *error = QObject::tr("Cannot draw the figure (3-D drawing needs OpenGL).");
        return false;
    }
    return saveImage(image, path, error);
}

bool copyLessonFigure(const Lesson& lesson, const FigureOptions& options, QString* error) {
    const QImage image = renderLessonFigure(lesson, options);
    if (image.isNull()) {
        if (error) *error = QObject::tr("Cannot draw the figure (3-D drawing needs OpenGL).");
        return false;
    }
    QGuiApplication::clipboard()->setImage(image);
    return true;
}

} // namespace gradlab
