#pragma once
// Lesson 6, "Gradient on a contour map": a function of two variables and a point on its map.

#include "lessons/surface_lesson.h"

namespace gradlab {

class ContourLesson : public SurfaceLesson {
    Q_OBJECT
public:
    explicit ContourLesson(QObject* parent = nullptr);

    QString id() const override { return QStringLiteral("contour"); }
    std::unique_ptr<Lesson> clone() const override;
};

} // namespace gradlab
