#pragma once
// The secant → tangent lesson: the point x, the step Δx, the difference scheme, and the animation that
// shrinks Δx toward 0.

#include "codegen/limit_scripts.h"
#include "diff/numeric.h"
#include "lessons/function_lesson.h"

#include "lessons/player.h"

#include <vector>

namespace gradlab {

class SecantLesson : public FunctionLesson {
    Q_OBJECT
public:
    static constexpr double kMinDx = 1e-6;
    static constexpr double kMaxDx = 2.0;

    explicit SecantLesson(QObject* parent = nullptr);

    double dx() const { return m_dx; }
    DifferenceScheme scheme() const { return m_scheme; }
    /// Δx, clamped to [kMinDx, kMaxDx]. Emits changed().
    void setDx(double dx);
    void setScheme(DifferenceScheme s);

    /// The secant's end points for the current scheme: (x, x+Δx), (x−Δx, x) or (x−Δx, x+Δx).
    double leftX() const;
    double rightX() const;
    /// The secant slope (the difference quotient) and the tangent slope f′(x): a number only where f has
    /// a value and a finite slope, NaN elsewhere (ln at −1, √x at 0).
    double secantSlope() const;
    double tangentSlope() const;
    /// The round-off scale of secantSlope(): digits of the secant slope below it are noise.
    double secantRoundOff() const;

    /// True where the left and right difference quotients disagree at tiny h (a kink such as |x| at 0).
    bool isKink() const;
    /// One-sided quotients at the current Δx (for drawing both secants at a kink).
    double leftSlope() const;
    double rightSlope() const;

    /// The limit table at the point for these steps h, with the lesson's scheme.
    LimitTable limitTable(const std::vector<double>& steps) const;
    /// The steps of the fixed rows of the limit table.
    static const std::vector<double>& tableSteps();
    /// The h of each row of the limit table: tableSteps() and the lesson's Δx last.
    std::vector<double> tableRows() const;

    QString id() const override { return QStringLiteral("secant"); }
    /// The function's keys and "dx", "scheme".
    QJsonObject save() const override;
    QString check(const QJsonObject& state) const override;
    QByteArray tableCsv() const override;
    QString tableName() const override { return QStringLiteral("limit-table"); }
    QString tableTitle() const override;
    std::unique_ptr<Lesson> clone() const override;
    /// The limit table at x for tableRows() with the lesson's scheme: `gradlab limit --json`'s object.
    PythonScript pythonScript(ScriptLanguage language) const override;
    bool isPlaying() const override { return m_player->isPlaying(); }

    bool isAnimating() const { return m_player->isPlaying(); }
    /// How steep the plot draws a slope: screen slope = data slope × aspect (pixels per y unit over
    /// pixels per x unit). Animate paces itself by the angle the secant turns through on screen.
    void setScreenAspect(double aspect);
    double screenAspect() const { return m_aspect; }
    /// The animation's Δx for each of `frames` frames from `fromDx`: paced so that the secant's angle on
    /// screen turns evenly (by decades where it does not turn: a straight line, a corner), ending where
    /// the angle between secant and tangent is still visible (kVisibleAngle), or at kMinDx.
    std::vector<double> animationPath(double fromDx, int frames) const;
    /// Where Animate stops: the last Δx of animationPath().
    double animationEndDx() const;
    /// Puts Δx back at 1 if the animation has played to its end (Animate then plays it again).
    void rewindIfFinished();
    /// Starts shrinking Δx smoothly (or resumes; from 1 again once it has played to its end); stops by
    /// itself at animationEndDx(). The whole animation is one undo step.
    void play();
    void pause();
    void togglePlay() override;

    void copyFrom(const SecantLesson& other);

    /// Frames of a whole animation (a tick each), and the smallest angle between secant and tangent that
    /// the eye still sees as two lines.
    static constexpr int kAnimationFrames = 300;
    static constexpr double kVisibleAngle = 0.75 * 3.14159265358979323846 / 180.0;
    /// Where a secant that never turns (a line, a corner) stops shrinking.
    static constexpr double kStillEndDx = 1e-3;

signals:
    void animationStateChanged(bool running);

protected:
    void read(const QJsonObject& state) override;
    bool apply(const RenderOptions& options, QString* error) override;

private:
    bool tick();
    /// The angle on screen between the secant over Δx and the tangent (NaN where either is undefined).
    double screenAngle(double dx) const;

    double m_dx = 1.0;
    DifferenceScheme m_scheme = DifferenceScheme::Forward;
    double m_aspect = 1.0;
    std::vector<double> m_path; ///< the running animation's Δx per frame
    std::size_t m_frame = 0;
    Player* m_player = nullptr;
};

} // namespace gradlab
