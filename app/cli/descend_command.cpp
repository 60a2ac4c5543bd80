#include "cli/command.h"
#include "cli/json_writer.h"
#include "descent/run_judgement.h"
#include "expression/printer.h"
#include "tables/csv_tables.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace gradlab::cli {

namespace {

/// Several optimizers from one start (--optimizer gd,adam): one CSV table, as the race lesson exports it.
int runDescendMany(const Arguments& a, const FunctionPtr& f, const std::string& names, std::ostream& out) {
    if (!a.flag("csv")) throw UsageError{"several optimizers at once are written as one table: add --csv"};
    DescentSettings base = readDescentSettings(a, false);
    base.maxSteps = a.integer("steps", 100, 0, 10000000);
    std::vector<std::string> list;
    for (std::size_t begin = 0; begin <= names.size();) {
        const std::size_t comma = std::min(names.find(',', begin), names.size());
        list.push_back(names.substr(begin, comma - begin));
        begin = comma + 1;
    }
    if (!a.has("lr")) throw UsageError{"--lr is required (one rate, or one per optimizer)"};
    const std::vector<double> rates = a.list("lr");
    if (rates.size() != 1 && rates.size() != list.size())
        throw UsageError{"--lr takes one rate for all optimizers or one per optimizer (" +
                         std::to_string(list.size()) + "), got " + std::to_string(rates.size())};
    const std::vector<double> start = readStart(a, *f);
    std::vector<Trajectory> runs;
    runs.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        DescentSettings s = base;
        s.optimizer = readOptimizerName(list[i]);
        s.hyperparameters.learningRate = rates.size() == 1 ? rates[0] : rates[i];
        if (!(s.hyperparameters.learningRate > 0)) throw UsageError{"--lr values must be positive"};
        runs.push_back(runDescent(f, start.data(), s));
    }
    std::vector<std::pair<std::string, const Trajectory*>> table;
    for (std::size_t i = 0; i < runs.size(); ++i)
        table.emplace_back(runName(runs[i].optimizer, runs[i].hyperparameters.learningRate,
                                   std::count(list.begin(), list.end(), list[i]) > 1),
                           &runs[i]);
    out << trajectoriesCsv(table, f->variables());
    return kExitOk;
}

} // namespace

int runDescend(const std::vector<std::string>& args, std::ostream& out) {
    std::set<std::string> valued = descentOptionNames();
    valued.insert({"start", "lr", "steps"});
    const Arguments a(args, valued, {"csv", "json"});
    const FunctionPtr f = loadFunction(a.formula(), 1);
    if (f->dimension() < 1 || f->dimension() > 2)
        throw UsageError{"descend needs a function of one or two variables"};
    if (a.flag("csv") && a.flag("json")) throw UsageError{"choose one of --csv and --json"};
    if (const auto names = a.text("optimizer"); names && names->find(',') != std::string::npos)
        return runDescendMany(a, f, *names, out);
    DescentSettings s = readDescentSettings(a);
    if (!a.has("lr")) throw UsageError{"--lr is required (for example --lr 0.1)"};
    s.hyperparameters.learningRate = a.positive("lr", 0.1);
    s.maxSteps = a.integer("steps", 100, 0, 10000000);
    const std::vector<double> start = readStart(a, *f);
    const Trajectory t = runDescent(f, start.data(), s);
    const RunJudgement judgement = judgeRun(*f, t, s);
    const int n = f->dimension();

    if (a.flag("json")) {
        JsonWriter j;
        j.beginObject()
            .key("expr")
            .value(toPlainText(f->expression()))
            .key("variables")
            .array(f->variables())
            .key("optimizer")
            .value(optimizerName(s.optimizer))
            .key("lr")
            .value(s.hyperparameters.learningRate);
        writeScheduleJson(j, s);
        j.key("steps").beginArray();
        for (const TrajectoryPoint& p : t.points) {
            j.beginObject().key("step").value(p.step);
            writePointJson(j, p, n);
            if (p.step > 0) j.key("lr").value(p.learningRate);
            // With noise the update used another gradient than the printed (true) one: say which.
            if (p.step > 0 && s.noise > 0)
                j.key("step_gradient").array(std::vector<double>(p.stepGradient, p.stepGradient + n));
            writeStateJson(j, p, t.optimizer, n);
            j.endObject();
        }
        j.endArray();
        writeStopJson(j, t);
        j.key("regime")
            .value(regimeName(judgement.regime))
            .key("converged")
            .value(judgement.converged())
            .key("criterion")
            .value(criterionName(judgement.criterion))
            .key("tolerance")
            .value(judgement.tolerance);
        if (judgement.hasMinimum)
            j.key("minimum")
                .array(std::vector<double>(judgement.minimum, judgement.minimum + n))
                .key("minimum_loss")
                .value(judgement.minimumLoss);
        if (judgement.hasFactor) j.key("r").value(judgement.factor);
        j.key("verdict")
            .value(judgement.verdict.english())
            .key("outcome")
            .value(judgement.outcome.english())
            .endObject();
        out << j.text() << "\n";
        return kExitOk;
    }
    char buf[400];
    if (a.flag("csv")) {
        out << trajectoryCsv(t, f->variables());
        return kExitOk;
    }
    out << optimizerTitle(s.optimizer).english() << " on f = " << toPlainText(f->expression())
        << ", learning rate " << human(s.hyperparameters.learningRate) << "\n"
        << scheduleText(s) << "\n\n";
    // A schedule changes the rate from step to step: then each row also shows the rate of the update that
    // led to it (as --json's "lr").
    const bool scheduled = s.schedule.kind != ScheduleKind::Constant;
    const std::string& v0 = f->variables()[0];
    if (n == 1)
        std::snprintf(buf, sizeof buf, "%6s  %-16s %-16s %-16s%s\n", "step", v0.c_str(), "loss", "gradient",
                      scheduled ? " lr" : "");
    else
        std::snprintf(buf, sizeof buf, "%6s  %-16s %-16s %-16s %-16s%s\n", "step", v0.c_str(),
                      f->variables()[1].c_str(), "loss", "|gradient|", scheduled ? " lr" : "");
    out << buf;
    for (const TrajectoryPoint& p : t.points) {
        const std::string rate = !scheduled ? "" : p.step == 0 ? " -" : " " + human(p.learningRate);
        if (n == 1)
            std::snprintf(buf, sizeof buf, "%6d  %-16s %-16s %-16s%s%s\n", p.step, human(p.point[0]).c_str(),
                          human(p.loss).c_str(), human(p.gradient[0]).c_str(), rate.c_str(),
                          p.newtonFellBack ? "  (gradient step: f'' <= 0)" : "");
        else
            std::snprintf(buf, sizeof buf, "%6d  %-16s %-16s %-16s %-16s%s%s\n", p.step,
                          human(p.point[0]).c_str(), human(p.point[1]).c_str(), human(p.loss).c_str(),
                          human(p.gradNorm).c_str(), rate.c_str(),
                          p.newtonFellBack ? "  (gradient step: Hessian not positive definite)" : "");
        out << buf;
    }
    out << "\nstopped at step " << t.stopStep << ": " << t.stopDetail.english()
        << "\nregime: " << judgement.verdict.english() << "\n"
        << judgement.outcome.english() << "\n";
    return kExitOk;
}

} // namespace gradlab::cli
