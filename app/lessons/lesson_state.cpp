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
    for (Hyperparameter h : kHyperparameters)
        into->insert(QLatin1String(hyperparameterRange(h).key), hyperparameterValue(hp, h));
}

Hyperparameters readHyperparameters(const QJsonObject& state) {
    Hyperparameters hp;
    for (Hyperparameter h : kHyperparameters)
        hyperparameterValue(hp, h) = state.value(QLatin1String(hyperparameterRange(h).key)).toDouble();
    return hp;
}

QString checkHyperparameters(const QJsonObject& state) {
    // A file holds all six, and each must be valid whichever optimizer reads it.
    for (Hyperparameter h : kHyperparameters) {
        const char* key = hyperparameterRange(h).key;
        const std::string why = hyperparameterProblem(h, state.value(QLatin1String(key)).toDouble());
        if (!why.empty())
            return QStringLiteral("\"%1\" %2").arg(QLatin1String(key), QString::fromStdString(why));
    }
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
    return tr("\"%1\" must name an optimizer (%2), got \"%3\"")
        .arg(key, QString::fromStdString(optimizerNameList()), name);
}

OptimizerKind readOptimizer(const QJsonObject& state, const QString& key) {
    OptimizerKind k = OptimizerKind::GradientDescent;
    optimizerByName(state.value(key).toString().toStdString(), k);
    return k;
}

} // namespace gradlab::state
