#include "lessons/race_tuner.h"

#include "lessons/translated_text.h"

#include "lessons/number_format.h"
#include "lessons/race_lesson.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace gradlab {

RaceTuner::RaceTuner(RaceLesson* lesson, QObject* parent)
    : QObject(parent)
    , m_lesson(lesson) {
    connect(&m_watcher, &QFutureWatcher<std::vector<TunePick>>::finished, this, &RaceTuner::finish);
}

RaceTuner::~RaceTuner() {
    if (m_cancel) m_cancel->store(true);
    m_watcher.waitForFinished();
}

namespace {
// Two runs' settings agree apart from the learning rate.
bool sameButRate(const DescentSettings& a, const DescentSettings& b) {
    for (Hyperparameter h : kHyperparameters)
        if (h != Hyperparameter::LearningRate &&
            hyperparameterValue(a.hyperparameters, h) != hyperparameterValue(b.hyperparameters, h))
            return false;
    return a.optimizer == b.optimizer && a.maxSteps == b.maxSteps && a.tolerance == b.tolerance &&
           a.schedule == b.schedule && a.noise == b.noise && a.seed == b.seed;
}
} // namespace

void RaceTuner::start() {
    if (m_cancel) m_cancel->store(true);
    m_watcher.waitForFinished();
    m_jobs.clear();
    for (OptimizerKind kind : kOptimizers)
        if (m_lesson->isEnabled(kind)) m_jobs.push_back({kind, m_lesson->runSettings(kind)});
    m_function = m_lesson->function();
    m_formula = m_lesson->formula();
    m_start = m_lesson->point();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = std::make_shared<std::atomic<int>>(0);
    const std::vector<Job> jobs = m_jobs;
    const FunctionPtr f = m_function;
    const double start[2] = {m_start.x(), m_start.y()};
    auto cancel = m_cancel;
    auto done = m_done;
    emit runningChanged(true);
    m_watcher.setFuture(QtConcurrent::run([jobs, f, x = start[0], y = start[1], cancel, done] {
        const double from[2] = {x, y};
        std::vector<TunePick> picks;
        for (const Job& job : jobs) {
            SweepOptions options;
            options.cancel = cancel.get();
            options.threads = 1; // QtConcurrent's pool already runs this beside the GUI thread
            const int before = done->load();
            options.progress = [done, before](int n) { done->store(before + n); };
            picks.push_back(
                bestLearningRate(sweepLearningRates(*f, from, job.settings, tuneRates(), options)));
            done->store(before + kTuneRateCount);
        }
        return picks;
    }));
}

double RaceTuner::progress() const {
    if (!m_done || m_jobs.empty()) return 1.0;
    return std::min(1.0, m_done->load() / static_cast<double>(m_jobs.size() * kTuneRateCount));
}

bool RaceTuner::matches(const std::vector<Job>& jobs) const {
    for (const Job& job : jobs)
        if (!m_lesson->isEnabled(job.kind) || !sameButRate(job.settings, m_lesson->runSettings(job.kind)))
            return false;
    return true;
}

void RaceTuner::finish() {
    const bool cancelled = !m_cancel || m_cancel->load() || m_watcher.future().resultCount() == 0;
    // A race changed while it was being tuned keeps its rates: the picks were for another race.
    if (!cancelled && m_formula == m_lesson->formula() && m_start == m_lesson->point() && matches(m_jobs)) {
        const std::vector<TunePick> picks = m_watcher.result();
        std::vector<TunedRate> result;
        std::vector<std::pair<OptimizerKind, double>> rates;
        for (std::size_t i = 0; i < m_jobs.size() && i < picks.size(); ++i) {
            result.push_back({m_jobs[i].kind, picks[i], m_jobs[i].settings.hyperparameters.learningRate});
            if (picks[i].found) rates.emplace_back(m_jobs[i].kind, picks[i].learningRate);
        }
        m_result = result;
        m_resultJobs = m_jobs;
        m_resultFormula = m_formula;
        m_resultStart = m_start;
        m_lesson->setLearningRates(rates, tr("Tune the learning rates"));
    }
    emit runningChanged(false);
}

void RaceTuner::waitForFinished() {
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher);
    QCoreApplication::processEvents();
}

QString RaceTuner::describe(const TunedRate& t, int maxSteps) {
    const QString name = translated(optimizerTitle(t.kind));
    if (!t.pick.found)
        return tr("%1: every rate diverged, η = %2 kept").arg(name, formatValue(t.previousRate));
    const QString chosen =
        tr("%1: η = %2 (final loss %3)")
            .arg(name, formatValue(t.pick.learningRate, 3), formatValue(t.pick.finalLoss, 2));
    QString why;
    switch (t.pick.basis) {
    case TuneBasis::ConvergedWithMargin:
        why = tr("the best final loss among the rates that converged and whose next larger rate did not "
                 "diverge");
        break;
    case TuneBasis::StableWithMargin:
        why =
            t.pick.convergedAtEdge > 0
                ? tr("η = %1 converged in %n step(s) but was left out, as no larger rate vouches for it "
                     "(the next one diverged or was not tried); this is the best final loss among the rates "
                     "that did not diverge and whose next larger rate did not diverge either",
                     nullptr, maxSteps)
                      .arg(formatValue(t.pick.convergedAtEdge, 3))
                : tr("no rate converged in %n step(s); the best final loss among the rates that did not "
                     "diverge and whose next larger rate did not diverge either",
                     nullptr, maxSteps);
        break;
    case TuneBasis::NoMargin:
    case TuneBasis::None:
        why =
            tr("no rate had a next larger rate that did not diverge, so this is only the best final loss of "
               "the runs that did not diverge: it may sit at the edge of divergence");
        break;
    }
    const int below = t.pick.stepsBelowDivergence;
    if (t.pick.firstDivergedRate > 0)
        why += (below == 1 ? tr(", one grid step below the first rate that diverged (%1)")
                           : tr(", %1 grid steps below the first rate that diverged (%2)").arg(below))
                   .arg(formatValue(t.pick.firstDivergedRate, 3));
    else
        why += tr(", and no larger rate tried diverged");
    return QStringLiteral("%1: %2").arg(chosen, why);
}

std::vector<TunedRate> RaceTuner::result() const {
    if (m_result.empty() || m_resultFormula != m_lesson->formula() || m_resultStart != m_lesson->point() ||
        !matches(m_resultJobs))
        return {};
    for (const TunedRate& r : m_result) {
        const double now = m_lesson->racer(r.kind).hyperparameters.learningRate;
        if (now != (r.pick.found ? r.pick.learningRate : r.previousRate)) return {};
    }
    return m_result;
}

} // namespace gradlab
