#include "lessons/secant_lesson.h"

#include "function/point_value.h"
#include "lessons/lesson_state.h"
#include "tables/csv_tables.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

SecantLesson::SecantLesson(QObject* parent)
    : FunctionLesson(parent) {
    m_player = new Player(
        16, [this] { return tick(); },
        [this] {
            rewindIfFinished();
            // Resume a paused run where it stopped; anything else (a new Δx, point or function) starts a
            // path from the Δx shown.
            if (m_path.empty() || m_frame >= m_path.size() || m_path[m_frame] != m_dx) {
                m_path = animationPath(m_dx, kAnimationFrames);
                m_frame = 0;
            }
            return m_path.size() > 1;
        },
        this);
    // The whole animation (and the rewind before it) is one undo step: "Change Δx".
    connect(m_player, &Player::playingChanged, this, [this](bool playing) {
        if (!playing) endGesture();
        emit animationStateChanged(playing);
        emit playingChanged(playing);
    });
    setFormula(QStringLiteral("x^2"));
    setX(1.0);
}

void SecantLesson::setDx(double dx) {
    if (!std::isfinite(dx)) return;
    dx = std::clamp(dx, kMinDx, kMaxDx);
    if (dx == m_dx) return;
    edit(tr("Change Δx"), [&] {
        m_dx = dx;
        notify();
    });
}

void SecantLesson::setScheme(DifferenceScheme s) {
    if (s == m_scheme) return;
    edit(tr("Change the difference scheme"), [&] {
        m_scheme = s;
        notify();
    });
}

const std::vector<double>& SecantLesson::tableSteps() {
    static const std::vector<double> steps{1, 0.1, 0.01, 0.001, 0.0001};
    return steps;
}

std::vector<double> SecantLesson::tableRows() const {
    std::vector<double> hs = tableSteps();
    hs.push_back(m_dx);
    return hs;
}

QJsonObject SecantLesson::save() const {
    QJsonObject s = FunctionLesson::save();
    s.insert(QStringLiteral("dx"), m_dx);
    s.insert(QStringLiteral("scheme"), QString::fromLatin1(schemeName(m_scheme)));
    return s;
}

QString SecantLesson::check(const QJsonObject& state) const {
    const QString why = FunctionLesson::check(state);
    if (!why.isEmpty()) return why;
    const double dx = state.value(QStringLiteral("dx")).toDouble();
    if (!(dx >= kMinDx && dx <= kMaxDx))
        return tr("\"dx\" must be from %1 to %2, got %3").arg(kMinDx).arg(kMaxDx).arg(dx);
    DifferenceScheme s;
    if (!schemeByName(state.value(QStringLiteral("scheme")).toString().toStdString(), s))
        return tr("\"scheme\" must be forward, backward or central, got \"%1\"")
            .arg(state.value(QStringLiteral("scheme")).toString());
    return {};
}

void SecantLesson::read(const QJsonObject& state) {
    pause();
    FunctionLesson::read(state);
    setDx(state.value(QStringLiteral("dx")).toDouble());
    DifferenceScheme s = DifferenceScheme::Forward;
    schemeByName(state.value(QStringLiteral("scheme")).toString().toStdString(), s);
    setScheme(s);
}

bool SecantLesson::apply(const RenderOptions& options, QString* error) {
    if (!FunctionLesson::apply(options, error)) return false;
    if (options.h != 0.0) {
        if (!(options.h >= kMinDx && options.h <= kMaxDx)) {
            *error = tr("--h must be between %1 and %2").arg(kMinDx).arg(kMaxDx);
            return false;
        }
        setDx(options.h);
    }
    if (!options.scheme.isEmpty()) {
        DifferenceScheme s;
        if (!schemeByName(options.scheme.toStdString(), s)) {
            *error = tr("--scheme must be forward, backward or central, got '%1'").arg(options.scheme);
            return false;
        }
        setScheme(s);
    }
    return true;
}

QString SecantLesson::tableTitle() const {
    //: What File → Export Table as CSV writes, shown in brackets after it
    return tr("limit table");
}

QByteArray SecantLesson::tableCsv() const {
    return QByteArray::fromStdString(limitTableCsv(limitTable(tableRows())));
}

PythonScript SecantLesson::pythonScript(ScriptLanguage language) const {
    const PointScriptSettings point = pointScriptSettings();
    LimitScriptSettings s;
    s.title = point.title;
    s.function = point.function;
    s.at = x();
    s.scheme = m_scheme;
    s.steps = tableRows();
    return secantScript(s, language);
}

std::unique_ptr<Lesson> SecantLesson::clone() const {
    auto copy = std::make_unique<SecantLesson>();
    copy->copyFrom(*this);
    return copy;
}

double SecantLesson::leftX() const {
    return m_scheme == DifferenceScheme::Forward ? x() : x() - m_dx;
}
double SecantLesson::rightX() const {
    return m_scheme == DifferenceScheme::Backward ? x() : x() + m_dx;
}

double SecantLesson::secantSlope() const {
    const CompiledFunction& f = *function();
    return differenceQuotient([&f](double t) { return f.value(t); }, x(), m_dx, m_scheme);
}

double SecantLesson::tangentSlope() const {
    const PointValue p = evaluateSlope(*function(), x());
    return p.status == ValueStatus::Finite ? p.value : std::nan("");
}

double SecantLesson::secantRoundOff() const {
    const CompiledFunction& f = *function();
    return quotientRoundOff(f.value(rightX()), f.value(leftX()), rightX() - leftX());
}

double SecantLesson::leftSlope() const {
    const CompiledFunction& f = *function();
    return differenceQuotient([&f](double t) { return f.value(t); }, x(), m_dx, DifferenceScheme::Backward);
}

double SecantLesson::rightSlope() const {
    const CompiledFunction& f = *function();
    return differenceQuotient([&f](double t) { return f.value(t); }, x(), m_dx, DifferenceScheme::Forward);
}

LimitTable SecantLesson::limitTable(const std::vector<double>& steps) const {
    const CompiledFunction& f = *function();
    return gradlab::limitTable([&f](double t) { return f.value(t); }, x(), tangentSlope(), steps, m_scheme);
}

bool SecantLesson::isKink() const {
    const CompiledFunction& f = *function();
    auto value = [&f](double t) { return f.value(t); };
    const double h = 1e-7 * std::max(1.0, std::fabs(x()));
    const double right = differenceQuotient(value, x(), h, DifferenceScheme::Forward);
    const double left = differenceQuotient(value, x(), h, DifferenceScheme::Backward);
    if (!std::isfinite(left) || !std::isfinite(right)) return false;
    return std::fabs(right - left) > 1e-3 * (1.0 + std::fabs(right) + std::fabs(left));
}

void SecantLesson::play() {
    if (m_player->isPlaying()) return;
    beginGesture(tr("Animate Δx toward 0"));
    rewindIfFinished();
    m_player->play();
    if (!m_player->isPlaying()) endGesture(); // nothing to play
}
void SecantLesson::pause() {
    m_player->pause();
}
void SecantLesson::togglePlay() {
    if (m_player->isPlaying())
        pause();
    else
        play();
}

void SecantLesson::setScreenAspect(double aspect) {
    if (std::isfinite(aspect) && aspect > 0) m_aspect = aspect;
}

double SecantLesson::screenAngle(double dx) const {
    const CompiledFunction& f = *function();
    const double secant = differenceQuotient([&f](double t) { return f.value(t); }, x(), dx, m_scheme);
    return std::fabs(std::atan(m_aspect * secant) - std::atan(m_aspect * tangentSlope()));
}

double SecantLesson::animationEndDx() const {
    // Walk up from the smallest Δx to 1 (where Animate starts): the end is where the angle first becomes
    // visible (refined by bisection on log Δx). A secant that never visibly leaves the tangent (a line),
    // or has no tangent to approach (a corner), stops at kStillEndDx.
    constexpr int kGrid = 400;
    const double bottom = std::log10(kMinDx), top = 0.0;
    const double smallest = screenAngle(kMinDx);
    if (!std::isfinite(smallest) || smallest >= kVisibleAngle) return kStillEndDx;
    double previous = bottom;
    for (int i = 1; i <= kGrid; ++i) {
        const double l = bottom + (top - bottom) * i / kGrid;
        const double angle = screenAngle(std::pow(10.0, l));
        if (std::isfinite(angle) && angle >= kVisibleAngle) {
            double lo = previous, hi = l; // hidden at lo, visible at hi
            for (int k = 0; k < 40; ++k) {
                const double mid = 0.5 * (hi + lo);
                const double a = screenAngle(std::pow(10.0, mid));
                (std::isfinite(a) && a >= kVisibleAngle ? hi : lo) = mid;
            }
            return std::pow(10.0, hi);
        }
        previous = l;
    }
    return kStillEndDx;
}

std::vector<double> SecantLesson::animationPath(double fromDx, int frames) const {
    fromDx = std::clamp(fromDx, kMinDx, kMaxDx);
    const double endDx = animationEndDx();
    if (frames < 2 || fromDx <= endDx) return {fromDx};
    // Progress along a fine grid of log Δx: the angle the secant turns through on screen, plus a little per
    // decade so that no stretch stands still (and where nothing turns, decades alone).
    constexpr int kGrid = 600;
    const double top = std::log10(fromDx), bottom = std::log10(endDx);
    std::vector<double> logs(kGrid + 1), progress(kGrid + 1, 0.0), angles(kGrid + 1);
    for (int i = 0; i <= kGrid; ++i) {
        logs[i] = top + (bottom - top) * i / kGrid;
        angles[i] = screenAngle(std::pow(10.0, logs[i]));
    }
    double turned = 0;
    for (int i = 1; i <= kGrid; ++i)
        if (std::isfinite(angles[i]) && std::isfinite(angles[i - 1]))
            turned += std::fabs(angles[i] - angles[i - 1]);
    const double perDecade = turned > 0 ? 0.1 * turned / (top - bottom) : 1.0;
    for (int i = 1; i <= kGrid; ++i) {
        const double a = std::isfinite(angles[i]) && std::isfinite(angles[i - 1])
                             ? std::fabs(angles[i] - angles[i - 1])
                             : 0.0;
        progress[i] = progress[i - 1] + a + perDecade * (logs[i - 1] - logs[i]);
    }
    std::vector<double> path;
    std::size_t j = 1;
    for (int k = 0; k < frames; ++k) {
        const double p = progress.back() * k / (frames - 1);
        while (j + 1 < progress.size() && progress[j] < p)
            ++j;
        const double span = progress[j] - progress[j - 1];
        const double t = span > 0 ? std::clamp((p - progress[j - 1]) / span, 0.0, 1.0) : 1.0;
        path.push_back(std::pow(10.0, logs[j - 1] + t * (logs[j] - logs[j - 1])));
    }
    path.front() = fromDx;
    path.back() = endDx;
    return path;
}

void SecantLesson::rewindIfFinished() {
    if (m_dx <= animationEndDx() * (1 + 1e-9)) setDx(1.0);
}

bool SecantLesson::tick() {
    if (++m_frame >= m_path.size()) return false;
    setDx(m_path[m_frame]);
    return m_frame + 1 < m_path.size(); // the animation ends at the path's last Δx
}

void SecantLesson::copyFrom(const SecantLesson& other) {
    m_dx = other.m_dx;
    m_scheme = other.m_scheme;
    m_aspect = other.m_aspect;
    FunctionLesson::copyFrom(other);
}

} // namespace gradlab
