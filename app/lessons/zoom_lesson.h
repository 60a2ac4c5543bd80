#pragma once
// Lesson 3, "Zoom in until it looks straight": a function, a point a and a magnifier on it whose window
// [a − w, a + w] shrinks by decades; the tangent, the largest gap between curve and tangent in the window
// (core's tangentGap), how that gap falls with w (gapCurve), the Taylor parabola (and cubic), f″'s
// bending, the osculating circle and Newton's step. Animate shrinks w at a pace a person can follow and
// stops before rounding takes over.

#include "function/taylor.h"
#include "lessons/function_lesson.h"
#include "lessons/player.h"

namespace gradlab {

class ZoomLesson : public FunctionLesson {
    Q_OBJECT
public:
    /// The magnifier's half-width runs over these decades.
    static constexpr double kMaxHalfWidth = 10.0;
    static constexpr double kMinHalfWidth = 1e-6;
    /// Animate's pace: ticks of this many ms, this many ticks per decade (1.6 s a decade).
    static constexpr int kTickMs = 16;
    static constexpr int kTicksPerDecade = 100;
    /// The order of the Taylor expansion the lesson shows (f(a) … f‴(a)/6).
    static constexpr int kTaylorOrder = 3;

    explicit ZoomLesson(QObject* parent = nullptr);

    double halfWidth() const { return m_halfWidth; }
    /// The magnifier's half-width, clamped to [kMinHalfWidth, kMaxHalfWidth] (one undo step: "Zoom").
    void setHalfWidth(double w);

    bool showsParabola() const { return m_parabola; }
    bool showsCubic() const { return m_cubic; }
    bool showsCircle() const { return m_circle; }
    bool showsNewton() const { return m_newton; }
    void setShowsParabola(bool on);
    void setShowsCubic(bool on);
    void setShowsCircle(bool on);
    void setShowsNewton(bool on);

    /// The presets this lesson adds to the catalogue's: a corner (|x| at 0), ln and a bump.
    static const QList<FormulaPreset>& ownPresets();
    QList<FormulaPreset> lessonPresets() const override { return presets() + ownPresets(); }
    /// A preset puts the point where it is worth zooming (|x| at its corner).
    bool presetPlacesPoint() const override { return true; }

    /// The line laid on f at the point: the tangent, or at a corner the mean of the one-sided slopes.
    LocalLine line() const;
    /// The largest gap between f and line() in the current window.
    TangentGap gap() const;
    /// The gap over the slider's decades (4 per decade), and its measured log-log slope.
    const GapCurve& gapCurve() const;
    /// The slope the gap falls with on log-log axes: 1 at a corner, else the order of the first non-zero
    /// Taylor term after the tangent (core's gapOrder: 2, or 3 where f″(a) = 0, …); 0 when there is none.
    int referenceSlope() const;
    /// True when f is a polynomial of degree at most 2: its Taylor parabola is f itself everywhere.
    bool isQuadratic() const { return isAtMostQuadratic(*function()); }
    /// f(a), f′(a), f″(a)/2, f‴(a)/6 from the symbolic derivatives.
    TaylorExpansion taylor() const;
    Bending bending() const;
    NewtonStep newton() const;
    OsculatingCircle circle() const;
    /// True while the gap in the window is below kRoundingFactor times its round-off.
    bool roundingDominates() const;
    /// Where Animate stops: the smallest window whose gap is still above rounding (kMinHalfWidth when the
    /// gap never is: a straight line has nothing to lose).
    double animationEndHalfWidth() const;

    /// Starts shrinking the window by decades (from w = 1 again once it has played to its end); the
    /// whole animation is one undo step.
    void play();
    void pause();
    void togglePlay() override;
    bool isPlaying() const override { return m_player->isPlaying(); }

    QString id() const override { return QStringLiteral("zoom"); }
    /// The function's keys and "halfWidth", "parabola", "cubic", "circle", "newton".
    QJsonObject save() const override;
    QString check(const QJsonObject& state) const override;
    /// The gap against the half-width, one row per window of gapCurve().
    QByteArray tableCsv() const override;
    QString tableName() const override { return QStringLiteral("gap-table"); }
    QString tableTitle() const override;
    /// The Taylor coefficients of taylor()'s order at the point (`gradlab taylor`'s object).
    PythonScript pythonScript(ScriptLanguage language) const override;
    std::unique_ptr<Lesson> clone() const override;
    void copyFrom(const ZoomLesson& other);

protected:
    void read(const QJsonObject& state) override;
    bool apply(const RenderOptions& options, QString* error) override;

private:
    bool tick();
    void setFlag(bool& flag, bool on, const QString& text);

    double m_halfWidth = 1.0;
    bool m_parabola = true;
    bool m_cubic = false;
    bool m_circle = false;
    bool m_newton = true;
    Player* m_player = nullptr;
    /// gapCurve() for this function and point (recomputed when either changes).
    mutable GapCurve m_curve;
    mutable FunctionPtr m_curveFunction;
    mutable double m_curveX = 0.0;
};

} // namespace gradlab
