#pragma once
// The autograd lesson: the computation graph of f at the point, recorded as PyTorch records it, and a
// backward pass that can be walked one node at a time.

#include "diff/reverse_ad.h"
#include "lessons/function_lesson.h"

namespace gradlab {

class AutogradLesson : public FunctionLesson {
    Q_OBJECT
public:
    explicit AutogradLesson(QObject* parent = nullptr);

    const ComputationGraph& graph() const { return m_graph; }
    /// Index of the node processed by the last backward step, or -1.
    int lastProcessed() const { return m_lastProcessed; }
    /// Nodes whose gradient the backward pass has already reached.
    bool reached(int node) const;
    bool backwardStarted() const { return m_started; }
    bool backwardDone() const { return m_started && m_graph.backwardDone(); }

    /// One node of the backward pass (starting it if needed). Emits changed().
    void stepBackward();
    /// The whole backward pass.
    void runBackward();
    /// Back to the forward pass only.
    void resetBackward();

    /// After the pass: the input's gradient by reverse mode, symbolically and by central difference.
    double reverseGradient() const { return m_graph.gradient(0); }
    double symbolicGradient() const { return slope(); }
    double centralDifference() const;

    void copyFrom(const AutogradLesson& other);

    QString id() const override { return QStringLiteral("autograd"); }
    std::unique_ptr<Lesson> clone() const override;
    /// Space walks the backward pass one node further.
    void togglePlay() override { stepBackward(); }

protected:
    QString moveText() const override { return tr("Change the input value"); }
    /// The formula and --at, then --steps N: N steps of the backward pass (all of it if N is larger).
    bool apply(const RenderOptions& options, QString* error) override;

private:
    void record();

    ComputationGraph m_graph;
    int m_lastProcessed = -1;
    bool m_started = false;
    bool m_inStep = false; ///< a backward step announces itself without re-recording the graph
};

} // namespace gradlab
