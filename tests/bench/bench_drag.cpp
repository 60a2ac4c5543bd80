// Drag latency of the secant lesson at 1280×800: 500 synthetic mouse moves while holding the point, each
// timed from the event to the plot having repainted. Prints the median and 95th percentile.
// Run under Xvfb: xvfb-run -a build/tests/bench_drag

#include "../app/gui_test_helpers.h"
#include "gui_timing.h"
#include "lessons/secant_lesson.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "views/secant_figure.h"
#include "views/secant_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace gradlab;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    gradlab::test::TestView<SecantView> view(QStringLiteral("secant"));
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        std::fprintf(stderr, "no window: run under a display (xvfb-run -a)\n");
        return 1;
    }
    LessonPlot* plot = view.figure()->plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QTest::qWait(200);
    const QPoint start = view.figure()->pointHandle()->pixelPosition().toPoint();
    QTest::mousePress(plot, Qt::LeftButton, {}, start);
    const int kDrags = 500;
    // Back and forth over 300 pixels, a different pixel every time (a move that changes nothing repaints
    // nothing).
    const bench::Figures f = bench::timeUntilRepainted(plot, kDrags, [&](int i) {
        const int phase = (i * 3) % 600;
        const int offset = (phase < 300 ? phase : 600 - phase) - 150 + (i % 2);
        QTest::mouseMove(plot, QPoint(start.x() + offset, start.y()));
    });
    QTest::mouseRelease(plot, Qt::LeftButton, {}, start);
    if (f.missed) std::printf("warning: %ld moves produced no repaint within 1 s\n", f.missed);
    const bench::Figures floor = bench::bareReplotFloor(plot->size(), kDrags);
    std::printf(
        "Secant lesson drag at 1280x800, %d moves: median %.2f ms, p95 %.2f ms, max %.2f ms; an empty "
        "%dx%d QCustomPlot replotted: median %.2f ms, p95 %.2f ms\n",
        kDrags, f.median, f.p95, f.max, plot->width(), plot->height(), floor.median, floor.p95);
    bench::printRow("secant drag, event → repainted, p95", f.p95, "bare replot of an empty plot of its size,",
                    floor.p95, "≤ 6 ms");
    return 0;
}
