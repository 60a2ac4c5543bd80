#include "lessons/surface_lesson.h"

#include "lessons/lesson_state.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace gradlab {

SurfaceLesson::SurfaceLesson(QObject* parent)
    : Lesson(parent) {
    m_function = checkFormula(QStringLiteral("(1-x)^2 + 100(y-x^2)^2"), 2).function;
    m_formula = QStringLiteral("(1-x)^2 + 100(y-x^2)^2");
}

void SurfaceLesson::setFunction(FunctionPtr f, const QString& formula, const double* domain,
                                QPointF suggested) {
    if (!f) return;
    m_function = std::move(f);
    m_formula = formula;
    for (int i = 0; i < 4; ++i)
        m_domain[i] = domain[i];
    // A point on the edge would show half its arrows: it must lie a margin inside the rectangle.
    const double mx = kEdgeMargin * (xMax() - xMin()), my = kEdgeMargin * (yMax() - yMin());
    if (!wellInside(m_point))
        m_point = QPointF(std::clamp(suggested.x(), xMin() + mx, xMax() - mx),
                          std::clamp(suggested.y(), yMin() + my, yMax() - my));
    emit functionChanged();
    emit changed();
}

bool SurfaceLesson::wellInside(QPointF p) const {
    const double mx = kEdgeMargin * (xMax() - xMin()), my = kEdgeMargin * (yMax() - yMin());
    return p.x() >= xMin() + mx && p.x() <= xMax() - mx && p.y() >= yMin() + my && p.y() <= yMax() - my;
}

const QList<FormulaPreset>& SurfaceLesson::presets() {
    static const QList<FormulaPreset> all = cataloguePresets(2);
    return all;
}

FormulaCheck SurfaceLesson::setFormula(const QString& text) {
    FormulaCheck checked = checkFormula(text, 2);
    if (!checked.function) return checked;
    const FormulaPreset* preset = findPreset(presets(), text);
    // The same formula typed again, with the point where setFunction() keeps it, changes nothing: no signal.
    if (!preset && text == m_formula && wellInside(m_point)) return checked;
    edit(tr("Change the function"), [&] {
        if (preset) {
            // A preset is a fresh example: its rectangle, its own start point and the lesson's suggestions
            // (taken first, so that the one changed() of setState() shows them too).
            presetEntered(*preset);
            setState(checked.function, text, preset->domain, QPointF(preset->start[0], preset->start[1]));
        } else {
            setFunction(checked.function, text, m_domain, m_point);
        }
    });
    return checked;
}

void SurfaceLesson::setPoint(QPointF p) {
    if (!std::isfinite(p.x()) || !std::isfinite(p.y())) return;
    p = QPointF(std::clamp(p.x(), xMin(), xMax()), std::clamp(p.y(), yMin(), yMax()));
    if (p == m_point) return;
    edit(tr("Move the point"), [&] {
        m_point = p;
        emit changed();
    });
}

void SurfaceLesson::setPointShowing(QPointF p) {
    if (!std::isfinite(p.x()) || !std::isfinite(p.y())) return;
    edit(tr("Move the point"), [&] {
        if (p.x() < xMin() || p.x() > xMax() || p.y() < yMin() || p.y() > yMax()) {
            // Widen the rectangle to take the point in, with a margin, keeping what was shown.
            const double mx = 0.1 * (std::max(xMax(), p.x()) - std::min(xMin(), p.x()));
            const double my = 0.1 * (std::max(yMax(), p.y()) - std::min(yMin(), p.y()));
            m_domain[0] = std::min(xMin(), p.x() - mx);
            m_domain[1] = std::max(xMax(), p.x() + mx);
            m_domain[2] = std::min(yMin(), p.y() - my);
            m_domain[3] = std::max(yMax(), p.y() + my);
            m_point = p;
            emit functionChanged();
            emit changed();
            return;
        }
        setPoint(p);
    });
}

void SurfaceLesson::setState(FunctionPtr f, const QString& formula, const double* domain, QPointF p) {
    if (!f || !(domain[0] < domain[1]) || !(domain[2] < domain[3])) return;
    m_function = std::move(f);
    m_formula = formula;
    for (int i = 0; i < 4; ++i)
        m_domain[i] = domain[i];
    if (std::isfinite(p.x()) && std::isfinite(p.y())) m_point = p;
    m_point = QPointF(std::clamp(m_point.x(), xMin(), xMax()), std::clamp(m_point.y(), yMin(), yMax()));
    emit functionChanged();
    emit changed();
}

QJsonObject SurfaceLesson::saveSurface() const {
    return state::saveSurface(m_formula, m_domain, m_point.x(), m_point.y());
}

QString SurfaceLesson::checkSurface(const QJsonObject& state) {
    return state::checkSurface(state);
}

void SurfaceLesson::readSurface(const QJsonObject& state) {
    const QString formula = state.value(QStringLiteral("formula")).toString();
    const QJsonArray d = state.value(QStringLiteral("domain")).toArray();
    const QJsonArray p = state.value(QStringLiteral("point")).toArray();
    const double domain[4] = {d[0].toDouble(), d[1].toDouble(), d[2].toDouble(), d[3].toDouble()};
    setState(checkFormula(formula, 2).function, formula, domain, QPointF(p[0].toDouble(), p[1].toDouble()));
}

bool SurfaceLesson::applySurfaceOptions(const RenderOptions& options, QString* error) {
    if (!options.formula.isEmpty()) {
        const FormulaCheck checked = setFormula(options.formula);
        if (!checked.function) {
            *error = checked.message;
            return false;
        }
    }
    if (!options.at.isEmpty()) {
        if (options.at.size() != 2) {
            *error = tr("--at needs two coordinates for this lesson (A,B), got %1").arg(options.at.size());
            return false;
        }
        setPointShowing(QPointF(options.at[0], options.at[1]));
    }
    return true;
}

double SurfaceLesson::value() const {
    const double p[2] = {m_point.x(), m_point.y()};
    return m_function->value(p);
}

QPointF SurfaceLesson::gradient() const {
    const double p[2] = {m_point.x(), m_point.y()};
    double g[2];
    m_function->valueAndGradient(p, g);
    return {g[0], g[1]};
}

QString SurfaceLesson::variable(int i) const {
    return QString::fromStdString(m_function->variables()[static_cast<std::size_t>(i)]);
}

void SurfaceLesson::copyFrom(const SurfaceLesson& other) {
    m_function = other.m_function;
    m_formula = other.m_formula;
    for (int i = 0; i < 4; ++i)
        m_domain[i] = other.m_domain[i];
    m_point = other.m_point;
    emit functionChanged();
    emit changed();
}

} // namespace gradlab
