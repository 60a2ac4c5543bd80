#pragma once
// Ticks for a base-10 logarithmic axis that stay round and never repeat a label, however narrow or wide
// the range: powers of ten (every k-th decade on a wide range), else round mantissas inside a decade
// (3·10¹, 10², 3·10²; then 2, 5; then 1…9), else evenly spaced ticks on a range narrower than one step of
// those. Labels carry just enough digits to differ. (QCustomPlot's own log ticker switches to linear ticks
// on ranges under 1.6 decades and rounds them to one digit: "3·10¹, 3·10¹".)

#include <qcustomplot.h>

namespace gradlab {

class LogTicker : public QCPAxisTicker {
public:
    LogTicker() = default;

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QVector<double> createSubTickVector(int subTickCount, const QVector<double>& ticks) override;
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;

private:
    enum class Mode { Decades, Mantissas, Linear };
    Mode m_mode = Mode::Decades;
    QCPRange m_range; ///< the range the ticks were last made for
    int m_decadeStep = 1;
};

} // namespace gradlab
