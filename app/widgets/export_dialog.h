#pragma once
// File → Export PNG…: where, at what size (logical pixels) and scale (2 for high-DPI slides).

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace gradlab {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(const QString& suggestedPath, QWidget* parent = nullptr);

    QString path() const;
    QSize logicalSize() const;
    double scale() const;

private:
    void browse();

    QLineEdit* m_path;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
};

} // namespace gradlab
