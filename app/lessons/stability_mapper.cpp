#include "lessons/stability_mapper.h"

#include "lessons/number_format.h"

#include <QCoreApplication>
#include <QtConcurrent>
#include <algorithm>

namespace gradlab {

namespace {

// The inputs that matter are those of the learning-rate lesson's analyse() (sameBesidesLearningRate: the
// spec sets the mapped parameter and the rate per cell) and the axes.
bool sameMap(const StabilityMapSpec& a, const StabilityMapSpec& b) {
    return a.start[0] == b.start[0] && a.start[1] == b.start[1] &&
           sameBesidesLearningRate(a.settings, b.settings) && a.lrMin == b.lrMin && a.lrMax == b.lrMax &&
           a.lrCount == b.lrCount && a.parameter == b.parameter && a.paramMin == b.paramMin &&
           a.paramMax == b.paramMax && a.paramCount == b.paramCount && a.regimes == b.regimes;
}

constexpr Hyperparameter kChoices[] = {Hyperparameter::Momentum, Hyperparameter::Alpha, Hyperparameter::Beta1,
                                       Hyperparameter::Beta2};

} // namespace

StabilityMapper::StabilityMapper(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<StabilityMap>::resultReadyAt, this, [this](int index) {
        if (m_cancel && !m_cancel->load()) {
            m_map = m_watcher.resultAt(index);
            emit mapChanged();
        }
    });
}

StabilityMapper::~StabilityMapper() {
    if (m_cancel) m_cancel->store(true);
    m_watcher.waitForFinished();
}

void StabilityMapper::setRun(const FunctionPtr& f, const double* start, const DescentSettings& settings) {
    const int n = f ? std::max(1, f->dimension()) : 1;
    const StabilityMapSpec before = spec();
    const Hyperparameters was = m_settings.hyperparameters;
    const bool sameFunction = f == m_function;
    m_function = f;
    for (int i = 0; i < kMaxDimension; ++i)
        m_start[i] = i < n ? start[i] : 0.0;
    m_settings = settings;
    const Hyperparameter h = parameter();
    // A race announces every step it plays: only a change of what the map shows is news.
    if (sameFunction && sameMap(before, spec()) &&
        was.learningRate == settings.hyperparameters.learningRate &&
        hyperparameterValue(was, h) == hyperparameterValue(settings.hyperparameters, h))
        return;
    update();
    emit changed();
}

void StabilityMapper::setMinimumLoss(bool has, double loss) {
    m_hasMinimumLoss = has;
    m_minimumLoss = has ? loss : 0.0;
}

Hyperparameter StabilityMapper::parameter() const {
    const std::vector<Hyperparameter> choices = mapParameters(m_settings.optimizer);
    if (choices.empty()) return Hyperparameter::Momentum;
    return std::find(choices.begin(), choices.end(), m_parameter) != choices.end() ? m_parameter
                                                                                   : choices.front();
}

void StabilityMapper::setParameter(Hyperparameter h) {
    if (std::find(std::begin(kChoices), std::end(kChoices), h) == std::end(kChoices) || h == m_parameter)
        return;
    m_parameter = h;
    update();
    emit changed();
}

void StabilityMapper::setColour(Colour c) {
    if (c == m_colour) return;
    m_colour = c;
    emit changed();
    emit mapChanged(); // the same cells, coloured otherwise
}

void StabilityMapper::parameterRange(Hyperparameter h, double* lo, double* hi) {
    *lo = h == Hyperparameter::Alpha || h == Hyperparameter::Beta2 ? 0.5 : 0.0;
    *hi = h == Hyperparameter::Alpha ? 0.999 : h == Hyperparameter::Beta2 ? 0.9999 : 0.99;
}

StabilityMapSpec StabilityMapper::spec() const {
    StabilityMapSpec spec;
    spec.start[0] = m_start[0];
    spec.start[1] = m_start[1];
    spec.settings = m_settings;
    spec.lrMin = kMinRate;
    spec.lrMax = kMaxRate;
    spec.lrCount = kRates;
    spec.parameter = parameter();
    parameterRange(spec.parameter, &spec.paramMin, &spec.paramMax);
    spec.paramCount = hasParameter() ? kParams : 1;
    if (!hasParameter())
        spec.paramMin = spec.paramMax = hyperparameterValue(m_settings.hyperparameters, spec.parameter);
    // The axes' own values are set per cell: the current ones must not make the map look stale.
    spec.settings.hyperparameters.learningRate = 1.0;
    hyperparameterValue(spec.settings.hyperparameters, spec.parameter) = spec.paramMin;
    return spec;
}

void StabilityMapper::setActive(bool on) {
    if (on == m_active) return;
    m_active = on;
    if (on) {
        update();
    } else if (m_cancel) {
        // Nobody looks: stop computing (a finished map is kept; an unfinished one restarts when shown).
        m_cancel->store(true);
    }
}

void StabilityMapper::update() {
    if (!m_active || !m_function) return;
    const StabilityMapSpec spec = this->spec();
    if (m_mapFunction == m_function && sameMap(spec, m_map.spec) &&
        ((m_cancel && !m_cancel->load() && m_watcher.isRunning()) ||
         (!m_map.cells.empty() && m_map.complete())))
        return;
    if (m_function->dimension() < 1 || m_function->dimension() > kMaxDimension) return;
    // The pass under way is told to stop and left to end on its own (it owns what it reads): the GUI
    // thread never waits for it, so a drag of the start is never held up.
    if (m_cancel) m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_mapFunction = m_function;
    m_map = emptyStabilityMap(spec);
    emit mapChanged();
    const FunctionPtr f = m_function;
    auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([f, spec, cancel](QPromise<StabilityMap>& promise) {
        StabilityMap map = emptyStabilityMap(spec);
        LaneOptions options;
        options.cancel = cancel.get();
        computeCoarsePass(*f, map, kCoarseStride, options);
        if (cancel->load()) return;
        promise.addResult(map);
        computeStabilityCells(*f, map, {}, {}, options);
        if (cancel->load()) return;
        promise.addResult(std::move(map));
    }));
}

void StabilityMapper::waitForMap() {
    setActive(true);
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher);
    QCoreApplication::processEvents();
    // The last pass's result may still be queued behind the finished signal: take it from the future.
    if (m_cancel && !m_cancel->load() && m_watcher.future().resultCount() > 0) {
        const StabilityMap last = m_watcher.future().resultAt(m_watcher.future().resultCount() - 1);
        if (last.complete() && !m_map.complete()) {
            m_map = last;
            emit mapChanged();
        }
    }
}

bool StabilityMapper::movedSettings(double learningRate, double parameter, Hyperparameters* moved) const {
    Hyperparameters hp = m_settings.hyperparameters;
    hp.learningRate = learningRate;
    if (hasParameter()) hyperparameterValue(hp, this->parameter()) = parameter;
    if (!hyperparametersProblem(hp, m_settings.optimizer).empty()) return false;
    const Hyperparameter h = this->parameter();
    if (hp.learningRate == m_settings.hyperparameters.learningRate &&
        hyperparameterValue(hp, h) == hyperparameterValue(m_settings.hyperparameters, h))
        return false;
    *moved = hp;
    return true;
}

QString StabilityMapper::moveText(const Hyperparameters& hp, const QString& owner) const {
    // Both of the point's values, whichever moved: a drag's steps merge into one undo step named by its
    // last, so the name must hold the whole point.
    const auto value = [&hp](Hyperparameter h) {
        return QStringLiteral("%1 = %2").arg(QString::fromUtf8(hyperparameterRange(h).symbol),
                                             formatValue(hyperparameterValue(hp, h), 3));
    };
    const QString rate = value(Hyperparameter::LearningRate);
    if (!owner.isEmpty())
        return hasParameter() ? tr("Set %1's %2 and %3").arg(owner, rate, value(parameter()))
                              : tr("Set %1's %2").arg(owner, rate);
    return hasParameter() ? tr("Set %1 and %2").arg(rate, value(parameter())) : tr("Set %1").arg(rate);
}

void StabilityMapper::copyFrom(const StabilityMapper& other) {
    m_parameter = other.m_parameter;
    m_colour = other.m_colour;
    m_function = other.m_function;
    std::copy(std::begin(other.m_start), std::end(other.m_start), m_start);
    m_settings = other.m_settings;
    m_hasMinimumLoss = other.m_hasMinimumLoss;
    m_minimumLoss = other.m_minimumLoss;
    if (!other.m_map.cells.empty() && other.m_map.complete()) {
        m_map = other.m_map;
        m_mapFunction = other.m_mapFunction;
    }
    emit changed();
}

namespace {
const QString kParameterKey = QStringLiteral("mapParameter");
const QString kColourKey = QStringLiteral("mapColour");
const QString kStepsWord = QStringLiteral("steps");
const QString kLossWord = QStringLiteral("finalLoss");

bool parameterFromKey(const QString& key, Hyperparameter* h) {
    for (Hyperparameter choice : kChoices)
        if (key == QLatin1String(hyperparameterRange(choice).key)) {
            *h = choice;
            return true;
        }
    return false;
}
} // namespace

void StabilityMapper::save(QJsonObject* into) const {
    into->insert(kParameterKey, QString::fromLatin1(hyperparameterRange(m_parameter).key));
    into->insert(kColourKey, m_colour == Colour::StepsToConverge ? kStepsWord : kLossWord);
}

QString StabilityMapper::check(const QJsonObject& state) {
    const QJsonValue p = state.value(kParameterKey), c = state.value(kColourKey);
    Hyperparameter h;
    if (!p.isUndefined() && !parameterFromKey(p.toString(), &h))
        return tr("\"%1\" must be one of momentum, alpha, beta1, beta2, got %2")
            .arg(kParameterKey, p.toVariant().toString());
    if (!c.isUndefined() && c.toString() != kStepsWord && c.toString() != kLossWord)
        return tr("\"%1\" must be %2 or %3, got %4")
            .arg(kColourKey, kLossWord, kStepsWord, c.toVariant().toString());
    return {};
}

void StabilityMapper::read(const QJsonObject& state) {
    Hyperparameter h = Hyperparameter::Momentum;
    parameterFromKey(state.value(kParameterKey).toString(), &h);
    setParameter(h);
    setColour(state.value(kColourKey).toString() == kStepsWord ? Colour::StepsToConverge : Colour::FinalLoss);
}

} // namespace gradlab
