#include "widgets/graph_diagram.h"

#include "lessons/autograd_lesson.h"
#include "plotting/palette.h"
#include "widgets/number_format.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
constexpr double kBoxWidth = 150, kBoxHeight = 70, kColumnGap = 60, kRowGap = 22, kMargin = 16;

QString nodeTitle(const GraphNode& n) {
    switch (n.op) {
    case GraphOp::Input:
        return QStringLiteral("%1 (input)").arg(QString::fromStdString(n.label));
    case GraphOp::Constant:
        return QStringLiteral("constant %1").arg(QString::fromStdString(n.label));
    default:
        return QString::fromStdString(n.label);
    }
}
} // namespace

GraphDiagram::GraphDiagram(AutogradLesson* lesson, QWidget* parent)
    : QWidget(parent)
    , m_lesson(lesson) {
    setAccessibleName(tr("Computation graph"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(lesson, &FunctionLesson::changed, this, [this] {
        layoutNodes();
        update();
    });
    layoutNodes();
}

void GraphDiagram::layoutNodes() {
    const auto& nodes = m_lesson->graph().nodes();
    m_rects.clear();
    if (nodes.empty() || static_cast<int>(nodes.size()) > kMaxNodes) return;
    // Column = longest path from a leaf; rows fill each column in node order.
    QVector<int> column(static_cast<int>(nodes.size()), 0);
    int columns = 1;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        for (int in : nodes[i].inputs)
            column[static_cast<int>(i)] = std::max(column[static_cast<int>(i)], column[in] + 1);
        columns = std::max(columns, column[static_cast<int>(i)] + 1);
    }
    // A constant sits in the column just before the first operation that uses it, not far left.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        for (int in : nodes[i].inputs)
            if (nodes[static_cast<std::size_t>(in)].op == GraphOp::Constant)
                column[in] = std::max(column[in], column[static_cast<int>(i)] - 1);
    }
    QVector<int> rowsUsed(columns, 0);
    m_rects.resize(static_cast<int>(nodes.size()));
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
        const int c = column[i], r = rowsUsed[c]++;
        m_rects[i] = QRectF(kMargin + c * (kBoxWidth + kColumnGap), kMargin + r * (kBoxHeight + kRowGap),
                            kBoxWidth, kBoxHeight);
    }
    // Centre each column vertically.
    const int tallest = *std::max_element(rowsUsed.begin(), rowsUsed.end());
    for (int i = 0; i < m_rects.size(); ++i) {
        const int c = column[i];
        m_rects[i].translate(0, (tallest - rowsUsed[c]) * (kBoxHeight + kRowGap) / 2.0);
    }
    resizeEvent(nullptr);
}

void GraphDiagram::resizeEvent(QResizeEvent*) {
    if (m_rects.isEmpty()) return;
    QRectF bounds;
    for (const QRectF& r : m_rects)
        bounds |= r;
    bounds.adjust(-kMargin, -kMargin, kMargin, kMargin);
    m_scale = std::min({1.4, width() / bounds.width(), height() / bounds.height()});
    m_offset = QPointF((width() - bounds.width() * m_scale) / 2 - bounds.left() * m_scale,
                       (height() - bounds.height() * m_scale) / 2 - bounds.top() * m_scale);
}

QRectF GraphDiagram::nodeRect(int i) const {
    if (i < 0 || i >= m_rects.size()) return {};
    const QRectF& r = m_rects[i];
    return QRectF(m_offset + r.topLeft() * m_scale, r.size() * m_scale);
}

QLineF GraphDiagram::edgeEnds(int i, int slot) const {
    const auto& inputs = m_lesson->graph().nodes()[static_cast<std::size_t>(i)].inputs;
    const int in = inputs[static_cast<std::size_t>(slot)];
    const QPointF from = m_rects[in].center() + QPointF(kBoxWidth / 2, 0);
    // Two inputs arrive at two different heights on the box's left edge.
    const double spread = inputs.size() > 1 ? (static_cast<double>(slot) - 0.5) * 22.0 : 0.0;
    return {from, m_rects[i].center() - QPointF(kBoxWidth / 2, -spread)};
}

QPointF GraphDiagram::edgePoint(int i, int slot, double t) const {
    if (i < 0 || i >= m_rects.size()) return {};
    const QLineF ends = edgeEnds(i, slot);
    // The same cubic as paintEvent draws.
    const QPointF p0 = ends.p1(), p1 = p0 + QPointF(kColumnGap / 2, 0), p3 = ends.p2(),
                  p2 = p3 - QPointF(kColumnGap / 2, 0);
    const double u = 1 - t;
    const QPointF at = u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    return m_offset + at * m_scale;
}

bool GraphDiagram::edgeCarriesGradient(int i, int slot) const {
    const auto& nodes = m_lesson->graph().nodes();
    const int in = nodes[static_cast<std::size_t>(i)].inputs[static_cast<std::size_t>(slot)];
    if (nodes[static_cast<std::size_t>(in)].op == GraphOp::Constant) return false;
    return m_lesson->backwardStarted() && m_lesson->reached(i) &&
           i >= m_lesson->graph().nextBackwardNode() + 1;
}

void GraphDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto& nodes = m_lesson->graph().nodes();
    if (static_cast<int>(nodes.size()) > kMaxNodes) {
        p.drawText(rect(), Qt::AlignCenter,
                   tr("This formula's graph has %1 operations, too many to draw legibly.\n"
                      "Try a shorter formula; the gradients below are still computed.")
                       .arg(nodes.size()));
        return;
    }
    p.translate(m_offset);
    p.scale(m_scale, m_scale);
    const int last = m_lesson->lastProcessed();
    // Arrows first, under the boxes. An edge the backward pass has crossed is drawn in red.
    for (int i = 0; i < m_rects.size(); ++i) {
        const auto& inputs = nodes[static_cast<std::size_t>(i)].inputs;
        for (std::size_t k = 0; k < inputs.size(); ++k) {
            const QLineF ends = edgeEnds(i, static_cast<int>(k));
            const QPointF from = ends.p1(), to = ends.p2();
            const bool crossed = edgeCarriesGradient(i, static_cast<int>(k));
            QPen pen(crossed ? palette::secant : QColor(0x80, 0x80, 0x80), crossed ? 2.2 : 1.5);
            p.setPen(pen);
            QPainterPath path(from);
            path.cubicTo(from + QPointF(kColumnGap / 2, 0), to - QPointF(kColumnGap / 2, 0), to);
            p.drawPath(path);
            const QPointF tip = to;
            QPolygonF head;
            head << tip << tip + QPointF(-9, -5) << tip + QPointF(-9, 5);
            p.setBrush(pen.color());
            p.drawPolygon(head);
            p.setBrush(Qt::NoBrush);
        }
    }
    QFont titleFont = font();
    titleFont.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (int i = 0; i < m_rects.size(); ++i) {
        const GraphNode& n = nodes[static_cast<std::size_t>(i)];
        const QRectF r = m_rects[i];
        QColor fill = n.op == GraphOp::Input      ? QColor(0xff, 0xe8, 0xcc)
                      : n.op == GraphOp::Constant ? QColor(0xee, 0xee, 0xee)
                                                  : QColor(0xe3, 0xee, 0xfa);
        QPen border(QColor(0x66, 0x66, 0x66), 1.2);
        if (i == last)
            border = QPen(palette::point, 3);
        else if (i == static_cast<int>(nodes.size()) - 1)
            border = QPen(palette::curve, 2);
        p.setPen(border);
        p.setBrush(fill);
        p.drawRoundedRect(r, 8, 8);
        p.setPen(palette::text);
        p.setFont(titleFont);
        p.drawText(r.adjusted(6, 4, -6, -r.height() * 2 / 3), Qt::AlignLeft | Qt::AlignVCenter, nodeTitle(n));
        p.setFont(small);
        const QString gradFn = QString::fromStdString(n.backwardName());
        if (!gradFn.isEmpty())
            p.drawText(r.adjusted(6, 4, -6, -r.height() * 2 / 3), Qt::AlignRight | Qt::AlignVCenter, gradFn);
        p.drawText(r.adjusted(6, r.height() / 3, -6, -r.height() / 3), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("value %1").arg(formatValue(n.value, 5)));
        const bool hasGrad = n.op != GraphOp::Constant && m_lesson->reached(i);
        p.setPen(gradientColour(i));
        QFont gradFont = small;
        gradFont.setStrikeOut(hasGrad && !m_gradientsAreSlopes);
        p.setFont(gradFont);
        p.drawText(r.adjusted(6, r.height() * 2 / 3, -6, -2), Qt::AlignLeft | Qt::AlignVCenter,
                   n.op == GraphOp::Constant ? tr("no grad")
                   : !hasGrad                ? tr("grad —")
                   : m_gradientsAreSlopes    ? tr("grad %1").arg(gradientText(n.gradient))
                                             : tr("grad %1 ✘").arg(gradientText(n.gradient)));
    }
}

QString GraphDiagram::gradientText(double gradient) {
    // A rule that divides by zero (0.5/√x at 0) is no slope "∞": written as PyTorch prints it.
    if (std::isnan(gradient)) return QStringLiteral("nan");
    if (std::isinf(gradient)) return gradient > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return formatValue(gradient, 5);
}

QColor GraphDiagram::gradientColour(int i) const {
    const auto& nodes = m_lesson->graph().nodes();
    const bool hasGrad = i >= 0 && i < static_cast<int>(nodes.size()) &&
                         nodes[static_cast<std::size_t>(i)].op != GraphOp::Constant && m_lesson->reached(i) &&
                         std::isfinite(nodes[static_cast<std::size_t>(i)].gradient);
    return hasGrad && m_gradientsAreSlopes ? palette::tangent.darker(130) : QColor(0x99, 0x99, 0x99);
}

} // namespace gradlab
