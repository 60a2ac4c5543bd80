#pragma once
// The subcommands of `gradlab`. Each is a function from its arguments to an exit code; they print to the
// given streams and never create widgets.

#include "cli/arguments.h"
#include "descent/descent.h"
#include "descent/run_judgement.h"
#include "function/compiled_function.h"
#include "function/point_value.h"

#include <functional>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

namespace gradlab::cli {

class JsonWriter;

struct Command {
    const char* name;
    const char* summary;
    const char* help;
    int (*run)(const std::vector<std::string>& args, std::ostream& out);
};

/// Every subcommand, in the order `gradlab --help` lists them.
const std::vector<Command>& commands();
/// Adds a subcommand implemented outside the Qt-free CLI library (the app's `render`).
void registerCommand(const Command& command);

/// Raised by loadFunction for a formula that does not parse: carries the message and the caret display.
struct FormulaError {
    std::string message;
};

/// Parses and compiles a formula. `dimensionHint` (1 or 2) names variables x (and y) for a formula that
/// has none, so "3" is a constant function of x. Throws FormulaError with a caret under the column.
FunctionPtr loadFunction(const std::string& text, int dimensionHint = 1);

/// A number for people: 12 significant digits, "nan"/"inf" spelled out.
std::string human(double v);

/// A value measured at a point, as the app shows it, with its relation: "= 2.5", "≈ 0 (computed
/// 6.12323399574e-17, below its round-off of about 8.9e-16)", "is undefined", "> 1.79769313486e+308
/// (too large for a double)".
std::string humanMeasured(const PointValue& p);

/// Exit codes.
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

int runDiff(const std::vector<std::string>& args, std::ostream& out);
int runGrad(const std::vector<std::string>& args, std::ostream& out);
int runLimit(const std::vector<std::string>& args, std::ostream& out);
int runTaylor(const std::vector<std::string>& args, std::ostream& out);
int runDescend(const std::vector<std::string>& args, std::ostream& out);
int runSweep(const std::vector<std::string>& args, std::ostream& out);
int runMap(const std::vector<std::string>& args, std::ostream& out);
int runFit(const std::vector<std::string>& args, std::ostream& out);
int runPresets(const std::vector<std::string>& args, std::ostream& out);

/// The optimizer called `name`, or a UsageError listing the names.
OptimizerKind readOptimizerName(const std::string& name);
/// The options shared by descend and sweep: --optimizer (unless `readOptimizer` is false), --momentum,
/// --alpha, --beta1, --beta2, --eps, --tol, the schedule's (readScheduleOptions), --noise and --seed.
DescentSettings readDescentSettings(const Arguments& a, bool readOptimizer = true);
/// --schedule constant|step|exponential|cosine|warmup-cosine and its settings --step-size, --gamma, --t-max,
/// --eta-min, --warmup, --start-factor (torch's defaults when absent). A setting the schedule does not read
/// is an error, so that a typo never goes unnoticed.
Schedule readScheduleOptions(const Arguments& a);
/// "schedule" and its settings' names.
std::set<std::string> scheduleOptionNames();
/// --start with exactly f's number of coordinates.
std::vector<double> readStart(const Arguments& a, const CompiledFunction& f);
/// Writes "schedule": {"kind": …, and the settings that kind reads, as step_size, gamma, t_max, eta_min,
/// warmup, start_factor}, and "noise" and "seed" when there is noise.
void writeScheduleJson(JsonWriter& j, const DescentSettings& s);
/// In an open object: "point", "loss", "gradient" (n coordinates), "grad_norm", and "newton_fell_back" when
/// Newton's method took a gradient step.
void writePointJson(JsonWriter& j, const TrajectoryPoint& p, int n);
/// In an open object, on a step after the first: "state": {torch.optim's name of each state vector the
/// optimizer keeps ("momentum_buffer", "sum", "square_avg", "exp_avg", "exp_avg_sq"): its value after the
/// update that led to `p`, n coordinates}. Nothing for an optimizer without state (gd, newton) or at step 0.
void writeStateJson(JsonWriter& j, const TrajectoryPoint& p, OptimizerKind kind, int n);
/// "stop_reason", "stop_step", "stop_detail".
void writeStopJson(JsonWriter& j, const Trajectory& t);
/// Opens the JSON object of a command that runs f many times from `start` (sweep, map): "expr",
/// "optimizer", "start", "steps".
void beginRunsJson(JsonWriter& j, const CompiledFunction& f, const DescentSettings& s,
                   const std::vector<double>& start);
/// In a row of such a command, how its run ended, in the order sweep and map print it: "final_loss", what
/// `measure` writes (the sweep's "minimum_loss", the map's "steps_to_converge"), "stop_step", "stop_reason",
/// what `verdict` writes (the sweep's "converged" and "criterion", the map's "outcome"), "regime".
void writeRunOutcomeJson(JsonWriter& j, double finalLoss, int stopStep, StopReason stopReason, Regime regime,
                         const std::function<void()>& measure, const std::function<void()>& verdict);
/// "schedule": {"kind": …, and the settings that kind reads, by their command-line names with '_'}.
void writeScheduleJson(JsonWriter& j, const Schedule& s);
/// "schedule: Cosine annealing (t-max 20, eta-min 0); no gradient noise": the line under a report's title.
std::string scheduleText(const DescentSettings& s);
/// Option names readDescentSettings understands (for Arguments' list of valued options).
std::set<std::string> descentOptionNames();

} // namespace gradlab::cli
