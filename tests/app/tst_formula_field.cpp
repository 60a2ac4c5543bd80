// The formula fields on the real window, typed into key by key as a student types: Enter commits exactly
// what was typed (a completion only when picked), nothing half-typed is ever committed (no undo step, no
// change to the saved state, the plots' ranges and labels, or the "still showing" function), and the
// preset lists name their presets beside their formulas.

#include "expression/parser.h"
#include "expression/printer.h"
#include "gui_test_helpers.h"
#include "plotting/lesson_plot.h"
#include "presets/catalogue.h"
#include "undo/lesson_document.h"
#include "views/lesson_view.h"
#include "widgets/formula_field.h"
#include "window/main_window.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace gradlab;

class TestFormulaField : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { delete m_window; }
    void enterCommitsExactlyWhatWasTyped_data();
    void enterCommitsExactlyWhatWasTyped();
    void completionIsTakenOnlyWhenPicked_data();
    void completionIsTakenOnlyWhenPicked();
    void leavingTheFieldCommitsAValidFormula();
    void presetListNamesEachPreset_data();
    void presetListNamesEachPreset();

private:
    QUndoStack* stack() const { return m_window->document()->undoStack(); }
    QJsonObject state(const QString& lesson) const { return m_window->document()->states().value(lesson); }
    static void settle() { QTest::qWait(20); }
    /// Opens `lesson` and puts the keyboard in its formula field with the text selected.
    FormulaField* focusField(const QString& lesson);
    /// One key as the window system delivers it: to an open popup (the completions), else to the focus.
    void press(Qt::Key key) { QTest::keyClick(keyTarget(), key); }
    void type(QChar c) { QTest::keyClick(keyTarget(), c.toLatin1()); }
    /// Where the window system sends a key: an open popup, else the focus. Under load (and with no
    /// window manager) the window can lose activation, leaving no focus widget: it is activated again,
    /// which gives the focus back to the widget that had it.
    QWidget* keyTarget() {
        if (QWidget* popup = QApplication::activePopupWidget())
            return popup->focusWidget() ? popup->focusWidget() : popup;
        if (!QApplication::focusWidget()) {
            (void)gradlab::test::activate(m_window);
        }
        return QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    }
    /// Every plot's axis ranges and labels in the lesson: what must not jump while typing.
    QStringList axes(const QString& lesson) const;

    MainWindow* m_window = nullptr;
};

namespace {
QString unicodeOf(const QString& formula) {
    const ParseResult r = parse(formula.toStdString());
    return r.ok ? QString::fromStdString(toUnicode(r.formula.expr)) : formula;
}
} // namespace

void TestFormulaField::init() {
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(gradlab::test::activate(m_window));
    settle();
    QCOMPARE(stack()->count(), 0);
}

FormulaField* TestFormulaField::focusField(const QString& lesson) {
    m_window->showLesson(lesson);
    auto* field = m_window->lesson(lesson)->findChild<FormulaField*>();
    if (!field) return nullptr;
    field->comboBox()->setFocus(Qt::TabFocusReason);
    field->lineEdit()->selectAll();
    settle();
    return field;
}

QStringList TestFormulaField::axes(const QString& lesson) const {
    QStringList out;
    for (LessonPlot* plot : m_window->lesson(lesson)->findChildren<LessonPlot*>())
        for (QCPAxis* axis : {plot->xAxis, plot->yAxis})
            out << QStringLiteral("%1 [%2, %3]")
                       .arg(axis->label())
                       .arg(axis->range().lower, 0, 'g', 17)
                       .arg(axis->range().upper, 0, 'g', 17);
    return out;
}

void TestFormulaField::enterCommitsExactlyWhatWasTyped_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    // Several prefixes on the way are valid formulas ("f", "fo", "foo", "3x", "x", "w"): none is committed.
    QTest::newRow("slope: x is x, not x²") << "slope"
                                           << "x" << true;
    QTest::newRow("slope: foo(x) stays typed") << "slope"
                                               << "foo(x)" << false;
    QTest::newRow("secant: a broken quadratic") << "secant"
                                                << "3x  12x + 9" << false;
    QTest::newRow("secant: x^3 - x") << "secant"
                                     << "x^3 - x" << true;
    QTest::newRow("numeric: foo(x)") << "numeric"
                                     << "foo(x)" << false;
    QTest::newRow("autograd: w, not a preset") << "autograd"
                                               << "w" << true;
    QTest::newRow("descent: (w is not (w − 3)²") << "descent1d"
                                                 << "(w" << false;
    QTest::newRow("descent: w^4/4") << "descent1d"
                                    << "w^4/4" << true;
    QTest::newRow("learning rate: (w") << "learning-rate"
                                       << "(w" << false;
    QTest::newRow("learning rate: 2w^2") << "learning-rate"
                                         << "2w^2" << true;
    QTest::newRow("contour: x, a plane") << "contour"
                                         << "x" << true;
    QTest::newRow("contour: foo(x, y)") << "contour"
                                        << "foo(x, y)" << false;
    QTest::newRow("race: x^2 + y^2") << "race"
                                     << "x^2 + y^2" << true;
    QTest::newRow("race: (x") << "race"
                              << "(x" << false;
}

void TestFormulaField::enterCommitsExactlyWhatWasTyped() {
    QFETCH(QString, lesson);
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    FormulaField* field = focusField(lesson);
    QVERIFY(field);
    const QJsonObject before = state(lesson);
    const QString committed = before.value(QStringLiteral("formula")).toString();
    const QStringList axesBefore = axes(lesson);
    for (QChar c : typed) {
        type(c);
        settle();
        // Nothing half-typed leaves the field: no step, the same state, the same axes and labels.
        QCOMPARE(field->lineEdit()->text(), typed.left(field->lineEdit()->text().size()));
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(state(lesson), before);
        QCOMPARE(field->formula(), committed);
        QCOMPARE(axes(lesson), axesBefore);
        if (!field->errorMessage().isEmpty())
            QVERIFY2(field->message().endsWith(QStringLiteral("still showing ") + unicodeOf(committed)),
                     qPrintable(field->message()));
    }
    QCOMPARE(field->lineEdit()->text(), typed);
    press(Qt::Key_Return);
    settle();
    QCOMPARE(field->lineEdit()->text(), typed); // Enter never rewrites the text
    if (valid) {
        QVERIFY(field->errorMessage().isEmpty());
        QCOMPARE(state(lesson).value(QStringLiteral("formula")).toString(), typed);
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Change the function"));
        QVERIFY(field->message().isEmpty());
        stack()->undo();
        QCOMPARE(state(lesson), before);
    } else {
        QVERIFY(!field->errorMessage().isEmpty());
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(state(lesson), before);
        QCOMPARE(axes(lesson), axesBefore);
        QCOMPARE(field->message(),
                 field->errorMessage() + QStringLiteral(" — still showing ") + unicodeOf(committed));
    }
}

void TestFormulaField::completionIsTakenOnlyWhenPicked_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("click"); // else Down and Enter
    QTest::newRow("slope: x^3, Down, Enter") << "slope"
                                             << "x^3" << false;
    QTest::newRow("descent: w^, click") << "descent1d"
                                        << "w^" << true;
    QTest::newRow("contour: (, Down, Enter") << "contour"
                                             << "(" << false;
}

void TestFormulaField::completionIsTakenOnlyWhenPicked() {
    QFETCH(QString, lesson);
    QFETCH(QString, typed);
    QFETCH(bool, click);
    FormulaField* field = focusField(lesson);
    QVERIFY(field);
    for (QChar c : typed)
        type(c);
    settle();
    QCompleter* completer = field->comboBox()->completer();
    QVERIFY(completer);
    QAbstractItemView* popup = completer->popup();
    QTRY_VERIFY(popup->isVisible()); // the presets that start so are offered...
    QVERIFY(popup->model()->rowCount() > 0);
    QCOMPARE(field->lineEdit()->text(), typed); // ...without touching the text
    const QString first = popup->model()->index(0, 0).data(Qt::EditRole).toString();
    if (qEnvironmentVariableIsSet("GRADLAB_SHOTS"))
        popup->grab().save(
            QStringLiteral("%1/completion-%2.png").arg(qEnvironmentVariable("GRADLAB_SHOTS"), lesson));
    QVERIFY(first.startsWith(typed));
    QVERIFY(first != state(lesson).value(QStringLiteral("formula")).toString());
    if (click) {
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {},
                          popup->visualRect(popup->model()->index(0, 0)).center());
    } else {
        press(Qt::Key_Down);
        press(Qt::Key_Return);
    }
    settle();
    QVERIFY(!popup->isVisible());
    QCOMPARE(field->lineEdit()->text(), first);
    QCOMPARE(field->formula(), first);
    QVERIFY(field->preset());
    QCOMPARE(field->preset()->formula, first); // as the parser reads it, to edit further
    QCOMPARE(stack()->count(), 1);
}

void TestFormulaField::leavingTheFieldCommitsAValidFormula() {
    FormulaField* field = focusField(QStringLiteral("secant"));
    QVERIFY(field);
    for (QChar c : QStringLiteral("x^3"))
        type(c);
    press(Qt::Key_Escape); // closes the completions, if any
    settle();
    QCOMPARE(stack()->count(), 0);
    // Switching to another window is not leaving the field: nothing is entered, the text stays.
    {
        QWidget other;
        other.show();
        QApplication::setActiveWindow(&other); // the field loses the focus with ActiveWindowFocusReason
        settle();
        QVERIFY(!field->lineEdit()->hasFocus());
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(field->lineEdit()->text(), QStringLiteral("x^3"));
    }
    QApplication::setActiveWindow(m_window); // back: the window gives the focus back to the field
    QTRY_VERIFY(field->lineEdit()->hasFocus());
    press(Qt::Key_Tab);
    settle();
    QVERIFY(!field->comboBox()->hasFocus());
    QCOMPARE(field->formula(), QStringLiteral("x^3"));
    QCOMPARE(state(QStringLiteral("secant")).value(QStringLiteral("formula")).toString(),
             QStringLiteral("x^3"));
    QCOMPARE(stack()->count(), 1);
    // A broken formula left behind is not committed and keeps its text and its message.
    field->comboBox()->setFocus(Qt::TabFocusReason);
    field->lineEdit()->selectAll();
    for (QChar c : QStringLiteral("x^"))
        type(c);
    press(Qt::Key_Tab);
    settle();
    QCOMPARE(field->lineEdit()->text(), QStringLiteral("x^"));
    QCOMPARE(field->formula(), QStringLiteral("x^3"));
    QVERIFY(field->message().endsWith(QStringLiteral("still showing x³")));
    QCOMPARE(stack()->count(), 1);
}

void TestFormulaField::presetListNamesEachPreset_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("slope: parabola") << "slope"
                                     << "square"
                                     << "Parabola";
    QTest::newRow("descent: two valleys") << "descent1d"
                                          << "quartic"
                                          << "Two valleys";
    QTest::newRow("contour: Rosenbrock") << "contour"
                                         << "rosenbrock"
                                         << "Rosenbrock";
    QTest::newRow("contour: saddle") << "contour"
                                     << "saddle"
                                     << "Saddle";
    QTest::newRow("race: Himmelblau") << "race"
                                      << "himmelblau"
                                      << "Himmelblau";
}

void TestFormulaField::presetListNamesEachPreset() {
    QFETCH(QString, lesson);
    QFETCH(QString, id);
    QFETCH(QString, name);
    const Preset* preset = findPreset(id.toStdString());
    QVERIFY(preset);
    FormulaField* field = focusField(lesson);
    QVERIFY(field);
    QComboBox* combo = field->comboBox();
    // Every catalogue preset of the lesson's dimension is listed as "name — formula".
    int listed = 0;
    for (const Preset& p : presetCatalogue())
        if (p.dimension == preset->dimension) {
            const QString label = QString::fromStdString(p.name) + QStringLiteral(" — ") +
                                  unicodeOf(QString::fromStdString(p.formula));
            QVERIFY2(combo->findText(label) >= 0, qPrintable(label));
            ++listed;
        }
    QCOMPARE(combo->count(), listed);
    const int row =
        combo->findText(name + QStringLiteral(" — ") + unicodeOf(QString::fromStdString(preset->formula)));
    QVERIFY(row >= 0);
    // Picked with the mouse from the open list: the field shows the formula alone and the lesson uses it.
    combo->showPopup();
    QAbstractItemView* list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    if (qEnvironmentVariableIsSet("GRADLAB_SHOTS")) // to look at: GRADLAB_SHOTS=/tmp/dir
        list->window()->grab().save(
            QStringLiteral("%1/presets-%2.png").arg(qEnvironmentVariable("GRADLAB_SHOTS"), id));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    settle();
    QCOMPARE(field->lineEdit()->text(), QString::fromStdString(preset->formula));
    QVERIFY(field->preset());
    QCOMPARE(field->preset()->name, name);
    QCOMPARE(state(lesson).value(QStringLiteral("formula")).toString(), field->lineEdit()->text());
    const QJsonArray range =
        state(lesson)
            .value(preset->dimension == 1 ? QStringLiteral("range") : QStringLiteral("domain"))
            .toArray();
    QCOMPARE(range[0].toDouble(), preset->domain[0]);
    QCOMPARE(range[1].toDouble(), preset->domain[1]);
    QVERIFY(field->message().isEmpty());
}

QTEST_MAIN(TestFormulaField)
#include "tst_formula_field.moc"
