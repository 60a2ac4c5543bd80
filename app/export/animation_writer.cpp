#include "export/animation_writer.h"

#include "export/figure_layout.h"
#include "export/gif_writer.h"
#include "lessons/atomic_write.h"
#include "lessons/lesson.h"
#include "plotting/figure_export.h"
#include "views/lesson_registry.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cmath>
#include <filesystem>

namespace gradlab {

QStringList frameFileNames(const QString& path, int count) {
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix();
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names << info.dir().filePath(QStringLiteral("%1-%2.%3")
                                         .arg(info.completeBaseName())
                                         .arg(i, 4, 10, QLatin1Char('0'))
                                         .arg(suffix));
    return names;
}

bool saveLessonAnimation(const Lesson& lesson, const QString& path, const AnimationOptions& options,
                         const AnimationProgress& progress, QString* error, QStringList* written) {
    const QFileInfo info(path);
    auto fail = [&](const QString& why) {
        if (error) *error = QObject::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    LessonAnimation animation = createLessonAnimation(lesson);
    if (!animation.figure)
        return fail(QObject::tr("the lesson “%1” has no animation (secant, descent1d and race have one)")
                        .arg(lesson.id()));
    if (!info.absoluteDir().exists())
        return fail(
            QObject::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    const int count = std::clamp(options.frames > 0 ? options.frames : animation.frames, 2, 1000);
    const double fps = std::clamp(options.fps > 0 ? options.fps : animation.fps, 0.5, 50.0);
    const bool gif = info.suffix().compare(QLatin1String("gif"), Qt::CaseInsensitive) == 0;
    auto frame = [&](int i) {
        animation.seek(i, count);
        const bool transparent = options.figure.transparent && !gif;
        return composeFigurePage(options.figure.size, options.figure.scale, transparent, options.figure.title,
                                 [&](QCPPainter* painter, QSize inner) {
                                     paintFigure(animation.figure.get(), painter, inner, transparent, false);
                                     return true;
                                 });
    };

    if (gif) {
        // One palette for all frames, from the first, the middle and the last.
        const QVector<QRgb> palette = GifWriter::paletteFor({frame(0), frame(count / 2), frame(count - 1)});
        const int delay = std::max(2, static_cast<int>(std::lround(100.0 / fps)));
        const bool ok = writeAtomically(
            path,
            [&](QIODevice* device, QString* why) {
                GifWriter writer;
                if (!writer.open(device, options.figure.size * options.figure.scale, palette, why))
                    return false;
                for (int i = 0; i < count; ++i) {
                    // The last frame stays a moment longer, so the loop shows where it ended.
                    if (!writer.addFrame(frame(i), i == count - 1 ? std::max(delay, 150) : delay, why))
                        return false;
                    if (progress && !progress(i + 1, count)) {
                        *why = QObject::tr("cancelled");
                        return false;
                    }
                }
                return writer.close(why);
            },
            error);
        if (ok && written) *written = {path};
        return ok;
    }

    // Frames go to a hidden folder beside the target and are moved into place once all are written.
    QTemporaryDir staging(info.absoluteDir().filePath(QStringLiteral(".gradlab-frames-XXXXXX")));
    if (!staging.isValid()) return fail(staging.errorString());
    const QStringList names = frameFileNames(info.absoluteFilePath(), count);
    QStringList staged;
    for (int i = 0; i < count; ++i) {
        const QString temp = QDir(staging.path()).filePath(QFileInfo(names[i]).fileName());
        QString why;
        if (!saveImage(frame(i), temp, &why)) return fail(why);
        staged << temp;
        if (progress && !progress(i + 1, count)) return fail(QObject::tr("cancelled"));
    }
    QStringList moved;
    for (int i = 0; i < count; ++i) {
        std::error_code ec;
        std::filesystem::rename(staged[i].toStdString(), names[i].toStdString(), ec);
        if (ec) {
            for (const QString& m : moved)
                QFile::remove(m);
            return fail(QString::fromStdString(ec.message()));
        }
        moved << names[i];
    }
    if (written) *written = moved;
    return true;
}

} // namespace gradlab
