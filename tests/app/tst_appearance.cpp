// Light → Dark → High contrast → Light through the real View → Appearance menu, with every lesson open: the
// formula fields, the tables (their live rows included), the labels and the coloured sentences are drawn in
// the appearance in use and read against their background (contrast ≥ 4.5 for text, 3 for a colour swatch).

#include "views/lesson_registry.h"
#include "views/lesson_view.h"
#include "widgets/appearance.h"
#include "widgets/formula_field.h"
#include "widgets/number_cell_delegate.h"
#include "window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace gradlab;

class TestAppearance : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readableHelpers_data();
    void readableHelpers();
    void everyLessonFollowsTheSwitch();
    void indicatorsShowInBothAppearances_data();
    void indicatorsShowInBothAppearances();

private:
    int m_shot = 0;
};

namespace {

/// The most common colour in `r` of `image` (the background there), and the largest contrast any pixel
/// of `r` has against it (the ink).
double inkContrast(const QImage& image, const QRect& r, QColor* background) {
    QHash<QRgb, int> counts;
    const QRect area = r.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    QRgb most = 0;
    int best = -1;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.value() > best) {
            best = it.value();
            most = it.key();
        }
    *background = QColor::fromRgb(most);
    double ink = 1.0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        ink = std::max(ink, contrastRatio(QColor::fromRgb(it.key()), *background));
    return ink;
}

QString describe(const QWidget* w) {
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->accessibleName().isEmpty() ? w->objectName()
                                                                       : w->accessibleName());
}

} // namespace

void TestAppearance::readableHelpers_data() {
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QColor>("background");
    const QColor white(Qt::white), dark(0x1e, 0x1f, 0x22), window(0x2b, 0x2d, 0x30), light(0xef, 0xef, 0xef);
    for (const QColor& c : {QColor(0x2c, 0xa0, 0x2c), QColor(0xc0, 0x1c, 0x28), QColor(0x1f, 0x77, 0xb4),
                            QColor(0xf2, 0xc1, 0x2e), QColor(0x22, 0x22, 0x22), QColor(0xe6, 0xe6, 0xe6)})
        for (const QColor& b : {white, dark, window, light})
            QTest::newRow(qPrintable(c.name() + QStringLiteral(" on ") + b.name())) << c << b;
}

void TestAppearance::readableHelpers() {
    QFETCH(QColor, colour);
    QFETCH(QColor, background);
    const QColor r = readableOn(colour, background);
    QVERIFY2(contrastRatio(r, background) >= 4.5, qPrintable(r.name()));
    if (contrastRatio(colour, background) >= 4.5) QCOMPARE(r, colour); // kept when it already reads
    QVERIFY(contrastRatio(liveRowColour(darkPalette()), darkPalette().color(QPalette::Text)) >= 4.5);
}

void TestAppearance::everyLessonFollowsTheSwitch() {
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHash<QString, QAction*> actions;
    for (QAction* a : window.findChildren<QAction*>())
        actions.insert(a->text(), a);
    QVERIFY(actions.contains(QStringLiteral("&Light")) && actions.contains(QStringLiteral("&Dark")) &&
            actions.contains(QStringLiteral("&High contrast")));
    QStringList problems; // all of them, not just the first
    auto expect = [&problems](bool ok, const QString& what) {
        if (!ok) problems << what;
    };
    const QRegularExpression span(QStringLiteral("<span style='color:(#[0-9a-fA-F]{6})'>([^<]*)"));

    for (const QString& appearance : {QStringLiteral("&Light"), QStringLiteral("&Dark"),
                                      QStringLiteral("&High contrast"), QStringLiteral("&Light")}) {
        actions.value(appearance)->trigger();
        const bool dark = appearance == QStringLiteral("&Dark");
        for (const QString& id : lessonIds()) {
            QVERIFY(window.showLesson(id));
            QTest::qWait(30);
            LessonView* view = window.lesson(id);
            // A typing slip in every formula field, so its error colours are drawn (and later switches
            // find fields that have shown an error, as a student's fields have).
            for (FormulaField* field : view->findChildren<FormulaField*>()) {
                field->lineEdit()->setFocus();
                field->lineEdit()->end(false);
                QTest::keyClick(field->lineEdit(), ')');
                QVERIFY(!field->errorMessage().isEmpty());
            }
            QTest::qWait(30);
            const QImage shot = window.grab().toImage();
            if (qEnvironmentVariableIsSet("GRADLAB_SHOTS")) // to look at: GRADLAB_SHOTS=/tmp/dir
                shot.save(QStringLiteral("%1/%2-%3-%4.png")
                              .arg(qEnvironmentVariable("GRADLAB_SHOTS"), id, appearance.mid(1))
                              .arg(++m_shot));
            auto area = [&](const QWidget* w) { return QRect(w->mapTo(&window, QPoint(0, 0)), w->size()); };
            const QString where = QStringLiteral("%1, %2: ").arg(id, appearance);

            for (FormulaField* field : view->findChildren<FormulaField*>()) {
                QColor base;
                const double ink = inkContrast(shot, area(field->lineEdit()), &base);
                expect((base.lightness() < 128) == dark,
                       (where + QStringLiteral("formula field base ") + base.name()));
                expect(ink >= 4.5, (where + QStringLiteral("formula text contrast %1").arg(ink)));
            }
            for (QTableWidget* table : view->findChildren<QTableWidget*>()) {
                if (!table->isVisible()) continue;
                for (int r = 0; r < table->rowCount(); ++r)
                    for (int c = 0; c < table->columnCount(); ++c) {
                        QTableWidgetItem* item = table->item(r, c);
                        if (!item || item->text().isEmpty()) continue;
                        const QRect cell = table->visualItemRect(item).adjusted(1, 1, -1, -1);
                        if (!table->viewport()->rect().contains(cell)) continue;
                        QColor background;
                        const double ink = inkContrast(
                            shot, cell.translated(table->viewport()->mapTo(&window, QPoint(0, 0))),
                            &background);
                        const QString what = where + QStringLiteral("table '%1' row %2 column %3 ")
                                                         .arg(table->accessibleName())
                                                         .arg(r)
                                                         .arg(c);
                        expect((background.lightness() < 128) == dark,
                               (what + QStringLiteral("background ") + background.name()));
                        expect(ink >= 4.5, (what + QStringLiteral("contrast %1").arg(ink)));
                    }
            }
            for (FormulaField* field : view->findChildren<FormulaField*>()) {
                QTest::keyClick(field->lineEdit(), Qt::Key_Backspace);
                QVERIFY(field->errorMessage().isEmpty());
            }
            for (QLabel* label : view->findChildren<QLabel*>()) {
                if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
                    continue;
                QColor background;
                const double ink = inkContrast(shot, area(label), &background);
                expect((background.lightness() < 128) == dark,
                       (where + describe(label) + QStringLiteral(" on ") + background.name()));
                expect(ink >= 4.5, (where + describe(label) + QStringLiteral(": ") + label->text() +
                                    QStringLiteral(" contrast %1").arg(ink)));
                // Each coloured part of a sentence reads on its own: words at 4.5, a swatch (■ ● ➜) at 3.
                auto it = span.globalMatch(label->text());
                while (it.hasNext()) {
                    const auto m = it.next();
                    const QString words = m.captured(2).trimmed();
                    const double ratio = contrastRatio(QColor(m.captured(1)), background);
                    expect(ratio >= (words.size() <= 1 ? 3.0 : 4.5),
                           (where + describe(label) + QStringLiteral(": '") + words +
                            QStringLiteral("' in ") + m.captured(1) +
                            QStringLiteral(" contrast %1").arg(ratio)));
                }
            }
        }
    }
    problems.removeDuplicates();
    for (const QString& p : problems)
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
}

void TestAppearance::indicatorsShowInBothAppearances_data() {
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// An unchecked check box, a radio button's ring, a table's check box and a slider's handle must each
// stand out from what is behind them (contrast ≥ 1.5 somewhere in the indicator): in Qt 6.4's Fusion on a
// dark palette they were drawn black on nearly black.
void TestAppearance::indicatorsShowInBothAppearances() {
    QFETCH(bool, dark);
    applyAppearance(dark ? Appearance::Dark : Appearance::Light);
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* check = new QCheckBox(QStringLiteral("Nesterov"), &page);
    auto* radio = new QRadioButton(QStringLiteral("Forward"), &page);
    auto* slider = new QSlider(Qt::Horizontal, &page);
    slider->setValue(50);
    auto* table = new QTableWidget(1, 1, &page);
    auto* item = new QTableWidgetItem(QStringLiteral("Adagrad"));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    table->setItem(0, 0, item);
    for (QWidget* w : {static_cast<QWidget*>(check), static_cast<QWidget*>(radio),
                       static_cast<QWidget*>(slider), static_cast<QWidget*>(table)})
        layout->addWidget(w);
    page.resize(300, 260);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto standsOut = [](const QImage& image, const QRect& area, const QColor& background) {
        double best = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                if (image.rect().contains(x, y))
                    best = std::max(best, contrastRatio(QColor(image.pixel(x, y)), background));
        return best;
    };
    const QColor window = page.palette().color(QPalette::Window);
    const QImage checkImage = check->grab().toImage();
    QVERIFY2(standsOut(checkImage, QRect(0, 0, 20, checkImage.height()), window) >= 1.5, "check box");
    const QImage radioImage = radio->grab().toImage();
    QVERIFY2(standsOut(radioImage, QRect(0, 0, 20, radioImage.height()), window) >= 1.5, "radio button");
    const QImage sliderImage = slider->grab().toImage();
    const int handleX = slider->style()->sliderPositionFromValue(0, 99, 50, slider->width());
    QVERIFY2(standsOut(sliderImage, QRect(handleX - 4, 0, 8, sliderImage.height()), window) >= 1.5, "slider");
    const QRect cell = table->visualItemRect(item);
    const QImage tableImage = table->viewport()->grab().toImage();
    const QColor base = table->palette().color(QPalette::Base);
    QVERIFY2(standsOut(tableImage, QRect(cell.left(), cell.top(), 24, cell.height()), base) >= 1.8,
             "table check box");
    applyAppearance(Appearance::Light);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
