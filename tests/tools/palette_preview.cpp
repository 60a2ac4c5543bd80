// Draws GradLab's palette as the lessons use it (lines with their dashes, arrows, the race's markers, the
// sweep's bands) and shows it as seen with normal vision and with each colour vision deficiency, simulated
// with the same core code the palette test uses (Machado et al. 2009). Also simulates any image.
//   palette_preview sheet OUT.png                      the palette, four panels side by side
//   palette_preview simulate IN.png OUT.png VISION     IN as seen with VISION (protanopia, deuteranopia, …)

#include "colour/colour_vision.h"
#include "plotting/optimizer_marker.h"
#include "plotting/palette.h"
#include "plotting/regime_brush.h"

#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <cstdio>
#include <qcustomplot.h>

using namespace gradlab;

namespace {

QImage simulate(const QImage& in, ColourVision v) {
    QImage out = in.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, QRgb> seen;
    for (int y = 0; y < out.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const QRgb c = line[x] | 0xff000000u;
            auto it = seen.find(c);
            if (it == seen.end()) {
                const unsigned s = hexFromSrgb(simulateColourVision(srgbFromHex(c & 0xffffffu), v));
                it = seen.insert(c, 0xff000000u | s);
            }
            line[x] = it.value();
        }
    }
    return out;
}

constexpr int kRow = 26, kPanelWidth = 360, kSwatch = 120;

class Sheet {
public:
    explicit Sheet(QCPPainter* p)
        : m_p(p) {}
    void heading(const QString& text) {
        m_y += 8;
        QFont f = m_p->font();
        f.setBold(true);
        m_p->setFont(f);
        m_p->setPen(palette::text);
        m_p->drawText(QRectF(12, m_y, kPanelWidth, kRow), Qt::AlignVCenter, text);
        f.setBold(false);
        m_p->setFont(f);
        m_y += kRow;
    }
    void line(const QString& name, const QColor& c, Qt::PenStyle style = Qt::SolidLine, double width = 2.5,
              int marker = -1) {
        m_p->setPen(QPen(c, width, style, Qt::FlatCap));
        const double mid = m_y + kRow / 2.0;
        m_p->drawLine(QPointF(20, mid), QPointF(20 + kSwatch, mid));
        if (marker >= 0)
            for (double x : {40.0, 80.0, 120.0}) {
                QCPScatterStyle s(static_cast<QCPScatterStyle::ScatterShape>(marker), c.darker(130), c, 9);
                s.applyTo(m_p, QPen(c));
                s.drawShape(m_p, x, mid);
                m_p->setBrush(Qt::NoBrush);
            }
        label(name);
    }
    void arrow(const QString& name, const QColor& c) {
        const double mid = m_y + kRow / 2.0;
        m_p->setPen(QPen(c, 3, Qt::SolidLine, Qt::FlatCap));
        m_p->drawLine(QPointF(20, mid), QPointF(20 + kSwatch - 12, mid));
        QPainterPath head;
        head.moveTo(20 + kSwatch, mid);
        head.lineTo(20 + kSwatch - 14, mid - 6);
        head.lineTo(20 + kSwatch - 14, mid + 6);
        head.closeSubpath();
        m_p->fillPath(head, c);
        label(name);
    }
    void disc(const QString& name, const QColor& c) {
        m_p->setPen(QPen(Qt::white, 1.5));
        m_p->setBrush(c);
        m_p->drawEllipse(QPointF(20 + kSwatch / 2.0, m_y + kRow / 2.0), 7, 7);
        m_p->setBrush(Qt::NoBrush);
        label(name);
    }
    void band(const QString& name, int regime) {
        m_p->fillRect(QRectF(20, m_y + 2, kSwatch, kRow - 4), regimeBrush(regime));
        label(name);
    }

private:
    void label(const QString& name) {
        m_p->setPen(palette::text);
        m_p->drawText(QRectF(30 + kSwatch, m_y, kPanelWidth - kSwatch - 30, kRow), Qt::AlignVCenter, name);
        m_y += kRow;
    }
    QCPPainter* m_p;
    int m_y = 40;
};

void drawSheet(QCPPainter* p) {
    Sheet s(p);
    s.heading(QStringLiteral("Curves and slopes"));
    s.line(QStringLiteral("curve f"), palette::curve);
    s.line(QStringLiteral("tangent (solid)"), palette::tangent);
    s.line(QStringLiteral("secant (dashed)"), palette::secant, Qt::DashLine);
    s.line(QStringLiteral("left secant (dashed)"), palette::secantLeft, Qt::DashLine);
    s.disc(QStringLiteral("the point you drag"), palette::point);
    s.heading(QStringLiteral("Gradients"));
    s.arrow(QStringLiteral("∂f/∂x"), palette::partialX);
    s.arrow(QStringLiteral("∂f/∂y"), palette::partialY);
    s.arrow(QStringLiteral("∇f"), palette::gradient);
    s.arrow(QStringLiteral("−∇f, downhill"), palette::descent);
    s.heading(QStringLiteral("Finite differences"));
    s.line(QStringLiteral("forward"), palette::forwardScheme, Qt::SolidLine, 3.6);
    s.line(QStringLiteral("backward"), palette::backwardScheme, Qt::DashLine, 1.6);
    s.line(QStringLiteral("central"), palette::centralScheme, Qt::SolidLine, 2.2);
    s.heading(QStringLiteral("The race's optimizers"));
    for (OptimizerKind k : kOptimizers)
        s.line(QString::fromStdString(optimizerTitle(k).english()), palette::optimizer(k), Qt::SolidLine, 2,
               palette::optimizerMarker(k));
    s.heading(QStringLiteral("Learning-rate sweep bands"));
    for (Regime r : kBandedRegimes)
        s.band(QString::fromStdString(regimeTitle(r).english()), static_cast<int>(r));
}

int sheet(const QString& out) {
    // The sheet in normal colours, tall enough for every row, then cropped; each panel simulates it.
    constexpr int height = 1400;
    QImage normal(kPanelWidth, height, QImage::Format_RGB32);
    normal.fill(Qt::white);
    {
        QCPPainter p(&normal);
        p.setRenderHint(QPainter::Antialiasing);
        drawSheet(&p);
    }
    // Crop to the last drawn row.
    int bottom = normal.height() - 1;
    auto blank = [&normal](int y) {
        for (int x = 0; x < normal.width(); ++x)
            if ((normal.pixel(x, y) & 0xffffffu) != 0xffffffu) return false;
        return true;
    };
    while (bottom > 0 && blank(bottom))
        --bottom;
    normal = normal.copy(0, 0, kPanelWidth, bottom + 16);
    QImage all(kPanelWidth * kColourVisionCount, normal.height(), QImage::Format_RGB32);
    all.fill(Qt::white);
    QPainter p(&all);
    QFont f = p.font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    p.setFont(f);
    for (int i = 0; i < kColourVisionCount; ++i) {
        const ColourVision v = kColourVisions[static_cast<std::size_t>(i)];
        p.drawImage(i * kPanelWidth, 0, simulate(normal, v));
        p.setPen(palette::text);
        const QString title =
            v == ColourVision::Normal
                ? QStringLiteral("Normal vision")
                : QStringLiteral("Simulated %1").arg(QString::fromLatin1(colourVisionName(v)));
        p.drawText(QRectF(i * kPanelWidth + 12, 6, kPanelWidth - 12, 28), Qt::AlignVCenter, title);
        if (i > 0) {
            p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
            p.drawLine(i * kPanelWidth, 0, i * kPanelWidth, all.height());
        }
    }
    p.end();
    return all.save(out) ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("sheet")) return sheet(args[2]);
    if (args.size() == 5 && args[1] == QLatin1String("simulate")) {
        for (ColourVision v : kColourVisions)
            if (args[4] == QLatin1String(colourVisionName(v))) {
                const QImage in(args[2]);
                if (in.isNull()) {
                    std::fprintf(stderr, "cannot read %s\n", qPrintable(args[2]));
                    return 1;
                }
                return simulate(in, v).save(args[3]) ? 0 : 1;
            }
    }
    std::fprintf(stderr, "usage: palette_preview sheet OUT.png | simulate IN.png OUT.png "
                         "normal|protanopia|deuteranopia|tritanopia\n");
    return 2;
}
