#include "plotting/learning_rate_plot.h"

#include "plotting/number_ticker.h"
#include "plotting/palette.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

LearningRatePlot::LearningRatePlot(QWidget* parent)
    : LessonPlot(parent) {
    setAccessibleName(tr("Learning rate per update"));
    m_planned = addGraph();
    m_planned->setPen(QPen(palette::axis, 1.5, Qt::DashLine));
    m_planned->setName(tr("to come"));
    m_taken = addGraph();
    m_taken->setPen(QPen(palette::secant, 2));
    m_taken->setName(tr("taken"));
    m_marker = addGraph();
    m_marker->setLineStyle(QCPGraph::lsNone);
    m_marker->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(palette::secant, 2), QBrush(Qt::white), 9));
    setAxisLabels(tr("update k"), tr("learning rate"));
    // Small: tight margins and no zooming away from the run.
    setInteractions({});
}

void LearningRatePlot::setRateLabel(const QString& label) {
    yAxis->setLabel(label);
    replot(QCustomPlot::rpQueuedReplot);
}

void LearningRatePlot::setRates(const Schedule& schedule, double base, int steps, int current) {
    m_rates.clear();
    for (int k = 1; k <= steps; ++k)
        m_rates.append(scheduledRate(schedule, base, k));
    m_current = std::clamp(current, 0, std::max(0, steps));
    draw();
}

void LearningRatePlot::setRun(const Trajectory& run, const Schedule& schedule, double base, int steps) {
    m_rates.clear();
    int taken = 0;
    for (const TrajectoryPoint& p : run.points)
        if (p.step >= 1) {
            m_rates.append(p.learningRate);
            taken = p.step;
        }
    for (int k = taken + 1; k <= steps; ++k)
        m_rates.append(scheduledRate(schedule, base, k));
    m_current = taken;
    draw();
}

void LearningRatePlot::draw() {
    const int n = static_cast<int>(m_rates.size());
    QVector<double> k, planned, taken;
    double lo = INFINITY, hi = 0;
    for (int i = 0; i < n; ++i) {
        const double r = m_rates[i];
        if (r > 0 && std::isfinite(r)) {
            lo = std::min(lo, r);
            hi = std::max(hi, r);
        }
    }
    const bool log = spansADecade(lo, hi);
    for (int i = 0; i < n; ++i) {
        // A rate of 0 (cosine down to η_min = 0) has no place on a log axis.
        const double r = log && !(m_rates[i] > 0) ? std::nan("") : m_rates[i];
        k.append(i + 1);
        // The taken line runs up to the current update; the dashed one from there on, so they meet.
        taken.append(i + 1 <= m_current ? r : std::nan(""));
        planned.append(i + 1 >= m_current ? r : std::nan(""));
    }
    m_taken->setData(k, taken, true);
    m_planned->setData(k, planned, true);
    if (m_current >= 1 && m_current <= n)
        m_marker->setData({static_cast<double>(m_current)}, {m_rates[m_current - 1]}, true);
    else
        m_marker->data()->clear();
    xAxis->setRange(0, std::max(1, n) + 0.5);
    if (log) {
        if (!isLogScale()) LessonPlot::setLogScale(yAxis);
        LessonPlot::setLogRange(yAxis, lo, hi);
    } else {
        if (isLogScale()) {
            yAxis->setScaleType(QCPAxis::stLinear);
            yAxis->setTicker(QSharedPointer<NumberTicker>::create());
            yAxis->setNumberFormat(QStringLiteral("gb"));
            yAxis->setNumberPrecision(6);
        }
        const double top = hi > 0 ? hi : 1.0;
        yAxis->setRange(0, top * 1.12);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace gradlab
