#pragma once
// What `gradlab render` (and `gradlab code`) can say about a lesson's state; each lesson model applies the
// parts it understands and refuses the rest with a reason.

#include "descent/schedule.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace gradlab {

struct RenderOptions {
    QString formula;
    QVector<double> at;     ///< --at: the point
    double h = 0.0;         ///< --h: Δx (0: keep the lesson's)
    QString scheme;         ///< --scheme: forward|backward|central ("" keeps the lesson's)
    QVector<double> start;  ///< --start
    QVector<double> rates;  ///< --lr, one or one per optimizer
    QStringList optimizers; ///< --optimizer
    int steps = 0;          ///< --steps (0: keep)
    /// --schedule and its settings, read (and checked) by the CLI's rules (cli::readScheduleOptions).
    bool hasSchedule = false;
    Schedule schedule;
    bool hasNoise = false; ///< --noise σ (checked by core's noiseProblem)
    double noise = 0.0;
    bool hasSeed = false; ///< --seed, 0 … kMaxSeed
    int seed = 0;
    QByteArray data;    ///< --data: the CSV text of the file named (empty: keep the lesson's)
    int epochs = 0;     ///< --epochs (0: keep)
    int batchSize = -1; ///< --batch-size (-1: keep)
    double zoom = 0.0;  ///< --zoom: the magnifier's half-width w (0: keep)

    /// --hessian: draw the Hessian at the point (contour).
    bool hessian = false;

    /// --overlay: draw the optimizer-state overlay (race, descent1d).
    bool overlay = false;

    /// --view: which of the lesson's figures to draw ("map": the stability map of learning-rate and race;
    /// "" keeps the lesson's).
    QString view;
};

} // namespace gradlab
