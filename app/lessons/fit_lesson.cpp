#include "lessons/fit_lesson.h"

#include "codegen/fit_script.h"
#include "fit/fit_wording.h"
#include "lessons/lesson_catalogue.h"
#include "lessons/lesson_state.h"
#include "lessons/player.h"
#include "lessons/translated_text.h"
#include "tables/csv_tables.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
bool finite(QPointF p) {
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

QJsonArray pair(double a, double b) {
    return QJsonArray{a, b};
}

/// Why `v` is not an array of two numbers ("" if it is); `what` names it in the message.
QString pairProblem(const QJsonValue& v, const QString& what) {
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return FitLesson::tr("%1 must be two numbers [a, b]").arg(what);
    return {};
}
} // namespace

FitLesson::FitLesson(QObject* parent)
    : Lesson(parent) {
    const DataPreset& first = dataPresets().front();
    m_data = first.data;
    m_w = first.w;
    m_b = first.b;
    m_settings.hyperparameters.learningRate = 0.02;
    m_settings.epochs = 100;
    m_settings.batchSize = 0;
    m_settings.seed = 1;
    m_settings.tolerance = kTolerance;
    // A tick shows about a tenth of an epoch, so that SGD's many small updates play as fast as full-batch
    // descent's few.
    m_player = new Player(
        60,
        [this] {
            const int updates = std::max(1, (m_run->stepsPerEpoch() + 9) / 10);
            for (int i = 0; i < updates; ++i)
                if (!advance()) break;
            emit changed();
            return !stopped();
        },
        [this] {
            if (stopped()) return false;
            return true;
        },
        this);
    connect(m_player, &Player::playingChanged, this, &Lesson::playingChanged);
    restart();
}

FitLesson::~FitLesson() = default;

QPointF FitLesson::current() const {
    const TrajectoryPoint& p = trajectory().points.back();
    return {p.point[0], p.point[1]};
}

LineLoss FitLesson::currentLoss() const {
    const QPointF c = current();
    return lineLoss(m_data, c.x(), c.y());
}

LeastSquares FitLesson::leastSquares() const {
    return gradlab::leastSquares(m_data);
}

QString FitLesson::dataProblem(const DataSet& data) {
    if (data.empty()) return tr("the data need at least one point");
    if (data.size() > static_cast<std::size_t>(kMaxPoints))
        return tr("the lesson holds at most %n point(s), got %1", nullptr, kMaxPoints).arg(data.size());
    for (std::size_t i = 0; i < data.size(); ++i)
        if (!std::isfinite(data[i].x) || !std::isfinite(data[i].y))
            return tr("point %1 is not a pair of finite numbers").arg(i + 1);
    return {};
}

void FitLesson::restart() {
    pause();
    m_run = std::make_unique<FitRun>(m_data, m_w, m_b, m_settings);
}

void FitLesson::restartAndNotify() {
    restart();
    emit changed();
}

void FitLesson::setPreset(const QString& name) {
    for (const DataPreset& p : dataPresets()) {
        if (QString::fromStdString(p.name) != name) continue;
        if (preset() == &p && m_w == p.w && m_b == p.b && stepsTaken() == 0) return; // already there
        edit(tr("Choose the data set"), [&] {
            m_data = p.data;
            m_w = p.w;
            m_b = p.b;
            restartAndNotify();
        });
        return;
    }
}

void FitLesson::movePoint(int i, QPointF p) {
    if (i < 0 || i >= pointCount() || !finite(p)) return;
    DataPoint& d = m_data[static_cast<std::size_t>(i)];
    if (d.x == p.x() && d.y == p.y()) return;
    edit(tr("Move data point"), [&] {
        d = {p.x(), p.y()};
        restartAndNotify();
    });
}

void FitLesson::addPoint(QPointF p) {
    if (!finite(p) || pointCount() >= kMaxPoints) return;
    edit(tr("Add data point"), [&] {
        m_data.push_back({p.x(), p.y()});
        restartAndNotify();
    });
}

void FitLesson::removePoint(int i) {
    if (i < 0 || i >= pointCount() || pointCount() <= 1) return;
    edit(tr("Remove data point"), [&] {
        m_data.erase(m_data.begin() + i);
        restartAndNotify();
    });
}

bool FitLesson::importCsv(const QByteArray& csv, QString* error) {
    DataSet data;
    std::string why;
    if (!readDataCsv(csv.toStdString(), data, why)) {
        if (error) *error = QString::fromStdString(why);
        return false;
    }
    if (const QString problem = dataProblem(data); !problem.isEmpty()) {
        if (error) *error = problem;
        return false;
    }
    edit(tr("Import data"), [&] {
        m_data = std::move(data);
        restartAndNotify();
    });
    return true;
}

QByteArray FitLesson::dataCsv() const {
    return QByteArray::fromStdString(gradlab::dataCsv(m_data));
}

void FitLesson::setLine(double w, double b) {
    if (!std::isfinite(w) || !std::isfinite(b) || (w == m_w && b == m_b && stepsTaken() == 0)) return;
    edit(tr("Move line"), [&] {
        m_w = w;
        m_b = b;
        restartAndNotify();
    });
}

void FitLesson::setLineThrough(QPointF a, QPointF b) {
    if (!finite(a) || !finite(b) || a.x() == b.x()) return;
    const double w = (b.y() - a.y()) / (b.x() - a.x());
    setLine(w, a.y() - w * a.x());
}

void FitLesson::setOptimizer(OptimizerKind kind) {
    if (kind == m_settings.optimizer) return;
    edit(tr("Change the optimizer"), [&] {
        m_settings.optimizer = kind;
        restartAndNotify();
    });
}

void FitLesson::setLearningRate(double lr) {
    if (!hyperparameterProblem(Hyperparameter::LearningRate, lr).empty() || lr == learningRate()) return;
    edit(tr("Change the learning rate"), [&] {
        m_settings.hyperparameters.learningRate = lr;
        restartAndNotify();
    });
}

void FitLesson::setHyperparameters(const Hyperparameters& hp) {
    for (Hyperparameter h : kHyperparameters)
        if (!hyperparameterProblem(h, hyperparameterValue(hp, h)).empty()) return;
    bool same = true;
    for (Hyperparameter h : kHyperparameters)
        same = same && hyperparameterValue(hp, h) == hyperparameterValue(m_settings.hyperparameters, h);
    if (same) return;
    edit(tr("Change the optimizer settings"), [&] {
        m_settings.hyperparameters = hp;
        restartAndNotify();
    });
}

void FitLesson::setSchedule(const Schedule& s) {
    if (!scheduleProblem(s).empty()) return;
    QJsonObject was, is;
    state::saveSchedule(m_settings.schedule, &was);
    state::saveSchedule(s, &is);
    if (was == is) return;
    edit(tr("Change the learning-rate schedule"), [&] {
        m_settings.schedule = s;
        restartAndNotify();
    });
}

void FitLesson::setEpochs(int epochs) {
    epochs = std::clamp(epochs, 1, kMaxEpochs);
    if (epochs == m_settings.epochs) return;
    edit(tr("Change the number of epochs"), [&] {
        m_settings.epochs = epochs;
        restartAndNotify();
    });
}

void FitLesson::setBatchSize(int rows) {
    if (rows < 0) return;
    if (rows >= pointCount()) rows = 0;
    if (rows == m_settings.batchSize) return;
    edit(tr("Change the batch size"), [&] {
        m_settings.batchSize = rows;
        restartAndNotify();
    });
}

void FitLesson::setSeed(std::uint64_t seed) {
    if (seed > kMaxSeed || seed == m_settings.seed) return;
    edit(tr("Change the seed"), [&] {
        m_settings.seed = seed;
        restartAndNotify();
    });
}

bool FitLesson::stopped() const {
    return m_run->stopped() || stepsTaken() >= kMaxSteps;
}

QString FitLesson::runState() const {
    const LeastSquares best = leastSquares();
    return translated(fitRunSentence(*m_run, kMaxSteps, best.unique ? best.loss : std::nan("")));
}

QString FitLesson::batchMeaning() const {
    return translated(batchSentence(pointCount(), m_settings.batchSize));
}

bool FitLesson::advance() {
    return !stopped() && m_run->step();
}

bool FitLesson::step() {
    if (!advance()) return false;
    emit changed();
    return !stopped();
}

void FitLesson::runToEnd() {
    while (advance()) {
    }
    emit changed();
}

void FitLesson::reset() {
    restartAndNotify();
}

void FitLesson::play() {
    m_player->play();
}

void FitLesson::pause() {
    m_player->pause();
}

bool FitLesson::isPlaying() const {
    return m_player->isPlaying();
}

void FitLesson::togglePlay() {
    m_player->toggle();
}

void FitLesson::copyFrom(const FitLesson& other) {
    m_data = other.m_data;
    m_w = other.m_w;
    m_b = other.m_b;
    m_settings = other.m_settings;
    restart();
    // The same settings give the same run: replay as many updates as the other has taken.
    for (int i = 0; i < other.stepsTaken() && advance(); ++i) {
    }
    emit changed();
}

QJsonObject FitLesson::save() const {
    QJsonArray data;
    for (const DataPoint& p : m_data)
        data.append(pair(p.x, p.y));
    QJsonObject s{{QStringLiteral("data"), data},
                  {QStringLiteral("start"), pair(m_w, m_b)},
                  {QStringLiteral("optimizer"), QString::fromLatin1(optimizerName(m_settings.optimizer))},
                  {QStringLiteral("epochs"), m_settings.epochs},
                  {QStringLiteral("batchSize"), m_settings.batchSize},
                  {QStringLiteral("seed"), static_cast<double>(m_settings.seed)}};
    state::saveHyperparameters(m_settings.hyperparameters, &s);
    state::saveSchedule(m_settings.schedule, &s);
    return s;
}

QString FitLesson::check(const QJsonObject& state) const {
    const QJsonValue data = state.value(QStringLiteral("data"));
    if (!data.isArray()) return tr("“data” must be a list of points [x, y]");
    const QJsonArray rows = data.toArray();
    if (rows.isEmpty()) return tr("“data” needs at least one point");
    if (rows.size() > kMaxPoints)
        return tr("“data” holds at most %n point(s), got %1", nullptr, kMaxPoints).arg(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        if (QString why = pairProblem(rows[i], tr("“data” point %1").arg(i + 1)); !why.isEmpty()) return why;
    if (QString why = pairProblem(state.value(QStringLiteral("start")), tr("“start”")); !why.isEmpty())
        return why;
    QString why = state::checkOptimizerName(state, QStringLiteral("optimizer"));
    if (why.isEmpty()) why = state::checkInteger(state, QStringLiteral("epochs"), 1, kMaxEpochs);
    if (why.isEmpty()) why = state::checkInteger(state, QStringLiteral("batchSize"), 0, kMaxPoints);
    if (why.isEmpty() && !state.value(QStringLiteral("seed")).isUndefined())
        why = state::checkInteger(state, QStringLiteral("seed"), 0, static_cast<int>(kMaxSeed));
    if (why.isEmpty()) why = state::checkHyperparameters(state);
    if (why.isEmpty()) why = state::checkSchedule(state);
    return why;
}

void FitLesson::read(const QJsonObject& state) {
    DataSet data;
    for (const QJsonValue& row : state.value(QStringLiteral("data")).toArray()) {
        const QJsonArray a = row.toArray();
        data.push_back({a[0].toDouble(), a[1].toDouble()});
    }
    const QJsonArray start = state.value(QStringLiteral("start")).toArray();
    m_data = std::move(data);
    m_w = start[0].toDouble();
    m_b = start[1].toDouble();
    m_settings.optimizer = state::readOptimizer(state, QStringLiteral("optimizer"));
    m_settings.hyperparameters = state::readHyperparameters(state);
    m_settings.schedule = state::readSchedule(state);
    m_settings.epochs = state.value(QStringLiteral("epochs")).toInt();
    m_settings.batchSize = state.value(QStringLiteral("batchSize")).toInt();
    m_settings.seed = state::readSeed(state);
    restartAndNotify();
}

bool FitLesson::apply(const RenderOptions& options, QString* error) {
    if (!options.formula.isEmpty()) {
        *error = tr("fit-line takes no formula: its loss is the mean squared error of the line on the data");
        return false;
    }
    if (!options.data.isEmpty() && !importCsv(options.data, error)) {
        *error = tr("--data: %1").arg(*error);
        return false;
    }
    if (!options.start.isEmpty()) {
        if (options.start.size() != 2) {
            *error = tr("--start needs W,B for this lesson, got %n number(s)", nullptr,
                        static_cast<int>(options.start.size()));
            return false;
        }
        setLine(options.start[0], options.start[1]);
    }
    if (!options.optimizers.isEmpty()) {
        OptimizerKind k;
        if (options.optimizers.size() != 1 || !optimizerByName(options.optimizers[0].toStdString(), k)) {
            *error = tr("--optimizer takes one of %1 here").arg(QString::fromStdString(optimizerNameList()));
            return false;
        }
        setOptimizer(k);
    }
    if (options.rates.size() > 1) {
        *error = tr("--lr takes one rate for this lesson");
        return false;
    }
    if (!options.rates.isEmpty()) setLearningRate(options.rates[0]);
    if (options.epochs > 0) {
        if (options.epochs > kMaxEpochs) {
            *error = tr("--epochs must be from 1 to %1").arg(kMaxEpochs);
            return false;
        }
        setEpochs(options.epochs);
    }
    if (options.batchSize >= 0) {
        if (options.batchSize == 0) {
            *error = tr("--batch-size must be at least 1");
            return false;
        }
        setBatchSize(options.batchSize);
    }
    if (options.hasSeed) setSeed(static_cast<std::uint64_t>(options.seed));
    if (options.hasSchedule) setSchedule(options.schedule);
    // A rendered figure shows the run taken --steps updates far, or to its end.
    if (options.steps > 0) {
        for (int i = 0; i < options.steps && advance(); ++i) {
        }
        emit changed();
    } else {
        runToEnd();
    }
    return true;
}

QString FitLesson::tableTitle() const {
    //: What File → Export Table as CSV writes, shown in brackets after it
    return tr("steps");
}

QByteArray FitLesson::tableCsv() const {
    return QByteArray::fromStdString(fitCsv(*m_run));
}

std::unique_ptr<Lesson> FitLesson::clone() const {
    auto copy = std::make_unique<FitLesson>();
    copy->copyFrom(*this);
    return copy;
}

PythonScript FitLesson::pythonScript(ScriptLanguage language) const {
    FitScriptSettings s;
    s.lessonTitle = findLessonModel(id())->title;
    s.data = m_data;
    s.w = m_w;
    s.b = m_b;
    s.settings = m_settings;
    return fitScript(s, language);
}

} // namespace gradlab
