#pragma once
// File → Export Figure… and Export Animation…: where, in which format (PNG, PDF, SVG; or GIF and PNG
// frames), at what size (logical pixels) and scale (2 for high-DPI slides), with or without background,
// and for animations how many frames how fast. A figure can also go to the clipboard from here.

#include "export/animation_writer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gradlab {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum Mode { Figure, Animation };
    /// exec() returns this when the figure should go to the clipboard instead of a file.
    static constexpr int CopyToClipboard = 2;

    ExportDialog(Mode mode, const QString& suggestedPath, QWidget* parent = nullptr);

    QString path() const;
    QSize logicalSize() const;
    double scale() const;
    FigureOptions figureOptions() const;
    AnimationOptions animationOptions() const;

    /// Animations: the lesson's own frame count and speed, named where "the lesson's own" is offered.
    void setLessonAnimation(int frames, double fps);

    QComboBox* formatBox() const { return m_format; }
    QLineEdit* titleField() const { return m_title; }
    QSpinBox* framesBox() const { return m_frames; }

private:
    void browse();
    void formatChosen();
    void pathEdited();
    void showResult();
    bool vectorFormat() const;

    Mode m_mode;
    QLineEdit* m_path;
    QComboBox* m_format;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
    QCheckBox* m_transparent;
    QLineEdit* m_title;
    QLabel* m_result;
    QSpinBox* m_frames = nullptr;
    QDoubleSpinBox* m_fps = nullptr;
};

} // namespace gradlab
