#include "lessons/function_lesson.h"

#include "lessons/lesson_state.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace gradlab {

FunctionLesson::FunctionLesson(QObject* parent)
    : Lesson(parent) {
    m_function = checkFormula(QStringLiteral("x^2"), 1).function;
    m_formula = QStringLiteral("x^2");
}

void FunctionLesson::setFunction(FunctionPtr f, const QString& formula, double xMin, double xMax,
                                 double suggestedX) {
    if (!f) return;
    m_function = std::move(f);
    m_formula = formula;
    m_xMin = xMin;
    m_xMax = xMax;
    if (!(m_x >= xMin && m_x <= xMax)) m_x = std::clamp(suggestedX, xMin, xMax);
    emit functionChanged();
    emit changed();
}

const QList<FormulaPreset>& FunctionLesson::presets() {
    static const QList<FormulaPreset> all = cataloguePresets(1);
    return all;
}

FormulaCheck FunctionLesson::setFormula(const QString& text) {
    FormulaCheck checked = checkLessonFormula(text);
    if (!checked.function) return checked;
    // A preset brings its range (and its start, if the point lies outside it); a typed formula keeps both.
    const QList<FormulaPreset> offered = lessonPresets();
    const FormulaPreset* p = findPreset(offered, text);
    const double xMin = p ? p->domain[0] : m_xMin, xMax = p ? p->domain[1] : m_xMax;
    // The same formula over the same range changes nothing (the point lies in the range): no signal.
    if (text == m_formula && xMin == m_xMin && xMax == m_xMax) return checked;
    edit(tr("Change the function"), [&] {
        if (p && presetPlacesPoint()) m_x = p->start[0];
        setFunction(checked.function, text, xMin, xMax, p ? p->start[0] : m_x);
    });
    return checked;
}

void FunctionLesson::setX(double x) {
    if (!std::isfinite(x)) return;
    x = std::clamp(x, m_xMin, m_xMax);
    if (x == m_x) return;
    edit(moveText(), [&] {
        m_x = x;
        emit changed();
    });
}

void FunctionLesson::setXShowing(double x) {
    if (!std::isfinite(x)) return;
    edit(moveText(), [&] { placeX(x); });
    emit pointPlaced();
}

void FunctionLesson::placeX(double x) {
    if (x < m_xMin || x > m_xMax) {
        // Widen the range to take the point in, with a margin, keeping what was shown; a point far away
        // gets a range of the same width centred on it instead (x = 1000 is no reason to draw x² from 0).
        const double width = m_xMax - m_xMin;
        const double margin = 0.1 * (std::max(m_xMax, x) - std::min(m_xMin, x));
        if (std::max(m_xMax, x) - std::min(m_xMin, x) + 2 * margin <= 4 * width) {
            m_xMin = std::min(m_xMin, x - margin);
            m_xMax = std::max(m_xMax, x + margin);
        } else {
            m_xMin = x - 0.5 * width;
            m_xMax = x + 0.5 * width;
        }
        m_x = x;
        emit functionChanged();
        emit changed();
    } else {
        setX(x);
    }
}

void FunctionLesson::setState(FunctionPtr f, const QString& formula, double xMin, double xMax, double x) {
    if (!f || !(xMin < xMax) || !std::isfinite(xMin) || !std::isfinite(xMax)) return;
    m_function = std::move(f);
    m_formula = formula;
    m_xMin = xMin;
    m_xMax = xMax;
    if (std::isfinite(x)) m_x = std::clamp(x, xMin, xMax);
    m_x = std::clamp(m_x, xMin, xMax);
    emit functionChanged();
    emit changed();
}

QJsonObject FunctionLesson::saveFunction() const {
    return state::saveFunction(m_formula, m_xMin, m_xMax, m_x);
}

QString FunctionLesson::checkFunction(const QJsonObject& state) {
    return state::checkFunction(state);
}

void FunctionLesson::readFunction(const QJsonObject& state) {
    const QString formula = state.value(QStringLiteral("formula")).toString();
    const FormulaCheck checked = checkLessonFormula(formula);
    const QJsonArray range = state.value(QStringLiteral("range")).toArray();
    setState(checked.function, formula, range[0].toDouble(), range[1].toDouble(),
             state.value(QStringLiteral("x")).toDouble());
}

bool FunctionLesson::applyFunctionOptions(const RenderOptions& options, QString* error) {
    if (!options.formula.isEmpty()) {
        const FormulaCheck checked = setFormula(options.formula);
        if (!checked.function) {
            *error = checked.message;
            return false;
        }
    }
    if (!options.at.isEmpty()) {
        if (options.at.size() != 1) {
            *error = tr("--at needs one coordinate for this lesson, got %1").arg(options.at.size());
            return false;
        }
        setXShowing(options.at[0]);
    }
    return true;
}

QString FunctionLesson::variable() const {
    return m_function->dimension() > 0 ? QString::fromStdString(m_function->variables()[0])
                                       : QStringLiteral("x");
}

void FunctionLesson::copyFrom(const FunctionLesson& other) {
    m_function = other.m_function;
    m_formula = other.m_formula;
    m_xMin = other.m_xMin;
    m_xMax = other.m_xMax;
    m_x = other.m_x;
    emit functionChanged();
    emit changed();
}

PointScriptSettings FunctionLesson::pointScriptSettings() const {
    PointScriptSettings s;
    s.title = scriptTitle();
    s.function = m_function;
    s.point = {m_x};
    return s;
}

} // namespace gradlab
