#pragma once
// Start-up timing: waits for a widget's first paint, lets that frame reach the screen, then prints
// "painted" on standard output and quits the event loop. gradlab installs it on its window when the
// environment has GRADLAB_EXIT_AFTER_FIRST_PAINT set; tests/bench/bench_process times the whole process
// from its start to that line, against an empty window of the same size.

#include <QObject>

class QWidget;

namespace gradlab {

class FirstPaintProbe : public QObject {
    Q_OBJECT
public:
    /// Watches `window` (and owns itself through it).
    explicit FirstPaintProbe(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_painted = false;
};

} // namespace gradlab
