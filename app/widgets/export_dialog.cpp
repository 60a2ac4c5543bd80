#include "widgets/export_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace gradlab {

ExportDialog::ExportDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Export PNG"));
    QSettings settings;
    m_path = new QLineEdit(suggestedPath, this);
    m_path->setMinimumWidth(360);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_width = new QSpinBox(this);
    m_width->setRange(16, 16384);
    m_width->setValue(settings.value(QStringLiteral("export/width"), 1200).toInt());
    m_width->setSuffix(tr(" px"));
    m_height = new QSpinBox(this);
    m_height->setRange(16, 16384);
    m_height->setValue(settings.value(QStringLiteral("export/height"), 800).toInt());
    m_height->setSuffix(tr(" px"));
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.5, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(settings.value(QStringLiteral("export/scale"), 1.0).toDouble());
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setToolTip(
        tr("2× writes twice as many pixels each way with the same layout, for high-DPI slides"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(buttons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(QStringLiteral("export/width"), m_width->value());
        s.setValue(QStringLiteral("export/height"), m_height->value());
        s.setValue(QStringLiteral("export/scale"), m_scale->value());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportDialog::browse() {
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export PNG"), m_path->text(), tr("PNG images (*.png)"));
    if (!chosen.isEmpty()) m_path->setText(chosen);
}

QString ExportDialog::path() const {
    return m_path->text();
}
QSize ExportDialog::logicalSize() const {
    return {m_width->value(), m_height->value()};
}
double ExportDialog::scale() const {
    return m_scale->value();
}

} // namespace gradlab
