#include "views/descent_figure.h"

#include "descent/stop_wording.h"
#include "lessons/descent_lesson.h"
#include "lessons/number_format.h"
#include "lessons/translated_text.h"
#include "plotting/curve_graph.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/off_view_marker.h"
#include "plotting/palette.h"
#include "plotting/state_overlay.h"
#include "plotting/trajectory_curve.h"
#include "views/schedule_panel.h"
#include "views/state_caption.h"
#include "widgets/figure_title.h"
#include "widgets/header_width.h"
#include "widgets/number_cell_delegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gradlab {

QString describeStop(const RunJudgement& judgement, const Trajectory& t) {
    return translated(stopSentence(judgement, t));
}

QString divergenceNote(const RunJudgement& judgement, const Trajectory& t, const QString& variable) {
    return translated(divergenceSentence(judgement, t, variable.toStdString()));
}

void showDivergence(OffViewMarker* marker, const LessonPlot* plot, const RunJudgement& judgement,
                    const Trajectory& t, const QString& variable) {
    const QString note = divergenceNote(judgement, t, variable);
    const TrajectoryPoint* far = farthestPoint(t);
    const QCPRange view = plot->xAxis->range();
    if (note.isEmpty() || !far || view.contains(far->point[0])) {
        marker->hide();
        return;
    }
    marker->show(far->point[0] > view.center() ? OffViewMarker::Edge::Right : OffViewMarker::Edge::Left,
                 note);
}

DescentFigure::DescentFigure(DescentLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_title = new FigureTitle(this);
    m_plot = new LessonPlot(this);
    m_plot->setAccessibleName(tr("Loss curve with descent steps"));
    m_curve = new CurveGraph(m_plot, palette::curve, tr("loss"));
    m_path = new TrajectoryCurve(m_plot, palette::secant, tr("steps"));
    m_start = new DraggableHandle(m_plot, palette::point, tr("start"));
    m_divergence = new OffViewMarker(m_plot, palette::secant);
    // The steps' colour: the overlay belongs to the run drawn.
    m_state = new StateOverlay(m_plot, palette::secant);
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] {
        m_state->updateGlyphs();
        showStateScale(); // the zoom decides how much the marks are lengthened
    });

    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("step"), tr("w"), QStringLiteral("f(w)"), tr("gradient"), tr("update"), tr("lr")});
    m_table->horizontalHeaderItem(5)->setToolTip(
        tr("The learning rate of the update on this row, as the schedule sets it"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Step table"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table (arrow keys move between cells)
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new NumberCellDelegate(m_table));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_status->setFont(big);

    // The table under the curve, not beside it: beside the step inspector's column a table beside the curve
    // left the curve a strip (180 pixels in Spanish at 1360×860); below, the curve has the figure's width.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 3);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_status);
    m_stateCaption = new QLabel(this);
    m_stateCaption->setWordWrap(true);
    m_stateCaption->setHidden(true);
    layout->addWidget(m_stateCaption);

    connect(m_start, &DraggableHandle::dragged, this, [this](QPointF p) { m_lesson->setX(p.x()); });
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        showDivergence(m_divergence, m_plot, m_lesson->judgement(), m_lesson->trajectory(),
                       m_lesson->variable());
    });
    connect(lesson, &FunctionLesson::functionChanged, this, &DescentFigure::rebuildCurve);
    connect(lesson, &FunctionLesson::changed, this, &DescentFigure::update);
    rebuildCurve();
    update();
}

DescentFigure::~DescentFigure() {
    delete m_curve;
    delete m_path;
    delete m_divergence;
    delete m_state;
}

QString DescentFigure::stateCaption() const {
    return m_stateCaption->isHidden() ? QString() : m_stateCaption->text();
}

void DescentFigure::showState() {
    const bool shown = m_lesson->showState();
    const bool was = m_state->isVisible();
    m_state->setVisible(shown);
    m_stateCaption->setHidden(!shown);
    if (!shown) {
        // The overlay sits below the moving layer: only a full replot takes it away.
        if (was) m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const Trajectory& t = m_lesson->trajectory();
    m_state->show(t);
    QStringList lines{stateLegend({t.optimizer}, 1)};
    const QString readout = stateReadout(t, translated(optimizerTitle(t.optimizer)), {m_lesson->variable()});
    if (!readout.isEmpty()) lines << readout;
    m_stateText = lines.join(QLatin1Char('\n'));
    showStateScale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DescentFigure::showStateScale() {
    const QString scale =
        m_state->isVisible()
            ? stateScale({{translated(optimizerTitle(m_lesson->trajectory().optimizer)), m_state->scale()}})
            : QString();
    const QString text = scale.isEmpty() ? m_stateText : m_stateText + QLatin1Char('\n') + scale;
    if (m_stateCaption->text() != text) m_stateCaption->setText(text);
}

void DescentFigure::resetView() {
    m_plot->resetView();
}

void DescentFigure::rebuildCurve() {
    const QString v = m_lesson->variable();
    m_curve->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax());
    // f, as the formula field, the title and the sentences name the function (|f′|): one name in the lesson.
    m_plot->setAxisLabels(v, QStringLiteral("f(%1)").arg(v));
    m_table->horizontalHeaderItem(1)->setText(v);
    m_table->horizontalHeaderItem(2)->setText(QStringLiteral("f(%1)").arg(v));
    m_table->horizontalHeaderItem(4)->setText(tr("update Δ%1").arg(v));
    m_plot->replot();
}

QString DescentFigure::stopText() const {
    return m_status->text();
}

void DescentFigure::update() {
    const Trajectory& t = m_lesson->trajectory();
    m_title->setFunction(*m_lesson->function(), true,
                         tr("%1, %2").arg(translated(optimizerTitle(t.optimizer)),
                                          describeRate(m_lesson->learningRate(), m_lesson->schedule(),
                                                       m_lesson->noise(), m_lesson->seed())));
    const QString v = m_lesson->variable();
    // With noise the update follows the gradient plus noise, not the gradient shown (the true one): the
    // headers say so, so that update ≠ −lr × gradient surprises nobody.
    m_table->horizontalHeaderItem(3)->setText(m_lesson->noise() > 0 ? tr("true gradient") : tr("gradient"));
    m_table->horizontalHeaderItem(4)->setText(m_lesson->noise() > 0 ? tr("update Δ%1\n(noisy)").arg(v)
                                                                    : tr("update Δ%1").arg(v));
    m_table->horizontalHeaderItem(4)->setToolTip(
        m_lesson->noise() > 0
            ? tr("%1ₖ₊₁ − %1ₖ: the step taken from this row, from its gradient plus the noise drawn for it; "
                 "the next row starts there")
                  .arg(v)
            : tr("%1ₖ₊₁ − %1ₖ: the step this row's gradient causes; the next row starts there").arg(v));
    m_table->horizontalHeaderItem(3)->setToolTip(m_lesson->noise() > 0
                                                     ? tr("The true gradient at this row's point (the update "
                                                          "used it plus noise of standard deviation σ)")
                                                     : QString());
    // Each row's rate, only when a schedule makes it change.
    const bool constant = m_lesson->schedule().kind == ScheduleKind::Constant;
    m_table->setColumnHidden(5, constant);
    // Room for every title whole in a language with long words.
    m_table->setMinimumWidth(widthForWholeHeaders(m_table));
    const double w0 = m_lesson->x();
    m_start->setPosition(QPointF(w0, m_lesson->function()->value(w0)));
    m_path->show(t);
    const RunJudgement judgement = m_lesson->judgement();
    showDivergence(m_divergence, m_plot, judgement, t, m_lesson->variable());
    m_plot->replotOverlay();
    showState();

    const int rows = static_cast<int>(t.points.size());
    {
        // A new row count moves the current cell; that is no choice of a step (the step picker, told of the
        // new run after this figure, would otherwise read the run that was just replaced).
        const QSignalBlocker quiet(m_table);
        m_table->setRowCount(rows);
    }
    for (int r = 0; r < rows; ++r) {
        const TrajectoryPoint& p = t.points[static_cast<std::size_t>(r)];
        for (int c = 0; c < 6; ++c) {
            QTableWidgetItem* item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, c, item);
            }
        }
        NumberCellDelegate::setPlainText(m_table->item(r, 0), QString::number(p.step));
        NumberCellDelegate::setNumber(m_table->item(r, 1), p.point[0], 8);
        NumberCellDelegate::setNumber(m_table->item(r, 2), p.loss, 8);
        NumberCellDelegate::setNumber(m_table->item(r, 3), p.gradient[0], 8);
        // Each row is one step: the update this row's gradient causes, w_{k+1} − w_k (the next row's w).
        if (r + 1 < rows) {
            const TrajectoryPoint& next = t.points[static_cast<std::size_t>(r) + 1];
            NumberCellDelegate::setNumber(m_table->item(r, 4), next.update[0], 6);
            NumberCellDelegate::setNumber(m_table->item(r, 5), next.learningRate, 6);
        } else {
            NumberCellDelegate::setPlainText(m_table->item(r, 4), QStringLiteral("—"));
            NumberCellDelegate::setPlainText(m_table->item(r, 5), QStringLiteral("—"));
        }
    }
    if (rows > 0) m_table->scrollToItem(m_table->item(rows - 1, 0));
    const QString status = describeStop(judgement, t);
    m_status->setText(status);
    const TrajectoryPoint& last = t.points.empty() ? TrajectoryPoint() : t.points.back();
    m_plot->setLiveDescription(
        tr("step %1: %2 = %3, loss %4. %5")
            .arg(last.step)
            .arg(m_lesson->variable(), formatValue(last.point[0], 4), formatValue(last.loss, 4), status));
}

} // namespace gradlab
