#pragma once
// Lesson 6, "Gradient on a contour map": a function of two variables and a point on its map, and whether
// the Hessian at the point is drawn as the axes of the local quadratic model.

#include "codegen/point_scripts.h"
#include "lessons/surface_lesson.h"

namespace gradlab {

class ContourLesson : public SurfaceLesson {
    Q_OBJECT
public:
    explicit ContourLesson(QObject* parent = nullptr);

    QString id() const override { return QStringLiteral("contour"); }
    std::unique_ptr<Lesson> clone() const override;
    /// f, its gradient, norm and Hessian at the point, and the gradient by four methods: `gradlab grad
    /// --at A,B --json`'s object.
    PythonScript pythonScript(ScriptLanguage language) const override;

    /// Whether the Hessian at the point is drawn: its eigen-directions and the level set ½ dᵀHd = ±c.
    bool showHessian() const { return m_showHessian; }
    /// Shows or hides the Hessian (one undo step).
    void setShowHessian(bool on);

    /// The surface's keys and "hessian": false.
    QJsonObject save() const override;
    QString check(const QJsonObject& state) const override;

protected:
    void read(const QJsonObject& state) override;
    /// The surface's options and --hessian.
    bool apply(const RenderOptions& options, QString* error) override;

private:
    bool m_showHessian = false;
};

} // namespace gradlab
