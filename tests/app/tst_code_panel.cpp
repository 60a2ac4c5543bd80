// View → Show Code: the panel opens from the menu and from the lesson area's button, follows the lesson and
// its changes (a burst of changes is one regeneration, none while hidden), switches language, copies,
// saves whole or not at all, shows why when there is no script, and reads in light and in dark.

#include "lessons/lesson_set.h"
#include "lessons/secant_lesson.h"
#include "lessons/slope_lesson.h"
#include "views/lesson_view.h"
#include "widgets/appearance.h"
#include "widgets/python_highlighter.h"
#include "window/code_panel.h"
#include "window/main_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace gradlab;

namespace {

/// The slope lesson, except that it has no faithful script: what the panel shows for such a state.
class NoScriptLesson : public SlopeLesson {
public:
    PythonScript pythonScript(ScriptLanguage) const override {
        return PythonScript::failure("floor(x) has no derivative NumPy would compute");
    }
};

/// The slope lesson with a long script of its own that changes with x: the panel's copy, save and scrolling
/// tested whichever lessons have scripts yet.
class LongScriptLesson : public SlopeLesson {
public:
    PythonScript pythonScript(ScriptLanguage language) const override {
        std::string text = std::string("import json  # ") + scriptLanguageName(language) + "\n";
        for (int i = 0; i < 150; ++i)
            text += "x" + std::to_string(i) + " = " + std::to_string(x()) + "  # line " + std::to_string(i) +
                    "\n";
        return PythonScript{text + "print(json.dumps({\"x\": x0}))\n", {}};
    }
};

/// Empty if the panel shows `lesson`'s script in `language` (or, without one, its reason), else what differs.
QString mismatch(const CodePanel* panel, const Lesson* lesson, ScriptLanguage language) {
    const PythonScript s = lesson->pythonScript(language);
    if (s.ok())
        return panel->code() == QString::fromStdString(s.text) && panel->problem().isEmpty()
                   ? QString()
                   : QStringLiteral("shows\n%1\ninstead of\n%2")
                         .arg(panel->code(), QString::fromStdString(s.text));
    return panel->code().isEmpty() && panel->problem().endsWith(QString::fromStdString(s.problem))
               ? QString()
               : QStringLiteral("shows '%1' instead of the reason '%2'")
                     .arg(panel->code() + panel->problem(), QString::fromStdString(s.problem));
}

} // namespace

/// Fails the test unless the panel shows the lesson's script in that language (or its reason).
#define VERIFY_SHOWS(panel, lesson, language)                                                                \
    do {                                                                                                     \
        const QString why = mismatch(panel, lesson, language);                                               \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                            \
    } while (false)

class TestCodePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(QStringLiteral("code")); }
    void menuActionAndButtonToggleThePanel();
    void showsTheShownLessonsScript();
    void followsTheLessonsChanges();
    void aBurstOfChangesIsOneRegeneration();
    void hiddenPanelGeneratesNothing();
    void keepsTheScrollPosition();
    void switchesLanguageAndRemembersIt();
    void copyPutsTheScriptOnTheClipboard();
    void saveWritesTheWholeScript();
    void saveToAnUnwritablePathReportsAndLeavesNothing_data();
    void saveToAnUnwritablePathReportsAndLeavesNothing();
    void noScriptShowsTheReason();
    void rememberedVisibility();
    void highlightingReadsInLightAndDark_data();
    void highlightingReadsInLightAndDark();
    /// With GRADLAB_SCREENSHOT=FILE.png (scripts/screenshots.sh): the README's picture of the window with
    /// the panel open (GRADLAB_APPEARANCE=dark for the dark one, GRADLAB_LESSON for another lesson).
    void screenshot();
};

void TestCodePanel::menuActionAndButtonToggleThePanel() {
    MainWindow w;
    w.resize(1360, 860); // the default size
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    CodePanel* panel = w.codePanel();
    QVERIFY(!panel->isVisible());
    // The View menu holds the action, with its shortcut.
    QAction* action = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("Show &Code")) action = a;
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    action->trigger();
    QVERIFY(panel->isVisible());
    QVERIFY(action->isChecked());
    // The one button under every lesson toggles the same panel.
    auto* button = w.findChild<QAbstractButton*>(QStringLiteral("showCodeButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Hide Code"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    QVERIFY(!action->isChecked());
    QCOMPARE(button->text(), QStringLiteral("Show Code"));
    w.showLesson(QStringLiteral("race"));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(panel->isVisible());
    // The lesson stays usable beside the panel at the default size.
    QCOMPARE(w.size(), QSize(1360, 860));
    QTRY_VERIFY(panel->height() >= 200);
}

void TestCodePanel::showsTheShownLessonsScript() {
    MainWindow w;
    w.show();
    w.codePanel()->show();
    for (LessonView* view : w.lessons())
        for (ScriptLanguage language : {ScriptLanguage::NumPy, ScriptLanguage::Torch}) {
            const QString lesson = view->id();
            w.codePanel()->setLanguage(language);
            QVERIFY(w.showLesson(lesson));
            QCOMPARE(w.codePanel()->lesson(), w.lesson(lesson)->model());
            VERIFY_SHOWS(w.codePanel(), w.lesson(lesson)->model(), language);
            // Copy and Save are there exactly when there is code.
            const bool ok = w.lesson(lesson)->model()->pythonScript(language).ok();
            QCOMPARE(w.codePanel()->copyButton()->isEnabled(), ok);
            QCOMPARE(w.codePanel()->saveButton()->isEnabled(), ok);
        }
}

void TestCodePanel::followsTheLessonsChanges() {
    MainWindow w;
    w.show();
    w.codePanel()->show();
    for (const char* id : {"slope", "secant", "descent1d"}) {
        w.showLesson(QString::fromLatin1(id));
        auto* lesson = qobject_cast<FunctionLesson*>(w.activeLesson()->model());
        QVERIFY(lesson);
        for (ScriptLanguage language : {ScriptLanguage::NumPy, ScriptLanguage::Torch}) {
            w.codePanel()->setLanguage(language);
            lesson->setFormula(QStringLiteral("x^3 - 2*x"));
            lesson->setX(0.25);
            QCoreApplication::processEvents();
            VERIFY_SHOWS(w.codePanel(), lesson, language);
            lesson->setX(1.75);
            QCoreApplication::processEvents();
            VERIFY_SHOWS(w.codePanel(), lesson, language);
            lesson->setFormula(QStringLiteral("sin(x) + x^2"));
            QCoreApplication::processEvents();
            VERIFY_SHOWS(w.codePanel(), lesson, language);
        }
    }
}

void TestCodePanel::aBurstOfChangesIsOneRegeneration() {
    MainWindow w;
    w.show();
    w.codePanel()->show();
    QCoreApplication::processEvents();
    auto* lesson = qobject_cast<SlopeLesson*>(w.activeLesson()->model());
    const int before = w.codePanel()->generations();
    for (int i = 1; i <= 30; ++i)
        lesson->setX(0.05 * i); // a drag's moves, all in one pass of the event loop
    QCOMPARE(w.codePanel()->generations(), before);
    QCoreApplication::processEvents();
    QCOMPARE(w.codePanel()->generations(), before + 1);
    VERIFY_SHOWS(w.codePanel(), lesson, w.codePanel()->language());
}

void TestCodePanel::hiddenPanelGeneratesNothing() {
    MainWindow w;
    w.show();
    QCoreApplication::processEvents();
    auto* lesson = qobject_cast<SlopeLesson*>(w.activeLesson()->model());
    const int before = w.codePanel()->generations();
    for (int i = 1; i <= 5; ++i) {
        lesson->setX(0.3 * i);
        QCoreApplication::processEvents();
    }
    w.showLesson(QStringLiteral("secant"));
    w.showLesson(QStringLiteral("slope"));
    QCOMPARE(w.codePanel()->generations(), before);
    // Shown again, the panel is up to date at once.
    w.codePanel()->show();
    QCOMPARE(w.codePanel()->generations(), before + 1);
    VERIFY_SHOWS(w.codePanel(), lesson, w.codePanel()->language());
}

void TestCodePanel::keepsTheScrollPosition() {
    LongScriptLesson lesson, other;
    CodePanel panel;
    panel.resize(500, 400);
    panel.setLesson(&lesson);
    panel.show();
    QScrollBar* bar = panel.editor()->verticalScrollBar();
    QVERIFY(bar->maximum() > 10);
    bar->setValue(bar->maximum() / 2);
    const int at = bar->value();
    lesson.setX(0.625);
    QCoreApplication::processEvents();
    QVERIFY(panel.code().contains(QStringLiteral("0.625")));
    QCOMPARE(bar->value(), at);
    // Another lesson's script starts at its top.
    panel.setLesson(&other);
    QCOMPARE(bar->value(), 0);
}

void TestCodePanel::switchesLanguageAndRemembersIt() {
    MainWindow w;
    w.show();
    CodePanel* panel = w.codePanel();
    panel->show();
    QCOMPARE(panel->language(), ScriptLanguage::NumPy); // the default
    Lesson* lesson = w.activeLesson()->model();
    QTest::mouseClick(panel->languageButton(ScriptLanguage::Torch), Qt::LeftButton);
    QCOMPARE(panel->language(), ScriptLanguage::Torch);
    VERIFY_SHOWS(panel, lesson, ScriptLanguage::Torch);
    QCOMPARE(QSettings().value(QStringLiteral("code/language")).toString(), QStringLiteral("torch"));
    CodePanel second;
    QCOMPARE(second.language(), ScriptLanguage::Torch);
    QVERIFY(second.languageButton(ScriptLanguage::Torch)->isChecked());
    QTest::mouseClick(panel->languageButton(ScriptLanguage::NumPy), Qt::LeftButton);
    QCOMPARE(panel->language(), ScriptLanguage::NumPy);
    VERIFY_SHOWS(panel, lesson, ScriptLanguage::NumPy);
    QCOMPARE(QSettings().value(QStringLiteral("code/language")).toString(), QStringLiteral("numpy"));
}

void TestCodePanel::copyPutsTheScriptOnTheClipboard() {
    LongScriptLesson lesson;
    CodePanel panel;
    panel.setLesson(&lesson);
    panel.show();
    QVERIFY(panel.copyButton()->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(panel.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), panel.code());
    QCOMPARE(panel.code(), QString::fromStdString(lesson.pythonScript(ScriptLanguage::NumPy).text));
    QVERIFY(panel.message()->text().contains(QStringLiteral("Copied")));
    // The confirmation goes once the text it was about changes.
    lesson.setX(-0.5);
    QCoreApplication::processEvents();
    QVERIFY(panel.message()->text().isEmpty());
}

void TestCodePanel::saveWritesTheWholeScript() {
    LongScriptLesson lesson;
    CodePanel panel;
    panel.setLesson(&lesson);
    panel.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slope.py"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(20000, '#')); // an older, longer file: replaced entirely
    old.close();
    QString error;
    QVERIFY2(panel.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), panel.code());
    QVERIFY(panel.message()->text().contains(QStringLiteral("Saved")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("slope.py")});
}

void TestCodePanel::saveToAnUnwritablePathReportsAndLeavesNothing_data() {
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing folder") << "missing/slope.py"
                                    << "does not exist";
    QTest::newRow("a folder's name") << "folder"
                                     << "Cannot write";
}

void TestCodePanel::saveToAnUnwritablePathReportsAndLeavesNothing() {
    QFETCH(QString, relative);
    QFETCH(QString, reason);
    LongScriptLesson lesson;
    CodePanel panel;
    panel.setLesson(&lesson);
    panel.show();
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QString error;
    QVERIFY(!panel.saveTo(dir.filePath(relative), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(panel.message()->text().contains(reason), qPrintable(panel.message()->text()));
    // Nothing half-written: only the folder the test made, empty.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("folder")});
    QVERIFY(QDir(dir.filePath(QStringLiteral("folder")))
                .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestCodePanel::noScriptShowsTheReason() {
    NoScriptLesson lesson;
    CodePanel panel;
    panel.setLesson(&lesson);
    panel.show();
    QVERIFY(panel.code().isEmpty());
    QVERIFY(panel.problem().contains(QStringLiteral("floor(x) has no derivative NumPy would compute")));
    QVERIFY(panel.problem().startsWith(QStringLiteral("No NumPy script")));
    QVERIFY(!panel.copyButton()->isEnabled());
    QVERIFY(!panel.saveButton()->isEnabled());
    QVERIFY(!panel.editor()->isVisible());
    QTemporaryDir dir;
    QVERIFY(!panel.saveTo(dir.filePath(QStringLiteral("x.py"))));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestCodePanel::rememberedVisibility() {
    {
        MainWindow w;
        w.show();
        w.codePanel()->show();
        QVERIFY(w.close());
    }
    {
        MainWindow w;
        QVERIFY(!w.codePanel()->isVisibleTo(&w)); // tests start from the defaults
        w.restoreSession();
        w.show();
        QVERIFY(w.codePanel()->isVisible());
        QCOMPARE(w.dockWidgetArea(w.codePanel()), Qt::BottomDockWidgetArea); // the default place
        w.addDockWidget(Qt::RightDockWidgetArea, w.codePanel());             // as a drag to the right does
        QVERIFY(w.close());
    }
    {
        MainWindow w;
        w.restoreSession();
        w.show();
        QVERIFY(w.codePanel()->isVisible());
        QCOMPARE(w.dockWidgetArea(w.codePanel()), Qt::RightDockWidgetArea);
        w.codePanel()->hide();
        QVERIFY(w.close());
    }
    MainWindow w;
    w.restoreSession();
    w.show();
    QVERIFY(!w.codePanel()->isVisible());
}

void TestCodePanel::highlightingReadsInLightAndDark_data() {
    QTest::addColumn<int>("appearance");
    QTest::newRow("light") << int(Appearance::Light);
    QTest::newRow("dark") << int(Appearance::Dark);
}

void TestCodePanel::highlightingReadsInLightAndDark() {
    QFETCH(int, appearance);
    applyAppearance(static_cast<Appearance>(appearance));
    CodePanel panel;
    panel.show();
    QPlainTextEdit* editor = panel.editor();
    auto* highlighter = editor->findChild<PythonHighlighter*>();
    QVERIFY(highlighter);
    const QColor base = editor->palette().color(QPalette::Base);
    using Role = PythonHighlighter::Role;
    for (Role role : {Role::Keyword, Role::Builtin, Role::Number, Role::String, Role::Comment}) {
        const QColor c = highlighter->format(role).foreground().color();
        QVERIFY2(contrastRatio(c, base) >= 4.5, qPrintable(c.name() + " on " + base.name()));
    }
    // Each kind of word is coloured as what it is.
    editor->setPlainText(QStringLiteral("import json  # a comment with 2 and \"quotes\"\nlr = 0.1e-3\n"
                                        "print(\"x # not a comment\", abs(lr))"));
    auto colourAt = [editor](int line, int column) {
        const QTextBlock block = editor->document()->findBlockByNumber(line);
        for (const QTextLayout::FormatRange& r : block.layout()->formats())
            if (column >= r.start && column < r.start + r.length) return r.format.foreground().color();
        return QColor();
    };
    auto colourOf = [highlighter](Role r) { return highlighter->format(r).foreground().color(); };
    QCOMPARE(colourAt(0, 0), colourOf(Role::Keyword));  // import
    QCOMPARE(colourAt(0, 13), colourOf(Role::Comment)); // # …
    QCOMPARE(colourAt(0, 31), colourOf(Role::Comment)); // 2 inside the comment
    QCOMPARE(colourAt(1, 5), colourOf(Role::Number));   // 0.1e-3
    QCOMPARE(colourAt(1, 10), colourOf(Role::Number));
    QCOMPARE(colourAt(2, 0), colourOf(Role::Builtin));  // print
    QCOMPARE(colourAt(2, 9), colourOf(Role::String));   // '#' inside a string is no comment
    QCOMPARE(colourAt(2, 28), colourOf(Role::Builtin)); // abs
    QVERIFY(!colourAt(2, 32).isValid());                // lr: plain text
    applyAppearance(Appearance::System);
}

void TestCodePanel::screenshot() {
    const QString file = qEnvironmentVariable("GRADLAB_SCREENSHOT");
    if (file.isEmpty()) QSKIP("GRADLAB_SCREENSHOT is not set");
    if (qEnvironmentVariable("GRADLAB_APPEARANCE") == QStringLiteral("dark"))
        applyAppearance(Appearance::Dark);
    MainWindow w;
    w.resize(1360, 860);
    QVERIFY(w.showLesson(qEnvironmentVariable("GRADLAB_LESSON", QStringLiteral("descent1d"))));
    w.codePanel()->setLanguage(ScriptLanguage::Torch);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.codePanel()->toggleViewAction()->trigger();
    QTest::qWait(300); // the dock's first layout and the plots' replot
    QVERIFY(w.grab().save(file));
    applyAppearance(Appearance::System);
}

QTEST_MAIN(TestCodePanel)
#include "tst_code_panel.moc"
