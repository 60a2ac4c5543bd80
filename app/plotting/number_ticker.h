#pragma once
// Ticks of a linear axis labelled as the GUI writes every number (formatValue): "−2" with a true minus sign,
// the display locale's decimal separator ("0,5"), powers of ten ("1,5·10⁷", never "1.5E+07").

#include <qcustomplot.h>

namespace gradlab {

class NumberTicker : public QCPAxisTicker {
public:
    NumberTicker() = default;
    /// A count (steps, updates): ticks on whole numbers only, never "0,25" between step 0 and step 1.
    void setWholeNumbers(bool whole) { m_whole = whole; }
    bool wholeNumbers() const { return m_whole; }

protected:
    double getTickStep(const QCPRange& range) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;

private:
    QCPRange m_range; ///< the range the ticks were last made for
    bool m_whole = false;
};

} // namespace gradlab
