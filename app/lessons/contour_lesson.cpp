#include "lessons/contour_lesson.h"

namespace gradlab {

namespace {
const QString kHessianKey = QStringLiteral("hessian");
} // namespace

ContourLesson::ContourLesson(QObject* parent)
    : SurfaceLesson(parent) {
    setFormula(QStringLiteral("x^2 + 3y^2"));
    setPoint(QPointF(2.5, 1.5));
}

PythonScript ContourLesson::pythonScript(ScriptLanguage language) const {
    PointScriptSettings s;
    s.title = scriptTitle();
    s.function = function();
    s.point = {point().x(), point().y()};
    return contourScript(s, language);
}

std::unique_ptr<Lesson> ContourLesson::clone() const {
    auto copy = std::make_unique<ContourLesson>();
    copy->copyFrom(*this);
    copy->m_showHessian = m_showHessian;
    return copy;
}

void ContourLesson::setShowHessian(bool on) {
    if (on == m_showHessian) return;
    edit(on ? tr("Show the Hessian") : tr("Hide the Hessian"), [&] {
        m_showHessian = on;
        emit changed();
    });
}

QJsonObject ContourLesson::save() const {
    QJsonObject state = saveSurface();
    state.insert(kHessianKey, m_showHessian);
    return state;
}

QString ContourLesson::check(const QJsonObject& state) const {
    // Files written before the option have no key: the Hessian is hidden, as it was then.
    if (state.contains(kHessianKey) && !state.value(kHessianKey).isBool())
        return tr("%1 must be true or false").arg(kHessianKey);
    return checkSurface(state);
}

void ContourLesson::read(const QJsonObject& state) {
    m_showHessian = state.value(kHessianKey).toBool(false);
    readSurface(state);
}

bool ContourLesson::apply(const RenderOptions& options, QString* error) {
    if (!applySurfaceOptions(options, error)) return false;
    if (options.hessian) m_showHessian = true;
    return true;
}

} // namespace gradlab
