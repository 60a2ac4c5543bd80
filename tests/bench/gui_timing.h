#pragma once
// Timing helpers shared by the GUI benchmarks: how long from a synthetic event to the widget having
// repainted, summarised as median, 95th percentile and maximum.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTest>
#include <QWidget>
#include <algorithm>
#include <cstdio>
#include <qcustomplot.h>
#include <vector>

namespace gradlab::bench {

class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::Paint) ++paints;
        return false;
    }
};

struct Figures {
    double median = 0, p95 = 0, max = 0;
    long missed = 0; ///< events after which nothing repainted within a second (they changed nothing)
};

inline Figures summarise(std::vector<double> ms) {
    Figures f;
    f.missed = std::count_if(ms.begin(), ms.end(), [](double v) { return v >= 1000.0; });
    std::sort(ms.begin(), ms.end());
    f.median = ms[ms.size() / 2];
    f.p95 = ms[ms.size() * 95 / 100];
    f.max = ms.back();
    return f;
}

/// Calls move(i) for i = 1 … count and times each until `painted` has repainted (at most a second).
template <typename Move> Figures timeUntilRepainted(QWidget* painted, int count, Move&& move) {
    PaintCounter counter;
    painted->installEventFilter(&counter);
    std::vector<double> ms;
    for (int i = 1; i <= count; ++i) {
        const int before = counter.paints;
        QElapsedTimer t;
        t.start();
        move(i);
        while (counter.paints == before && t.elapsed() < 1000)
            QCoreApplication::processEvents();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    painted->removeEventFilter(&counter);
    return summarise(ms);
}

/// The floor of a drag: an empty QCustomPlot of `size` in its own window, replotted whole `count` times, each
/// timed from the replot request to its paint (what any plot of that size costs a frame on this machine).
inline Figures bareReplotFloor(QSize size, int count) {
    QCustomPlot plot;
    plot.resize(size);
    plot.show();
    if (!QTest::qWaitForWindowExposed(&plot)) return {};
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QTest::qWait(100);
    return timeUntilRepainted(&plot, count, [&](int) { plot.replot(QCustomPlot::rpQueuedReplot); });
}

/// One row of the benchmark table (scripts/bench.sh): | what | GradLab | floor | ratio | goal |.
inline void printRow(const char* what, double ms, const char* floorName, double floorMs, const char* goal) {
    std::printf("| %s | %.2f ms | %s %.2f ms | %.1f× | %s |\n", what, ms, floorName, floorMs,
                floorMs > 0 ? ms / floorMs : 0.0, goal);
    std::fflush(stdout);
}

} // namespace gradlab::bench
