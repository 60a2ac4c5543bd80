// View → Language: the translators installed for each language (GradLab's and Qt's own), the choice
// remembered, and a change of language that keeps every lesson's state, the file's changed mark and the
// lesson shown.

#include "export/export_dialog.h"
#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/fit_lesson.h"
#include "lessons/lesson_catalogue.h"
#include "lessons/lesson_file.h"
#include "lessons/race_lesson.h"
#include "lessons/secant_lesson.h"
#include "lessons/slope_lesson.h"
#include "undo/lesson_document.h"
#include "views/secant_view.h"
#include "views/slope_figure.h"
#include "views/slope_view.h"
#include "widgets/formula_field.h"
#include "widgets/value_field.h"
#include "window/language.h"
#include "window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace gradlab;

namespace {

QStringList menuTitles(MainWindow* w) {
    QStringList titles;
    for (QAction* a : w->menuBar()->actions())
        titles << a->text();
    return titles;
}

/// View → Language's action for `code` ("" for the system's language): the only actions that carry data.
QAction* languageAction(MainWindow* w, const QString& code) {
    for (QAction* a : w->findChildren<QAction*>())
        if (a->isCheckable() && a->data().isValid() && a->data().toString() == code) return a;
    return nullptr;
}

/// Records every lookup the interface makes (context and source) and translates nothing.
class RecordingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override {
        lookups.insert({QString::fromUtf8(context), QString::fromUtf8(source)});
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<std::pair<QString, QString>> lookups;
};

/// Each source text of a .ts file and the contexts it is filed under.
QHash<QString, QSet<QString>> contextsOfSources(const QString& path) {
    QHash<QString, QSet<QString>> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            out[xml.readElementText()] << context;
    }
    return out;
}

/// Puts `model` in the state that shows its longest words; false for a lesson with no such state.
bool makeBusy(Lesson* model) {
    if (auto* descent = qobject_cast<DescentLesson*>(model)) {
        descent->setLearningRate(1.2); // diverges on the lessons' parabolas
        descent->setNoise(0.2);
        descent->setShowState(true);
        return true;
    }
    if (auto* race = qobject_cast<RaceLesson*>(model)) {
        for (OptimizerKind k : kOptimizers)
            race->setEnabled(k, true);
        race->setShowState(true);
        race->runToEnd();
        return true;
    }
    if (auto* fit = qobject_cast<FitLesson*>(model)) {
        fit->runToEnd();
        return true;
    }
    return false;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GradLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
        QSettings().clear();
    }
    void cleanup() {
        Language::install(QStringLiteral("en"));
        QSettings().clear();
    }
    void installTranslatesOwnAndQtStrings_data();
    void installTranslatesOwnAndQtStrings();
    void unknownLanguageInstallsNothing();
    void choiceIsRemembered();
    void changingLanguageKeepsTheLessons();
    void everyLookupUsesTheContextItIsFiledUnder();
    void nothingIsCutInAnyLanguage_data();
    void nothingIsCutInAnyLanguage();
    void numbersFollowTheLanguage_data();
    void numbersFollowTheLanguage();
};

void TestLanguage::installTranslatesOwnAndQtStrings_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("view");   // GradLab's View menu
    QTest::addColumn<QString>("cancel"); // Qt's own standard button
    QTest::newRow("English") << "en"
                             << "&View"
                             << "Cancel";
    QTest::newRow("French") << "fr"
                            << "&Affichage"
                            << "Annuler";
    QTest::newRow("German") << "de"
                            << "&Ansicht"
                            << "Abbrechen";
    QTest::newRow("Spanish") << "es"
                             << "&Ver"
                             << "Cancelar";
}

void TestLanguage::installTranslatesOwnAndQtStrings() {
    QFETCH(QString, code);
    QFETCH(QString, view);
    QFETCH(QString, cancel);
    QVERIFY(Language::install(code));
    QCOMPARE(Language::current(), code);
    QCOMPARE(QCoreApplication::translate("gradlab::MainWindow", "&View"), view);
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
}

void TestLanguage::unknownLanguageInstallsNothing() {
    QVERIFY(Language::install(QStringLiteral("fr")));
    QVERIFY(!Language::install(QStringLiteral("xx")));
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("gradlab::MainWindow", "&View"), QStringLiteral("&View"));
}

void TestLanguage::choiceIsRemembered() {
    QCOMPARE(Language::translated(), (QStringList{"de", "es", "fr"})); // one per .ts file built in
    QCOMPARE(Language::chosen(), QString());                           // the system's language by default
    const QString system = Language::resolve(QString());
    QVERIFY(system == QLatin1String("en") || Language::translated().contains(system));
    Language::setChosen(QStringLiteral("de"));
    QCOMPARE(Language::chosen(), QStringLiteral("de"));
    QCOMPARE(Language::resolve(Language::chosen()), QStringLiteral("de"));
}

void TestLanguage::changingLanguageKeepsTheLessons() {
    QPointer<MainWindow> w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QCOMPARE(menuTitles(w), (QStringList{"&File", "&Edit", "&View", "&Help"}));
    auto* slope = static_cast<SlopeView*>(w->lesson(QStringLiteral("slope")));
    slope->formulaField()->setFormula(QStringLiteral("x^3 - 6x^2 + 9x + 1"));
    slope->lesson()->setX(2.5);
    w->showLesson(QStringLiteral("secant"));
    static_cast<SecantView*>(w->lesson(QStringLiteral("secant")))->lesson()->setDx(0.25);
    QCoreApplication::processEvents();
    QVERIFY(w->document()->isModified());

    QAction* french = languageAction(w, QStringLiteral("fr"));
    QVERIFY(french);
    QSignalSpy replaced(w.data(), &MainWindow::replaced);
    french->trigger();
    QCOMPARE(replaced.count(), 1);
    QPointer<MainWindow> fr = replaced.at(0).at(0).value<MainWindow*>();
    QVERIFY(fr && fr != w);
    QTRY_VERIFY(w.isNull()); // the old window is gone
    QVERIFY(QTest::qWaitForWindowExposed(fr));
    QCOMPARE(menuTitles(fr), (QStringList{"&Fichier", "É&dition", "&Affichage", "Aid&e"}));
    QCOMPARE(Language::chosen(), QStringLiteral("fr"));
    QCOMPARE(fr->activeLesson()->id(), QStringLiteral("secant"));
    auto* slopeFr = static_cast<SlopeView*>(fr->lesson(QStringLiteral("slope")));
    QCOMPARE(slopeFr->lesson()->formula(), QStringLiteral("x^3 - 6x^2 + 9x + 1"));
    QCOMPARE(slopeFr->lesson()->x(), 2.5);
    QCOMPARE(static_cast<SecantView*>(fr->lesson(QStringLiteral("secant")))->lesson()->dx(), 0.25);
    QVERIFY(fr->document()->isModified()); // still unsaved
    QVERIFY(fr->isWindowModified());
    QVERIFY(languageAction(fr, QStringLiteral("fr"))->isChecked());

    // The same language again changes nothing; English comes back the same way.
    QSignalSpy again(fr.data(), &MainWindow::replaced);
    languageAction(fr, QStringLiteral("fr"))->trigger();
    QCOMPARE(again.count(), 0);
    languageAction(fr, QStringLiteral("en"))->trigger();
    QCOMPARE(again.count(), 1);
    QPointer<MainWindow> en = again.at(0).at(0).value<MainWindow*>();
    QTRY_VERIFY(fr.isNull());
    QCOMPARE(menuTitles(en), (QStringList{"&File", "&Edit", "&View", "&Help"}));
    QCOMPARE(static_cast<SlopeView*>(en->lesson(QStringLiteral("slope")))->lesson()->x(), 2.5);
    QVERIFY(en->document()->isModified());
    delete en;
}

void TestLanguage::numbersFollowTheLanguage_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("slope"); // f′(0.125) for x^2, as the readout shows it
    QTest::newRow("English") << "en"
                             << "0.25";
    QTest::newRow("French") << "fr"
                            << "0,25";
    QTest::newRow("German") << "de"
                            << "0,25";
    QTest::newRow("Spanish") << "es"
                             << "0,25";
}

void TestLanguage::numbersFollowTheLanguage() {
    QFETCH(QString, code);
    QFETCH(QString, slope);
    QVERIFY(Language::install(code));
    SlopeLesson lesson;
    SlopeView view(&lesson, nullptr);
    view.formulaField()->setFormula(QStringLiteral("x^2"));
    lesson.setX(0.125);
    QCoreApplication::processEvents();
    QCOMPARE(view.figure()->slopeText(), slope);
    // The formula keeps its '.' and its notation in every language, and so does the point's value field.
    QCOMPARE(lesson.formula(), QStringLiteral("x^2"));
    QCOMPARE(view.formulaField()->comboBox()->currentText(), QStringLiteral("x^2"));
    QCOMPARE(view.pointField()->text(), QStringLiteral("0.125"));
}

QTEST_MAIN(TestLanguage)
// A message is found at run time only under the context lupdate filed it under. A free tr() in a namespace,
// or QT_TRANSLATE_NOOP with a context other than the class that translates it, leaves it in English in every
// language although the .ts file holds its translation. The window's lessons and tabs are all shown, a file
// that is not a lesson file is read, and every lookup of a source text that the .ts file holds must use one
// of the contexts it is filed under.
void TestLanguage::everyLookupUsesTheContextItIsFiledUnder() {
    const QHash<QString, QSet<QString>> filed =
        contextsOfSources(QStringLiteral(GRADLAB_TRANSLATIONS_DIR "/gradlab_de.ts"));
    QVERIFY(filed.size() > 500);
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    {
        MainWindow w;
        w.resize(1360, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const QString& id : lessonIds()) {
            QVERIFY(w.showLesson(id));
            for (QTabWidget* tabs : w.activeLesson()->findChildren<QTabWidget*>())
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QTest::qWait(30);
                }
            QTest::qWait(30);
        }
        LessonFileContents contents;
        QString error;
        QVERIFY(!w.document()->decode(QByteArray("{\"format\": \"gradlab\"}"), &contents, &error));
        QVERIFY(!w.document()->decode(QByteArray("[1, 2"), &contents, &error));
    }
    QCoreApplication::removeTranslator(&recorder);
    QStringList wrong;
    for (const auto& [context, source] : recorder.lookups) {
        const auto it = filed.constFind(source);
        if (it != filed.constEnd() && !it->contains(context))
            wrong << QStringLiteral("'%1' looked up in %2, filed under %3")
                         .arg(source.left(50), context, QStringList(it->values()).join(QLatin1Char(',')));
    }
    wrong.sort();
    for (const QString& w : wrong)
        qWarning("%s", qPrintable(w));
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("%1 lookups miss their translation").arg(wrong.size())));
    QVERIFY(recorder.lookups.size() > 200);
}

void TestLanguage::nothingIsCutInAnyLanguage_data() {
    QTest::addColumn<QString>("code");
    for (const char* code : {"en", "fr", "de", "es"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

// Every lesson (each of its tabs) and the export dialogs, in each language, in the smallest window the README
// promises: no label, button, tab or combo box shows less than its whole text (German runs long).
void TestLanguage::nothingIsCutInAnyLanguage() {
    QFETCH(QString, code);
    QVERIFY(Language::install(code));
    QStringList problems;
    {
        MainWindow w;
        w.resize(1360, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const QString& id : lessonIds()) {
            QVERIFY(w.showLesson(id));
            QTest::qWait(40);
            // Each lesson as it opens, then with its longest words showing: a run that diverges with noise
            // and the optimizer's state, every racer run to the end, a fit run to the end.
            for (const bool busy : {false, true}) {
                if (busy && !makeBusy(w.activeLesson()->model())) continue;
                const QString state = busy ? QStringLiteral("%1, busy").arg(id) : id;
                QTest::qWait(busy ? 300 : 0);
                QList<QTabWidget*> tabs = w.activeLesson()->findChildren<QTabWidget*>();
                problems += gradlab::test::cutTexts(&w, state);
                for (QTabWidget* t : tabs)
                    for (int i = 1; i < t->count(); ++i) {
                        t->setCurrentIndex(i);
                        QTest::qWait(400);
                        problems +=
                            gradlab::test::cutTexts(&w, QStringLiteral("%1 (tab %2)").arg(state).arg(i + 1));
                    }
                for (QTabWidget* t : tabs) // the first tab again, for the screenshots
                    t->setCurrentIndex(0);
                QTest::qWait(40);
                if (w.width() > 1360 || w.height() > 860)
                    problems << QStringLiteral("%1: the window grew to %2×%3")
                                    .arg(state)
                                    .arg(w.width())
                                    .arg(w.height());
                if (qEnvironmentVariableIsSet("GRADLAB_SHOTS"))
                    w.grab().save(QStringLiteral("%1/%2-%3%4.png")
                                      .arg(qEnvironmentVariable("GRADLAB_SHOTS"), code, id,
                                           busy ? QStringLiteral("-busy") : QString()));
                w.resize(1360, 860); // one lesson's growth is reported once, not again for the next ones
            }
        }
    }
    for (ExportDialog::Mode mode : {ExportDialog::Figure, ExportDialog::Animation}) {
        ExportDialog dialog(mode, QStringLiteral("/tmp/figure.png"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems += gradlab::test::cutTexts(&dialog, QStringLiteral("export dialog %1").arg(int(mode)));
    }
    problems.removeDuplicates();
    for (const QString& p : problems)
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 texts cut in %2, listed above").arg(problems.size()).arg(code)));
}

#include "tst_language.moc"
