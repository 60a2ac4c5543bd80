#include "lessons/learning_rate_lesson.h"

#include "lessons/number_format.h"
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
    m_mapper = new StabilityMapper(this);
    connect(this, &FunctionLesson::changed, this, &LearningRateLesson::updateMap);
    connect(m_mapper, &StabilityMapper::pointRequested, this, &LearningRateLesson::setMapPoint);
    connect(m_mapper, &StabilityMapper::parameterRequested, this, &LearningRateLesson::setMapParameter);
    connect(m_mapper, &StabilityMapper::colourRequested, this, &LearningRateLesson::setMapColour);
    analyse();
    setFormula(QStringLiteral("(w-3)^2"));
    setX(8.0);
}

LearningRateLesson::~LearningRateLesson() {
    if (m_cancel) m_cancel->store(true);
    m_watcher.waitForFinished();
}

double LearningRateLesson::markedRate() const {
    if (!m_hasMinimum || !std::isfinite(m_critical)) return std::numeric_limits<double>::infinity();
    const double edge = quadraticEdgeRate(optimizer(), settings().hyperparameters, m_critical);
    return std::isfinite(edge) ? edge : m_critical;
}

QString LearningRateLesson::markedRateText() const {
    const double rate = markedRate();
    if (!std::isfinite(rate)) return {};
    const QString value = formatValue(rate, kRateDigits);
    const QString formula = QString::fromUtf8(quadraticEdgeFormula(optimizer()));
    if (formula.isEmpty())
        return tr("plain descent's %1 = %2")
            .arg(QString::fromUtf8(quadraticEdgeFormula(OptimizerKind::GradientDescent)), value);
    if (optimizer() == OptimizerKind::Newton) return tr("Newton's edge η = %1").arg(value);
    return QStringLiteral("%1 = %2").arg(formula, value);
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

void LearningRateLesson::updateMap() {
    const double start[kMaxDimension] = {x(), 0.0};
    if (m_hasMinimum) {
        const double w = m_minimum;
        m_mapper->setMinimumLoss(true, function()->value(&w));
    } else {
        m_mapper->setMinimumLoss(false, 0.0);
    }
    m_mapper->setRun(function(), start, settings());
}

void LearningRateLesson::setMapParameter(Hyperparameter h) {
    // Kept even while the optimizer lacks it (Adam's β₂ comes back with Adam); the mapper refuses the
    // learning rate and ε.
    if (h == m_mapper->chosenParameter()) return;
    edit(tr("Change the map's second axis"), [&] { m_mapper->setParameter(h); });
}

void LearningRateLesson::setMapColour(StabilityMapper::Colour c) {
    if (c == m_mapper->colour()) return;
    edit(tr("Change the map's colour"), [&] { m_mapper->setColour(c); });
}

void LearningRateLesson::setMapPoint(double learningRate, double parameter) {
    Hyperparameters hp;
    if (!m_mapper->movedSettings(learningRate, parameter, &hp)) return;
    edit(m_mapper->moveText(hp), [&] { setSettings(optimizer(), hp, -1); });
}

void LearningRateLesson::setView(View v) {
    if (v == m_view) return;
    edit(v == View::Map ? tr("Show the stability map") : tr("Show the run and the sweep"), [&] {
        m_view = v;
        emit changed();
    });
}

namespace {
const QString kViewKey = QStringLiteral("view");
const QString kMapWord = QStringLiteral("map");
const QString kRunWord = QStringLiteral("run");
} // namespace

QJsonObject LearningRateLesson::save() const {
    QJsonObject s = DescentLesson::save();
    m_mapper->save(&s);
    s.insert(kViewKey, m_view == View::Map ? kMapWord : kRunWord);
    return s;
}

QString LearningRateLesson::check(const QJsonObject& state) const {
    QString why = DescentLesson::check(state);
    if (why.isEmpty()) why = StabilityMapper::check(state);
    const QJsonValue v = state.value(kViewKey);
    if (why.isEmpty() && !v.isUndefined() && v.toString() != kMapWord && v.toString() != kRunWord)
        why = tr("\"view\" must be %1 or %2, got %3").arg(kRunWord, kMapWord, v.toVariant().toString());
    return why;
}

void LearningRateLesson::read(const QJsonObject& state) {
    // Files written before the map have neither its choices nor "view": μ, final loss, the run.
    m_mapper->read(state);
    m_view = state.value(kViewKey).toString() == kMapWord ? View::Map : View::RunAndSweep;
    DescentLesson::read(state);
}

QString LearningRateLesson::tableTitle() const {
    //: What File → Export Table as CSV writes, shown in brackets after it
    return tr("sweep");
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
    if (!options.view.isEmpty()) {
        if (options.view != kMapWord && options.view != kRunWord) {
            *error =
                tr("--view must be %1 or %2 for this lesson, got '%3'").arg(kRunWord, kMapWord, options.view);
            return false;
        }
        setView(options.view == kMapWord ? View::Map : View::RunAndSweep);
    }
    waitForSweep();
    if (m_view == View::Map) m_mapper->waitForMap(); // the whole map, not its coarse pass
    return true;
}

void LearningRateLesson::copyFrom(const LearningRateLesson& other) {
    DescentLesson::copyFrom(other);
    const_cast<LearningRateLesson&>(other).waitForSweep();
    waitForSweep();
    m_sweep = other.m_sweep;
    m_view = other.m_view;
    m_mapper->copyFrom(*other.m_mapper);
    updateMap();
    emit sweepChanged();
}

} // namespace gradlab
