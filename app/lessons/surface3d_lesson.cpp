#include "lessons/surface3d_lesson.h"

#include "lessons/lesson_catalogue.h"

#include "lessons/lesson_state.h"
#include "lessons/race_lesson.h"

namespace gradlab {

Surface3dLesson::Surface3dLesson(RaceLesson* race, QObject* parent)
    : Lesson(parent)
    , m_race(race) {
    // The race is this lesson's picture: any change there is a change here (but not an undo step here:
    // the race records its own).
    connect(m_race, &Lesson::changed, this, &Lesson::changed);
    connect(m_race, &Lesson::playingChanged, this, &Lesson::playingChanged);
}

Surface3dLesson::~Surface3dLesson() = default;

int Surface3dLesson::followed() const {
    if (m_follow >= 0 && m_race->isEnabled(static_cast<OptimizerKind>(m_follow))) return m_follow;
    for (OptimizerKind kind : kOptimizers)
        if (m_race->isEnabled(kind)) return static_cast<int>(kind);
    return -1;
}

void Surface3dLesson::setFollowed(OptimizerKind kind) {
    if (static_cast<int>(kind) == m_follow) return;
    edit(tr("Follow another optimizer"), [&] {
        m_follow = static_cast<int>(kind);
        emit changed();
    });
}

void Surface3dLesson::setLogHeight(bool on) {
    if (on == m_logHeight) return;
    edit(tr("Change the height scale"), [&] {
        m_logHeight = on;
        emit changed();
    });
}

QJsonObject Surface3dLesson::save() const {
    // The optimizer chosen, even while the race does not run it (the ball then follows the first one that
    // runs, and goes back to the chosen one when it runs again): a file says what the user chose.
    return {
        {QStringLiteral("follow"),
         m_follow < 0 ? QString() : QString::fromLatin1(optimizerName(static_cast<OptimizerKind>(m_follow)))},
        {QStringLiteral("logHeight"), m_logHeight}};
}

QString Surface3dLesson::check(const QJsonObject& state) const {
    if (state.contains(QStringLiteral("logHeight")) && !state.value(QStringLiteral("logHeight")).isBool())
        return tr("logHeight must be true or false");
    if (state.value(QStringLiteral("follow")).toString().isEmpty()) return {};
    return state::checkOptimizerName(state, QStringLiteral("follow"));
}

void Surface3dLesson::read(const QJsonObject& state) {
    m_logHeight = state.value(QStringLiteral("logHeight")).toBool(false);
    OptimizerKind k;
    m_follow = optimizerByName(state.value(QStringLiteral("follow")).toString().toStdString(), k)
                   ? static_cast<int>(k)
                   : -1;
    emit changed();
}

bool Surface3dLesson::apply(const RenderOptions& options, QString* error) {
    RenderOptions race = options;
    if (!options.at.isEmpty() && options.start.isEmpty()) {
        race.start = options.at;
        race.at.clear();
    }
    return m_race->applyOptions(race, error);
}

QString Surface3dLesson::tableTitle() const {
    //: What File → Export Table as CSV writes, shown in brackets after it
    return tr("trajectories");
}

QByteArray Surface3dLesson::tableCsv() const {
    return m_race->tableCsv();
}

std::unique_ptr<Lesson> Surface3dLesson::clone() const {
    auto race = std::unique_ptr<RaceLesson>(static_cast<RaceLesson*>(m_race->clone().release()));
    auto copy = std::make_unique<Surface3dLesson>(race.get());
    copy->m_ownRace = std::move(race);
    copy->m_follow = m_follow;
    copy->m_logHeight = m_logHeight;
    return copy;
}

bool Surface3dLesson::isPlaying() const {
    return m_race->isPlaying();
}

void Surface3dLesson::togglePlay() {
    m_race->togglePlay();
}

PythonScript Surface3dLesson::pythonScript(ScriptLanguage language) const {
    return descentScript(m_race->scriptSettings(findLessonModel(id())->title), language);
}

} // namespace gradlab
