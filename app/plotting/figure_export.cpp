#include "plotting/figure_export.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>
#include <qcustomplot.h>

namespace gradlab {

namespace {

/// Lays the figure out at its export size, off screen if it is not shown.
void prepare(QWidget* widget, QSize logicalSize) {
    if (!widget->isVisible()) {
        widget->setAttribute(Qt::WA_DontShowOnScreen, true);
        widget->show();
    }
    widget->resize(logicalSize);
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

QImage renderFigure(QWidget* widget, QSize logicalSize, double scale, bool transparent) {
    prepare(widget, logicalSize);
    const auto plots = widget->findChildren<QCustomPlot*>();
    const TransparentPlots clear(plots, transparent);
    for (QCustomPlot* plot : plots) {
        plot->setBufferDevicePixelRatio(scale);
        plot->replot(QCustomPlot::rpImmediateRefresh);
    }
    QImage image(logicalSize * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    if (transparent) {
        image.fill(Qt::transparent);
        widget->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    } else {
        image.fill(widget->palette().color(QPalette::Window));
        widget->render(&image);
    }
    for (QCustomPlot* plot : plots) {
        plot->setBufferDevicePixelRatio(widget->devicePixelRatioF());
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    image.setDevicePixelRatio(1.0);
    return image;
}

void paintFigureVector(QWidget* widget, QCPPainter* painter, QSize logicalSize, bool transparent) {
    prepare(widget, logicalSize);
    QList<QCustomPlot*> plots;
    for (QCustomPlot* p : widget->findChildren<QCustomPlot*>())
        if (p->isVisibleTo(widget)) plots.append(p);
    const TransparentPlots clear(plots, transparent);
    const QRect all(QPoint(), logicalSize);
    if (!transparent) painter->fillRect(all, widget->palette().color(QPalette::Window));
    // Everything but the plots as the widgets paint themselves; then each plot as vectors in its place.
    QRegion rest(all);
    for (QCustomPlot* p : plots)
        rest -= QRect(p->mapTo(widget, QPoint(0, 0)), p->size());
    widget->render(painter, QPoint(), rest, QWidget::DrawChildren);
    for (QCustomPlot* p : plots) {
        painter->save();
        painter->translate(p->mapTo(widget, QPoint(0, 0)));
        painter->setClipRect(QRect(QPoint(), p->size()));
        painter->setMode(QCPPainter::pmVectorized);
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
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    auto fail = [&](const QString& why) {
        if (error) *error = QObject::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (!isVectorPath(path)) return fail(QObject::tr("only .pdf and .svg are vector formats"));
    if (!info.absoluteDir().exists())
        return fail(
            QObject::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
    constexpr int kDpi = 96;
    bool painted = false;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(logicalSize);
        svg.setViewBox(QRect(QPoint(), logicalSize));
        svg.setResolution(kDpi);
        svg.setTitle(QStringLiteral("GradLab figure"));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            paint(&painter);
            painted = painter.end();
        }
    } else {
        QPdfWriter pdf(&file);
        pdf.setResolution(kDpi);
        pdf.setCreator(QStringLiteral("GradLab"));
        pdf.setTitle(QStringLiteral("GradLab figure"));
        pdf.setPageLayout(QPageLayout(
            QPageSize(QSizeF(logicalSize) * 72.0 / kDpi, QPageSize::Point, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF()));
        QCPPainter painter;
        if (painter.begin(&pdf)) {
            paint(&painter);
            painted = painter.end();
        }
    }
    if (!painted || file.error() != QFileDevice::NoError) {
        const QString why =
            file.error() != QFileDevice::NoError ? file.errorString() : QObject::tr("drawing failed");
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit()) return fail(file.errorString());
    return true;
}

bool saveImage(const QImage& image, const QString& path, QString* error) {
    const QFileInfo info(path);
    QByteArray format = info.suffix().toLower().toLatin1();
    if (format.isEmpty()) format = "png";
    if (!QImageWriter::supportedImageFormats().contains(format)) {
        if (error)
            *error = QObject::tr("Cannot write %1: the format '%2' is not supported.")
                         .arg(path, QString::fromLatin1(format));
        return false;
    }
    if (!info.absoluteDir().exists()) {
        if (error)
            *error =
                QObject::tr("Cannot write %1: the folder %2 does not exist.").arg(path, info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = QObject::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, format);
    if (!writer.write(image)) {
        file.cancelWriting();
        if (error) *error = QObject::tr("Cannot write %1: %2.").arg(path, writer.errorString());
        return false;
    }
    if (!file.commit()) {
        if (error) *error = QObject::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
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
