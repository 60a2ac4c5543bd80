#include "plotting/figure_export.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QWidget>
#include <qcustomplot.h>

namespace gradlab {

QImage renderFigure(QWidget* widget, QSize logicalSize, double scale) {
    const bool wasVisible = widget->isVisible();
    if (!wasVisible) {
        widget->setAttribute(Qt::WA_DontShowOnScreen, true);
        widget->show();
    }
    widget->resize(logicalSize);
    if (widget->layout()) widget->layout()->activate();
    QCoreApplication::sendPostedEvents();
    const auto plots = widget->findChildren<QCustomPlot*>();
    for (QCustomPlot* plot : plots) {
        plot->setBufferDevicePixelRatio(scale);
        plot->replot(QCustomPlot::rpImmediateRefresh);
    }
    QImage image(logicalSize * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().color(QPalette::Window));
    widget->render(&image);
    for (QCustomPlot* plot : plots) {
        plot->setBufferDevicePixelRatio(widget->devicePixelRatioF());
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    image.setDevicePixelRatio(1.0);
    return image;
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
