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

std::string stopSentence(const RunJudgement& judgement, const Trajectory& t) {
    std::string text = judgement.outcome;
    if (t.stopReason == StopReason::Running || judgement.regime == Regime::NotStarted) return text;
    std::string verdict = judgement.verdict;
    // The verdicts begin with an ASCII word ("converging steadily: …").
    if (!verdict.empty() && verdict[0] >= 'a' && verdict[0] <= 'z') verdict[0] = char(verdict[0] - 'a' + 'A');
    return text + ' ' + verdict + '.';
}

const TrajectoryPoint* farthestPoint(const Trajectory& t) {
    const TrajectoryPoint* far = nullptr;
    for (const TrajectoryPoint& p : t.points)
        if (!far || std::fabs(p.point[0]) > std::fabs(far->point[0])) far = &p;
    return far;
}

std::string divergenceSentence(const RunJudgement& judgement, const Trajectory& t,
                               const std::string& variable) {
    const TrajectoryPoint* far = farthestPoint(t);
    if (!far || (judgement.regime != Regime::Diverging && t.stopReason != StopReason::Diverged)) return {};
    std::string note = "|" + variable + "| reached " + shownNumber(std::fabs(far->point[0]), 3) +
                       " at step " + std::to_string(far->step);
    if (t.stopReason == StopReason::Diverged)
        note += "; stopped: " + t.stopDetail;
    else if (t.stopReason == StopReason::MaxSteps)
        note += "; still growing at the last step";
    return note;
}

} // namespace gradlab
