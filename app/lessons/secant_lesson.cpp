#include "lessons/secant_lesson.h"

#include "eval/point_value.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

SecantLesson::SecantLesson(QObject* parent)
    : FunctionLesson(parent) {
    m_player = new Player(
        16, [this] { return tick(); },
        [this] {
            if (m_dx <= kMinDx) setDx(1.0); // replay from the start when at the end
            return true;
        },
        this);
    connect(m_player, &Player::playingChanged, this, &SecantLesson::animationStateChanged);
}

void SecantLesson::setDx(double dx) {
    if (!std::isfinite(dx)) return;
    dx = std::clamp(dx, kMinDx, kMaxDx);
    if (dx == m_dx) return;
    m_dx = dx;
    notify();
}

void SecantLesson::setScheme(DifferenceScheme s) {
    if (s == m_scheme) return;
    m_scheme = s;
    notify();
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
    m_player->play();
}
void SecantLesson::pause() {
    m_player->pause();
}
void SecantLesson::togglePlay() {
    m_player->toggle();
}

bool SecantLesson::tick() {
    // Geometric shrinking: 6 decades (1 → 1e-6) in about 6 seconds at 60 frames a second.
    const double next = m_dx * std::pow(10.0, -1.0 / 60.0);
    if (next <= kMinDx) {
        setDx(kMinDx);
        return false; // the animation ends at the smallest Δx
    }
    setDx(next);
    return true;
}

void SecantLesson::copyFrom(const SecantLesson& other) {
    m_dx = other.m_dx;
    m_scheme = other.m_scheme;
    FunctionLesson::copyFrom(other);
}

} // namespace gradlab
