#pragma once
// Draws a computation graph as PyTorch's autograd sees it: one box per operation with its forward value
// and (once the backward pass reaches it) its gradient, arrows from inputs to the operations that use
// them, inputs on the left and the output on the right. Layered as in Sugiyama's method: each operation in
// the column after its deepest input, an edge that skips columns given a lane of its own through each
// column it crosses, so that no edge runs through a box and each ends on its own node's left border. Each
// edge into an operation from something that takes a gradient carries that operation's local derivative by
// that input, the factor the backward pass multiplies by there (the chain rule).

#include <QFont>
#include <QPainterPath>
#include <QVector>
#include <QWidget>

namespace gradlab {

class AutogradLesson;

class GraphDiagram : public QWidget {
    Q_OBJECT
public:
    explicit GraphDiagram(AutogradLesson* lesson, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {720, 420}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

    /// Graphs with more nodes than this are summarised rather than drawn.
    static constexpr int kMaxNodes = 80;
    /// The box of node i in widget coordinates (empty when not drawn).
    QRectF nodeRect(int i) const;
    /// The point at parameter t (0 at the input, 1 at node i, in proportion to length) of the edge from
    /// node i's input `slot` into node i, in widget coordinates.
    QPointF edgePoint(int i, int slot, double t) const;
    /// True if the backward pass has sent a gradient along the edge from node i's input `slot` back into
    /// that input: never into a constant, which takes no gradient ("no grad").
    bool edgeCarriesGradient(int i, int slot) const;
    /// False where f is undefined at the point: the local rules still produce numbers (1/x + 2x at −2),
    /// which are then drawn grey and struck through, as no slope of anything.
    void setGradientsAreSlopes(bool slopes) { m_gradientsAreSlopes = slopes; }
    bool gradientsAreSlopes() const { return m_gradientsAreSlopes; }
    /// The colour node i's "grad …" line is drawn in: green once reached and a slope, grey otherwise.
    QColor gradientColour(int i) const;
    /// A node's gradient as drawn: a number, or inf, -inf, nan as PyTorch prints them (never "∞"). Every
    /// number of the chain rule (edge labels, products) is abbreviated by this one rule.
    static QString gradientText(double gradient);
    /// The label on the edge from node i's input `slot`: the local derivative ∂(node i)/∂(input) as
    /// gradientText() writes it; empty for an edge from a constant (it takes no gradient) or not drawn.
    QString edgeLabel(int i, int slot) const;
    /// Where that label is drawn, in widget coordinates (empty when it has none): on its edge, clear of
    /// every box and every other label.
    QRectF edgeLabelRect(int i, int slot) const;

    /// One line of text inside a node's box, as it is painted.
    struct NodeText {
        enum Role { Title, GradFn, Value, Gradient };
        Role role = Title;
        QString text;
        QFont font;
        QRectF rect; ///< the text's own extent (its advance × the font's height), in widget coordinates
    };
    /// The texts of node i's box (its title, PyTorch's grad_fn, value and gradient) where they are drawn:
    /// every box is made wide and tall enough that they lie inside it and none overlaps another.
    QVector<NodeText> nodeTexts(int i) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void layoutNodes();
    void placeEdgeLabels();
    QFont labelFont() const;
    QFont titleFont() const;
    QFont smallFont() const;
    /// nodeTexts() in layout units, for a box at `box`.
    QVector<NodeText> layoutNodeTexts(int i, const QRectF& box) const;
    /// The box size that fits every node's texts, at least the default 150 × 70.
    QSizeF fittingBoxSize() const;

    AutogradLesson* m_lesson;
    QVector<QRectF> m_rects;                ///< in layout units, before scaling
    QVector<QVector<QPainterPath>> m_edges; ///< per node, per input slot: the edge in, in layout units
    QVector<QVector<QRectF>> m_labels;      ///< per node, per input slot: its label's box, in layout units
    QSizeF m_boxSize;                       ///< every node's box, in layout units
    double m_scale = 1.0;
    QPointF m_offset;
    bool m_gradientsAreSlopes = true;
};

} // namespace gradlab
