#include "plotting/surface_scene.h"

#include "function/point_classification.h"
#include "geometry/contours.h"
#include "lessons/number_format.h"
#include "plotting/palette.h"
#include "plotting/round_tick_formatter.h"
#include "plotting/surface_input_handler.h"

#include <Q3DCamera>
#include <Q3DScene>
#include <Q3DSurface>
#include <Q3DTheme>
#include <QCustom3DItem>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QQuaternion>
#include <QSurface3DSeries>
#include <QSurfaceDataProxy>
#include <QValue3DAxis>
#include <QWidget>
#include <QtMath>
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
    // Checked once: creating contexts is slow, and the answer does not change while the app runs. Kept
    // untranslated, and translated at each call: the language can change after the first check.
    struct Reason {
        const char* text = nullptr; ///< QT_TRANSLATE_NOOP("QObject", ...); null when OpenGL works
        QStringList args;
    };
    static const Reason reason = []() -> Reason {
        const QString platform = QGuiApplication::platformName();
        QOpenGLContext context;
        if (!context.create())
            return {QT_TRANSLATE_NOOP("QObject", "no OpenGL context can be created on the “%1” Qt platform"),
                    {platform}};
        QOffscreenSurface surface;
        surface.setFormat(context.format());
        surface.create();
        if (!surface.isValid() || !context.makeCurrent(&surface))
            return {QT_TRANSLATE_NOOP(
                        "QObject", "an OpenGL context was created but cannot draw on the “%1” Qt platform"),
                    {platform}};
        const QSurfaceFormat format = context.format();
        context.doneCurrent();
        // Qt DataVisualization needs OpenGL 2.1 or OpenGL ES 2.0.
        if (!context.isOpenGLES() &&
            std::make_pair(format.majorVersion(), format.minorVersion()) < std::make_pair(2, 1))
            return {QT_TRANSLATE_NOOP(
                        "QObject", "the OpenGL driver offers version %1.%2; the 3-D view needs 2.1 or later"),
                    {QString::number(format.majorVersion()), QString::number(format.minorVersion())}};
        return {};
    }();
    if (why) {
        QString text = reason.text ? QObject::tr(reason.text) : QString();
        for (const QString& arg : reason.args)
            text = text.arg(arg);
        *why = text;
    }
    return reason.text == nullptr;
}

QString SurfaceScene::openGlAdvice() {
    return QObject::tr(
        "To see it, start GradLab where OpenGL works: on a desktop session (not with "
        "<code>QT_QPA_PLATFORM=offscreen</code> or <code>minimal</code>), with an OpenGL driver installed "
        "(Mesa's works everywhere, also without a graphics card: on Debian or Ubuntu "
        "<code>sudo apt install libgl1-mesa-dri libglx-mesa0</code>). Over SSH or remote desktop, run it "
        "on the remote machine's display with Mesa, or under <code>xvfb-run</code> for export only.");
}

SurfaceScene* SurfaceScene::create(QObject* parent, QString* why) {
    if (!openGlAvailable(why)) return nullptr;
    auto* scene = new SurfaceScene(parent);
    if (!scene->m_graph->hasContext()) {
        if (why) *why = tr("the 3-D graph could not get an OpenGL context");
        delete scene;
        return nullptr;
    }
    return scene;
}

SurfaceScene::SurfaceScene(QObject* parent)
    : QObject(parent) {
    initResources();
    m_graph = new Q3DSurface;
    if (!m_graph->hasContext()) return; // create() deletes it: nothing on a graph without one is safe
    m_graph->setActiveInputHandler(new SurfaceInputHandler(m_graph));
    m_graph->setSelectionMode(QAbstract3DGraph::SelectionNone);
    m_graph->activeTheme()->setType(Q3DTheme::ThemeQt);
    m_graph->activeTheme()->setLabelBackgroundEnabled(false);
    m_graph->activeTheme()->setLabelBorderEnabled(false);
    // Soft light: the default's highlight burns a white spot into a bowl's bottom, where runs end.
    m_graph->activeTheme()->setLightStrength(3.0f);
    m_graph->activeTheme()->setAmbientLightStrength(0.45f);
    m_graph->setShadowQuality(QAbstract3DGraph::ShadowQualityNone);
    resetCamera();
    connect(m_graph->scene()->activeCamera(), &Q3DCamera::xRotationChanged, this,
            &SurfaceScene::separateCornerLabels);
    // Round ticks, short labels, titles turned towards the viewer (an edge-on title reads as a dash).
    m_xFormatter = new RoundTickFormatter(6);
    m_graph->axisX()->setFormatter(m_xFormatter);
    m_graph->axisZ()->setFormatter(new RoundTickFormatter(6));
    m_heightFormatter = new RoundTickFormatter(6);
    m_graph->axisY()->setFormatter(m_heightFormatter);
    for (QValue3DAxis* a : {m_graph->axisX(), m_graph->axisY(), m_graph->axisZ()}) {
        a->setTitleVisible(true);
        a->setTitleFixed(false);
        a->setLabelAutoRotation(90.0f);
    }
    m_series = new QSurface3DSeries;
    m_series->setDrawMode(QSurface3DSeries::DrawSurface);
    m_series->setFlatShadingEnabled(false);
    QLinearGradient gradient;
    gradient.setStops(palette::surfaceStops());
    m_series->setBaseGradient(gradient);
    m_series->setColorStyle(Q3DTheme::ColorStyleRangeGradient);
    m_series->setWireframeColor(palette::wireframe);
    m_graph->addSeries(m_series);

    m_ball = new QCustom3DItem(QStringLiteral(":/meshes/sphere.obj"), QVector3D(),
                               QVector3D(kBallRadius, kBallRadius, kBallRadius), QQuaternion(),
                               solid(palette::point));
    m_ball->setShadowCasting(false);
    m_ball->setVisible(false); // until a run is shown
    m_graph->addCustomItem(m_ball);
    m_arrow =
        new QCustom3DItem(QStringLiteral(":/meshes/arrow.obj"), QVector3D(),
                          QVector3D(kArrowWidth, 0.4f, kArrowWidth), QQuaternion(), solid(palette::descent));
    m_arrow->setShadowCasting(false);
    m_arrow->setVisible(false);
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
    m_variables[0] = QString::fromStdString(f.variables()[0]);
    m_variables[1] = QString::fromStdString(f.variables()[1]);
    const Grid grid = sampleGrid(f, xmin, xmax, ymin, ymax, kGrid, kGrid);
    double fmin = INFINITY;
    for (double v : grid.values)
        if (std::isfinite(v)) fmin = std::min(fmin, v);
    // The log height's shift: 0 for a loss (f ≥ 0), else the lowest f rounded down to two digits, so that
    // the axis title can name the number exactly.
    m_logShift = 0.0;
    if (m_height == Height::Log && std::isfinite(fmin) && fmin < 0) {
        const double decade = std::pow(10.0, std::floor(std::log10(-fmin)) - 1);
        m_logShift = -std::ceil(-fmin / decade) * decade;
    }
    std::vector<double> heights;
    heights.reserve(grid.values.size());
    for (double v : grid.values)
        if (std::isfinite(v)) heights.push_back(heightOf(v));
    std::sort(heights.begin(), heights.end());
    double lo = heights.empty() ? 0.0 : heights.front();
    double hi = heights.empty() ? 1.0 : heights.back();
    // A pole would make the surface all spike: when the top 2% of the rectangle rise more than four times
    // as high as the rest, the surface is cut flat at a round height above the rest, and cutAt() says so.
    double top = hi;
    m_cutAt = NAN;
    if (!heights.empty()) {
        const double p98 = heights[heights.size() * 98 / 100];
        if (p98 > lo && hi - lo > 4 * (p98 - lo)) top = p98 + 0.25 * (p98 - lo);
    }
    if (!(top > lo)) top = lo + 1.0, lo -= 1.0;
    double axisLo = lo, axisHi = top;
    const RoundTicks heightTicks = roundOutward(&axisLo, &axisHi, 6);
    if (hi > axisHi) {
        top = axisHi;
        m_cutAt = m_height == Height::Log ? std::pow(10.0, axisHi) - 1.0 + m_logShift : axisHi;
    } else {
        top = hi;
    }
    m_fRange[0] = lo;
    m_fRange[1] = top;
    auto* array = new QSurfaceDataArray;
    array->reserve(grid.ny);
    for (int j = 0; j < grid.ny; ++j) {
        auto* row = new QSurfaceDataRow(grid.nx);
        for (int i = 0; i < grid.nx; ++i) {
            const double v = grid.at(i, j);
            const double h = std::isfinite(v) ? std::min(heightOf(v), top) : top;
            (*row)[i].setPosition(QVector3D(float(grid.x(i)), float(h), float(grid.y(j))));
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
    m_heightFormatter->setStep(heightTicks.step);
    m_graph->axisY()->setRange(float(axisLo), float(axisHi));
    m_graph->axisX()->setTitle(m_variables[0]);
    m_graph->axisZ()->setTitle(m_variables[1]);
    m_graph->axisY()->setTitle(heightTitle());
    separateCornerLabels();
}

void SurfaceScene::separateCornerLabels() {
    // The x labels run along the box's edge nearest the camera and the y labels along the other one
    // through the nearest corner; their end labels meet there ("2" on "−1"). The camera at horizontal
    // angle θ sits towards scene (−sin θ, cos θ), and scene z runs opposite to data y.
    if (!m_xFormatter) return;
    const double theta = qDegreesToRadians(double(m_graph->scene()->activeCamera()->xRotation()));
    const int xEnd = -std::sin(theta) >= 0 ? 1 : -1;
    const double yEnd = std::cos(theta) >= 0 ? m_domain[2] : m_domain[3];
    const RoundTicks yTicks = roundTicks(m_domain[2], m_domain[3], 6);
    bool yLabelThere = false;
    for (double v : yTicks.values)
        yLabelThere = yLabelThere || std::fabs(v - yEnd) < 1e-6 * yTicks.step;
    m_xFormatter->setHiddenEnd(yLabelThere ? xEnd : 0);
}

double SurfaceScene::heightOf(double f) const {
    if (m_height == Height::Linear) return f;
    return std::log10(1.0 + std::max(0.0, f - m_logShift));
}

QString SurfaceScene::heightTitle() const {
    if (m_height == Height::Linear) return QStringLiteral("f(%1, %2)").arg(m_variables[0], m_variables[1]);
    if (m_logShift == 0.0) return QStringLiteral("log₁₀(1 + f)");
    return QStringLiteral("log₁₀(1 + f + %1)").arg(formatValue(-m_logShift));
}

void SurfaceScene::resetCamera() {
    // From high enough above that the bottom of a valley, where runs end, is in sight.
    m_graph->scene()->activeCamera()->setCameraPosition(-35.0f, 40.0f, 72.0f);
    // Looking a little below the box's centre lifts its near corner, which the tilt pushes down, into
    // the picture.
    m_graph->scene()->activeCamera()->setTarget(QVector3D(0.0f, -0.3f, 0.0f));
}

void SurfaceScene::topView() {
    // Straight down, x to the right and y up the screen, as on the contour maps.
    m_graph->scene()->activeCamera()->setCameraPosition(0.0f, 90.0f, 95.0f);
    m_graph->scene()->activeCamera()->setTarget(QVector3D(0.0f, 0.0f, 0.0f));
}

void SurfaceScene::setDark(bool dark) {
    Q3DTheme* theme = m_graph->activeTheme();
    const QColor background = dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(Qt::white);
    theme->setWindowColor(background);
    theme->setBackgroundColor(dark ? QColor(0x35, 0x35, 0x35) : QColor(0xf4, 0xf4, 0xf4));
    theme->setGridLineColor(dark ? QColor(0x70, 0x70, 0x70) : QColor(0xc8, 0xc8, 0xc8));
    theme->setLabelTextColor(dark ? QColor(0xee, 0xee, 0xee) : palette::text);
    theme->setLabelBackgroundColor(background);
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
    auto clampF = [this](double v) {
        const double h = heightOf(v);
        return float(std::isfinite(h) ? std::clamp(h, m_fRange[0], m_fRange[1]) : m_fRange[1]);
    };
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
        if (std::isfinite(v) && std::min(heightOf(v), m_fRange[1]) > height) {
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
