#pragma once
// The tables GradLab shows, as CSV with a header row: the same columns from the command line
// (--csv) and from File → Export Table as CSV. Numbers have 17 significant digits (they read back
// exactly); a value that is not finite is written nan, inf or -inf.

#include "descent/sweep.h"
#include "descent/trajectory.h"
#include "diff/numeric.h"

#include <string>
#include <utility>
#include <vector>

namespace gradlab::cli {

/// h,f_a_plus_h,f_a_minus_h,delta_y,slope,error (the row for the scheme's own Δy and slope).
std::string limitTableCsv(const LimitTable& table);
/// step,x,loss,grad_x,grad_norm — or step,x,y,loss,grad_x,grad_y,grad_norm for two variables.
std::string trajectoryCsv(const Trajectory& trajectory);
/// optimizer,step,x,y,loss,grad_x,grad_y,grad_norm: several runs in one table, one block per run.
std::string trajectoriesCsv(const std::vector<std::pair<std::string, const Trajectory*>>& runs);
/// lr,final_loss,steps_to_converge,stop_reason (steps_to_converge empty unless the run converged).
std::string sweepCsv(const std::vector<SweepRow>& rows);

} // namespace gradlab::cli
