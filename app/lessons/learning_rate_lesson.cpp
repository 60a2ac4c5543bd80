#include "lessons/learning_rate_lesson.h"

#include "tables/csv_tables.h"

#include <QtConcurrent>
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
    analyse();
    setFormula(QStringLiteral("(w-3)^2"));
    setX(8.0);
}

LearningRateLesson::~LearningRateLesson() {
    if (m_cancel) m_cancel->store(true);
    m_watcher.waitForFinished();
}

double LearningRateLesson::sweepProgress() const {
    return m_done ? std::min(1.0, m_done->load() / static_cast<double>(kSweepCount)) : 1.0;
}

void LearningRateLesson::waitForSweep() {
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher);
    QCoreApplication::processEvents();
}

// The minimum, the critical rate and the sweep depend on the function, the start, the optimizer, the
// number of steps, the schedule and the noise, not on the learning rate: moving the slider recomputes none
// of them. The sweep runs with the run's schedule and noise, so that its rows judge runs like this one.
void LearningRateLesson::analyse() {
    const double start = x();
    if (m_analysedFunction == function() && m_analysedStart == start && m_analysedOptimizer == optimizer() &&
        m_analysedSteps == maxSteps() && m_analysedTolerance == tolerance() &&
        m_analysedSchedule == schedule() && m_analysedNoise == noise() && m_analysedSeed == seed())
        return;
    m_analysedSchedule = schedule();
    m_analysedNoise = noise();
    m_analysedSeed = seed();
    m_analysedTolerance = tolerance();
    m_analysedFunction = function();
    m_analysedStart = start;
    m_analysedOptimizer = optimizer();
    m_analysedSteps = maxSteps();
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
