// GradLab starts on a Qt platform without OpenGL (here "offscreen", with no display to borrow one from):
// the main window opens, every lesson shows, and the 3-D lesson says why it cannot draw and how to get
// it instead of crashing in Qt DataVisualization; exporting its figure reports the reason.

#include "plotting/surface_scene.h"
#include "views/lesson_registry.h"
#include "views/lesson_view.h"
#include "views/surface_view.h"
#include "widgets/appearance.h"
#include "window/main_window.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gradlab;

class TestOffscreenStart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyLessonShows();
    void surfaceLessonSaysWhyAndKeepsCounting();
    void surfaceExportReportsTheReason();
};

void TestOffscreenStart::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
    QString why;
    QVERIFY2(!SurfaceScene::openGlAvailable(&why), "this test needs a platform without OpenGL");
    QVERIFY2(why.contains(QStringLiteral("offscreen")), qPrintable(why));
}

void TestOffscreenStart::everyLessonShows() {
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Through the list as a user would, in light and then dark appearance.
    for (Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(appearance);
        for (int i = 0; i < w.navigation()->count(); ++i) {
            const QRect r = w.navigation()->visualItemRect(w.navigation()->item(i));
            QTest::mouseClick(w.navigation()->viewport(), Qt::LeftButton, {}, r.center());
            QApplication::processEvents();
            LessonView* v = w.activeLesson();
            QVERIFY(v);
            QCOMPARE(v->id(), w.navigation()->item(i)->data(Qt::UserRole).toString());
            QVERIFY2(v->isVisible(), qPrintable(v->id()));
            QVERIFY2(v->width() > 300 && v->height() > 300, qPrintable(v->id()));
            const QImage shot = v->grab().toImage();
            QVERIFY(!shot.isNull());
            if (v->id() != QLatin1String("surface3d")) {
                // Every other lesson draws its figure as usual.
                QVERIFY2(!renderLessonImage(*v->model(), QSize(400, 300), 1.0).isNull(), qPrintable(v->id()));
                continue;
            }
            auto* surface = qobject_cast<SurfaceView*>(v);
            QVERIFY(surface);
            QVERIFY(!surface->scene());
            auto* message = surface->findChild<QLabel*>(QStringLiteral("openGlUnavailable"));
            QVERIFY(message);
            QVERIFY(message->isVisible());
            QVERIFY(message->height() > 100);
        }
    }
    applyAppearance(Appearance::System);
}

void TestOffscreenStart::surfaceLessonSaysWhyAndKeepsCounting() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("surface3d")));
    auto* surface = qobject_cast<SurfaceView*>(w.activeLesson());
    QVERIFY(surface);
    // Why, and what to do about it.
    const QString text = surface->unavailableText();
    QVERIFY2(text.contains(QStringLiteral("needs OpenGL")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("“offscreen” Qt platform")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("libgl1-mesa-dri")), qPrintable(text));
    // The runs go on without a picture: Step still moves the readout.
    const QString before = surface->statusText();
    QVERIFY2(before.contains(QStringLiteral("step 0")), qPrintable(before));
    QAbstractButton* step = nullptr;
    for (QAbstractButton* b : surface->findChildren<QAbstractButton*>())
        if (b->text() == QObject::tr("&Step")) step = b;
    QVERIFY(step && step->isEnabled());
    QTest::mouseClick(step, Qt::LeftButton);
    QVERIFY2(surface->statusText().contains(QStringLiteral("step 1")), qPrintable(surface->statusText()));
    // The view buttons that need a picture are off; Ctrl+0 (Reset view) does nothing harmful.
    surface->resetView();
    QVERIFY(!surface->model()->save().isEmpty());
}

void TestOffscreenStart::surfaceExportReportsTheReason() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("surface3d")));
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("surface.png"), QStringLiteral("surface.pdf")}) {
        QString error;
        QVERIFY(!w.exportActiveLesson(dir.filePath(name), QSize(800, 600), 1.0, &error, true));
        QVERIFY2(error.contains(QStringLiteral("OpenGL")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(name)));
    }
    // Another lesson still exports.
    QVERIFY(w.showLesson(QStringLiteral("contour")));
    QString error;
    QVERIFY2(
        w.exportActiveLesson(dir.filePath(QStringLiteral("contour.png")), QSize(600, 400), 1.0, &error, true),
        qPrintable(error));
}

int main(int argc, char** argv) {
    // The platform without OpenGL, and no X display that the offscreen platform could take GLX from.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QApplication app(argc, argv);
    TestOffscreenStart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_offscreen_start.moc"
