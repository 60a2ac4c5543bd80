// Stamped scatter markers look like the stroked ones: the same run of markers drawn by a QCPGraph and by a
// StampedScatterGraph on two identical plots differs by at most a few levels of a channel in any pixel.

#include "plotting/stamped_scatter_graph.h"

#include <QImage>
#include <QTest>
#include <cmath>
#include <qcustomplot.h>

using namespace gradlab;

class TestStampedScatter : public QObject {
    Q_OBJECT
private slots:
    void looksLikeStrokedMarkers_data();
    void looksLikeStrokedMarkers();
    void exportsDrawMarkersAsBefore();
};

namespace {

QImage drawn(bool stamped, const QCPScatterStyle& style, int count, bool exported = false) {
    QCustomPlot plot;
    plot.resize(640, 360);
    plot.setAntialiasedElements(QCP::aePlottables);
    QCPGraph* g = stamped ? new StampedScatterGraph(plot.xAxis, plot.yAxis) : plot.addGraph();
    g->setPen(QPen(QColor(200, 40, 40), 2));
    g->setScatterStyle(style);
    QVector<double> x, y;
    for (int i = 0; i < count; ++i) {
        x << i;
        y << std::exp(-0.004 * i) * std::cos(0.05 * i);
    }
    g->setData(x, y, true);
    plot.xAxis->setRange(-5, count + 5);
    plot.yAxis->setRange(-1.1, 1.1);
    if (exported) return plot.toPixmap(640, 360).toImage().convertToFormat(QImage::Format_ARGB32);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    return plot.grab().toImage().convertToFormat(QImage::Format_ARGB32);
}

struct Difference {
    int largest = 0; ///< the largest difference of one channel in one pixel, 0 to 255
    double mean = 0; ///< mean over all channels of all pixels
    int pixels = 0;  ///< pixels that differ at all
};

Difference compare(const QImage& a, const QImage& b) {
    Difference d;
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int c[4] = {std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))};
            int m = 0;
            for (int v : c) {
                m = std::max(m, v);
                sum += v;
            }
            d.largest = std::max(d.largest, m);
            if (m > 0) ++d.pixels;
        }
    d.mean = sum / (4.0 * a.width() * a.height());
    return d;
}

} // namespace

void TestStampedScatter::looksLikeStrokedMarkers_data() {
    QTest::addColumn<int>("shape");
    QTest::addColumn<double>("size");
    QTest::addColumn<int>("count");
    QTest::newRow("1000 circles of 4 px (the lesson's)") << int(QCPScatterStyle::ssCircle) << 4.0 << 1000;
    QTest::newRow("60 circles of 9 px") << int(QCPScatterStyle::ssCircle) << 9.0 << 60;
    QTest::newRow("200 discs of 4 px") << int(QCPScatterStyle::ssDisc) << 4.0 << 200;
    QTest::newRow("100 crosses of 7 px") << int(QCPScatterStyle::ssCross) << 7.0 << 100;
}

void TestStampedScatter::looksLikeStrokedMarkers() {
    QFETCH(int, shape);
    QFETCH(double, size);
    QFETCH(int, count);
    const QCPScatterStyle style(static_cast<QCPScatterStyle::ScatterShape>(shape), size);
    const QImage stroked = drawn(false, style, count), stamped = drawn(true, style, count);
    QCOMPARE(stamped.size(), stroked.size());
    const Difference d = compare(stroked, stamped);
    qInfo("largest channel difference %d of 255, mean %.4f, %d pixels differ", d.largest, d.mean, d.pixels);
    // A marker moves by at most 1/32 pixel: its antialiased edge changes by a few levels, nothing more.
    QVERIFY2(d.largest <= 16, qPrintable(QString::number(d.largest)));
    QVERIFY2(d.mean < 0.05, qPrintable(QString::number(d.mean)));
    // And the markers are there: the picture is not the empty plot.
    const QImage empty = drawn(true, QCPScatterStyle(QCPScatterStyle::ssNone), 0);
    QVERIFY(compare(empty, stamped).pixels > count);
}

void TestStampedScatter::exportsDrawMarkersAsBefore() {
    // toPixmap paints with pmNoCaching: the markers are stroked exactly as a QCPGraph strokes them.
    const QCPScatterStyle style(QCPScatterStyle::ssCircle, 4);
    QCOMPARE(drawn(true, style, 1000, true), drawn(false, style, 1000, true));
}

QTEST_MAIN(TestStampedScatter)
#include "tst_stamped_scatter.moc"
