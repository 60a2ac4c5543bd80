#include "cli/command.h"
#include "cli/json_writer.h"
#include "descent/sweep.h"
#include "expression/printer.h"
#include "tables/csv_tables.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace gradlab::cli {

int runSweep(const std::vector<std::string>& args, std::ostream& out) {
    std::set<std::string> valued = descentOptionNames();
    valued.insert({"start", "lr-min", "lr-max", "count", "steps", "threads"});
    const Arguments a(args, valued, {"csv", "json"});
    const FunctionPtr f = loadFunction(a.formula(), 1);
    if (f->dimension() < 1 || f->dimension() > 2)
        throw UsageError{"sweep needs a function of one or two variables"};
    if (a.flag("csv") && a.flag("json")) throw UsageError{"choose one of --csv and --json"};
    DescentSettings s = readDescentSettings(a);
    for (const char* required : {"lr-min", "lr-max", "count", "steps"})
        if (!a.has(required)) throw UsageError{std::string("--") + required + " is required"};
    const double lo = a.positive("lr-min", 0.001);
    const double hi = a.positive("lr-max", 1.0);
    if (hi < lo) throw UsageError{"--lr-max must not be below --lr-min"};
    const int count = a.integer("count", 50, 1, 1000000);
    s.maxSteps = a.integer("steps", 100, 0, 10000000);
    const std::vector<double> start = readStart(a, *f);
    SweepOptions options;
    options.threads = a.integer("threads", 0, 0, 1024);
    const std::vector<SweepRow> rows =
        sweepLearningRates(*f, start.data(), s, logSpaced(lo, hi, count), options);

    if (a.flag("json")) {
        JsonWriter j;
        beginRunsJson(j, *f, s, start);
        writeScheduleJson(j, s);
        j.key("rows").beginArray();
        for (const SweepRow& r : rows) {
            const RunJudgement& v = r.judgement;
            j.beginObject().key("lr").value(r.learningRate);
            writeRunOutcomeJson(
                j, r.summary.finalLoss, r.summary.stopStep, r.summary.stopReason, v.regime,
                [&] {
                    j.key("minimum_loss");
                    if (v.hasMinimum)
                        j.value(v.minimumLoss);
                    else
                        j.null();
                },
                [&] {
                    j.key("converged")
                        .value(v.converged())
                        .key("criterion")
                        .value(criterionName(v.criterion));
                });
            j.endObject();
        }
        j.endArray().endObject();
        out << j.text() << "\n";
        return kExitOk;
    }
    char buf[200];
    if (a.flag("csv")) {
        out << sweepCsv(rows);
        return kExitOk;
    }
    out << optimizerTitle(s.optimizer).english() << " on f = " << toPlainText(f->expression()) << ", "
        << s.maxSteps << " steps\n"
        << scheduleText(s)
        << (s.schedule.kind == ScheduleKind::Constant
                ? ""
                : "; each lr below is the base rate the schedule scales")
        << "\n\n";
    std::snprintf(buf, sizeof buf, "%-14s %-20s %-20s %-7s %-10s %s\n", "lr", "final loss",
                  "minimum approached", "steps", "converged", "regime");
    out << buf;
    for (const SweepRow& r : rows) {
        std::snprintf(buf, sizeof buf, "%-14s %-20s %-20s %-7d %-10s %s\n", human(r.learningRate).c_str(),
                      human(r.summary.finalLoss).c_str(),
                      r.judgement.hasMinimum ? human(r.judgement.minimumLoss).c_str() : "-",
                      r.summary.stopStep, r.judgement.converged() ? "yes" : "no",
                      regimeName(r.judgement.regime));
        out << buf;
    }
    return kExitOk;
}

} // namespace gradlab::cli
