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
/// [lo, hi] widened to the nearest multiples of a round step that leaves at most `maxCount` ticks on the
/// widened range, so that both of its ends are labelled ticks.
void roundOutward(double* lo, double* hi, int maxCount = 6);

/// An axis formatter that puts grid lines and labels at roundTicks() of the axis range.
class RoundTickFormatter : public QValue3DAxisFormatter {
    Q_OBJECT
public:
    explicit RoundTickFormatter(int maxCount = 6, QObject* parent = nullptr);

protected:
    QValue3DAxisFormatter* createNewInstance() const override;
    void recalculate() override;
    void populateCopy(QValue3DAxisFormatter& copy) const override;

private:
    int m_maxCount;
};

} // namespace gradlab
