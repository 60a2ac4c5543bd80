#include "plotting/figure_export.h"

#include "lessons/atomic_write.h"
#include "plotting/clipping_paint_device.h"
#include "plotting/lesson_plot.h"
#include "plotting/png_writer.h"

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

} // namespace

void paintFigure(QWidget* widget, QCPPainter* painter, QSize logicalSize, bool transparent, bool vectorized) {
    // Each plot is drawn straight onto the painter: redrawing every plot's layer buffers at the export's size
    // first, and copying them, cost a third of `gradlab render`.
    QList<QCustomPlot*> plots;
    for (QCustomPlot* p : widget->findChildren<QCustomPlot*>())
        if (p->isVisibleTo(widget)) plots.append(p);
    prepare(widget, logicalSize);
    // A plot drawn off screen was first laid out by its resize, after the figure's layout had read its
    // minimum size (which its margins, set by that layout, make up): the figure is laid out once more with
    // it.
    bool offScreen = false;
    for (QCustomPlot* p : plots)
        if (auto* plot = qobject_cast<LessonPlot*>(p); plot && plot->drawsOffScreen()) {
            plot->updateGeometry();
            offScreen = true;
        }
    if (offScreen) prepare(widget, logicalSize);
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

QString writableFormats() {
    QStringList formats{QStringLiteral(".png"), QStringLiteral(".pdf"), QStringLiteral(".svg")};
    for (const QByteArray& f : QImageWriter::supportedImageFormats())
        if (f != "png") formats << QLatin1Char('.') + QString::fromLatin1(f);
    return formats.join(QStringLiteral(", "));
}

bool saveImage(const QImage& image, const QString& path, QString* error) {
    const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (format.isEmpty()) {
        if (error)
            *error =
                QObject::tr("Cannot write %1: its name has no extension to say which format to write (%2).")
                    .arg(QDir::toNativeSeparators(path), writableFormats());
        return false;
    }
    // PNG, the usual case, by GradLab's own encoder (fast, on every core); other formats by Qt's plugins,
    // which are looked up (and loaded) only then.
    const bool png = format == "png";
    if (!png && !QImageWriter::supportedImageFormats().contains(format)) {
        if (error)
            *error = QObject::tr("Cannot write %1: the format '%2' is not one GradLab writes (%3).")
                         .arg(QDir::toNativeSeparators(path), QString::fromLatin1(format), writableFormats());
        return false;
    }
    return writeAtomically(
        path,
        [&](QIODevice* device, QString* why) {
            if (png) return PngWriter().write(image, device, why);
            QImageWriter writer(device, format);
            if (writer.write(image)) return true;
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
