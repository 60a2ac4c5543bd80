#pragma once
// Lesson 10, "3-D surface": the race of lesson 9 drawn as a surface, a ball following one optimizer. The
// function, the start and the runs are the race's (one experiment, two views); this model adds whom the
// ball follows and whether heights are drawn on a log scale.

#include "descent/optimizer.h"
#include "lessons/lesson.h"

#include <memory>

namespace gradlab {

class RaceLesson;

class Surface3dLesson : public Lesson {
    Q_OBJECT
public:
    /// Shows `race`, which must outlive this model.
    explicit Surface3dLesson(RaceLesson* race, QObject* parent = nullptr);
    ~Surface3dLesson() override;

    RaceLesson* race() const { return m_race; }
    /// The optimizer the ball follows: the one chosen if the race runs it, else the first one it runs;
    /// -1 when it runs none.
    int followed() const;
    /// Follows optimizer `kind` (one undo step).
    void setFollowed(OptimizerKind kind);
    bool logHeight() const { return m_logHeight; }
    /// Heights as log10(1 + f − m) (one undo step).
    void setLogHeight(bool on);

    QString id() const override { return QStringLiteral("surface3d"); }
    /// {"follow": the optimizer chosen ("" for none chosen: the first that runs), "logHeight": false}
    QJsonObject save() const override;
    QString check(const QJsonObject& state) const override;
    /// The race's runs.
    QByteArray tableCsv() const override;
    QString tableName() const override { return QStringLiteral("trajectories"); }
    QString tableTitle() const override;
    /// The race's runs as a script (the experiment this lesson draws).
    PythonScript pythonScript(ScriptLanguage language) const override;
    /// A copy with its own copy of the race.
    std::unique_ptr<Lesson> clone() const override;
    bool isPlaying() const override;
    void togglePlay() override;

protected:
    void read(const QJsonObject& state) override;
    /// The race's options, with --at as the start; the runs are taken to their end.
    bool apply(const RenderOptions& options, QString* error) override;

private:
    RaceLesson* m_race;
    std::unique_ptr<RaceLesson> m_ownRace; ///< a clone's race
    int m_follow = -1;
    bool m_logHeight = false;
};

} // namespace gradlab
