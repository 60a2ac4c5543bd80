// The clipping that Qt 6.4's SVG generator leaves out: segments and polylines cut exactly at the
// rectangle, and a painter on a ClippingPaintDevice drawing only inside its clip; and the texture fills it
// drops (the hatched regime bands), which reach an SVG as pictures.

#include "plotting/clipping_paint_device.h"
#include "plotting/clipping_paint_engine.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTest>
#include <cmath>
#include <limits>

using namespace gradlab;

Q_DECLARE_METATYPE(QVector<QPolygonF>)

class TestClippingPaintEngine : public QObject {
    Q_OBJECT
private slots:
    void segment_data();
    void segment();
    void polyline_data();
    void polyline();
    void paintsOnlyInsideTheClip_data();
    void paintsOnlyInsideTheClip();
    void textOutsideTheClipIsLeftOut_data();
    void textOutsideTheClipIsLeftOut();
    void textureFillsReachAnSvg_data();
    void textureFillsReachAnSvg();
};

namespace {
const QRectF kBox(0, 0, 10, 10);
}

void TestClippingPaintEngine::segment_data() {
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QPointF>("a2");
    QTest::addColumn<QPointF>("b2");
    QTest::newRow("inside: untouched")
        << QPointF(1, 2) << QPointF(3, 4) << true << QPointF(1, 2) << QPointF(3, 4);
    QTest::newRow("leaves on the right")
        << QPointF(5, 5) << QPointF(15, 5) << true << QPointF(5, 5) << QPointF(10, 5);
    QTest::newRow("enters from the left")
        << QPointF(-10, 5) << QPointF(5, 5) << true << QPointF(0, 5) << QPointF(5, 5);
    QTest::newRow("across both sides")
        << QPointF(-5, -5) << QPointF(15, 15) << true << QPointF(0, 0) << QPointF(10, 10);
    QTest::newRow("through top and right")
        << QPointF(4, -2) << QPointF(16, 10) << true << QPointF(6, 0) << QPointF(10, 4);
    QTest::newRow("wholly outside") << QPointF(11, 0) << QPointF(20, 10) << false << QPointF() << QPointF();
    QTest::newRow("parallel, beyond an edge")
        << QPointF(-1, 0) << QPointF(-1, 10) << false << QPointF() << QPointF();
    QTest::newRow("misses a corner") << QPointF(8, -5) << QPointF(15, 2) << false << QPointF() << QPointF();
    QTest::newRow("on an edge") << QPointF(0, -5) << QPointF(0, 5) << true << QPointF(0, 0) << QPointF(0, 5);
}

void TestClippingPaintEngine::segment() {
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    QFETCH(bool, kept);
    QCOMPARE(clipSegment(kBox, &a, &b), kept);
    if (!kept) return;
    QFETCH(QPointF, a2);
    QFETCH(QPointF, b2);
    QCOMPARE(a, a2);
    QCOMPARE(b, b2);
}

void TestClippingPaintEngine::polyline_data() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::addColumn<QPolygonF>("line");
    QTest::addColumn<QVector<QPolygonF>>("pieces");
    QTest::newRow("inside: one piece, every point")
        << QPolygonF({{1, 1}, {2, 3}, {4, 2}}) << QVector<QPolygonF>{QPolygonF({{1, 1}, {2, 3}, {4, 2}})};
    QTest::newRow("out and back in: two pieces")
        << QPolygonF({{2, 5}, {5, 5}, {5, 20}, {8, 20}, {8, 5}})
        << QVector<QPolygonF>{QPolygonF({{2, 5}, {5, 5}, {5, 10}}), QPolygonF({{8, 10}, {8, 5}})};
    QTest::newRow("a run that leaves for good")
        << QPolygonF({{5, 5}, {5, 8}, {-100, 1e6}, {1e9, -1e9}})
        << QVector<QPolygonF>{QPolygonF({{5, 5}, {5, 8}, {5 - 105 * (2.0 / 999992.0), 10}})};
    QTest::newRow("a gap where a point is not a number")
        << QPolygonF({{1, 1}, {2, 2}, {nan, 3}, {4, 4}, {5, 5}})
        << QVector<QPolygonF>{QPolygonF({{1, 1}, {2, 2}}), QPolygonF({{4, 4}, {5, 5}})};
    QTest::newRow("wholly outside") << QPolygonF({{20, 20}, {30, 30}}) << QVector<QPolygonF>{};
    QTest::newRow("a single point") << QPolygonF({{5, 5}}) << QVector<QPolygonF>{};
}

void TestClippingPaintEngine::polyline() {
    QFETCH(QPolygonF, line);
    QFETCH(QVector<QPolygonF>, pieces);
    const QVector<QPolygonF> got = clipPolyline(line.constData(), line.size(), kBox);
    QCOMPARE(got.size(), pieces.size());
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].size(), pieces[i].size());
        for (int k = 0; k < got[i].size(); ++k) {
            QVERIFY2(std::abs(got[i][k].x() - pieces[i][k].x()) < 1e-9 &&
                         std::abs(got[i][k].y() - pieces[i][k].y()) < 1e-9,
                     qPrintable(QStringLiteral("piece %1 point %2: (%3, %4)")
                                    .arg(i)
                                    .arg(k)
                                    .arg(got[i][k].x())
                                    .arg(got[i][k].y())));
        }
    }
}

void TestClippingPaintEngine::paintsOnlyInsideTheClip_data() {
    QTest::addColumn<QString>("shape");
    QTest::newRow("polyline") << "polyline";
    QTest::newRow("lines") << "lines";
    QTest::newRow("filled polygon") << "polygon";
    QTest::newRow("ellipse with outline") << "ellipse";
    QTest::newRow("rectangle") << "rect";
    QTest::newRow("image") << "image";
}

// Through the device onto an image: nothing lands outside the clip, and inside it the drawing is what a
// painter on the image itself draws.
void TestClippingPaintEngine::paintsOnlyInsideTheClip() {
    QFETCH(QString, shape);
    const QRect clip(20, 20, 60, 40);
    auto draw = [&](QPainter& p) {
        p.setClipRect(clip);
        p.setPen(QPen(Qt::red, 3));
        p.setBrush(Qt::blue);
        if (shape == "polyline") {
            const QPointF points[] = {{0, 0}, {50, 50}, {100, 30}, {40, 100}};
            p.drawPolyline(points, 4);
        } else if (shape == "lines") {
            p.drawLine(QLineF(0, 40, 100, 40));
            p.drawLine(QLineF(50, 0, 50, 100));
        } else if (shape == "polygon") {
            p.drawPolygon(QPolygonF({{10, 10}, {90, 30}, {40, 90}}));
        } else if (shape == "ellipse") {
            p.drawEllipse(QRectF(60, 10, 40, 40));
        } else if (shape == "rect") {
            p.drawRect(QRectF(0, 30, 100, 10));
        } else {
            QImage green(10, 10, QImage::Format_RGB32);
            green.fill(Qt::green);
            p.drawImage(QRectF(0, 0, 100, 100), green);
        }
    };
    QImage direct(100, 100, QImage::Format_RGB32), through(100, 100, QImage::Format_RGB32);
    direct.fill(Qt::white);
    through.fill(Qt::white);
    {
        QPainter p(&direct);
        draw(p);
    }
    {
        ClippingPaintDevice device(&through);
        QCOMPARE(device.width(), 100);
        QPainter p(&device);
        draw(p);
    }
    int inside = 0, differing = 0, area = 0;
    const QRect outer = clip.adjusted(-2, -2, 2, 2); // square caps reach a little past the clip
    const QRect inner = clip.adjusted(2, 2, -2, -2);
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 100; ++x) {
            const QRgb t = through.pixel(x, y), d = direct.pixel(x, y);
            if (!outer.contains(x, y))
                QVERIFY2(t == qRgb(255, 255, 255),
                         qPrintable(QStringLiteral("drawn outside at %1,%2").arg(x).arg(y)));
            if (!inner.contains(x, y)) continue;
            ++area;
            if (t != qRgb(255, 255, 255)) ++inside;
            // Curves are cut as flattened outlines: antialiased edges may differ, not whole areas.
            if (qAbs(qRed(t) - qRed(d)) + qAbs(qGreen(t) - qGreen(d)) + qAbs(qBlue(t) - qBlue(d)) > 120)
                ++differing;
        }
    QVERIFY(inside > 0);
    QVERIFY2(differing * 50 < area,
             qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differing).arg(area)));
}

void TestClippingPaintEngine::textOutsideTheClipIsLeftOut_data() {
    QTest::addColumn<QPointF>("at");
    QTest::addColumn<bool>("drawn");
    QTest::newRow("inside") << QPointF(30, 45) << true;
    QTest::newRow("wholly outside, below") << QPointF(30, 90) << false;
    QTest::newRow("wholly outside, left") << QPointF(-60, 45) << false;
}

void TestClippingPaintEngine::textOutsideTheClipIsLeftOut() {
    QFETCH(QPointF, at);
    QFETCH(bool, drawn);
    QImage image(100, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        ClippingPaintDevice device(&image);
        QPainter p(&device);
        p.setClipRect(QRect(20, 20, 60, 40));
        p.setPen(Qt::black);
        p.drawText(at, QStringLiteral("∂f/∂x"));
    }
    int ink = 0;
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 100; ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255)) ++ink;
    QCOMPARE(ink > 0, drawn);
}

void TestClippingPaintEngine::textureFillsReachAnSvg_data() {
    QTest::addColumn<QString>("shape");
    QTest::newRow("rectangle (a regime band)") << "rect";
    QTest::newRow("polygon") << "polygon";
    QTest::newRow("path") << "path";
    QTest::newRow("ellipse") << "ellipse";
}

// Qt's SVG generator writes a texture-brush fill as no fill at all: the "diverges" band vanished from SVG
// exports. Through the device it arrives as a picture, inside the clip only, and an SVG reader draws it.
void TestClippingPaintEngine::textureFillsReachAnSvg() {
    QFETCH(QString, shape);
    QPixmap tile(8, 8);
    tile.fill(QColor(230, 120, 30));
    {
        QPainter t(&tile);
        t.setPen(QPen(QColor(120, 50, 0), 1.5));
        t.drawLine(0, 8, 8, 0);
    }
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(100, 100));
        generator.setViewBox(QRect(0, 0, 100, 100));
        ClippingPaintDevice device(&generator);
        QPainter p(&device);
        p.setClipRect(QRect(20, 20, 60, 60));
        p.setPen(Qt::NoPen);
        p.setBrush(QBrush(tile));
        if (shape == "rect") {
            p.drawRect(QRectF(0, 30, 100, 40));
        } else if (shape == "polygon") {
            p.drawPolygon(QPolygonF({{0, 30}, {100, 30}, {100, 70}, {0, 70}}));
        } else if (shape == "path") {
            QPainterPath path;
            path.addRect(QRectF(0, 30, 100, 40));
            p.drawPath(path);
        } else {
            p.drawEllipse(QRectF(0, 30, 100, 40));
        }
    }
    QSvgRenderer renderer(svg.data());
    QVERIFY(renderer.isValid());
    QImage read(100, 100, QImage::Format_RGB32);
    read.fill(Qt::white);
    {
        QPainter p(&read);
        renderer.render(&p);
    }
    // Inside the shape and the clip: the texture's orange (or its darker stroke), not the white page.
    const QColor inside = read.pixelColor(50, 50);
    QVERIFY2(inside.red() > 100 && inside.blue() < 100,
             qPrintable(QStringLiteral("the fill did not reach the SVG: %1 at (50, 50)").arg(inside.name())));
    // Outside the clip (the shape goes on there): nothing.
    QCOMPARE(read.pixel(10, 50), qRgb(255, 255, 255));
    QCOMPARE(read.pixel(90, 50), qRgb(255, 255, 255));
    // Outside the shape, inside the clip: nothing.
    QCOMPARE(read.pixel(50, 25), qRgb(255, 255, 255));
}

QTEST_MAIN(TestClippingPaintEngine)
#include "tst_clipping_paint_engine.moc"
