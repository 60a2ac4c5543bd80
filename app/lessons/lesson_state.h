#pragma once
// The parts of a lesson's saved state that several lessons share, as JSON: a one-variable function with
// its range and point, a two-variable function with its rectangle and point, and an optimizer's
// hyperparameters. Each lesson model saves and checks its state with these.

#include "descent/optimizer.h"

#include <QJsonObject>
#include <QString>

namespace gradlab {

namespace state {

/// {"formula": "x^2", "range": [xmin, xmax], "x": 1}
QJsonObject saveFunction(const QString& formula, double xMin, double xMax, double x);
/// Why a one-variable state cannot be used ("" if it can).
QString checkFunction(const QJsonObject& state);

/// {"formula": "...", "domain": [xmin, xmax, ymin, ymax], "point": [x, y]}
QJsonObject saveSurface(const QString& formula, const double* domain, double x, double y);
QString checkSurface(const QJsonObject& state);

/// Adds "learningRate", "momentum", "alpha", "beta1", "beta2", "eps" (eps < 0: the optimizer's default).
void saveHyperparameters(const Hyperparameters& hp, QJsonObject* into);
Hyperparameters readHyperparameters(const QJsonObject& state);
QString checkHyperparameters(const QJsonObject& state);

/// Why state[key] is not a whole number in [lo, hi] ("" if it is).
QString checkInteger(const QJsonObject& state, const QString& key, int lo, int hi);
/// Why state[key] does not name an optimizer ("" if it does).
QString checkOptimizerName(const QJsonObject& state, const QString& key);
OptimizerKind readOptimizer(const QJsonObject& state, const QString& key);

} // namespace state
} // namespace gradlab
