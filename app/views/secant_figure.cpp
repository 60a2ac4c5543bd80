#include "views/secant_figure.h"

#include "function/point_value.h"
#include "lessons/number_format.h"
#include "lessons/secant_lesson.h"
#include "plotting/curve_graph.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "plotting/palette.h"
#include "widgets/appearance.h"
#include "widgets/figure_title.h"
#include "widgets/number_cell_delegate.h"
#include "widgets/steady_label.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gradlab {

SecantFigure::SecantFigure(SecantLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    m_plot = new LessonPlot(this);
    m_plot->setAccessibleName(tr("Secant and tangent"));
    m_curve = new CurveGraph(m_plot, palette::curve, tr("f"));
    auto line = [this](const QColor& c, Qt::PenStyle style, double width) {
        auto* l = new QCPItemStraightLine(m_plot);
        l->setLayer(m_plot->overlayLayer());
        l->setPen(QPen(c, width, style));
        l->setSelectable(false);
        return l;
    };
    m_tangent = line(palette::tangent, Qt::SolidLine, 2.2);
    m_secant = line(palette::secant, Qt::DashLine, 2.2);
    m_leftSecant = line(palette::secantLeft, Qt::DashLine, 2.2);
    m_otherStep = new DraggableHandle(m_plot, palette::secant, tr("x − Δx"));
    m_step = new DraggableHandle(m_plot, palette::secant, tr("x + Δx"));
    m_point = new DraggableHandle(m_plot, palette::point, tr("x"));
    m_point->setPriority(1); // a Δx shrunk to nothing must not bury the point under x + Δx
    m_plot->setKeyboardHandle(m_point);

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_readout = new SteadyLabel(this);
    m_readout->label()->setTextFormat(Qt::RichText);
    m_readout->setFont(big);
    m_readout->label()->setAccessibleName(tr("Slopes"));
    m_note = new SteadyLabel(this);
    m_note->label()->setWordWrap(true);
    auto noteColour = [this] {
        QPalette p = m_note->palette();
        p.setColor(QPalette::WindowText, readableColour(palette::secant, m_note));
        if (p != m_note->palette()) m_note->setPalette(p);
    };
    noteColour();
    onPaletteChange(m_note, noteColour);

    m_table = new QTableWidget(static_cast<int>(SecantLesson::tableSteps().size()) + 1, 5, this);
    m_table->setWordWrap(false); // a narrow column rounds a number rather than breaking it after "0."
    m_table->setItemDelegate(new NumberCellDelegate(m_table));
    m_table->setHorizontalHeaderLabels({tr("h"), tr("f(a+h)"), tr("Δy"), tr("Δy / run"), tr("error")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Limit table"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table (arrow keys move between cells)
    m_table->setMinimumWidth(420);
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < 5; ++c) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r == m_table->rowCount() - 1) { // the live row, for the Δx on screen
                NumberCellDelegate::setLiveRow(item);
            }
            m_table->setItem(r, c, item);
        }
    auto* tableTitle = new QLabel(tr("<b>The limit table</b>: as h shrinks, Δy/run approaches f′(a)"), this);

    // One fixed row height (bold text is no taller): sizing rows to their contents would measure every
    // cell again on each change, that is on every move of a drag.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_tableNote = new SteadyLabel(this);
    m_tableNote->label()->setWordWrap(true);
    m_tableNote->label()->setTextFormat(Qt::RichText);
    m_title = new FigureTitle(this);

    auto* side = new QVBoxLayout;
    side->addWidget(tableTitle);
    side->addWidget(m_table);
    side->addWidget(m_tableNote);
    side->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_plot, 3);
    top->addLayout(side, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(top, 1);
    layout->addWidget(m_readout);
    layout->addWidget(m_note);

    connect(m_point, &DraggableHandle::dragged, this, [this](QPointF p) { m_lesson->setX(p.x()); });
    auto stepDragged = [this](QPointF p) {
        const double d = p.x() - m_lesson->x();
        m_lesson->setDx(m_lesson->scheme() == DifferenceScheme::Forward    ? d
                        : m_lesson->scheme() == DifferenceScheme::Backward ? -d
                                                                           : std::fabs(d));
    };
    connect(m_step, &DraggableHandle::dragged, this, stepDragged);
    connect(m_otherStep, &DraggableHandle::dragged, this, stepDragged);
    connect(lesson, &SecantLesson::functionChanged, this, &SecantFigure::rebuildCurve);
    connect(lesson, &SecantLesson::changed, this, &SecantFigure::update);
    onPaletteChange(m_readout, [this] { update(); });
    connect(lesson, &SecantLesson::pointPlaced, this, [this] { m_plot->reveal(points()); });
    connect(lesson, &SecantLesson::animationStateChanged, this, [this](bool running) {
        if (running && m_zoomFromX.size() <= 0) prepareAnimation();
        if (!running) m_zoomFromX = m_zoomFromY = QCPRange(0, 0);
    });
    rebuildCurve();
    update();
}

SecantFigure::~SecantFigure() {
    delete m_curve;
}

void SecantFigure::resetView() {
    m_plot->resetView();
}

QVector<QPointF> SecantFigure::points() const {
    const CompiledFunction& f = *m_lesson->function();
    const double x = m_lesson->x(), dx = m_lesson->dx();
    return {QPointF(x, f.value(x)), QPointF(x + dx, f.value(x + dx)), QPointF(x - dx, f.value(x - dx))};
}

double SecantFigure::screenAspect() const {
    const QCPRange xr = m_plot->xAxis->range(), yr = m_plot->yAxis->range();
    const QRect r = m_plot->axisRect()->rect();
    if (r.width() <= 0 || r.height() <= 0 || !(xr.size() > 0) || !(yr.size() > 0)) return 1.0;
    return (r.height() / yr.size()) / (r.width() / xr.size());
}

void SecantFigure::prepareAnimation() {
    // The points of the Δx the animation starts from must be in view: the home view if they left it.
    const double x = m_lesson->x();
    const double dx = m_lesson->dx() <= m_lesson->animationEndDx() * (1 + 1e-9) ? 1.0 : m_lesson->dx();
    const QCPRange xr = m_plot->xAxis->range();
    if (!xr.contains(x - dx) || !xr.contains(x + dx)) m_plot->resetView();
    m_zoomFromX = m_plot->xAxis->range();
    m_zoomFromY = m_plot->yAxis->range();
    m_zoomFromDx = dx;
}

void SecantFigure::setFollowsStep(bool on) {
    m_followsStep = on;
}

void SecantFigure::zoomToStep() {
    if (m_zoomFromX.size() <= 0) {
        m_zoomFromX = m_plot->xAxis->range();
        m_zoomFromY = m_plot->yAxis->range();
        m_zoomFromDx = m_lesson->dx();
    }
    const double x = m_lesson->x(), y = m_lesson->function()->value(x);
    if (!std::isfinite(y)) return;
    // Zoom by the same factor on both axes (angles on screen stay as they were), about the point, and
    // bring the point toward the centre as the zoom deepens.
    // The zoom starts once Δx is below its share of the width (or at once, from the Δx it started at).
    const double z =
        std::min(1.0, m_lesson->dx() / std::min(m_zoomFromDx, kStepFraction * m_zoomFromX.size()));
    const double cx = x + (m_zoomFromX.center() - x) * z * z, cy = y + (m_zoomFromY.center() - y) * z * z;
    const double w = 0.5 * m_zoomFromX.size() * z, h = 0.5 * m_zoomFromY.size() * z;
    m_plot->xAxis->setRange(cx - w, cx + w);
    m_plot->yAxis->setRange(cy - h, cy + h);
}

void SecantFigure::rebuildCurve() {
    m_curve->show(m_lesson->function(), m_lesson->xMin(), m_lesson->xMax());
    m_plot->showInHome(points());
    m_title->setFunction(*m_lesson->function());
    const QString v = m_lesson->variable();
    m_plot->setAxisLabels(v, QStringLiteral("f(%1)").arg(v));
    m_plot->replot();
}

void SecantFigure::update() {
    const CompiledFunction& f = *m_lesson->function();
    const double x = m_lesson->x(), y = f.value(x);
    const double dx = m_lesson->dx();
    const DifferenceScheme scheme = m_lesson->scheme();
    const double tangent = m_lesson->tangentSlope();
    const bool kink = m_lesson->isKink();

    if (m_lesson->isAnimating() || m_followsStep) zoomToStep();
    m_point->setPosition(QPointF(x, y));
    const double stepX = scheme == DifferenceScheme::Backward ? x - dx : x + dx;
    m_step->setPosition(QPointF(stepX, f.value(stepX)));
    m_otherStep->setPosition(QPointF(x - dx, f.value(x - dx)));
    m_otherStep->setVisible(scheme == DifferenceScheme::Central || kink);
    if (kink) m_step->setPosition(QPointF(x + dx, f.value(x + dx)));

    // The secant through its two end points (at a kink: the right-hand one; the left one beside it).
    const double x1 = kink ? x : m_lesson->leftX(), x2 = kink ? x + dx : m_lesson->rightX();
    m_secant->point1->setCoords(x1, f.value(x1));
    m_secant->point2->setCoords(x2, f.value(x2));
    m_secant->setVisible(std::isfinite(f.value(x1)) && std::isfinite(f.value(x2)));
    m_leftSecant->setVisible(kink);
    m_leftSecant->point1->setCoords(x - dx, f.value(x - dx));
    m_leftSecant->point2->setCoords(x, y);
    // The tangent slope as measured: undefined where f is (no 1/x line for ln at −1), vertical at √x's 0.
    const PointValue measured = evaluateSlope(f, x);
    const bool vertical = measured.status == ValueStatus::Vertical && std::isfinite(y);
    m_tangent->setVisible((std::isfinite(tangent) || vertical) && !kink);
    if (std::isfinite(tangent) || vertical) {
        m_tangent->point1->setCoords(x, y);
        m_tangent->point2->setCoords(vertical ? x : x + 1, vertical ? y + 1 : y + tangent);
    }

    const double secant = m_lesson->secantSlope();
    const QString v = m_lesson->variable();
    if (kink) {
        m_readout->setText(
            tr("<span style='color:%1'>left secant slope <b>%2</b></span> &nbsp; "
               "<span style='color:%3'>right secant slope <b>%4</b></span> &nbsp; Δ%5 = <b>%6</b>")
                .arg(htmlColour(palette::secantLeft, m_readout), formatValue(m_lesson->leftSlope()),
                     htmlColour(palette::secant, m_readout), formatValue(m_lesson->rightSlope()), v,
                     formatValue(dx)));
        m_readout->label()->setToolTip(QString());
        QString note = tr("f has a corner at %1 = %2: the slopes from the left and from the right do not "
                          "agree however small Δ%1 gets, so f′(%2) does not exist.")
                           .arg(v, formatValue(x));
        // The central quotient settles on the average of the two sides, which looks like a slope.
        if (scheme == DifferenceScheme::Central) {
            const double central = m_lesson->secantSlope();
            note += std::fabs(central) <= m_lesson->secantRoundOff()
                        ? tr(" The central quotient (f(%1+h) − f(%1−h))/2h gives 0 here by symmetry: f "
                             "changes by the same amount on both sides, so the rise cancels. That 0 is not "
                             "a derivative.")
                              .arg(v)
                        : tr(" The central quotient averages the two one-sided slopes (here %1): that "
                             "average is not a derivative.")
                              .arg(formatValue(central, 4));
        }
        m_note->setText(note);
    } else {
        // The tangent slope as measured (≈ 0 below its round-off, undefined at a pole), and the three
        // numbers printed so that secant − tangent on screen is the difference shown.
        const ShownValue tangentShown = showValue(measured);
        const bool tangentZero = measured.indistinguishableFromZero();
        const ShownDifference shown = showDifference(
            secant, tangentZero ? 0.0 : tangent,
            m_lesson->secantRoundOff() + (std::isfinite(measured.roundOff) ? measured.roundOff : 0));
        const ShownValue& difference = shown.difference;
        auto bold = [](const ShownValue& s) {
            return (s.relation == QStringLiteral("=") ? QString() : s.relation + QLatin1Char(' ')) +
                   QStringLiteral("<b>%1</b>").arg(s.text);
        };
        const ShownValue tangentText = std::isfinite(tangent) && !tangentZero ? shown.b : tangentShown;
        m_readout->setText(tr("<span style='color:%1'>secant slope %2</span> &nbsp; "
                              "<span style='color:%3'>tangent slope %4</span> &nbsp; "
                              "difference %5 &nbsp; Δ%6 = <b>%7</b>")
                               .arg(htmlColour(palette::secant, m_readout), bold(shown.a),
                                    htmlColour(palette::tangent, m_readout),
                                    tangentText.equation(QStringLiteral("f′(%1)").arg(formatValue(x)),
                                                         QStringLiteral("<b>"), QStringLiteral("</b>")),
                                    bold(difference), v, formatValue(dx)));
        QStringList tips;
        for (const QString& tip : {tangentText.toolTip, difference.toolTip})
            if (!tip.isEmpty()) tips << tip;
        m_readout->label()->setToolTip(tips.join(QLatin1Char('\n')));
        if (std::isfinite(tangent))
            m_note->setText(QString());
        else if (!std::isfinite(y))
            m_note->setText(tr("f is not defined at %1 = %2, so neither is f′: a slope exists only where f "
                               "does.")
                                .arg(v, formatValue(x)));
        else if (vertical)
            m_note->setText(tr("The tangent at %1 = %2 is vertical: f′ grows without bound, so no number is "
                               "its slope.")
                                .arg(v, formatValue(x)));
        else
            m_note->setText(tr("f′ is not defined at this point."));
    }
    updateTable();
    const QString tangentWords = std::isfinite(tangent) ? formatValue(tangent) : showValue(measured).text;
    setAccessibleDescription(tr("secant slope %1, tangent slope %2").arg(formatValue(secant), tangentWords));
    m_plot->setLiveDescription(tr("secant over Δx = %1 has slope %2; the tangent at %3 = %4 has slope %5")
                                   .arg(formatValue(dx, 3), formatValue(secant, 4), v, formatValue(x, 3),
                                        std::isfinite(tangent) ? formatValue(tangent, 4) : tangentWords));
    m_plot->replotOverlay();
}

// What the table shows of the scheme's truncation error at this point, as measured rather than as the
// textbook says: x² has none under central differences, |x| at 1 none at all, sin at 0 is second order
// even forward.
QString SecantFigure::orderSentence() const {
    const CompiledFunction& f = *m_lesson->function();
    const PointValue exact = evaluateSlope(f, m_lesson->x());
    if (exact.status != ValueStatus::Finite)
        return tr("f′(a) is not defined here: there is no error to shrink.");
    const double order = truncationOrder([&f](double x) { return f.value(x); }, m_lesson->x(), exact.value,
                                         m_lesson->scheme());
    if (std::isnan(order))
        return tr("Here this quotient has no truncation error: what is left is round-off, which grows as h "
                  "shrinks.");
    if (order < 0.3)
        return tr("Here the error does not shrink with h: the quotient does not approach f′(a).");
    return tr("Here the error shrinks like h<sup>%1</sup> (measured between h = %2 and %3).")
        .arg(withDisplayDecimal(QString::number(order, 'f', 1)), formatValue(0.01), formatValue(0.001));
}

void SecantFigure::updateTable() {
    const LimitTable t = m_lesson->limitTable(m_lesson->tableRows());
    const bool central = m_lesson->scheme() == DifferenceScheme::Central;
    const CompiledFunction& f = *m_lesson->function();
    const ShownValue exact = showValue(evaluateSlope(f, t.a), 10);
    const QString exactShown = exact.relation + QLatin1Char(' ') + exact.text;
    // The error names the quotient as the column over it does: "Δy / 2h" for the central scheme.
    const QString quotient = central ? tr("Δy / 2h") : tr("Δy / h");
    //: %5 is the difference quotient, as the table's column names it ("Δy / h", "Δy / 2h")
    m_tableNote->setText(
        tr("a = %1, f(a) = %2, exact f′(a) %3. Error = %5 − f′(a). %4")
            .arg(formatValue(t.a), formatValue(t.fA), exactShown, orderSentence(), quotient));
    const bool backward = m_lesson->scheme() == DifferenceScheme::Backward;
    m_table->horizontalHeaderItem(1)->setText(backward ? tr("f(a−h)") : tr("f(a+h)"));
    m_table->horizontalHeaderItem(3)->setText(quotient);
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const LimitRow& row = t.rows[static_cast<std::size_t>(r)];
        const bool live = r == m_table->rowCount() - 1;
        QTableWidgetItem* items[5];
        for (int c = 0; c < 5; ++c)
            items[c] = m_table->item(r, c);
        if (live)
            NumberCellDelegate::setPlainText(items[0], QStringLiteral("Δx = %1").arg(formatValue(row.h, 4)));
        else
            NumberCellDelegate::setNumber(items[0], row.h, 6);
        NumberCellDelegate::setNumber(items[1], backward ? row.fAMinusH : row.fAPlusH, 10);
        NumberCellDelegate::setNumber(items[2], row.deltaY, 10);
        NumberCellDelegate::setNumber(items[3], row.slope, 10);
        // An error below the quotient's round-off is noise: "≈ 0", as in the readout (digits on hover).
        const double f1 = backward ? t.fA : row.fAPlusH,
                     f2 = m_lesson->scheme() == DifferenceScheme::Forward ? t.fA : row.fAMinusH;
        const double noise = quotientRoundOff(f1, f2, central ? 2 * row.h : row.h);
        if (row.error != 0.0 && std::fabs(row.error) <= noise) {
            NumberCellDelegate::setPlainText(items[4], QStringLiteral("≈ 0"));
            items[4]->setToolTip(
                tr("Computed error %1: smaller than the round-off of this quotient (about %2), "
                   "so it cannot be told from 0.")
                    .arg(formatValue(row.error, 17), formatValue(noise, 2)));
        } else {
            NumberCellDelegate::setNumber(items[4], row.error, 3);
            items[4]->setToolTip(QString());
        }
    }
}

} // namespace gradlab
