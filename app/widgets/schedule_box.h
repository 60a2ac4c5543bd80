#pragma once
// The learning-rate schedule of a run: a combo of the five kinds and, under it, only the settings the
// chosen kind reads (core's scheduleUses). A value core's scheduleProblem refuses is said where it was
// typed and changes nothing. Compact, for a side panel; shows the model's schedule, reports the user's.

#include "descent/schedule.h"

#include <QWidget>
#include <array>

class QComboBox;
class QFormLayout;
class QLabel;

namespace gradlab {

class ValueField;

class ScheduleBox : public QWidget {
    Q_OBJECT
public:
    /// The settings, in the order of the rows (each by its command-line name in core's messages).
    enum Setting { StepSize, Gamma, TMax, EtaMin, Warmup, StartFactor, SettingCount };

    explicit ScheduleBox(QWidget* parent = nullptr);

    /// Shows `schedule` (the model's) without emitting anything.
    void showSchedule(const Schedule& schedule);
    /// The schedule shown.
    const Schedule& schedule() const { return m_schedule; }
    /// The updates the lesson's run takes: choosing cosine (or warm-up then cosine) sets T_max to it, so
    /// that one annealing spans the run (and the warm-up to a tenth of it); 0: keep T_max as it is.
    void setRunLength(int updates) { m_runLength = updates; }

    QComboBox* kindBox() const { return m_kind; }
    ValueField* field(Setting s) const { return m_fields[static_cast<std::size_t>(s)]; }
    /// Whether the row of `s` is shown (the chosen kind reads it).
    bool isShown(Setting s) const;
    /// Why the last input was refused ("" when it was taken).
    QString errorText() const { return m_errorText; }
    /// The sentence under the fields saying what the chosen schedule does.
    QString explanation() const;

    /// The name core's messages give setting `s` ("gamma") and the label the box gives it ("γ").
    static const char* optionName(Setting s);
    static QString label(Setting s);

signals:
    /// The user chose a schedule core accepts (not emitted by showSchedule).
    void scheduleChosen(const gradlab::Schedule& schedule);

private:
    void fieldEntered(Setting s, double value);
    void refuse(Setting s, const QString& why);
    void showRows();
    int m_runLength = 0;

    Schedule m_schedule;
    QComboBox* m_kind;
    QFormLayout* m_form;
    std::array<ValueField*, SettingCount> m_fields{};
    std::array<QString, SettingCount> m_tips; ///< each field's tool tip
    QLabel* m_explanation;
    QString m_errorText;
};

} // namespace gradlab
