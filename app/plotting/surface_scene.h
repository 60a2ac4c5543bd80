#pragma once
// The 3-D loss surface: Qt DataVisualization's Q3DSurface with the function as a shaded surface, the ball
// (orange) on a descent run, its trail (yellow) and the descent direction (green arrow). All 3-D code is
// behind this class, so it can move to Qt Graphs without touching the lessons.

#include "descent/trajectory.h"
#include "eval/compiled_function.h"
#include "geometry/arrow_scale.h"

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
    /// Shows a run: the ball at its last point, its trail and the direction −∇f there: a horizontal
    /// arrow from the ball along −∇f whose length outside the ball is |∇f| at the function's ArrowScale.
    void setRun(const CompiledFunction& f, const Trajectory& t);
    /// The arrow's scale, set with the function (|∇f| per unit of x or y).
    const ArrowScale& arrowScale() const { return m_arrowScale; }
    /// How the last run's arrow fits: drawn to scale, shortened, too short to see (not drawn), undefined.
    ArrowFit arrowFit() const { return m_arrowFit; }
    /// |∇f| at the ball.
    double gradientNorm() const { return m_gradientNorm; }
    /// The arrow's length outside the ball in data units of x and y (0 when it is not drawn).
    double arrowLength() const { return m_arrowLength; }
    bool arrowVisible() const;
    /// True if the arrow is drawn shorter than its scale says because the surface rises above it (the
    /// far side of a valley) before its end.
    bool arrowBlocked() const { return m_arrowBlocked; }
    /// Hides or shows the arrow whatever the run says (tests compare pictures with and without it).
    void setArrowShown(bool shown);
    void setBallShown(bool shown);
    /// The ball's position in data coordinates (x, f, y).
    QVector3D ballPosition() const;
    /// Renders the scene offscreen at `size` pixels.
    QImage render(QSize size);

    Q3DSurface* graph() const { return m_graph; }
    static constexpr int kGrid = 90;
    static constexpr int kTrail = 60;
    /// The ball's radius and the arrow's width factor, in scene units (the scene is about 4 units wide).
    static constexpr float kBallRadius = 0.05f;
    static constexpr float kArrowWidth = 0.2f;
    /// Arrows shorter than this fraction of the shorter side are too short to see beside the ball; longer
    /// than the second they are shortened to it.
    static constexpr double kMinArrowFraction = 0.008;
    static constexpr double kMaxArrowFraction = 0.35;
    /// The decades of |∇f| the arrow's length spans, from the largest slope on the rectangle down.
    static constexpr double kArrowDecades = 4.0;

private:
    Q3DSurface* m_graph;
    QSurface3DSeries* m_series;
    QCustom3DItem* m_ball;
    QCustom3DItem* m_arrow;
    QVector<QCustom3DItem*> m_trail;
    /// Scene units per data unit of x and of y (Q3DSurface scales both alike, to the longer range).
    double sceneUnitsPerData() const;

    double m_fRange[2] = {0, 1};
    ArrowScale m_arrowScale;
    ArrowFit m_arrowFit = ArrowFit::Undefined;
    double m_gradientNorm = 0.0;
    double m_arrowLength = 0.0;
    bool m_arrowShown = true;
    bool m_arrowBlocked = false;
    bool m_ballShown = true;
    double m_domain[4] = {-1, 1, -1, 1};
};

} // namespace gradlab
