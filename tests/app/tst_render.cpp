// `gradlab render` as a user runs it: headless, every lesson, the requested size, not blank; bad input
// gets a message and exit code 2 and writes nothing.

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run gradlab(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GRADLAB_EXECUTABLE), args);
    if (!p.waitForFinished(120000)) return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

int distinctColours(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5) colours.insert(image.pixel(x, y));
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

private:
    QTemporaryDir m_dir;
};

void TestRender::rendersEveryLesson_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("slope default size") << QStringList{"slope", "x^3 - 6x^2 + 9x + 1", "--at", "2"} << QSize(1200, 800);
    QTest::newRow("secant with h and scheme") << QStringList{"secant", "sin(x)", "--at", "1", "--h", "0.5", "--scheme", "central", "--size", "1000x700"} << QSize(1000, 700);
    QTest::newRow("secant at 2x") << QStringList{"secant", "x^2", "--size", "640x400", "--scale", "2"} << QSize(1280, 800);
    QTest::newRow("numeric") << QStringList{"numeric", "exp(x)", "--at", "1", "--size", "900x600"} << QSize(900, 600);
    QTest::newRow("autograd") << QStringList{"autograd", "x*sin(x) + 2", "--at", "1.5"} << QSize(1200, 800);
    QTest::newRow("point outside the preset range") << QStringList{"slope", "x^2", "--at", "40"} << QSize(1200, 800);
}

void TestRender::rendersEveryLesson() {
    QFETCH(QStringList, args);
    QFETCH(QSize, pixels);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_') + ".png");
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
    QTest::newRow("no output") << QStringList{"render", "slope", "x^2"} << "gradlab render: -o FILE.png is required";
    QTest::newRow("bad size") << QStringList{"render", "slope", "x^2", "--size", "big", "-o", "OUT"}
                              << "gradlab render: --size must be WIDTHxHEIGHT";
    QTest::newRow("missing folder") << QStringList{"render", "slope", "x^2", "-o", "MISSING/a.png"}
                                    << "gradlab render: Cannot write";
    QTest::newRow("two variables") << QStringList{"render", "slope", "x*y", "-o", "OUT"}
                                   << "gradlab render: this lesson needs a function of one variable";
}

void TestRender::badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString out = m_dir.filePath(QStringLiteral("bad.png"));
    for (QString& a : args) {
        if (a == QLatin1String("OUT")) a = out;
        if (a.startsWith(QLatin1String("MISSING"))) a = m_dir.filePath(a);
    }
    const Run r = gradlab(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
