#include "lessons/learning_rate_lesson.h"

#include "tables/csv_tables.h"

#include <QtConcurrent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace gradlab {

LearningRateLesson::LearningRateLesson(QObject* parent)
    : DescentLesson(parent) {
    setMaxSteps(100);
    setAutoRun(true);
    connect(&m_watcher, &QFutureWatcher<std::vector<SweepRow>>::finished, this, [this] {
        if (m_watcher.future().isValid() && m_watcher.future().resultCount() > 0 && !m_cancel->load()) {
            m_sweep = m_watcher.result();
            emit sweepChanged();
        }
    });
    connect(this, &FunctionLesson::changed, this, &LearningRateLesson::analyse);
    connect(this, &FunctionLesson::changed, this, &LearningRateLesson::updateMap);
    connect(&m_mapWatcher, &QFutureWatcher<StabilityMap>::resultReadyAt, this, [this](int index) {
        if (m_mapCancel && !m_mapCancel->load()) {
            m_map = m_mapWatcher.resultAt(index);
            emit mapChanged();
        }
    });
    analyse();
    setFormula(QStringLiteral("(w-3)^2"));
    setX(8.0);
}

LearningRateLesson::~LearningRateLesson() {
    if (m_cancel) m_cancel->store(true);
    if (m_mapCancel) m_mapCancel->store(true);
    m_watcher.waitForFinished();
    m_mapWatcher.waitForFinished();
}

double LearningRateLesson::sweepProgress() const {
    return m_done ? std::min(1.0, m_done->load() / static_cast<double>(kSweepCount)) : 1.0;
}

void LearningRateLesson::waitForSweep() {
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher);
    QCoreApplication::processEvents();
}

// The minimum, the critical rate and the sweep depend on the function, the start, the optimizer and its other
// hyperparameters, the number of steps, the schedule and the noise, not on the learning rate: moving the
// slider recomputes none of them. The sweep runs with the run's schedule and noise, so that its rows judge
// runs like this one.
void LearningRateLesson::analyse() {
    const double start = x();
    if (m_analysedFunction == function() && m_analysedStart == start &&
        sameBesidesLearningRate(m_analysedSettings, settings()))
        return;
    m_analysedSettings = settings();
    m_analysedFunction = function();
    m_analysedStart = start;
    double w = start;
    m_hasMinimum = locateMinimum(*function(), &start, &w);
    m_minimum = w;
    m_critical =
        m_hasMinimum ? criticalLearningRate(*function(), &w) : std::numeric_limits<double>::infinity();
    startSweep();
}

void LearningRateLesson::startSweep() {
    if (m_cancel) m_cancel->store(true);
    m_watcher.waitForFinished();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = std::make_shared<std::atomic<int>>(0);
    const FunctionPtr f = function();
    const double start = x();
    const DescentSettings s = settings();
    auto cancel = m_cancel;
    auto done = m_done;
    m_sweep.clear();
    emit sweepChanged();
    m_watcher.setFuture(QtConcurrent::run([f, start, s, cancel, done] {
        SweepOptions options;
        options.cancel = cancel.get();
        options.threads = 1; // QtConcurrent's pool already runs this beside the GUI thread
        options.progress = [done](int n) { done->store(n); };
        return sweepLearningRates(*f, &start, s, logSpaced(kMinRate, kMaxRate, kSweepCount), options);
    }));
}

Hyperparameter LearningRateLesson::mapParameter() const {
    const std::vector<Hyperparameter> choices = mapParameters(optimizer());
    if (choices.empty()) return Hyperparameter::Momentum;
    return std::find(choices.begin(), choices.end(), m_mapParameter) != choices.end() ? m_mapParameter
                                                                                      : choices.front();
}

void LearningRateLesson::setMapParameter(Hyperparameter h) {
    if (!usesHyperparameter(optimizer(), h) || h == mapParameter()) return;
    m_mapParameter = h;
    updateMap();
}

void LearningRateLesson::mapParameterRange(Hyperparameter h, double* lo, double* hi) {
    *lo = h == Hyperparameter::Alpha || h == Hyperparameter::Beta2 ? 0.5 : 0.0;
    *hi = h == Hyperparameter::Alpha ? 0.999 : h == Hyperparameter::Beta2 ? 0.9999 : 0.99;
}

StabilityMapSpec LearningRateLesson::mapSpec() const {
    StabilityMapSpec spec;
    spec.start[0] = x();
    spec.settings = settings();
    spec.lrMin = kMinRate;
    spec.lrMax = kMaxRate;
    spec.lrCount = kMapRates;
    spec.parameter = mapParameter();
    mapParameterRange(spec.parameter, &spec.paramMin, &spec.paramMax);
    spec.paramCount = mapHasParameter() ? kMapParams : 1;
    if (!mapHasParameter())
        spec.paramMin = spec.paramMax = hyperparameterValue(settings().hyperparameters, spec.parameter);
    // The axes' own values are set per cell: the current ones must not make the map look stale.
    spec.settings.hyperparameters.learningRate = 1.0;
    hyperparameterValue(spec.settings.hyperparameters, spec.parameter) = spec.paramMin;
    return spec;
}

namespace {
// The inputs that matter are those of analyse() (sameBesidesLearningRate: mapSpec sets the mapped
// parameter and the rate per cell) and the axes.
bool sameMap(const StabilityMapSpec& a, const StabilityMapSpec& b) {
    return a.start[0] == b.start[0] && a.start[1] == b.start[1] &&
           sameBesidesLearningRate(a.settings, b.settings) && a.lrMin == b.lrMin && a.lrMax == b.lrMax &&
           a.lrCount == b.lrCount && a.parameter == b.parameter && a.paramMin == b.paramMin &&
           a.paramMax == b.paramMax && a.paramCount == b.paramCount && a.regimes == b.regimes;
}
} // namespace

void LearningRateLesson::setMapActive(bool on) {
    if (on == m_mapActive) return;
    m_mapActive = on;
    if (on) {
        updateMap();
    } else if (m_mapCancel) {
        // Nobody looks: stop computing (a finished map is kept; an unfinished one restarts when shown).
        m_mapCancel->store(true);
    }
}

void LearningRateLesson::updateMap() {
    if (!m_mapActive) return;
    const StabilityMapSpec spec = mapSpec();
    if (m_mapFunction == function() && sameMap(spec, m_map.spec) &&
        ((m_mapCancel && !m_mapCancel->load() && m_mapWatcher.isRunning()) ||
         (!m_map.cells.empty() && m_map.complete())))
        return;
    // The pass under way is told to stop and left to end on its own (it owns what it reads): the GUI
    // thread never waits for it, so a drag of the start is never held up.
    if (m_mapCancel) m_mapCancel->store(true);
    m_mapCancel = std::make_shared<std::atomic<bool>>(false);
    m_mapFunction = function();
    m_map = emptyStabilityMap(spec);
    emit mapChanged();
    const FunctionPtr f = function();
    auto cancel = m_mapCancel;
    m_mapWatcher.setFuture(QtConcurrent::run([f, spec, cancel](QPromise<StabilityMap>& promise) {
        StabilityMap map = emptyStabilityMap(spec);
        LaneOptions options;
        options.cancel = cancel.get();
        computeCoarsePass(*f, map, kMapCoarseStride, options);
        if (cancel->load()) return;
        promise.addResult(map);
        computeStabilityCells(*f, map, {}, {}, options);
        if (cancel->load()) return;
        promise.addResult(std::move(map));
    }));
}

void LearningRateLesson::waitForMap() {
    m_mapWatcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_mapWatcher);
    QCoreApplication::processEvents();
}

void LearningRateLesson::setMapPoint(double learningRate, double parameter) {
    Hyperparameters hp = settings().hyperparameters;
    hp.learningRate = learningRate;
    if (mapHasParameter()) hyperparameterValue(hp, mapParameter()) = parameter;
    if (!hyperparametersProblem(hp, optimizer()).empty()) return;
    if (hp.learningRate == this->learningRate() &&
        hyperparameterValue(hp, mapParameter()) ==
            hyperparameterValue(settings().hyperparameters, mapParameter()))
        return;
    setSettings(optimizer(), hp, -1);
}

QByteArray LearningRateLesson::tableCsv() const {
    return QByteArray::fromStdString(sweepCsv(sweep()));
}

std::unique_ptr<Lesson> LearningRateLesson::clone() const {
    auto copy = std::make_unique<LearningRateLesson>();
    copy->copyFrom(*this);
    return copy;
}

bool LearningRateLesson::apply(const RenderOptions& options, QString* error) {
    if (!applyDescentOptions(options, error)) return false;
    waitForSweep();
    return true;
}

void LearningRateLesson::copyFrom(const LearningRateLesson& other) {
    DescentLesson::copyFrom(other);
    const_cast<LearningRateLesson&>(other).waitForSweep();
    waitForSweep();
    m_sweep = other.m_sweep;
    emit sweepChanged();
}

} // namespace gradlab
