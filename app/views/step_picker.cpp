#include "views/step_picker.h"

#include "descent/step_explanation.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"
#include "plotting/trajectory_curve.h"
#include "views/step_inspector.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QTableWidget>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
// Where a point of a run is drawn: on the loss curve in one variable, on the map in two.
QPointF plotted(const Trajectory& t, int step) {
    const TrajectoryPoint& p = t.points[static_cast<std::size_t>(step)];
    return {p.point[0], t.dimension == 1 ? p.loss : p.point[1]};
}
} // namespace

int StepPicker::pickableSteps(const Trajectory& t) {
    return t.points.size() < 2 ? 0 : static_cast<int>(t.points.size());
}

StepPicker::StepPicker(LessonPlot* plot, StepInspector* inspector, QTableWidget* table)
    : QObject(plot)
    , m_plot(plot)
    , m_inspector(inspector)
    , m_table(table) {
    // A dark ring on a white halo, larger than any point drawn (the start's disc is orange and 14 px), so
    // that it reads on every colour of the map and is never taken for the start.
    m_halo = plot->addGraph();
    m_marker = plot->addGraph();
    for (QCPGraph* g : {m_halo, m_marker}) {
        g->setLayer(TrajectoryCurve::endsLayer(plot));
        g->setLineStyle(QCPGraph::lsNone);
        g->setSelectable(QCP::stNone);
        g->removeFromLegend();
    }
    m_halo->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 6), Qt::NoBrush, kMarkerSize));
    m_marker->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(palette::text, 2.5), Qt::NoBrush, kMarkerSize));
    m_marker->setName(tr("inspected step"));
    inspector->setHint(table
                           ? tr("Click a point of a run or a row of the step table to see inside that step; "
                                "←/→ walk the steps, Esc closes.")
                           : tr("Click a point of a run on the map to see inside that step; ←/→ walk the "
                                "steps, Esc closes."));
    plot->installEventFilter(this);
    if (m_table) {
        m_table->installEventFilter(this);
        connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
            if (!m_syncing && row >= 0 && !m_runs.empty())
                select(m_step >= 0 ? m_key : m_runs.front().key, row);
        });
    }
}

StepPicker::~StepPicker() = default;

const PickableRun* StepPicker::run(int key) const {
    for (const PickableRun& r : m_runs)
        if (r.key == key && r.trajectory && r.function) return &r;
    return nullptr;
}

void StepPicker::setRuns(std::vector<PickableRun> runs) {
    m_runs = std::move(runs);
    if (m_step >= 0)
        select(m_key, m_step);
    else
        refresh();
}

void StepPicker::select(int key, int step) {
    const PickableRun* r = run(key);
    const int steps = r ? pickableSteps(*r->trajectory) : 0;
    if (steps == 0) return clearSelection();
    const int chosen = std::clamp(step, 0, steps - 1);
    const bool changed = key != m_key || chosen != m_step;
    m_key = key;
    m_step = chosen;
    refresh();
    if (changed) emit selectionChanged();
}

void StepPicker::clearSelection() {
    const bool changed = m_step >= 0;
    m_key = -1;
    m_step = -1;
    refresh();
    if (changed) emit selectionChanged();
}

void StepPicker::refresh() {
    const PickableRun* r = m_step >= 0 ? run(m_key) : nullptr;
    if (!r) {
        m_inspector->clear();
        m_marker->data()->clear();
        m_halo->data()->clear();
        m_marker->removeFromLegend();
    } else {
        // The run's current point has no update after it yet: the inspector shows the point itself.
        if (m_step < explainableSteps(*r->trajectory))
            m_inspector->showStep(explainStep(*r->trajectory, m_step, *r->function), r->name);
        else
            m_inspector->showCurrentPoint(*r->trajectory, *r->function, r->name);
        const QPointF p = plotted(*r->trajectory, m_step);
        m_marker->setData({p.x()}, {p.y()}, true);
        m_halo->setData({p.x()}, {p.y()}, true);
        if (m_plot->legend->visible()) m_marker->addToLegend();
    }
    // While a step is chosen ←/→ walk the steps, not the plot's handle: its focus ring would be a lie.
    m_plot->setHandlesTakeKeys(!r);
    if (m_table) {
        m_syncing = true;
        const QSignalBlocker block(m_table->selectionModel());
        if (r && m_step < m_table->rowCount()) {
            m_table->setCurrentCell(m_step, std::max(0, m_table->currentColumn()));
            m_table->selectRow(m_step);
            m_table->scrollToItem(m_table->item(m_step, 0));
        } else {
            m_table->clearSelection();
        }
        m_syncing = false;
        m_table->viewport()->update();
    }
    m_plot->replotOverlay();
}

QPointF StepPicker::pixelOf(int key, int step) const {
    const PickableRun* r = run(key);
    if (!r || step < 0 || step >= static_cast<int>(r->trajectory->points.size())) return {NAN, NAN};
    const QPointF p = plotted(*r->trajectory, step);
    return {m_plot->xAxis->coordToPixel(p.x()), m_plot->yAxis->coordToPixel(p.y())};
}

bool StepPicker::walk(int by) {
    if (m_step < 0) return false;
    select(m_key, m_step + by);
    return true;
}

bool StepPicker::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        // With a step chosen, ←/→ walk the steps (without one they keep their usual meaning: moving the
        // plot's point, or the table's current cell).
        if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
            if (key->modifiers() & ~Qt::KeypadModifier) return false;
            return walk(key->key() == Qt::Key_Left ? -1 : 1);
        }
        if (key->key() == Qt::Key_Escape && m_step >= 0) {
            clearSelection();
            return true;
        }
        return false;
    }
    if (watched != m_plot) return false;
    if (event->type() == QEvent::MouseButtonPress) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        m_pressPixel = QPointF(-1e9, -1e9);
        // A handle (the start point) keeps its drag; elsewhere, a press on a step's point picks it.
        if (mouse->button() != Qt::LeftButton || m_plot->handleAt(mouse->position())) return false;
        // What is drawn on top wins: a run's current point (the large disc, above every path) before any
        // other point, then the nearest point, a later run (drawn over earlier ones) on a tie.
        int bestKey = -1, bestStep = -1;
        double best = kPickRadius;
        for (const PickableRun& r : m_runs) {
            if (!r.trajectory || !r.function) continue;
            const int last = pickableSteps(*r.trajectory) - 1;
            const double d = last < 0 ? INFINITY : QLineF(pixelOf(r.key, last), mouse->position()).length();
            if (d <= best) best = d, bestKey = r.key, bestStep = last;
        }
        const bool onACurrentPoint = bestStep >= 0;
        for (const PickableRun& r : m_runs) {
            if (onACurrentPoint) break;
            if (!r.trajectory || !r.function) continue;
            const int steps = pickableSteps(*r.trajectory);
            for (int k = 0; k < steps; ++k) {
                const double d = QLineF(pixelOf(r.key, k), mouse->position()).length();
                if (d <= best) best = d, bestKey = r.key, bestStep = k;
            }
        }
        if (bestStep < 0) return false;
        m_pressPixel = mouse->position();
        m_plot->setFocus(Qt::MouseFocusReason);
        select(bestKey, bestStep);
        return true; // not a pan, and not a click on the background (which would move the start)
    }
    if (event->type() == QEvent::MouseButtonRelease && m_pressPixel.x() > -1e8) {
        m_pressPixel = QPointF(-1e9, -1e9);
        return true; // the release of a pick
    }
    return false;
}

} // namespace gradlab
