#include "widgets/schedule_box.h"

#include "lessons/number_format.h"
#include "lessons/translated_text.h"
#include "widgets/value_field.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {

constexpr ScheduleKind kKinds[kScheduleCount] = {ScheduleKind::Constant, ScheduleKind::Step,
                                                 ScheduleKind::Exponential, ScheduleKind::Cosine,
                                                 ScheduleKind::WarmupCosine};

bool isWhole(ScheduleBox::Setting s) {
    return s == ScheduleBox::StepSize || s == ScheduleBox::TMax || s == ScheduleBox::Warmup;
}

double valueOf(const Schedule& sc, ScheduleBox::Setting s) {
    switch (s) {
    case ScheduleBox::StepSize:
        return sc.stepSize;
    case ScheduleBox::Gamma:
        return sc.gamma;
    case ScheduleBox::TMax:
        return sc.tMax;
    case ScheduleBox::EtaMin:
        return sc.etaMin;
    case ScheduleBox::Warmup:
        return sc.warmup;
    case ScheduleBox::StartFactor:
        return sc.startFactor;
    case ScheduleBox::SettingCount:
        break;
    }
    return 0.0;
}

void setValueOf(Schedule& sc, ScheduleBox::Setting s, double v) {
    switch (s) {
    case ScheduleBox::StepSize:
        sc.stepSize = static_cast<int>(v);
        break;
    case ScheduleBox::Gamma:
        sc.gamma = v;
        break;
    case ScheduleBox::TMax:
        sc.tMax = static_cast<int>(v);
        break;
    case ScheduleBox::EtaMin:
        sc.etaMin = v;
        break;
    case ScheduleBox::Warmup:
        sc.warmup = static_cast<int>(v);
        break;
    case ScheduleBox::StartFactor:
        sc.startFactor = v;
        break;
    case ScheduleBox::SettingCount:
        break;
    }
}

} // namespace

const char* ScheduleBox::optionName(Setting s) {
    static const char* const names[] = {"step-size", "gamma", "t-max", "eta-min", "warmup", "start-factor"};
    return names[s];
}

QString ScheduleBox::label(Setting s) {
    switch (s) {
    case StepSize:
        //: StepLR's step_size: how many updates between two multiplications of the rate
        return tr("Step size");
    case Gamma:
        return tr("γ");
    case TMax:
        return tr("T_max");
    case EtaMin:
        return tr("η_min");
    case Warmup:
        return tr("Warm-up");
    case StartFactor:
        //: LinearLR's start_factor: the warm-up starts at this multiple of the learning rate
        return tr("Start factor");
    case SettingCount:
        break;
    }
    return {};
}

ScheduleBox::ScheduleBox(QWidget* parent)
    : QWidget(parent) {
    m_kind = new QComboBox(this);
    for (ScheduleKind k : kKinds)
        m_kind->addItem(translated(scheduleTitle(k)), static_cast<int>(k));
    m_kind->setAccessibleName(tr("Learning-rate schedule"));
    m_kind->setToolTip(tr("How the learning rate changes from update to update, as torch.optim.lr_scheduler "
                          "does with scheduler.step() after each optimizer.step()"));
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_tips = {
        tr("step-size: the rate is multiplied by γ every this many updates (a whole number, at least 1)"),
        tr("gamma: the factor the rate is multiplied by (greater than 0, at most 1)"),
        tr("t-max: the updates the cosine takes to fall from the base rate to η_min (a whole number)"),
        tr("eta-min: the lowest rate the cosine reaches (0 or more)"),
        tr("warmup: the updates of linear warm-up before the cosine (at least 1, less than T_max)"),
        tr("start-factor: the first update's rate is this × the base rate (greater than 0, at most 1)")};
    for (int i = 0; i < SettingCount; ++i) {
        const auto s = static_cast<Setting>(i);
        auto* field = new ValueField(label(s), this);
        field->setToolTip(m_tips[static_cast<std::size_t>(i)]);
        field->setStep(isWhole(s) ? 1.0 : 0.05);
        field->setMaximumWidth(90);
        m_fields[static_cast<std::size_t>(i)] = field;
        auto* name = new QLabel(label(s), this);
        name->setBuddy(field);
        name->setToolTip(m_tips[static_cast<std::size_t>(i)]);
        QWidget* row = field;
        if (s == StepSize) {
            // "Step size [10] updates": the unit beside the number.
            row = new QWidget(this);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(field);
            h->addWidget(new QLabel(tr("updates"), row));
            h->addStretch(1);
        }
        m_form->addRow(name, row);
        connect(field, &ValueField::valueEntered, this, [this, s](double v) { fieldEntered(s, v); });
    }
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_explanation->setFont(small);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_kind);
    layout->addLayout(m_form);
    layout->addWidget(m_explanation);

    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        Schedule s = m_schedule;
        s.kind = static_cast<ScheduleKind>(m_kind->itemData(index).toInt());
        if (s.kind == m_schedule.kind) return;
        if ((s.kind == ScheduleKind::Cosine || s.kind == ScheduleKind::WarmupCosine) && m_runLength > 1) {
            s.tMax = m_runLength;
            s.warmup = std::max(1, m_runLength / 10);
        }
        const Text why = scheduleProblem(s);
        if (!why.empty()) {
            // Settings kept from before may not suit the new kind (a warm-up as long as T_max).
            m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_schedule.kind)));
            refuse(TMax, translated(why));
            return;
        }
        m_errorText.clear();
        m_schedule = s;
        showRows();
        emit scheduleChosen(s);
    });
    showSchedule(m_schedule);
}

void ScheduleBox::showSchedule(const Schedule& schedule) {
    m_schedule = schedule;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(schedule.kind)));
    for (int i = 0; i < SettingCount; ++i)
        m_fields[static_cast<std::size_t>(i)]->setValue(valueOf(schedule, static_cast<Setting>(i)));
    showRows();
}

bool ScheduleBox::isShown(Setting s) const {
    return scheduleUses(m_schedule.kind, optionName(s));
}

void ScheduleBox::showRows() {
    for (int i = 0; i < SettingCount; ++i)
        m_form->setRowVisible(i, isShown(static_cast<Setting>(i)));
    // With a warm-up, T_max counts the warm-up's updates as well: torch's CosineAnnealingLR is given
    // T_max − warm-up (the code export writes that), so the field does not say plain "T_max".
    const bool warm = m_schedule.kind == ScheduleKind::WarmupCosine;
    if (auto* name = qobject_cast<QLabel*>(m_form->labelForField(field(TMax)))) {
        //: T_max of the warm-up + cosine schedule: it counts the warm-up's updates too
        name->setText(warm ? tr("T_max with warm-up") : label(TMax));
        const QString tip = warm ? tr("t-max: the updates the warm-up and the cosine take together, until "
                                      "the rate reaches η_min "
                                      "(torch's CosineAnnealingLR is given T_max − warm-up)")
                                 : m_tips[TMax];
        name->setToolTip(tip);
        field(TMax)->setToolTip(tip);
    }
    m_explanation->setText(explanation());
}

QString ScheduleBox::explanation() const {
    const Schedule& s = m_schedule;
    // Exact, in the sentence's number style ("0,1" in German); a value with more digits
    // than anyone types (torch's default warm-up factor 1/3) to four, marked as rounded.
    const auto shown = [](double v) {
        const QString exact = ValueField::shortestText(v);
        return exact.size() <= 10 ? withDisplayDecimal(exact) : QStringLiteral("≈ ") + formatValue(v, 4);
    };
    switch (s.kind) {
    case ScheduleKind::Constant:
        return tr("Every update uses the learning rate.");
    case ScheduleKind::Step:
        return tr("The rate is multiplied by %1 every %n update(s) (torch: StepLR).", nullptr, s.stepSize)
            .arg(shown(s.gamma));
    case ScheduleKind::Exponential:
        return tr("The rate is multiplied by %1 after every update (torch: ExponentialLR).")
            .arg(shown(s.gamma));
    case ScheduleKind::Cosine:
        return tr("The rate falls along half a cosine from the learning rate to %1 over %n update(s), then "
                  "climbs back and falls again if the run goes on (torch: CosineAnnealingLR).",
                  nullptr, s.tMax)
            .arg(shown(s.etaMin));
    case ScheduleKind::WarmupCosine:
        return tr("The rate climbs in a straight line from %1 × the learning rate over %n update(s), then "
                  "falls along a cosine to %2 by update %3, and climbs back if the run goes on (torch: "
                  "LinearLR, then CosineAnnealingLR).",
                  nullptr, s.warmup)
            .arg(shown(s.startFactor))
            .arg(shown(s.etaMin))
            .arg(s.tMax + 1);
    }
    return {};
}

void ScheduleBox::fieldEntered(Setting s, double value) {
    if (value == valueOf(m_schedule, s)) return;
    if (isWhole(s) && (value != std::floor(value) || std::fabs(value) > 1e9)) {
        refuse(s, tr("%1 must be a whole number, got %2").arg(label(s), ValueField::shortestText(value)));
        return;
    }
    Schedule candidate = m_schedule;
    setValueOf(candidate, s, value);
    const Text why = scheduleProblem(candidate);
    if (!why.empty()) {
        refuse(s, translated(why));
        return;
    }
    m_errorText.clear();
    m_schedule = candidate;
    m_explanation->setText(explanation());
    emit scheduleChosen(candidate);
}

void ScheduleBox::refuse(Setting s, const QString& why) {
    // Core names the settings as the command line does ("gamma"); the box says them as its labels do.
    QString message = why;
    for (int i = 0; i < SettingCount; ++i)
        message.replace(QLatin1String(optionName(static_cast<Setting>(i))), label(static_cast<Setting>(i)));
    ValueField* field = m_fields[static_cast<std::size_t>(s)];
    m_errorText = tr("%1; kept %2.").arg(message, ValueField::shortestText(valueOf(m_schedule, s)));
    field->setValue(valueOf(m_schedule, s));
    field->setText(ValueField::shortestText(valueOf(m_schedule, s)));
    QToolTip::showText(field->mapToGlobal(QPoint(0, field->height())), m_errorText, field,
                       QRect(-100000, -100000, 200000, 200000), 6000);
}

} // namespace gradlab
