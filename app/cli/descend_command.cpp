#include "cli/command.h"
#include "cli/csv_tables.h"
#include "cli/json_writer.h"
#include "descent/analysis.h"
#include "expression/printer.h"

#include <cstdio>
#include <ostream>

namespace gradlab::cli {

int runDescend(const std::vector<std::string>& args, std::ostream& out) {
    std::set<std::string> valued = descentOptionNames();
    valued.insert({"start", "lr", "steps"});
    const Arguments a(args, valued, {"csv", "json"});
    const FunctionPtr f = loadFunction(a.formula(), 1);
    if (f->dimension() < 1 || f->dimension() > 2)
        throw UsageError{"descend needs a function of one or two variables"};
    if (a.flag("csv") && a.flag("json")) throw UsageError{"choose one of --csv and --json"};
    DescentSettings s = readDescentSettings(a);
    if (!a.has("lr")) throw UsageError{"--lr is required (for example --lr 0.1)"};
    s.hyperparameters.learningRate = a.positive("lr", 0.1);
    s.maxSteps = a.integer("steps", 100, 0, 10000000);
    const std::vector<double> start = readStart(a, *f);
    const Trajectory t = runDescent(f, start.data(), s);
    const Regime regime = classify(t, s.tolerance);
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
            .value(s.hyperparameters.learningRate)
            .key("steps")
            .beginArray();
        for (const TrajectoryPoint& p : t.points) {
            j.beginObject()
                .key("step")
                .value(p.step)
                .key("point")
                .array(std::vector<double>(p.point, p.point + n))
                .key("loss")
                .value(p.loss)
                .key("gradient")
                .array(std::vector<double>(p.gradient, p.gradient + n))
                .key("grad_norm")
                .value(p.gradNorm);
            if (p.newtonFellBack) j.key("newton_fell_back").value(true);
            j.endObject();
        }
        j.endArray()
            .key("stop_reason")
            .value(stopReasonName(t.stopReason))
            .key("stop_step")
            .value(t.stopStep)
            .key("stop_detail")
            .value(t.stopDetail)
            .key("regime")
            .value(regimeName(regime))
            .endObject();
        out << j.text() << "\n";
        return kExitOk;
    }
    char buf[400];
    if (a.flag("csv")) {
        out << trajectoryCsv(t);
        return kExitOk;
    }
    out << optimizerTitle(s.optimizer) << " on f = " << toPlainText(f->expression()) << ", learning rate "
        << human(s.hyperparameters.learningRate) << "\n\n";
    const std::string& v0 = f->variables()[0];
    if (n == 1)
        std::snprintf(buf, sizeof buf, "%6s  %-16s %-16s %-16s\n", "step", v0.c_str(), "loss", "gradient");
    else
        std::snprintf(buf, sizeof buf, "%6s  %-16s %-16s %-16s %-16s\n", "step", v0.c_str(),
                      f->variables()[1].c_str(), "loss", "|gradient|");
    out << buf;
    for (const TrajectoryPoint& p : t.points) {
        if (n == 1)
            std::snprintf(buf, sizeof buf, "%6d  %-16s %-16s %-16s%s\n", p.step, human(p.point[0]).c_str(),
                          human(p.loss).c_str(), human(p.gradient[0]).c_str(),
                          p.newtonFellBack ? "  (gradient step: f'' <= 0)" : "");
        else
            std::snprintf(buf, sizeof buf, "%6d  %-16s %-16s %-16s %-16s%s\n", p.step,
                          human(p.point[0]).c_str(), human(p.point[1]).c_str(), human(p.loss).c_str(),
                          human(p.gradNorm).c_str(),
                          p.newtonFellBack ? "  (gradient step: Hessian not positive definite)" : "");
        out << buf;
    }
    out << "\nstopped: " << stopReasonName(t.stopReason) << " at step " << t.stopStep << " (" << t.stopDetail
        << ")\nregime: " << regimeDescription(regime) << "\n";
    return kExitOk;
}

} // namespace gradlab::cli
