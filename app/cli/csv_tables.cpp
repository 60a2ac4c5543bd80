#include "cli/csv_tables.h"

#include <cmath>
#include <cstdio>

namespace gradlab::cli {

namespace {

std::string number(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

void appendRow(std::string& out, std::initializer_list<std::string> cells) {
    bool first = true;
    for (const std::string& c : cells) {
        if (!first) out += ',';
        out += c;
        first = false;
    }
    out += '\n';
}

void appendPoint(std::string& out, const std::string& prefix, const Trajectory& t, const TrajectoryPoint& p) {
    if (t.dimension == 1)
        appendRow(out, {prefix + std::to_string(p.step), number(p.point[0]), number(p.loss),
                        number(p.gradient[0]), number(p.gradNorm)});
    else
        appendRow(out, {prefix + std::to_string(p.step), number(p.point[0]), number(p.point[1]),
                        number(p.loss), number(p.gradient[0]), number(p.gradient[1]), number(p.gradNorm)});
}

} // namespace

std::string limitTableCsv(const LimitTable& table) {
    std::string out = "h,f_a_plus_h,f_a_minus_h,delta_y,slope,error\n";
    for (const LimitRow& r : table.rows)
        appendRow(out, {number(r.h), number(r.fAPlusH), number(r.fAMinusH), number(r.deltaY), number(r.slope),
                        number(r.error)});
    return out;
}

std::string trajectoryCsv(const Trajectory& trajectory) {
    std::string out = trajectory.dimension == 1 ? "step,x,loss,grad_x,grad_norm\n"
                                                : "step,x,y,loss,grad_x,grad_y,grad_norm\n";
    for (const TrajectoryPoint& p : trajectory.points)
        appendPoint(out, "", trajectory, p);
    return out;
}

std::string trajectoriesCsv(const std::vector<std::pair<std::string, const Trajectory*>>& runs) {
    const bool two = !runs.empty() && runs.front().second->dimension == 2;
    std::string out = two ? "optimizer,step,x,y,loss,grad_x,grad_y,grad_norm\n"
                          : "optimizer,step,x,loss,grad_x,grad_norm\n";
    for (const auto& [name, t] : runs)
        for (const TrajectoryPoint& p : t->points)
            appendPoint(out, name + ",", *t, p);
    return out;
}

std::string sweepCsv(const std::vector<SweepRow>& rows) {
    std::string out = "lr,final_loss,steps_to_converge,stop_reason\n";
    for (const SweepRow& r : rows) {
        const bool converged = r.summary.stopReason == StopReason::Converged;
        appendRow(out, {number(r.learningRate), number(r.summary.finalLoss),
                        converged ? std::to_string(r.summary.stopStep) : std::string(),
                        stopReasonName(r.summary.stopReason)});
    }
    return out;
}

} // namespace gradlab::cli
