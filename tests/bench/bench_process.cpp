// Whole-process figures, each beside its peer measured in the same run:
//  - start to a visible window: `gradlab` (fresh settings) until its window has painted, against an empty
//    QMainWindow of the same size (this program with --empty-window), both until the first frame;
//  - `gradlab render contour` of Rosenbrock at 1200x800 to PNG, against matplotlib's contourf + contour of
//    the same grid (tests/bench/render_matplotlib.py under /usr/bin/python3; skipped if matplotlib is
//    absent).
// Needs a display for the window rows: xvfb-run -a build/tests/bench_process [runs]
// Prints table rows: | what | GradLab | peer | ratio | goal |

#include "widgets/first_paint_probe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// Seconds from starting the program to the line "painted" on its output (or to its exit if `untilExit`);
/// negative if it failed.
double timeProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
                   bool untilExit) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(untilExit ? QProcess::ForwardedErrorChannel : QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForStarted(10000)) return -1;
    double seconds = -1;
    if (untilExit) {
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            seconds = t.nsecsElapsed() / 1e9;
    } else {
        QByteArray out;
        while (!out.contains("painted") && p.waitForReadyRead(20000))
            out += p.readAllStandardOutput();
        if (out.contains("painted")) seconds = t.nsecsElapsed() / 1e9;
        p.waitForFinished(10000);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(1000);
    }
    return seconds;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 1 && QByteArray(argv[1]) == "--empty-window") {
        QApplication app(argc, argv);
        QMainWindow window;
        window.resize(1360, 860); // gradlab's first size
        new gradlab::FirstPaintProbe(&window);
        window.show();
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))); // default settings
    env.insert(QStringLiteral("GRADLAB_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    const QString gradlab = QStringLiteral(GRADLAB_BINARY);
    const QString self = QCoreApplication::applicationFilePath();

    std::vector<double> app1, empty;
    for (int i = 0; i < runs; ++i) {
        empty.push_back(timeProcess(self, {QStringLiteral("--empty-window")}, env, false));
        app1.push_back(timeProcess(gradlab, {}, env, false));
    }
    if (*std::min_element(app1.begin(), app1.end()) < 0 ||
        *std::min_element(empty.begin(), empty.end()) < 0) {
        std::fprintf(stderr, "a window did not appear: run under a display (xvfb-run -a)\n");
        return 1;
    }
    std::printf("| start to a visible window (whole process, median of %d) | %.3f s | empty QMainWindow "
                "%.3f s | %.1f× | ≤ 0.4 s |\n",
                runs, median(app1), median(empty), median(app1) / median(empty));
    std::fflush(stdout);

    const QString png = dir.filePath(QStringLiteral("contour.png"));
    const QStringList renderArguments = {QStringLiteral("render"), QStringLiteral("contour"),
                                         QStringLiteral("(1-x)^2 + 100(y-x^2)^2"), QStringLiteral("-o"), png};
    std::vector<double> render;
    QProcessEnvironment plain = QProcessEnvironment::systemEnvironment();
    for (int i = 0; i < runs; ++i)
        render.push_back(timeProcess(gradlab, renderArguments, plain, true));
    const QString python = QStringLiteral("/usr/bin/python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import matplotlib")});
    const bool haveMatplotlib = probe.waitForFinished(30000) && probe.exitCode() == 0;
    std::vector<double> peer;
    if (haveMatplotlib)
        for (int i = 0; i < runs; ++i)
            peer.push_back(timeProcess(python,
                                       {QStringLiteral(GRADLAB_BENCH_DIR "/render_matplotlib.py"),
                                        dir.filePath(QStringLiteral("matplotlib.png"))},
                                       plain, true));
    const double ours = median(render);
    if (ours < 0) {
        std::fprintf(stderr, "gradlab render failed\n");
        return 1;
    }
    if (haveMatplotlib)
        std::printf("| `gradlab render contour` Rosenbrock 1200×800 PNG (median of %d) | %.3f s | matplotlib "
                    "contourf+contour %.3f s | %.1f× faster | ≥ 4× faster |\n",
                    runs, ours, median(peer), median(peer) / ours);
    else
        std::printf("| `gradlab render contour` Rosenbrock 1200×800 PNG (median of %d) | %.3f s | matplotlib "
                    "absent (apt-get install python3-matplotlib) | | ≥ 4× faster |\n",
                    runs, ours);
    std::printf("  (PNG written: %lld bytes)\n", static_cast<long long>(QFileInfo(png).size()));
    return 0;
}
