// Drag latency of the secant lesson at 1280×800: 500 synthetic mouse moves while holding the point, each
// timed from the event to the plot having repainted. Prints the median and 95th percentile.
// Run under Xvfb: xvfb-run -a build/tests/bench_drag

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

namespace {
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::Paint) ++paints;
        return false;
    }
};
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    SecantView view;
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        std::fprintf(stderr, "no window: run under a display (xvfb-run -a)\n");
        return 1;
    }
    LessonPlot* plot = view.figure()->plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QTest::qWait(200);
    PaintCounter counter;
    plot->installEventFilter(&counter);

    const QPoint start = view.figure()->pointHandle()->pixelPosition().toPoint();
    QTest::mousePress(plot, Qt::LeftButton, {}, start);
    std::vector<double> ms;
    const int kDrags = 500;
    for (int i = 1; i <= kDrags; ++i) {
        // Back and forth over 300 pixels, a different pixel every time (a move that changes nothing
        // repaints nothing).
        const int phase = (i * 3) % 600;
        const int offset = (phase < 300 ? phase : 600 - phase) - 150 + (i % 2);
        const QPoint p(start.x() + offset, start.y());
        const int before = counter.paints;
        QElapsedTimer t;
        t.start();
        QTest::mouseMove(plot, p);
        while (counter.paints == before && t.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    QTest::mouseRelease(plot, Qt::LeftButton, {}, start);
    const long missed = std::count_if(ms.begin(), ms.end(), [](double v) { return v >= 1000.0; });
    std::sort(ms.begin(), ms.end());
    if (missed) std::printf("warning: %ld moves produced no repaint within 1 s\n", missed);
    std::printf("Secant lesson drag at 1280x800, %d moves: median %.2f ms, p95 %.2f ms, max %.2f ms (target "
                "p95 < 8 ms)\n",
                kDrags, ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back());
    return 0;
}
