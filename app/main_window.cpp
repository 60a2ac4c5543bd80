#include "main_window.h"

#include "eval/compiled_function.h"

#include <QStatusBar>
#include <qcustomplot.h>

namespace gradlab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("GradLab"));
    auto* plot = new QCustomPlot(this);
    const FunctionResult f = CompiledFunction::create("x^2");
    QVector<double> xs, ys;
    for (int i = 0; i <= 200; ++i) {
        const double x = -3.0 + 6.0 * i / 200.0;
        xs.push_back(x);
        ys.push_back(f.function->value(x));
    }
    plot->addGraph();
    plot->graph(0)->setData(xs, ys);
    plot->graph(0)->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    plot->xAxis->setLabel(QStringLiteral("x"));
    plot->yAxis->setLabel(QStringLiteral("f(x) = x²"));
    plot->rescaleAxes();
    setCentralWidget(plot);
    statusBar()->showMessage(tr("GradLab %1").arg(QCoreApplication::applicationVersion()));
    resize(1100, 720);
}

} // namespace gradlab
