#include "lessons/autograd_lesson.h"

#include "diff/numeric.h"
#include "lessons/render_options.h"

#include <cmath>

namespace gradlab {

AutogradLesson::AutogradLesson(QObject* parent)
    : FunctionLesson(parent) {
    // Any change of function or point records the forward pass afresh. Connected first, so views that
    // listen to changed() see the new graph.
    connect(this, &FunctionLesson::changed, this, [this] {
        if (!m_inStep) record();
    });
    record();
    setFormula(QStringLiteral("(w-3)^2"));
    setX(8.0);
}

void AutogradLesson::record() {
    const double x = this->x();
    m_graph = ComputationGraph::record(function()->expression(), function()->variables(), &x);
    m_lastProcessed = -1;
    m_started = false;
}

bool AutogradLesson::reached(int node) const {
    if (!m_started) return false;
    const int next = m_graph.nextBackwardNode();
    // Nodes after the cursor are done; leaves get their gradient when their consumers are processed.
    if (node > next) return true;
    return m_graph.nodes()[static_cast<std::size_t>(node)].gradient != 0.0;
}

void AutogradLesson::stepBackward() {
    if (!m_started) {
        m_graph.beginBackward();
        m_started = true;
    }
    m_lastProcessed = m_graph.backwardStep();
    m_inStep = true;
    notify();
    m_inStep = false;
}

void AutogradLesson::runBackward() {
    if (!m_started) {
        m_graph.beginBackward();
        m_started = true;
    }
    while (!m_graph.backwardDone())
        m_lastProcessed = m_graph.backwardStep();
    m_inStep = true;
    notify();
    m_inStep = false;
}

void AutogradLesson::resetBackward() {
    record();
    m_inStep = true;
    notify();
    m_inStep = false;
}

bool AutogradLesson::apply(const RenderOptions& options, QString* error) {
    if (!applyFunctionOptions(options, error)) return false;
    for (int i = 0; i < options.steps && !backwardDone(); ++i)
        stepBackward();
    return true;
}

double AutogradLesson::centralDifference() const {
    const CompiledFunction& f = *function();
    const double h = 6.0554544523933395e-06 * std::max(1.0, std::fabs(x()));
    return differenceQuotient([&f](double t) { return f.value(t); }, x(), h, DifferenceScheme::Central);
}

std::unique_ptr<Lesson> AutogradLesson::clone() const {
    auto copy = std::make_unique<AutogradLesson>();
    copy->copyFrom(*this);
    return copy;
}

void AutogradLesson::copyFrom(const AutogradLesson& other) {
    FunctionLesson::copyFrom(other);
    m_graph = other.m_graph;
    m_lastProcessed = other.m_lastProcessed;
    m_started = other.m_started;
}

} // namespace gradlab
