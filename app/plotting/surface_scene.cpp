#include "plotting/surface_scene.h"

#include "diff/point_classification.h"
#include "geometry/contours.h"
#include "plotting/palette.h"

#include <Q3DCamera>
#include <Q3DScene>
#include <Q3DSurface>
#include <Q3DTheme>
#include <QCustom3DItem>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QQuaternion>
#include <QSurface3DSeries>
#include <QSurfaceDataProxy>
#include <QValue3DAxis>
#include <QWidget>
#include <cmath>

static void initResources() {
    Q_INIT_RESOURCE(gradlab);
}

namespace gradlab {

namespace {
QImage solid(const QColor& c) {
    QImage image(2, 2, QImage::Format_RGB32);
    image.fill(c);
    return image;
}
} // namespace

bool SurfaceScene::openGlAvailable(QString* why) {
    QOpenGLContext context;
    if (!context.create()) {
        if (why) *why = QObject::tr("no OpenGL context could be created");
        return false;
    }
    QOffscreenSurface surface;
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface)) {
        if (why) *why = QObject::tr("OpenGL is not usable here");
        return false;
    }
    context.doneCurrent();
    return true;
}

SurfaceScene::SurfaceScene(QObject* parent)
    : QObject(parent) {
    initResources();
    m_graph = new Q3DSurface;
    m_graph->activeTheme()->setType(Q3DTheme::ThemeQt);
    m_graph->activeTheme()->setLabelBackgroundEnabled(false);
    m_graph->setShadowQuality(QAbstract3DGraph::ShadowQualityNone);
    // From high enough above that the bottom of a valley, where runs end, is in sight.
    m_graph->scene()->activeCamera()->setCameraPosition(-35.0f, 45.0f, 85.0f);
    m_graph->axisX()->setTitle(QStringLiteral("x"));
    m_graph->axisY()->setTitle(QStringLiteral("f"));
    m_graph->axisZ()->setTitle(QStringLiteral("y"));
    for (QValue3DAxis* a : {m_graph->axisX(), m_graph->axisY(), m_graph->axisZ()})
        a->setTitleVisible(true);
    m_series = new QSurface3DSeries;
    m_series->setDrawMode(QSurface3DSeries::DrawSurfaceAndWireframe);
    m_series->setFlatShadingEnabled(false);
    QLinearGradient gradient;
    gradient.setColorAt(0.0, QColor(0xde, 0xeb, 0xf7));
    gradient.setColorAt(0.5, QColor(0x6b, 0xae, 0xd6));
    gradient.setColorAt(1.0, QColor(0x08, 0x45, 0x94));
    m_series->setBaseGradient(gradient);
    m_series->setColorStyle(Q3DTheme::ColorStyleRangeGradient);
    m_series->setWireframeColor(QColor(0x30, 0x30, 0x30, 60));
    m_graph->addSeries(m_series);

    m_ball = new QCustom3DItem(QStringLiteral(":/meshes/sphere.obj"), QVector3D(),
                               QVector3D(kBallRadius, kBallRadius, kBallRadius), QQuaternion(),
                               solid(palette::point));
    m_ball->setShadowCasting(false);
    m_graph->addCustomItem(m_ball);
    m_arrow =
        new QCustom3DItem(QStringLiteral(":/meshes/arrow.obj"), QVector3D(),
                          QVector3D(kArrowWidth, 0.4f, kArrowWidth), QQuaternion(), solid(palette::descent));
    m_arrow->setShadowCasting(false);
    m_graph->addCustomItem(m_arrow);
    for (int i = 0; i < kTrail; ++i) {
        auto* dot =
            new QCustom3DItem(QStringLiteral(":/meshes/sphere.obj"), QVector3D(),
                              QVector3D(0.018f, 0.018f, 0.018f), QQuaternion(), solid(palette::trail));
        dot->setShadowCasting(false);
        dot->setVisible(false);
        m_graph->addCustomItem(dot);
        m_trail.append(dot);
    }
}

SurfaceScene::~SurfaceScene() {
    // Without a container the graph window is ours to delete.
    if (!m_graph->parent()) delete m_graph;
}

QWidget* SurfaceScene::widget(QWidget* parent) {
    QWidget* container = QWidget::createWindowContainer(m_graph, parent);
    container->setMinimumSize(320, 240);
    container->setFocusPolicy(Qt::StrongFocus);
    container->setAccessibleName(tr("3-D loss surface"));
    return container;
}

void SurfaceScene::setFunction(const CompiledFunction& f, double xmin, double xmax, double ymin,
                               double ymax) {
    m_domain[0] = xmin;
    m_domain[1] = xmax;
    m_domain[2] = ymin;
    m_domain[3] = ymax;
    const Grid grid = sampleGrid(f, xmin, xmax, ymin, ymax, kGrid, kGrid);
    double lo = INFINITY, hi = -INFINITY;
    for (double v : grid.values)
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    if (!(hi > lo)) hi = lo + 1;
    // A surface with poles would be all spike: values beyond the 98th percentile are clipped for drawing.
    std::vector<double> sorted;
    for (double v : grid.values)
        if (std::isfinite(v)) sorted.push_back(v);
    std::sort(sorted.begin(), sorted.end());
    if (!sorted.empty()) hi = std::min(hi, sorted[sorted.size() * 98 / 100] + 0.02 * (hi - lo));
    m_fRange[0] = lo;
    m_fRange[1] = hi;
    auto* array = new QSurfaceDataArray;
    array->reserve(grid.ny);
    for (int j = 0; j < grid.ny; ++j) {
        auto* row = new QSurfaceDataRow(grid.nx);
        for (int i = 0; i < grid.nx; ++i) {
            const double v = grid.at(i, j);
            (*row)[i].setPosition(QVector3D(float(grid.x(i)), float(std::isfinite(v) ? std::min(v, hi) : hi),
                                            float(grid.y(j))));
        }
        array->append(row);
    }
    m_series->dataProxy()->resetArray(array);
    // One arrow scale for the function, logarithmic: a run meets slopes from the largest on the rectangle
    // (drawn longest) down to 10⁻⁴ of it (no arrow), and ten times the slope is always the same step longer.
    m_arrowScale =
        ArrowScale::logarithmic(largestSlope(f, xmin, xmax, ymin, ymax),
                                kMaxArrowFraction * std::min(xmax - xmin, ymax - ymin), kArrowDecades);
    m_graph->axisX()->setRange(float(xmin), float(xmax));
    m_graph->axisZ()->setRange(float(ymin), float(ymax));
    m_graph->axisY()->setRange(float(lo), float(hi));
    m_graph->axisX()->setTitle(QString::fromStdString(f.variables()[0]));
    m_graph->axisZ()->setTitle(QString::fromStdString(f.variables()[1]));
}

double SurfaceScene::sceneUnitsPerData() const {
    // Q3DSurface with the default aspect ratio (2) and automatic horizontal aspect ratio maps the longer
    // of the x and y ranges onto 4 scene units and the other in the same proportion; scene z runs
    // opposite to data y (Surface3DRenderer::calculateSceneScalingFactors).
    return 4.0 / std::max(m_domain[1] - m_domain[0], m_domain[3] - m_domain[2]);
}

void SurfaceScene::setRun(const CompiledFunction& f, const Trajectory& t) {
    const bool any = !t.points.empty();
    m_ball->setVisible(any && m_ballShown);
    m_arrow->setVisible(false);
    m_arrowFit = ArrowFit::Undefined;
    m_arrowLength = 0.0;
    m_arrowBlocked = false;
    m_gradientNorm = 0.0;
    for (QCustom3DItem* d : m_trail)
        d->setVisible(false);
    if (!any) return;
    auto clampF = [this](double v) { return float(std::clamp(v, m_fRange[0], m_fRange[1])); };
    const TrajectoryPoint& last = t.points.back();
    // The ball rests on the surface: lifted by about its radius.
    m_ball->setPosition(QVector3D(float(last.point[0]),
                                  clampF(last.loss) + float(0.03 * (m_fRange[1] - m_fRange[0])),
                                  float(last.point[1])));
    // The trail: up to kTrail points spread over the run.
    const int n = static_cast<int>(t.points.size());
    const int shown = std::min(n, kTrail);
    for (int i = 0; i < shown; ++i) {
        const TrajectoryPoint& p =
            t.points[static_cast<std::size_t>(shown == n ? i : i * (n - 1) / (shown - 1))];
        m_trail[i]->setPosition(QVector3D(float(p.point[0]), clampF(p.loss), float(p.point[1])));
        m_trail[i]->setVisible(true);
    }
    // The arrow: −∇f is a direction in the (x, y) plane, so it is drawn level, from the ball's centre
    // (the ball sits above the surface, and the surface falls along −∇f), and as long as |∇f| says.
    const double gx = last.gradient[0], gy = last.gradient[1];
    m_gradientNorm = std::hypot(gx, gy);
    const double side = std::min(m_domain[1] - m_domain[0], m_domain[3] - m_domain[2]);
    m_arrowFit =
        m_arrowScale.fit(m_gradientNorm, kMinArrowFraction * side, kMaxArrowFraction * side, &m_arrowLength);
    if (m_arrowFit != ArrowFit::Drawn && m_arrowFit != ArrowFit::Shortened) return;
    const double unit = sceneUnitsPerData();
    // Across a narrow valley (Rosenbrock's) a level arrow would run into the far wall and vanish there:
    // it is cut short where the surface rises to its height, and the readout says so.
    const double height = m_ball->position().y();
    const double ballInData = kBallRadius / unit;
    for (int i = 1; i <= 48; ++i) {
        const double s = ballInData + m_arrowLength * i / 48.0;
        const double q[2] = {last.point[0] - gx / m_gradientNorm * s,
                             last.point[1] - gy / m_gradientNorm * s};
        const double v = f.value(q);
        if (std::isfinite(v) && std::min(v, m_fRange[1]) > height) {
            m_arrowBlocked = true;
            m_arrowLength = std::max(0.0, s - ballInData) * 0.9;
            break;
        }
    }
    // Scene z runs opposite to data y: a move of +dy in the data is −dy·unit in the scene.
    const QVector3D direction(float(-gx / m_gradientNorm), 0.0f, float(gy / m_gradientNorm));
    m_arrow->setRotation(QQuaternion::rotationTo(QVector3D(0, 1, 0), direction));
    // The mesh is one unit long along +y; the part inside the ball is added so that what shows outside
    // it is the scaled length.
    m_arrow->setScaling(QVector3D(kArrowWidth, float(kBallRadius + m_arrowLength * unit), kArrowWidth));
    m_arrow->setPosition(m_ball->position());
    m_arrow->setVisible(m_arrowShown);
}

bool SurfaceScene::arrowVisible() const {
    return m_arrow->isVisible();
}

void SurfaceScene::setArrowShown(bool shown) {
    m_arrowShown = shown;
    if (!shown)
        m_arrow->setVisible(false);
    else
        m_arrow->setVisible(m_arrowFit == ArrowFit::Drawn || m_arrowFit == ArrowFit::Shortened);
}

void SurfaceScene::setBallShown(bool shown) {
    m_ballShown = shown;
    m_ball->setVisible(shown);
}

QVector3D SurfaceScene::ballPosition() const {
    return m_ball->position();
}

QImage SurfaceScene::render(QSize size) {
    return m_graph->renderToImage(4, size);
}

} // namespace gradlab
