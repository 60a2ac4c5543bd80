// A core sentence in the interface's language (translated(Text)): patterns and nested sentences looked up in
// the installed translations, verbatim names untouched, numbers with the locale's decimal point; English
// (no translation installed) equals Text::english().

#include "lessons/translated_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace gradlab;

namespace {

/// French for the two test patterns, nothing else.
class TestFrench : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override {
        if (qstrcmp(context, "test") != 0) return {};
        if (qstrcmp(source, "unknown name '%1' at column %2 (%3)") == 0)
            return QStringLiteral("nom inconnu « %1 » à la colonne %2 (%3)");
        if (qstrcmp(source, "did you mean '%1'?") == 0) return QStringLiteral("vouliez-vous dire « %1 » ?");
        if (qstrcmp(source, "η = %1 is %2") == 0) return QStringLiteral("%2 : η = %1");
        return {};
    }
};

Text unknownName() {
    const Text hint(GRADLAB_TEXT("test", "did you mean '%1'?"), {Text::verbatim("sin")});
    return Text(GRADLAB_TEXT("test", "unknown name '%1' at column %2 (%3)"),
                {Text::verbatim("sn"), Text::number("4"), hint});
}

} // namespace

class TestTranslatedText : public QObject {
    Q_OBJECT
private slots:
    void englishEqualsCore_data();
    void englishEqualsCore();
    void translationFillsEveryLevel();
    void numbersTakeTheLocalesDecimalPoint();
};

void TestTranslatedText::englishEqualsCore_data() {
    QTest::addColumn<int>("which");
    for (int i = 0; i < 4; ++i)
        QTest::addRow("%d", i) << i;
}

void TestTranslatedText::englishEqualsCore() {
    QFETCH(int, which);
    const Text texts[] = {unknownName(), Text::verbatim("x^2 + 1"), Text::number("0.001"),
                          Text(GRADLAB_TEXT("test", "%1 of %2 (%3%%)"),
                               {Text::number("3"), Text::number("4"), Text::number("75")})};
    QCOMPARE(translated(texts[which]), QString::fromStdString(texts[which].english()));
}

void TestTranslatedText::translationFillsEveryLevel() {
    TestFrench french;
    QCoreApplication::installTranslator(&french);
    QCOMPARE(translated(unknownName()),
             QStringLiteral("nom inconnu « sn » à la colonne 4 (vouliez-vous dire « sin » ?)"));
    // An untranslated pattern stays English; a verbatim argument is never looked up.
    const Text untranslated(GRADLAB_TEXT("test", "no such pattern %1"),
                            {Text::verbatim("did you mean '%1'?")});
    QCOMPARE(translated(untranslated), QStringLiteral("no such pattern did you mean '%1'?"));
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(translated(unknownName()),
             QStringLiteral("unknown name 'sn' at column 4 (did you mean 'sin'?)"));
}

void TestTranslatedText::numbersTakeTheLocalesDecimalPoint() {
    TestFrench french;
    QCoreApplication::installTranslator(&french);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const Text t(GRADLAB_TEXT("test", "η = %1 is %2"), {Text::number("0.25"), Text::verbatim("x.y")});
    QCOMPARE(translated(t), QStringLiteral("x.y : η = 0,25"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(translated(Text::number("1.5e-06")), QStringLiteral("1,5e-06"));
    QLocale::setDefault(before);
    QCOMPARE(translated(Text::number("1.5e-06")), QStringLiteral("1.5e-06"));
    QCoreApplication::removeTranslator(&french);
}

QTEST_GUILESS_MAIN(TestTranslatedText)
#include "tst_translated_text.moc"
