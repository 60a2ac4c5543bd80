// Numbers and counts as the GUI shows them in each language: the display locale's decimal separator
// (formatValue, and shownNumber reading it back), and English plural forms for tr()'s "%n step(s)".

#include "lessons/english_plurals.h"
#include "lessons/number_format.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>
#include <cmath>

using namespace gradlab;

namespace {

/// A translator that knows one counted message and no other: what a language with some messages not yet
/// translated looks like.
class OneMessage : public QTranslator {
public:
    QString translate(const char*, const char* source, const char*, int n) const override {
        if (QByteArray(source) != "%n point(s)") return {};
        return n == 1 ? QStringLiteral("%n Punkt") : QStringLiteral("%n Punkte");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestNumberFormat : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { setDisplayLocale(QLocale::c()); }
    void decimalSeparatorFollowsTheLocale_data();
    void decimalSeparatorFollowsTheLocale();
    void powersOfTenInEveryLanguage_data();
    void powersOfTenInEveryLanguage();
    void englishCountsHaveTheirPluralForms_data();
    void englishCountsHaveTheirPluralForms();
    void aTranslationWinsOverTheEnglishForm();
    void axisLabelsHaveOneStyle_data();
    void axisLabelsHaveOneStyle();
};

void TestNumberFormat::decimalSeparatorFollowsTheLocale_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<double>("lastDigit");
    QTest::newRow("C, a slope") << "C" << 0.25 << "0.25" << 0.01;
    QTest::newRow("English") << "en" << -1.5 << "−1.5" << 0.1;
    QTest::newRow("German, a slope") << "de" << 0.25 << "0,25" << 0.01;
    QTest::newRow("German, negative") << "de" << -1.5 << "−1,5" << 0.1;
    QTest::newRow("German, exponent") << "de" << 1.25e-7 << "1,25·10⁻⁷" << 1e-9;
    QTest::newRow("German, whole") << "de" << 12.0 << "12" << 1.0;
    QTest::newRow("French") << "fr" << 3.125 << "3,125" << 0.001;
    QTest::newRow("Spanish") << "es" << 0.5 << "0,5" << 0.1;
}

void TestNumberFormat::decimalSeparatorFollowsTheLocale() {
    QFETCH(QString, locale);
    QFETCH(double, value);
    QFETCH(QString, shown);
    QFETCH(double, lastDigit);
    setDisplayLocale(QLocale(locale));
    QCOMPARE(formatValue(value), shown);
    QCOMPARE(shownNumber(shown), value); // read back in the same language
    QCOMPARE(lastDigitUnit(shown), lastDigit);
    QCOMPARE(productRelation({formatValue(value), QStringLiteral("2")}, formatValue(2 * value)),
             QStringLiteral("="));
    // What is not a shown number keeps its '.': a tick label written by QString::number is converted
    // only through withDisplayDecimal().
    QCOMPARE(withDisplayDecimal(QStringLiteral("0.5")),
             QString(QStringLiteral("0") + displayDecimalPoint() + "5"));
    // A point's coordinates stay apart when the separator is a comma.
    const QString between =
        displayDecimalPoint() == QLatin1String(",") ? QStringLiteral("; ") : QStringLiteral(", ");
    QCOMPARE(shownPoint(shown, QStringLiteral("2")), QString(QLatin1Char('(') + shown + between + "2)"));
}

void TestNumberFormat::powersOfTenInEveryLanguage_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("shown"); // with '.', the language's separator put in by the test
    const struct {
        const char* name;
        double value;
        const char* shown;
    } values[] = {{"tiny", 1.60694e-6, "1.60694·10⁻⁶"},
                  {"a power of ten", 1e-6, "10⁻⁶"},
                  {"tinier", 3.65375e-15, "3.65375·10⁻¹⁵"},
                  {"huge", 1234567.0, "1.23457·10⁶"},
                  {"a huge power of ten", 1e21, "10²¹"},
                  {"the largest double", 1.7976931348623157e308, "1.79769·10³⁰⁸"},
                  {"negative tiny", -3.5e-12, "−3.5·10⁻¹²"},
                  {"negative huge", -2.5e7, "−2.5·10⁷"},
                  {"integer", 42.0, "42"},
                  {"large integer", 123456.0, "123456"},
                  {"negative integer", -7.0, "−7"},
                  {"small, no exponent", 0.000123, "0.000123"}};
    for (const char* locale : {"C", "en", "de", "fr", "es"})
        for (const auto& v : values)
            QTest::addRow("%s, %s", locale, v.name) << locale << v.value << QString::fromUtf8(v.shown);
}

// One style of exponent in every language: "1,60694·10⁻⁶", never "1,60694e-06", "1.6e−6" or "1E+06"; numbers
// read back from it, and a core sentence's number (written with printf's "e-06") reads the same.
void TestNumberFormat::powersOfTenInEveryLanguage() {
    QFETCH(QString, locale);
    QFETCH(double, value);
    QFETCH(QString, shown);
    setDisplayLocale(QLocale(locale));
    shown.replace(QLatin1Char('.'), displayDecimalPoint());
    QCOMPARE(formatValue(value), shown);
    QVERIFY(!shown.contains(QLatin1Char('e')) && !shown.contains(QLatin1Char('E')));
    QVERIFY2(std::fabs(shownNumber(shown) - value) <= 1e-5 * std::fabs(value), qPrintable(shown));
    QCOMPARE(shownNumber(QLatin1Char('(') + shown + QLatin1Char(')')), shownNumber(shown));
    QString printed = QString::number(value, 'g', 6);
    printed.replace(QLatin1Char('-'), QStringLiteral("−"));
    QCOMPARE(withDisplayDecimal(printed), shown);
    QCOMPARE(
        withDisplayDecimal(QString::number(value, 'g', 6)).replace(QLatin1Char('-'), QStringLiteral("−")),
        shown);
    // A power raised to a power keeps its parentheses: (1,5·10⁻⁵)², not 1,5·10⁻⁵².
    QCOMPARE(withDisplayDecimal(QStringLiteral("1.5e-05²")),
             QStringLiteral("(1") + displayDecimalPoint() + QStringLiteral("5·10⁻⁵)²"));
}

void TestNumberFormat::englishCountsHaveTheirPluralForms_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("shown");
    QTest::newRow("one step") << "%n step(s)" << 1 << "1 step";
    QTest::newRow("three steps") << "%n step(s)" << 3 << "3 steps";
    QTest::newRow("no steps") << "%n step(s)" << 0 << "0 steps";
    QTest::newRow("inside a sentence") << "Saved %1 (%n row(s))" << 1 << "Saved %1 (1 row)";
    QTest::newRow("two words") << "%1 feeds %n arrow(s), %n batch(es)" << 2 << "%1 feeds 2 arrows, 2 batches";
    QTest::newRow("one batch") << "%n batch(es)" << 1 << "1 batch";
    QTest::newRow("not a suffix") << "f(s) over %n step(s)" << 1 << "f(s) over 1 step";
}

void TestNumberFormat::englishCountsHaveTheirPluralForms() {
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, shown);
    // Installed when the application starts (number_format.cpp), with no language chosen.
    QCOMPARE(QCoreApplication::translate("Test", source.toUtf8().constData(), nullptr, n), shown);
    // Without a count the text is left alone.
    QCOMPARE(QCoreApplication::translate("Test", "%n step(s)"), QStringLiteral("%n step(s)"));
}

void TestNumberFormat::aTranslationWinsOverTheEnglishForm() {
    OneMessage german;
    QCoreApplication::installTranslator(&german);
    QCOMPARE(QCoreApplication::translate("Test", "%n point(s)", nullptr, 1), QStringLiteral("1 Punkt"));
    QCOMPARE(QCoreApplication::translate("Test", "%n point(s)", nullptr, 4), QStringLiteral("4 Punkte"));
    // A message the language has not translated yet falls back to right English.
    QCOMPARE(QCoreApplication::translate("Test", "%n row(s)", nullptr, 1), QStringLiteral("1 row"));
    QCoreApplication::removeTranslator(&german);
}

void TestNumberFormat::axisLabelsHaveOneStyle_data() {
    QTest::addColumn<QList<double>>("ticks");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("a colour bar 60..100") << QList<double>{60, 80, 100} << QStringList{"60", "80", "100"};
    QTest::newRow("spanning 0") << QList<double>{-100, -50, 0, 50, 100, 150}
                                << QStringList{"−100", "−50", "0", "50", "100", "150"};
    QTest::newRow("log mantissas 1..2500") << QList<double>{1, 5, 30, 100, 300, 800, 2500}
                                           << QStringList{"1", "5", "30", "100", "300", "800", "2500"};
    QTest::newRow("up to 1.5e6: all powers")
        << QList<double>{0, 5e5, 1e6, 1.5e6} << QStringList{"0", "5·10⁵", "10⁶", "1.5·10⁶"};
    QTest::newRow("exact, not rounded")
        << QList<double>{1e6, 1.25e6, 1.5e6} << QStringList{"10⁶", "1.25·10⁶", "1.5·10⁶"};
    QTest::newRow("tiny") << QList<double>{0, 2e-5, 4e-5} << QStringList{"0", "2·10⁻⁵", "4·10⁻⁵"};
    QTest::newRow("decimals") << QList<double>{0.1, 0.2, 0.30000000000000004}
                              << QStringList{"0.1", "0.2", "0.3"};
    QTest::newRow("close to a million, distinct")
        << QList<double>{1000000.0002, 1000000.0004} << QStringList{"1.0000000002·10⁶", "1.0000000004·10⁶"};
}

// One style per axis: plain, or powers of ten for every label; each exact and distinct.
void TestNumberFormat::axisLabelsHaveOneStyle() {
    QFETCH(QList<double>, ticks);
    QFETCH(QStringList, labels);
    QCOMPARE(QStringList(axisLabels(ticks)), labels);
    // Ticks beyond the axis do not decide: 10⁶ just past an axis that ends at 900000.
    QCOMPARE(axisLabels({8e5, 9e5, 1e6}, [](double t) { return t < 9.5e5; }).first(),
             QStringLiteral("800000"));
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_number_format.moc"
