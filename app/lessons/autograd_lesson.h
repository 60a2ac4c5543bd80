#pragma once
// The autograd lesson: the computation graph of f at the point, recorded as PyTorch records it, and a
// backward pass that can be walked one node at a time. A formula may have two variables (the neuron's w and
// b), numbered in the order the formula names them (w, then b); the first is the lesson's input x(), the
// second's value is second().

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

    /// The number of variables of the formula (1 or 2).
    int variableCount() const { return function()->dimension() > 1 ? 2 : 1; }
    /// The name of variable i ("w", "b"), in the order the formula first names them.
    QString variableName(int i) const;
    /// The value of the second variable (b in the neuron), when the formula has two.
    double second() const { return m_second; }
    /// Sets the second variable's value (one undo step, as the input's). Emits changed() if it moved.
    void setSecond(double value);
    /// The point the graph is recorded at: x(), then second() if the formula has two variables.
    std::vector<double> point() const;

    /// After the pass: variable i's gradient by reverse mode, symbolically and by central difference.
    double reverseGradient(int i = 0) const { return m_graph.gradient(i); }
    double symbolicGradient(int i = 0) const;
    double centralDifference(int i = 0) const;
    /// f along variable i through the point (the other held): what the difference quotients slice.
    double valueAlong(int i, double t) const;

    /// The lesson's presets: the one-variable catalogue's, then the neuron.
    static const QList<FormulaPreset>& autogradPresets();
    /// The neuron preset's formula: L = (y − σ(w·x + b))² with x = 1.5, y = 1 written in.
    static QString neuronFormula();

    void copyFrom(const AutogradLesson& other);

    QString id() const override { return QStringLiteral("autograd"); }
    /// A formula of one variable, else of two (a formula of x alone keeps one variable, not x and y).
    FormulaCheck checkLessonFormula(const QString& text) const override;
    QList<FormulaPreset> lessonPresets() const override { return autogradPresets(); }
    /// The one-variable state, and "second" when the formula has two variables.
    QJsonObject save() const override;
    QString check(const QJsonObject& state) const override;
    std::unique_ptr<Lesson> clone() const override;
    /// The values and gradients at the point: `gradlab diff --json`'s object for one variable, `gradlab
    /// grad --json`'s for two (PyTorch: requires_grad and backward()).
    PythonScript pythonScript(ScriptLanguage language) const override;
    /// Space walks the backward pass one node further.
    void togglePlay() override { stepBackward(); }

protected:
    QString moveText() const override { return tr("Change the input value"); }
    /// The formula and --at, then --steps N: N steps of the backward pass (all of it if N is larger).
    bool apply(const RenderOptions& options, QString* error) override;
    void read(const QJsonObject& state) override;

private:
    void record();

    ComputationGraph m_graph;
    double m_second = 0.0;
    bool m_restoring = false; ///< a copy or a saved state is being applied: no preset's start
    int m_lastProcessed = -1;
    bool m_started = false;
    bool m_inStep = false; ///< a backward step announces itself without re-recording the graph
};

} // namespace gradlab
