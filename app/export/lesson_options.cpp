#include "export/lesson_options.h"

#include "cli/command.h"
#include "lessons/lesson_catalogue.h"

#include <QFile>

namespace gradlab {

namespace {

QVector<double> toVector(const std::vector<double>& v) {
    return QVector<double>(v.begin(), v.end());
}

} // namespace

std::set<std::string> lessonOptionNames() {
    std::set<std::string> valued{"at",    "h",    "scheme", "start",  "lr",         "optimizer", "steps",
                                 "noise", "seed", "data",   "epochs", "batch-size", "zoom",      "view"};
    const std::set<std::string> schedule = cli::scheduleOptionNames();
    valued.insert(schedule.begin(), schedule.end());
    return valued;
}

std::set<std::string> lessonFlagNames() {
    return {"hessian", "overlay"};
}

QString readLessonOptions(const cli::Arguments& a, RenderOptions* options) {
    using cli::UsageError;
    const auto& positional = a.positionals();
    const QString ids = lessonIds().join(QStringLiteral(", "));
    if (positional.empty()) throw UsageError{"missing lesson (one of " + ids.toStdString() + ")"};
    if (positional.size() > 2)
        throw UsageError{"unexpected argument '" + positional[2] + "' (quote the formula)"};
    const QString id = QString::fromStdString(positional[0]);
    if (!lessonIds().contains(id))
        throw UsageError{"unknown lesson '" + positional[0] + "' (choose " + ids.toStdString() + ")"};

    if (positional.size() == 2) options->formula = QString::fromStdString(positional[1]);
    options->at = toVector(a.list("at"));
    options->h = a.number("h", 0.0);
    if (a.has("h") && !(options->h > 0)) throw UsageError{"--h must be a positive number"};
    options->zoom = a.number("zoom", 0.0);
    if (a.has("zoom") && id != QLatin1String("zoom")) throw UsageError{"--zoom is for the zoom lesson"};
    if (a.has("zoom") && !(options->zoom > 0)) throw UsageError{"--zoom must be a positive half-width"};
    options->scheme = QString::fromStdString(a.text("scheme").value_or(""));
    options->start = toVector(a.list("start"));
    options->rates = toVector(a.list("lr"));
    for (double r : options->rates)
        if (!(r > 0)) throw UsageError{"--lr values must be positive"};
    if (const auto o = a.text("optimizer"))
        options->optimizers = QString::fromStdString(*o).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options->steps = a.integer("steps", 0, 0, 1000000);
    // The schedule, the noise and the seed by the very rules of `gradlab descend`.
    const DescentSettings descent = cli::readDescentSettings(a, false);
    options->hasSchedule = a.has("schedule");
    options->schedule = descent.schedule;
    options->hasNoise = a.has("noise");
    options->noise = descent.noise;
    options->hasSeed = a.has("seed");
    options->seed = static_cast<int>(descent.seed);
    // The fitting lesson's own options.
    if (id != QLatin1String("fit-line") && (a.has("data") || a.has("epochs") || a.has("batch-size")))
        throw UsageError{"--data, --epochs and --batch-size are for fit-line"};
    if (id == QLatin1String("fit-line") && a.has("noise"))
        throw UsageError{
            "--noise is not for fit-line: its gradients are noisy through mini-batches (--batch-size)"};
    if (const auto data = a.text("data")) {
        QFile file(QString::fromStdString(*data));
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError{"--data: cannot read " + *data + ": " + file.errorString().toStdString()};
        options->data = file.readAll();
        if (options->data.isEmpty()) throw UsageError{"--data: " + *data + " is empty"};
    }
    options->epochs = a.integer("epochs", 0, 1, 10000);
    options->batchSize = a.integer("batch-size", -1, 1, 10000);
    if (a.flag("hessian") && id != QLatin1String("contour")) throw UsageError{"--hessian is for contour"};
    options->hessian = a.flag("hessian");
    options->overlay = a.flag("overlay");
    if (options->overlay && id != QLatin1String("race") && id != QLatin1String("descent1d"))
        throw UsageError{"--overlay (the optimizer-state overlay) is for race and descent1d"};
    if (const auto view = a.text("view")) {
        if (id != QLatin1String("learning-rate") && id != QLatin1String("race"))
            throw UsageError{
                "--view (which figure: the stability map or the run) is for learning-rate and race"};
        options->view = QString::fromStdString(*view); // each lesson names its own figures and checks them
    }
    return id;
}

} // namespace gradlab
