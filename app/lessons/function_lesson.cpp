#include "lessons/function_lesson.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

FunctionLesson::FunctionLesson(QObject* parent)
    : QObject(parent) {
    m_function = CompiledFunction::create("x^2").function;
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

void FunctionLesson::setX(double x) {
    if (!std::isfinite(x)) return;
    x = std::clamp(x, m_xMin, m_xMax);
    if (x == m_x) return;
    m_x = x;
    emit changed();
}

void FunctionLesson::setXShowing(double x) {
    if (!std::isfinite(x)) return;
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
    emit pointPlaced();
}

void FunctionLesson::restore(FunctionPtr f, const QString& formula, double xMin, double xMax, double x) {
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

} // namespace gradlab
