// The page an exported figure sits on and the way to it: a margin that keeps every text off the edge, an
// optional title, the export dialog's labels and frame count, Ctrl+E from inside a text field, and a
// race animation that stays small.

#include "export/animation_writer.h"
#include "export/export_dialog.h"
#include "export/figure_layout.h"
#include "export/figure_writer.h"
#include "gui_test_helpers.h"
#include "lessons/number_format.h"
#include "views/lesson_registry.h"
#include "views/lesson_view.h"
#include "window/export_actions.h"
#include "window/language.h"
#include "window/main_window.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gradlab;

class TestExportPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void marginKeepsTextOffTheEdge_data();
    void marginKeepsTextOffTheEdge();
    void titleAboveTheFigure_data();
    void titleAboveTheFigure();
    void dialogLabelsShowNoAmpersand_data();
    void dialogLabelsShowNoAmpersand();
    void dialogSaysWhatItWrites();
    void framesSayHowMany();
    void failedSaveKeepsTheDialog();
    void scaleIsWrittenInTheLanguage();
    void menuShortcutsWorkFromTextFields_data();
    void menuShortcutsWorkFromTextFields();
    void raceAnimationStaysSmall();
};

namespace {

// The number of pixels in `rect` that differ from `background` by more than a little.
int inkIn(const QImage& image, const QRect& rect, QRgb background) {
    int ink = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (std::abs(qRed(c) - qRed(background)) + std::abs(qGreen(c) - qGreen(background)) +
                    std::abs(qBlue(c) - qBlue(background)) >
                24)
                ++ink;
        }
    return ink;
}

QList<QRect> borderStrips(QSize size, int width) {
    return {QRect(0, 0, size.width(), width), QRect(0, size.height() - width, size.width(), width),
            QRect(0, 0, width, size.height()), QRect(size.width() - width, 0, width, size.height())};
}

// Accepts whatever modal dialog opens next, after noting its class, and closes it.
void closeNextDialog(QString* seen) {
    QTimer::singleShot(200, [seen] {
        if (QWidget* w = QApplication::activeModalWidget()) {
            *seen = QString::fromLatin1(w->metaObject()->className());
            static_cast<QDialog*>(w)->reject();
        }
    });
}

} // namespace

void TestExportPage::marginKeepsTextOffTheEdge_data() {
    QTest::addColumn<QString>("lesson");
    for (const QString& id : lessonIds())
        if (id != QLatin1String("surface3d")) QTest::newRow(qPrintable(id)) << id;
}

void TestExportPage::marginKeepsTextOffTheEdge() {
    QFETCH(QString, lesson);
    MainWindow w;
    QVERIFY(w.showLesson(lesson));
    FigureOptions options;
    options.size = QSize(900, 600);
    const QImage image = renderLessonFigure(*w.activeLesson()->model(), options);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), options.size);
    const QRgb background = w.palette().color(QPalette::Window).rgb();
    // Nothing is drawn in the outer three quarters of the margin.
    for (const QRect& strip : borderStrips(image.size(), kFigureMargin * 3 / 4))
        QVERIFY2(inkIn(image, strip, background) == 0,
                 qPrintable(QStringLiteral("ink at the edge in %1,%2 %3x%4")
                                .arg(strip.x())
                                .arg(strip.y())
                                .arg(strip.width())
                                .arg(strip.height())));
    // And the figure is there.
    QVERIFY(inkIn(image, QRect(QPoint(), image.size()), background) > 1000);
}

void TestExportPage::titleAboveTheFigure_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("slope PNG") << "slope"
                               << "png";
    QTest::newRow("race PNG") << "race"
                              << "png";
    QTest::newRow("descent1d PDF") << "descent1d"
                                   << "pdf";
}

void TestExportPage::titleAboveTheFigure() {
    QFETCH(QString, lesson);
    QFETCH(QString, suffix);
    MainWindow w;
    QVERIFY(w.showLesson(lesson));
    FigureOptions plain;
    plain.size = QSize(800, 500);
    FigureOptions titled = plain;
    titled.title = QStringLiteral("Gradient descent, lesson 7");
    const FigurePage page = layoutFigurePage(titled.size, titled.title);
    QVERIFY(page.title.height() > 10);
    QVERIFY(page.figure.top() > page.title.bottom());
    const QRgb background = w.palette().color(QPalette::Window).rgb();
    if (suffix == QLatin1String("png")) {
        const QImage a = renderLessonFigure(*w.activeLesson()->model(), plain);
        const QImage b = renderLessonFigure(*w.activeLesson()->model(), titled);
        // The title's text is in its band (centred), and the band is empty without a title.
        const QRect band(page.title.left() + page.title.width() / 4, page.title.top(), page.title.width() / 2,
                         page.title.height());
        QVERIFY(inkIn(b, band, background) > 50);
        QVERIFY(inkIn(a, band, background) < inkIn(b, band, background));
    } else {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("titled.") + suffix);
        QVERIFY2(saveLessonFigure(*w.activeLesson()->model(), path, titled, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.size() > 1000);
    }
}

void TestExportPage::dialogLabelsShowNoAmpersand_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("figure") << int(ExportDialog::Figure);
    QTest::newRow("animation") << int(ExportDialog::Animation);
}

void TestExportPage::dialogLabelsShowNoAmpersand() {
    QFETCH(int, mode);
    ExportDialog dialog(static_cast<ExportDialog::Mode>(mode), QStringLiteral("/tmp/figure.png"));
    dialog.show();
    QVERIFY(gradlab::test::activate(&dialog));
    const auto labels = dialog.findChildren<QLabel*>();
    QVERIFY(labels.size() >= 5);
    for (QLabel* label : labels) {
        // A label shows '&' literally unless it has a buddy to take the mnemonic.
        if (label->text().contains(QLatin1Char('&'))) QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    // Alt+F goes to the file field.
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    QVERIFY(dialog.focusWidget());
    QCOMPARE(dialog.focusWidget()->accessibleName(), QStringLiteral("File"));
    QVERIFY(dialog.titleField());
}

// The dialog says what the file will be as the size, scale and format change; PDF and SVG take no scale (the
// greyed value is not applied), and a name without an extension gets the chosen format's.
void TestExportPage::dialogSaysWhatItWrites() {
    QSettings().remove(QStringLiteral("export"));
    ExportDialog dialog(ExportDialog::Figure, QDir::temp().filePath(QStringLiteral("figure.png")));
    dialog.show();
    QVERIFY(gradlab::test::activate(&dialog));
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("exportResult"));
    QVERIFY(result && result->isVisible());
    const QList<QSpinBox*> sizes = dialog.findChildren<QSpinBox*>();
    QSpinBox* width = nullptr;
    for (QSpinBox* box : sizes)
        if (box->value() == 1200) width = box;
    QVERIFY(width);
    auto* scale = dialog.findChild<QDoubleSpinBox*>();
    QVERIFY(scale);
    const QLocale l = displayLocale(); // the GUI's language, without group separators
    QCOMPARE(result->text(),
             QStringLiteral("Writes an image of %1 × %2 pixels.").arg(l.toString(1200), l.toString(800)));
    // Typed as a user types: select the width, type 640.
    width->setFocus();
    QTest::keyClick(width, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(width, QStringLiteral("640"));
    QCOMPARE(width->value(), 640);
    QVERIFY2(result->text().contains(l.toString(640) + QStringLiteral(" × ") + l.toString(800)),
             qPrintable(result->text()));
    scale->setFocus();
    QTest::keyClick(scale, Qt::Key_Up);
    QCOMPARE(scale->value(), 1.5);
    QVERIFY2(result->text().contains(l.toString(960) + QStringLiteral(" × ") + l.toString(1200)),
             qPrintable(result->text()));
    QCOMPARE(dialog.figureOptions().scale, 1.5);
    // PDF: a vector drawing, the scale greyed and not applied.
    QComboBox* format = dialog.formatBox();
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(format->currentData().toString(), QStringLiteral("pdf"));
    QVERIFY(!scale->isEnabled());
    QVERIFY2(result->text().contains(QStringLiteral("vector")), qPrintable(result->text()));
    QCOMPARE(dialog.figureOptions().scale, 1.0);
    QVERIFY(dialog.path().endsWith(QStringLiteral("figure.pdf")));
    QTest::keyClick(format, Qt::Key_Up);
    QVERIFY(scale->isEnabled());
    QCOMPARE(dialog.figureOptions().scale, 1.5);
    // No extension: Save adds the format's.
    auto* path = dialog.findChildren<QLineEdit*>().first();
    QCOMPARE(path->accessibleName(), QStringLiteral("File"));
    path->setFocus();
    QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(path, QDir::temp().filePath(QStringLiteral("slide")));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.path(), QDir::temp().filePath(QStringLiteral("slide.png")));
    QSettings().remove(QStringLiteral("export"));
}

void TestExportPage::framesSayHowMany() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("race")));
    const LessonAnimation animation = createLessonAnimation(*w.activeLesson()->model());
    QVERIFY(animation.frames > 2);
    QString framesText, seen;
    QTimer::singleShot(200, [&] {
        if (auto* d = qobject_cast<ExportDialog*>(QApplication::activeModalWidget())) {
            seen = QStringLiteral("ExportDialog");
            framesText = d->framesBox()->specialValueText();
            d->reject();
        }
    });
    w.exports()->animationAction()->trigger();
    QCOMPARE(seen, QStringLiteral("ExportDialog"));
    QVERIFY2(framesText.contains(QString::number(animation.frames)), qPrintable(framesText));
}

// A save that fails says why and opens the dialog again with what was entered: the size, the name.
void TestExportPage::failedSaveKeepsTheDialog() {
    QSettings().remove(QStringLiteral("export"));
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction* figure = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Export Figure…")) figure = a;
    QVERIFY(figure);
    const QString refused = QStringLiteral("/proc/gradlab-figure.png"); // a folder that takes no new file
    int dialogs = 0;
    QString warning, pathAgain;
    int widthAgain = 0;
    // Each modal window as it comes: the dialog (filled in and saved, then seen again and closed), and the
    // message between.
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &w, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            warning = box->text();
            box->accept();
        } else if (auto* d = qobject_cast<ExportDialog*>(modal); d && d->isVisible()) {
            if (dialogs++ == 0) {
                d->findChildren<QLineEdit*>().first()->setText(refused);
                for (QSpinBox* box : d->findChildren<QSpinBox*>())
                    if (box->value() == 1200) box->setValue(640);
                QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                                  Qt::LeftButton);
            } else {
                pathAgain = d->path();
                widthAgain = d->logicalSize().width();
                d->reject();
            }
        }
    });
    poll.start();
    figure->trigger();
    poll.stop();
    QCOMPARE(dialogs, 2);
    QVERIFY2(warning.contains(QStringLiteral("/proc")), qPrintable(warning));
    QCOMPARE(pathAgain, refused);
    QCOMPARE(widthAgain, 640);
    QVERIFY(!QFileInfo::exists(refused));
    QSettings().remove(QStringLiteral("export"));
}

// The scale box writes its number as the GUI's language does ("1,5×" in German, not "1.50×").
void TestExportPage::scaleIsWrittenInTheLanguage() {
    QSettings().remove(QStringLiteral("export"));
    QVERIFY(Language::install(QStringLiteral("de")));
    {
        ExportDialog dialog(ExportDialog::Figure, QDir::temp().filePath(QStringLiteral("figure.png")));
        auto* scale = dialog.findChild<QDoubleSpinBox*>();
        QVERIFY(scale);
        scale->setValue(1.5);
        QVERIFY2(scale->text().startsWith(QStringLiteral("1,5")), qPrintable(scale->text()));
    }
    QVERIFY(Language::install(QStringLiteral("en")));
}

void TestExportPage::menuShortcutsWorkFromTextFields_data() {
    QTest::addColumn<QString>("lesson");
    QTest::newRow("slope") << "slope";
    QTest::newRow("descent1d") << "descent1d";
    QTest::newRow("race") << "race";
}

void TestExportPage::menuShortcutsWorkFromTextFields() {
    QFETCH(QString, lesson);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(lesson));
    QVERIFY(gradlab::test::activate(&w));
    const auto fields = w.activeLesson()->findChildren<QLineEdit*>();
    QVERIFY(!fields.isEmpty());
    int tried = 0;
    for (QLineEdit* field : fields) {
        if (!field->isVisible() || !field->isEnabled() || field->isReadOnly()) continue;
        if (qobject_cast<QAbstractSpinBox*>(field->parentWidget())) continue; // the spin box has the focus
        QVERIFY(gradlab::test::activate(&w));
        field->setFocus();
        QVERIFY2(QTest::qWaitFor([field] { return field->hasFocus(); }), qPrintable(field->accessibleName()));
        const QString before = field->text();
        QString seen;
        closeNextDialog(&seen);
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&seen] { return !seen.isEmpty(); }, 3000));
        QCOMPARE(seen, QStringLiteral("gradlab::ExportDialog"));
        QCOMPARE(field->text(), before);
        // Editing keys stay with the field: select all and type replaces the text.
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(field->selectedText(), field->text());
        ++tried;
    }
    QVERIFY(tried >= 1);
}

void TestExportPage::raceAnimationStaysSmall() {
    // The race's own animation (one frame per step, up to 120) at the dialog's default size: the
    // colour map behind it must not be stored again in every frame.
    MainWindow w;
    QVERIFY(w.showLesson(QStringLiteral("race")));
    QTemporaryDir dir;
    AnimationOptions options;
    options.figure.size = QSize(900, 600);
    QString error;
    const QString path = dir.filePath(QStringLiteral("race.gif"));
    QVERIFY2(w.exports()->exportAnimation(path, options, &error, true), qPrintable(error));
    const qint64 bytes = QFileInfo(path).size();
    qInfo("race GIF: %lld bytes for %d frames", static_cast<long long>(bytes),
          createLessonAnimation(*w.activeLesson()->model()).frames);
    QVERIFY(bytes > 0);
    QVERIFY(bytes < 3 * 1000 * 1000);
}

QTEST_MAIN(TestExportPage)
#include "tst_export_page.moc"
