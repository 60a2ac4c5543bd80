#include "export/render_command.h"

#include "cli/command.h"
#include "export/animation_writer.h"
#include "export/figure_writer.h"
#include "export/lesson_options.h"
#include "lessons/lesson_set.h"
#include "plotting/figure_export.h"
#include "plotting/surface_scene.h"
#include "views/lesson_registry.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <ostream>
#include <set>
#include <string>

namespace gradlab {

namespace {

int runRender(const std::vector<std::string>& args, std::ostream& out) {
    using cli::UsageError;
    std::set<std::string> valued = lessonOptionNames();
    valued.insert({"output", "size", "scale", "frames", "fps", "title"});
    std::set<std::string> flags = lessonFlagNames();
    flags.insert({"transparent", "animate"});
    const cli::Arguments a(args, valued, flags);
    RenderOptions options;
    const QString id = readLessonOptions(a, &options);
    if (!a.has("output"))
        throw UsageError{"-o FILE (.png, .pdf, .svg; .gif or .png with --animate) is required"};
    const bool animate = a.flag("animate");
    const int frames = a.integer("frames", 0, 2, 1000);
    const double fps = a.number("fps", 0.0);
    if (a.has("fps") && !(fps >= 0.5 && fps <= 50)) throw UsageError{"--fps must be from 0.5 to 50"};
    if (!animate && (a.has("frames") || a.has("fps"))) throw UsageError{"--frames and --fps need --animate"};
    QSize size(1200, 800);
    if (const auto s = a.text("size"))
        if (!parseSize(QString::fromStdString(*s), &size))
            throw UsageError{"--size must be WIDTHxHEIGHT between 16 and 16384, got '" + *s + "'"};
    const double scale = a.positive("scale", 1.0);
    if (scale > 8 || size.width() * scale > 32768 || size.height() * scale > 32768)
        throw UsageError{"--scale is too large for that size (at most 32768 pixels each way)"};
    if (a.has("scale") && isVectorPath(QString::fromStdString(*a.text("output"))))
        throw UsageError{
            "--scale is for pixel images (.png and other image formats, .gif with --animate): a .pdf or "
            ".svg is drawn as vectors, sharp at any zoom, at --size"};

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
    // The models only (no interactive view): the figure drawn is made from the lesson's model.
    const std::unique_ptr<LessonSet> lessons = createLessons();
    Lesson* lesson = lessons->lesson(id);
    if (!lesson->applyOptions(options, &error)) throw UsageError{error.toStdString()};
    const QString path = QString::fromStdString(*a.text("output"));
    FigureOptions figure;
    figure.size = size;
    figure.scale = scale;
    figure.transparent = a.flag("transparent");
    if (const auto t = a.text("title")) figure.title = QString::fromStdString(*t);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (animate) {
        if (suffix != QLatin1String("gif") && suffix != QLatin1String("png"))
            throw UsageError{"--animate writes a .gif or numbered .png frames, not '" + path.toStdString() +
                             "'"};
        AnimationOptions options;
        options.figure = figure;
        options.frames = frames;
        options.fps = fps;
        QStringList written;
        if (!saveLessonAnimation(*lesson, path, options, {}, &error, &written))
            throw UsageError{error.toStdString()};
        if (suffix == QLatin1String("gif"))
            out << "wrote " << path.toStdString() << "\n";
        else
            out << "wrote " << written.size() << " frames, " << written.first().toStdString() << " to "
                << written.last().toStdString() << "\n";
        return cli::kExitOk;
    }
    if (!saveLessonFigure(*lesson, path, figure, &error)) throw UsageError{error.toStdString()};
    if (isVectorPath(path))
        out << "wrote " << path.toStdString() << " (" << size.width() << "x" << size.height()
            << ", vector)\n";
    else
        out << "wrote " << path.toStdString() << " (" << qRound(size.width() * scale) << "x"
            << qRound(size.height() * scale) << " pixels)\n";
    return cli::kExitOk;
}

} // namespace

void registerRenderCommand() {
    // The lesson list comes from the catalogue; the text lives as long as the program.
    static const std::string help =
        std::string(
            "Usage: gradlab render LESSON \"EXPR\" [--at A[,B]] [--h H] [--scheme forward|backward|central]\n"
            "         [--start A[,B]] [--lr LR[,LR...]] [--optimizer NAME[,NAME...]] [--steps N]\n"
            "         [--schedule NAME [--step-size N] [--gamma G] [--t-max N] [--eta-min E] [--warmup N]\n"
            "         [--start-factor F]] [--noise SIGMA] [--seed S] [--overlay]\n"
            "         -o FILE.png|FILE.pdf|FILE.svg [--size WxH] [--scale S] [--transparent]\n"
            "         [--title TEXT]\n"
            "       gradlab render zoom \"EXPR\" --at A [--zoom W] -o FILE ...\n"
            "       gradlab render fit-line [--data FILE.csv] [--start W,B] [--optimizer NAME] [--lr LR]\n"
            "         [--epochs E] [--batch-size N] [--seed S] [--steps N] -o FILE ...\n"
            "       gradlab render contour \"EXPR\" [--at A,B] [--hessian] -o FILE ...\n"
            "       gradlab render learning-rate|race ... --view map|run|race -o FILE ...\n"
            "       gradlab render LESSON ... --animate -o FILE.gif|FILE.png [--frames N] [--fps F]\n\n"
            "LESSON: ") +
        lessonIds().join(QStringLiteral(", ")).toStdString() + ".\n" +
        std::string(
            "Draws the same figure as File > Export Figure, without a display (QT_QPA_PLATFORM is not "
            "needed).\n"
            "The format follows the extension: .png (and other image formats), .pdf and .svg as vectors\n"
            "(96 pixels per inch: a PDF page is WxH x 0.75 points). --transparent leaves the background "
            "out.\n"
            "--animate writes the lesson's animation (secant: the secant closing on the tangent; descent1d "
            "and\n"
            "race: the run step by step) as an animated GIF, or as FILE-0001.png, FILE-0002.png, ...\n"
            "--frames defaults to the lesson's own (60 for secant, one per step up to 100 or 120 "
            "otherwise).\n"
            "surface3d is drawn with OpenGL and needs a display (a desktop, or xvfb-run); without one it\n"
            "fails with a message. --lr gives one rate for all optimizers or one per optimizer.\n"
            "--schedule, its settings, --noise and --seed (descent1d, learning-rate, race, surface3d) are\n"
            "read as by `gradlab descend`; in the race one schedule and one noise apply to every optimizer.\n"
            "fit-line fits ŷ = w·x + b to its data (a CSV with columns x and y, or the default preset) and\n"
            "shows the run taken --steps updates far, or to its end; it takes --schedule and its settings,\n"
            "and --seed for the shuffles (it has no gradient noise: mini-batches are its noise).\n"
            "contour --hessian draws the Hessian at the point: its eigen-directions, labelled with the\n"
            "eigenvalues, and the level set ½ dᵀHd = ±c of the local quadratic model (an ellipse,\n"
            "hyperbolas or parallel lines).\n"
            "zoom shows the magnifier on the window A - W ... A + W (W from 1e-6 to 10, default 1).\n"
            "--overlay (race, descent1d) draws each optimizer's state at its steps, as Show optimizer state\n"
            "does: the velocity, Adam's m̂ against the raw gradient, the update per coordinate as a box.\n"
            "--view map (learning-rate, race) draws the stability map, computed whole first, instead of the "
            "run\n"
            "(--view run, race --view race); the race maps the optimizer its lesson maps (momentum by "
            "default).\n"
            "--title puts TEXT above the figure, as on a slide. A margin of 16 pixels keeps text off the "
            "edges.\n"
            "--size is in logical pixels (default 1200x800); --scale 2 writes twice as many pixels each way\n"
            "with the same layout, for high-DPI slides (pixel formats only: a .pdf or .svg takes no "
            "--scale).\n"
            "A name without an extension, or with one GradLab cannot write, is refused with the list of\n"
            "formats. The file is written whole or not at all.\n");
    cli::registerCommand({"render",
                          "draw a lesson's figure (PNG, PDF, SVG) or animation (GIF, PNG frames), headless",
                          help.c_str(), runRender});
}

} // namespace gradlab
