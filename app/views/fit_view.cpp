#include "views/fit_view.h"

#include "lessons/fit_lesson.h"
#include "lessons/translated_text.h"
#include "plotting/learning_rate_plot.h"
#include "views/fit_figure.h"
#include "widgets/flow_layout.h"
#include "widgets/optimizer_box.h"
#include "widgets/schedule_box.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
/// The hyperparameters beside the learning rate, in the order of their fields.
constexpr Hyperparameter kExtra[4] = {Hyperparameter::Momentum, Hyperparameter::Alpha, Hyperparameter::Beta1,
                                      Hyperparameter::Beta2};
const char* const kExtraNames[4] = {
    QT_TRANSLATE_NOOP("gradlab::FitView", "Momentum"), QT_TRANSLATE_NOOP("gradlab::FitView", "α"),
    QT_TRANSLATE_NOOP("gradlab::FitView", "β₁"), QT_TRANSLATE_NOOP("gradlab::FitView", "β₂")};
} // namespace

FitView::FitView(FitLesson* lesson, QWidget* parent)
    : LessonView(lesson, parent)
    , m_lesson(lesson) {
    m_figure = new FitFigure(m_lesson, this);

    m_preset = new QComboBox(this);
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Your data (12 points)" is added later
    m_preset->setAccessibleName(tr("Data set"));
    for (const DataPreset& p : dataPresets())
        m_preset->addItem(translated(p.title), QString::fromStdString(p.name));
    auto* presetLabel = new QLabel(tr("&Data"), this);
    presetLabel->setBuddy(m_preset);
    auto* hint =
        new QLabel(tr("Click beside the data to add a point, drag a point to move it, right-click it "
                      "(or select it and press Delete) to remove it; File → Import Data… reads a CSV."),
                   this);
    hint->setWordWrap(true);

    m_optimizer = new OptimizerBox(this);
    m_lr = createNumberField(this, tr("Learning rate"));
    m_lr->setMinimumWidth(60);
    m_lr->setMaximumWidth(80);
    auto* lrLabel = new QLabel(tr("&Learning rate"), this);
    lrLabel->setBuddy(m_lr);
    for (int i = 0; i < 4; ++i) {
        m_hyper[i] = createNumberField(this, tr(kExtraNames[i]));
        m_hyper[i]->setMaximumWidth(70);
        m_hyperLabel[i] = new QLabel(tr(kExtraNames[i]), this);
        m_hyperLabel[i]->setBuddy(m_hyper[i]);
        connect(m_hyper[i], &QLineEdit::editingFinished, this, [this, i] {
            double v;
            if (readNumber(m_hyper[i], &v) && hyperparameterProblem(kExtra[i], v).empty()) {
                Hyperparameters hp = m_lesson->settings().hyperparameters;
                hyperparameterValue(hp, kExtra[i]) = v;
                m_lesson->setHyperparameters(hp);
            }
            sync(); // a value out of range is replaced by the lesson's
        });
    }
    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, FitLesson::kMaxEpochs);
    m_epochs->setAccessibleName(tr("Epochs"));
    //: Label: how many passes over all the data points
    auto* epochsLabel = new QLabel(tr("&Epochs"), this);
    epochsLabel->setBuddy(m_epochs);
    m_batch = new QSpinBox(this);
    m_batch->setAccessibleName(tr("Batch size"));
    m_batch->setToolTip(
        tr("Points per update: 1 is stochastic gradient descent (SGD), all of them is "
           "full-batch gradient descent. Each epoch shuffles the points (seeded) and cuts them "
           "into batches."));
    auto* batchLabel = new QLabel(tr("&Batch size"), this);
    batchLabel->setBuddy(m_batch);
    m_batchMeaning = new QLabel(this);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, static_cast<int>(kMaxSeed));
    //: The random seed that shuffles the mini-batches
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("The seed of the shuffles: the same seed gives the same run."));
    auto* seedLabel = new QLabel(tr("See&d"), this);
    seedLabel->setBuddy(m_seed);
    m_play = new QPushButton(tr("▶ &Play"), this);
    //: Button (a verb): take one update of the optimizer
    m_step = new QPushButton(tr("&Step"), this);
    //: Button: put the line back at its start and clear the run
    m_reset = new QPushButton(tr("&Reset"), this);

    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(presetLabel);
    dataRow->addWidget(m_preset);
    dataRow->addWidget(hint, 1);
    // Wraps where the language's words do not fit (a label stays beside its field).
    auto* optimizerRow = new FlowLayout;
    optimizerRow->addGroup({m_optimizer});
    optimizerRow->addGroup({lrLabel, m_lr});
    for (int i = 0; i < 4; ++i)
        optimizerRow->addGroup({m_hyperLabel[i], m_hyper[i]});
    optimizerRow->addGroup({epochsLabel, m_epochs});
    optimizerRow->addGroup({seedLabel, m_seed});
    auto* runRow = new FlowLayout;
    runRow->addGroup({batchLabel, m_batch});
    runRow->addGroup({m_batchMeaning}, FlowLayout::Width::FillsLine);
    runRow->addStretch();
    runRow->addGroup({m_play, m_step, m_reset});
    // The schedule beside the rate it gives each update (shown while the schedule is not constant).
    auto* scheduleRow = new QHBoxLayout;
    m_schedule = new ScheduleBox(this);
    m_schedule->setMinimumWidth(360);
    m_schedule->setMaximumWidth(460);
    auto* scheduleLabel = new QLabel(tr("Learning-rate &schedule"), this);
    scheduleLabel->setBuddy(m_schedule->kindBox());
    scheduleRow->addWidget(scheduleLabel, 0, Qt::AlignTop);
    scheduleRow->addWidget(m_schedule, 0, Qt::AlignTop);
    m_ratePlot = new LearningRatePlot(this);
    m_ratePlot->setFixedHeight(130);
    scheduleRow->addWidget(m_ratePlot, 10);
    scheduleRow->addStretch(1); // the box stays compact while the plot is hidden
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(dataRow);
    layout->addLayout(optimizerRow);
    layout->addLayout(runRow);
    layout->addLayout(scheduleRow);
    layout->addWidget(m_figure, 1);

    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { m_lesson->setPreset(m_preset->itemData(index).toString()); });
    connect(m_optimizer, &OptimizerBox::optimizerChosen, m_lesson, &FitLesson::setOptimizer);
    connect(m_schedule, &ScheduleBox::scheduleChosen, m_lesson, &FitLesson::setSchedule);
    connect(m_lr, &QLineEdit::editingFinished, this, [this] {
        double v;
        if (readNumber(m_lr, &v)) m_lesson->setLearningRate(v); // which refuses an invalid rate
        sync();
    });
    connect(m_epochs, &QSpinBox::valueChanged, m_lesson, &FitLesson::setEpochs);
    connect(m_batch, &QSpinBox::valueChanged, m_lesson, &FitLesson::setBatchSize);
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this](int seed) { m_lesson->setSeed(static_cast<std::uint64_t>(seed)); });
    connect(m_play, &QPushButton::clicked, m_lesson, &FitLesson::togglePlay);
    connect(m_step, &QPushButton::clicked, m_lesson, [this] { m_lesson->step(); });
    connect(m_reset, &QPushButton::clicked, m_lesson, &FitLesson::reset);
    connect(m_lesson, &Lesson::playingChanged, this, [this](bool playing) {
        m_play->setText(playing ? tr("❚❚ &Pause") : tr("▶ &Play"));
        sync();
    });
    connect(m_lesson, &Lesson::changed, this, &FitView::sync);
    // As the model is now: a view built while it plays (a window rebuilt in another language) says Pause.
    if (m_lesson->isPlaying()) m_play->setText(tr("❚❚ &Pause"));
    sync();
}

QLineEdit* FitView::hyperparameterField(Hyperparameter h) const {
    for (int i = 0; i < 4; ++i)
        if (kExtra[i] == h) return m_hyper[i];
    return nullptr;
}

void FitView::sync() {
    const DataPreset* preset = m_lesson->preset();
    // Edited or imported data are no preset: the box says so rather than naming one they no longer are.
    const int custom = m_preset->findData(QString());
    if (preset) {
        if (custom >= 0) m_preset->removeItem(custom);
        m_preset->setCurrentIndex(m_preset->findData(QString::fromStdString(preset->name)));
    } else {
        const QString text = tr("Your data (%n point(s))", nullptr, m_lesson->pointCount());
        if (custom >= 0)
            m_preset->setItemText(custom, text);
        else
            m_preset->addItem(text, QString());
        m_preset->setCurrentIndex(m_preset->findData(QString()));
    }
    m_optimizer->setKind(m_lesson->optimizer());
    const Hyperparameters& hp = m_lesson->settings().hyperparameters;
    if (!m_lr->hasFocus()) m_lr->setText(numberFieldText(hp.learningRate));
    for (int i = 0; i < 4; ++i) {
        const bool used = usesHyperparameter(m_lesson->optimizer(), kExtra[i]);
        m_hyper[i]->setVisible(used);
        m_hyperLabel[i]->setVisible(used);
        if (!m_hyper[i]->hasFocus()) m_hyper[i]->setText(numberFieldText(hyperparameterValue(hp, kExtra[i])));
    }
    {
        const QSignalBlocker block(m_epochs);
        m_epochs->setValue(m_lesson->epochs());
    }
    {
        const QSignalBlocker block(m_batch);
        m_batch->setRange(1, std::max(1, m_lesson->pointCount()));
        m_batch->setValue(m_lesson->effectiveBatch());
    }
    m_batchMeaning->setText(m_lesson->batchMeaning());
    {
        const QSignalBlocker block(m_seed);
        m_seed->setValue(static_cast<int>(m_lesson->seed()));
    }
    m_schedule->showSchedule(m_lesson->schedule());
    m_schedule->setRunLength(m_lesson->run().maxSteps());
    m_ratePlot->setVisible(m_lesson->schedule().kind != ScheduleKind::Constant);
    if (m_ratePlot->isVisible())
        m_ratePlot->setRun(m_lesson->trajectory(), m_lesson->schedule(), m_lesson->learningRate(),
                           m_lesson->run().maxSteps());
    m_step->setEnabled(!m_lesson->stopped());
    m_play->setEnabled(!m_lesson->stopped() || m_lesson->isPlaying());
}

void FitView::resetView() {
    m_figure->resetView();
}

LessonAnimation FitView::createAnimation(const FitLesson& lesson) {
    // The whole run from the start, its updates spread over the frames.
    auto* copy = new FitLesson;
    copy->copyFrom(lesson);
    copy->reset();
    FitLesson probe;
    probe.copyFrom(*copy);
    probe.runToEnd();
    const int total = probe.stepsTaken();
    LessonAnimation animation;
    animation.figure = std::make_unique<FitFigure>(copy);
    copy->setParent(animation.figure.get());
    animation.frames = std::clamp(total + 1, 2, 120);
    animation.fps = total + 1 > 40 ? 15 : 4;
    animation.seek = [copy, total](int frame, int count) {
        const int target =
            static_cast<int>(std::lround(static_cast<double>(frame) * total / std::max(1, count - 1)));
        if (copy->stepsTaken() > target) copy->reset();
        while (copy->stepsTaken() < target && copy->step()) {
        }
    };
    return animation;
}

} // namespace gradlab
