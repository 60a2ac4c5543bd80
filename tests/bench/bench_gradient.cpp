// Figures for the gradient lessons, under a display (xvfb-run -a build/tests/bench_gradient):
//  - dragging the point on a 400×400 Rosenbrock contour map: event to repainted (p95 target < 8 ms);
//  - changing the function: evaluate the 400×400 grid and trace 20 contour levels (target < 30 ms);
//  - dragging the learning-rate slider: a 1000-step run and the redraw (p95 target < 12 ms).
// One argument (drag, function or slider) runs that part alone, for a profiler.

#include "../app/gui_test_helpers.h"
#include "geometry/contours.h"
#include "gui_timing.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/surface_lesson.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "views/contour_figure.h"
#include "views/contour_view.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "widgets/formula_field.h"
#include "widgets/log_slider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace gradlab;

using bench::Figures;
using bench::summarise;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const auto wanted = [&](const char* part) { return only.isEmpty() || only == QLatin1String(part); };
    // 1. Dragging on the contour map.
    gradlab::test::TestView<ContourView> contour(QStringLiteral("contour"));
    contour.resize(1280, 800);
    contour.show();
    if (!QTest::qWaitForWindowExposed(&contour)) {
        std::fprintf(stderr, "no window: run under a display (xvfb-run -a)\n");
        return 1;
    }
    contour.formulaField()->setFormula(QStringLiteral("(1-x)^2 + 100(y-x^2)^2"));
    LessonPlot* map = contour.figure()->mapPlot();
    map->replot(QCustomPlot::rpImmediateRefresh);
    QTest::qWait(200);
    if (wanted("drag")) {
        const QPoint start = contour.figure()->handle()->pixelPosition().toPoint();
        QTest::mousePress(map, Qt::LeftButton, {}, start);
        const Figures drag = bench::timeUntilRepainted(map, 400, [&](int i) {
            const int phase = (i * 3) % 400;
            const int dx = (phase < 200 ? phase : 400 - phase) - 100 + (i % 2);
            QTest::mouseMove(map, start + QPoint(dx, dx / 2));
        });
        QTest::mouseRelease(map, Qt::LeftButton, {}, start);
        std::printf("Contour map drag (Rosenbrock, 400x400 grid, 1280x800 view), 400 moves: median %.2f ms, "
                    "p95 %.2f ms, "
                    "max %.2f ms\n",
                    drag.median, drag.p95, drag.max);
        const Figures mapFloor = bench::bareReplotFloor(map->size(), 400);
        bench::printRow("contour-map drag p95", drag.p95, "bare replot of an empty plot of its size,",
                        mapFloor.p95, "≤ 8 ms");
    }

    // 2. Changing the function: grid and contours alone, and the whole view.
    if (wanted("function")) {
        const FunctionPtr rosen = CompiledFunction::create("(1-x)^2 + 100(y-x^2)^2").function;
        std::vector<double> grid;
        for (int r = 0; r < 20; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            const Grid g = sampleGrid(*rosen, -2, 2, -1, 3, 400, 400);
            const auto levels = traceContours(g, contourLevels(g, 20));
            grid.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
        const Figures gridFigures = summarise(grid);
        std::vector<double> whole;
        const QString formulas[] = {QStringLiteral("(x^2 + y - 11)^2 + (x + y^2 - 7)^2"),
                                    QStringLiteral("(1-x)^2 + 100(y-x^2)^2")};
        for (int r = 0; r < 10; ++r) {
            QElapsedTimer t;
            t.start();
            contour.formulaField()->setFormula(formulas[r % 2]);
            map->replot(QCustomPlot::rpImmediateRefresh);
            whole.push_back(t.nsecsElapsed() / 1e6);
        }
        const Figures wholeFigures = summarise(whole);
        std::printf("Changing the function: 400x400 grid + 20 contour levels median %.2f ms, max %.2f ms; "
                    "with recolouring and a full repaint median %.2f ms\n",
                    gridFigures.median, gridFigures.max, wholeFigures.median);
        // Its floor: the same full repaint of an empty plot of the map's size, done the same way.
        std::vector<double> bare;
        {
            QCustomPlot empty;
            empty.resize(map->size());
            empty.show();
            if (QTest::qWaitForWindowExposed(&empty))
                for (int r = 0; r < 10; ++r) {
                    QElapsedTimer t;
                    t.start();
                    empty.replot(QCustomPlot::rpImmediateRefresh);
                    bare.push_back(t.nsecsElapsed() / 1e6);
                }
        }
        bench::printRow("change of function with recolour and full repaint (median)", wholeFigures.median,
                        "immediate replot of an empty plot of the map's size,",
                        bare.empty() ? 0 : summarise(bare).median, "≤ 30 ms");
    }
    if (!wanted("slider")) return 0;

    // 3. Dragging the learning-rate slider with 1000-step runs.
    gradlab::test::TestView<LearningRateView> lr(QStringLiteral("learning-rate"));
    lr.resize(1280, 900);
    lr.show();
    if (!QTest::qWaitForWindowExposed(&lr)) return 1;
    lr.lesson()->setMaxSteps(1000);
    lr.lesson()->waitForSweep();
    QTest::qWait(200);
    LogSlider* slider = lr.slider();
    const int y = slider->height() / 2;
    const int left = slider->width() / 6;
    QTest::mousePress(slider, Qt::LeftButton, {},
                      QPoint(slider->width() * slider->value() / LogSlider::kSteps, y));
    const Figures slide = bench::timeUntilRepainted(lr.figure()->curvePlot(), 300, [&](int i) {
        const int phase = (i * 5) % 600;
        QTest::mouseMove(slider, QPoint(left + (phase < 300 ? phase : 600 - phase) + (i % 2), y));
    });
    QTest::mouseRelease(slider, Qt::LeftButton, {}, QPoint(left, y));
    std::printf(
        "Learning-rate slider drag, 1000-step runs, 300 moves: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
        slide.median, slide.p95, slide.max);
    const Figures curveFloor = bench::bareReplotFloor(lr.figure()->curvePlot()->size(), 300);
    bench::printRow("learning-rate slider (1000-step run + redraw) p95", slide.p95,
                    "bare replot of an empty plot of the curve's size,", curveFloor.p95, "≤ 12 ms");
    return 0;
}
