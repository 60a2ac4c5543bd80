#include "views/race_view.h"

#include "lessons/race_lesson.h"
#include "plotting/palette.h"
#include "state/lesson_state.h"
#include "tables/csv_tables.h"
#include "views/race_figure.h"
#include "widgets/appearance.h"
#include "widgets/formula_field.h"
#include "widgets/number_cell_delegate.h"
#include "widgets/number_format.h"
#include "widgets/point_fields.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
enum Column { Enabled, Rate, SecondRate, First, Second, ColumnCount };
} // namespace

QByteArray raceTrajectoriesCsv(const RaceLesson& lesson) {
    std::vector<std::pair<std::string, const Trajectory*>> runs;
    for (int k = 0; k < kOptimizerCount; ++k) {
        const auto kind = static_cast<OptimizerKind>(k);
        if (!lesson.isEnabled(kind)) continue;
        const bool twice = lesson.hasSecond(kind);
        runs.emplace_back(runName(kind, lesson.racer(kind).hyperparameters.learningRate, twice),
                          &lesson.trajectory(kind));
        if (twice)
            runs.emplace_back(runName(kind, lesson.racer(kind).secondRate, true),
                              &lesson.secondTrajectory(kind));
    }
    return QByteArray::fromStdString(trajectoriesCsv(runs, lesson.function()->variables()));
}

bool applyRaceOptions(const RenderOptions& options, RaceLesson* lesson, QString* error) {
    if (!options.start.isEmpty()) {
        if (options.start.size() != 2) {
            *error = QObject::tr("--start needs two coordinates for this lesson (A,B), got %1")
                         .arg(options.start.size());
            return false;
        }
        lesson->setPointShowing(QPointF(options.start[0], options.start[1]));
    }
    QVector<OptimizerKind> kinds;
    for (const QString& name : options.optimizers) {
        OptimizerKind k;
        if (!optimizerByName(name.trimmed().toStdString(), k)) {
            *error = QObject::tr("--optimizer: unknown optimizer '%1' (choose gd, momentum, nesterov, "
                                 "adagrad, rmsprop, adam or newton)")
                         .arg(name);
            return false;
        }
        if (kinds.count(k) == 2) {
            *error = QObject::tr("--optimizer: '%1' is listed more than twice (an optimizer races itself at "
                                 "most once, at a second learning rate)")
                         .arg(name);
            return false;
        }
        kinds.append(k);
    }
    if (!kinds.isEmpty())
        for (int k = 0; k < kOptimizerCount; ++k) {
            const auto kind = static_cast<OptimizerKind>(k);
            lesson->setEnabled(kind, kinds.contains(kind));
            if (kinds.count(kind) < 2) lesson->setSecondRate(kind, 0);
        }
    if (!options.rates.isEmpty()) {
        QVector<OptimizerKind> enabled;
        for (int k = 0; k < kOptimizerCount; ++k)
            if (lesson->isEnabled(static_cast<OptimizerKind>(k)))
                enabled.append(static_cast<OptimizerKind>(k));
        if (!kinds.isEmpty()) enabled = kinds;
        if (options.rates.size() != 1 && options.rates.size() != enabled.size()) {
            *error = QObject::tr("--lr takes one rate for all optimizers or one per optimizer (%1), got %2")
                         .arg(enabled.size())
                         .arg(options.rates.size());
            return false;
        }
        for (int i = 0; i < enabled.size(); ++i) {
            const double lr = options.rates.size() == 1 ? options.rates[0] : options.rates[i];
            // An optimizer listed twice: its second entry is its second run's rate.
            if (enabled.indexOf(enabled[i]) < i) {
                lesson->setSecondRate(enabled[i], lr);
                continue;
            }
            Hyperparameters hp = lesson->racer(enabled[i]).hyperparameters;
            hp.learningRate = lr;
            lesson->setHyperparameters(enabled[i], hp);
        }
    }
    if (options.steps > 0) lesson->setMaxSteps(options.steps);
    return true;
}

RaceView::RaceView(RaceLesson* lesson, QWidget* parent)
    : LessonView(parent) {
    m_lesson = lesson ? lesson : new RaceLesson(this);
    m_formula = new FormulaField(2, this);
    m_formula->addCataloguePresets();
    connectFormula(m_formula, m_lesson);
    connect(m_formula, &FormulaField::functionChanged, m_lesson,
            [this](const FunctionPtr&, const QString&, const FormulaPreset* preset) {
                if (preset) m_lesson->setDefaultRates(preset->learningRate);
            });
    m_formula->setFormula(QStringLiteral("(1-x)^2 + 100(y-x^2)^2"));
    m_figure = new RaceFigure(m_lesson, this);
    connect(m_lesson, &SurfaceLesson::changed, this, &LessonView::stateChanged);

    m_table = new QTableWidget(kOptimizerCount, ColumnCount, this);
    m_table->setItemDelegate(new NumberCellDelegate(m_table)); // readable optimizer colours
    m_table->setHorizontalHeaderLabels(
        {tr("optimizer"), tr("learning rate"), tr("2nd run's rate"), tr("momentum / β₁ / α"), tr("β₂")});
    m_table->horizontalHeaderItem(SecondRate)
        ->setToolTip(tr("Type a second learning rate to race this optimizer against itself (dashed); "
                        "clear it to remove the second run."));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setMaximumHeight((fontMetrics().height() + 8) * (kOptimizerCount + 1) + 8);
    m_table->setAccessibleName(tr("Optimizers and their hyperparameters"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table (arrow keys move between cells)
    m_play = new QPushButton(tr("▶ &Play"), this);
    m_step = new QPushButton(tr("&Step"), this);
    m_reset = new QPushButton(tr("&Reset"), this);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setRange(1, 50);
    m_speed->setValue(m_lesson->speed());
    m_speed->setMaximumWidth(140);
    m_speed->setAccessibleName(tr("Speed (steps per frame)"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_play);
    buttons->addWidget(m_step);
    buttons->addWidget(m_reset);
    buttons->addWidget(new QLabel(tr("Speed"), this));
    buttons->addWidget(m_speed);
    buttons->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formula);
    layout->addLayout(top);
    // A hint for the screen only: exported figures do not carry it.
    m_startFields = new PointFields(tr("Start:"), this);
    connectPointFields(m_startFields, m_lesson);
    auto* hint = new QLabel(tr("Click the map, drag the orange point or type the start."), this);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_startFields);
    startRow->addWidget(hint, 1);
    layout->addLayout(startRow);
    layout->addWidget(m_figure, 1);

    fillTable();
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling) readRow(item->row());
    });
    connect(m_play, &QPushButton::clicked, m_lesson, &RaceLesson::togglePlay);
    connect(m_step, &QPushButton::clicked, m_lesson, [this] { m_lesson->step(); });
    connect(m_reset, &QPushButton::clicked, m_lesson, &RaceLesson::reset);
    connect(m_speed, &QSlider::valueChanged, m_lesson, &RaceLesson::setSpeed);
    connect(m_speed, &QSlider::valueChanged, this, &LessonView::stateChanged);
    connect(m_lesson, &RaceLesson::playingChanged, this,
            [this](bool playing) { m_play->setText(playing ? tr("❚❚ &Pause") : tr("▶ &Play")); });
    connect(m_lesson, &SurfaceLesson::changed, this, [this] {
        fillTable();
        m_step->setEnabled(!m_lesson->allStopped());
    });
}

void RaceView::fillTable() {
    m_filling = true;
    for (int k = 0; k < kOptimizerCount; ++k) {
        const auto kind = static_cast<OptimizerKind>(k);
        const Hyperparameters& hp = m_lesson->racer(kind).hyperparameters;
        auto cell = [this, k](int column) {
            QTableWidgetItem* item = m_table->item(k, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(k, column, item);
            }
            return item;
        };
        QTableWidgetItem* name = cell(Enabled);
        name->setText(QString::fromLatin1(optimizerTitle(kind)));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(m_lesson->isEnabled(kind) ? Qt::Checked : Qt::Unchecked);
        NumberCellDelegate::setTextColour(name, gradlab::palette::optimizer(k));
        cell(Rate)->setText(QString::number(hp.learningRate, 'g', 6));
        const double second = m_lesson->racer(kind).secondRate;
        cell(SecondRate)->setText(second > 0 ? QString::number(second, 'g', 6) : QString());
        const bool momentum = kind == OptimizerKind::Momentum || kind == OptimizerKind::Nesterov;
        QString first = momentum                         ? QString::number(hp.momentum)
                        : kind == OptimizerKind::Adam    ? QString::number(hp.beta1)
                        : kind == OptimizerKind::RMSprop ? QString::number(hp.alpha)
                                                         : QStringLiteral("—");
        cell(First)->setText(first);
        cell(First)->setFlags(first == QLatin1String("—")
                                  ? Qt::ItemIsEnabled
                                  : Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable);
        cell(Second)->setText(kind == OptimizerKind::Adam ? QString::number(hp.beta2) : QStringLiteral("—"));
        cell(Second)->setFlags(kind == OptimizerKind::Adam
                                   ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable
                                   : Qt::ItemIsEnabled);
    }
    m_filling = false;
}

void RaceView::readRow(int row) {
    const auto kind = static_cast<OptimizerKind>(row);
    Hyperparameters hp = m_lesson->racer(kind).hyperparameters;
    bool ok = false;
    const double lr = m_table->item(row, Rate)->text().toDouble(&ok);
    if (ok && lr > 0 && std::isfinite(lr)) hp.learningRate = lr;
    const double first = m_table->item(row, First)->text().toDouble(&ok);
    if (ok && first >= 0 && first < 1) {
        if (kind == OptimizerKind::Momentum || kind == OptimizerKind::Nesterov)
            hp.momentum = first;
        else if (kind == OptimizerKind::Adam)
            hp.beta1 = first;
        else if (kind == OptimizerKind::RMSprop)
            hp.alpha = first;
    }
    const double second = m_table->item(row, Second)->text().toDouble(&ok);
    if (ok && second >= 0 && second < 1 && kind == OptimizerKind::Adam) hp.beta2 = second;
    const QString secondText = m_table->item(row, SecondRate)->text().trimmed();
    const double secondRate = secondText.toDouble(&ok);
    if (secondText.isEmpty())
        m_lesson->setSecondRate(kind, 0);
    else if (ok && secondRate > 0 && std::isfinite(secondRate))
        m_lesson->setSecondRate(kind, secondRate);
    const bool enabled = m_table->item(row, Enabled)->checkState() == Qt::Checked;
    m_lesson->setEnabled(kind, enabled);
    m_lesson->setHyperparameters(kind, hp); // resets the race; invalid text is replaced by the old value
    fillTable();
}

std::unique_ptr<QWidget> RaceView::createExportFigure() const {
    auto* copy = new RaceLesson;
    copy->copyFrom(*m_lesson);
    auto figure = std::make_unique<RaceFigure>(copy);
    copy->setParent(figure.get());
    return figure;
}

void RaceView::resetView() {
    m_figure->resetView();
}

bool RaceView::applyOptions(const RenderOptions& options, QString* error) {
    if (!applySurfaceOptions(options, m_formula, m_lesson, error)) return false;
    if (!applyRaceOptions(options, m_lesson, error)) return false;
    m_lesson->runToEnd();
    return true;
}

void RaceView::togglePlay() {
    m_lesson->togglePlay();
}

QJsonObject RaceView::saveState() const {
    QJsonObject s = state::saveSurface(*m_lesson);
    s.insert(QStringLiteral("maxSteps"), m_lesson->maxSteps());
    s.insert(QStringLiteral("speed"), m_lesson->speed());
    QJsonObject optimizers;
    for (int k = 0; k < kOptimizerCount; ++k) {
        const auto kind = static_cast<OptimizerKind>(k);
        QJsonObject o{{QStringLiteral("enabled"), m_lesson->isEnabled(kind)}};
        state::saveHyperparameters(m_lesson->racer(kind).hyperparameters, &o);
        if (m_lesson->racer(kind).secondRate > 0)
            o.insert(QStringLiteral("secondRate"), m_lesson->racer(kind).secondRate);
        optimizers.insert(QString::fromLatin1(optimizerName(kind)), o);
    }
    s.insert(QStringLiteral("optimizers"), optimizers);
    return s;
}

QString RaceView::checkState(const QJsonObject& state) const {
    QString why = state::checkSurface(state);
    if (why.isEmpty()) why = state::checkInteger(state, QStringLiteral("maxSteps"), 1, 100000);
    if (why.isEmpty()) why = state::checkInteger(state, QStringLiteral("speed"), 1, 50);
    const QJsonObject optimizers = state.value(QStringLiteral("optimizers")).toObject();
    for (auto it = optimizers.begin(); it != optimizers.end() && why.isEmpty(); ++it) {
        why = state::checkHyperparameters(it.value().toObject());
        const QJsonValue second = it.value().toObject().value(QStringLiteral("secondRate"));
        if (why.isEmpty() && !second.isUndefined() &&
            !(second.toDouble() > 0 && std::isfinite(second.toDouble())))
            why = tr("\"secondRate\" must be a positive number, got %1").arg(second.toVariant().toString());
        if (!why.isEmpty()) why = it.key() + QStringLiteral(": ") + why;
    }
    return why;
}

void RaceView::restoreState(const QJsonObject& state) {
    m_lesson->pause();
    state::restoreSurface(state, m_formula, m_lesson);
    std::array<bool, kOptimizerCount> enabled{};
    std::array<Hyperparameters, kOptimizerCount> hyperparameters{};
    std::array<double, kOptimizerCount> secondRates{};
    const QJsonObject optimizers = state.value(QStringLiteral("optimizers")).toObject();
    for (int k = 0; k < kOptimizerCount; ++k) {
        const QJsonObject o =
            optimizers.value(QString::fromLatin1(optimizerName(static_cast<OptimizerKind>(k)))).toObject();
        enabled[static_cast<std::size_t>(k)] = o.value(QStringLiteral("enabled")).toBool();
        hyperparameters[static_cast<std::size_t>(k)] = state::readHyperparameters(o);
        secondRates[static_cast<std::size_t>(k)] = o.value(QStringLiteral("secondRate")).toDouble();
    }
    const int speed = state.value(QStringLiteral("speed")).toInt();
    m_lesson->restoreRacers(enabled, hyperparameters, state.value(QStringLiteral("maxSteps")).toInt(), speed,
                            secondRates);
    const QSignalBlocker block(m_speed);
    m_speed->setValue(speed);
}

QByteArray RaceView::tableCsv() const {
    return raceTrajectoriesCsv(*m_lesson);
}

LessonAnimation RaceView::createAnimation() const {
    // Every enabled optimizer from the start, the longest run's steps spread over the frames.
    auto* copy = new RaceLesson;
    copy->copyFrom(*m_lesson);
    copy->reset();
    auto taken = [](const RaceLesson& race) {
        int most = 0;
        for (int k = 0; k < kOptimizerCount; ++k)
            if (race.isEnabled(static_cast<OptimizerKind>(k))) {
                const auto kind = static_cast<OptimizerKind>(k);
                most = std::max(most, static_cast<int>(race.trajectory(kind).points.size()) - 1);
                if (race.hasSecond(kind))
                    most = std::max(most, static_cast<int>(race.secondTrajectory(kind).points.size()) - 1);
            }
        return most;
    };
    RaceLesson probe;
    probe.copyFrom(*copy);
    probe.runToEnd();
    const int total = taken(probe);
    LessonAnimation animation;
    animation.figure = std::make_unique<RaceFigure>(copy);
    copy->setParent(animation.figure.get());
    animation.frames = std::clamp(total + 1, 2, 120);
    animation.fps = 15;
    animation.seek = [copy, total, taken](int frame, int count) {
        const int target =
            static_cast<int>(std::lround(static_cast<double>(frame) * total / std::max(1, count - 1)));
        if (taken(*copy) > target) copy->reset();
        while (taken(*copy) < target && copy->step()) {
        }
    };
    return animation;
}

} // namespace gradlab
