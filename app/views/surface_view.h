#pragma once
// Lesson 10, "The 3-D loss surface": the function of the race lesson as a shaded surface, with a ball
// following one optimizer's run, its trail and the descent direction. It shares the race lesson's
// function, start and runs, so the two views show one experiment.

#include "views/lesson_view.h"

#include <QImage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace gradlab {

class RaceLesson;
class Surface3dLesson;
class SurfaceScene;

class SurfaceView : public LessonView {
    Q_OBJECT
public:
    SurfaceView(Surface3dLesson* model, QWidget* parent);
    /// The 3-D figure of a copy of `model` as an image (a view of it is made, never shown on screen:
    /// OpenGL draws only into a window); null without OpenGL.
    static QImage renderModelImage(const Surface3dLesson& model, QSize logicalSize, double scale);
    void resetView() override;
    void releaseGraphics() override;

    RaceLesson* lesson() const { return m_lesson; }
    Surface3dLesson* surfaceModel() const { return m_model; }
    /// The figure as an image of logicalSize × scale pixels (null without OpenGL).
    QImage renderImage(QSize logicalSize, double scale) const;
    /// The 3-D scene, or null where OpenGL cannot draw (the view then says why, in unavailableText()).
    SurfaceScene* scene() const { return m_scene; }
    /// Why the surface is not drawn and how to get it, or "" when it is.
    QString unavailableText() const;
    /// Heights as f or as log₁₀(1 + f − m) (the model's; the checkbox "Log height").
    void setLogHeight(bool on);
    bool logHeight() const;
    /// The optimizer the ball follows (the model's).
    int followed() const;
    /// The line under the surface: the run's state and the arrow's readout.
    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void update();
    void fillFollowBox();

    Surface3dLesson* m_model;
    RaceLesson* m_lesson;
    SurfaceScene* m_scene;
    QWidget* m_sceneWidget = nullptr; ///< the container that shows m_scene's graph window
    bool m_drawnLog = false;
    QComboBox* m_follow;
    QLabel* m_status;
    QPushButton* m_play;
    QPushButton* m_step;
    QPushButton* m_reset;
    QCheckBox* m_logHeight;
    QPushButton* m_resetView;
    QPushButton* m_topView;
    QLabel* m_unavailable = nullptr;
};

} // namespace gradlab
