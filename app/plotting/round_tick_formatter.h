#pragma once
// Round tick values for the 3-D axes: steps of 1, 2 or 5 times a power of ten, labelled as short as they
// can be ("−2", "0.5", "1500"), never "1316.79" or "−2.00". Qt DataVisualization's own formatter divides
// the axis into equal segments from its minimum, which gives round ticks only on a round range.

#include <QString>
#include <QValue3DAxisFormatter>
#include <vector>

namespace gradlab {

/// Ticks on [lo, hi]: the step (1, 2 or 5 × 10ᵏ), the multiples of it inside the range, and how many
/// decimals their labels need.
struct RoundTicks {
    double step = 1.0;
    std::vector<double> values;
    int decimals = 0;
    /// A tick value as a label: "−1.5", "0", "2000" (a true minus sign, no −0, no trailing zeros).
    QString label(double value) const;
};

/// The ticks of [lo, hi] with the smallest round step that gives at most `maxCount` of them.
RoundTicks roundTicks(double lo, double hi, int maxCount = 6);
/// [lo, hi] widened to the nearest multiples of the smallest round step that leaves at most `maxCount`
/// ticks on the widened range; returns those ticks, the first and last at the new ends.
RoundTicks roundOutward(double* lo, double* hi, int maxCount = 6);
/// The ticks of [lo, hi] at a given step: its multiples inside the range.
RoundTicks ticksAtStep(double lo, double hi, double step);

/// An axis formatter that puts grid lines and labels at roundTicks() of the axis range.
class RoundTickFormatter : public QValue3DAxisFormatter {
    Q_OBJECT
public:
    explicit RoundTickFormatter(int maxCount = 6, QObject* parent = nullptr);
    /// Ticks at multiples of `step` (an axis rounded out with roundOutward()), or 0 to choose the step
    /// from the range with roundTicks().
    void setStep(double step);
    /// Leaves out the label at one end of the range (−1: the minimum, +1: the maximum, 0: none) where it
    /// would sit on another axis's label at a corner of the box; its grid line stays.
    void setHiddenEnd(int end);
    int hiddenEnd() const { return m_hiddenEnd; }

protected:
    QValue3DAxisFormatter* createNewInstance() const override;
    void recalculate() override;
    void populateCopy(QValue3DAxisFormatter& copy) const override;

private:
    int m_maxCount;
    double m_step = 0.0;
    int m_hiddenEnd = 0;
};

} // namespace gradlab
