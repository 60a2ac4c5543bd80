#include "descent/stop_wording.h"

#include <cmath>
#include <cstdio>

namespace gradlab {

namespace {

// As the lessons print a number: `digits` significant digits, a true minus sign, ±∞ and "undefined".
std::string shownNumber(double v, int digits) {
    if (std::isnan(v)) return "undefined";
    if (std::isinf(v)) return v > 0 ? "+∞" : "−∞";
    if (v == 0.0) v = 0.0; // no "-0"
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    std::string s;
    for (const char* c = buf; *c; ++c) {
        if (*c == '-')
            s += "−";
        else
            s += *c;
    }
    return s;
}

} // namespace

Text stopSentence(const RunJudgement& judgement, const Trajectory& t) {
    if (t.stopReason == StopReason::Running || judgement.regime == Regime::NotStarted)
        return judgement.outcome;
    // The verdict ("converging steadily: …") as a sentence of its own.
    return Text::joined({judgement.outcome, Text::formula("%1.", {Text::capitalized(judgement.verdict)})});
}

const TrajectoryPoint* farthestPoint(const Trajectory& t) {
    const TrajectoryPoint* far = nullptr;
    for (const TrajectoryPoint& p : t.points)
        if (!far || std::fabs(p.point[0]) > std::fabs(far->point[0])) far = &p;
    return far;
}

Text divergenceSentence(const RunJudgement& judgement, const Trajectory& t, const std::string& variable) {
    const TrajectoryPoint* far = farthestPoint(t);
    if (!far || (judgement.regime != Regime::Diverging && t.stopReason != StopReason::Diverged)) return {};
    std::vector<Text> args = {Text::verbatim(variable),
                              Text::number(shownNumber(std::fabs(far->point[0]), 3)),
                              Text::number(std::to_string(far->step))};
    if (t.stopReason == StopReason::Diverged) {
        args.push_back(t.stopDetail);
        return Text(GRADLAB_TEXT("StopWording", "|%1| reached %2 at step %3; stopped: %4"), std::move(args));
    }
    if (t.stopReason == StopReason::MaxSteps)
        return Text(GRADLAB_TEXT("StopWording", "|%1| reached %2 at step %3; still growing at the last step"),
                    std::move(args));
    return Text(GRADLAB_TEXT("StopWording", "|%1| reached %2 at step %3"), std::move(args));
}

} // namespace gradlab
