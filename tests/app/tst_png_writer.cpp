// GradLab's PNG encoder: what Qt's reader (libpng) reads back is the image written, pixel for pixel, at every
// size, format and number of threads; opaque images are written as RGB, translucent ones as RGBA with their
// colours not premultiplied; the resolution is kept; a device that refuses the bytes is reported.

#include "plotting/png_writer.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace gradlab;

namespace {

/// An image with noise (incompressible), flat runs and gradients (what figures are made of) in turns.
QImage pattern(QSize size, bool translucent, quint32 seed) {
    QImage image(size, QImage::Format_ARGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const int band = (y / 5) % 3;
            QRgb c = band == 0   ? random.generate() | 0xff000000u
                     : band == 1 ? qRgb(240, 240, 240)
                                 : qRgb((x * 7) % 256, (y * 3) % 256, (x + y) % 256);
            if (translucent) c = qRgba(qRed(c), qGreen(c), qBlue(c), static_cast<int>(random.bounded(256)));
            image.setPixel(x, y, c);
        }
    return image;
}

QByteArray encode(const QImage& image, int threads) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString why;
    if (!PngWriter(threads).write(image, &buffer, &why)) qWarning("%s", qPrintable(why));
    return buffer.data();
}

/// The first differing pixel of two images as ARGB32 (not premultiplied), or an empty string if equal.
QString difference(const QImage& a, const QImage& b) {
    if (a.size() != b.size()) return QStringLiteral("sizes differ");
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    for (int j = 0; j < x.height(); ++j)
        for (int i = 0; i < x.width(); ++i)
            if (x.pixel(i, j) != y.pixel(i, j))
                return QStringLiteral("pixel (%1, %2): %3 read back as %4")
                    .arg(i)
                    .arg(j)
                    .arg(x.pixel(i, j), 8, 16, QLatin1Char('0'))
                    .arg(y.pixel(i, j), 8, 16, QLatin1Char('0'));
    return {};
}

/// The PNG colour type written in the header (2: RGB, 6: RGBA).
int colourType(const QByteArray& png) {
    return png.size() > 25 ? static_cast<unsigned char>(png[25]) : -1;
}

} // namespace

class TestPngWriter : public QObject {
    Q_OBJECT
private slots:
    void readsBackAsWritten_data();
    void readsBackAsWritten();
    void translucentColoursAreNotPremultiplied();
    void keepsTheResolution();
    void refusedBytesAreReported();
};

void TestPngWriter::readsBackAsWritten_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("translucent");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("type");
    const QList<QSize> sizes = {{1, 1}, {3, 7}, {64, 1}, {1, 200}, {257, 131}, {1200, 800}};
    for (const QSize& size : sizes)
        for (int threads : {1, 2, 4}) {
            const QString name =
                QStringLiteral("%1x%2, %3 thread(s)").arg(size.width()).arg(size.height()).arg(threads);
            QTest::newRow(qPrintable(name + QStringLiteral(", RGB32")))
                << size << int(QImage::Format_RGB32) << false << threads << 2;
            QTest::newRow(qPrintable(name + QStringLiteral(", opaque ARGB32")))
                << size << int(QImage::Format_ARGB32) << false << threads << 2;
            QTest::newRow(qPrintable(name + QStringLiteral(", translucent premultiplied")))
                << size << int(QImage::Format_ARGB32_Premultiplied) << true << threads << 6;
            QTest::newRow(qPrintable(name + QStringLiteral(", translucent ARGB32")))
                << size << int(QImage::Format_ARGB32) << true << threads << 6;
        }
    // Formats a figure is never drawn in are converted first.
    QTest::newRow("RGB888") << QSize(97, 65) << int(QImage::Format_RGB888) << false << 2 << 2;
    QTest::newRow("Grayscale8") << QSize(97, 65) << int(QImage::Format_Grayscale8) << false << 2 << 2;
    QTest::newRow("RGBA8888 translucent") << QSize(97, 65) << int(QImage::Format_RGBA8888) << true << 2 << 6;
}

void TestPngWriter::readsBackAsWritten() {
    QFETCH(QSize, size);
    QFETCH(int, format);
    QFETCH(bool, translucent);
    QFETCH(int, threads);
    QFETCH(int, type);
    const QImage source = pattern(size, translucent, static_cast<quint32>(size.width() * 31 + size.height()))
                              .convertToFormat(static_cast<QImage::Format>(format));
    const QByteArray png = encode(source, threads);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(colourType(png), type);
    const QImage read = QImage::fromData(png, "PNG");
    QVERIFY2(!read.isNull(), "Qt's reader could not read the file");
    // A translucent premultiplied source is compared with Qt's own conversion (which rounds as the writer).
    const QString diff = difference(source, read);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestPngWriter::translucentColoursAreNotPremultiplied() {
    // Half-transparent pure red: premultiplied in memory it is (128, 0, 0, 128); the file stores 255.
    QImage image(4, 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(qPremultiply(qRgba(255, 0, 0, 128)));
    const QImage read = QImage::fromData(encode(image, 1), "PNG").convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(qRed(read.pixel(2, 2)), 255);
    QCOMPARE(qAlpha(read.pixel(2, 2)), 128);
}

void TestPngWriter::keepsTheResolution() {
    QImage image = pattern({40, 30}, false, 7).convertToFormat(QImage::Format_RGB32);
    image.setDotsPerMeterX(5906); // 150 dpi
    image.setDotsPerMeterY(3780); // 96 dpi
    const QImage read = QImage::fromData(encode(image, 2), "PNG");
    QCOMPARE(read.dotsPerMeterX(), 5906);
    QCOMPARE(read.dotsPerMeterY(), 3780);
}

void TestPngWriter::refusedBytesAreReported() {
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QString why;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("QIODevice::write.*ReadOnly")));
    QVERIFY(!PngWriter().write(pattern({20, 20}, false, 3), &readOnly, &why));
    QVERIFY2(!why.isEmpty(), "no reason given");
}

QTEST_MAIN(TestPngWriter)
#include "tst_png_writer.moc"
