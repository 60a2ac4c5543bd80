#pragma once
// The 3-D loss surface: Qt DataVisualization's Q3DSurface with the function as a shaded surface, the ball
// (orange) on a descent run, its trail (yellow) and the descent direction (green arrow). All 3-D code is
// behind this class, so it can move to Qt Graphs without touching the lessons.

#include "descent/trajectory.h"
#include "eval/compiled_function.h"

#include <QImage>
#include <QObject>
#include <QVector>

namespace QtDataVisualization {}
class Q3DSurface;
class QSurface3DSeries;
class QCustom3DItem;
class QWidget;

namespace gradlab {

class SurfaceScene : public QObject {
    Q_OBJECT
public:
    explicit SurfaceScene(QObject* parent = nullptr);
    ~SurfaceScene() override;

    /// True if OpenGL is available to draw the scene (false on a headless machine without a display).
    static bool openGlAvailable(QString* why);

    /// A widget showing the scene (the Q3DSurface window in a container), created on first use.
    QWidget* widget(QWidget* parent);

    void setFunction(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax);
    /// Shows a run: the ball at its last point, its trail and the direction −∇f there.
    void setRun(const CompiledFunction& f, const Trajectory& t);
    /// The ball's position in data coordinates (x, f, y).
    QVector3D ballPosition() const;
    /// Renders the scene offscreen at `size` pixels.
    QImage render(QSize size);

    Q3DSurface* graph() const { return m_graph; }
    static constexpr int kGrid = 90;
    static constexpr int kTrail = 60;

private:
    Q3DSurface* m_graph;
    QSurface3DSeries* m_series;
    QCustom3DItem* m_ball;
    QCustom3DItem* m_arrow;
    QVector<QCustom3DItem*> m_trail;
    double m_fRange[2] = {0, 1};
    double m_domain[4] = {-1, 1, -1, 1};
};

} // namespace gradlab
