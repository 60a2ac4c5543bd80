#include "lessons/zoom_lesson.h"

#include "codegen/taylor_script.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
const QString kHalfWidth = QStringLiteral("halfWidth");
const QString kParabola = QStringLiteral("parabola");
const QString kCubic = QStringLiteral("cubic");
const QString kCircle = QStringLiteral("circle");
const QString kNewton = QStringLiteral("newton");
} // namespace

ZoomLesson::ZoomLesson(QObject* parent)
    : FunctionLesson(parent) {
    m_player = new Player(
        kTickMs, [this] { return tick(); },
        [this] {
            // Played to its end: from w = 1 again.
            if (m_halfWidth <= animationEndHalfWidth() * (1 + 1e-9)) setHalfWidth(1.0);
            return m_halfWidth > animationEndHalfWidth() * (1 + 1e-9);
        },
        this);
    connect(m_player, &Player::playingChanged, this, [this](bool playing) {
        if (!playing) endGesture();
        emit playingChanged(playing);
        emit changed();
    });
    setFormula(QStringLiteral("sin(x)"));
    setX(1.0);
}

const QList<FormulaPreset>& ZoomLesson::ownPresets() {
    static const QList<FormulaPreset> own{
        {tr("Corner"), QStringLiteral("abs(x)"), {-2, 2, -0.5, 2}, {0, 0}, 0.1},
        {tr("Logarithm"), QStringLiteral("ln(x)"), {0.05, 5, -3, 2}, {1, 0}, 0.1},
        {tr("Bump"), QStringLiteral("1/(1+x^2)"), {-3, 3, 0, 1.2}, {0.5, 0}, 0.1},
    };
    return own;
}

void ZoomLesson::setHalfWidth(double w) {
    if (!std::isfinite(w)) return;
    w = std::clamp(w, kMinHalfWidth, kMaxHalfWidth);
    if (w == m_halfWidth) return;
    //: Undo/redo item: the zoom window was changed
    edit(tr("Zoom"), [&] {
        m_halfWidth = w;
        notify();
    });
}

void ZoomLesson::setFlag(bool& flag, bool on, const QString& text) {
    if (flag == on) return;
    edit(text, [&] {
        flag = on;
        notify();
    });
}

void ZoomLesson::setShowsParabola(bool on) {
    setFlag(m_parabola, on, tr("Show the Taylor parabola"));
}
void ZoomLesson::setShowsCubic(bool on) {
    setFlag(m_cubic, on, tr("Show the Taylor cubic"));
}
void ZoomLesson::setShowsCircle(bool on) {
    setFlag(m_circle, on, tr("Show the osculating circle"));
}
void ZoomLesson::setShowsNewton(bool on) {
    setFlag(m_newton, on, tr("Show Newton's step"));
}

LocalLine ZoomLesson::line() const {
    return localLine(*function(), x());
}

TangentGap ZoomLesson::gap() const {
    const LocalLine l = line();
    if (!l.hasLine()) {
        TangentGap none;
        none.halfWidth = m_halfWidth;
        none.gap = none.roundOff = std::nan("");
        return none;
    }
    return tangentGap(*function(), x(), l.slope, m_halfWidth);
}

const GapCurve& ZoomLesson::gapCurve() const {
    if (m_curveFunction != function() || m_curveX != x()) {
        const LocalLine l = line();
        m_curve = l.hasLine() ? gradlab::gapCurve(*function(), x(), l.slope, kMaxHalfWidth, kMinHalfWidth)
                              : GapCurve{{}, std::nan(""), 0, 0, 0};
        m_curveFunction = function();
        m_curveX = x();
    }
    return m_curve;
}

int ZoomLesson::referenceSlope() const {
    switch (line().kind) {
    case LocalLine::Corner:
        return 1;
    case LocalLine::Tangent:
        return gapOrder(*function(), x());
    case LocalLine::Vertical:
    case LocalLine::Undefined:
        break;
    }
    return 0;
}

TaylorExpansion ZoomLesson::taylor() const {
    return taylorExpansion(*function(), x(), kTaylorOrder);
}

PythonScript ZoomLesson::pythonScript(ScriptLanguage language) const {
    return taylorScript(pointScriptSettings(), kTaylorOrder, language);
}

Bending ZoomLesson::bending() const {
    return bendingAt(*function(), x());
}

NewtonStep ZoomLesson::newton() const {
    return newtonStep(x(), function()->slope(x()), function()->secondDerivative(x()), bending());
}

OsculatingCircle ZoomLesson::circle() const {
    if (line().kind != LocalLine::Tangent || bending() == Bending::None) return {};
    return osculatingCircle(x(), value(), slope(), curvature());
}

bool ZoomLesson::roundingDominates() const {
    const TangentGap g = gap();
    return std::isfinite(g.gap) && g.gap > 0 && g.isRounding();
}

double ZoomLesson::animationEndHalfWidth() const {
    const double clean = gapCurve().smallestClean;
    return clean > 0 ? std::max(clean, kMinHalfWidth) : kMinHalfWidth;
}

void ZoomLesson::play() {
    if (m_player->isPlaying()) return;
    beginGesture(tr("Animate the zoom"));
    m_player->play();
    if (!m_player->isPlaying()) endGesture(); // nothing to play
}

void ZoomLesson::pause() {
    m_player->pause();
}

void ZoomLesson::togglePlay() {
    if (m_player->isPlaying())
        pause();
    else
        play();
}

bool ZoomLesson::tick() {
    // Evenly in log w: a decade every kTicksPerDecade ticks, never past where rounding takes over.
    const double end = animationEndHalfWidth();
    setHalfWidth(std::max(end, m_halfWidth * std::pow(10.0, -1.0 / kTicksPerDecade)));
    return m_halfWidth > end * (1 + 1e-9);
}

QJsonObject ZoomLesson::save() const {
    QJsonObject s = FunctionLesson::save();
    s.insert(kHalfWidth, m_halfWidth);
    s.insert(kParabola, m_parabola);
    s.insert(kCubic, m_cubic);
    s.insert(kCircle, m_circle);
    s.insert(kNewton, m_newton);
    return s;
}

QString ZoomLesson::check(const QJsonObject& state) const {
    const QString why = FunctionLesson::check(state);
    if (!why.isEmpty()) return why;
    const double w = state.value(kHalfWidth).toDouble(std::nan(""));
    if (!(w >= kMinHalfWidth && w <= kMaxHalfWidth))
        return tr("\"%1\" must be a number from %2 to %3")
            .arg(kHalfWidth)
            .arg(kMinHalfWidth)
            .arg(kMaxHalfWidth);
    for (const QString& key : {kParabola, kCubic, kCircle, kNewton})
        if (!state.value(key).isBool()) return tr("\"%1\" must be true or false").arg(key);
    return {};
}

void ZoomLesson::read(const QJsonObject& state) {
    pause();
    FunctionLesson::read(state);
    setHalfWidth(state.value(kHalfWidth).toDouble());
    setShowsParabola(state.value(kParabola).toBool());
    setShowsCubic(state.value(kCubic).toBool());
    setShowsCircle(state.value(kCircle).toBool());
    setShowsNewton(state.value(kNewton).toBool());
}

bool ZoomLesson::apply(const RenderOptions& options, QString* error) {
    if (!FunctionLesson::apply(options, error)) return false;
    if (options.zoom != 0.0) {
        if (!(options.zoom >= kMinHalfWidth && options.zoom <= kMaxHalfWidth)) {
            *error = tr("--zoom must be a half-width from %1 to %2").arg(kMinHalfWidth).arg(kMaxHalfWidth);
            return false;
        }
        setHalfWidth(options.zoom);
    }
    return true;
}

QString ZoomLesson::tableTitle() const {
    //: What File → Export Table as CSV writes, shown in brackets after it
    return tr("gap table");
}

QByteArray ZoomLesson::tableCsv() const {
    QByteArray csv("half_width,gap,rounding,round_off\n");
    for (const TangentGap& g : gapCurve().points)
        csv += QByteArray::number(g.halfWidth, 'g', 17) + ',' + QByteArray::number(g.gap, 'g', 17) + ',' +
               (g.isRounding() ? "true" : "false") + ',' + QByteArray::number(g.roundOff, 'g', 17) + '\n';
    return csv;
}

std::unique_ptr<Lesson> ZoomLesson::clone() const {
    auto copy = std::make_unique<ZoomLesson>();
    copy->copyFrom(*this);
    return copy;
}

void ZoomLesson::copyFrom(const ZoomLesson& other) {
    m_halfWidth = other.m_halfWidth;
    m_parabola = other.m_parabola;
    m_cubic = other.m_cubic;
    m_circle = other.m_circle;
    m_newton = other.m_newton;
    FunctionLesson::copyFrom(other);
}

} // namespace gradlab
