#include "widgets/graph_diagram.h"

#include "lessons/autograd_lesson.h"
#include "lessons/number_format.h"
#include "plotting/palette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
constexpr double kMinBoxWidth = 150, kMinBoxHeight = 70, kColumnGap = 96, kRowGap = 22, kMargin = 16;
constexpr double kTextPad = 6, kTitleGap = 10; ///< inside a box: from its border; between title and grad_fn

QString nodeTitle(const GraphNode& n) {
    switch (n.op) {
    case GraphOp::Input:
        //: A node of the computation graph: the variable the gradient is taken for, "w (input)"
        return GraphDiagram::tr("%1 (input)").arg(QString::fromStdString(n.label));
    case GraphOp::Constant:
        //: A node of the computation graph holding a number of the formula, "constant 3"
        return GraphDiagram::tr("constant %1").arg(QString::fromStdString(n.label));
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

namespace {
/// One slot in a column of the layout: a node's box, or the lane of an edge passing through the column.
struct Slot {
    int node = -1;     ///< the node drawn here, or -1 for a lane
    int edgeNode = -1; ///< for a lane: the edge into node edgeNode …
    int edgeSlot = -1; ///< … from its input edgeSlot
    double key = 0;    ///< ordering key while sweeping
};
constexpr double kLaneHeight = 14, kLaneGap = 6;
constexpr int kSweeps = 4;

/// A cubic that leaves `from` and arrives at `to` horizontally; its x stays between theirs.
void curveTo(QPainterPath& path, QPointF to) {
    const QPointF from = path.currentPosition();
    const double pull = (to.x() - from.x()) / 2;
    path.cubicTo(from + QPointF(pull, 0), to - QPointF(pull, 0), to);
}
} // namespace

void GraphDiagram::layoutNodes() {
    const auto& nodes = m_lesson->graph().nodes();
    const int count = static_cast<int>(nodes.size());
    m_rects.clear();
    m_edges.clear();
    m_labels.clear();
    if (nodes.empty() || count > kMaxNodes) return;
    m_boxSize = fittingBoxSize();
    const double boxWidth = m_boxSize.width(), boxHeight = m_boxSize.height();
    auto inputsOf = [&nodes](int i) -> const std::vector<int>& {
        return nodes[static_cast<std::size_t>(i)].inputs;
    };
    // Column = longest path from a leaf. A constant sits in the column just before the first operation
    // that uses it, not far left.
    QVector<int> column(count, 0);
    for (int i = 0; i < count; ++i)
        for (int in : inputsOf(i))
            column[i] = std::max(column[i], column[in] + 1);
    for (int i = 0; i < count; ++i)
        if (nodes[static_cast<std::size_t>(i)].op == GraphOp::Constant) column[i] = 1 << 20;
    for (int i = 0; i < count; ++i)
        for (int in : inputsOf(i))
            if (nodes[static_cast<std::size_t>(in)].op == GraphOp::Constant)
                column[in] = std::min(column[in], column[i] - 1);
    for (int i = 0; i < count; ++i)
        if (column[i] == 1 << 20) column[i] = 0; // a constant nothing uses (a formula that is a number)
    const int columns = *std::max_element(column.begin(), column.end()) + 1;

    // Each column's layers: its nodes, and a lane for every edge that crosses it.
    QVector<QVector<Slot>> layers(columns);
    for (int i = 0; i < count; ++i)
        layers[column[i]].append({i, -1, -1, 0.0});
    for (int i = 0; i < count; ++i)
        for (int k = 0; k < static_cast<int>(inputsOf(i).size()); ++k)
            for (int c = column[inputsOf(i)[static_cast<std::size_t>(k)]] + 1; c < column[i]; ++c)
                layers[c].append({-1, i, k, 0.0});
    // Where a slot's neighbours sit in column c: a node's inputs (or users), a lane's own edge.
    auto positionIn = [&](int c, auto&& match) {
        double sum = 0;
        int n = 0;
        for (int r = 0; r < layers[c].size(); ++r)
            if (match(layers[c][r])) {
                sum += r;
                ++n;
            }
        return n > 0 ? sum / n : -1.0;
    };
    auto reaches = [&](const Slot& from, const Slot& to) {
        // True if `from` (one column left of `to`) carries an edge into `to`.
        if (to.node >= 0) {
            const auto& in = inputsOf(to.node);
            for (int k = 0; k < static_cast<int>(in.size()); ++k)
                if ((from.node >= 0 && from.node == in[static_cast<std::size_t>(k)]) ||
                    (from.node < 0 && from.edgeNode == to.node && from.edgeSlot == k))
                    return true;
            return false;
        }
        if (from.node >= 0) return inputsOf(to.edgeNode)[static_cast<std::size_t>(to.edgeSlot)] == from.node;
        return from.edgeNode == to.edgeNode && from.edgeSlot == to.edgeSlot;
    };
    // Barycentre sweeps (left to right, then right to left) put each slot level with its neighbours, so
    // that edges cross each other as little as possible.
    auto sortColumn = [&](int c, int neighbour, bool rightwards) {
        for (int r = 0; r < layers[c].size(); ++r) {
            Slot& s = layers[c][r];
            const double at = positionIn(
                neighbour, [&](const Slot& n) { return rightwards ? reaches(n, s) : reaches(s, n); });
            s.key = at >= 0 ? at * layers[c].size() / std::max<double>(1, layers[neighbour].size()) : r;
        }
        std::stable_sort(layers[c].begin(), layers[c].end(),
                         [](const Slot& a, const Slot& b) { return a.key < b.key; });
    };
    for (int sweep = 0; sweep < kSweeps; ++sweep) {
        for (int c = 1; c < columns; ++c)
            sortColumn(c, c - 1, true);
        for (int c = columns - 2; c >= 0; --c)
            sortColumn(c, c + 1, false);
    }

    // Stack each column's layers, then centre the columns on one another.
    m_rects.resize(count);
    QHash<QPair<int, int>, QHash<int, double>> laneY; // (node, slot) -> column -> y of the lane
    QVector<double> heights(columns, 0.0);
    QVector<QVector<double>> tops(columns);
    for (int c = 0; c < columns; ++c) {
        double y = 0;
        for (int r = 0; r < layers[c].size(); ++r) {
            const bool box = layers[c][r].node >= 0;
            if (r > 0) y += box && layers[c][r - 1].node >= 0 ? kRowGap : kLaneGap;
            tops[c].append(y);
            y += box ? boxHeight : kLaneHeight;
        }
        heights[c] = y;
    }
    const double tallest = *std::max_element(heights.begin(), heights.end());
    auto columnLeft = [boxWidth](int c) { return kMargin + c * (boxWidth + kColumnGap); };
    for (int c = 0; c < columns; ++c)
        for (int r = 0; r < layers[c].size(); ++r) {
            const Slot& s = layers[c][r];
            const double top = kMargin + (tallest - heights[c]) / 2 + tops[c][r];
            if (s.node >= 0)
                m_rects[s.node] = QRectF(columnLeft(c), top, boxWidth, boxHeight);
            else
                laneY[{s.edgeNode, s.edgeSlot}][c] = top + kLaneHeight / 2;
        }

    // Each edge: from its input's right border, through its lanes, to its own node's left border.
    m_edges.resize(count);
    for (int i = 0; i < count; ++i) {
        const auto& in = inputsOf(i);
        const int n = static_cast<int>(in.size());
        // The inputs arrive in the order of the heights they come from, so their last curves do not cross.
        auto arrivingFrom = [&](int k) {
            const int c = column[i] - 1;
            const int from = in[static_cast<std::size_t>(k)];
            return column[from] == c ? m_rects[from].center().y() : laneY.value({i, k}).value(c);
        };
        QVector<int> rank(n);
        for (int k = 0; k < n; ++k)
            for (int j = 0; j < n; ++j)
                if (arrivingFrom(j) < arrivingFrom(k) || (arrivingFrom(j) == arrivingFrom(k) && j < k))
                    ++rank[k];
        for (int k = 0; k < n; ++k) {
            const QRectF& from = m_rects[in[static_cast<std::size_t>(k)]];
            QPainterPath path(QPointF(from.right(), from.center().y()));
            const auto lanes = laneY.value({i, k});
            for (int c = column[in[static_cast<std::size_t>(k)]] + 1; c < column[i]; ++c) {
                curveTo(path, QPointF(columnLeft(c), lanes.value(c)));
                path.lineTo(columnLeft(c) + boxWidth, lanes.value(c));
            }
            // Several inputs arrive at different heights on the box's left border.
            const double spread = n > 1 ? (rank[k] - (n - 1) / 2.0) * std::min(22.0, boxHeight / n) : 0.0;
            curveTo(path, QPointF(m_rects[i].left(), m_rects[i].center().y() + spread));
            m_edges[i].append(path);
        }
    }
    placeEdgeLabels();
    resizeEvent(nullptr);
}

QFont GraphDiagram::titleFont() const {
    QFont f = font();
    f.setBold(true);
    return f;
}

QFont GraphDiagram::smallFont() const {
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

namespace {
/// The text of a node's gradient line: before the pass reaches it, once it has, and when it is no slope.
QString gradientLine(const GraphNode& n, bool reached, bool slopes) {
    if (n.op == GraphOp::Constant) return GraphDiagram::tr("no grad");
    if (!reached) return GraphDiagram::tr("grad —");
    return slopes ? GraphDiagram::tr("grad %1").arg(GraphDiagram::gradientText(n.gradient))
                  : GraphDiagram::tr("grad %1 ✘").arg(GraphDiagram::gradientText(n.gradient));
}

QString valueLine(const GraphNode& n) {
    return GraphDiagram::tr("value %1").arg(formatValue(n.value, 5));
}
} // namespace

QSizeF GraphDiagram::fittingBoxSize() const {
    // Sized for the widest text any node can show during the whole pass, so the boxes keep their size as
    // the backward pass walks: the widest gradient gradientText() writes (5 digits and an exponent), "✘".
    const QFontMetricsF title(titleFont()), small(smallFont());
    GraphNode widestGradient;
    widestGradient.op = GraphOp::Input;
    widestGradient.gradient = -8.8888e+188;
    double width =
        std::ceil(small.horizontalAdvance(gradientLine(widestGradient, true, false)) + 2 * kTextPad);
    width = std::max(width, kMinBoxWidth);
    for (const GraphNode& n : m_lesson->graph().nodes()) {
        const QString gradFn = QString::fromStdString(n.backwardName());
        const double top = title.horizontalAdvance(nodeTitle(n)) +
                           (gradFn.isEmpty() ? 0.0 : kTitleGap + small.horizontalAdvance(gradFn));
        const double widest = std::max({top, small.horizontalAdvance(valueLine(n)),
                                        small.horizontalAdvance(gradientLine(n, true, false)),
                                        small.horizontalAdvance(gradientLine(n, false, true))});
        width = std::max(width, std::ceil(widest + 2 * kTextPad));
    }
    // Three rows (title, value, gradient), each a third of the box, each tall enough for its line.
    const double row = std::max(title.height(), small.height()) + 2;
    return {width, std::max(kMinBoxHeight, std::ceil(3 * row + 4))};
}

QVector<GraphDiagram::NodeText> GraphDiagram::layoutNodeTexts(int i, const QRectF& r) const {
    QVector<NodeText> out;
    const auto& nodes = m_lesson->graph().nodes();
    if (i < 0 || i >= static_cast<int>(nodes.size())) return out;
    const GraphNode& n = nodes[static_cast<std::size_t>(i)];
    const double band = r.height() / 3;
    // A line of `font` in row `row`, flush left (or right), vertically centred in its row.
    auto place = [&](NodeText::Role role, const QString& text, const QFont& font, int row, bool right) {
        const QFontMetricsF m(font);
        const double w = m.horizontalAdvance(text), h = m.height();
        const double x = right ? r.right() - kTextPad - w : r.left() + kTextPad;
        out.append({role, text, font, QRectF(x, r.top() + band * row + (band - h) / 2, w, h)});
    };
    place(NodeText::Title, nodeTitle(n), titleFont(), 0, false);
    const QString gradFn = QString::fromStdString(n.backwardName());
    if (!gradFn.isEmpty()) place(NodeText::GradFn, gradFn, smallFont(), 0, true);
    place(NodeText::Value, valueLine(n), smallFont(), 1, false);
    const bool hasGrad = n.op != GraphOp::Constant && m_lesson->reached(i);
    QFont gradFont = smallFont();
    gradFont.setStrikeOut(hasGrad && !m_gradientsAreSlopes);
    place(NodeText::Gradient, gradientLine(n, hasGrad, m_gradientsAreSlopes), gradFont, 2, false);
    return out;
}

QVector<GraphDiagram::NodeText> GraphDiagram::nodeTexts(int i) const {
    if (i < 0 || i >= m_rects.size()) return {};
    QVector<NodeText> out = layoutNodeTexts(i, m_rects[i]);
    for (NodeText& t : out)
        t.rect = QRectF(m_offset + t.rect.topLeft() * m_scale, t.rect.size() * m_scale);
    return out;
}

QFont GraphDiagram::labelFont() const {
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

void GraphDiagram::placeEdgeLabels() {
    // Each label goes at the first of these fractions of its edge where it covers no box and no label
    // placed before it; failing that, where it overlaps least.
    static const double kAlong[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85};
    const QFontMetricsF metrics(labelFont());
    QVector<QRectF> taken;
    for (const QRectF& r : m_rects)
        taken.append(r.adjusted(-3, -3, 3, 3));
    m_labels.resize(m_edges.size());
    for (int i = 0; i < m_edges.size(); ++i) {
        m_labels[i].fill(QRectF(), m_edges[i].size());
        for (int k = 0; k < m_edges[i].size(); ++k) {
            const QString text = edgeLabel(i, k);
            if (text.isEmpty()) continue;
            const QSizeF size(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
            QRectF best;
            double bestOverlap = -1;
            for (const double t : kAlong) {
                QRectF r(QPointF(), size);
                r.moveCenter(m_edges[i][k].pointAtPercent(t));
                double overlap = 0;
                for (const QRectF& other : taken) {
                    const QRectF both = r.intersected(other);
                    if (!both.isEmpty()) overlap += both.width() * both.height();
                }
                if (bestOverlap < 0 || overlap < bestOverlap) {
                    best = r;
                    bestOverlap = overlap;
                }
                if (overlap == 0) break;
            }
            m_labels[i][k] = best;
            taken.append(best.adjusted(-2, -1, 2, 1));
        }
    }
}

QString GraphDiagram::edgeLabel(int i, int slot) const {
    const ComputationGraph& g = m_lesson->graph();
    const auto& nodes = g.nodes();
    if (i < 0 || i >= static_cast<int>(nodes.size())) return {};
    const auto& inputs = nodes[static_cast<std::size_t>(i)].inputs;
    if (slot < 0 || slot >= static_cast<int>(inputs.size())) return {};
    if (nodes[static_cast<std::size_t>(inputs[static_cast<std::size_t>(slot)])].op == GraphOp::Constant)
        return {};
    return gradientText(g.localDerivative(i, slot));
}

QRectF GraphDiagram::edgeLabelRect(int i, int slot) const {
    if (i < 0 || i >= m_labels.size() || slot < 0 || slot >= m_labels[i].size() || m_labels[i][slot].isNull())
        return {};
    const QRectF& r = m_labels[i][slot];
    return QRectF(m_offset + r.topLeft() * m_scale, r.size() * m_scale);
}

void GraphDiagram::resizeEvent(QResizeEvent*) {
    if (m_rects.isEmpty()) return;
    QRectF bounds;
    for (const QRectF& r : m_rects)
        bounds |= r;
    for (const auto& paths : m_edges)
        for (const QPainterPath& path : paths)
            bounds |= path.boundingRect();
    for (const auto& labels : m_labels)
        for (const QRectF& label : labels)
            if (!label.isNull()) bounds |= label;
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

QPointF GraphDiagram::edgePoint(int i, int slot, double t) const {
    if (i < 0 || i >= m_edges.size() || slot < 0 || slot >= m_edges[i].size()) return {};
    return m_offset + m_edges[i][slot].pointAtPercent(std::clamp(t, 0.0, 1.0)) * m_scale;
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
        for (int k = 0; k < m_edges[i].size(); ++k) {
            const QPainterPath& path = m_edges[i][k];
            const bool crossed = edgeCarriesGradient(i, k);
            QPen pen(crossed ? palette::secant : palette::edge, crossed ? 2.2 : 1.5);
            p.setPen(pen);
            p.drawPath(path);
            const QPointF tip = path.currentPosition();
            QPolygonF head;
            head << tip << tip + QPointF(-9, -5) << tip + QPointF(-9, 5);
            p.setBrush(pen.color());
            p.drawPolygon(head);
            p.setBrush(Qt::NoBrush);
        }
    }
    for (int i = 0; i < m_rects.size(); ++i) {
        const GraphNode& n = nodes[static_cast<std::size_t>(i)];
        const QRectF r = m_rects[i];
        QColor fill = n.op == GraphOp::Input      ? palette::inputNode
                      : n.op == GraphOp::Constant ? palette::constantNode
                                                  : palette::operationNode;
        QPen border(palette::nodeBorder, 1.2);
        if (i == last)
            border = QPen(palette::point, 3);
        else if (i == static_cast<int>(nodes.size()) - 1)
            border = QPen(palette::curve, 2);
        p.setPen(border);
        p.setBrush(fill);
        p.drawRoundedRect(r, 8, 8);
        for (const NodeText& t : layoutNodeTexts(i, r)) {
            p.setPen(t.role == NodeText::Gradient ? gradientColour(i) : palette::text);
            p.setFont(t.font);
            p.drawText(t.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, t.text);
        }
    }
    // The local derivatives on their edges, over everything: the factor the backward pass multiplies by
    // there, framed in the edge's colour (red once the gradient has crossed it).
    p.setFont(labelFont());
    for (int i = 0; i < m_labels.size(); ++i)
        for (int k = 0; k < m_labels[i].size(); ++k) {
            const QRectF& r = m_labels[i][k];
            if (r.isNull()) continue;
            const bool crossed = edgeCarriesGradient(i, k);
            p.setPen(QPen(crossed ? palette::secant : palette::edge, 1.0));
            p.setBrush(palette().color(QPalette::Base));
            p.drawRoundedRect(r, 4, 4);
            p.setPen(palette::text);
            p.drawText(r, Qt::AlignCenter, edgeLabel(i, k));
        }
    p.setBrush(Qt::NoBrush);
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
    return hasGrad && m_gradientsAreSlopes ? palette::tangent.darker(130) : palette::noGradient;
}

} // namespace gradlab
