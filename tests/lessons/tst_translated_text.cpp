// A core sentence in the interface's language (translated(Text)): patterns and nested sentences looked up in
// the installed translations, verbatim names untouched, numbers with the locale's decimal point; English
// (no translation installed) equals Text::english().

#include "lessons/number_format.h"
#include "lessons/translated_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace gradlab;

namespace {

/// French for the test patterns, nothing else. The counted one has French's two forms (0 and 1 singular), and
/// answers only when asked with the English singular as disambiguation, as lupdate writes it.
class TestFrench : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        if (qstrcmp(context, "test") != 0) return {};
        if (qstrcmp(source, "after %n steps the loss is %1") == 0)
            return qstrcmp(disambiguation, "after %n step the loss is %1") != 0 ? QString()
                   : n <= 1 ? QStringLiteral("après %n étape, la perte vaut %1")
                            : QStringLiteral("après %n étapes, la perte vaut %1");
        if (qstrcmp(source, "converging: %1") == 0) return QStringLiteral("convergence : %1");
        if (qstrcmp(source, "First.") == 0) return QStringLiteral("D'abord.");
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
    void countsTakeTheLanguagesForm_data();
    void countsTakeTheLanguagesForm();
    void joinedAndCapitalizedAfterTranslation();
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
    // The display locale's separator (View → Language sets it), as formatValue() writes numbers; not the
    // system's locale, which the command line and an English interface ignore.
    const QLocale system;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(translated(Text::number("1.5e-06")), QStringLiteral("1.5·10⁻⁶"));
    QLocale::setDefault(system);
    setDisplayLocale(QLocale(QLocale::French, QLocale::France));
    const Text t(GRADLAB_TEXT("test", "η = %1 is %2"), {Text::number("0.25"), Text::verbatim("x.y")});
    QCOMPARE(translated(t), QStringLiteral("x.y : η = 0,25"));
    setDisplayLocale(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(translated(Text::number("1.5e-06")), QStringLiteral("1,5·10⁻⁶"));
    setDisplayLocale(QLocale::c());
    QCOMPARE(translated(Text::number("1.5e-06")), QStringLiteral("1.5·10⁻⁶"));
    QCoreApplication::removeTranslator(&french);
}

void TestTranslatedText::countsTakeTheLanguagesForm_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    QTest::newRow("0") << 0 << "after 0 steps the loss is 0.5"
                       << "après 0 étape, la perte vaut 0,5";
    QTest::newRow("1") << 1 << "after 1 step the loss is 0.5"
                       << "après 1 étape, la perte vaut 0,5";
    QTest::newRow("2") << 2 << "after 2 steps the loss is 0.5"
                       << "après 2 étapes, la perte vaut 0,5";
    QTest::newRow("100") << 100 << "after 100 steps the loss is 0.5"
                         << "après 100 étapes, la perte vaut 0,5";
}

void TestTranslatedText::countsTakeTheLanguagesForm() {
    QFETCH(int, count);
    QFETCH(QString, english);
    QFETCH(QString, french);
    const Text t =
        Text::counted(GRADLAB_TEXT_N("test", "after %n steps the loss is %1", "after %n step the loss is %1"),
                      count, {Text::number("0.5")});
    // No translation installed: the English form, as english() picks it (singular for 1 only).
    QCOMPARE(translated(t), english);
    QCOMPARE(translated(t), QString::fromStdString(t.english()));
    TestFrench french_;
    QCoreApplication::installTranslator(&french_);
    setDisplayLocale(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(translated(t), french);
    // A count whose message no translation holds falls back to the English form.
    const Text other =
        Text::counted(GRADLAB_TEXT_N("test", "took all %n steps", "took its only step"), count);
    QCOMPARE(translated(other), QString::fromStdString(other.english()));
    setDisplayLocale(QLocale::c());
    QCoreApplication::removeTranslator(&french_);
}

void TestTranslatedText::joinedAndCapitalizedAfterTranslation() {
    const Text verdict(GRADLAB_TEXT("test", "converging: %1"), {Text::verbatim("x")});
    const Text t = Text::joined({Text(GRADLAB_TEXT("test", "First.")), Text::capitalized(verdict)});
    QCOMPARE(translated(t), QStringLiteral("First. Converging: x"));
    TestFrench french;
    QCoreApplication::installTranslator(&french);
    // Capitalised after translation: the French word's first letter, not the English one's.
    QCOMPARE(translated(t), QStringLiteral("D'abord. Convergence : x"));
    QCoreApplication::removeTranslator(&french);
}

QTEST_GUILESS_MAIN(TestTranslatedText)
#include "tst_translated_text.moc"
