#pragma once
// The secant → tangent lesson: the point x, the step Δx, the difference scheme, and the animation that
// shrinks Δx toward 0.

#include "diff/numeric.h"
#include "lessons/function_lesson.h"

#include "lessons/player.h"

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

    bool isAnimating() const { return m_player->isPlaying(); }
    /// Starts shrinking Δx smoothly (or resumes); stops by itself at kMinDx.
    void play();
    void pause();
    void togglePlay();

    void copyFrom(const SecantLesson& other);

signals:
    void animationStateChanged(bool running);

private:
    bool tick();

    double m_dx = 1.0;
    DifferenceScheme m_scheme = DifferenceScheme::Forward;
    Player* m_player = nullptr;
};

} // namespace gradlab
