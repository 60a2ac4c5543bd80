// Exports from the real window: PNG, PDF and SVG at the requested sizes, a transparent background, the
// clipboard, every lesson table as CSV, animations as GIF and PNG frames; failures and cancels leave
// nothing behind and say which path and why.

#include "export/animation_writer.h"
#include "export/figure_writer.h"
#include "lessons/descent_lesson.h"
#include "lessons/lesson_set.h"
#include "lessons/render_options.h"
#include "lessons/secant_lesson.h"
#include "plotting/figure_export.h"
#include "views/descent_view.h"
#include "views/lesson_registry.h"
#include "views/lesson_view.h"
#include "views/secant_view.h"
#include "widgets/rest_timer.h"
#include "widgets/text_size.h"
#include "window/export_actions.h"
#include "window/file_actions.h"
#include "window/main_window.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace gradlab;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}
} // namespace

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void figureInEveryFormat_data();
    void figureInEveryFormat();
    void offScreenFiguresDrawAsShownOnes_data();
    void offScreenFiguresDrawAsShownOnes();
    void transparentBackground_data();
    void transparentBackground();
    void copyPutsTheFigureOnTheClipboard();
    void tablesAsCsv_data();
    void tablesAsCsv();
    void lessonsWithoutTableOrAnimation();
    void animations_data();
    void animations();
    void failuresLeaveNothing_data();
    void failuresLeaveNothing();
    void cancelledAnimationLeavesNothing_data();
    void cancelledAnimationLeavesNothing();
    void suggestedFolderExists_data();
    void suggestedFolderExists();
};

void TestExport::figureInEveryFormat_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("secant PNG 2x") << "secant"
                                   << "png" << QSize(800, 500) << 2.0;
    QTest::newRow("secant PDF") << "secant"
                                << "pdf" << QSize(1200, 800) << 1.0;
    QTest::newRow("secant SVG") << "secant"
                                << "svg" << QSize(1000, 600) << 1.0;
    QTest::newRow("contour PDF") << "contour"
                                 << "pdf" << QSize(900, 700) << 1.0;
    QTest::newRow("race SVG") << "race"
                              << "svg" << QSize(1200, 900) << 1.0;
    QTest::newRow("autograd PNG") << "autograd"
                                  << "png" << QSize(640, 480) << 1.0;
    QTest::newRow("learning-rate PDF") << "learning-rate"
                                       << "pdf" << QSize(1000, 800) << 1.0;
    QTest::newRow("surface3d PDF (a picture inside)") << "surface3d"
                                                      << "pdf" << QSize(800, 600) << 1.0;
}

void TestExport::figureInEveryFormat() {
    QFETCH(QString, lesson);
    QFETCH(QString, suffix);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    MainWindow w;
    w.show();
    QVERIFY(w.showLesson(lesson));
    QTemporaryDir dir;
    const QString path = dir.filePath("figure." + suffix);
    FigureOptions options;
    options.size = size;
    options.scale = scale;
    QString error;
    QVERIFY2(w.exports()->exportFigure(path, options, &error, true), qPrintable(error));
    const QByteArray bytes = readAll(path);
    if (suffix == "png") {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), size * scale);
    } else if (suffix == "pdf") {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // The page is the figure at 96 pixels per inch: 0.75 points per pixel.
        const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const auto m = box.match(QString::fromLatin1(bytes));
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toDouble(), size.width() * 0.75);
        QCOMPARE(m.captured(2).toDouble(), size.height() * 0.75);
    } else {
        QSvgRenderer svg(bytes);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBox(), QRect(QPoint(), size));
        QVERIFY(bytes.contains("<path") || bytes.contains("<polyline"));
    }
    QCOMPARE(entries(dir.path()), QStringList{"figure." + suffix});
}

void TestExport::offScreenFiguresDrawAsShownOnes_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    // Every lesson drawn with plots (the 3-D view draws with OpenGL), with its own function and another.
    for (const LessonEntry& entry : lessonRegistry()) {
        if (entry.renderImage) continue;
        QTest::newRow(qPrintable(entry.id)) << entry.id << QString() << QString() << QSize(1200, 800);
    }
    QTest::newRow("contour, a saddle, 900x600") << "contour"
                                                << "x^2 - y^2"
                                                << "" << QSize(900, 600);
    // (Not a tall contour map: the comparison figure is first laid out at the default size, where its map
    // samples a wider rectangle than the tall view needs, and keeps those colours; the lines are the same.)
    QTest::newRow("contour, sin, 1000x640") << "contour"
                                            << "sin(x)*cos(y)"
                                            << "" << QSize(1000, 640);
    QTest::newRow("descent1d, a quartic") << "descent1d"
                                          << "x^4 - 3x^2 + x"
                                          << "" << QSize(1000, 700);
    QTest::newRow("learning-rate, a quartic") << "learning-rate"
                                              << "x^4 - x^2"
                                              << "" << QSize(1200, 800);
    QTest::newRow("learning-rate, its map") << "learning-rate"
                                            << ""
                                            << "map" << QSize(1200, 800);
    QTest::newRow("race, an ellipse, 1600x1000") << "race"
                                                 << "x^2 + 10y^2"
                                                 << "" << QSize(1600, 1000);
    QTest::newRow("race, its map") << "race"
                                   << ""
                                   << "map" << QSize(1000, 800);
}

void TestExport::offScreenFiguresDrawAsShownOnes() {
    // An export makes its figure's plots under OffScreenPlots: they are laid out but never draw into the
    // layer buffers a plot on screen draws into. The figure must come out as the same figure looks on screen
    // at that size (the texts say what the plots' layout found; the ranges, ticks and margins are the same).
    QFETCH(QString, lesson);
    QFETCH(QString, formula);
    QFETCH(QString, view);
    QFETCH(QSize, size);
    const std::unique_ptr<LessonSet> lessons = createLessons();
    Lesson* model = lessons->lesson(lesson);
    QVERIFY(model);
    RenderOptions options;
    options.formula = formula;
    options.view = view;
    QString error;
    QVERIFY2(model->applyOptions(options, &error), qPrintable(error));

    const QImage offScreen = renderLessonImage(*model, size, 1.0);
    std::unique_ptr<QWidget> figure = findLesson(lesson)->makeFigure(*model);
    setFigureFont(figure.get(), exportFont());
    int buffered = 0;
    for (QCustomPlot* plot : figure->findChildren<QCustomPlot*>())
        connect(plot, &QCustomPlot::afterReplot, this, [&buffered] { ++buffered; });
    // On screen at the export's size, settled (a held text height given back, queued replots done).
    figure->resize(size);
    figure->show();
    QVERIFY(QTest::qWaitForWindowExposed(figure.get()));
    QTest::qWait(RestTimer::kRestMs + 200);
    QCOMPARE(figure->size(), size);
    QImage shown(size, QImage::Format_ARGB32_Premultiplied);
    shown.fill(Qt::transparent);
    {
        QCPPainter painter(&shown);
        paintFigure(figure.get(), &painter, size, false, false);
    }
    if (!figure->findChildren<QCustomPlot*>().isEmpty())
        QVERIFY2(buffered > 0, "the comparison figure's plots never replotted");
    if (qEnvironmentVariableIsSet("XDUMP")) {
        offScreen.save(QStringLiteral("/tmp/rm/t_off.png"));
        shown.save(QStringLiteral("/tmp/rm/t_shown.png"));
    }
    QCOMPARE(offScreen.size(), shown.size());
    int differ = 0;
    QPoint first(-1, -1);
    for (int y = 0; y < shown.height(); ++y)
        for (int x = 0; x < shown.width(); ++x)
            if (offScreen.pixel(x, y) != shown.pixel(x, y)) {
                if (differ++ == 0) first = QPoint(x, y);
            }
    QVERIFY2(differ == 0, qPrintable(QStringLiteral("%1 pixels differ, the first at (%2, %3)")
                                         .arg(differ)
                                         .arg(first.x())
                                         .arg(first.y())));
}

void TestExport::transparentBackground_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<bool>("transparent");
    QTest::newRow("slope, transparent") << "slope" << true;
    QTest::newRow("slope, opaque") << "slope" << false;
    QTest::newRow("contour, transparent") << "contour" << true;
}

void TestExport::transparentBackground() {
    QFETCH(QString, lesson);
    QFETCH(bool, transparent);
    MainWindow w;
    QVERIFY(w.showLesson(lesson));
    const QImage image = renderLessonImage(*w.activeLesson()->model(), QSize(800, 600), 1.0, transparent);
    // The corner is window background; the plot's inside, away from lines, is plot background.
    QCOMPARE(qAlpha(image.pixel(2, image.height() - 2)), transparent ? 0 : 255);
    int clear = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            clear += qAlpha(image.pixel(x, y)) == 0;
    if (transparent)
        QVERIFY2(clear > image.width() * image.height() / 49 / 3, qPrintable(QString::number(clear)));
    else
        QCOMPARE(clear, 0);
}

void TestExport::copyPutsTheFigureOnTheClipboard() {
    MainWindow w;
    w.showLesson("secant");
    QGuiApplication::clipboard()->clear();
    FigureOptions options;
    options.size = QSize(640, 400);
    options.scale = 1.5;
    QVERIFY(w.exports()->copyFigure(options));
    QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(960, 600));
}

void TestExport::tablesAsCsv_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("minRows");
    QTest::newRow("secant: limit table") << "secant"
                                         << "h,f_a_plus_h,f_a_minus_h,delta_y,slope,error" << 6;
    QTest::newRow("descent1d: steps") << "descent1d"
                                      << "step,w,loss,grad_w,update_w,lr" << 1;
    QTest::newRow("learning-rate: sweep")
        << "learning-rate"
        << "lr,final_loss,minimum_loss,stop_step,stop_reason,converged,criterion,regime" << 160;
    QTest::newRow("race: trajectories")
        << "race"
        << "optimizer,step,x,y,loss,grad_x,grad_y,grad_norm,update_x,update_y,lr" << 3;
    QTest::newRow("surface3d: the same trajectories")
        << "surface3d"
        << "optimizer,step,x,y,loss,grad_x,grad_y,grad_norm,update_x,update_y,lr" << 3;
}

void TestExport::tablesAsCsv() {
    QFETCH(QString, lesson);
    QFETCH(QString, header);
    QFETCH(int, minRows);
    MainWindow w;
    QVERIFY(w.showLesson(lesson));
    QVERIFY(w.exports()->tableAction()->isEnabled());
    if (lesson == "descent1d") {
        auto* d = static_cast<DescentView*>(w.activeLesson());
        for (int i = 0; i < 5; ++i)
            d->lesson()->step();
        minRows = 6;
    }
    if (lesson == "learning-rate") {
        // The sweep runs off the GUI thread; wait for it.
        QTRY_VERIFY_WITH_TIMEOUT(w.activeLesson()->model()->tableCsv().count('\n') > 160, 20000);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath("table.csv");
    QString error;
    QVERIFY2(w.exports()->exportTable(path, &error, true), qPrintable(error));
    const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
    QCOMPARE(QString::fromLatin1(lines.first()), header);
    QVERIFY2(lines.size() - 1 >= minRows, qPrintable(QString::number(lines.size())));
    const int columns = int(header.count(',')) + 1;
    for (const QByteArray& line : lines)
        QCOMPARE(int(line.count(',')) + 1, columns);
    if (lesson == "secant") {
        auto* s = static_cast<SecantView*>(w.activeLesson());
        QCOMPARE(lines.last().split(',').first().toDouble(), s->lesson()->dx()); // the live row
        QCOMPARE(lines.last().split(',').at(4).toDouble(), s->lesson()->secantSlope());
    }
    if (lesson == "descent1d") {
        auto* d = static_cast<DescentView*>(w.activeLesson());
        QCOMPARE(lines[1].split(',').at(1).toDouble(), d->lesson()->x()); // step 0 is the start
        QCOMPARE(lines[6].split(',').at(1).toDouble(), d->lesson()->trajectory().points[5].point[0]);
    }
}

void TestExport::lessonsWithoutTableOrAnimation() {
    MainWindow w;
    for (const char* id : {"slope", "numeric", "autograd", "contour"}) {
        QVERIFY(w.showLesson(id));
        QVERIFY2(!w.exports()->tableAction()->isEnabled(), id);
        QVERIFY2(!w.exports()->animationAction()->isEnabled(), id);
        QString error;
        QTemporaryDir dir;
        QVERIFY(!w.exports()->exportTable(dir.filePath("t.csv"), &error, true));
        QVERIFY(error.contains("no table"));
        QVERIFY(entries(dir.path()).isEmpty());
    }
    for (const char* id : {"secant", "descent1d", "race"}) {
        QVERIFY(w.showLesson(id));
        QVERIFY2(w.exports()->animationAction()->isEnabled(), id);
    }
}

void TestExport::animations_data() {
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QSize>("size");
    QTest::newRow("secant GIF") << "secant"
                                << "secant.gif" << 12 << QSize(480, 320);
    QTest::newRow("descent1d GIF, the lesson's own frame count") << "descent1d"
                                                                 << "run.gif" << 0 << QSize(400, 300);
    QTest::newRow("race PNG frames") << "race"
                                     << "race.png" << 6 << QSize(500, 400);
    QTest::newRow("secant PNG frames") << "secant"
                                       << "tangent.png" << 5 << QSize(320, 240);
}

void TestExport::animations() {
    QFETCH(QString, lesson);
    QFETCH(QString, file);
    QFETCH(int, frames);
    QFETCH(QSize, size);
    MainWindow w;
    QVERIFY(w.showLesson(lesson));
    QTemporaryDir dir;
    AnimationOptions options;
    options.figure.size = size;
    options.frames = frames;
    QString error;
    QVERIFY2(w.exports()->exportAnimation(dir.filePath(file), options, &error, true), qPrintable(error));
    if (file.endsWith(".gif")) {
        QImageReader reader(dir.filePath(file));
        QVERIFY(reader.canRead());
        if (frames == 0) frames = 51; // (w−3)² from 8 at rate 0.1: the run's 50 steps and the start
        QCOMPARE(reader.imageCount(), frames);
        QCOMPARE(reader.size(), size);
        int decoded = 0;
        QImage first, last;
        while (reader.canRead()) {
            const QImage frame = reader.read();
            QVERIFY(!frame.isNull());
            QCOMPARE(frame.size(), size);
            if (decoded == 0) first = frame;
            last = frame;
            ++decoded;
        }
        QCOMPARE(decoded, frames);
        QVERIFY(first != last); // something moves
        QCOMPARE(entries(dir.path()), QStringList{file});
    } else {
        const QStringList names = frameFileNames(dir.filePath(file), frames);
        QCOMPARE(entries(dir.path()).size(), frames); // the frames and nothing else
        for (const QString& name : names) {
            QImage image(name);
            QVERIFY2(!image.isNull(), qPrintable(name));
            QCOMPARE(image.size(), size);
        }
        QVERIFY(QImage(names.first()) != QImage(names.last()));
    }
}

void TestExport::failuresLeaveNothing_data() {
    QTest::addColumn<QString>("what");
    QTest::newRow("PNG") << "png";
    QTest::newRow("PDF") << "pdf";
    QTest::newRow("SVG") << "svg";
    QTest::newRow("CSV") << "csv";
    QTest::newRow("GIF") << "gif";
    QTest::newRow("PNG frames") << "frames";
    QTest::newRow("lesson file") << "gradlab";
}

void TestExport::failuresLeaveNothing() {
    QFETCH(QString, what);
    MainWindow w;
    w.showLesson("secant");
    QTemporaryDir dir;
    // A folder that does not exist, and a "folder" that is a file.
    QFile blocker(dir.filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    for (const QString& folder : {dir.filePath("missing"), dir.filePath("blocker")}) {
        const QString suffix = what == "frames" ? "png" : what;
        const QString path = QDir(folder).filePath("out." + suffix);
        QString error;
        bool ok = true;
        if (what == "csv") {
            ok = w.exports()->exportTable(path, &error, true);
        } else if (what == "gif" || what == "frames") {
            AnimationOptions options;
            options.figure.size = QSize(200, 150);
            options.frames = 3;
            ok = w.exports()->exportAnimation(path, options, &error, true);
        } else if (what == "gradlab") {
            ok = w.files()->saveFile(path, &error, true);
        } else {
            FigureOptions options;
            options.size = QSize(300, 200);
            ok = w.exports()->exportFigure(path, options, &error, true);
        }
        QVERIFY(!ok);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains("does not exist"),
                 qPrintable(error));
        QCOMPARE(entries(dir.path()), QStringList{"blocker"});
    }
}

void TestExport::cancelledAnimationLeavesNothing_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("GIF") << "run.gif";
    QTest::newRow("PNG frames") << "run.png";
}

void TestExport::cancelledAnimationLeavesNothing() {
    QFETCH(QString, file);
    MainWindow w;
    w.showLesson("descent1d");
    QTemporaryDir dir;
    AnimationOptions options;
    options.figure.size = QSize(300, 200);
    options.frames = 10;
    QString error;
    int calls = 0;
    const bool ok = saveLessonAnimation(
        *w.activeLesson()->model(), dir.filePath(file), options,
        [&calls](int done, int) {
            ++calls;
            return done < 4; // Cancel during the fourth frame
        },
        &error);
    QVERIFY(!ok);
    QCOMPARE(calls, 4);
    QVERIFY2(error.contains("cancelled"), qPrintable(error));
    QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(", ")));
}

void TestExport::suggestedFolderExists_data() {
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<bool>("kept");
    QTest::newRow("the last export's folder") << "EXISTING" << true;
    QTest::newRow("a remembered folder deleted since") << "/no/such/folder/gradlab" << false;
    QTest::newRow("nothing remembered") << "" << false;
}

// The export dialog proposes a path in a folder that is there: the last one used if it still exists,
// else Pictures or home, whichever exists.
void TestExport::suggestedFolderExists() {
    QFETCH(QString, remembered);
    QFETCH(bool, kept);
    QTemporaryDir dir;
    if (remembered == QLatin1String("EXISTING")) remembered = dir.path();
    QSettings().setValue(QStringLiteral("export/folder"), remembered);
    MainWindow w;
    const QString path = w.exports()->suggestedPath(QStringLiteral("slope"), QStringLiteral("png"));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("slope.png"));
    QVERIFY2(QFileInfo(path).absoluteDir().exists(), qPrintable(path));
    QCOMPARE(QFileInfo(path).absolutePath() == QFileInfo(remembered).absoluteFilePath(), kept);
    QSettings().remove(QStringLiteral("export/folder"));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
