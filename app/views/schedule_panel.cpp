#include "views/schedule_panel.h"

#include "lessons/translated_text.h"

#include "lessons/number_format.h"
#include "plotting/learning_rate_plot.h"
#include "widgets/noise_box.h"
#include "widgets/schedule_box.h"

#include <QFrame>
#include <QVBoxLayout>

namespace gradlab {

SchedulePanel::SchedulePanel(QWidget* parent)
    : QGroupBox(tr("Schedule && noise"), parent) {
    setAccessibleName(tr("Learning-rate schedule and gradient noise"));
    m_schedule = new ScheduleBox(this);
    m_noise = new NoiseBox(this);
    m_plot = new LearningRatePlot(this);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_schedule);
    layout->addWidget(m_plot);
    layout->addWidget(line);
    layout->addWidget(m_noise);
    layout->addStretch(1); // the panel's content at its top, whatever the height of the view
    // Small beside the lesson's figure: the rates' shape, not their digits, is the point.
    m_plot->setMinimumHeight(150);
    m_plot->setMaximumHeight(210);
    connect(m_schedule, &ScheduleBox::scheduleChosen, this, &SchedulePanel::scheduleChosen);
    connect(m_noise, &NoiseBox::noiseChosen, this, &SchedulePanel::noiseChosen);
    connect(m_noise, &NoiseBox::seedChosen, this, &SchedulePanel::seedChosen);
    m_plot->hide();
}

void SchedulePanel::showSettings(const Schedule& schedule, double noise, int seed) {
    m_schedule->showSchedule(schedule);
    m_noise->showNoise(noise, seed);
    m_plot->setVisible(schedule.kind != ScheduleKind::Constant);
}

QString describeRate(double base, const Schedule& schedule, double noise, int seed) {
    QString text = schedule.kind == ScheduleKind::Constant
                       ? QObject::tr("learning rate %1").arg(formatValue(base))
                       : QObject::tr("base learning rate %1, %2 schedule")
                             .arg(formatValue(base), translated(scheduleTitle(schedule.kind)).toLower());
    if (noise > 0) text += QObject::tr(", noise σ = %1 (seed %2)").arg(formatValue(noise)).arg(seed);
    return text;
}

} // namespace gradlab
