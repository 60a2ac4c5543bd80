#pragma once
// Learning-rate schedules: the rate each update uses, as torch.optim.lr_scheduler gives it when
// scheduler.step() is called after each optimizer.step().

#include "text/text.h"
#include <string>
#include <utility>
#include <vector>

namespace gradlab {

enum class ScheduleKind { Constant, Step, Exponential, Cosine, WarmupCosine };
constexpr int kScheduleCount = 5;

/// A schedule and its settings (each kind reads only those it uses). The defaults are torch's where torch
/// has one (StepLR's gamma 0.1, CosineAnnealingLR's eta_min 0, LinearLR's start_factor 1/3).
struct Schedule {
    ScheduleKind kind = ScheduleKind::Constant;
    int stepSize = 10;              ///< step: the rate is multiplied by gamma every stepSize updates
    double gamma = 0.1;             ///< step and exponential
    int tMax = 100;                 ///< cosine and warmup-cosine: the updates from the base rate to etaMin
    double etaMin = 0.0;            ///< cosine and warmup-cosine: the lowest rate
    int warmup = 10;                ///< warmup-cosine: the updates of linear warm-up (less than tMax)
    double startFactor = 1.0 / 3.0; ///< warmup-cosine: the first rate is startFactor × the base rate
};

/// Whether two schedules are the same: the same kind and the same settings (those it does not read too).
inline bool operator==(const Schedule& a, const Schedule& b) {
    return a.kind == b.kind && a.stepSize == b.stepSize && a.gamma == b.gamma && a.tMax == b.tMax &&
           a.etaMin == b.etaMin && a.warmup == b.warmup && a.startFactor == b.startFactor;
}
inline bool operator!=(const Schedule& a, const Schedule& b) {
    return !(a == b);
}

/// "constant", "step", "exponential", "cosine", "warmup-cosine".
const char* scheduleName(ScheduleKind kind);
/// For people: "Constant", "Step decay", "Exponential decay", "Cosine annealing", "Warm-up, then cosine".
Text scheduleTitle(ScheduleKind kind);
/// The schedule named inside a sentence ("the cosine schedule"): in English its scheduleName(), so the
/// command line's sentences name what --schedule takes; translated in the GUI.
Text scheduleWord(ScheduleKind kind);
/// The kind named `name` (scheduleName's names); false if none is.
bool scheduleByName(const std::string& name, ScheduleKind& out);
/// "constant, step, exponential, cosine, warmup-cosine": the names for a message.
const std::string& scheduleNameList();
/// Why `s` cannot be used ("gamma must be greater than 0 and at most 1, got 2"), by the settings'
/// command-line names; empty if it can.
Text scheduleProblem(const Schedule& s);
/// "`name` must be 0 or positive, got -1": what the settings that cannot be negative say.
Text notNegativeProblem(const std::string& name, double got);
/// Whether `kind` reads the setting called `option` ("step-size", "gamma", "t-max", "eta-min", "warmup",
/// "start-factor").
bool scheduleUses(ScheduleKind kind, const std::string& option);

/// The settings `s.kind` reads, in the order of the command line, as (option name, value): for cosine
/// {("t-max", 100), ("eta-min", 0)}; none for constant.
std::vector<std::pair<std::string, double>> scheduleSettings(const Schedule& s);
/// The schedule in words, with its settings: "Cosine annealing (t-max 20, eta-min 0.01)", "Constant".
std::string scheduleSummary(const Schedule& s);

/// The rate of update k (k = 1, 2, …) for base rate `base`: the rate torch's scheduler has set after k − 1
/// calls of scheduler.step().
double scheduledRate(const Schedule& s, double base, int update);

/// A schedule being followed: rate() is the rate of the next update; advance() after each update.
class ScheduleRun {
public:
    ScheduleRun(const Schedule& s, double base)
        : m_schedule(s)
        , m_base(base) {}
    double rate() const { return scheduledRate(m_schedule, m_base, m_update); }
    void advance() { ++m_update; }

private:
    Schedule m_schedule;
    double m_base;
    int m_update = 1;
};

} // namespace gradlab
