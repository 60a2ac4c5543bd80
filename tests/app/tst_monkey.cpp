// A monkey test: thousands of random but seeded presses, drags, wheel turns, key presses, button clicks
// and formula edits (good and bad) on every lesson. Afterwards the app is alive, no readout shows a
// non-number as if it were one, and Qt logged nothing about invalid geometry.

#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "views/lesson_view.h"
#include "widgets/formula_field.h"
#include "window/main_window.h"

#include <QAbstractSlider>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>
#include <random>

using namespace gradlab;

namespace {
QStringList g_warnings;

void collect(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtWarningMsg || type == QtCriticalMsg) g_warnings << message;
    if (type == QtFatalMsg || type == QtCriticalMsg) fprintf(stderr, "%s\n", qPrintable(message));
}

const QStringList kFormulas = {
    "x^2",
    "sin(x)*x",
    "abs(x)",
    "1/x",
    "log(x)",
    "sqrt(x)",
    "x^3 - 6x^2 + 9x + 1",
    "exp(x)",
    "tan(x)",
    "(1-x)^2 + 100(y-x^2)^2",
    "x^2 + 3y^2",
    "x^2 - y^2",
    "1/(x^2+y^2)",
    "log(x*y)",
    "x^y",
    "",
    "(",
    "2^^3",
    "sinn(x)",
    "x+y+z",
    "1e400",
    "((((x",
    "x)",
    "·",
    "x²+ʸ",
    "0/0",
    "1e308*10*x",
};

int randomInt(std::mt19937& rng, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

void wheel(QWidget* w, QPoint at, int delta) {
    QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(w, &event);
}

bool looksLikeRawNonNumber(const QString& text) {
    // formatValue() writes "undefined" and "±∞"; a raw "nan"/"inf" means a number slipped through.
    static const QRegularExpression raw(QStringLiteral("(^|[^a-zA-Z])(nan|-?inf)([^a-zA-Z]|$)"));
    return raw.match(text).hasMatch();
}
} // namespace

class TestMonkey : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qInstallMessageHandler(collect);
    }
    void everyLessonSurvives();
};

void TestMonkey::everyLessonSurvives() {
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::mt19937 rng(20261122);
    const int actionsPerLesson = 250;
    int actions = 0;
    for (int lesson = 0; lesson < window.navigation()->count(); ++lesson) {
        window.navigation()->setCurrentRow(lesson);
        LessonView* view = window.activeLesson();
        QVERIFY(view);
        const auto plots = view->findChildren<LessonPlot*>();
        const auto fields = view->findChildren<FormulaField*>();
        QList<QPushButton*> buttons = view->findChildren<QPushButton*>();
        const auto sliders = view->findChildren<QAbstractSlider*>();
        QCoreApplication::processEvents();
        for (int i = 0; i < actionsPerLesson; ++i, ++actions) {
            const int kind = randomInt(rng, 0, 99);
            if (kind < 40 && !plots.isEmpty()) {
                LessonPlot* plot = plots[randomInt(rng, 0, plots.size() - 1)];
                if (!plot->isVisible()) continue;
                QPoint p(randomInt(rng, 0, plot->width() - 1), randomInt(rng, 0, plot->height() - 1));
                // Half the time, start on a handle if there is one near.
                if (randomInt(rng, 0, 1) && !plot->findChildren<QObject*>().isEmpty()) {
                    for (QObject* o : plot->children())
                        if (auto* h = qobject_cast<DraggableHandle*>(o); h && h->isVisible())
                            p = h->pixelPosition().toPoint();
                }
                QTest::mousePress(plot, Qt::LeftButton, {}, p);
                const int moves = randomInt(rng, 0, 6);
                for (int m = 0; m < moves; ++m) {
                    p += QPoint(randomInt(rng, -80, 80), randomInt(rng, -80, 80));
                    p = QPoint(std::clamp(p.x(), -2000, 4000), std::clamp(p.y(), -2000, 4000));
                    QTest::mouseMove(plot, p); // may leave the widget: that must be harmless too
                }
                QTest::mouseRelease(plot, Qt::LeftButton, {}, p);
            } else if (kind < 55 && !plots.isEmpty()) {
                LessonPlot* plot = plots[randomInt(rng, 0, plots.size() - 1)];
                wheel(plot,
                      QPoint(randomInt(rng, 0, plot->width() - 1), randomInt(rng, 0, plot->height() - 1)),
                      randomInt(rng, 0, 1) ? 360 : -360);
            } else if (kind < 70 && !fields.isEmpty()) {
                QLineEdit* edit = fields[randomInt(rng, 0, fields.size() - 1)]->lineEdit();
                edit->setFocus();
                edit->selectAll();
                const QString text = kFormulas[randomInt(rng, 0, kFormulas.size() - 1)];
                bool ascii = true;
                for (QChar c : text)
                    ascii = ascii && c.unicode() < 128;
                if (ascii)
                    QTest::keyClicks(edit, text); // typed key by key, each prefix validated
                else
                    edit->insert(text); // QTest types ASCII only; paste the rest
            } else if (kind < 80) {
                QWidget* target = sliders.isEmpty() ? static_cast<QWidget*>(view)
                                                    : sliders[randomInt(rng, 0, sliders.size() - 1)];
                const Qt::Key keys[] = {Qt::Key_Left,     Qt::Key_Right, Qt::Key_PageUp,
                                        Qt::Key_PageDown, Qt::Key_Home,  Qt::Key_End,
                                        Qt::Key_Space,    Qt::Key_Up,    Qt::Key_Down};
                QTest::keyClick(target, keys[randomInt(rng, 0, 8)]);
            } else if (kind < 92 && !buttons.isEmpty()) {
                QPushButton* b = buttons[randomInt(rng, 0, buttons.size() - 1)];
                if (b->isVisible() && b->isEnabled()) QTest::mouseClick(b, Qt::LeftButton);
            } else {
                QTest::qWait(randomInt(rng, 0, 40)); // let timers (animations, plays) run
            }
        }
        // Stop anything still playing before moving on, by clicking its button if it says Pause.
        for (QPushButton* b : buttons)
            if (b->text().contains(QStringLiteral("Pause"))) QTest::mouseClick(b, Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY2(window.isVisible(), "the window closed");
        // No readout shows a raw non-number.
        for (QLabel* l : view->findChildren<QLabel*>())
            QVERIFY2(!looksLikeRawNonNumber(l->text()),
                     qPrintable(view->id() + QStringLiteral(": ") + l->text()));
        for (QTableWidget* t : view->findChildren<QTableWidget*>())
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c)
                    if (t->item(r, c))
                        QVERIFY2(!looksLikeRawNonNumber(t->item(r, c)->text()),
                                 qPrintable(t->item(r, c)->text()));
    }
    QVERIFY(actions >= 2000);
    for (const QString& w : g_warnings)
        QVERIFY2(!w.contains(QLatin1String("geometry"), Qt::CaseInsensitive), qPrintable(w));
    if (!g_warnings.isEmpty())
        qInfo("%lld other warnings, first: %s", static_cast<long long>(g_warnings.size()),
              qPrintable(g_warnings.first()));
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
