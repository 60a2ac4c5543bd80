// gradlab::Text: sentences kept translatable in core/. Filling patterns (one pass, %%, missing arguments),
// nested sentences, verbatim names and numbers, sentences with a count (English singular and plural), joined
// and capitalised sentences and formulas, in English.

#include "text/text.h"

#include <QTest>

using namespace gradlab;

class TestText : public QObject {
    Q_OBJECT
private slots:
    void fill_data();
    void fill();
    void englishFillsNestedSentences();
    void emptyAndVerbatim();
    void countedPicksTheEnglishForm_data();
    void countedPicksTheEnglishForm();
    void percentNWithoutCountStays();
    void joinedCapitalizedAndFormula();
};

void TestText::fill_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "no arguments" << QStringList{} << "no arguments";
    QTest::newRow("in order") << "%1 at column %2" << QStringList{"x", "3"} << "x at column 3";
    QTest::newRow("reordered") << "column %2: %1" << QStringList{"x", "3"} << "column 3: x";
    QTest::newRow("twice") << "%1 and %1" << QStringList{"a"} << "a and a";
    QTest::newRow("argument holding %2 stays") << "%1 then %2" << QStringList{"%2", "b"} << "%2 then b";
    QTest::newRow("percent sign") << "100%% of %1" << QStringList{"it"} << "100% of it";
    QTest::newRow("lone percent") << "50 % off" << QStringList{} << "50 % off";
    QTest::newRow("trailing percent") << "50%" << QStringList{} << "50%";
    QTest::newRow("missing argument stays in sight") << "%1 %2" << QStringList{"a"} << "a %2";
    QTest::newRow("utf-8") << "η = %1, μ = %2" << QStringList{"0.1", "0.9"} << "η = 0.1, μ = 0.9";
    QTest::newRow("nine") << "%9%8%7%6%5%4%3%2%1" << QStringList{"1", "2", "3", "4", "5", "6", "7", "8", "9"}
                          << "987654321";
}

void TestText::fill() {
    QFETCH(QString, pattern);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    std::vector<std::string> a;
    for (const QString& s : args)
        a.push_back(s.toStdString());
    QCOMPARE(QString::fromStdString(Text::fill(pattern.toStdString(), a)), expected);
}

void TestText::englishFillsNestedSentences() {
    const Text hint(GRADLAB_TEXT("test", "did you mean '%1'?"), {Text::verbatim("sin")});
    const Text t(GRADLAB_TEXT("test", "unknown name '%1' at column %2 (%3)"),
                 {Text::verbatim("sn"), Text::number("4"), hint});
    QCOMPARE(t.kind(), Text::Kind::Sentence);
    QCOMPARE(QString::fromStdString(t.english()),
             QStringLiteral("unknown name 'sn' at column 4 (did you mean 'sin'?)"));
    QCOMPARE(t.args().size(), std::size_t(3));
    QCOMPARE(QString(t.pattern().context), QStringLiteral("test"));
}

void TestText::emptyAndVerbatim() {
    QVERIFY(Text().empty());
    QCOMPARE(Text().english(), std::string());
    QCOMPARE(Text::verbatim("%1 stays").english(), std::string("%1 stays"));
    QCOMPARE(Text::number("1e-06").english(), std::string("1e-06"));
    QCOMPARE(Text::number("0.25").kind(), Text::Kind::Number);
}

void TestText::countedPicksTheEnglishForm_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0: plural") << 0 << "after 0 steps the loss is 0.5";
    QTest::newRow("1: singular") << 1 << "after 1 step the loss is 0.5";
    QTest::newRow("2: plural") << 2 << "after 2 steps the loss is 0.5";
    QTest::newRow("21: plural (English has no 21 rule)") << 21 << "after 21 steps the loss is 0.5";
    QTest::newRow("-1: plural") << -1 << "after -1 steps the loss is 0.5";
}

void TestText::countedPicksTheEnglishForm() {
    QFETCH(int, count);
    QFETCH(QString, expected);
    const Text t =
        Text::counted(GRADLAB_TEXT_N("test", "after %n steps the loss is %1", "after %n step the loss is %1"),
                      count, {Text::number("0.5")});
    QVERIFY(t.isCounted());
    QCOMPARE(t.count(), static_cast<long long>(count));
    QCOMPARE(QString::fromStdString(t.english()), expected);
    QCOMPARE(QString(t.pattern().singular), QStringLiteral("after %n step the loss is %1"));
    // A singular that leaves the number out ("took its only step").
    const Text only = Text::counted(GRADLAB_TEXT_N("test", "took all %n steps", "took its only step"), count);
    QCOMPARE(QString::fromStdString(only.english()), count == 1
                                                         ? QStringLiteral("took its only step")
                                                         : QStringLiteral("took all %1 steps").arg(count));
}

void TestText::percentNWithoutCountStays() {
    // Only a counted sentence replaces %n; an argument holding %n is never filled.
    QCOMPARE(Text::fill("%n and %1", {"a"}), std::string("%n and a"));
    QCOMPARE(Text::fill("%n and %1", {"%n"}, "3"), std::string("3 and %n"));
    const Text plain(GRADLAB_TEXT("test", "100%% in %n"));
    QVERIFY(!plain.isCounted());
    QCOMPARE(plain.english(), std::string("100% in %n"));
}

void TestText::joinedCapitalizedAndFormula() {
    const Text a(GRADLAB_TEXT("test", "First one.")),
        b(GRADLAB_TEXT("test", "second: %1"), {Text::number("2")});
    const Text joined = Text::joined({a, Text(), Text::formula("%1.", {Text::capitalized(b)})});
    QCOMPARE(joined.kind(), Text::Kind::Joined);
    QCOMPARE(joined.english(), std::string("First one. Second: 2."));
    QVERIFY(Text::joined({Text(), Text()}).empty());
    QCOMPARE(Text::capitalized(Text::verbatim("élan")).english(), std::string("élan")); // ASCII only in core
    const Text f = Text::formula("r = 1 − %1·%2", {Text::number("0.1"), Text::number("3")});
    QCOMPARE(f.english(), std::string("r = 1 − 0.1·3"));
    QCOMPARE(QString(f.pattern().context), QString());
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
