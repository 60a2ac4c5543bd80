// `gradlab render` as a user runs it: headless, every lesson, the requested size, not blank; bad input
// gets a message and exit code 2 and writes nothing.

#include "map_colours.h"

#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run gradlab(const QStringList& args, bool keepDisplay = false) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!keepDisplay) env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GRADLAB_EXECUTABLE), args);
    if (!p.waitForFinished(120000)) return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

int distinctColours(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    return colours.size();
}
} // namespace

class TestRender : public QObject {
    Q_OBJECT
private slots:
    void rendersEveryLesson_data();
    void rendersEveryLesson();
    void badInput_data();
    void badInput();
    void surfaceWithDisplay();
    void hessianIsDrawnOnRequest_data();
    void hessianIsDrawnOnRequest();
    void formatsByExtension_data();
    void formatsByExtension();
    void svgStaysInsideTheAxesLikePng_data();
    void svgStaysInsideTheAxesLikePng();
    void autogradBackwardStepsInTheFile();
    void mapViewDrawsTheMap_data();
    void mapViewDrawsTheMap();

private:
    QTemporaryDir m_dir;
};

void TestRender::rendersEveryLesson_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("slope default size")
        << QStringList{"slope", "x^3 - 6x^2 + 9x + 1", "--at", "2"} << QSize(1200, 800);
    QTest::newRow("secant with h and scheme")
        << QStringList{"secant", "sin(x)",   "--at",    "1",      "--h",
                       "0.5",    "--scheme", "central", "--size", "1000x700"}
        << QSize(1000, 700);
    QTest::newRow("secant at 2x") << QStringList{"secant", "x^2", "--size", "640x400", "--scale", "2"}
                                  << QSize(1280, 800);
    QTest::newRow("numeric") << QStringList{"numeric", "exp(x)", "--at", "1", "--size", "900x600"}
                             << QSize(900, 600);
    QTest::newRow("autograd") << QStringList{"autograd", "x*sin(x) + 2", "--at", "1.5"} << QSize(1200, 800);
    QTest::newRow("point outside the preset range")
        << QStringList{"slope", "x^2", "--at", "40"} << QSize(1200, 800);
    QTest::newRow("contour") << QStringList{"contour", "(1-x)^2 + 100(y-x^2)^2", "--at", "-1,1.5"}
                             << QSize(1200, 800);
    QTest::newRow("descent1d") << QStringList{"descent1d", "w^4 - 4w^2 + w", "--start", "2",
                                              "--lr",      "0.01",           "--steps", "100"}
                               << QSize(1200, 800);
    QTest::newRow("learning-rate") << QStringList{"learning-rate", "(w-3)^2", "--start", "8",
                                                  "--lr",          "0.9",     "--size",  "1000x800"}
                                   << QSize(1000, 800);
    QTest::newRow("race, one rate per optimizer") << QStringList{"race",        "(1-x)^2 + 100(y-x^2)^2",
                                                                 "--start",     "-1.5,2",
                                                                 "--optimizer", "gd,momentum,adam",
                                                                 "--lr",        "0.001,0.001,0.05",
                                                                 "--steps",     "500"}
                                                  << QSize(1200, 800);
    QTest::newRow("learning-rate map")
        << QStringList{"learning-rate", "(w-3)^2", "--optimizer", "momentum", "--view", "map"}
        << QSize(1200, 800);
    QTest::newRow("race map") << QStringList{"race", "x^2 + 3y^2", "--start", "2,1",    "--steps",
                                             "200",  "--view",     "map",     "--size", "900x600"}
                              << QSize(900, 600);
    QTest::newRow("race at 2x") << QStringList{"race", "x^2 + 3y^2", "--start", "4,3",     "--lr",
                                               "0.05", "--size",     "600x400", "--scale", "2"}
                                << QSize(1200, 800);
}

void TestRender::rendersEveryLesson() {
    QFETCH(QStringList, args);
    QFETCH(QSize, pixels);
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_') + ".png");
    const Run r = gradlab(QStringList{"render"} + args + QStringList{"-o", path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), pixels);
    QVERIFY(distinctColours(image) > 20);
}

void TestRender::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown lesson") << QStringList{"render", "tangents", "x^2", "-o", "OUT"}
                                    << "gradlab render: unknown lesson 'tangents'";
    QTest::newRow("bad formula") << QStringList{"render", "slope", "sin(x))", "-o", "OUT"}
                                 << "gradlab render: unexpected ')' at column 7";
    QTest::newRow("no output")
        << QStringList{"render", "slope", "x^2"}
        << "gradlab render: -o FILE (.png, .pdf, .svg; .gif or .png with --animate) is required";
    QTest::newRow("bad size") << QStringList{"render", "slope", "x^2", "--size", "big", "-o", "OUT"}
                              << "gradlab render: --size must be WIDTHxHEIGHT";
    QTest::newRow("missing folder") << QStringList{"render", "slope", "x^2", "-o", "MISSING/a.png"}
                                    << "gradlab render: Cannot write";
    QTest::newRow("two variables") << QStringList{"render", "slope", "x*y", "-o", "OUT"}
                                   << "gradlab render: this lesson needs a function of one variable";
    QTest::newRow("one variable on a map")
        << QStringList{"render", "contour", "sin(x)", "--at", "1", "-o", "OUT"}
        << "gradlab render: --at needs two coordinates";
    QTest::newRow("rates do not match optimizers")
        << QStringList{"render", "race",        "x^2+y^2", "--optimizer", "gd,adam",
                       "--lr",   "0.1,0.2,0.3", "-o",      "OUT"}
        << "gradlab render: --lr takes one rate for all optimizers or one per optimizer";
    QTest::newRow("unknown optimizer")
        << QStringList{"render", "race", "x^2+y^2", "--optimizer", "sgdx", "-o", "OUT"}
        << "gradlab render: --optimizer: unknown optimizer 'sgdx'";
    QTest::newRow("frames without --animate")
        << QStringList{"render", "secant", "x^2", "--frames", "9", "-o", "OUT"}
        << "gradlab render: --frames and --fps need --animate";
    QTest::newRow("animation of a lesson without one")
        << QStringList{"render", "slope", "x^2", "--animate", "-o", "OUT"} << "gradlab render: Cannot write";
    QTest::newRow("animation to PDF") << QStringList{"render", "secant", "x^2", "--animate", "-o", "OUT.pdf"}
                                      << "gradlab render: --animate writes a .gif or numbered .png frames";
    QTest::newRow("--hessian on another lesson")
        << QStringList{"render", "race", "x^2+y^2", "--hessian", "-o", "OUT"}
        << "gradlab render: --hessian is for contour";
    QTest::newRow("--view on another lesson")
        << QStringList{"render", "slope", "x^2", "--view", "map", "-o", "OUT"}
        << "gradlab render: --view (which figure: the stability map or the run) is for learning-rate and "
           "race";
    QTest::newRow("a view the lesson lacks")
        << QStringList{"render", "learning-rate", "(w-3)^2", "--view", "sweep", "-o", "OUT"}
        << "gradlab render: --view must be run or map for this lesson, got 'sweep'";
    QTest::newRow("map to a missing folder")
        << QStringList{"render", "race", "x^2+y^2", "--view", "map", "-o", "MISSING/a.png"}
        << "gradlab render: Cannot write";
#ifdef Q_OS_LINUX
    // A folder that exists but takes no new file (even for root): the message says which and why.
    QTest::newRow("a folder that takes no file")
        << QStringList{"render", "slope", "x^2", "-o", "/proc/gradlab-test.png"}
        << "gradlab render: Cannot write /proc/gradlab-test.png: the folder /proc does not take a new file "
           "(the "
           "system says: ";
#endif
    QTest::newRow("--scale with a vector format")
        << QStringList{"render", "contour", "x^2+y^2", "--scale", "2", "-o", "OUT.pdf"}
        << "gradlab render: --scale is for pixel images (.png and other image formats, .gif with --animate): "
           "a "
           ".pdf or .svg is drawn as vectors";
    QTest::newRow("no extension")
        << QStringList{"render", "slope", "x^2", "-o", "OUTNOEXT"}
        << "gradlab render: Cannot write OUTNOEXT: its name has no extension to say "
           "which format to write (.png, .pdf, .svg, ";
    QTest::newRow("a format GradLab cannot write") << QStringList{"render", "slope", "x^2", "-o", "OUT.xyz"}
                                                   << "gradlab render: Cannot write OUT.xyz: the format "
                                                      "'xyz' is not one GradLab writes (.png, .pdf, .svg, ";
    QTest::newRow("surface3d without a display") << QStringList{"render", "surface3d", "x^2+y^2", "-o", "OUT"}
                                                 << "gradlab render: surface3d needs OpenGL and a display";
}

void TestRender::badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString out = m_dir.filePath(QStringLiteral("bad.png"));
    const QString bare = m_dir.filePath(QStringLiteral("bad")),
                  odd = m_dir.filePath(QStringLiteral("bad.xyz"));
    message.replace(QStringLiteral("OUTNOEXT"), QDir::toNativeSeparators(bare));
    message.replace(QStringLiteral("OUT.xyz"), QDir::toNativeSeparators(odd));
    for (QString& a : args) {
        if (a == QLatin1String("OUTNOEXT")) a = bare;
        if (a == QLatin1String("OUT.xyz")) a = odd;
        if (a == QLatin1String("OUT")) a = out;
        if (a == QLatin1String("OUT.pdf")) a = m_dir.filePath(QStringLiteral("bad.pdf"));
        if (a.startsWith(QLatin1String("MISSING"))) a = m_dir.filePath(a);
    }
    const Run r = gradlab(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
    QVERIFY(!QFile::exists(bare));
    QVERIFY(!QFile::exists(odd));
}

// --hessian draws the quadratic model in the Hessian's colour (palette::hessian, black): with it the figure
// has hundreds more black pixels than without (where only a few marks are black).
void TestRender::hessianIsDrawnOnRequest_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bowl: an ellipse") << QStringList{"contour", "x^2 + 3y^2", "--at", "1,1"};
    QTest::newRow("saddle: hyperbolas") << QStringList{"contour", "x^2 - y^2", "--at", "0.3,0.2"};
    QTest::newRow("monkey saddle aside") << QStringList{"contour", "x^3 - 3x*y^2", "--at", "0.5,0.5"};
    QTest::newRow("trough: lines") << QStringList{"contour", "(x + y)^2", "--at", "1,0.5"};
}

void TestRender::hessianIsDrawnOnRequest() {
    QFETCH(QStringList, args);
    auto hessianPixels = [](const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += c.red() + c.green() + c.blue() < 24;
            }
        return n;
    };
    int counts[2];
    for (int with = 0; with < 2; ++with) {
        const QString path = m_dir.filePath(QStringLiteral("hessian-%1.png").arg(with));
        const Run r = gradlab(QStringList{"render"} + args +
                              (with ? QStringList{"--hessian"} : QStringList{}) + QStringList{"-o", path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(path);
        QVERIFY(!image.isNull());
        counts[with] = hessianPixels(image);
    }
    QVERIFY2(counts[1] - counts[0] > 300,
             qPrintable(QStringLiteral("%1 with, %2 without").arg(counts[1]).arg(counts[0])));
}

void TestRender::formatsByExtension_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("starts");
    QTest::addColumn<int>("images");
    QTest::newRow("PDF") << QStringList{"secant", "x^2", "--size", "600x400"} << "f.pdf"
                         << QByteArray("%PDF-") << 0;
    QTest::newRow("SVG") << QStringList{"contour", "x^2 + 3y^2", "--size", "600x400"} << "f.svg"
                         << QByteArray("<?xml") << 0;
    QTest::newRow("transparent PNG") << QStringList{"slope", "x^2", "--transparent", "--size", "300x200"}
                                     << "t.png" << QByteArray("\x89PNG") << 1;
    QTest::newRow("secant animation, 8 frames")
        << QStringList{"secant", "sin(x)", "--at", "1",      "--animate", "--frames",
                       "8",      "--fps",  "10",   "--size", "320x240"}
        << "a.gif" << QByteArray("GIF89a") << 8;
    // (w−3)² from 8 at rate 0.3: |w−3| shrinks by 0.4 a step and |f′| = 10·0.4ᵏ passes below 10⁻⁶ at
    // step 18, so one frame per step is 19 frames.
    QTest::newRow("descent animation, one frame per step")
        << QStringList{"descent1d", "(w-3)^2",   "--start", "8",      "--lr",
                       "0.3",       "--animate", "--size",  "320x240"}
        << "d.gif" << QByteArray("GIF89a") << 19;
}

void TestRender::formatsByExtension() {
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    QFETCH(QByteArray, starts);
    QFETCH(int, images);
    const QString path = m_dir.filePath(file);
    const Run r = gradlab(QStringList{"render"} + args + QStringList{"-o", path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(starts.size()) == starts);
    f.close();
    if (images > 0) {
        QImageReader reader(path);
        QCOMPARE(reader.imageCount(), images);
        const QImage first = reader.read();
        QCOMPARE(first.size(), file == "t.png" ? QSize(300, 200) : QSize(320, 240));
        if (file == "t.png") QCOMPARE(qAlpha(first.pixel(1, first.height() - 2)), 0);
    }
}

void TestRender::surfaceWithDisplay() {
    if (qEnvironmentVariableIsEmpty("DISPLAY")) QSKIP("needs a display (the test command runs under Xvfb)");
    const QString path = m_dir.filePath(QStringLiteral("surface.png"));
    const Run r =
        gradlab({"render", "surface3d", "(1-x)^2 + 100(y-x^2)^2", "--start", "-1.5,2", "--optimizer", "adam",
                 "--lr", "0.05", "--steps", "300", "--size", "800x600", "-o", path},
                true);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(path);
    QCOMPARE(image.size(), QSize(800, 600));
    QVERIFY(distinctColours(image) > 20);
}

void TestRender::svgStaysInsideTheAxesLikePng_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("race: gradient descent diverges off the map") << QStringList{
        "race", "(1-x)^2 + 100(y-x^2)^2", "--start", "-1.5,2.5", "--lr", "0.01", "--optimizer", "gd"};
    QTest::newRow("descent1d: the last steps leave the plot")
        << QStringList{"descent1d", "w^4 - 4w^2 + w", "--start", "-1.9", "--lr", "0.3"};
}

// A run that leaves the axes is cut at their edge in an SVG exactly as in a PNG, though Qt's SVG
// generator ignores clipping: the vermillion of the run (#d55e00) covers as many pixels in both.
void TestRender::svgStaysInsideTheAxesLikePng() {
    QFETCH(QStringList, args);
    const QString png = m_dir.filePath("clip.png"), svg = m_dir.filePath("clip.svg");
    for (const QString& path : {png, svg}) {
        const Run r = gradlab(QStringList{"render"} + args + QStringList{"--size", "900x600", "-o", path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QImage raster(png);
    QCOMPARE(raster.size(), QSize(900, 600));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage vector(raster.size(), QImage::Format_RGB32);
    vector.fill(Qt::white);
    {
        QPainter painter(&vector);
        renderer.render(&painter);
    }
    auto vermillion = [](const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb c = image.pixel(x, y);
                if (qRed(c) > 170 && qGreen(c) > 60 && qGreen(c) < 130 && qBlue(c) < 60)
                    ++n; // not the orange point
            }
        return n;
    };
    const int inPng = vermillion(raster), inSvg = vermillion(vector);
    qInfo("vermillion pixels: PNG %d, SVG %d", inPng, inSvg);
    QVERIFY(inPng > 200);
    QVERIFY2(std::abs(inSvg - inPng) < inPng / 5,
             qPrintable(QStringLiteral("PNG %1, SVG %2").arg(inPng).arg(inSvg)));
}

// The SVG is drawn here to compare it, which needs fonts: a QGuiApplication (the suite runs under Xvfb);
// the gradlab processes it starts still get no display.
void TestRender::autogradBackwardStepsInTheFile() {
    // --steps N walks N backward steps: the SVG carries the edges' local derivatives and the step's
    // products as the screen shows them (x·sin(x) + 2 at 1.5: sin′ = cos 1.5 = 0.070737); --at A,B sets
    // both of the neuron's variables. Too many coordinates for one variable are refused.
    const QString svg = m_dir.filePath(QStringLiteral("chain.svg"));
    Run r = gradlab({"render", "autograd", "x*sin(x) + 2", "--at", "1.5", "--steps", "2", "-o", svg});
    QCOMPARE(r.exitCode, 0);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString& part : {QStringLiteral(">0.070737<"), QStringLiteral("Backward through mul (grad 1)"),
                                QStringLiteral("to x: 1 × 0.99749 = 0.99749")})
        QVERIFY2(text.contains(part), qPrintable(part));
    const QString neuron = m_dir.filePath(QStringLiteral("neuron.svg"));
    r = gradlab({"render", "autograd", "(1 - sigmoid(w*1.5 + b))^2", "--at", "0.8,0.2", "--steps", "99", "-o",
                 neuron});
    QCOMPARE(r.exitCode, 0);
    QFile neuronFile(neuron);
    QVERIFY(neuronFile.open(QIODevice::ReadOnly));
    const QString neuronText = QString::fromUtf8(neuronFile.readAll());
    QVERIFY2(neuronText.contains(QStringLiteral("w.grad = −0.0941712881")), "w's gradient");
    QVERIFY2(neuronText.contains(QStringLiteral("b.grad = −0.06278085873")), "b's gradient");
    r = gradlab(
        {"render", "autograd", "x^2", "--at", "1,2", "-o", m_dir.filePath(QStringLiteral("bad.png"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--at"), r.err.constData());
}

// --view map draws the stability map: another picture than the run's, in the map's own (viridis) colours,
// which the run's figure does not use.
void TestRender::mapViewDrawsTheMap_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("runView");
    QTest::newRow("learning-rate, momentum")
        << QStringList{"learning-rate", "(w-3)^2", "--start", "8", "--optimizer", "momentum"} << "run";
    QTest::newRow("race, a bowl") << QStringList{"race", "x^2 + 3y^2", "--start", "2,1", "--steps", "300"}
                                  << "race";
}

void TestRender::mapViewDrawsTheMap() {
    QFETCH(QStringList, args);
    QFETCH(QString, runView);
    QImage images[2];
    for (int map = 0; map < 2; ++map) {
        const QString path = m_dir.filePath(QStringLiteral("view-%1.png").arg(map));
        const Run r = gradlab(QStringList{"render"} + args +
                              QStringList{"--view", map ? QStringLiteral("map") : runView, "-o", path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        images[map] = QImage(path);
        QVERIFY(!images[map].isNull());
    }
    QVERIFY(images[0] != images[1]);
    const int run = maptest::mapColourPixels(images[0]), map = maptest::mapColourPixels(images[1]);
    QVERIFY2(map > 20 * std::max(run, 100), qPrintable(QStringLiteral("map %1, run %2").arg(map).arg(run)));
}

QTEST_MAIN(TestRender)
#include "tst_render.moc"
