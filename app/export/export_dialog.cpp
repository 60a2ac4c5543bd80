#include "export/export_dialog.h"

#include "lessons/number_format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace gradlab {

ExportDialog::ExportDialog(Mode mode, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode) {
    setWindowTitle(mode == Figure ? tr("Export Figure") : tr("Export Animation"));
    // Its boxes write numbers in the GUI's language ("1,50×" in German), as the lessons do.
    setLocale(displayLocale());
    QSettings settings;
    m_path = new QLineEdit(suggestedPath, this);
    m_path->setMinimumWidth(380);
    m_path->setAccessibleName(tr("File"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    if (mode == Figure) {
        m_format->addItem(tr("PNG image"), QStringLiteral("png"));
        m_format->addItem(tr("PDF document (vector)"), QStringLiteral("pdf"));
        m_format->addItem(tr("SVG drawing (vector)"), QStringLiteral("svg"));
    } else {
        m_format->addItem(tr("Animated GIF"), QStringLiteral("gif"));
        m_format->addItem(tr("Numbered PNG frames (NAME-0001.png, …)"), QStringLiteral("png"));
    }
    m_width = new QSpinBox(this);
    m_width->setRange(16, 16384);
    m_width->setValue(settings.value(QStringLiteral("export/width"), mode == Figure ? 1200 : 900).toInt());
    m_width->setSuffix(tr(" px"));
    m_height = new QSpinBox(this);
    m_height->setRange(16, 16384);
    m_height->setValue(settings.value(QStringLiteral("export/height"), mode == Figure ? 800 : 600).toInt());
    m_height->setSuffix(tr(" px"));
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.5, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(settings.value(QStringLiteral("export/scale"), 1.0).toDouble());
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setToolTip(tr(
        "2× writes twice as many pixels each way with the same layout, for high-DPI slides (PNG and GIF)"));
    m_transparent = new QCheckBox(tr("&Transparent background"), this);
    m_transparent->setToolTip(tr("Leave the window and plot backgrounds out (PNG, PDF, SVG)"));
    m_transparent->setChecked(settings.value(QStringLiteral("export/transparent"), false).toBool());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    // A row whose field is a layout gets no buddy from QFormLayout (and would show "&File:" literally).
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    // What the file will be: its pixels, or for a vector format its size in points.
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    form->addRow(QString(), m_result);
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("none (for a slide, e.g. “Gradient descent on x²”)"));
    m_title->setToolTip(tr("Written above the figure, centred; leave empty for no title"));
    form->addRow(tr("T&itle:"), m_title);
    if (mode == Figure) {
        form->addRow(QString(), m_transparent);
        QPushButton* copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
        connect(copy, &QPushButton::clicked, this, [this] { done(CopyToClipboard); });
    } else {
        m_transparent->hide();
        m_frames = new QSpinBox(this);
        m_frames->setRange(1, 1000);
        m_frames->setSpecialValueText(tr("the lesson's own"));
        m_frames->setValue(1);
        m_frames->setAccessibleName(tr("Frames"));
        m_fps = new QDoubleSpinBox(this);
        m_fps->setRange(0.0, 50.0);
        m_fps->setSpecialValueText(tr("the lesson's own"));
        m_fps->setSuffix(tr(" frames/s"));
        m_fps->setAccessibleName(tr("Frames per second"));
        form->addRow(tr("F&rames:"), m_frames);
        form->addRow(tr("S&peed:"), m_fps);
    }
    form->addRow(buttons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, qOverload<int>(&QComboBox::activated), this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    for (QSpinBox* box : {m_width, m_height})
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &ExportDialog::showResult);
    connect(m_scale, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ExportDialog::showResult);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // A name without an extension gets the chosen format's: the format is never guessed.
        if (QFileInfo(m_path->text().trimmed()).suffix().isEmpty() && !m_path->text().trimmed().isEmpty())
            m_path->setText(m_path->text().trimmed() + QLatin1Char('.') + m_format->currentData().toString());
        QSettings s;
        s.setValue(QStringLiteral("export/width"), m_width->value());
        s.setValue(QStringLiteral("export/height"), m_height->value());
        s.setValue(QStringLiteral("export/scale"), m_scale->value());
        s.setValue(QStringLiteral("export/transparent"), m_transparent->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    pathEdited();
}

void ExportDialog::pathEdited() {
    // The format follows the file's extension when it names one of ours.
    const int index = m_format->findData(QFileInfo(m_path->text()).suffix().toLower());
    if (index >= 0) m_format->setCurrentIndex(index);
    m_scale->setEnabled(!vectorFormat());
    showResult();
}

bool ExportDialog::vectorFormat() const {
    const QString format = m_format->currentData().toString();
    return format == QLatin1String("pdf") || format == QLatin1String("svg");
}

void ExportDialog::showResult() {
    const QSize size = logicalSize();
    // In the GUI's language (displayLocale: "1200", never "1,200", which reads as 1.2 in German).
    const QLocale l = displayLocale();
    const QString w = l.toString(size.width()), h = l.toString(size.height());
    if (vectorFormat()) {
        m_result->setText(tr("A vector drawing of %1 × %2 px at 96 dpi: it stays sharp at any zoom, so the "
                             "scale does not apply.")
                              .arg(w, h));
        return;
    }
    const QString pw = l.toString(qRound(size.width() * scale())),
                  ph = l.toString(qRound(size.height() * scale()));
    //: The size of the image the export writes, in pixels
    m_result->setText(m_mode == Figure ? tr("Writes an image of %1 × %2 pixels.").arg(pw, ph)
                                       : tr("Writes frames of %1 × %2 pixels.").arg(pw, ph));
}

void ExportDialog::formatChosen() {
    const QFileInfo info(m_path->text());
    const QString base = info.path() == QLatin1String(".") && !m_path->text().startsWith(QLatin1Char('.'))
                             ? info.completeBaseName()
                             : QFileInfo(info.dir(), info.completeBaseName()).filePath();
    m_path->setText(base + QLatin1Char('.') + m_format->currentData().toString());
    pathEdited();
}

void ExportDialog::browse() {
    const QString filter = m_mode == Figure
                               ? tr("PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)")
                               : tr("Animated GIF (*.gif);;PNG frames (*.png)");
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), filter);
    if (chosen.isEmpty()) return;
    m_path->setText(chosen);
    pathEdited();
}

QString ExportDialog::path() const {
    return m_path->text();
}
QSize ExportDialog::logicalSize() const {
    return {m_width->value(), m_height->value()};
}
double ExportDialog::scale() const {
    return vectorFormat() ? 1.0 : m_scale->value();
}

FigureOptions ExportDialog::figureOptions() const {
    FigureOptions o;
    o.size = logicalSize();
    o.scale = scale();
    o.transparent = m_mode == Figure && m_transparent->isChecked();
    o.title = m_title->text().trimmed();
    return o;
}

void ExportDialog::setLessonAnimation(int frames, double fps) {
    if (!m_frames) return;
    m_frames->setSpecialValueText(tr("the lesson's own (%n frames)", nullptr, frames));
    m_fps->setSpecialValueText(tr("the lesson's own (%1 frames/s)").arg(fps));
    m_frames->setMinimumWidth(m_frames->sizeHint().width());
    m_fps->setMinimumWidth(m_fps->sizeHint().width());
}

AnimationOptions ExportDialog::animationOptions() const {
    AnimationOptions o;
    o.figure = figureOptions();
    o.frames = m_frames && m_frames->value() > 1 ? m_frames->value() : 0;
    o.fps = m_fps ? m_fps->value() : 0.0;
    return o;
}

} // namespace gradlab
