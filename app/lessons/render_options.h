#pragma once
// What `gradlab render` (and `gradlab code`) can say about a lesson's state; each lesson model applies the
// parts it understands and refuses the rest with a reason.

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
    QByteArray data;        ///< --data: the CSV text of the file named (empty: keep the lesson's)
    int epochs = 0;         ///< --epochs (0: keep)
    int batchSize = -1;     ///< --batch-size (-1: keep)
    qint64 seed = -1;       ///< --seed (-1: keep)
};

} // namespace gradlab
