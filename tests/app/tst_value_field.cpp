// The number field used for points and starts: it reads constant expressions at full precision,
// refuses what is not a number with a reason, and keeps the last good value.

#include "lessons/number_format.h"
#include "widgets/optimizer_box.h"
#include "widgets/value_field.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace gradlab;

class TestValueField : public QObject {
    Q_OBJECT
private slots:
    void readsConstantExpressions_data();
    void readsConstantExpressions();
    void refusesWhatIsNotANumber_data();
    void refusesWhatIsNotANumber();
    void enterCommitsTypedValue();
    void refusedInputKeepsValue();
    void arrowsStep();
    void showsFullPrecision();
    void draggedValuesReadShortAndStayExact();
    void decimalCommaIsADecimalSeparator();
    void numberFieldsTakeADecimalComma();
    void fieldsWriteExponentsAsTyped_data();
    void fieldsWriteExponentsAsTyped();
};

void TestValueField::readsConstantExpressions_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << "10" << 10.0;
    QTest::newRow("decimal") << "-1.25" << -1.25;
    QTest::newRow("exponent") << "1e-3" << 1e-3;
    QTest::newRow("pi/2") << "pi/2" << M_PI / 2;
    QTest::newRow("unicode pi") << "π/2" << M_PI / 2;
    QTest::newRow("sqrt") << "sqrt(2)" << std::sqrt(2.0);
    QTest::newRow("e power") << "e^-1" << std::exp(-1.0);
    QTest::newRow("third") << "1/3" << 1.0 / 3.0;
    QTest::newRow("spaces") << "  7.982548 " << 7.982548;
    // A decimal comma, as French, German and Spanish write it: formulas give ',' no other meaning.
    QTest::newRow("decimal comma") << "0,9" << 0.9;
    QTest::newRow("comma and exponent") << "-1,5e-3" << -1.5e-3;
    QTest::newRow("comma in an expression") << "2*0,25" << 0.5;
}

void TestValueField::readsConstantExpressions() {
    QFETCH(QString, text);
    QFETCH(double, value);
    const ValueRead r = ValueField::read(text);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.value, value);
}

void TestValueField::refusesWhatIsNotANumber_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("variable") << "x+1";
    QTest::newRow("broken") << "2*(3";
    QTest::newRow("infinite") << "1/0";
    QTest::newRow("undefined") << "ln(-1)";
}

void TestValueField::refusesWhatIsNotANumber() {
    QFETCH(QString, text);
    const ValueRead r = ValueField::read(text);
    QVERIFY(!r.ok);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(r.column >= 1);
}

void TestValueField::enterCommitsTypedValue() {
    ValueField field(QStringLiteral("Point"));
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QSignalSpy spy(&field, &ValueField::valueEntered);
    field.setFocus();
    field.selectAll();
    QTest::keyClicks(&field, QStringLiteral("pi/2"));
    QCOMPARE(spy.count(), 0);
    QTest::keyClick(&field, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDouble(), M_PI / 2);
    QCOMPARE(field.value(), M_PI / 2);
    // What was typed stays readable while it means the value in use.
    field.clearFocus();
    field.setValue(M_PI / 2);
    QCOMPARE(field.text(), QStringLiteral("pi/2"));
}

void TestValueField::refusedInputKeepsValue() {
    ValueField field(QStringLiteral("Point"));
    field.setValue(2);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QSignalSpy spy(&field, &ValueField::valueEntered);
    field.setFocus();
    field.selectAll();
    QTest::keyClicks(&field, QStringLiteral("2*(3"));
    QTest::keyClick(&field, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(field.value(), 2.0);
    QVERIFY(!field.errorMessage().isEmpty());
    QTest::keyClick(&field, Qt::Key_Escape);
    QCOMPARE(field.text(), QStringLiteral("2"));
}

void TestValueField::arrowsStep() {
    ValueField field(QStringLiteral("Point"));
    field.setValue(0.1);
    field.setStep(0.1);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QSignalSpy spy(&field, &ValueField::valueEntered);
    field.setFocus();
    QTest::keyClick(&field, Qt::Key_Up);
    QTest::keyClick(&field, Qt::Key_Up);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(field.text(), QStringLiteral("0.3"));
    QCOMPARE(field.value(), 0.3);
    QTest::keyClick(&field, Qt::Key_Down);
    QCOMPARE(field.value(), 0.2);
}

void TestValueField::showsFullPrecision() {
    QCOMPARE(ValueField::shortestText(7.982548), QStringLiteral("7.982548"));
    QCOMPARE(ValueField::shortestText(M_PI).toDouble(), M_PI);
    QCOMPARE(ValueField::shortestText(0.1), QStringLiteral("0.1"));
    QCOMPARE(ValueField::shortestText(0), QStringLiteral("0"));
    QCOMPARE(ValueField::shortestText(100), QStringLiteral("100"));
    QCOMPARE(ValueField::shortestText(-2000), QStringLiteral("-2000"));
}

void TestValueField::draggedValuesReadShortAndStayExact() {
    // A value set by a drag is shown to 7 digits from its start, not as 17 digits scrolled to the end;
    // passing through the field without typing never rounds it.
    const double dragged = 2.0025278058645095;
    ValueField field(QStringLiteral("Point"));
    field.setValue(dragged);
    QCOMPARE(field.text(), QStringLiteral("2.002528"));
    QCOMPARE(field.cursorPosition(), 0);
    field.setValue(0.1 + 0.055);
    QCOMPARE(field.text(), QStringLiteral("0.155"));
    field.setValue(dragged);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QSignalSpy spy(&field, &ValueField::valueEntered);
    field.setFocus();
    QTest::keyClick(&field, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDouble(), dragged);
    field.clearFocus();
    QCOMPARE(field.value(), dragged);
    QCOMPARE(spy.count(), 1);
    // Typing the shown text is an entry like any other.
    field.setFocus();
    field.selectAll();
    QTest::keyClicks(&field, QStringLiteral("2.5"));
    QTest::keyClick(&field, Qt::Key_Return);
    QCOMPARE(field.value(), 2.5);
}

void TestValueField::decimalCommaIsADecimalSeparator() {
    // Where the interface writes "0,25", the field shows its value so and reads what is typed so.
    setDisplayLocale(QLocale(QLocale::German));
    ValueField field(QStringLiteral("Learning rate"));
    field.setValue(0.25);
    QCOMPARE(field.text(), QStringLiteral("0,25"));
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QSignalSpy spy(&field, &ValueField::valueEntered);
    field.setFocus();
    field.selectAll();
    QTest::keyClicks(&field, QStringLiteral("1,05"));
    QTest::keyClick(&field, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(field.value(), 1.05);
    field.setStep(0.1);
    QTest::keyClick(&field, Qt::Key_Up);
    QCOMPARE(field.text(), QStringLiteral("1,15"));
    QCOMPARE(field.value(), 1.15);
    setDisplayLocale(QLocale::c());
    field.clearFocus();
    field.setValue(0.5);
    QCOMPARE(field.text(), QStringLiteral("0.5"));
}

void TestValueField::numberFieldsTakeADecimalComma() {
    // The learning-rate and tolerance fields: a typed comma is kept and read as the decimal separator (it
    // had been dropped as typed, so that "0,9" became 9), in English as in German.
    for (const QLocale& locale : {QLocale::c(), QLocale(QLocale::German)}) {
        setDisplayLocale(locale);
        QWidget window;
        QLineEdit* field = createNumberField(&window, QStringLiteral("Learning rate"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("0,9"));
        QCOMPARE(field->text(), QStringLiteral("0,9"));
        double v = 0;
        QVERIFY(readNumber(field, &v));
        QCOMPARE(v, 0.9);
        field->setText(QString());
        QTest::keyClicks(field, QStringLiteral("1.5e-3"));
        QVERIFY(readNumber(field, &v));
        QCOMPARE(v, 1.5e-3);
        // A second separator is refused as typed: "0,9,1" cannot be entered.
        field->setText(QString());
        QTest::keyClicks(field, QStringLiteral("0,9,1"));
        QCOMPARE(field->text(), QStringLiteral("0,91"));
    }
    QCOMPARE(numberFieldText(0.1), QStringLiteral("0,1"));
    setDisplayLocale(QLocale::c());
    QCOMPARE(numberFieldText(0.1), QStringLiteral("0.1"));
}

void TestValueField::fieldsWriteExponentsAsTyped_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("tolerance") << 1e-6 << "1e-6";
    QTest::newRow("large") << 1e6 << "1e6";
    QTest::newRow("mantissa") << 2.5e-10 << "2.5e-10";
    QTest::newRow("two-digit exponent") << 3e12 << "3e12";
    QTest::newRow("three-digit exponent") << 1e-300 << "1e-300";
    QTest::newRow("negative") << -4.25e-7 << "-4.25e-7";
    QTest::newRow("no exponent") << 0.125 << "0.125";
}

void TestValueField::fieldsWriteExponentsAsTyped() {
    // "1e-06" was shown where one types "1e-6"; what is shown reads back as the same number.
    QFETCH(double, value);
    QFETCH(QString, shown);
    QCOMPARE(numberFieldText(value), shown);
    QLineEdit field;
    field.setText(numberFieldText(value));
    double back = 0.0;
    QVERIFY(readNumber(&field, &back));
    QCOMPARE(back, value);
    // A point's field writes the shortest exact text (1000000 rather than 1e6), in the same exponent style.
    ValueField point(QStringLiteral("Point"));
    point.setValue(value);
    QVERIFY2(!point.text().contains(QRegularExpression(QStringLiteral("e\\+|e-?0"))),
             qPrintable(point.text()));
    QCOMPARE(ValueField::read(point.text()).value, value);
}

QTEST_MAIN(TestValueField)
#include "tst_value_field.moc"
