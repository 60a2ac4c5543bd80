#include "plotting/figure_export.h"

#include "lessons/atomic_write.h"
#include "plotting/clipping_paint_device.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QWidget>
#include <qcustomplot.h>

namespace gradlab {

namespace {

/// The document title an SVG or PDF figure carries (shown by viewers), in the interface's language.
QString figureTitle() {
    return QCoreApplication::translate("FigureExport", "GradLab figure");
}

/// Lays the figure out at its export size, off screen if it is not shown.
void prepare(QWidget* widget, QSize logicalSize) {
    // Sized before it is shown: its first layout is at the size drawn (a contour map laid out at the default
    // size first sampled and traced its function once more for nothing).
    widget->resize(logicalSize);
    if (!widget->isVisible()) {
        widget->setAttribute(Qt::WA_DontShowOnScreen, true);
        widget->show();
    }
    if (widget->layout()) widget->layout()->activate();
    QCoreApplication::sendPostedEvents();
}

/// Plots with no background while a transparent figure is drawn; restores them when it goes.
class TransparentPlots {
public:
    TransparentPlots(const QList<QCustomPlot*>& plots, bool on) {
        if (!on) return;
        for (QCustomPlot* p : plots) {
            m_saved.append({p, p->background()});
            p->setBackground(Qt::NoBrush);
        }
    }
    ~TransparentPlots() {
        for (const auto& [plot, brush] : m_saved)
            plot->setBackground(brush);
    }

private:
    QList<QPair<QCustomPlot*, QBrush>> m_saved;
};

/// Paints `widget`, laid out at `logicalSize`: everything but the plots as the widgets paint themselves, then
/// each plot drawn straight onto the painter in its place (as vectors with `vectorized`; in pixels
/// otherwise, at the painter's scale, with no layer buffers to fill).
void paintFigure(QWidget* widget, QCPPainter* painter, QSize logicalSize, bool transparent, bool vectorized) {
    prepare(widget, logicalSize);
    QList<QCustomPlot*> plots;
    for (QCustomPlot* p : widget->findChildren<QCustomPlot*>())
        if (p->isVisibleTo(widget)) plots.append(p);
    const TransparentPlots clear(plots, transparent);
    const QRect all(QPoint(), logicalSize);
    if (!transparent) painter->fillRect(all, widget->palette().color(QPalette::Window));
    QRegion rest(all);
    for (QCustomPlot* p : plots)
        rest -= QRect(p->mapTo(widget, QPoint(0, 0)), p->size());
    widget->render(painter, QPoint(), rest, QWidget::DrawChildren);
    for (QCustomPlot* p : plots) {
        painter->save();
        painter->translate(p->mapTo(widget, QPoint(0, 0)));
        painter->setClipRect(QRect(QPoint(), p->size()));
        if (vectorized) painter->setMode(QCPPainter::pmVectorized);
        painter->setMode(QCPPainter::pmNoCaching);
        p->toPainter(painter, p->width(), p->height());
        painter->restore();
    }
}

} // namespace

QImage renderFigure(QWidget* widget, QSize logicalSize, double scale, bool transparent) {
    // Drawn straight into the image: redrawing every plot's layer buffers at the export's size first cost a
    // third of `gradlab render` (filling and then copying a full-size image per layer).
    QImage image(logicalSize * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    {
        QCPPainter painter(&image);
        paintFigure(widget, &painter, logicalSize, transparent, false);
    }
    image.setDevicePixelRatio(1.0);
    return image;
}

void paintFigureVector(QWidget* widget, QCPPainter* painter, QSize logicalSize, bool transparent) {
    paintFigure(widget, painter, logicalSize, transparent, true);
}

bool isVectorPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("svg");
}

bool saveVectorFigure(const std::function<void(QCPPainter*)>& paint, QSize logicalSize, const QString& path,
                      QString* error) {
    if (!isVectorPath(path)) {
        if (error) *error = QObject::tr("Cannot write %1: only .pdf and .svg are vector formats.").arg(path);
        return false;
    }
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    return writeAtomically(
        path,
        [&](QIODevice* device, QString* why) {
            constexpr int kDpi = 96;
            auto paintOn = [&](QPaintDevice* target) {
                QCPPainter painter;
                if (!painter.begin(target)) {
                    *why = QObject::tr("cannot start drawing");
                    return false;
                }
                paint(&painter);
                return painter.end();
            };
            if (svg) {
                QSvgGenerator generator;
                generator.setOutputDevice(device);
                generator.setSize(logicalSize);
                generator.setViewBox(QRect(QPoint(), logicalSize));
                generator.setResolution(kDpi);
                generator.setTitle(figureTitle());
                // Qt 6.4's generator ignores clipping; this device carries it out before the generator.
                ClippingPaintDevice clipped(&generator);
                return paintOn(&clipped);
            }
            QPdfWriter pdf(device);
            pdf.setResolution(kDpi);
            pdf.setCreator(QStringLiteral("GradLab"));
            pdf.setTitle(figureTitle());
            pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(logicalSize) * 72.0 / kDpi, QPageSize::Point,
                                                    QString(), QPageSize::ExactMatch),
                                          QPageLayout::Portrait, QMarginsF()));
            return paintOn(&pdf);
        },
        error);
}

namespace {

/// Qt's PNG writer maps quality q to zlib level (100 − q) · 9 / 91: 80 is level 1, the fastest that
/// compresses.
constexpr int kPngQuality = 80;

/// True if every pixel is fully opaque (a figure drawn on its background, not --transparent).
bool isOpaque(const QImage& image) {
    if (!image.hasAlphaChannel()) return true;
    const QImage argb =
        image.format() == QImage::Format_ARGB32_Premultiplied || image.format() == QImage::Format_ARGB32
            ? image
            : image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < argb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(line[x]) != 255) return false;
    }
    return true;
}

} // namespace

bool saveImage(const QImage& image, const QString& path, QString* error) {
    QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (format.isEmpty()) format = "png";
    if (!QImageWriter::supportedImageFormats().contains(format)) {
        if (error)
            *error = QObject::tr("Cannot write %1: the format '%2' is not supported.")
                         .arg(path, QString::fromLatin1(format));
        return false;
    }
    // PNG: zlib's default effort took most of `gradlab render` (about 160 ms of 280 for a 1200x800 contour
    // map); its fastest level writes the same pixels in about a third of the time, in a file about 15 %
    // larger. An opaque figure is written as RGB rather than RGBA (a quarter less to compress).
    const bool png = format == "png";
    const QImage written = png && isOpaque(image) ? image.convertToFormat(QImage::Format_RGB32) : image;
    return writeAtomically(
        path,
        [&](QIODevice* device, QString* why) {
            QImageWriter writer(device, format);
            if (png) writer.setQuality(kPngQuality);
            if (writer.write(written)) return true;
            *why = writer.errorString();
            return false;
        },
        error);
}

bool parseSize(const QString& text, QSize* size) {
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) return false;
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 16 || h < 16 || w > 16384 || h > 16384) return false;
    *size = QSize(w, h);
    return true;
}

} // namespace gradlab
