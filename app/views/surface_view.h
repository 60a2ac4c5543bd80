#pragma once
// Lesson 9, "The 3-D loss surface": the function of the race lesson as a shaded surface, with a ball
// following one optimizer's run, its trail and the descent direction. It shares the race lesson's
// function, start and runs, so the two views show one experiment.

#include "views/lesson_view.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace gradlab {

class RaceLesson;
class SurfaceScene;

class SurfaceView : public LessonView {
    Q_OBJECT
public:
    SurfaceView(RaceLesson* lesson, QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("surface3d"); }
    QString title() const override { return tr("The 3-D loss surface"); }
    std::unique_ptr<QWidget> createExportFigure() const override;
    QImage renderImage(QSize logicalSize, double scale, bool transparent = false) const override;
    bool paintFigure(QCPPainter* painter, QSize logicalSize, bool transparent) const override;
    QByteArray tableCsv() const override;
    QString tableName() const override { return QStringLiteral("trajectories"); }
    void resetView() override;
    bool applyOptions(const RenderOptions& options, QString* error) override;
    void togglePlay() override;
    QJsonObject saveState() const override;
    QString checkState(const QJsonObject& state) const override;
    void restoreState(const QJsonObject& state) override;

    RaceLesson* lesson() const { return m_lesson; }
    /// The 3-D scene, or null where OpenGL cannot draw (the view then says why, in unavailableText()).
    SurfaceScene* scene() const { return m_scene; }
    /// Why the surface is not drawn and how to get it, or "" when it is.
    QString unavailableText() const;
    /// Heights as f or as log₁₀(1 + f − m) (saved in lesson files; the checkbox "Log height").
    void setLogHeight(bool on);
    bool logHeight() const;
    /// The optimizer the ball follows.
    int followed() const;
    /// The line under the surface: the run's state and the arrow's readout.
    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void update();
    void fillFollowBox();

    RaceLesson* m_lesson;
    SurfaceScene* m_scene;
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
