#include "lessons/autograd_lesson.h"

#include "diff/numeric.h"
#include "lessons/lesson_state.h"
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
    // A two-variable preset brings both of its start values (the neuron's w and b).
    connect(this, &FunctionLesson::functionChanged, this, [this] {
        const FormulaPreset* p = findPreset(autogradPresets(), formula());
        if (p && variableCount() == 2 && !m_restoring) {
            m_second = p->start[1];
            setX(p->start[0]);
        }
    });
    record();
    setFormula(QStringLiteral("(w-3)^2"));
    setX(8.0);
}

void AutogradLesson::record() {
    const std::vector<double> at = point();
    m_graph = ComputationGraph::record(function()->expression(), function()->variables(), at.data());
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

const QList<FormulaPreset>& AutogradLesson::autogradPresets() {
    static const QList<FormulaPreset> all = [] {
        QList<FormulaPreset> list = presets();
        // One sample (x = 1.5, target y = 1) and a neuron's two parameters: the loss a descent step on w and
        // b would follow. The variables in the order the formula names them: the start is w = 0.8, b = 0.2.
        list.append({tr("Neuron: (y − σ(w·x + b))², x = 1.5, y = 1"),
                     neuronFormula(),
                     {-4, 4, -4, 4},
                     {0.8, 0.2},
                     0.5});
        return list;
    }();
    return all;
}

FormulaCheck AutogradLesson::checkLessonFormula(const QString& text) const {
    const FormulaCheck one = checkFormula(text, 1);
    if (one.function) return one;
    // Two variables in the order the formula names them (the neuron's w, then b), not alphabetically: the
    // first field, the first input node and the first gradient are the first variable the learner wrote.
    const FormulaCheck two = checkFormula(text, 2, VariableOrder::Appearance);
    return two; // its message names the two-variable limit
}

QString AutogradLesson::neuronFormula() {
    return QStringLiteral("(1 - sigmoid(w*1.5 + b))^2");
}

QString AutogradLesson::variableName(int i) const {
    const auto& vars = function()->variables();
    return i < static_cast<int>(vars.size()) ? QString::fromStdString(vars[static_cast<std::size_t>(i)])
                                             : variable();
}

std::vector<double> AutogradLesson::point() const {
    std::vector<double> at{x()};
    if (variableCount() == 2) at.push_back(m_second);
    return at;
}

void AutogradLesson::setSecond(double value) {
    if (!std::isfinite(value) || value == m_second) return;
    edit(moveText(), [&] {
        m_second = value;
        notify();
    });
}

double AutogradLesson::valueAlong(int i, double t) const {
    std::vector<double> at = point();
    at[static_cast<std::size_t>(i)] = t;
    return function()->value(at.data());
}

double AutogradLesson::symbolicGradient(int i) const {
    const std::vector<double> at = point();
    std::vector<double> g(at.size());
    function()->valueAndGradient(at.data(), g.data());
    return g[static_cast<std::size_t>(i)];
}

QJsonObject AutogradLesson::save() const {
    QJsonObject state = saveFunction();
    if (variableCount() == 2) state.insert(QStringLiteral("second"), m_second);
    return state;
}

QString AutogradLesson::check(const QJsonObject& state) const {
    const QString why = state::checkFunction(state, 2);
    if (!why.isEmpty()) return why;
    if (state.contains(QStringLiteral("second")) && !state.value(QStringLiteral("second")).isDouble())
        return tr("\"second\" must be a number");
    return {};
}

void AutogradLesson::read(const QJsonObject& state) {
    const double second = state.value(QStringLiteral("second")).toDouble(0.0);
    m_second = std::isfinite(second) ? second : 0.0;
    m_restoring = true; // a saved state keeps its own point, not the preset's start
    readFunction(state);
    m_restoring = false;
}

bool AutogradLesson::apply(const RenderOptions& options, QString* error) {
    RenderOptions first = options;
    // --at A,B: the input and the second variable, for a formula of two.
    if (options.at.size() == 2) {
        first.at.clear();
        if (!applyFunctionOptions(first, error)) return false;
        if (variableCount() != 2) {
            *error = tr("--at needs one coordinate for a formula of one variable, got 2");
            return false;
        }
        setXShowing(options.at[0]);
        setSecond(options.at[1]);
    } else if (!applyFunctionOptions(first, error)) {
        return false;
    }
    for (int i = 0; i < options.steps && !backwardDone(); ++i)
        stepBackward();
    return true;
}

double AutogradLesson::centralDifference(int i) const {
    const double at = point()[static_cast<std::size_t>(i)];
    const double h = 6.0554544523933395e-06 * std::max(1.0, std::fabs(at));
    return differenceQuotient([this, i](double t) { return valueAlong(i, t); }, at, h,
                              DifferenceScheme::Central);
}

PythonScript AutogradLesson::pythonScript(ScriptLanguage language) const {
    PointScriptSettings s = pointScriptSettings();
    s.point = point();
    return autogradScript(s, language);
}

std::unique_ptr<Lesson> AutogradLesson::clone() const {
    auto copy = std::make_unique<AutogradLesson>();
    copy->copyFrom(*this);
    return copy;
}

void AutogradLesson::copyFrom(const AutogradLesson& other) {
    m_second = other.m_second;
    m_restoring = true;
    FunctionLesson::copyFrom(other);
    m_restoring = false;
    m_graph = other.m_graph;
    m_lastProcessed = other.m_lastProcessed;
    m_started = other.m_started;
}

} // namespace gradlab
