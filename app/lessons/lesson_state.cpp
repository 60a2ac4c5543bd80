#include "lessons/lesson_state.h"

#include "lessons/formula_check.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace gradlab::state {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("LessonState", text);
}

QJsonArray numbers(std::initializer_list<double> values) {
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

/// Why the formula cannot be used in a lesson of `dimension` variables, with its column.
QString checkStateFormula(const QJsonObject& state, int dimension) {
    const QString text = state.value(QStringLiteral("formula")).toString();
    const FormulaCheck c = checkFormula(text, dimension);
    if (c.function) return {};
    return tr("formula \"%1\": %2 (column %3)").arg(text, c.message).arg(c.column + 1);
}

/// Why `values` (already checked to be numbers) are not increasing pairs: [a, b] or [a, b, c, d].
QString checkRanges(const QJsonArray& values, const QString& key) {
    for (int i = 0; i + 1 < values.size(); i += 2) {
        const double lo = values[i].toDouble(), hi = values[i + 1].toDouble();
        if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi) || hi - lo > 1e12)
            return tr("\"%1\" must give each range as a smaller then a larger number, got %2 and %3")
                .arg(key)
                .arg(lo)
                .arg(hi);
    }
    return {};
}

} // namespace

QJsonObject saveFunction(const QString& formula, double xMin, double xMax, double x) {
    return {{QStringLiteral("formula"), formula},
            {QStringLiteral("range"), numbers({xMin, xMax})},
            {QStringLiteral("x"), x}};
}

QString checkFunction(const QJsonObject& state) {
    QString why = checkStateFormula(state, 1);
    if (why.isEmpty())
        why = checkRanges(state.value(QStringLiteral("range")).toArray(), QStringLiteral("range"));
    return why;
}

QJsonObject saveSurface(const QString& formula, const double* domain, double x, double y) {
    return {{QStringLiteral("formula"), formula},
            {QStringLiteral("domain"), numbers({domain[0], domain[1], domain[2], domain[3]})},
            {QStringLiteral("point"), numbers({x, y})}};
}

QString checkSurface(const QJsonObject& state) {
    QString why = checkStateFormula(state, 2);
    if (why.isEmpty())
        why = checkRanges(state.value(QStringLiteral("domain")).toArray(), QStringLiteral("domain"));
    return why;
}

void saveHyperparameters(const Hyperparameters& hp, QJsonObject* into) {
    into->insert(QStringLiteral("learningRate"), hp.learningRate);
    into->insert(QStringLiteral("momentum"), hp.momentum);
    into->insert(QStringLiteral("alpha"), hp.alpha);
    into->insert(QStringLiteral("beta1"), hp.beta1);
    into->insert(QStringLiteral("beta2"), hp.beta2);
    into->insert(QStringLiteral("eps"), hp.eps);
}

Hyperparameters readHyperparameters(const QJsonObject& state) {
    Hyperparameters hp;
    hp.learningRate = state.value(QStringLiteral("learningRate")).toDouble();
    hp.momentum = state.value(QStringLiteral("momentum")).toDouble();
    hp.alpha = state.value(QStringLiteral("alpha")).toDouble();
    hp.beta1 = state.value(QStringLiteral("beta1")).toDouble();
    hp.beta2 = state.value(QStringLiteral("beta2")).toDouble();
    hp.eps = state.value(QStringLiteral("eps")).toDouble();
    return hp;
}

QString checkHyperparameters(const QJsonObject& state) {
    const double lr = state.value(QStringLiteral("learningRate")).toDouble();
    if (!(lr > 0) || !std::isfinite(lr))
        return tr("\"learningRate\" must be a positive number, got %1").arg(lr);
    for (const char* key : {"momentum", "alpha", "beta1", "beta2"}) {
        const double v = state.value(QLatin1String(key)).toDouble();
        if (!(v >= 0 && v < 1))
            return tr("\"%1\" must be at least 0 and less than 1, got %2").arg(QLatin1String(key)).arg(v);
    }
    const double eps = state.value(QStringLiteral("eps")).toDouble();
    if (!std::isfinite(eps) || eps == 0 || eps > 1)
        return tr("\"eps\" must be a small positive number (or negative for the default), got %1").arg(eps);
    return {};
}

QString checkInteger(const QJsonObject& state, const QString& key, int lo, int hi) {
    const double v = state.value(key).toDouble();
    if (!(v >= lo && v <= hi) || v != std::floor(v))
        return tr("\"%1\" must be a whole number from %2 to %3, got %4").arg(key).arg(lo).arg(hi).arg(v);
    return {};
}

QString checkOptimizerName(const QJsonObject& state, const QString& key) {
    OptimizerKind k;
    const QString name = state.value(key).toString();
    if (optimizerByName(name.toStdString(), k)) return {};
    return tr("\"%1\" must name an optimizer (gd, momentum, nesterov, adagrad, rmsprop, adam, newton), got "
              "\"%2\"")
        .arg(key, name);
}

OptimizerKind readOptimizer(const QJsonObject& state, const QString& key) {
    OptimizerKind k = OptimizerKind::GradientDescent;
    optimizerByName(state.value(key).toString().toStdString(), k);
    return k;
}

} // namespace gradlab::state
