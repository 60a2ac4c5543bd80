#pragma once
// The 3-D loss surface: Qt DataVisualization's Q3DSurface with the function as a shaded surface, the ball
// (orange) on a descent run, its trail (yellow) and the descent direction (green arrow). All 3-D code is
// behind this class, so it can move to Qt Graphs without touching the lessons.

#include "descent/trajectory.h"
#include "function/compiled_function.h"
#include "geometry/arrow_scale.h"

#include <QImage>
#include <QObject>
#include <QVector>
#include <cmath>

namespace QtDataVisualization {}
class Q3DSurface;
class QSurface3DSeries;
class QCustom3DItem;
class QWidget;

namespace gradlab {

class RoundTickFormatter;
class SurfaceScene : public QObject {
    Q_OBJECT
public:
    /// A new scene, or null with the reason in `why` when OpenGL cannot draw here. A Q3DSurface made
    /// without an OpenGL context crashes on first use, so nothing 3-D is made before the check.
    static SurfaceScene* create(QObject* parent, QString* why);
    ~SurfaceScene() override;

    /// True if OpenGL can draw here: a context is created and made current on an offscreen surface
    /// (false on a platform without OpenGL, such as offscreen, or without a driver). Checked once.
    static bool openGlAvailable(QString* why);
    /// What a user can do to get the 3-D view when openGlAvailable() is false (one HTML paragraph).
    static QString openGlAdvice();

    /// How heights are drawn: f itself, or log₁₀(1 + f − m) with m the lowest f on the rectangle rounded
    /// down (0 when f ≥ 0), which shows valleys that a linear height flattens (Rosenbrock's).
    enum class Height { Linear, Log };
    /// Takes effect at the next setFunction().
    void setHeight(Height height) { m_height = height; }
    Height height() const { return m_height; }
    /// The drawn height of a value f: f, or log₁₀(1 + f − m).
    double heightOf(double f) const;
    /// The vertical axis's title: "f(x, y)" or "log₁₀(1 + f)", "log₁₀(1 + f + 4)".
    QString heightTitle() const;
    /// The value of f above which the surface is cut flat (a pole would make it all spike), or NaN when
    /// the whole surface is drawn.
    double cutAt() const { return m_cutAt; }

    /// The view from the front, above the valley; the view from straight above (x to the right).
    void resetCamera();
    void topView();
    /// Dark or light background, grid and labels (follows the application's appearance).
    void setDark(bool dark);

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
    static constexpr int kGrid = 201;
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
    explicit SurfaceScene(QObject* parent);
    Q3DSurface* m_graph;
    QSurface3DSeries* m_series;
    RoundTickFormatter* m_heightFormatter = nullptr;
    RoundTickFormatter* m_xFormatter = nullptr;
    /// Hides the x label at the box's corner nearest the camera when a y label sits there too.
    void separateCornerLabels();
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
    Height m_height = Height::Linear;
    double m_logShift = 0.0;
    double m_cutAt = NAN;
    QString m_variables[2] = {QStringLiteral("x"), QStringLiteral("y")};
};

} // namespace gradlab
