#include "render_command.h"

#include "cli/command.h"
#include "plotting/figure_export.h"
#include "plotting/surface_scene.h"
#include "views/lesson_factory.h"
#include "views/lesson_view.h"

#include <QApplication>
#include <QDir>
#include <cstdio>
#include <ostream>

namespace gradlab {

namespace {

QVector<double> toVector(const std::vector<double>& v) {
    return QVector<double>(v.begin(), v.end());
}

int runRender(const std::vector<std::string>& args, std::ostream& out) {
    using cli::UsageError;
    const cli::Arguments a(
        args, {"at", "h", "scheme", "start", "lr", "optimizer", "steps", "output", "size", "scale"}, {});
    const auto& positional = a.positionals();
    const QString ids = lessonIds().join(QStringLiteral(", "));
    if (positional.empty()) throw UsageError{"missing lesson (one of " + ids.toStdString() + ")"};
    if (positional.size() > 2)
        throw UsageError{"unexpected argument '" + positional[2] + "' (quote the formula)"};
    const QString id = QString::fromStdString(positional[0]);
    if (!lessonIds().contains(id))
        throw UsageError{"unknown lesson '" + positional[0] + "' (choose " + ids.toStdString() + ")"};
    if (!a.has("output")) throw UsageError{"-o FILE.png is required"};
    QSize size(1200, 800);
    if (const auto s = a.text("size"))
        if (!parseSize(QString::fromStdString(*s), &size))
            throw UsageError{"--size must be WIDTHxHEIGHT between 16 and 16384, got '" + *s + "'"};
    const double scale = a.positive("scale", 1.0);
    if (scale > 8 || size.width() * scale > 32768 || size.height() * scale > 32768)
        throw UsageError{"--scale is too large for that size (at most 32768 pixels each way)"};

    RenderOptions options;
    if (positional.size() == 2) options.formula = QString::fromStdString(positional[1]);
    options.at = toVector(a.list("at"));
    options.h = a.number("h", 0.0);
    if (a.has("h") && !(options.h > 0)) throw UsageError{"--h must be a positive number"};
    options.scheme = QString::fromStdString(a.text("scheme").value_or(""));
    options.start = toVector(a.list("start"));
    options.rates = toVector(a.list("lr"));
    for (double r : options.rates)
        if (!(r > 0)) throw UsageError{"--lr values must be positive"};
    if (const auto o = a.text("optimizer"))
        options.optimizers = QString::fromStdString(*o).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.steps = a.integer("steps", 0, 0, 1000000);

    // Headless whatever the environment: no display is needed or used. The offscreen platform's notes
    // about features it lacks are not the user's concern. The 3-D surface needs OpenGL, which needs a
    // display here: it uses the one there is, and says so when there is none.
    const bool needsGl = id == QLatin1String("surface3d");
    if (!needsGl)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        throw UsageError{"surface3d needs OpenGL and a display; run it under a desktop or xvfb-run "
                         "(for example: xvfb-run -a gradlab render surface3d ...)"};
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (message.contains(QLatin1String("propagateSizeHints")) ||
            message.contains(QLatin1String("XDG_RUNTIME_DIR")) ||
            message.contains(QLatin1String("runtime directory")))
            return;
        if (type != QtDebugMsg) fprintf(stderr, "%s\n", qPrintable(message));
    });
    static int argc = 1;
    static char name[] = "gradlab";
    static char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QString error;
    if (needsGl && !SurfaceScene::openGlAvailable(&error))
        throw UsageError{"surface3d needs OpenGL: " + error.toStdString()};
    LessonContext context;
    std::unique_ptr<LessonView> view = createLesson(id, nullptr, &context);
    if (!view->applyOptions(options, &error)) throw UsageError{error.toStdString()};
    const QImage image = view->renderImage(size, scale);
    if (image.isNull()) throw UsageError{"could not draw the figure"};
    const QString path = QString::fromStdString(*a.text("output"));
    if (!saveImage(image, path, &error)) throw UsageError{error.toStdString()};
    out << "wrote " << path.toStdString() << " (" << image.width() << "x" << image.height() << " pixels)\n";
    return cli::kExitOk;
}

} // namespace

void registerRenderCommand() {
    cli::registerCommand(
        {"render", "draw a lesson's figure to a PNG file, headless",
         "Usage: gradlab render LESSON \"EXPR\" [--at A[,B]] [--h H] [--scheme forward|backward|central]\n"
         "         [--start A[,B]] [--lr LR[,LR...]] [--optimizer NAME[,NAME...]] [--steps N]\n"
         "         -o FILE.png [--size WxH] [--scale S]\n\n"
         "LESSON: slope, secant, numeric, autograd, contour, descent1d, learning-rate, race, surface3d.\n"
         "Draws the same figure as File > Export PNG, without a display (QT_QPA_PLATFORM is not needed).\n"
         "surface3d is drawn with OpenGL and needs a display (a desktop, or xvfb-run); without one it\n"
         "fails with a message. --lr gives one rate for all optimizers or one per optimizer.\n"
         "--size is in logical pixels (default 1200x800); --scale 2 writes twice as many pixels each way\n"
         "with the same layout, for high-DPI slides. The file is written whole or not at all.\n",
         runRender});
}

} // namespace gradlab
