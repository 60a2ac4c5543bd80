#include "lessons/lesson_state.h"

#include "lessons/translated_text.h"

#include "lessons/formula_check.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace gradlab::state {

namespace {

// Translation context LessonState: lupdate reads the context of LessonState::tr() from
// Q_DECLARE_TR_FUNCTIONS, as Qt does at run time (a free tr() in a namespace is filed under the namespace's
// name, which no lookup uses).
struct LessonState {
    Q_DECLARE_TR_FUNCTIONS(LessonState)
};

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
    return LessonState::tr("formula \"%1\": %2 (column %3)").arg(text, c.message).arg(c.column + 1);
}

/// Why `values` (already checked to be numbers) are not increasing pairs: [a, b] or [a, b, c, d].
QString checkRanges(const QJsonArray& values, const QString& key) {
    for (int i = 0; i + 1 < values.size(); i += 2) {
        const double lo = values[i].toDouble(), hi = values[i + 1].toDouble();
        if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi) || hi - lo > 1e12)
            return LessonState::tr(
                       "\"%1\" must give each range as a smaller then a larger number, got %2 and %3")
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

QString checkFunction(const QJsonObject& state, int dimension) {
    QString why = checkStateFormula(state, dimension);
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

namespace {

// The schedule's settings in files.
constexpr const char* kScheduleKeys[] = {"stepSize", "gamma", "tMax", "etaMin", "warmup", "startFactor"};

bool isWholeKey(const char* key) {
    const QLatin1String k(key);
    return k == QLatin1String("stepSize") || k == QLatin1String("tMax") || k == QLatin1String("warmup");
}

} // namespace

void saveSchedule(const Schedule& schedule, QJsonObject* into) {
    into->insert(QStringLiteral("schedule"),
                 QJsonObject{{QStringLiteral("kind"), QLatin1String(scheduleName(schedule.kind))},
                             {QStringLiteral("stepSize"), schedule.stepSize},
                             {QStringLiteral("gamma"), schedule.gamma},
                             {QStringLiteral("tMax"), schedule.tMax},
                             {QStringLiteral("etaMin"), schedule.etaMin},
                             {QStringLiteral("warmup"), schedule.warmup},
                             {QStringLiteral("startFactor"), schedule.startFactor}});
}

Schedule readSchedule(const QJsonObject& state) {
    Schedule s;
    const QJsonObject o = state.value(QStringLiteral("schedule")).toObject();
    if (o.isEmpty()) return s;
    scheduleByName(o.value(QStringLiteral("kind")).toString().toStdString(), s.kind);
    auto whole = [&o](const char* key, int fallback) {
        return static_cast<int>(std::clamp(o.value(QLatin1String(key)).toDouble(fallback), -1e9, 1e9));
    };
    s.stepSize = whole("stepSize", s.stepSize);
    s.tMax = whole("tMax", s.tMax);
    s.warmup = whole("warmup", s.warmup);
    s.gamma = o.value(QStringLiteral("gamma")).toDouble(s.gamma);
    s.etaMin = o.value(QStringLiteral("etaMin")).toDouble(s.etaMin);
    s.startFactor = o.value(QStringLiteral("startFactor")).toDouble(s.startFactor);
    return s;
}

QString checkSchedule(const QJsonObject& state) {
    const QJsonValue value = state.value(QStringLiteral("schedule"));
    if (value.isUndefined()) return {};
    if (!value.isObject()) return LessonState::tr("\"schedule\" must be an object");
    const QJsonObject o = value.toObject();
    ScheduleKind kind;
    const QString name = o.value(QStringLiteral("kind")).toString();
    if (!scheduleByName(name.toStdString(), kind))
        return LessonState::tr("\"schedule\" must name a schedule (%1), got \"%2\"")
            .arg(QString::fromStdString(scheduleNameList()), name);
    for (const char* key : kScheduleKeys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) continue;
        const bool whole = isWholeKey(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || (whole && (d != std::floor(d) || std::fabs(d) > 1e9)))
            return LessonState::tr("\"schedule\": \"%1\" must be a %2")
                .arg(QLatin1String(key), whole ? LessonState::tr("whole number") : LessonState::tr("number"));
    }
    const Text why = scheduleProblem(readSchedule(state));
    if (!why.empty()) return LessonState::tr("\"schedule\": %1").arg(translated(why));
    return {};
}

void saveNoise(double noise, std::uint64_t seed, QJsonObject* into) {
    into->insert(QStringLiteral("noise"), noise);
    into->insert(QStringLiteral("seed"), static_cast<double>(seed));
}

double readNoise(const QJsonObject& state) {
    return state.value(QStringLiteral("noise")).toDouble(0.0);
}

std::uint64_t readSeed(const QJsonObject& state) {
    return static_cast<std::uint64_t>(
        std::clamp(state.value(QStringLiteral("seed")).toDouble(0.0), 0.0, static_cast<double>(kMaxSeed)));
}

QString checkNoise(const QJsonObject& state) {
    const QJsonValue noise = state.value(QStringLiteral("noise"));
    if (!noise.isUndefined()) {
        if (!noise.isDouble()) return LessonState::tr("\"noise\" must be a number");
        const Text why = noiseProblem(noise.toDouble());
        if (!why.empty()) return LessonState::tr("\"noise\": %1").arg(translated(why));
    }
    if (!state.value(QStringLiteral("seed")).isUndefined())
        return checkInteger(state, QStringLiteral("seed"), 0, static_cast<int>(kMaxSeed));
    return {};
}

QString checkInteger(const QJsonObject& state, const QString& key, int lo, int hi) {
    const double v = state.value(key).toDouble();
    if (!(v >= lo && v <= hi) || v != std::floor(v))
        return LessonState::tr("\"%1\" must be a whole number from %2 to %3, got %4")
            .arg(key)
            .arg(lo)
            .arg(hi)
            .arg(v);
    return {};
}

QString checkBool(const QJsonObject& state, const QString& key) {
    if (!state.contains(key) || state.value(key).isBool()) return {};
    return LessonState::tr("\"%1\" must be true or false").arg(key);
}

QString checkOptimizerName(const QJsonObject& state, const QString& key) {
    OptimizerKind k;
    const QString name = state.value(key).toString();
    if (optimizerByName(name.toStdString(), k)) return {};
    return LessonState::tr("\"%1\" must name an optimizer (%2), got \"%3\"")
        .arg(key, QString::fromStdString(optimizerNameList()), name);
}

OptimizerKind readOptimizer(const QJsonObject& state, const QString& key) {
    OptimizerKind k = OptimizerKind::GradientDescent;
    optimizerByName(state.value(key).toString().toStdString(), k);
    return k;
}

} // namespace gradlab::state
