// The 3-D surface's descent arrow, checked on rendered pixels (Q3DSurface::renderToImage with Mesa's
// software OpenGL under Xvfb): it points along −∇f at the ball — towards a marker placed in data
// coordinates a small step along −∇f — for several functions, points and rectangles; its length grows
// with |∇f| at one scale for the function; too short to see, it is hidden and the view's text says so.

#include "descent/trajectory.h"
#include "function/compiled_function.h"
#include "lessons/race_lesson.h"
#include "lessons/surface3d_lesson.h"
#include "plotting/palette.h"
#include "plotting/surface_scene.h"
#include "views/surface_view.h"
#include "widgets/swatch.h"

#include "plotting/round_tick_formatter.h"
#include "widgets/appearance.h"

#include <Q3DCamera>
#include <Q3DScene>
#include <Q3DSurface>
#include <QAbstractButton>
#include <QCheckBox>
#include <QCustom3DItem>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>
#include <QValue3DAxis>
#include <cmath>

using namespace gradlab;

namespace {
FunctionPtr compile(const QString& text) {
    ParseOptions options;
    options.variables = {"x", "y"};
    FunctionResult r = CompiledFunction::create(text.toStdString(), options);
    return r.function;
}

/// A run that is just its last point, at p.
Trajectory runAt(const CompiledFunction& f, QPointF p) {
    TrajectoryPoint t;
    t.point[0] = p.x();
    t.point[1] = p.y();
    t.loss = f.valueAndGradient(t.point, t.gradient);
    t.gradNorm = std::hypot(t.gradient[0], t.gradient[1]);
    Trajectory run;
    run.dimension = 2;
    run.points = {t};
    return run;
}

/// The centre of the pixels that differ between a and b (more than `threshold` in some channel), and
/// how many there are.
QPointF centreOfChange(const QImage& a, const QImage& b, int* count, int threshold = 40) {
    double sx = 0, sy = 0;
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) > threshold || std::abs(p.green() - q.green()) > threshold ||
                std::abs(p.blue() - q.blue()) > threshold) {
                sx += x;
                sy += y;
                ++n;
            }
        }
    *count = n;
    return n ? QPointF(sx / n, sy / n) : QPointF();
}

/// A window holding the scene, shown until its graph is exposed.
class SceneHost : public QWidget {
public:
    SceneHost()
        : owned(SurfaceScene::create(nullptr, nullptr))
        , scene(*owned) {
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(scene.widget(this));
        resize(1000, 750);
        show();
    }
    bool exposed() {
        for (int i = 0; i < 100 && !scene.graph()->isExposed(); ++i)
            QTest::qWait(30);
        return scene.graph()->isExposed();
    }
    QImage render() {
        QCoreApplication::processEvents();
        return scene.render(QSize(1000, 750)).convertToFormat(QImage::Format_RGB32);
    }
    std::unique_ptr<SurfaceScene> owned;
    SurfaceScene& scene;
};
} // namespace

class TestSurfaceView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void arrowPointsDownhill_data();
    void arrowPointsDownhill();
    void arrowLengthFollowsSlope_data();
    void arrowLengthFollowsSlope();
    void readoutSaysWhenArrowIsTooSmall_data();
    void readoutSaysWhenArrowIsTooSmall();
    void roundTicksAreRound_data();
    void roundTicksAreRound();
    void axesHaveRoundTicksAndTitles_data();
    void axesHaveRoundTicksAndTitles();
    void cornerLabelsDoNotMeet();
    void logHeightShowsTheValley();
    void leftDragRotatesAndButtonsResetTheCamera();
    void slideFigure_data();
    void slideFigure();
    void trailKeyIsTheTrailsColour();
};

void TestSurfaceView::trailKeyIsTheTrailsColour() {
    // The note's key for the trail is the trail's own yellow (a "●" darkened for contrast read as olive).
    RaceLesson lesson;
    Surface3dLesson surface(&lesson);
    SurfaceView view(&surface, nullptr);
    QLabel* note = nullptr;
    for (QLabel* l : view.findChildren<QLabel*>())
        if (l->text().contains(QStringLiteral(" trail"))) note = l;
    QVERIFY(note);
    const QImage key = swatchFromHtml(note->text(), 0);
    QVERIFY2(!key.isNull(), qPrintable(note->text()));
    QCOMPARE(key.pixelColor(key.width() / 2, key.height() / 2).name(), palette::trail.name());
}

void TestSurfaceView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    if (!SurfaceScene::openGlAvailable(&why)) QSKIP(qPrintable(why));
}

void TestSurfaceView::arrowPointsDownhill_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QRectF>("domain"); ///< x, y, width, height
    QTest::addColumn<QPointF>("at");
    // −∇f = (0, −12): the arrow must point to smaller y, not back up the trail.
    QTest::newRow("elliptic bowl from (0, 2)") << "x^2 + 3y^2" << QRectF(-3, -3, 6, 6) << QPointF(0, 2);
    // −∇f = (1.21, −1.60), once drawn as (1.21, +1.60).
    QTest::newRow("rosenbrock in the valley")
        << "(1-x)^2 + 100(y-x^2)^2" << QRectF(-2, -1, 4, 4) << QPointF(-0.659, 0.442);
    QTest::newRow("elliptic bowl, wide rectangle") << "x^2 + 3y^2" << QRectF(-4, -2, 8, 4) << QPointF(-2, 1);
    QTest::newRow("saddle x·y") << "x*y" << QRectF(-2, -2, 4, 4) << QPointF(1.0, 0.5);
    QTest::newRow("shifted bowl, towards +x −y")
        << "(x-1)^2 + (y+1)^2" << QRectF(-3, -3, 6, 6) << QPointF(-1, 1);
    QTest::newRow("himmelblau") << "(x^2 + y - 11)^2 + (x + y^2 - 7)^2" << QRectF(-5, -5, 10, 10)
                                << QPointF(-1, 1);
    QTest::newRow("tall rectangle, towards +y")
        << "(x-0.5)^2 + (y-1)^2" << QRectF(-1, -3, 2, 6) << QPointF(0, -1.5);
}

void TestSurfaceView::arrowPointsDownhill() {
    QFETCH(QString, formula);
    QFETCH(QRectF, domain);
    QFETCH(QPointF, at);
    const FunctionPtr f = compile(formula);
    QVERIFY(f);
    SceneHost host;
    QVERIFY(host.exposed());
    SurfaceScene& scene = host.scene;
    scene.setFunction(*f, domain.left(), domain.right(), domain.top(), domain.bottom());
    const Trajectory run = runAt(*f, at);
    scene.setRun(*f, run);
    QVERIFY2(scene.arrowVisible(), arrowFitName(scene.arrowFit()));

    const QImage withArrow = host.render();
    scene.setArrowShown(false);
    const QImage withoutArrow = host.render();
    scene.setBallShown(false);
    const QImage withoutBall = host.render();
    scene.setBallShown(true);
    // A marker a small step along −∇f from the ball, level with its centre, in data coordinates.
    const double gx = run.points[0].gradient[0], gy = run.points[0].gradient[1], norm = std::hypot(gx, gy);
    const double step = 0.08 * std::min(domain.width(), domain.height());
    const QVector3D ball = scene.ballPosition();
    QImage magenta(2, 2, QImage::Format_RGB32);
    magenta.fill(QColor(255, 0, 255));
    auto* marker = new QCustom3DItem(QStringLiteral(":/meshes/sphere.obj"),
                                     ball + QVector3D(float(-gx / norm * step), 0, float(-gy / norm * step)),
                                     QVector3D(0.03f, 0.03f, 0.03f), QQuaternion(), magenta);
    scene.graph()->addCustomItem(marker);
    const QImage withMarker = host.render();
    scene.graph()->removeCustomItem(marker);
    scene.setArrowShown(true);

    if (qEnvironmentVariableIsSet("GRADLAB_DUMP")) {
        const QString name =
            QStringLiteral("/tmp/surface-%1")
                .arg(
                    QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        withArrow.save(name + QStringLiteral("-arrow.png"));
        withMarker.save(name + QStringLiteral("-marker.png"));
    }
    int arrowPixels = 0, ballPixels = 0, markerPixels = 0;
    const QPointF arrow = centreOfChange(withArrow, withoutArrow, &arrowPixels);
    const QPointF centre = centreOfChange(withoutArrow, withoutBall, &ballPixels);
    const QPointF towards = centreOfChange(withMarker, withoutArrow, &markerPixels);
    QVERIFY2(arrowPixels > 20 && ballPixels > 20 && markerPixels > 5,
             qPrintable(QStringLiteral("arrow %1, ball %2, marker %3 pixels")
                            .arg(arrowPixels)
                            .arg(ballPixels)
                            .arg(markerPixels)));
    const QPointF a = arrow - centre, m = towards - centre;
    const double cosine =
        (a.x() * m.x() + a.y() * m.y()) / (std::hypot(a.x(), a.y()) * std::hypot(m.x(), m.y()));
    QVERIFY2(cosine > std::cos(20.0 * M_PI / 180.0),
             qPrintable(QStringLiteral("on screen the arrow goes (%1, %2) from the ball, −∇f goes (%3, %4)")
                            .arg(a.x(), 0, 'f', 1)
                            .arg(a.y(), 0, 'f', 1)
                            .arg(m.x(), 0, 'f', 1)
                            .arg(m.y(), 0, 'f', 1)));
}

void TestSurfaceView::arrowLengthFollowsSlope_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QRectF>("domain");
    QTest::addColumn<QPointF>("direction"); ///< points at t·direction, t = 0.1, 0.3, 1
    QTest::newRow("elliptic bowl along x") << "x^2 + 3y^2" << QRectF(-3, -3, 6, 6) << QPointF(1, 0);
    QTest::newRow("elliptic bowl along y") << "x^2 + 3y^2" << QRectF(-3, -3, 6, 6) << QPointF(0, -1);
    QTest::newRow("round bowl, diagonal") << "x^2 + y^2" << QRectF(-2, -2, 4, 4) << QPointF(0.9, 0.9);
    QTest::newRow("saddle") << "x^2 - y^2" << QRectF(-2, -2, 4, 4) << QPointF(-1, 0);
}

void TestSurfaceView::arrowLengthFollowsSlope() {
    QFETCH(QString, formula);
    QFETCH(QRectF, domain);
    QFETCH(QPointF, direction);
    const FunctionPtr f = compile(formula);
    SceneHost host;
    QVERIFY(host.exposed());
    SurfaceScene& scene = host.scene;
    scene.setFunction(*f, domain.left(), domain.right(), domain.top(), domain.bottom());
    double lastNorm = 0, lastLength = 0;
    int lastPixels = 0;
    for (double t : {0.1, 0.3, 1.0}) {
        scene.setRun(*f, runAt(*f, direction * t));
        const double norm = scene.gradientNorm();
        QVERIFY(norm > lastNorm);
        QCOMPARE(arrowFitName(scene.arrowFit()), "drawn");
        QVERIFY(scene.arrowVisible());
        // One scale for the function: the length outside the ball is |∇f| at that scale, unless the
        // surface rises above the arrow first (across a valley), where it is cut short.
        if (scene.arrowBlocked())
            QVERIFY(scene.arrowLength() < scene.arrowScale().lengthOf(norm));
        else
            QVERIFY(std::fabs(scene.arrowLength() - scene.arrowScale().lengthOf(norm)) <= 1e-12);
        QVERIFY(scene.arrowLength() > lastLength);
        // And on screen: more green pixels for a steeper slope (same direction, so comparable).
        const QImage with = host.render();
        scene.setArrowShown(false);
        const QImage without = host.render();
        scene.setArrowShown(true);
        int pixels = 0;
        centreOfChange(with, without, &pixels);
        QVERIFY2(
            pixels > lastPixels,
            qPrintable(QStringLiteral("t = %1: %2 pixels, before %3").arg(t).arg(pixels).arg(lastPixels)));
        lastNorm = norm;
        lastLength = scene.arrowLength();
        lastPixels = pixels;
    }
    // Nearly at the bottom: too short to see, so not drawn.
    scene.setRun(*f, runAt(*f, direction * 1e-7));
    QCOMPARE(arrowFitName(scene.arrowFit()), "too_short");
    QVERIFY(!scene.arrowVisible());
}

void TestSurfaceView::readoutSaysWhenArrowIsTooSmall_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QPointF>("start");
    QTest::newRow("elliptic bowl") << "x^2 + 3y^2" << QPointF(0, 2);
    QTest::newRow("round bowl") << "x^2 + y^2" << QPointF(-1.5, 1);
    QTest::newRow("shifted bowl") << "(x-1)^2 + 2(y+0.5)^2" << QPointF(-1.5, 2.5);
}

void TestSurfaceView::readoutSaysWhenArrowIsTooSmall() {
    QFETCH(QString, formula);
    QFETCH(QPointF, start);
    RaceLesson lesson;
    Surface3dLesson surface(&lesson);
    SurfaceView view(&surface, nullptr);
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double domain[4] = {-2, 2, -1, 3};
    lesson.setFunction(compile(formula), formula, domain, start);
    lesson.setPoint(start);
    Hyperparameters hp;
    hp.learningRate = 0.1;
    lesson.setHyperparameters(OptimizerKind::GradientDescent, hp);
    lesson.reset();
    // At the start: the arrow is drawn and the text gives |∇f|.
    SurfaceScene* scene = view.scene();
    QVERIFY(scene->arrowVisible());
    const double at[2] = {start.x(), start.y()};
    double g[2];
    lesson.function()->valueAndGradient(at, g);
    QVERIFY(std::fabs(scene->gradientNorm() - std::hypot(g[0], g[1])) < 1e-12);
    QVERIFY2(view.statusText().contains(QStringLiteral("|∇f| = ")), qPrintable(view.statusText()));
    QVERIFY2(!view.statusText().contains(QStringLiteral("too small")), qPrintable(view.statusText()));
    // At convergence |∇f| < 1e-6: no arrow, and the text says why.
    lesson.runToEnd();
    QVERIFY2(scene->gradientNorm() < 1e-5, qPrintable(view.statusText()));
    QVERIFY(!scene->arrowVisible());
    QVERIFY2(view.statusText().contains(QStringLiteral("too small to draw")), qPrintable(view.statusText()));
}

namespace {
/// The numbers of an axis's labels ("−1.5" reads as −1.5), or an empty list if one is not a number.
QVector<double> labelValues(const QValue3DAxis* axis) {
    QVector<double> values;
    for (QString label : axis->labels()) {
        bool ok = false;
        const double v = label.replace(QStringLiteral("−"), QStringLiteral("-")).toDouble(&ok);
        if (!ok) return {};
        values.append(v);
    }
    return values;
}

/// True if `step` is 1, 2 or 5 times a power of ten.
bool isRoundStep(double step) {
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (std::fabs(mantissa - m) < 1e-6) return true;
    return false;
}

/// Checks that the labels are evenly spaced by a round step, each a multiple of it, none written
/// longer than it needs ("2.00", "1316.79").
QString checkRoundLabels(const QValue3DAxis* axis) {
    const QVector<double> v = labelValues(axis);
    if (v.size() < 3 || v.size() > 7)
        return QStringLiteral("%1 labels: %2").arg(v.size()).arg(axis->labels().join(QLatin1Char(' ')));
    const double step = v[1] - v[0];
    if (!isRoundStep(step)) return QStringLiteral("step %1 is not round").arg(step);
    for (int i = 0; i < v.size(); ++i) {
        if (std::fabs(v[i] - (v[0] + i * step)) > 1e-9 * step * 10)
            return QStringLiteral("uneven labels: %1").arg(axis->labels().join(QLatin1Char(' ')));
        if (std::fabs(v[i] / step - std::round(v[i] / step)) > 1e-6)
            return QStringLiteral("%1 is not a multiple of %2").arg(v[i]).arg(step);
        if (v[i] < axis->min() - 1e-6 * step || v[i] > axis->max() + 1e-6 * step)
            return QStringLiteral("%1 outside the axis").arg(v[i]);
        const QString label = axis->labels()[i];
        if (label.contains(QLatin1Char('.')) && (label.endsWith(QLatin1Char('0')) || step >= 1))
            return QStringLiteral("label %1 has needless decimals").arg(label);
    }
    return {};
}
} // namespace

void TestSurfaceView::roundTicksAreRound_data() {
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QString>("labels");
    QTest::newRow("-2..2") << -2.0 << 2.0 << "−2 −1 0 1 2";
    QTest::newRow("-1.2..1.2") << -1.2 << 1.2 << "−1 −0.5 0 0.5 1";
    QTest::newRow("0..1645.99") << 0.0 << 1645.99 << "0 500 1000 1500";
    QTest::newRow("-5..5") << -5.0 << 5.0 << "−4 −2 0 2 4";
    QTest::newRow("0.001..0.0042") << 0.001 << 0.0042 << "0.001 0.002 0.003 0.004";
    QTest::newRow("-3.7..12.1") << -3.7 << 12.1 << "0 5 10";
}

void TestSurfaceView::roundTicksAreRound() {
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QString, labels);
    const RoundTicks ticks = roundTicks(lo, hi, 6);
    QStringList shown;
    for (double v : ticks.values)
        shown << ticks.label(v);
    QCOMPARE(shown.join(QLatin1Char(' ')), labels);
    // Widened outward, both ends are ticks.
    double a = lo, b = hi;
    const RoundTicks outward = roundOutward(&a, &b, 6);
    QVERIFY(a <= lo && b >= hi);
    QVERIFY(outward.values.size() <= 6);
    QCOMPARE(outward.values.front(), a);
    QCOMPARE(outward.values.back(), b);
}

void TestSurfaceView::axesHaveRoundTicksAndTitles_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QRectF>("domain");
    QTest::newRow("rosenbrock") << "(1-x)^2 + 100(y-x^2)^2" << QRectF(-2, -1, 4, 4);
    QTest::newRow("elliptic bowl") << "x^2 + 3y^2" << QRectF(-3, -3, 6, 6);
    QTest::newRow("himmelblau") << "(x^2 + y - 11)^2 + (x + y^2 - 7)^2" << QRectF(-5, -5, 10, 10);
    QTest::newRow("saddle, odd rectangle") << "x^2 - y^2" << QRectF(-1.2, -0.7, 2.4, 1.9);
    QTest::newRow("small values") << "0.001(x^2 + y^2)" << QRectF(-1, -1, 2, 2);
    QTest::newRow("wavy") << "sin(x) cos(y)" << QRectF(-3.3, -3.3, 6.6, 6.6);
}

// Round ticks (1-2-5 steps, "%g"-short labels) on all three axes, the whole surface inside the vertical
// axis (no cut for these functions), and real titles: "f(x, y)" upright, not a dash.
void TestSurfaceView::axesHaveRoundTicksAndTitles() {
    QFETCH(QString, formula);
    QFETCH(QRectF, domain);
    const FunctionPtr f = compile(formula);
    QVERIFY(f);
    SceneHost host;
    QVERIFY(host.exposed());
    SurfaceScene& scene = host.scene;
    scene.setFunction(*f, domain.left(), domain.right(), domain.top(), domain.bottom());
    Q3DSurface* graph = scene.graph();
    for (QValue3DAxis* axis : {graph->axisX(), graph->axisY(), graph->axisZ()}) {
        const QString problem = checkRoundLabels(axis);
        QVERIFY2(problem.isEmpty(), qPrintable(axis->title() + ": " + problem));
        QVERIFY(axis->isTitleVisible());
        QVERIFY(!axis->isTitleFixed());
    }
    // The horizontal axes span the rectangle exactly; the vertical one is rounded out to its ticks.
    QCOMPARE(graph->axisX()->min(), float(domain.left()));
    QCOMPARE(graph->axisZ()->max(), float(domain.bottom()));
    const QVector<double> f_ticks = labelValues(graph->axisY());
    QCOMPARE(float(f_ticks.front()), graph->axisY()->min());
    QCOMPARE(float(f_ticks.back()), graph->axisY()->max());
    QCOMPARE(graph->axisX()->title(), QStringLiteral("x"));
    QCOMPARE(graph->axisZ()->title(), QStringLiteral("y"));
    QCOMPARE(graph->axisY()->title(), QStringLiteral("f(x, y)"));
    // The whole surface: no value on a fine grid lies above the axis, nothing is cut flat.
    QVERIFY(std::isnan(scene.cutAt()));
    for (int i = 0; i <= 40; ++i)
        for (int j = 0; j <= 40; ++j) {
            const double p[2] = {domain.left() + domain.width() * i / 40,
                                 domain.top() + domain.height() * j / 40};
            QVERIFY(f->value(p) <= graph->axisY()->max() + 1e-9);
        }
}

// Where the x and y labels meet at the corner nearest the camera, the x label there is left out (they
// overlapped as "2" on "−1"); turned round, the other end's label goes instead.
void TestSurfaceView::cornerLabelsDoNotMeet() {
    const FunctionPtr f = compile(QStringLiteral("x^2 + 3y^2"));
    SceneHost host;
    QVERIFY(host.exposed());
    SurfaceScene& scene = host.scene;
    scene.setFunction(*f, -2, 2, -1, 3);
    QValue3DAxis* x = scene.graph()->axisX();
    QValue3DAxis* y = scene.graph()->axisZ();
    Q3DCamera* camera = scene.graph()->scene()->activeCamera();
    QCOMPARE(y->labels().join(QLatin1Char(' ')), QStringLiteral("−1 0 1 2 3"));
    // From the front right (the default view) the nearest corner is (2, −1).
    QCOMPARE(x->labels().join(QLatin1Char(' ')), QStringLiteral("−2 −1 0 1"));
    if (qEnvironmentVariableIsSet("GRADLAB_DUMP")) host.render().save(QStringLiteral("/tmp/3d/corner-a.png"));
    // From behind on the left it is (−2, 3).
    camera->setXRotation(145.0f);
    QCOMPARE(x->labels().join(QLatin1Char(' ')), QStringLiteral("−1 0 1 2"));
    if (qEnvironmentVariableIsSet("GRADLAB_DUMP")) host.render().save(QStringLiteral("/tmp/3d/corner-b.png"));
    camera->setXRotation(60.0f);
    if (qEnvironmentVariableIsSet("GRADLAB_DUMP")) host.render().save(QStringLiteral("/tmp/3d/corner-c.png"));
    // Where y has no label at that corner, x keeps all of its own.
    scene.setFunction(*f, -2, 2, -1.3, 2.7);
    QCOMPARE(x->labels().join(QLatin1Char(' ')), QStringLiteral("−2 −1 0 1 2"));
}

// The log height: the vertical axis says what is drawn, its range changes, and the ball sits at the
// log height of its loss; a pole is cut flat in the linear height, and the view says so.
void TestSurfaceView::logHeightShowsTheValley() {
    RaceLesson lesson;
    Surface3dLesson surface(&lesson);
    SurfaceView view(&surface, nullptr);
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double domain[4] = {-2, 2, -1, 3};
    const QString rosenbrock = QStringLiteral("(1-x)^2 + 100(y-x^2)^2");
    lesson.setFunction(compile(rosenbrock), rosenbrock, domain, QPointF(-1.5, 2));
    lesson.runToEnd();
    SurfaceScene* scene = view.scene();
    QValue3DAxis* z = scene->graph()->axisY();
    QCOMPARE(z->title(), QStringLiteral("f(x, y)"));
    QVERIFY(z->max() >= 2509.0f); // f(−2, −1) = 2509: whole
    auto* box = view.findChild<QCheckBox*>();
    QVERIFY(box);
    QSignalSpy changed(&surface, &Lesson::changed);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QVERIFY(view.logHeight());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(z->title(), QStringLiteral("log₁₀(1 + f)"));
    QCOMPARE(z->min(), 0.0f);
    QVERIFY(z->max() >= std::log10(2510.0) && z->max() <= 4.0f);
    QVERIFY(std::isnan(scene->cutAt()));
    const QString problem = checkRoundLabels(z);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Trajectory& run = lesson.trajectory(static_cast<OptimizerKind>(view.followed()));
    const double expected = std::log10(1 + run.points.back().loss);
    QVERIFY(std::fabs(scene->ballPosition().y() - expected) < 0.05 * z->max());
    QVERIFY(view.surfaceModel()->save().value(QStringLiteral("logHeight")).toBool());
    // A function below zero: the shift is in the title.
    const QString saddle = QStringLiteral("x^2 - y^2");
    lesson.setFunction(compile(saddle), saddle, domain, QPointF(1, 1));
    QCOMPARE(z->title(), QStringLiteral("log₁₀(1 + f + 9)")); // min f = −9 at (0, 3)
    // Back to linear, then a pole: cut flat at a round height, and said so.
    view.setLogHeight(false);
    const QString pole = QStringLiteral("1/(x^2 + y^2 + 0.001)");
    lesson.setFunction(compile(pole), pole, domain, QPointF(1, 1));
    QVERIFY(std::isfinite(scene->cutAt()));
    QCOMPARE(float(scene->cutAt()), z->max());
    QVERIFY2(view.statusText().contains(QStringLiteral("cut flat at f = ")), qPrintable(view.statusText()));
    view.setLogHeight(true);
    QVERIFY(std::isnan(scene->cutAt()));
    QVERIFY(!view.statusText().contains(QStringLiteral("cut flat")));
}

// "Drag to rotate": a left drag turns the camera (it used to select); the wheel still zooms; Reset view
// and Top view put the camera back and straight above.
void TestSurfaceView::leftDragRotatesAndButtonsResetTheCamera() {
    RaceLesson lesson;
    Surface3dLesson surface(&lesson);
    SurfaceView view(&surface, nullptr);
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Q3DSurface* graph = view.scene()->graph();
    for (int i = 0; i < 100 && !graph->isExposed(); ++i)
        QTest::qWait(30);
    QVERIFY(graph->isExposed());
    QTest::qWait(100);
    Q3DCamera* camera = graph->scene()->activeCamera();
    const float x0 = camera->xRotation(), y0 = camera->yRotation(), zoom0 = camera->zoomLevel();
    const QPoint centre(graph->width() / 2, graph->height() / 2);
    QTest::mousePress(graph, Qt::LeftButton, {}, centre);
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(graph, centre + QPoint(20 * i, 8 * i));
    QTest::mouseRelease(graph, Qt::LeftButton, {}, centre + QPoint(160, 64));
    QVERIFY2(std::fabs(camera->xRotation() - x0) > 10.0f,
             qPrintable(QStringLiteral("x rotation %1 → %2").arg(x0).arg(camera->xRotation())));
    QVERIFY2(std::fabs(camera->yRotation() - y0) > 3.0f,
             qPrintable(QStringLiteral("y rotation %1 → %2").arg(y0).arg(camera->yRotation())));
    QCOMPARE(camera->zoomLevel(), zoom0);
    // A move without a button pressed does not rotate.
    const float x1 = camera->xRotation();
    QTest::mouseMove(graph, centre);
    QCOMPARE(camera->xRotation(), x1);
    auto button = [&view](const QString& text) -> QAbstractButton* {
        for (QAbstractButton* b : view.findChildren<QAbstractButton*>())
            if (b->text() == text) return b;
        return nullptr;
    };
    QAbstractButton* reset = button(SurfaceView::tr("Reset &view"));
    QAbstractButton* top = button(SurfaceView::tr("&Top view"));
    QVERIFY(reset && top);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(camera->xRotation(), x0);
    QCOMPARE(camera->yRotation(), y0);
    QTest::mouseClick(top, Qt::LeftButton);
    QCOMPARE(camera->xRotation(), 0.0f);
    QCOMPARE(camera->yRotation(), 90.0f);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(camera->yRotation(), y0);
}

void TestSurfaceView::slideFigure_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<bool>("log");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QSize>("size");
    const QString rosenbrock = QStringLiteral("(1-x)^2 + 100(y-x^2)^2");
    QTest::newRow("rosenbrock") << rosenbrock << false << false << QSize(1000, 700);
    QTest::newRow("rosenbrock log") << rosenbrock << true << false << QSize(1000, 700);
    QTest::newRow("rosenbrock log dark") << rosenbrock << true << true << QSize(1000, 700);
    QTest::newRow("saddle") << "x^2 - y^2" << false << false << QSize(1000, 700);
    QTest::newRow("rosenbrock wide") << rosenbrock << false << false << QSize(1080, 690);
    QTest::newRow("rosenbrock tall") << rosenbrock << false << false << QSize(600, 700);
}

// The figure as exported: with GRADLAB_DUMP set it is written to /tmp for a look; always, it is drawn
// (not blank) and its background follows the appearance.
void TestSurfaceView::slideFigure() {
    QFETCH(QString, formula);
    QFETCH(bool, log);
    QFETCH(bool, dark);
    QFETCH(QSize, size);
    applyAppearance(dark ? Appearance::Dark : Appearance::Light);
    RaceLesson lesson;
    Surface3dLesson surface(&lesson);
    SurfaceView view(&surface, nullptr);
    view.resize(1100, 750);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double domain[4] = {-2, 2, -1, 3};
    lesson.setFunction(compile(formula), formula, domain, QPointF(-1.5, 2));
    lesson.setPoint(QPointF(-1.5, 2));
    lesson.reset();
    lesson.runToEnd();
    view.setLogHeight(log);
    const QImage image = view.renderImage(size, 1.0);
    QVERIFY(!image.isNull());
    if (qEnvironmentVariableIsSet("GRADLAB_DUMP"))
        image.save(QStringLiteral("/tmp/3d/slide-%1.png")
                       .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), '-')));
    QCOMPARE(qGray(image.pixel(3, 3)) < 128, dark);
    applyAppearance(Appearance::System);
}

QTEST_MAIN(TestSurfaceView)
#include "tst_surface_view.moc"
