// Log axes label their ticks with round numbers that never repeat, over narrow ranges inside one decade,
// ranges of about a decade (the lessons' ranges before a run starts) and ranges of many decades. Linear axes
// write their numbers as the lessons' text does: a true minus sign, the language's decimal separator and
// powers of ten, never "-1E+07".

#include "lessons/number_format.h"
#include "plotting/lesson_plot.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <cmath>

using namespace gradlab;

class TestLogAxis : public QObject {
    Q_OBJECT
private slots:
    void labelsAreDistinctAndRound_data();
    void labelsAreDistinctAndRound();
    void lessonRangesHaveDistinctLabels_data();
    void lessonRangesHaveDistinctLabels();
    void linearLabelsAreWrittenAsTheText_data();
    void linearLabelsAreWrittenAsTheText();
    void countAxesTickOnWholeNumbers_data();
    void countAxesTickOnWholeNumbers();

private:
    /// The labels of the ticks the y axis shows for [lo, hi] on a plot of the size a lesson gives it.
    static QVector<QString> visibleLabels(double lo, double hi, bool viaSetLogRange, QVector<double>* ticks);
};

QVector<QString> TestLogAxis::visibleLabels(double lo, double hi, bool viaSetLogRange,
                                            QVector<double>* ticks) {
    LessonPlot plot;
    plot.resize(520, 360);
    LessonPlot::setLogScale(plot.yAxis);
    if (viaSetLogRange)
        LessonPlot::setLogRange(plot.yAxis, lo, hi);
    else
        plot.yAxis->setRange(lo, hi);
    plot.replot();
    QVector<QString> labels;
    ticks->clear();
    const QCPRange r = plot.yAxis->range();
    for (int i = 0; i < plot.yAxis->tickVector().size(); ++i) {
        const double t = plot.yAxis->tickVector()[i];
        if (t < r.lower || t > r.upper) continue;
        ticks->append(t);
        labels.append(plot.yAxis->tickVectorLabels()[i]);
    }
    return labels;
}

void TestLogAxis::labelsAreDistinctAndRound_data() {
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("maxDigits"); // significant digits a label's mantissa may need
    QTest::newRow("inside one decade 20..40") << 20.0 << 40.0 << 2;
    QTest::newRow("inside one decade 2.2..8.7") << 2.2 << 8.7 << 2;
    QTest::newRow("inside one decade 0.031..0.062") << 0.031 << 0.062 << 2;
    QTest::newRow("a factor of 20 around 30") << 30 / std::sqrt(20.0) << 30 * std::sqrt(20.0) << 2;
    QTest::newRow("a factor of 20 around 1000") << 1000 / std::sqrt(20.0) << 1000 * std::sqrt(20.0) << 2;
    QTest::newRow("1.3 decades 22..440") << 22.0 << 440.0 << 2;
    QTest::newRow("just over a decade 0.9..11") << 0.9 << 11.0 << 2;
    QTest::newRow("two decades") << 0.05 << 5.0 << 1;
    QTest::newRow("six decades") << 1e-4 << 1e2 << 1;
    QTest::newRow("nineteen decades") << 1e-16 << 1e3 << 1;
    QTest::newRow("sixty decades") << 1e-40 << 1e20 << 1;
    QTest::newRow("very narrow 100..105") << 100.0 << 105.0 << 4;
    QTest::newRow("very narrow 0.5..0.52") << 0.5 << 0.52 << 4;
}

void TestLogAxis::labelsAreDistinctAndRound() {
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, maxDigits);
    QVector<double> ticks;
    const QVector<QString> labels = visibleLabels(lo, hi, false, &ticks);
    QVERIFY2(labels.size() >= 2, qPrintable(QStringList(labels.begin(), labels.end()).join(", ")));
    QVERIFY2(labels.size() <= 12, qPrintable(QString::number(labels.size())));
    // One style on an axis: powers of ten for all or for none ("8·10¹" never beside "50"); plain numbers
    // wherever every tick lies between a thousandth and ten thousand and the ticks are not whole decades.
    static const QRegularExpression power(QStringLiteral("10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$"));
    int powers = 0;
    for (const QString& label : labels)
        powers += label.contains(power);
    const QString all = QStringList(labels.begin(), labels.end()).join(QStringLiteral(", "));
    QVERIFY2(powers == 0 || powers == labels.size(), qPrintable(all));
    if (lo >= 1e-3 && hi < 1e4 && hi / lo < 100) QVERIFY2(powers == 0, qPrintable(all));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    for (int i = 0; i < labels.size(); ++i) {
        // The label reads back to its tick, and its mantissa is round.
        const QString& label = labels[i];
        QVERIFY2(std::fabs(shownNumber(label) - ticks[i]) <= 1e-9 * ticks[i], qPrintable(label));
        // A power of ten as the GUI writes it: "10³", "2.5·10³".
        QVERIFY2(!label.contains(QLatin1Char('e')), qPrintable(label));
        const qsizetype times = label.indexOf(QStringLiteral("·"));
        const QString mantissa = times < 0 ? QStringLiteral("1") : label.left(times);
        // Its significant digits: "0.03", "30" and "3·10⁴" have one.
        QString significant = QString(mantissa).remove(QLatin1Char('.')).remove(QLatin1Char(','));
        while (significant.startsWith(QLatin1Char('0')) && significant.size() > 1)
            significant.remove(0, 1);
        while (significant.endsWith(QLatin1Char('0')) && significant.size() > 1)
            significant.chop(1);
        const int digits = static_cast<int>(significant.size());
        QVERIFY2(digits <= maxDigits, qPrintable(label));
    }
}

void TestLogAxis::lessonRangesHaveDistinctLabels_data() {
    // setLogRange as the lessons call it, with the data ranges they have before a run (one point, or a
    // few close together) and after.
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::newRow("one loss 25") << 25.0 << 25.0;
    QTest::newRow("one loss 1000") << 1000.0 << 1000.0;
    QTest::newRow("one gap 4.2e-3") << 4.2e-3 << 4.2e-3;
    QTest::newRow("two close values 30, 45") << 30.0 << 45.0;
    QTest::newRow("error table 1e-11..1e-1") << 1e-11 << 0.1;
    QTest::newRow("race gap 1e-9..24") << 1e-9 << 24.0;
}

void TestLogAxis::lessonRangesHaveDistinctLabels() {
    QFETCH(double, lo);
    QFETCH(double, hi);
    QVector<double> ticks;
    const QVector<QString> labels = visibleLabels(lo, hi, true, &ticks);
    QVERIFY(labels.size() >= 2);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
}

void TestLogAxis::linearLabelsAreWrittenAsTheText_data() {
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<bool>("comma");
    QTest::newRow("-3..3") << -3.0 << 3.0 << false;
    QTest::newRow("0..1, decimal comma") << 0.0 << 1.0 << true;
    QTest::newRow("divergent w: -4e7..1e7") << -4e7 << 1e7 << false;
    QTest::newRow("divergent w, decimal comma") << -4e7 << 1e7 << true;
    QTest::newRow("tiny: 1e-7..5e-7") << 1e-7 << 5e-7 << true;
    QTest::newRow("zero inside: -0.3..0.7") << -0.3 << 0.7 << false;
    QTest::newRow("up to 1.5e6: 5·10⁵ beside 10⁶") << 0.0 << 1.5e6 << false;
    QTest::newRow("-2e6..2e6, decimal comma") << -2e6 << 2e6 << true;
    QTest::newRow("up to 900000: plain") << 0.0 << 9e5 << false;
}

void TestLogAxis::linearLabelsAreWrittenAsTheText() {
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(bool, comma);
    setDisplayLocale(comma ? QLocale(QLocale::French) : QLocale::c());
    LessonPlot plot; // its locale and ticker are chosen when it is made
    plot.resize(520, 360);
    plot.yAxis->setRange(lo, hi);
    plot.replot();
    setDisplayLocale(QLocale::c());
    const QCPRange r = plot.yAxis->range();
    int shown = 0;
    for (int i = 0; i < plot.yAxis->tickVector().size(); ++i) {
        const double t = plot.yAxis->tickVector()[i];
        if (t < r.lower || t > r.upper) continue;
        ++shown;
        const QString label = plot.yAxis->tickVectorLabels()[i];
        QVERIFY2(!label.contains(QLatin1Char('e')) && !label.contains(QLatin1Char('E')), qPrintable(label));
        QVERIFY2(!label.contains(QLatin1Char('-')), qPrintable(label)); // "−", U+2212, as the text writes it
        QCOMPARE(label.startsWith(QStringLiteral("−")), t < 0);
        QVERIFY2(!label.contains(QLatin1Char(comma ? '.' : ',')), qPrintable(label));
        setDisplayLocale(comma ? QLocale(QLocale::French) : QLocale::c());
        const double read = shownNumber(label);
        setDisplayLocale(QLocale::c());
        QVERIFY2(std::fabs(read - t) <= 1e-9 * std::max(std::fabs(t), hi - lo), qPrintable(label));
    }
    QVERIFY(shown >= 3);
    // One style on the axis: once a label is a power of ten, every label but 0 is.
    static const QRegularExpression power(QStringLiteral("10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$"));
    QStringList labels;
    for (int i = 0; i < plot.yAxis->tickVector().size(); ++i)
        if (r.contains(plot.yAxis->tickVector()[i]) && plot.yAxis->tickVector()[i] != 0.0)
            labels << plot.yAxis->tickVectorLabels()[i];
    const qsizetype powers = labels.filter(power).size();
    QVERIFY2(powers == 0 || powers == labels.size(), qPrintable(labels.join(QStringLiteral(", "))));
}

// An axis of steps or updates (LessonPlot::setCountScale) has ticks on whole numbers only, however short
// the range: the race before any run showed "0, 0,25, 0,5, 0,75, 1" under "step".
void TestLogAxis::countAxesTickOnWholeNumbers_data() {
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("fewest"); // ticks on the range at least
    QTest::newRow("no steps yet: 0..1") << 0.0 << 1.0 << 400 << 2;
    QTest::newRow("0..3, wide") << 0.0 << 3.0 << 900 << 4;
    QTest::newRow("0..7") << 0.0 << 7.0 << 400 << 3;
    QTest::newRow("0..100") << 0.0 << 100.0 << 400 << 3;
    QTest::newRow("0..4000") << 0.0 << 4000.0 << 300 << 3;
    QTest::newRow("zoomed in: 3.2..4.6") << 3.2 << 4.6 << 600 << 1;
    QTest::newRow("zoomed in: 12.5..19") << 12.5 << 19.0 << 600 << 3;
}

void TestLogAxis::countAxesTickOnWholeNumbers() {
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, width);
    QFETCH(int, fewest);
    LessonPlot plot;
    plot.resize(width, 300);
    LessonPlot::setCountScale(plot.xAxis);
    plot.xAxis->setRange(lo, hi);
    plot.replot();
    QStringList shown;
    for (int i = 0; i < plot.xAxis->tickVector().size(); ++i) {
        const double t = plot.xAxis->tickVector()[i];
        if (t < lo || t > hi) continue;
        const QString label = plot.xAxis->tickVectorLabels()[i];
        shown << label;
        QVERIFY2(t == std::round(t), qPrintable(label));
        QVERIFY2(label == formatValue(t), qPrintable(label));
    }
    QVERIFY2(shown.size() >= fewest, qPrintable(shown.join(QStringLiteral(", "))));
    // The same range on an axis of values still gets fractional ticks where they help.
    LessonPlot values;
    values.resize(width, 300);
    values.xAxis->setRange(0, 1);
    values.replot();
    QVERIFY(values.xAxis->tickVector().size() > 2);
}

QTEST_MAIN(TestLogAxis)
#include "tst_log_axis.moc"
