// The 3-D surface's descent arrow, checked on rendered pixels (Q3DSurface::renderToImage with Mesa's
// software OpenGL under Xvfb): it points along −∇f at the ball — towards a marker placed in data
// coordinates a small step along −∇f — for several functions, points and rectangles; its length grows
// with |∇f| at one scale for the function; too short to see, it is hidden and the view's text says so.

#include "descent/trajectory.h"
#include "eval/compiled_function.h"
#include "lessons/race_lesson.h"
#include "plotting/surface_scene.h"
#include "views/surface_view.h"

#include <Q3DSurface>
#include <QCustom3DItem>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>
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
        resize(800, 600);
        show();
    }
    bool exposed() {
        for (int i = 0; i < 100 && !scene.graph()->isExposed(); ++i)
            QTest::qWait(30);
        return scene.graph()->isExposed();
    }
    QImage render() {
        QCoreApplication::processEvents();
        return scene.render(QSize(800, 600)).convertToFormat(QImage::Format_RGB32);
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
};

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
    SurfaceView view(&lesson);
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

QTEST_MAIN(TestSurfaceView)
#include "tst_surface_view.moc"
