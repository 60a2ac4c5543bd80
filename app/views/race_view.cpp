#include "views/race_view.h"

#include "lessons/translated_text.h"

#include "lessons/number_format.h"
#include "lessons/race_lesson.h"
#include "lessons/race_tuner.h"
#include "plotting/learning_rate_plot.h"
#include "plotting/palette.h"
#include "views/race_figure.h"
#include "views/schedule_panel.h"
#include "views/stability_map_figure.h"
#include "views/step_inspector.h"
#include "views/step_picker.h"
#include "widgets/appearance.h"
#include "widgets/flow_layout.h"
#include "widgets/formula_field.h"
#include "widgets/header_width.h"
#include "widgets/number_cell_delegate.h"
#include "widgets/optimizer_box.h"
#include "widgets/point_fields.h"
#include "widgets/schedule_box.h"
#include "widgets/side_column_layout.h"
#include "widgets/swatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
enum Column { Enabled, Rate, SecondRate, First, Second, ColumnCount };

// The hyperparameter `column` shows for `kind`, by what the core says the optimizer uses: μ, β₁ or α in
// the first column (no optimizer uses two of them), β₂ in the second; false if the column shows "—".
bool shownHyperparameter(OptimizerKind kind, int column, Hyperparameter* shown) {
    for (Hyperparameter h :
         {Hyperparameter::Momentum, Hyperparameter::Beta1, Hyperparameter::Alpha, Hyperparameter::Beta2}) {
        const int at = h == Hyperparameter::Beta2 ? Second : First;
        if (at == column && usesHyperparameter(kind, h)) {
            *shown = h;
            return true;
        }
    }
    return false;
}

// Reads `text` as a value of `h`; false unless it is a number in the core's range for `h`.
bool readHyperparameter(const QString& text, Hyperparameter h, double* value) {
    bool ok = false;
    const double v = fieldInput(text.trimmed()).toDouble(&ok);
    if (!ok || !hyperparameterProblem(h, v).empty()) return false;
    *value = v;
    return true;
}
} // namespace

RaceView::RaceView(RaceLesson* lesson, QWidget* parent)
    : LessonView(lesson, parent)
    , m_lesson(lesson) {
    m_formula = new FormulaField(2, this);
    bindFormula(m_formula, m_lesson);
    m_figure = new RaceFigure(m_lesson, this);
    // The map of one racer, on a tab beside the race: its point is that racer's η and second
    // hyperparameter, and dragging it restarts the race with them.
    m_mapFigure = new StabilityMapFigure(m_lesson->mapper(), nullptr, this);
    m_mapOptimizer = new QComboBox(this);
    m_mapOptimizer->setAccessibleName(tr("Optimizer on the map"));
    m_mapOptimizer->setToolTip(tr("Which of the racing optimizers the map shows"));
    auto* mapOptimizerLabel = new QLabel(tr("&Optimizer"), this);
    mapOptimizerLabel->setBuddy(m_mapOptimizer);
    m_mapFigure->addControl(mapOptimizerLabel, m_mapOptimizer);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_figure, tr("R&ace"));
    m_tabs->addTab(m_mapFigure, tr("Stability &map"));

    m_table = new QTableWidget(kOptimizerCount, ColumnCount, this);
    m_table->setItemDelegate(new NumberCellDelegate(m_table)); // readable optimizer colours
    //: Column titles of the optimizers' table: a translation may break a long title onto two lines (\n)
    m_table->setHorizontalHeaderLabels(
        {tr("optimizer"), tr("learning rate"), tr("2nd run's rate"), tr("momentum / β₁ / α"), tr("β₂")});
    m_table->horizontalHeaderItem(SecondRate)
        ->setToolTip(tr("Type a second learning rate to race this optimizer against itself (dashed); "
                        "clear it to remove the second run."));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The optimizer's name whole ("Descenso de gradiente"): its column as wide as the longest.
    m_table->horizontalHeader()->setSectionResizeMode(Enabled, QHeaderView::ResizeToContents);
    // The rate's title whole too, also when a schedule makes it "base learning rate" ("taux d'apprentissage
    // de base" was cut to "aux d'apprentissage de bas" in a quarter of the row).
    m_table->horizontalHeader()->setSectionResizeMode(Rate, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Every optimizer's row at once (a lesson too tall for its window scrolls as a whole): set by fillTable,
    // as the titles may take two lines.
    m_table->setAccessibleName(tr("Optimizers and their hyperparameters"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table (arrow keys move between cells)
    m_play = new QPushButton(tr("▶ &Play"), this);
    //: Button (a verb): move every optimizer one step
    m_step = new QPushButton(tr("&Step"), this);
    //: Button: put every optimizer back at the start point
    m_reset = new QPushButton(tr("&Reset"), this);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setRange(RaceLesson::kMinSpeed, RaceLesson::kMaxSpeed);
    m_speed->setValue(m_lesson->speed());
    m_speed->setMinimumWidth(120); // a length to drag along
    m_speed->setMaximumWidth(140);
    m_speed->setAccessibleName(tr("Speed (steps per frame)"));

    // A column beside the table, or lines under it in a narrow window.
    auto* buttons = new FlowLayout;
    buttons->addGroup({m_play});
    buttons->addGroup({m_step});
    buttons->addGroup({m_reset});
    //: Label of the animation speed (steps per second while playing)
    buttons->addGroup({new QLabel(tr("Speed"), this), m_speed});
    m_stateBox = new QCheckBox(tr("Sho&w optimizer state"), this);
    m_stateBox->setToolTip(
        tr("Draw each optimizer's state at its steps: the velocity, Adam's smoothed gradient against "
           "the raw gradient, and the update each adaptive step took per coordinate"));
    buttons->addGroup({m_stateBox});
    //: Button: choose a learning rate for each optimizer (tuning a hyperparameter)
    m_tune = new QPushButton(tr("T&une"), this);
    m_tune->setToolTip(tr("Give each optimizer a learning rate for this function, start and number of steps "
                          "(%1 rates from %2 to %3): the lowest final loss among the rates that converged "
                          "and whose next larger rate did not diverge, so that the pick keeps a margin from "
                          "divergence; a diverging run never wins. Second runs keep their rates.")
                           .arg(kTuneRateCount)
                           .arg(formatValue(kTuneMinRate))
                           .arg(formatValue(kTuneMaxRate)));
    buttons->addGroup({m_tune});
    m_tuner = new RaceTuner(m_lesson, this);
    m_tuneReport = new QLabel(this);
    m_tuneReport->setWordWrap(true);
    m_tuneReport->setHidden(true);
    // The report names a rate and its reason for every optimizer: in the side column, over the step
    // inspector, at most eight whole lines on screen, the rest scrolls, so that it never takes the map's
    // height (under the table it left the map 120 px at 860 px).
    m_tuneArea = new QScrollArea(this);
    m_tuneArea->setWidget(m_tuneReport);
    m_tuneArea->setWidgetResizable(true);
    m_tuneArea->setFrameShape(QFrame::NoFrame);
    m_tuneArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tuneArea->setMaximumHeight(8 * m_tuneReport->fontMetrics().lineSpacing());
    m_tuneArea->setHidden(true);
    // As wide as the column is (the inspector's), not as the report's one-line width would make it.
    m_tuneArea->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* top = new SideColumnLayout;
    top->setParts(m_table, buttons);
    top->setNarrowSide(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formula);
    layout->addLayout(top);
    // A hint for the screen only: exported figures do not carry it.
    //: Label of the start point's x and y fields (a noun), not "begin"
    m_startFields = new PointFields(tr("Start:"), this);
    connectPointFields(m_startFields, m_lesson);
    auto* hint = new QLabel(tr("Click the map, drag the orange point or type the start."), this);
    hint->setWordWrap(true);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_startFields);
    startRow->addWidget(hint, 1);
    layout->addLayout(startRow);
    m_schedulePanel = new SchedulePanel(this);
    m_schedulePanel->bind(m_lesson);
    // Each optimizer has its own rate: the plot shows the factor the schedule multiplies them all by.
    m_schedulePanel->ratePlot()->setRateLabel(tr("× base rate"));
    m_inspector = new StepInspector(this);
    m_picker = new StepPicker(m_figure->mapPlot(), m_inspector);
    auto* body = new SideColumnLayout; // the column goes under the map in a narrow window
    QVBoxLayout* side = besideInspector(m_schedulePanel, m_inspector);
    side->insertWidget(1, m_tuneArea);
    body->setParts(m_tabs, side);
    layout->addLayout(body, 1);

    fillTable();
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling) readCell(item->row(), item->column());
    });
    connect(m_play, &QPushButton::clicked, m_lesson, &RaceLesson::togglePlay);
    connect(m_step, &QPushButton::clicked, m_lesson, [this] { m_lesson->step(); });
    connect(m_reset, &QPushButton::clicked, m_lesson, &RaceLesson::reset);
    connect(m_speed, &QSlider::valueChanged, m_lesson, &RaceLesson::setSpeed);
    connect(m_lesson, &Lesson::changed, m_speed, [this] {
        const QSignalBlocker block(m_speed);
        m_speed->setValue(m_lesson->speed());
    });
    // As the model is now: a view built while it plays (a window rebuilt in another language) says Pause.
    const auto showPlaying = [this](bool playing) {
        m_play->setText(playing ? tr("❚❚ &Pause") : tr("▶ &Play"));
    };
    connect(m_lesson, &RaceLesson::playingChanged, this, showPlaying);
    showPlaying(m_lesson->isPlaying());
    connect(m_stateBox, &QCheckBox::toggled, m_lesson, &RaceLesson::setShowState);
    connect(m_tune, &QPushButton::clicked, m_tuner, &RaceTuner::start);
    // While Tune runs, its sentence says how far the sweeps are (the sweep engine counts them).
    auto* tuneProgress = new QTimer(this);
    tuneProgress->setInterval(250);
    connect(tuneProgress, &QTimer::timeout, this, &RaceView::showTune);
    connect(m_tuner, &RaceTuner::runningChanged, this, [this, tuneProgress](bool running) {
        if (running)
            tuneProgress->start();
        else
            tuneProgress->stop();
        m_tune->setEnabled(!running);
        m_tune->setText(running ? tr("Tuning…") : tr("T&une"));
        showTune();
    });
    connect(m_lesson, &SurfaceLesson::changed, this, [this] {
        {
            const QSignalBlocker block(m_stateBox);
            m_stateBox->setChecked(m_lesson->showState());
        }
        showTune();
        fillTable();
        m_step->setEnabled(!m_lesson->allStopped());
        showScheduleAndNoise();
    });
    connect(m_lesson, &SurfaceLesson::changed, m_picker, [this] { showRunsToPicker(); });
    connect(m_lesson, &SurfaceLesson::changed, this, &RaceView::showMapChoices);
    connect(m_tabs, &QTabWidget::currentChanged, m_lesson, [this](int index) {
        m_lesson->setView(index == 1 ? RaceLesson::View::Map : RaceLesson::View::Race);
    });
    connect(m_mapOptimizer, &QComboBox::activated, m_lesson, [this](int index) {
        m_lesson->setMappedOptimizer(static_cast<OptimizerKind>(m_mapOptimizer->itemData(index).toInt()));
    });
    // With a step chosen, a row of the optimizer table shows the same step of that optimizer.
    connect(m_table, &QTableWidget::currentCellChanged, m_picker, [this](int row) {
        if (m_picker->hasSelection() && row >= 0) m_picker->select(row, m_picker->selectedStep());
    });
    showRunsToPicker();
    showScheduleAndNoise();
    showMapChoices();
    m_stateBox->setChecked(m_lesson->showState());
    m_step->setEnabled(!m_lesson->allStopped()); // a race rebuilt once finished has no step to take
}

void RaceView::showMapChoices() {
    {
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentWidget(m_lesson->view() == RaceLesson::View::Map
                                     ? static_cast<QWidget*>(m_mapFigure)
                                     : static_cast<QWidget*>(m_figure));
    }
    // The step inspector looks into the race's runs: beside the map it would only take the map's room.
    m_inspector->setHidden(m_lesson->view() == RaceLesson::View::Map);
    const QSignalBlocker block(m_mapOptimizer);
    m_mapOptimizer->clear();
    for (OptimizerKind kind : kOptimizers)
        if (m_lesson->isEnabled(kind) || kind == m_lesson->mappedOptimizer())
            m_mapOptimizer->addItem(translated(optimizerTitle(kind)), static_cast<int>(kind));
    m_mapOptimizer->setCurrentIndex(m_mapOptimizer->findData(static_cast<int>(m_lesson->mappedOptimizer())));
}

QString RaceView::tuneText() const {
    return m_tuneReport->isHidden() ? QString() : m_tuneReport->text();
}

void RaceView::showTune() {
    if (m_tuner->isRunning()) {
        m_tuneReport->setText(tr("Tuning: sweeping each optimizer over %1 learning rates… %2% done")
                                  .arg(kTuneRateCount)
                                  .arg(std::lround(100 * m_tuner->progress())));
        m_tuneReport->setHidden(false);
        m_tuneArea->setHidden(false);
        return;
    }
    const std::vector<TunedRate> tuned = m_tuner->result();
    QStringList parts;
    for (const TunedRate& t : tuned)
        parts << RaceTuner::describe(t, m_lesson->maxSteps());
    m_tuneReport->setText(parts.isEmpty()
                              ? QString()
                              : tr("Tuned for this function, start and %n step(s) over %1 rates from "
                                   "%2 to %3. %4.",
                                   nullptr, m_lesson->maxSteps())
                                    .arg(kTuneRateCount)
                                    .arg(formatValue(kTuneMinRate), formatValue(kTuneMaxRate),
                                         parts.join(QStringLiteral(". "))));
    m_tuneReport->setHidden(parts.isEmpty());
    m_tuneArea->setHidden(parts.isEmpty());
}

void RaceView::showRunsToPicker() {
    std::vector<PickableRun> runs;
    for (OptimizerKind kind : kOptimizers) {
        if (!m_lesson->isEnabled(kind)) continue;
        const int k = static_cast<int>(kind);
        const QString title = translated(optimizerTitle(kind));
        runs.push_back({k, &m_lesson->trajectory(kind), m_lesson->function(), title});
        if (m_lesson->hasSecond(kind))
            runs.push_back({kOptimizerCount + k, &m_lesson->secondTrajectory(kind), m_lesson->function(),
                            tr("%1, second rate").arg(title)});
    }
    m_picker->setRuns(std::move(runs));
}

void RaceView::showScheduleAndNoise() {
    m_schedulePanel->showSettings(m_lesson->schedule(), m_lesson->noise(), m_lesson->seed());
    m_schedulePanel->scheduleBox()->setRunLength(m_lesson->maxSteps());
    if (m_schedulePanel->ratePlot()->isHidden()) return; // a constant schedule
    int taken = 0;
    for (OptimizerKind kind : kOptimizers)
        if (m_lesson->isEnabled(kind)) {
            taken = std::max(taken, static_cast<int>(m_lesson->trajectory(kind).points.size()) - 1);
            if (m_lesson->hasSecond(kind))
                taken = std::max(taken, static_cast<int>(m_lesson->secondTrajectory(kind).points.size()) - 1);
        }
    m_schedulePanel->ratePlot()->setRates(m_lesson->schedule(), 1.0, m_lesson->maxSteps(), taken);
}

void RaceView::fillTable() {
    m_filling = true;
    // With a schedule each rate is the one its schedule starts from.
    m_table->horizontalHeaderItem(Rate)->setText(
        m_lesson->schedule().kind == ScheduleKind::Constant ? tr("learning rate") : tr("base learning rate"));
    for (OptimizerKind kind : kOptimizers) {
        const int k = static_cast<int>(kind);
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
        name->setText(translated(optimizerTitle(kind)));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(m_lesson->isEnabled(kind) ? Qt::Checked : Qt::Unchecked);
        NumberCellDelegate::setTextColour(name, gradlab::palette::optimizer(kind));
        // The name is darkened to be read; beside it, the trail's own colour (Newton's yellow stays yellow).
        const int side = m_table->fontMetrics().ascent();
        name->setData(Qt::DecorationRole,
                      QPixmap::fromImage(swatchImage(
                          gradlab::palette::optimizer(kind), m_table->palette().color(QPalette::Base),
                          readableOn(gradlab::palette::optimizer(kind),
                                     m_table->palette().color(QPalette::Base), kSwatchContrast),
                          side, devicePixelRatioF())));
        cell(Rate)->setText(numberFieldText(hp.learningRate));
        const double second = m_lesson->racer(kind).secondRate;
        cell(SecondRate)->setText(second > 0 ? numberFieldText(second) : QString());
        for (int column : {First, Second}) {
            Hyperparameter h;
            const bool shown = shownHyperparameter(kind, column, &h);
            cell(column)->setText(shown ? numberFieldText(hyperparameterValue(hp, h)) : QStringLiteral("—"));
            cell(column)->setFlags(shown ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable
                                         : Qt::ItemIsEnabled);
        }
    }
    // Room for every title whole in a language with long words ("tasa de la 2.ª ejecución"): a window too
    // narrow for it scrolls the lesson.
    m_table->setMinimumWidth(widthForWholeHeaders(m_table));
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            m_table->verticalHeader()->defaultSectionSize() * kOptimizerCount +
                            2 * m_table->frameWidth());
    m_filling = false;
}

void RaceView::readCell(int row, int column) {
    // Only the edited cell says anything: the others show the model's values.
    const auto kind = static_cast<OptimizerKind>(row);
    const QTableWidgetItem* item = m_table->item(row, column);
    double v;
    Hyperparameter h = Hyperparameter::LearningRate;
    switch (column) {
    case Enabled:
        m_lesson->setEnabled(kind, item->checkState() == Qt::Checked);
        break;
    case SecondRate:
        // The second run's rate is a learning rate too; an empty cell removes the second run.
        if (item->text().trimmed().isEmpty())
            m_lesson->setSecondRate(kind, 0);
        else if (readHyperparameter(item->text(), Hyperparameter::LearningRate, &v))
            m_lesson->setSecondRate(kind, v);
        break;
    case Rate:
    case First:
    case Second:
        if ((column == Rate || shownHyperparameter(kind, column, &h)) &&
            readHyperparameter(item->text(), h, &v)) {
            Hyperparameters hp = m_lesson->racer(kind).hyperparameters;
            hyperparameterValue(hp, h) = v;
            m_lesson->setHyperparameters(kind, hp); // resets the race
        }
        break;
    }
    fillTable(); // invalid text is replaced by the model's value
}

void RaceView::continueFrom(const LessonView& predecessor) {
    LessonView::continueFrom(predecessor);
    if (const auto* before = qobject_cast<const RaceView*>(&predecessor);
        before && before->m_picker->hasSelection())
        m_picker->select(before->m_picker->selectedKey(), before->m_picker->selectedStep());
}

void RaceView::resetView() {
    m_figure->resetView();
}

LessonAnimation RaceView::createAnimation(const RaceLesson& lesson) {
    // Every enabled optimizer from the start, the longest run's steps spread over the frames.
    auto* copy = new RaceLesson;
    copy->copyFrom(lesson);
    copy->reset();
    auto taken = [](const RaceLesson& race) {
        int most = 0;
        for (OptimizerKind kind : kOptimizers)
            if (race.isEnabled(kind)) {
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
