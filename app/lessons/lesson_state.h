#pragma once
// The parts of a lesson's saved state that several lessons share, as JSON: a one-variable function with
// its range and point, a two-variable function with its rectangle and point, and an optimizer's
// hyperparameters. Each lesson model saves and checks its state with these.

#include "descent/descent.h"

#include <QJsonObject>
#include <QString>

namespace gradlab {

namespace state {

/// {"formula": "x^2", "range": [xmin, xmax], "x": 1}
QJsonObject saveFunction(const QString& formula, double xMin, double xMax, double x);
/// Why a one-variable state cannot be used ("" if it can).
QString checkFunction(const QJsonObject& state, int dimension = 1);

/// {"formula": "...", "domain": [xmin, xmax, ymin, ymax], "point": [x, y]}
QJsonObject saveSurface(const QString& formula, const double* domain, double x, double y);
QString checkSurface(const QJsonObject& state);

/// Adds "learningRate", "momentum", "alpha", "beta1", "beta2", "eps" (eps < 0: the optimizer's default).
void saveHyperparameters(const Hyperparameters& hp, QJsonObject* into);
Hyperparameters readHyperparameters(const QJsonObject& state);
QString checkHyperparameters(const QJsonObject& state);

/// Adds "schedule": {"kind": "cosine", "stepSize", "gamma", "tMax", "etaMin", "warmup", "startFactor"}.
void saveSchedule(const Schedule& schedule, QJsonObject* into);
/// The schedule of state["schedule"]; constant when there is none (files written before schedules).
Schedule readSchedule(const QJsonObject& state);
/// Why state["schedule"] cannot be used ("" if it can, or if there is none).
QString checkSchedule(const QJsonObject& state);

/// Adds "noise" (σ, 0: none) and "seed".
void saveNoise(double noise, std::uint64_t seed, QJsonObject* into);
/// state["noise"] and state["seed"]; 0 and 0 when absent.
double readNoise(const QJsonObject& state);
std::uint64_t readSeed(const QJsonObject& state);
/// Why they cannot be used ("" if they can, or are absent).
QString checkNoise(const QJsonObject& state);

/// Why state[key] is not a whole number in [lo, hi] ("" if it is).
QString checkInteger(const QJsonObject& state, const QString& key, int lo, int hi);
/// Why state[key] is not true or false ("" if it is, or is absent).
QString checkBool(const QJsonObject& state, const QString& key);
/// Why state[key] does not name an optimizer ("" if it does).
QString checkOptimizerName(const QJsonObject& state, const QString& key);
OptimizerKind readOptimizer(const QJsonObject& state, const QString& key);

} // namespace state
} // namespace gradlab
