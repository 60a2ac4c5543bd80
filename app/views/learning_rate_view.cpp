#include "views/learning_rate_view.h"

#include "lessons/learning_rate_lesson.h"
#include "lessons/number_format.h"
#include "views/descent_view.h"
#include "views/learning_rate_figure.h"
#include "views/schedule_panel.h"
#include "views/stability_map_figure.h"
#include "widgets/flow_layout.h"
#include "widgets/formula_field.h"
#include "widgets/log_slider.h"
#include "widgets/optimizer_box.h"
#include "widgets/side_column_layout.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gradlab {

LearningRateView::LearningRateView(LearningRateLesson* lesson, QWidget* parent)
    : LessonView(lesson, parent)
    , m_lesson(lesson) {
    m_formula = new FormulaField(1, this);
    bindFormula(m_formula, m_lesson);
    m_figure = new LearningRateFigure(m_lesson, this);
    m_mapFigure = new StabilityMapFigure(m_lesson->mapper(), m_lesson, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    //: Tab: one descent run, and the sweep over many learning rates
    m_tabs->addTab(m_figure, tr("&Run and sweep"));
    m_tabs->addTab(m_mapFigure, tr("Stability &map"));

    m_slider = new LogSlider(LearningRateLesson::kMinRate, LearningRateLesson::kMaxRate, this);
    m_slider->setAccessibleName(tr("Learning rate (log scale)"));
    m_field = createNumberField(this, tr("Learning rate"));
    m_rateLabel = new QLabel(tr("&Learning rate"), this);
    m_rateLabel->setBuddy(m_slider);
    auto* label = m_rateLabel;
    m_optimizer = new OptimizerBox(this);
    m_steps = new QSpinBox(this);
    m_steps->setRange(1, DescentLesson::kMaxSteps);
    //: The field for the most steps a run takes (a count)
    m_steps->setAccessibleName(tr("Steps"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("sweep %p%"));
    m_progress->hide();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);

    // One row that wraps where the language's words do not fit; the slider takes the room its line leaves.
    auto* row = new FlowLayout;
    m_slider->setMinimumWidth(180);
    row->addGroup({label, m_slider, m_field}, FlowLayout::Width::FillsLine);
    row->addGroup({m_optimizer});
    auto* stepsLabel = new QLabel(tr("S&teps"), this);
    stepsLabel->setBuddy(m_steps);
    row->addGroup({stepsLabel, m_steps});
    auto* toleranceLabel = new QLabel(tr("T&olerance"), this);
    m_tolerance = createToleranceField(this, m_lesson);
    toleranceLabel->setBuddy(m_tolerance);
    row->addGroup({toleranceLabel, m_tolerance});
    row->addGroup({m_progress});
    m_schedulePanel = new SchedulePanel(this);
    m_schedulePanel->setMaximumWidth(270);
    m_schedulePanel->bind(static_cast<DescentLesson*>(m_lesson));
    auto* body = new SideColumnLayout; // the panel goes under the plots in a narrow window
    body->setParts(m_tabs, m_schedulePanel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formula);
    layout->addLayout(row);
    layout->addLayout(body, 1);

    connect(m_slider, &LogSlider::logValueChanged, m_lesson, &DescentLesson::setLearningRate);
    connect(m_field, &QLineEdit::editingFinished, this, [this] {
        double v;
        if (readNumber(m_field, &v)) m_lesson->setLearningRate(v); // which refuses an invalid rate
        sync();
    });
    connect(m_optimizer, &OptimizerBox::optimizerChosen, m_lesson, &DescentLesson::setOptimizer);
    connect(m_steps, &QSpinBox::valueChanged, m_lesson, &DescentLesson::setMaxSteps);
    connect(m_lesson, &FunctionLesson::changed, this, &LearningRateView::sync);
    // The tab shown is the lesson's (files, undo, and what Export Figure draws).
    connect(m_tabs, &QTabWidget::currentChanged, m_lesson, [this](int index) {
        m_lesson->setView(index == 1 ? LearningRateLesson::View::Map : LearningRateLesson::View::RunAndSweep);
    });
    // The sweep runs off the GUI thread; a progress bar appears only if it takes longer than a blink.
    auto* started = new QElapsedTimer;
    connect(m_lesson, &LearningRateLesson::sweepChanged, this, [this, started] {
        if (m_lesson->sweepRunning()) {
            started->start();
            m_progressTimer->start();
        } else {
            m_progressTimer->stop();
            m_progress->hide();
        }
        sync();
    });
    connect(m_progressTimer, &QTimer::timeout, this, [this, started] {
        if (!m_lesson->sweepRunning()) {
            m_progressTimer->stop();
            m_progress->hide();
            return;
        }
        if (started->elapsed() > 150) m_progress->show();
        m_progress->setValue(static_cast<int>(100 * m_lesson->sweepProgress()));
    });
    connect(this, &QObject::destroyed, [started] { delete started; });
    sync();
}

void LearningRateView::sync() {
    {
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentWidget(m_lesson->view() == LearningRateLesson::View::Map
                                     ? static_cast<QWidget*>(m_mapFigure)
                                     : static_cast<QWidget*>(m_figure));
    }
    m_slider->setLogValue(m_lesson->learningRate());
    if (!m_field->hasFocus()) m_field->setText(numberFieldText(m_lesson->learningRate()));
    m_optimizer->setKind(m_lesson->optimizer());
    const QSignalBlocker block(m_steps);
    m_steps->setValue(m_lesson->maxSteps());
    // With a schedule the slider sets the rate the schedule starts from.
    const bool scheduled = m_lesson->schedule().kind != ScheduleKind::Constant;
    m_rateLabel->setText(scheduled ? tr("Base &learning rate") : tr("&Learning rate"));
    m_slider->setAccessibleName(scheduled ? tr("Base learning rate (log scale)")
                                          : tr("Learning rate (log scale)"));
    showScheduleAndNoise(m_schedulePanel, m_lesson);
    // The edge of the optimizer chosen (2(1+μ)/f″ with momentum), or plain descent's, said so.
    m_slider->setMark(m_lesson->markedRate(), m_lesson->markedRateText());
}

void LearningRateView::resetView() {
    m_figure->resetView();
}

} // namespace gradlab
