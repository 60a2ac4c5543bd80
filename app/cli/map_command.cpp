#include "cli/command.h"
#include "cli/json_writer.h"
#include "descent/stability_map.h"
#include "expression/printer.h"

#include <cstdio>
#include <ostream>

namespace gradlab::cli {

namespace {

Hyperparameter readMapParameter(const std::string& name) {
    for (Hyperparameter h :
         {Hyperparameter::Momentum, Hyperparameter::Beta1, Hyperparameter::Beta2, Hyperparameter::Alpha})
        if (name == hyperparameterRange(h).option) return h;
    throw UsageError{"--param: unknown parameter '" + name +
                     "' (choose one of momentum, beta1, beta2, alpha)"};
}

std::string stepsText(const StabilityCell& c) {
    return c.stepsToConverge >= 0 ? std::to_string(c.stepsToConverge) : std::string();
}

} // namespace

int runMap(const std::vector<std::string>& args, std::ostream& out) {
    std::set<std::string> valued = descentOptionNames();
    valued.insert({"start", "lr-min", "lr-max", "lr-count", "param", "param-min", "param-max", "param-count",
                   "steps", "threads"});
    const Arguments a(args, valued, {"csv", "json"});
    const FunctionPtr f = loadFunction(a.formula(), 1);
    if (f->dimension() < 1 || f->dimension() > 2)
        throw UsageError{"map needs a function of one or two variables"};
    if (a.flag("csv") && a.flag("json")) throw UsageError{"choose one of --csv and --json"};
    if (!a.has("param")) {
        OptimizerKind kind = OptimizerKind::GradientDescent;
        if (a.has("optimizer")) optimizerByName(*a.text("optimizer"), kind);
        if (a.has("optimizer") && mapParameters(kind).empty())
            throw UsageError{std::string(optimizerName(kind)) +
                             " has no hyperparameter besides the learning rate to map: use gradlab sweep, "
                             "which runs one row over the learning rate"};
    }
    for (const char* required :
         {"start", "lr-min", "lr-max", "lr-count", "param", "param-min", "param-max", "param-count", "steps"})
        if (!a.has(required)) throw UsageError{std::string("--") + required + " is required"};
    StabilityMapSpec spec;
    spec.settings = readDescentSettings(a);
    spec.parameter = readMapParameter(*a.text("param"));
    const char* option = hyperparameterRange(spec.parameter).option;
    if (a.has(option))
        throw UsageError{std::string("--") + option + " cannot be given with --param " + option +
                         ": the map varies it from --param-min to --param-max (leave out --" + option + ")"};
    spec.lrMin = a.number("lr-min", spec.lrMin);
    spec.lrMax = a.number("lr-max", spec.lrMax);
    spec.lrCount = a.integer("lr-count", spec.lrCount, 1, 100000);
    spec.paramMin = a.number("param-min", spec.paramMin);
    spec.paramMax = a.number("param-max", spec.paramMax);
    spec.paramCount = a.integer("param-count", spec.paramCount, 1, 100000);
    if (static_cast<double>(spec.lrCount) * spec.paramCount > 1e8)
        throw UsageError{"--lr-count times --param-count must be at most 100000000"};
    spec.settings.maxSteps = a.integer("steps", 100, 0, 10000000);
    const std::vector<double> start = readStart(a, *f);
    for (std::size_t k = 0; k < start.size(); ++k)
        spec.start[k] = start[k];
    if (const std::string why = stabilityMapProblem(spec, f->dimension()); !why.empty())
        throw UsageError{why};
    spec.regimes = !a.flag("csv"); // the CSV has no regime column
    LaneOptions options;
    options.threads = a.integer("threads", 0, 0, 1024);
    const StabilityMap map = computeStabilityMap(*f, spec, options);

    if (a.flag("csv")) {
        out << "lr," << option << ",final_loss,steps_to_converge,stop_reason\n";
        for (const StabilityCell& c : map.cells)
            out << human(c.learningRate) << ',' << human(c.parameter) << ',' << human(c.finalLoss) << ','
                << stepsText(c) << ',' << stopReasonName(c.stopReason) << '\n';
        return kExitOk;
    }
    if (a.flag("json")) {
        JsonWriter j;
        beginRunsJson(j, *f, spec.settings, start);
        j.key("tolerance")
            .value(spec.settings.tolerance)
            .key("param")
            .value(option)
            .key("lr_min")
            .value(spec.lrMin)
            .key("lr_max")
            .value(spec.lrMax)
            .key("lr_count")
            .value(spec.lrCount)
            .key("param_min")
            .value(spec.paramMin)
            .key("param_max")
            .value(spec.paramMax)
            .key("param_count")
            .value(spec.paramCount);
        writeScheduleJson(j, spec.settings);
        j.key("rows").beginArray();
        for (const StabilityCell& c : map.cells) {
            j.beginObject().key("lr").value(c.learningRate).key(option).value(c.parameter);
            writeRunOutcomeJson(
                j, c.finalLoss, c.stopStep, c.stopReason, c.regime,
                [&] {
                    j.key("steps_to_converge");
                    if (c.stepsToConverge >= 0)
                        j.value(c.stepsToConverge);
                    else
                        j.null();
                },
                [&] { j.key("outcome").value(mapOutcomeName(c.outcome)); });
            j.endObject();
        }
        j.endArray().endObject();
        out << j.text() << "\n";
        return kExitOk;
    }
    out << optimizerTitle(spec.settings.optimizer).english() << " on f = " << toPlainText(f->expression())
        << ", " << spec.settings.maxSteps << " steps, " << spec.lrCount << " learning rates × "
        << spec.paramCount << ' ' << option << " values\n"
        << scheduleText(spec.settings) << "\n\n";
    char buf[240];
    std::snprintf(buf, sizeof buf, "%-14s %-14s %-20s %-18s %-10s %s\n", "lr", option, "final loss",
                  "steps to converge", "stop", "regime");
    out << buf;
    for (const StabilityCell& c : map.cells) {
        std::snprintf(buf, sizeof buf, "%-14s %-14s %-20s %-18s %-10s %s\n", human(c.learningRate).c_str(),
                      human(c.parameter).c_str(), human(c.finalLoss).c_str(),
                      c.stepsToConverge >= 0 ? stepsText(c).c_str() : "-", stopReasonName(c.stopReason),
                      regimeName(c.regime));
        out << buf;
    }
    return kExitOk;
}

} // namespace gradlab::cli
