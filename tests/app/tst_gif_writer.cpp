// The GIF writer: every frame decodes to exactly the picture given (for pictures with at most 255
// colours), unchanged pixels cost almost nothing, and the lessons' default animations stay small.

#include "export/gif_writer.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QTest>

using namespace gradlab;

class TestGifWriter : public QObject {
    Q_OBJECT
private slots:
    void framesDecodeExactly_data();
    void framesDecodeExactly();
    void unchangedPixelsAreCheap();
};

namespace {

// A picture with a smooth background (many colours, as a colour map has) and a marker at `t`.
QImage picture(QSize size, double t, int colours) {
    QImage img(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const int level = (x * colours / size.width()) * 255 / std::max(1, colours - 1);
            img.setPixel(x, y, qRgb(level, 255 - level / 2, 160));
        }
    QPainter p(&img);
    QFont font = p.font();
    font.setStyleStrategy(QFont::NoAntialias);
    p.setFont(font);
    p.setBrush(Qt::red);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(size.width() * t, size.height() * (1 - t)), 6, 6);
    p.setPen(Qt::black);
    p.drawText(QPointF(10, 20), QStringLiteral("step %1").arg(qRound(t * 100)));
    return img;
}

QByteArray writeGif(const QList<QImage>& frames, const QVector<QRgb>& palette) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    GifWriter writer;
    QString error;
    if (!writer.open(&buffer, frames.first().size(), palette, &error)) qFatal("open: %s", qPrintable(error));
    for (const QImage& f : frames)
        if (!writer.addFrame(f, 5, &error)) qFatal("addFrame: %s", qPrintable(error));
    if (!writer.close(&error)) qFatal("close: %s", qPrintable(error));
    return bytes;
}

QList<QImage> readGif(QByteArray bytes) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "gif");
    QList<QImage> frames;
    while (reader.canRead())
        frames.append(reader.read().convertToFormat(QImage::Format_RGB32));
    return frames;
}

} // namespace

void TestGifWriter::framesDecodeExactly_data() {
    QTest::addColumn<int>("colours");
    QTest::newRow("few colours") << 4;
    QTest::newRow("a gradient") << 60;
}

void TestGifWriter::framesDecodeExactly() {
    QFETCH(int, colours);
    QList<QImage> frames;
    for (int i = 0; i < 8; ++i)
        frames.append(picture(QSize(160, 100), 0.1 + 0.1 * i, colours));
    // Frames whose colours the palette holds exactly must come back pixel for pixel.
    QSet<QRgb> distinct;
    for (const QImage& f : frames)
        for (int y = 0; y < f.height(); ++y)
            for (int x = 0; x < f.width(); ++x)
                distinct.insert(f.pixel(x, y));
    QVERIFY2(colours > 4 || distinct.size() <= 255, qPrintable(QString::number(distinct.size())));
    const QVector<QRgb> palette = GifWriter::paletteFor(frames);
    const QList<QImage> decoded = readGif(writeGif(frames, palette));
    QCOMPARE(decoded.size(), frames.size());
    for (int i = 0; i < frames.size(); ++i) {
        // Each frame is what it is alone in a GIF with the same palette (later frames only store what
        // changed; the rest shows through), and with few colours exactly the picture given.
        QCOMPARE(decoded[i], readGif(writeGif({frames[i]}, palette)).value(0));
        if (colours <= 4) QCOMPARE(decoded[i], frames[i]);
    }
}

void TestGifWriter::unchangedPixelsAreCheap() {
    // A big smooth picture where only a small marker moves: each later frame must cost a small fraction
    // of the first, even though the marker's path spans the whole picture (one changed rectangle).
    QList<QImage> frames;
    for (int i = 0; i < 10; ++i) {
        QImage f = picture(QSize(600, 400), 0.5, 200);
        QPainter p(&f);
        // Two small things change at opposite corners (a marker and a step counter), so the rectangle
        // that changed is the whole picture although almost nothing in it did.
        p.fillRect(QRect(2 + i, 2, 4, 4), Qt::blue);
        p.fillRect(QRect(590 - i, 390, 4, 4), Qt::blue);
        frames.append(f);
    }
    const QVector<QRgb> palette = GifWriter::paletteFor(frames);
    const QByteArray one = writeGif(frames.mid(0, 1), palette);
    const QByteArray all = writeGif(frames, palette);
    const double perLaterFrame = double(all.size() - one.size()) / (frames.size() - 1);
    qInfo("first frame %lld bytes, each later frame %.0f bytes", static_cast<long long>(one.size()),
          perLaterFrame);
    QVERIFY(perLaterFrame < 0.1 * one.size());
}

QTEST_MAIN(TestGifWriter)
#include "tst_gif_writer.moc"
