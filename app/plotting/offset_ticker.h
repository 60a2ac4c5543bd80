#pragma once
// Ticks for an axis zoomed far into a point. Plain labels there need a dozen digits to tell apart (at
// x = 1 ± 10⁻⁶ QCustomPlot's six digits print "1" three times), so past kMaxPlainDigits the ticks sit at
// origin + k·step and are labelled with their offsets k·step from the origin ("−5·10⁻⁷", "0", "5·10⁻⁷"),
// the axis title saying what the origin is ("x − a (a = 1)"). Either way each label has the fewest digits
// that tell the ticks apart and that read back as the value the tick stands for.

#include <limits>
#include <qcustomplot.h>

namespace gradlab {

class OffsetTicker : public QCPAxisTicker {
public:
    /// Plain labels may need at most this many significant digits; past that the axis labels offsets.
    static constexpr int kMaxPlainDigits = 5;

    OffsetTicker() = default;

    /// Labels offsets from `origin` (NaN: plain values).
    void setOrigin(double origin) { m_origin = origin; }
    double origin() const { return m_origin; }
    bool showsOffsets() const { return m_origin == m_origin; }
    /// True when plain labels on [centre − halfSpan, centre + halfSpan] would need more than
    /// kMaxPlainDigits significant digits (about five ticks: a step of 2·halfSpan/5).
    static bool needsOffsets(double centre, double halfSpan);
    /// The value a label (as this ticker writes it: "2·10⁻⁷", "-0.5", "-0,5" in German) stands for: the
    /// number itself, or origin + the number when offsets are shown. NaN when it is no number.
    double valueOfLabel(const QString& label) const;

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;

private:
    double m_origin = std::numeric_limits<double>::quiet_NaN();
    double m_step = 0.0;
};

} // namespace gradlab
