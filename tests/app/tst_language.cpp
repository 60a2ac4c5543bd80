// View → Language: the translators installed for each language (GradLab's and Qt's own), the choice
// remembered, and a change of language that keeps every lesson's state, the file's changed mark and the
// lesson shown.

#include "descent/optimizer.h"
#include "export/export_dialog.h"
#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/fit_lesson.h"
#include "lessons/function_lesson.h"
#include "lessons/lesson_catalogue.h"
#include "lessons/lesson_file.h"
#include "lessons/race_lesson.h"
#include "lessons/secant_lesson.h"
#include "lessons/slope_lesson.h"
#include "lessons/surface_lesson.h"
#include "undo/lesson_document.h"
#include "views/descent_view.h"
#include "views/fit_view.h"
#include "views/race_view.h"
#include "views/secant_view.h"
#include "views/slope_figure.h"
#include "views/slope_view.h"
#include "views/step_inspector.h"
#include "views/step_picker.h"
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
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <algorithm>
#include <qcustomplot.h>

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

/// Every text `root` shows as it is painted: visible labels (rich text as plain text), the cells and headers
/// of visible tables (the cells the user types into and the line edits as "field: …"), and of visible
/// plots the text items, axis labels, tick labels, titles and legend entries. Each prefixed by what it is.
QStringList shownTexts(QWidget* root) {
    QStringList texts;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty()) continue;
        if (label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
            QTextDocument doc;
            doc.setHtml(label->text());
            texts << QStringLiteral("label: ") + doc.toPlainText();
        } else {
            texts << QStringLiteral("label: ") + label->text();
        }
    }
    for (QTableView* table : root->findChildren<QTableView*>()) {
        if (!table->isVisible() || !table->model()) continue;
        const QAbstractItemModel* m = table->model();
        for (int c = 0; c < m->columnCount(); ++c)
            texts << QStringLiteral("header: ") + m->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (table->verticalHeader()->isVisible())
                texts << QStringLiteral("header: ") + m->headerData(r, Qt::Vertical).toString();
            for (int c = 0; c < m->columnCount(); ++c) {
                const QModelIndex i = m->index(r, c);
                // A cell the user types into shows its number as a field does.
                texts << ((m->flags(i) & Qt::ItemIsEditable) ? QStringLiteral("field: ")
                                                             : QStringLiteral("cell: ")) +
                             i.data().toString();
            }
        }
    }
    // The fields show numbers in the language's style too, and read "0,1" and "0.1" alike.
    for (QLineEdit* field : root->findChildren<QLineEdit*>())
        if (field->isVisible() && !field->text().isEmpty())
            texts << QStringLiteral("field: ") + field->text();
    for (QCustomPlot* plot : root->findChildren<QCustomPlot*>()) {
        if (!plot->isVisible()) continue;
        const auto axis = [&texts](QCPAxis* a) {
            if (!a->visible()) return;
            texts << QStringLiteral("axis label: ") + a->label();
            if (a->tickLabels())
                for (const QString& t : a->tickVectorLabels())
                    texts << QStringLiteral("tick: ") + t;
        };
        for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
            if (!e || !e->visible()) continue;
            if (auto* rect = qobject_cast<QCPAxisRect*>(e))
                for (QCPAxis* a : rect->axes())
                    axis(a);
            else if (auto* scale = qobject_cast<QCPColorScale*>(e))
                axis(scale->axis());
            else if (auto* title = qobject_cast<QCPTextElement*>(e))
                texts << QStringLiteral("plot title: ") + title->text();
            else if (auto* legend = qobject_cast<QCPLegend*>(e))
                for (int i = 0; i < legend->itemCount(); ++i)
                    if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
                        texts << QStringLiteral("legend: ") + item->plottable()->name();
        }
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemText*>(plot->item(i)); t && t->visible())
                texts << QStringLiteral("plot text: ") + t->text();
    }
    return texts;
}

/// The texts of `root` that write a number with '.' as its decimal separator or with an "e" exponent
/// ("1,5e-06"), or a list of numbers with decimal commas that separates its items with commas too ("(−1,5,
/// 2)"), prefixed by `where`. A formula the user typed keeps its '.' in every language: the `formulas` (the
/// lesson's formula as typed) are taken out of each text before it is read.
QStringList pointDecimals(QWidget* root, const QString& where, const QStringList& formulas) {
    static const QRegularExpression pointDecimal(QStringLiteral("(?<![\\w.])\\d+\\.\\d"));
    static const QRegularExpression bracketed(QStringLiteral("[(\\[]([^()\\[\\]]*)[)\\]]"));
    static const QRegularExpression commaDecimal(QStringLiteral("\\d,\\d"));
    static const QRegularExpression numbersWithCommas(QStringLiteral("^\\s*[−-]?\\d+(, [−-]?\\d+)+\\s*$"));
    static const QRegularExpression eExponent(QStringLiteral("(?<![\\w.,])[\\d.,]*\\d[eE][+\\-−]?\\d+"));
    QStringList problems;
    for (QString text : shownTexts(root)) {
        for (const QString& f : formulas)
            if (!f.isEmpty()) text.remove(f);
        const auto report = [&](qsizetype at, const QString& why) {
            const qsizetype from = std::max<qsizetype>(0, at - 60);
            problems << QStringLiteral("%1: %2 in '%3'")
                            .arg(where, why,
                                 text.mid(from, 120).replace(QLatin1Char('\n'), QStringLiteral(" | ")));
        };
        if (const QRegularExpressionMatch m = pointDecimal.match(text); m.hasMatch())
            report(m.capturedStart(), QStringLiteral("'%1'").arg(m.captured()));
        // One style of exponent on screen, formatValue()'s "1,5·10⁻⁶": no "1,5e-06", "1,5e−6" or "1E+06".
        // A field shows what can be typed back ("1e-06"): only sentences, tables and plots write powers of
        // ten.
        if (const QRegularExpressionMatch m = eExponent.match(text);
            m.hasMatch() && !text.startsWith(QStringLiteral("field: ")))
            report(m.capturedStart(), QStringLiteral("an exponent written '%1'").arg(m.captured()));
        for (auto it = bracketed.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(1).contains(commaDecimal) && m.captured(1).contains(QStringLiteral(", ")))
                report(m.capturedStart(), QStringLiteral("a list '%1'").arg(m.captured()));
            // Whole numbers listed with ", " read as one decimal number there: "(1, 1)" is 1,1.
            if (m.captured(1).contains(numbersWithCommas))
                report(m.capturedStart(),
                       QStringLiteral("numbers listed with ', ' in '%1'").arg(m.captured()));
        }
    }
    return problems;
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
    void changingLanguageOfAnUntouchedWindowChangesNothing();
    void everyLookupUsesTheContextItIsFiledUnder();
    void nothingIsCutInAnyLanguage_data();
    void nothingIsCutInAnyLanguage();
    void numbersFollowTheLanguage_data();
    void numbersFollowTheLanguage();
    void everyShownNumberUsesTheLanguagesDecimal_data();
    void everyShownNumberUsesTheLanguagesDecimal();
    void tableExportNamesTheTableInTheLanguage_data();
    void tableExportNamesTheTableInTheLanguage();
    void shortcutsNameKeysAsTheMenusDo_data();
    void shortcutsNameKeysAsTheMenusDo();
    void subscriptsAreWrittenAsSubscripts_data();
    void subscriptsAreWrittenAsSubscripts();
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

void TestLanguage::changingLanguageOfAnUntouchedWindowChangesNothing() {
    // Every lesson looked at, nothing changed: the new window's title has no changed mark, its undo is empty.
    QPointer<MainWindow> w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    for (const LessonModelEntry& e : lessonCatalogue()) {
        w->showLesson(e.id);
        QCoreApplication::processEvents();
    }
    w->showLesson(QStringLiteral("race"));
    QVERIFY(!w->document()->isModified());
    QVERIFY(!w->isWindowModified());
    QSignalSpy replaced(w.data(), &MainWindow::replaced);
    languageAction(w, QStringLiteral("de"))->trigger();
    QCOMPARE(replaced.count(), 1);
    QPointer<MainWindow> de = replaced.at(0).at(0).value<MainWindow*>();
    QTRY_VERIFY(w.isNull());
    QVERIFY(QTest::qWaitForWindowExposed(de));
    QTest::qWait(200); // what the rebuilt views do once shown (maps computing, plots laid out)
    for (const LessonModelEntry& e : lessonCatalogue()) {
        de->showLesson(e.id);
        QCoreApplication::processEvents();
    }
    QCOMPARE(de->document()->undoStack()->count(), 0);
    QVERIFY(!de->document()->isModified());
    QVERIFY(!de->isWindowModified());
    languageAction(de, QStringLiteral("en"))->trigger();
    QTRY_VERIFY(de.isNull());
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
    // The formula keeps its '.' and its notation in every language. The point's value field writes its
    // number as the readout beside it does ("0,125" where the slope reads "0,25"), and reads either back.
    QCOMPARE(lesson.formula(), QStringLiteral("x^2"));
    QCOMPARE(view.formulaField()->comboBox()->currentText(), QStringLiteral("x^2"));
    QCOMPARE(view.pointField()->text(), QStringLiteral("0") + slope.at(1) + QStringLiteral("125"));
    for (const QString& typed : {QStringLiteral("0.5"), QStringLiteral("0,5")}) {
        view.pointField()->setFocus();
        view.pointField()->selectAll();
        QTest::keyClicks(view.pointField(), typed);
        QTest::keyClick(view.pointField(), Qt::Key_Return);
        QCOMPARE(lesson.x(), 0.5);
        lesson.setX(0.125);
    }
}

void TestLanguage::shortcutsNameKeysAsTheMenusDo_data() {
    QTest::addColumn<QString>("code");
    for (const char* code : {"en", "fr", "de", "es"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestLanguage::shortcutsNameKeysAsTheMenusDo() {
    // Help → Keyboard Shortcuts names each key as the menus do in the language ("Ctrl+Maj+C" in French, where
    // it had said "Ctrl+Shift+C"), and no English key name is left where Qt's translation has another.
    QFETCH(QString, code);
    QVERIFY(Language::install(code));
    const QString text = MainWindow::shortcutsText();
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))),
             qPrintable(text)); // every key filled in
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QKeySequence(Qt::Key_Space),
                                  QKeySequence(Qt::SHIFT | Qt::Key_Tab), QKeySequence(QKeySequence::Undo)}) {
        const QString shown = k.toString(QKeySequence::NativeText);
        QVERIFY2(text.contains(QStringLiteral("<b>%1</b>").arg(shown.toHtmlEscaped())), qPrintable(shown));
        const QString english = k.toString(QKeySequence::PortableText);
        if (shown != english)
            QVERIFY2(!text.contains(QStringLiteral("<b>%1</b>").arg(english)), qPrintable(english));
    }
    // Ctrl and Shift alone, as the modifiers of a shortcut ("Strg + arrow", not "Steuerung + arrow").
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::Key_A), QKeySequence(Qt::SHIFT | Qt::Key_A)}) {
        const QString modifier = k.toString(QKeySequence::NativeText).chopped(2);
        QVERIFY2(text.contains(QStringLiteral("<b>%1</b> + ").arg(modifier.toHtmlEscaped())),
                 qPrintable(modifier));
    }
    Language::install(QStringLiteral("en"));
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
    QTest::addColumn<QSize>("size");
    for (const char* code : {"en", "fr", "de", "es"}) {
        QTest::addRow("%s, first size", code) << QString::fromLatin1(code) << QSize(1360, 860);
        QTest::addRow("%s, small", code) << QString::fromLatin1(code) << QSize(1024, 600);
    }
}

// Every lesson (each of its tabs) and the export dialogs, in each language: no label, button, tab or combo
// box shows less than its whole text (German runs long), and no plot is squeezed below its minimum. In the
// window's first size (1360×860) every lesson fits without scrolling; in a small one (1024×600, a netbook or
// a laptop's screen less its panels) the lesson scrolls rather than lay its words over each other.
void TestLanguage::nothingIsCutInAnyLanguage() {
    QFETCH(QString, code);
    QFETCH(QSize, size);
    QVERIFY(Language::install(code));
    const bool firstSize = size == QSize(1360, 860);
    QStringList problems;
    {
        MainWindow w;
        w.resize(size);
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
                if (w.width() > size.width() || w.height() > size.height())
                    problems << QStringLiteral("%1: the window grew to %2×%3")
                                    .arg(state)
                                    .arg(w.width())
                                    .arg(w.height());
                const QScrollArea* page = gradlab::test::pageOf(w.activeLesson());
                if (!page)
                    problems << QStringLiteral("%1: the lesson is not in a scroll area").arg(state);
                else if (firstSize &&
                         (page->verticalScrollBar()->isVisible() || page->horizontalScrollBar()->isVisible()))
                    problems << QStringLiteral("%1: the lesson (%2×%3) scrolls in the window's first size")
                                    .arg(state)
                                    .arg(page->widget()->width())
                                    .arg(page->widget()->height());
                // The lesson never scrolls sideways: controls past the right edge were out of sight (lesson
                // 9's Play button in Spanish at 1024×600), and the reader scrolls down, not across.
                if (page && page->horizontalScrollBar()->isVisible())
                    problems << QStringLiteral("%1: the lesson scrolls sideways (it needs %2 px of %3): %4")
                                    .arg(state)
                                    .arg(page->widget()->minimumSizeHint().width())
                                    .arg(page->viewport()->width())
                                    .arg(gradlab::test::widestChildren(page->widget(),
                                                                       page->viewport()->width()));
                if (qEnvironmentVariableIsSet("GRADLAB_SHOTS"))
                    w.grab().save(QStringLiteral("%1/%2-%3-%4%5.png")
                                      .arg(qEnvironmentVariable("GRADLAB_SHOTS"), code)
                                      .arg(size.width())
                                      .arg(id, busy ? QStringLiteral("-busy") : QString()));
                w.resize(size); // one lesson's growth is reported once, not again for the next ones
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

void TestLanguage::everyShownNumberUsesTheLanguagesDecimal_data() {
    QTest::addColumn<QString>("code");
    QTest::newRow("German") << "de";
    QTest::newRow("French") << "fr";
}

// Every lesson and every tab, in a language that writes decimal commas: no label, table, legend or plot text
// writes a number with a '.', with a step chosen in the step inspectors (lessons 7 and 9, every optimizer of
// the race, Newton's Hessian among them) and a run made in the race and the fit. Formulas the user typed keep
// their '.'; the fields and the race table's cells show the language's separator (and may keep an "e").
void TestLanguage::everyShownNumberUsesTheLanguagesDecimal() {
    QFETCH(QString, code);
    QVERIFY(Language::install(code));
    QStringList problems;
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const QString& id : lessonIds()) {
        QVERIFY(w.showLesson(id));
        LessonView* view = w.activeLesson();
        QStringList formulas;
        if (auto* f = dynamic_cast<FunctionLesson*>(view->model())) formulas << f->formula();
        if (auto* f = dynamic_cast<SurfaceLesson*>(view->model())) formulas << f->formula();
        // Each look at the window: every tab of the lesson.
        const auto look = [&](const QString& what) {
            QTest::qWait(40);
            const QList<QTabWidget*> tabs = view->findChildren<QTabWidget*>();
            for (QTabWidget* t : tabs)
                for (int i = 0; i < t->count(); ++i) {
                    t->setCurrentIndex(i);
                    QTest::qWait(i == 0 ? 40 : 300);
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                    problems +=
                        pointDecimals(&w, QStringLiteral("%1%2 (tab %3)").arg(id, what).arg(i + 1), formulas);
                }
            for (QTabWidget* t : tabs)
                t->setCurrentIndex(0);
            if (tabs.isEmpty()) problems += pointDecimals(&w, id + what, formulas);
        };
        look(QString());
        if (auto* descent = dynamic_cast<DescentView*>(view)) {
            // A schedule whose sentence holds a decimal number: "multiplied by 0,5 every 3 updates".
            Schedule halving;
            halving.kind = ScheduleKind::Step;
            halving.stepSize = 3;
            halving.gamma = 0.5;
            descent->lesson()->setSchedule(halving);
            for (int i = 0; i < 8; ++i)
                descent->lesson()->step();
            descent->stepPicker()->select(0, 3);
            QVERIFY(descent->stepInspector()->hasStep());
            if (qEnvironmentVariableIsSet("GRADLAB_SHOTS"))
                w.grab().save(QStringLiteral("%1/numbers-%2-%3.png")
                                  .arg(qEnvironmentVariable("GRADLAB_SHOTS"), code, id));
            QVERIFY2(descent->stepInspector()->text().contains(QRegularExpression(QStringLiteral("\\d,\\d"))),
                     qPrintable(descent->stepInspector()->text()));
            look(QStringLiteral(", step 3 inspected"));
        } else if (auto* race = dynamic_cast<RaceView*>(view)) {
            for (OptimizerKind k : kOptimizers)
                race->lesson()->setEnabled(k, true);
            race->lesson()->runToEnd();
            for (OptimizerKind k : kOptimizers) {
                race->stepPicker()->select(int(k), 3);
                QVERIFY(race->stepInspector()->hasStep());
                if (qEnvironmentVariableIsSet("GRADLAB_SHOTS") && k == OptimizerKind::Newton)
                    w.grab().save(QStringLiteral("%1/numbers-%2-%3-newton.png")
                                      .arg(qEnvironmentVariable("GRADLAB_SHOTS"), code, id));
                QVERIFY2(
                    race->stepInspector()->text().contains(QRegularExpression(QStringLiteral("\\d,\\d"))),
                    qPrintable(race->stepInspector()->text()));
                look(QStringLiteral(", step 3 of %1 inspected").arg(QString::fromLatin1(optimizerName(k))));
            }
        } else if (auto* fit = dynamic_cast<FitView*>(view)) {
            fit->lesson()->runToEnd();
            look(QStringLiteral(", after a run"));
        }
    }
    problems.removeDuplicates();
    for (const QString& p : problems)
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 texts write a decimal point in %2, listed above")
                            .arg(problems.size())
                            .arg(code)));
}

void TestLanguage::tableExportNamesTheTableInTheLanguage_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("text"); // File → Export Table as CSV, as the menu shows it
    QTest::newRow("English, sweep") << "en"
                                    << "learning-rate"
                                    << "Export &Table as CSV (sweep)…";
    QTest::newRow("German, sweep") << "de"
                                   << "learning-rate"
                                   << "&Tabelle als CSV exportieren (Messreihe)…";
    QTest::newRow("German, limit table") << "de"
                                         << "secant"
                                         << "&Tabelle als CSV exportieren (Grenzwerttabelle)…";
    QTest::newRow("French, steps") << "fr"
                                   << "descent1d"
                                   << "Exporter le &tableau en CSV (pas)…";
    QTest::newRow("French, gap table") << "fr"
                                       << "zoom"
                                       << "Exporter le &tableau en CSV (tableau des écarts)…";
    QTest::newRow("Spanish, trajectories") << "es"
                                           << "race"
                                           << "Exportar &tabla como CSV (trayectorias)…";
    QTest::newRow("Spanish, steps of the fit") << "es"
                                               << "fit-line"
                                               << "Exportar &tabla como CSV (pasos)…";
}

// The File menu says which table it exports in the user's words, not the table's file-name id.
void TestLanguage::tableExportNamesTheTableInTheLanguage() {
    QFETCH(QString, code);
    QFETCH(QString, lesson);
    QFETCH(QString, text);
    QVERIFY(Language::install(code));
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(lesson));
    QCoreApplication::processEvents();
    QStringList exports;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->shortcut() ==
            QKeySequence(QCoreApplication::translate("gradlab::ExportActions", "Ctrl+Shift+E")))
            exports << a->text();
    QCOMPARE(exports, QStringList{text});
}

void TestLanguage::subscriptsAreWrittenAsSubscripts_data() {
    QTest::addColumn<QString>("code");
    for (const char* code : {"en", "fr", "de", "es"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

// Plot labels write a subscript as one (Lₘᵢₙ), never as the '_' of code (L_min), in every language: the
// learning-rate lesson's tabs (its run, its sweep, its stability map) and the race.
void TestLanguage::subscriptsAreWrittenAsSubscripts() {
    QFETCH(QString, code);
    QVERIFY(Language::install(code));
    static const QRegularExpression underscore(QStringLiteral("\\w_\\w"));
    QStringList problems;
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const QString& id : {QStringLiteral("learning-rate"), QStringLiteral("race")}) {
        QVERIFY(w.showLesson(id));
        const QList<QTabWidget*> tabs = w.activeLesson()->findChildren<QTabWidget*>();
        const auto look = [&](const QString& where) {
            QTest::qWait(300);
            for (const QString& t : shownTexts(&w))
                if (t.contains(underscore)) problems << QStringLiteral("%1: %2").arg(where, t);
        };
        look(id);
        for (QTabWidget* t : tabs) {
            for (int i = 1; i < t->count(); ++i) {
                t->setCurrentIndex(i);
                look(QStringLiteral("%1 (tab %2)").arg(id).arg(i + 1));
            }
            t->setCurrentIndex(0);
        }
    }
    problems.removeDuplicates();
    for (const QString& p : problems)
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 texts write '_'").arg(problems.size())));
}
