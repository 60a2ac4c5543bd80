#include "cli/command.h"
#include "cli/json_writer.h"
#include "fit/fit_run.h"
#include "fit/line_loss.h"
#include "tables/csv_tables.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

namespace gradlab::cli {

namespace {

/// The data file, or a UsageError naming it: "FILE line 4: 'abc' in column y is not a number".
DataSet readDataFile(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw UsageError{path + ": is a folder, not a CSV file"};
    std::ifstream file(path, std::ios::binary);
    if (!file) throw UsageError{path + ": cannot be read (no such file, or no permission)"};
    std::ostringstream text;
    text << file.rdbuf();
    if (file.bad()) throw UsageError{path + ": cannot be read"};
    DataSet data;
    std::string error;
    if (!readDataCsv(text.str(), data, error)) {
        // readDataCsv's errors begin "line N: " when they concern one line; the others are about the file.
        const bool aboutALine = error.compare(0, 5, "line ") == 0;
        throw UsageError{path + (aboutALine ? " " : ": ") + error};
    }
    return data;
}

/// --start W,B (default 0,0).
void readLineStart(const Arguments& a, double& w, double& b) {
    w = b = 0.0;
    if (!a.has("start")) return;
    const std::vector<double> start = a.list("start");
    if (start.size() != 2)
        throw UsageError{"--start needs 2 numbers, w and b of the line y = w*x + b, got " +
                         std::to_string(start.size())};
    w = start[0];
    b = start[1];
}

/// The hyperparameters the optimizer reads, besides the learning rate (eps as used, not −1).
void writeHyperparameters(JsonWriter& j, const FitSettings& s) {
    j.beginObject();
    for (Hyperparameter h : kHyperparameters) {
        if (h == Hyperparameter::LearningRate || !usesHyperparameter(s.optimizer, h)) continue;
        const double v = h == Hyperparameter::Eps ? s.hyperparameters.epsilonFor(s.optimizer)
                                                  : hyperparameterValue(s.hyperparameters, h);
        j.key(hyperparameterRange(h).option).value(v);
    }
    j.endObject();
}

void writeJson(const FitRun& run, const LeastSquares& best, std::ostream& out) {
    const FitSettings& s = run.settings();
    const int n = static_cast<int>(run.data().size());
    const Trajectory& t = run.trajectory();
    JsonWriter j;
    j.beginObject()
        .key("n")
        .value(n)
        .key("optimizer")
        .value(optimizerName(s.optimizer))
        .key("lr")
        .value(s.hyperparameters.learningRate)
        .key("hyperparameters");
    writeHyperparameters(j, s);
    j.key("batch_size")
        .value(effectiveBatchSize(n, s.batchSize))
        .key("epochs")
        .value(s.epochs)
        .key("steps_per_epoch")
        .value(run.stepsPerEpoch())
        .key("seed")
        .value(static_cast<int>(s.seed))
        .key("tolerance")
        .value(s.tolerance);
    writeScheduleJson(j, s.schedule);
    j.key("least_squares")
        .beginObject()
        .key("w")
        .value(best.w)
        .key("b")
        .value(best.b)
        .key("loss")
        .value(best.loss)
        .key("unique")
        .value(best.unique)
        .endObject()
        .key("steps")
        .beginArray();
    for (const TrajectoryPoint& p : t.points) {
        j.beginObject().key("step").value(p.step);
        if (p.step > 0) j.key("epoch").value(run.epochOf(p.step));
        writePointJson(j, p, 2);
        if (p.step > 0) {
            j.key("lr").value(p.learningRate).key("batch").beginArray();
            for (int row : run.batches()[static_cast<std::size_t>(p.step - 1)])
                j.value(row);
            j.endArray();
        }
        writeStateJson(j, p, t.optimizer, 2);
        j.endObject();
    }
    j.endArray();
    writeStopJson(j, t);
    j.endObject();
    out << j.text() << "\n";
}

void writeText(const FitRun& run, const LeastSquares& best, const std::string& path, std::ostream& out) {
    const FitSettings& s = run.settings();
    const int n = static_cast<int>(run.data().size());
    const Trajectory& t = run.trajectory();
    const int batch = effectiveBatchSize(n, s.batchSize);
    out << optimizerTitle(s.optimizer).english() << " fitting y = w*x + b to " << n << " point"
        << (n == 1 ? "" : "s") << " from " << path << ", learning rate "
        << human(s.hyperparameters.learningRate);
    if (s.schedule.kind != ScheduleKind::Constant)
        out << " (" << scheduleTitle(s.schedule.kind).english() << ")";
    out << "\nbatch size " << batch << (batch == n ? " (all the data)" : "") << ", " << run.stepsPerEpoch()
        << " update" << (run.stepsPerEpoch() == 1 ? "" : "s") << " per epoch, " << s.epochs << " epoch"
        << (s.epochs == 1 ? "" : "s") << (batch < n ? ", seed " + std::to_string(s.seed) : "") << "\n\n";
    char buf[300];
    std::snprintf(buf, sizeof buf, "%6s %6s  %-16s %-16s %-16s %-16s %s\n", "step", "epoch", "w", "b", "loss",
                  "|gradient|", "lr");
    out << buf;
    for (const TrajectoryPoint& p : t.points) {
        std::snprintf(buf, sizeof buf, "%6d %6s  %-16s %-16s %-16s %-16s %s%s\n", p.step,
                      p.step > 0 ? std::to_string(run.epochOf(p.step)).c_str() : "",
                      human(p.point[0]).c_str(), human(p.point[1]).c_str(), human(p.loss).c_str(),
                      human(p.gradNorm).c_str(), p.step > 0 ? human(p.learningRate).c_str() : "",
                      p.newtonFellBack ? "  (gradient step: the batch's Hessian is singular)" : "");
        out << buf;
    }
    out << "\nstopped at step " << t.stopStep << ": " << t.stopDetail.english() << "\nleast squares: ";
    if (best.unique)
        out << "w = " << human(best.w) << ", b = " << human(best.b) << ", loss " << human(best.loss) << "\n";
    else
        out << "every x is the same, so every line through the mean point is a minimum (loss "
            << human(best.loss) << "); the flat one is w = 0, b = " << human(best.b) << "\n";
}

} // namespace

int runFit(const std::vector<std::string>& args, std::ostream& out) {
    std::set<std::string> valued = descentOptionNames();
    valued.erase("noise"); // a fit's noise is its mini-batches: --noise is refused as unknown
    valued.insert({"data", "start", "lr", "epochs", "batch-size"});
    const Arguments a(args, valued, {"csv", "json"});
    if (!a.positionals().empty())
        throw UsageError{"unexpected argument '" + a.positionals().front() + "' (the data come with --data)"};
    if (a.flag("csv") && a.flag("json")) throw UsageError{"choose one of --csv and --json"};
    if (!a.has("data")) throw UsageError{"--data is required (a CSV file with a header row x,y)"};
    const DescentSettings d = readDescentSettings(a);
    FitSettings s;
    s.optimizer = d.optimizer;
    s.hyperparameters = d.hyperparameters;
    s.schedule = d.schedule;
    s.seed = d.seed;
    // A fit runs its epochs unless asked to stop early, as a training loop does.
    s.tolerance = a.has("tol") ? d.tolerance : 0.0;
    if (!a.has("lr")) throw UsageError{"--lr is required (for example --lr 0.1)"};
    s.hyperparameters.learningRate = a.positive("lr", 0.1);
    s.epochs = a.integer("epochs", s.epochs, 0, kMaxFitSteps);
    s.batchSize = a.integer("batch-size", 0, 1, kMaxFitSteps);
    double w = 0.0, b = 0.0;
    readLineStart(a, w, b);
    const std::string path = *a.text("data");
    DataSet data = readDataFile(path);
    if (const std::string why = fitSettingsProblem(s, static_cast<int>(data.size())); !why.empty())
        throw UsageError{"--" + why};
    const LeastSquares best = leastSquares(data);
    FitRun run(std::move(data), w, b, s);
    run.runToEnd();

    if (a.flag("json"))
        writeJson(run, best, out);
    else if (a.flag("csv"))
        out << fitCsv(run);
    else
        writeText(run, best, path, out);
    return kExitOk;
}

} // namespace gradlab::cli
