#pragma once
// The sentences the lessons show under a run: what it reached and how it moved, and where a diverging
// run went. Written here once so every view (and anything else that reports a run) uses the same words.

#include "descent/run_judgement.h"
#include "descent/trajectory.h"

#include <string>

namespace gradlab {

/// What a run reached (judgement.outcome) and, once it stopped, how it moved (the verdict as a sentence):
/// "Converged at step 37: … Converging steadily: every step moves the same way …".
Text stopSentence(const RunJudgement& judgement, const Trajectory& t);

/// Where a diverging run went: "|w| reached 3.2e+05 at step 14; stopped: the loss passed 1e12" (the
/// point farthest from 0 in the first coordinate, 3 significant digits). Empty unless the run diverges.
Text divergenceSentence(const RunJudgement& judgement, const Trajectory& t, const std::string& variable);

/// The point of the run farthest from 0 in the first coordinate (the first such); null for no points.
const TrajectoryPoint* farthestPoint(const Trajectory& t);

} // namespace gradlab
