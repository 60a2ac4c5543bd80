#include "cli/command.h"
#include "cli/json_writer.h"
#include "expression/printer.h"
#include "function/read_function.h"

#include <algorithm>

namespace gradlab::cli {

FunctionPtr loadFunction(const std::string& text, int dimensionHint) {
    const FunctionResult r = readFunctionOfItsVariables(text, dimensionHint);
    if (r.ok) return r.function;
    std::string message = r.error.message;
    // Show the formula with a caret under the column (only for printable, single-line formulas).
    bool printable = r.error.column > 0 && text.size() < 200;
    for (char c : text)
        printable = printable && (static_cast<unsigned char>(c) >= 0x20);
    if (printable) {
        message +=
            "\n  " + text + "\n  " + std::string(static_cast<std::size_t>(r.error.column - 1), ' ') + "^";
    }
    throw FormulaError{message};
}

namespace {
std::vector<Command>& registry();
} // namespace

const std::vector<Command>& commands() {
    return registry();
}

void registerCommand(const Command& command) {
    for (const Command& c : registry())
        if (std::string(c.name) == command.name) return;
    registry().push_back(command);
}

namespace {
std::vector<Command>& registry() {
    static std::vector<Command> list = {
        {"diff", "a one-variable function, its derivative, and their values at a point",
         "Usage: gradlab diff \"EXPR\" [--at A] [--format plain|unicode|latex] [--json]\n\n"
         "Prints f and its simplified derivative f'. With --at, also f(A) and f'(A).\n"
         "JSON keys: expr, variable, derivative, and with --at: at, value, slope.\n",
         runDiff},
        {"grad", "partial derivatives, gradient and Hessian of a function of two variables",
         "Usage: gradlab grad \"EXPR\" --at A,B [--json]\n\n"
         "Prints the partial derivatives as formulas, f, the gradient, its norm and the Hessian at (A, B),\n"
         "and the gradient by four methods that must agree: symbolic, forward-mode AD, reverse-mode AD\n"
         "and central differences.\n"
         "JSON keys: expr, variables, partials, value, gradient, norm, hessian, methods.\n",
         runGrad},
        {"limit", "the limit table: difference quotients approaching the derivative",
         "Usage: gradlab limit \"EXPR\" --at A [--h 1,0.1,0.01,0.001,0.0001]\n"
         "                     [--scheme forward|backward|central] [--csv|--json]\n\n"
         "For each h: f(a+h), the rise Δy, the difference quotient (slope) and its error against the\n"
         "exact derivative (slope - exact). Forward: Δy = f(a+h) - f(a); backward: f(a) - f(a-h);\n"
         "central: f(a+h) - f(a-h) over 2h.\n",
         runLimit},
        {"taylor", "the Taylor coefficients f(a), f'(a), f''(a)/2, ... of a one-variable function",
         "Usage: gradlab taylor \"EXPR\" --at A [--order N] [--json]\n\n"
         "Prints the coefficients c_k = f^(k)(A)/k! for k = 0 ... N (default 3, at most 8) from the "
         "symbolic\n"
         "derivatives, the polynomial T(x), the tangent y = m*x + c, how f bends (the sign of f''), and\n"
         "Newton's step A - f'/f'' (the vertex of the parabola). A point where f has no value, a corner, a\n"
         "vertical tangent or a derivative that is not a number is an error, as is a two-variable formula.\n"
         "JSON keys: expr, variable, at, order, coefficients, derivatives, derivative_formulas,\n"
         "tangent {slope, intercept}, bending (up|down|none|unknown), newton ({x, vertex\n"
         "(minimum|maximum), and at a minimum rate = 1/f'' and critical_rate = 2/f''} or null: at a\n"
         "maximum 1/f'' < 0 is no learning rate).\n",
         runTaylor},
        {"descend", "run an optimizer from a start point and print every step",
         "Usage: gradlab descend \"EXPR\" --start A[,B] --lr LR --steps N\n"
         "         [--optimizer gd|momentum|nesterov|adagrad|rmsprop|adam|newton]\n" // kOptimizers' names
         "         [--momentum M] [--alpha A] [--beta1 B] [--beta2 B] [--eps E] [--tol T]\n"
         "         [--schedule constant|step|exponential|cosine|warmup-cosine] [--step-size N] [--gamma G]\n"
         "         [--t-max N] [--eta-min E] [--warmup N] [--start-factor F] [--noise SIGMA] [--seed S]\n"
         "         [--csv|--json]\n\n"
         "Update rules and defaults are those of torch.optim (momentum 0.9, alpha 0.99, betas 0.9/0.999,\n"
         "eps 1e-10 for adagrad and 1e-8 otherwise). --lr is the base rate; the schedule sets the rate of\n"
         "update k as torch.optim.lr_scheduler does with scheduler.step() after each optimizer.step():\n"
         "step: StepLR(step_size, gamma) (default 10, 0.1); exponential: ExponentialLR(gamma); cosine:\n"
         "CosineAnnealingLR(t_max, eta_min) (default 100, 0; past t-max the rate rises again, as torch's);\n"
         "warmup-cosine: LinearLR(start_factor, total_iters=warmup) for the first warmup updates, then\n"
         "CosineAnnealingLR(t_max - warmup, eta_min) (default warmup 10, start factor 1/3). A setting the\n"
         "schedule does not read is an error. --noise SIGMA adds Gaussian noise of standard deviation SIGMA\n"
         "to each coordinate of the gradient each update uses (the printed gradient is the true one),\n"
         "drawn from --seed S (default 0): the same seed gives the same run.\n"
         "The run stops as converged when the gradient norm\n"
         "falls below --tol (default 1e-6; 0 means never stop early), as diverged when a value becomes\n"
         "non-finite or passes 1e12, or after --steps steps (default 100). It counts as converged if it\n"
         "stopped so, or if the loss's gap to the minimum it approaches fell to --tol times its start value\n"
         "(without a minimum: the gradient norm did); with --tol 0 only an exact arrival counts.\n"
         "The report ends with the regime (monotone, oscillating, bouncing, diverging, too_slow, "
         "no_minimum,\n"
         "unbounded, not_started, at_rest, stalled, left_domain, irregular, wandering: gradient noise keeps\n"
         "it jittering, too_short: too few steps to show a pattern, frozen: a schedule shrank the rate "
         "below\n"
         "a millionth of its start before the run's last quarter) and what the run reached, in the app's\n"
         "words; --json adds them as regime, converged, criterion, verdict and outcome.\n"
         "Several optimizers at once (--optimizer gd,adam --lr 0.1,0.05 --csv; one rate or one each) give\n"
         "one table with an optimizer column first, as the race lesson exports it.\n"
         "CSV columns, as the lesson's step table: step,x,loss,grad_x,update_x,lr (one variable) or\n"
         "step,x,y,loss,grad_x,grad_y,grad_norm,update_x,update_y,lr, named after the function's variables;\n"
         "a row's update is the step its gradient causes and lr that step's learning rate (both empty on\n"
         "the last row). --json gives the schedule (kind and the settings it reads), noise and seed (when\n"
         "there is noise), and each step after the first its \"lr\": the rate of the update that led to "
         "it,\n"
         "and, for an optimizer with state, its \"state\" after that update under torch.optim's names, one\n"
         "value per variable: momentum_buffer (momentum, nesterov), sum (adagrad), square_avg (rmsprop),\n"
         "exp_avg and exp_avg_sq (adam); gd and newton keep none and have no \"state\". With noise,\n"
         "each step after the first also has \"step_gradient\": the noisy gradient its update used.\n",
         runDescend},
        {"sweep", "the same run over many learning rates: final loss, converged or not, regime",
         "Usage: gradlab sweep \"EXPR\" --start A[,B] --lr-min L --lr-max H --count N --steps S\n"
         "         [--optimizer NAME] [--momentum M] [--alpha A] [--beta1 B] [--beta2 B] [--eps E] [--tol "
         "T]\n"
         "         [--schedule NAME] [--step-size N] [--gamma G] [--t-max N] [--eta-min E] [--warmup N]\n"
         "         [--start-factor F] [--noise SIGMA] [--seed S] [--threads N] [--csv|--json]\n\n"
         "N learning rates log-spaced from L to H, both included: L*(H/L)^(i/(N-1)). Each is a base rate\n"
         "that the schedule changes as in descend; every run draws its noise from the same seed.\n"
         "--threads N runs N threads (default: one per core).\n"
         "Columns: lr,final_loss,minimum_loss,stop_step,stop_reason,converged,criterion,regime, each run\n"
         "judged as descend judges it (minimum_loss: the minimum that run approaches, empty if none).\n",
         runSweep},
        {"map",
         "a stability map: final loss and steps to converge over learning rate x a second hyperparameter",
         "Usage: gradlab map \"EXPR\" --start A[,B] --optimizer NAME --lr-min L --lr-max H --lr-count N\n"
         "         --param momentum|beta1|beta2|alpha --param-min P --param-max Q --param-count M --steps S\n"
         "         [--tol T] [--schedule NAME ...] [--noise SIGMA] [--seed S] [--threads N] "
         "[--csv|--json]\n\n"
         "One run per cell of a grid: N learning rates log-spaced from L to H and M values of the parameter\n"
         "linearly spaced from P to Q, both ends included; rows have the learning rate outer and the\n"
         "parameter inner. The parameter must be one the optimizer uses (momentum and nesterov: momentum;\n"
         "rmsprop: alpha; adam: beta1 or beta2); gd, adagrad and newton have none. The other "
         "hyperparameters\n"
         "(--momentum, --beta2, ...), the schedule and the noise are those of descend, and each cell is the\n"
         "run `gradlab descend` makes with its learning rate and parameter. --threads N runs N threads\n"
         "(default: one per core).\n"
         "CSV columns: lr,<param>,final_loss,steps_to_converge,stop_reason; steps_to_converge is the step\n"
         "at which the gradient norm fell below the tolerance and the run stopped (stop_reason converged),\n"
         "empty otherwise.\n"
         "JSON: the settings (expr, optimizer, start, steps, tolerance, param, lr_min, lr_max, lr_count,\n"
         "param_min, param_max, param_count, schedule) and rows with lr, the parameter, final_loss,\n"
         "steps_to_converge (null unless stop_reason is converged), stop_step, stop_reason,\n"
         "outcome (converged, not_converged, diverged) and regime.\n\n"
         "Example: gradlab map \"(1-x)^2 + 100*(y-x^2)^2\" --start -1.2,1 --optimizer momentum --lr-min "
         "1e-4\n"
         "         --lr-max 0.01 --lr-count 20 --param momentum --param-min 0 --param-max 0.99\n"
         "         --param-count 20 --steps 500 --csv\n",
         runMap},
        {"fit", "fit a line y = w*x + b to data from a CSV file by an optimizer, on mini-batches",
         "Usage: gradlab fit --data FILE.csv --lr LR [--start W,B] [--epochs E] [--batch-size N] [--seed S]\n"
         "         [--optimizer gd|momentum|nesterov|adagrad|rmsprop|adam|newton]\n"
         "         [--momentum M] [--alpha A] [--beta1 B] [--beta2 B] [--eps E] [--tol T]\n"
         "         [--schedule constant|step|exponential|cosine|warmup-cosine] [--step-size N] [--gamma G]\n"
         "         [--t-max N] [--eta-min E] [--warmup N] [--start-factor F] [--csv|--json]\n\n"
         "Minimises the mean squared error L(w, b) = mean((y - (w*x + b))^2) over the file's points (a\n"
         "header row naming the columns x and y, then one point per row; other columns are ignored).\n"
         "A step is one optimizer update on one batch. An epoch is ceil(n / batch size) updates over a "
         "fresh\n"
         "shuffle of the rows drawn from --seed (default 0), the last batch smaller when the batch size "
         "does\n"
         "not divide n, as a PyTorch DataLoader with shuffle=True, drop_last=False. Without --batch-size,\n"
         "or with n or more, every update uses all the data, unshuffled: then the run equals torch.optim\n"
         "minimising ((y - (w*x + b))**2).mean() step by step. --start defaults to 0,0, --epochs to 100.\n"
         "Optimizers, their hyperparameters and the schedules are those of descend (torch.optim and\n"
         "torch.optim.lr_scheduler, scheduler.step() after every update). The run stops after its epochs,\n"
         "as diverged when a value becomes non-finite or passes 1e12, or with --tol T > 0 as converged\n"
         "when the full-data gradient norm falls below T (default 0: never early).\n"
         "JSON: n, optimizer, lr, hyperparameters, batch_size (as used), epochs, steps_per_epoch, seed,\n"
         "tolerance, schedule, least_squares {w, b, loss, unique}, steps, stop_reason, stop_step,\n"
         "stop_detail. Every step has step, point [w, b], loss and gradient [dL/dw, dL/db] over all the\n"
         "data, and grad_norm; steps after the first (the start) also epoch, lr (the update's rate) and\n"
         "batch (the 0-based rows, in file order, the update used), and state (the optimizer's state\n"
         "after the update, as descend --json writes it).\n"
         "CSV columns: step,epoch,w,b,loss,grad_w,grad_b,grad_norm,lr,batch, the batch's rows separated by\n"
         "spaces (\"0 3 4\"); epoch, lr and batch are empty on step 0.\n\n"
         "Example: gradlab fit --data docs/examples/line.csv --optimizer adam --lr 0.1 --batch-size 2\n"
         "         --epochs 20 --seed 1 --json\n",
         runFit},
        {"presets", "the catalogue of lesson functions with their known minima",
         "Usage: gradlab presets [--json]\n", runPresets},
    };
    return list;
}
} // namespace

} // namespace gradlab::cli

namespace gradlab::cli {

std::set<std::string> scheduleOptionNames() {
    return {"schedule", "step-size", "gamma", "t-max", "eta-min", "warmup", "start-factor"};
}

Schedule readScheduleOptions(const Arguments& a) {
    Schedule s;
    if (const auto name = a.text("schedule"); name && !scheduleByName(*name, s.kind))
        throw UsageError{"--schedule: unknown schedule '" + *name + "' (choose one of " + scheduleNameList() +
                         ")"};
    for (const std::string& option : scheduleOptionNames())
        if (option != "schedule" && a.has(option) && !scheduleUses(s.kind, option))
            throw UsageError{"--" + option + " is not used by the " + scheduleName(s.kind) + " schedule"};
    const int most = 100000000;
    s.stepSize = a.integer("step-size", s.stepSize, 1, most);
    s.gamma = a.number("gamma", s.gamma);
    s.tMax = a.integer("t-max", s.tMax, 1, most);
    s.etaMin = a.number("eta-min", s.etaMin);
    s.warmup = a.integer("warmup", s.warmup, 1, most);
    s.startFactor = a.number("start-factor", s.startFactor);
    if (const Text why = scheduleProblem(s); !why.empty()) throw UsageError{"--" + why.english()};
    return s;
}

std::set<std::string> descentOptionNames() {
    std::set<std::string> names = scheduleOptionNames();
    names.insert({"optimizer", "tol", "noise", "seed"});
    for (Hyperparameter h : kHyperparameters)
        if (h != Hyperparameter::LearningRate) names.insert(hyperparameterRange(h).option);
    return names;
}

OptimizerKind readOptimizerName(const std::string& name) {
    OptimizerKind kind = OptimizerKind::GradientDescent;
    if (!optimizerByName(name, kind))
        throw UsageError{"--optimizer: unknown optimizer '" + name + "' (choose one of " +
                         optimizerNameList() + ")"};
    return kind;
}

DescentSettings readDescentSettings(const Arguments& a, bool readOptimizer) {
    DescentSettings s;
    if (const auto name = a.text("optimizer"); name && readOptimizer) s.optimizer = readOptimizerName(*name);
    Hyperparameters& hp = s.hyperparameters;
    // The learning rate is read by each command (one rate, a list, or a sweep's bounds).
    for (Hyperparameter h : kHyperparameters) {
        const HyperparameterRange& range = hyperparameterRange(h);
        if (h == Hyperparameter::LearningRate || !a.has(range.option)) continue;
        double& value = hyperparameterValue(hp, h);
        value = a.number(range.option, value);
        const std::string why = hyperparameterProblem(h, value);
        if (!why.empty()) throw UsageError{"--" + std::string(range.option) + " " + why};
    }
    s.tolerance = a.number("tol", s.tolerance);
    if (s.tolerance < 0) throw UsageError{"--tol must be 0 or positive, got " + human(s.tolerance)};
    s.schedule = readScheduleOptions(a);
    s.noise = a.number("noise", 0.0);
    if (const Text why = noiseProblem(s.noise); !why.empty()) throw UsageError{"--" + why.english()};
    s.seed = static_cast<std::uint64_t>(a.integer("seed", 0, 0, static_cast<int>(kMaxSeed)));
    return s;
}

/// "schedule": {"kind", and the settings that kind reads as snake_case keys}, and "noise"/"seed" when there
/// is noise.
void writePointJson(JsonWriter& j, const TrajectoryPoint& p, int n) {
    j.key("point")
        .array(std::vector<double>(p.point, p.point + n))
        .key("loss")
        .value(p.loss)
        .key("gradient")
        .array(std::vector<double>(p.gradient, p.gradient + n))
        .key("grad_norm")
        .value(p.gradNorm);
    if (p.newtonFellBack) j.key("newton_fell_back").value(true);
}

void writeStateJson(JsonWriter& j, const TrajectoryPoint& p, OptimizerKind kind, int n) {
    const char* first = firstStateTorchName(kind);
    if (p.step == 0 || *first == '\0') return;
    j.key("state").beginObject().key(first).array(std::vector<double>(p.firstState, p.firstState + n));
    if (const char* second = secondStateTorchName(kind); *second != '\0')
        j.key(second).array(std::vector<double>(p.secondState, p.secondState + n));
    j.endObject();
}

void writeStopJson(JsonWriter& j, const Trajectory& t) {
    j.key("stop_reason")
        .value(stopReasonName(t.stopReason))
        .key("stop_step")
        .value(t.stopStep)
        .key("stop_detail")
        .value(t.stopDetail.english());
}

void beginRunsJson(JsonWriter& j, const CompiledFunction& f, const DescentSettings& s,
                   const std::vector<double>& start) {
    j.beginObject()
        .key("expr")
        .value(toPlainText(f.expression()))
        .key("optimizer")
        .value(optimizerName(s.optimizer))
        .key("start")
        .array(start)
        .key("steps")
        .value(s.maxSteps);
}

void writeRunOutcomeJson(JsonWriter& j, double finalLoss, int stopStep, StopReason stopReason, Regime regime,
                         const std::function<void()>& measure, const std::function<void()>& verdict) {
    j.key("final_loss").value(finalLoss);
    measure();
    j.key("stop_step").value(stopStep).key("stop_reason").value(stopReasonName(stopReason));
    verdict();
    j.key("regime").value(regimeName(regime));
}

void writeScheduleJson(JsonWriter& j, const Schedule& s) {
    j.key("schedule").beginObject().key("kind").value(scheduleName(s.kind));
    for (auto [option, value] : scheduleSettings(s)) {
        std::replace(option.begin(), option.end(), '-', '_');
        j.key(option).value(value);
    }
    j.endObject();
}

void writeScheduleJson(JsonWriter& j, const DescentSettings& s) {
    writeScheduleJson(j, s.schedule);
    if (s.noise > 0) j.key("noise").value(s.noise).key("seed").value(static_cast<double>(s.seed));
}

/// The line under the title: the schedule and the gradient noise.
std::string scheduleText(const DescentSettings& s) {
    std::string out = "schedule: " + scheduleSummary(s.schedule) + "; ";
    if (s.noise > 0)
        return out + "gradient noise: each update's gradient gets Gaussian noise of standard deviation " +
               human(s.noise) + " per coordinate (seed " + std::to_string(s.seed) + ")";
    return out + "no gradient noise";
}

std::vector<double> readStart(const Arguments& a, const CompiledFunction& f) {
    const int n = f.dimension();
    if (!a.has("start"))
        throw UsageError{"--start is required (for example --start " + std::string(n == 1 ? "2" : "1,2") +
                         ")"};
    std::vector<double> start = a.list("start");
    if (static_cast<int>(start.size()) != n) {
        std::string vars = f.variables()[0];
        if (n > 1) vars += ", " + f.variables()[1];
        throw UsageError{"--start needs " + std::to_string(n) + " coordinate" + (n == 1 ? "" : "s") +
                         " for f(" + vars + "), got " + std::to_string(start.size())};
    }
    return start;
}

} // namespace gradlab::cli
