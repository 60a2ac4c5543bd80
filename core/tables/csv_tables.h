#pragma once
// The tables GradLab shows, as CSV with a header row: the same columns from the command line
// (--csv) and from File → Export Table as CSV. Numbers have 17 significant digits (they read back
// exactly); a value that is not finite is written nan, inf or -inf.

#include "descent/optimizer.h"
#include "descent/sweep.h"
#include "descent/trajectory.h"
#include "diff/numeric.h"
#include "fit/fit_run.h"

#include <string>
#include <utility>
#include <vector>

namespace gradlab {

/// h,f_a_plus_h,f_a_minus_h,delta_y,slope,error (the row for the scheme's own Δy and slope).
std::string limitTableCsv(const LimitTable& table);
/// The step table as the lesson shows it, one row per step: step,x,loss,grad_x,update_x,lr — or
/// step,x,y,loss,grad_x,grad_y,grad_norm,update_x,update_y,lr for two variables — where the update is the
/// step that row's gradient causes (the next row's point minus this row's) and lr the learning rate of
/// that update (as the schedule sets it); both are empty on the last row.
/// Columns are named after the function's variables (x and y when none are given).
std::string trajectoryCsv(const Trajectory& trajectory, const std::vector<std::string>& variables = {});
/// A run's name in the optimizer column: the optimizer's ("adam"), or with its learning rate
/// ("adam lr=0.05") when the same optimizer runs more than once in one table.
std::string runName(OptimizerKind optimizer, double learningRate, bool withRate);
/// optimizer,step,…: several runs in one table, one block per run, with the columns of trajectoryCsv.
std::string trajectoriesCsv(const std::vector<std::pair<std::string, const Trajectory*>>& runs,
                            const std::vector<std::string>& variables = {});
/// lr,final_loss,minimum_loss,stop_step,stop_reason,converged,criterion,regime: each rate's run as the
/// core judges it (minimum_loss: the minimum that run approaches, empty if none was found).
std::string sweepCsv(const std::vector<SweepRow>& rows);
/// A fit's steps, one row per point: step,epoch,w,b,loss,grad_w,grad_b,grad_norm,lr,batch, where loss and
/// the gradient are over all the data, lr is the rate of the update that led to the row, and batch the rows
/// (0-based, in file order) that update used, separated by spaces ("0 3 4"), so the cell needs no quotes.
/// Step 0, the start, leaves epoch, lr and batch empty.
std::string fitCsv(const FitRun& run);

} // namespace gradlab
