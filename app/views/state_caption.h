#pragma once
// The words under the optimizer-state overlay (plotting/state_overlay.h): what its arrows and boxes are,
// and the per-coordinate step sizes of each run's latest update. The race and the 1-D descent lesson say
// the same things.

#include "descent/trajectory.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gradlab {

/// What the overlay draws for the optimizers in `kinds`, one sentence per kind of mark (plain text); says
/// so when none of them keeps a state. `dimension` 1 speaks of bars and w, 2 of boxes and x, y.
QString stateLegend(const QList<OptimizerKind>& kinds, int dimension);

/// The latest update of `t` for the overlay's caption: "Adam, update 37: η/(√v + ε) = 0.0021 for x,
/// 0.19 for y, so |Δx| = 0.05, |Δy| = 0.049"; "" for an optimizer without state or before the first update.
/// `name` is the run's name, `variables` its variables' names.
QString stateReadout(const Trajectory& t, const QString& name, const QStringList& variables);

/// The sentence saying which runs' overlay marks are drawn longer than the update, and by how much (each
/// run's StateOverlay::scale()); "" when every scale is 1.
QString stateScale(const QList<QPair<QString, double>>& runs);

} // namespace gradlab
