#include "tables/csv_tables.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace gradlab {

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

std::vector<std::string> names(int dimension, const std::vector<std::string>& variables) {
    std::vector<std::string> out = {"x", "y"};
    for (std::size_t i = 0; i < variables.size() && i < 2; ++i)
        out[i] = variables[i];
    out.resize(static_cast<std::size_t>(dimension));
    return out;
}

std::string header(int dimension, const std::vector<std::string>& variables) {
    const std::vector<std::string> v = names(dimension, variables);
    if (dimension == 1) return "step," + v[0] + ",loss,grad_" + v[0] + ",update_" + v[0] + ",lr";
    return "step," + v[0] + "," + v[1] + ",loss,grad_" + v[0] + ",grad_" + v[1] + ",grad_norm,update_" +
           v[0] + ",update_" + v[1] + ",lr";
}

// Row k: the point, its loss and gradient, and the update they cause (point k+1 − point k) with the learning
// rate of that update: both belong to the row whose gradient the update uses.
void appendPoints(std::string& out, const std::string& prefix, const Trajectory& t) {
    for (std::size_t k = 0; k < t.points.size(); ++k) {
        const TrajectoryPoint& p = t.points[k];
        const TrajectoryPoint* next = k + 1 < t.points.size() ? &t.points[k + 1] : nullptr;
        auto update = [next](int i) { return next ? number(next->update[i]) : std::string(); };
        const std::string rate = next ? number(next->learningRate) : std::string();
        if (t.dimension == 1)
            appendRow(out, {prefix + std::to_string(p.step), number(p.point[0]), number(p.loss),
                            number(p.gradient[0]), update(0), rate});
        else
            appendRow(out, {prefix + std::to_string(p.step), number(p.point[0]), number(p.point[1]),
                            number(p.loss), number(p.gradient[0]), number(p.gradient[1]), number(p.gradNorm),
                            update(0), update(1), rate});
    }
}

} // namespace

std::string limitTableCsv(const LimitTable& table) {
    std::string out = "h,f_a_plus_h,f_a_minus_h,delta_y,slope,error\n";
    for (const LimitRow& r : table.rows)
        appendRow(out, {number(r.h), number(r.fAPlusH), number(r.fAMinusH), number(r.deltaY), number(r.slope),
                        number(r.error)});
    return out;
}

std::string trajectoryCsv(const Trajectory& trajectory, const std::vector<std::string>& variables) {
    std::string out = header(trajectory.dimension, variables) + "\n";
    appendPoints(out, "", trajectory);
    return out;
}

std::string runName(OptimizerKind optimizer, double learningRate, bool withRate) {
    const std::string name = optimizerName(optimizer);
    if (!withRate) return name;
    // The shortest text that reads back to the rate: "0.05", not "0.050000000000000003".
    char buf[40];
    for (int digits = 1; digits <= 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, learningRate);
        if (std::strtod(buf, nullptr) == learningRate) break;
    }
    return name + " lr=" + buf;
}

std::string trajectoriesCsv(const std::vector<std::pair<std::string, const Trajectory*>>& runs,
                            const std::vector<std::string>& variables) {
    const int dimension = runs.empty() ? 1 : runs.front().second->dimension;
    std::string out = "optimizer," + header(dimension, variables) + "\n";
    for (const auto& [name, t] : runs)
        appendPoints(out, name + ",", *t);
    return out;
}

std::string sweepCsv(const std::vector<SweepRow>& rows) {
    std::string out = "lr,final_loss,minimum_loss,stop_step,stop_reason,converged,criterion,regime\n";
    for (const SweepRow& r : rows) {
        const RunJudgement& j = r.judgement;
        appendRow(out, {number(r.learningRate), number(r.summary.finalLoss),
                        j.hasMinimum ? number(j.minimumLoss) : std::string(),
                        std::to_string(r.summary.stopStep), stopReasonName(r.summary.stopReason),
                        j.converged() ? "true" : "false", criterionName(j.criterion), regimeName(j.regime)});
    }
    return out;
}

std::string fitCsv(const FitRun& run) {
    std::string out = "step,epoch,w,b,loss,grad_w,grad_b,grad_norm,lr,batch\n";
    for (const TrajectoryPoint& p : run.trajectory().points) {
        std::string epoch, lr, batch;
        if (p.step > 0) {
            epoch = std::to_string(run.epochOf(p.step));
            lr = number(p.learningRate);
            for (int row : run.batches()[static_cast<std::size_t>(p.step - 1)])
                batch += (batch.empty() ? "" : " ") + std::to_string(row);
        }
        appendRow(out, {std::to_string(p.step), epoch, number(p.point[0]), number(p.point[1]), number(p.loss),
                        number(p.gradient[0]), number(p.gradient[1]), number(p.gradNorm), lr, batch});
    }
    return out;
}

} // namespace gradlab
