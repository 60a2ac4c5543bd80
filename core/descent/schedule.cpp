#include "descent/schedule.h"

#include "expression/printer.h"

#include <cmath>

namespace gradlab {

namespace {

constexpr ScheduleKind kKinds[kScheduleCount] = {ScheduleKind::Constant, ScheduleKind::Step,
                                                 ScheduleKind::Exponential, ScheduleKind::Cosine,
                                                 ScheduleKind::WarmupCosine};

// torch's CosineAnnealingLR, in closed form: from `base` at t = 0 to etaMin at t = tMax (and on, as torch
// goes on, back up again).
double cosine(double base, double etaMin, int t, int tMax) {
    const double pi = 3.14159265358979323846;
    return etaMin + (base - etaMin) * (1.0 + std::cos(pi * t / tMax)) / 2.0;
}

} // namespace

const char* scheduleName(ScheduleKind kind) {
    switch (kind) {
    case ScheduleKind::Constant:
        return "constant";
    case ScheduleKind::Step:
        return "step";
    case ScheduleKind::Exponential:
        return "exponential";
    case ScheduleKind::Cosine:
        return "cosine";
    case ScheduleKind::WarmupCosine:
        return "warmup-cosine";
    }
    return "constant";
}

Text scheduleWord(ScheduleKind kind) {
    switch (kind) {
    case ScheduleKind::Constant:
        return Text(GRADLAB_TEXT("ScheduleWord", "constant"));
    case ScheduleKind::Step:
        return Text(GRADLAB_TEXT("ScheduleWord", "step"));
    case ScheduleKind::Exponential:
        return Text(GRADLAB_TEXT("ScheduleWord", "exponential"));
    case ScheduleKind::Cosine:
        return Text(GRADLAB_TEXT("ScheduleWord", "cosine"));
    case ScheduleKind::WarmupCosine:
        return Text(GRADLAB_TEXT("ScheduleWord", "warmup-cosine"));
    }
    return Text(GRADLAB_TEXT("ScheduleWord", "constant"));
}

Text scheduleTitle(ScheduleKind kind) {
    switch (kind) {
    case ScheduleKind::Constant:
        return Text(GRADLAB_TEXT("Schedule", "Constant"));
    case ScheduleKind::Step:
        return Text(GRADLAB_TEXT("Schedule", "Step decay"));
    case ScheduleKind::Exponential:
        return Text(GRADLAB_TEXT("Schedule", "Exponential decay"));
    case ScheduleKind::Cosine:
        return Text(GRADLAB_TEXT("Schedule", "Cosine annealing"));
    case ScheduleKind::WarmupCosine:
        return Text(GRADLAB_TEXT("Schedule", "Warm-up, then cosine"));
    }
    return {};
}

bool scheduleByName(const std::string& name, ScheduleKind& out) {
    for (ScheduleKind k : kKinds)
        if (name == scheduleName(k)) {
            out = k;
            return true;
        }
    return false;
}

const std::string& scheduleNameList() {
    static const std::string list = [] {
        std::string s;
        for (ScheduleKind k : kKinds)
            s += (s.empty() ? "" : ", ") + std::string(scheduleName(k));
        return s;
    }();
    return list;
}

bool scheduleUses(ScheduleKind kind, const std::string& option) {
    switch (kind) {
    case ScheduleKind::Constant:
        return false;
    case ScheduleKind::Step:
        return option == "step-size" || option == "gamma";
    case ScheduleKind::Exponential:
        return option == "gamma";
    case ScheduleKind::Cosine:
        return option == "t-max" || option == "eta-min";
    case ScheduleKind::WarmupCosine:
        return option == "t-max" || option == "eta-min" || option == "warmup" || option == "start-factor";
    }
    return false;
}

Text scheduleProblem(const Schedule& s) {
    const ScheduleKind k = s.kind;
    const auto whole = [](const char* name, int got) {
        return Text(GRADLAB_TEXT("Settings", "%1 must be a whole number of at least 1, got %2"),
                    {Text::verbatim(name), Text::number(std::to_string(got))});
    };
    const auto fraction = [](const char* name, double got) {
        return Text(GRADLAB_TEXT("Settings", "%1 must be greater than 0 and at most 1, got %2"),
                    {Text::verbatim(name), Text::number(formatNumber(got))});
    };
    if (scheduleUses(k, "step-size") && s.stepSize < 1) return whole("step-size", s.stepSize);
    if (scheduleUses(k, "gamma") && !(s.gamma > 0.0 && s.gamma <= 1.0)) return fraction("gamma", s.gamma);
    if (scheduleUses(k, "t-max") && s.tMax < 1) return whole("t-max", s.tMax);
    if (scheduleUses(k, "eta-min") && !(s.etaMin >= 0.0 && std::isfinite(s.etaMin)))
        return notNegativeProblem("eta-min", s.etaMin);
    if (scheduleUses(k, "warmup") && (s.warmup < 1 || s.warmup >= s.tMax))
        return Text(
            GRADLAB_TEXT("Settings", "%1 must be a whole number of at least 1 and less than %2 (%3), got %4"),
            {Text::verbatim("warmup"), Text::verbatim("t-max"), Text::number(std::to_string(s.tMax)),
             Text::number(std::to_string(s.warmup))});
    if (scheduleUses(k, "start-factor") && !(s.startFactor > 0.0 && s.startFactor <= 1.0))
        return fraction("start-factor", s.startFactor);
    return {};
}

Text notNegativeProblem(const std::string& name, double got) {
    return Text(GRADLAB_TEXT("Settings", "%1 must be 0 or positive, got %2"),
                {Text::verbatim(name), Text::number(formatNumber(got))});
}

std::vector<std::pair<std::string, double>> scheduleSettings(const Schedule& s) {
    const std::pair<std::string, double> all[] = {{"step-size", s.stepSize}, {"gamma", s.gamma},
                                                  {"t-max", s.tMax},         {"eta-min", s.etaMin},
                                                  {"warmup", s.warmup},      {"start-factor", s.startFactor}};
    std::vector<std::pair<std::string, double>> used;
    for (const auto& setting : all)
        if (scheduleUses(s.kind, setting.first)) used.push_back(setting);
    return used;
}

std::string scheduleSummary(const Schedule& s) {
    std::string out = scheduleTitle(s.kind).english(), list;
    for (const auto& [option, value] : scheduleSettings(s))
        list += (list.empty() ? "" : ", ") + option + " " + formatNumber(value);
    return list.empty() ? out : out + " (" + list + ")";
}

double scheduledRate(const Schedule& s, double base, int update) {
    const int t = update - 1; // the scheduler's steps so far (torch's last_epoch)
    switch (s.kind) {
    case ScheduleKind::Constant:
        return base;
    case ScheduleKind::Step:
        return base * std::pow(s.gamma, t / s.stepSize);
    case ScheduleKind::Exponential:
        return base * std::pow(s.gamma, t);
    case ScheduleKind::Cosine:
        return cosine(base, s.etaMin, t, s.tMax);
    case ScheduleKind::WarmupCosine:
        // SequentialLR([LinearLR(start_factor, total_iters=warmup), CosineAnnealingLR(tMax − warmup)],
        // milestones=[warmup])
        if (t < s.warmup) return base * (s.startFactor + (1.0 - s.startFactor) * t / s.warmup);
        return cosine(base, s.etaMin, t - s.warmup, s.tMax - s.warmup);
    }
    return base;
}

} // namespace gradlab
