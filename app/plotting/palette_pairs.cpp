#include "plotting/palette_pairs.h"

#include "plotting/palette.h"
#include "plotting/regime_brush.h"

namespace gradlab::palette {

namespace {

/// `c` laid over an opaque `background` (its alpha applied).
QColor over(const QColor& c, const QColor& background) {
    const double t = c.alphaF();
    auto mix = [t](double a, double b) { return b + (a - b) * t; };
    return QColor::fromRgbF(float(mix(c.redF(), background.redF())),
                            float(mix(c.greenF(), background.greenF())),
                            float(mix(c.blueF(), background.blueF())));
}

QString regimeWord(Regime r) {
    return QString::fromLatin1(regimeName(r));
}

std::vector<ColourPair> buildPairs() {
    std::vector<ColourPair> pairs;
    auto add = [&pairs](const QString& what, const QColor& a, const QColor& b,
                        double minimum = kLineDifference) {
        pairs.push_back({what, a, b, minimum});
    };
    // Secant → tangent, slope, numeric: the curve, its tangent, the secant(s) and the point on them.
    add(QStringLiteral("secant vs tangent"), secant, tangent);
    add(QStringLiteral("left secant vs right secant"), secantLeft, secant);
    add(QStringLiteral("left secant vs tangent"), secantLeft, tangent);
    for (const auto& [name, c] :
         {std::pair{QStringLiteral("tangent"), tangent}, std::pair{QStringLiteral("secant"), secant},
          std::pair{QStringLiteral("left secant"), secantLeft}, std::pair{QStringLiteral("point"), point}})
        add(QStringLiteral("curve vs %1").arg(name), curve, c);
    add(QStringLiteral("point vs tangent"), point, tangent);
    add(QStringLiteral("point vs secant"), point, secant);
    for (const auto& [name, c] :
         {std::pair{QStringLiteral("curve"), curve}, std::pair{QStringLiteral("tangent"), tangent},
          std::pair{QStringLiteral("secant"), secant}, std::pair{QStringLiteral("left secant"), secantLeft},
          std::pair{QStringLiteral("point"), point}, std::pair{QStringLiteral("parabola"), parabola},
          std::pair{QStringLiteral("cubic"), cubic}, std::pair{QStringLiteral("trail"), trail}})
        add(QStringLiteral("%1 vs the white background").arg(name), c, QColor(Qt::white));
    add(QStringLiteral("forward vs backward scheme"), forwardScheme, backwardScheme);
    add(QStringLiteral("forward vs central scheme"), forwardScheme, centralScheme);
    add(QStringLiteral("backward vs central scheme"), backwardScheme, centralScheme);
    // The zoom lesson's local models, drawn together over the curve.
    add(QStringLiteral("tangent vs parabola"), tangent, parabola);
    add(QStringLiteral("tangent vs cubic"), tangent, cubic);
    add(QStringLiteral("parabola vs cubic"), parabola, cubic);
    add(QStringLiteral("curve vs parabola"), curve, parabola);
    add(QStringLiteral("curve vs cubic"), curve, cubic);
    add(QStringLiteral("Newton step vs tangent"), newtonStep, tangent);
    add(QStringLiteral("Newton step vs point"), newtonStep, point);
    // Gradient and contours: the partial derivatives, the gradient and the way downhill, from one point,
    // over the map's heights.
    const std::pair<QString, QColor> arrows[] = {{QStringLiteral("∂x"), partialX},
                                                 {QStringLiteral("∂y"), partialY},
                                                 {QStringLiteral("gradient"), gradient},
                                                 {QStringLiteral("descent"), descent},
                                                 {QStringLiteral("Hessian"), hessian}};
    for (std::size_t i = 0; i < std::size(arrows); ++i) {
        for (std::size_t j = i + 1; j < std::size(arrows); ++j)
            add(QStringLiteral("%1 vs %2").arg(arrows[i].first, arrows[j].first), arrows[i].second,
                arrows[j].second);
        add(QStringLiteral("%1 vs point").arg(arrows[i].first), arrows[i].second, point);
        for (const auto& [at, colour] : heightStops())
            add(QStringLiteral("%1 vs the map's height %2").arg(arrows[i].first).arg(at), arrows[i].second,
                colour);
    }
    // One-variable descent and the learning-rate lesson: the trail of steps on the loss curve.
    add(QStringLiteral("curve vs steps"), curve, secant);
    // The 3-D surface: the ball, its trail and the downhill arrow.
    add(QStringLiteral("ball vs trail"), point, trail);
    add(QStringLiteral("ball vs downhill arrow"), point, descent);
    add(QStringLiteral("trail vs downhill arrow"), trail, descent);
    for (const auto& [at, colour] : surfaceStops()) {
        add(QStringLiteral("ball vs the surface's height %1").arg(at), point, colour);
        add(QStringLiteral("trail vs the surface's height %1").arg(at), trail, colour);
        add(QStringLiteral("downhill arrow vs the surface's height %1").arg(at), descent, colour);
    }
    // The race: seven optimizers against each other and against the start you drag.
    for (OptimizerKind a : kOptimizers) {
        const QString name = QString::fromLatin1(optimizerName(a));
        for (OptimizerKind b : kOptimizers)
            if (static_cast<int>(b) > static_cast<int>(a))
                add(QStringLiteral("%1 vs %2").arg(name, QString::fromLatin1(optimizerName(b))), optimizer(a),
                    optimizer(b));
        add(QStringLiteral("%1 vs point").arg(name), optimizer(a), point);
        for (const auto& [at, colour] : heightStops())
            add(QStringLiteral("%1 vs the map's height %2").arg(name).arg(at), optimizer(a), colour);
    }
    // The learning-rate sweep: bands of neighbouring regimes, as drawn over the plot's white. The regimes
    // that depend on the rate, in the orders a sweep meets them (converging ones at small rates, failing
    // ones at large rates, the irregular, noisy and out-of-domain ones between any two; runs too short to
    // tell beside those a run of a few steps can also be).
    const std::pair<Regime, Regime> neighbours[] = {
        {Regime::TooSlow, Regime::Monotone},      {Regime::Monotone, Regime::Oscillating},
        {Regime::Oscillating, Regime::Bouncing},  {Regime::Bouncing, Regime::Diverging},
        {Regime::Oscillating, Regime::Diverging}, {Regime::Monotone, Regime::Diverging},
        {Regime::TooSlow, Regime::Diverging},     {Regime::Irregular, Regime::Oscillating},
        {Regime::Irregular, Regime::Bouncing},    {Regime::Irregular, Regime::Diverging},
        {Regime::Irregular, Regime::Monotone},    {Regime::LeftDomain, Regime::Oscillating},
        {Regime::LeftDomain, Regime::Diverging},  {Regime::LeftDomain, Regime::Monotone},
        {Regime::LeftDomain, Regime::Irregular},  {Regime::LeftDomain, Regime::TooSlow},
        {Regime::LeftDomain, Regime::Bouncing},   {Regime::LeftDomain, Regime::Unbounded},
        {Regime::LeftDomain, Regime::NoMinimum},  {Regime::NoMinimum, Regime::Diverging},
        {Regime::NoMinimum, Regime::Unbounded},   {Regime::NoMinimum, Regime::TooSlow},
        {Regime::NoMinimum, Regime::Oscillating}, {Regime::NoMinimum, Regime::Irregular},
        {Regime::Unbounded, Regime::Diverging},   {Regime::Unbounded, Regime::Oscillating},
        {Regime::Unbounded, Regime::Monotone},    {Regime::Unbounded, Regime::Irregular},
        {Regime::Wandering, Regime::Monotone},    {Regime::Wandering, Regime::Oscillating},
        {Regime::Wandering, Regime::Diverging},   {Regime::Wandering, Regime::Bouncing},
        {Regime::Wandering, Regime::Irregular},   {Regime::Wandering, Regime::TooSlow},
        {Regime::TooShort, Regime::Monotone},     {Regime::TooShort, Regime::Oscillating},
        {Regime::TooShort, Regime::TooSlow},      {Regime::TooShort, Regime::Diverging},
        {Regime::TooShort, Regime::LeftDomain},   {Regime::TooShort, Regime::Unbounded},
        {Regime::TooShort, Regime::NoMinimum},    {Regime::Frozen, Regime::Monotone},
        {Regime::Frozen, Regime::Oscillating},    {Regime::Frozen, Regime::Diverging},
        {Regime::Frozen, Regime::Unbounded},      {Regime::Frozen, Regime::LeftDomain},
        {Regime::Frozen, Regime::Wandering},      {Regime::Frozen, Regime::TooSlow},
        {Regime::Frozen, Regime::NoMinimum},      {Regime::Frozen, Regime::Irregular},
        {Regime::Frozen, Regime::Bouncing},       {Regime::Frozen, Regime::TooShort}};
    const QColor white(Qt::white);
    for (const auto& [a, b] : neighbours) {
        add(QStringLiteral("%1 band vs %2 band").arg(regimeWord(a), regimeWord(b)),
            over(regimeBand(static_cast<int>(a)), white), over(regimeBand(static_cast<int>(b)), white),
            kAreaDifference);
        add(QStringLiteral("%1 vs %2 (legend swatch)").arg(regimeWord(a), regimeWord(b)),
            regime(static_cast<int>(a)), regime(static_cast<int>(b)));
    }
    // Too slow and oscillating: neither band is hatched, and the sweep's legend shows them as small swatches
    // of their bands side by side, so only their colours tell them apart there, as much as lines must be.
    add(QStringLiteral("too slow vs oscillating (legend swatches of their bands)"),
        over(regimeBand(static_cast<int>(Regime::TooSlow)), white),
        over(regimeBand(static_cast<int>(Regime::Oscillating)), white), kLineDifference);
    // The sweep's curve is drawn over every band a rate can fall in.
    for (Regime r : kBandedRegimes)
        add(QStringLiteral("sweep curve vs %1 band").arg(regimeWord(r)), curve,
            over(regimeBand(static_cast<int>(r)), white));
    // The stability map: the outcome colours and boundary lines against every colour of the final-loss bar.
    for (const auto& [at, colour] : valueStops()) {
        const QString stop = QStringLiteral("final-loss colour %1").arg(at);
        add(QStringLiteral("diverged cells vs %1").arg(stop), diverged, colour);
        add(QStringLiteral("unconverged cells vs %1").arg(stop), notConverged, colour);
        add(QStringLiteral("diverged boundary vs %1").arg(stop), divergedBoundary, colour);
        add(QStringLiteral("converged boundary vs %1").arg(stop), convergedBoundary, colour);
    }
    add(QStringLiteral("diverged vs unconverged cells"), diverged, notConverged);
    add(QStringLiteral("diverged boundary vs diverged cells"), divergedBoundary, diverged);
    add(QStringLiteral("converged boundary vs unconverged cells"), convergedBoundary, notConverged);
    add(QStringLiteral("current settings vs diverged cells"), point, diverged);
    // The fit lesson: the line, its residuals and the best line.
    add(QStringLiteral("line vs residuals"), curve, secant);
    add(QStringLiteral("line vs best line"), curve, reference);
    return pairs;
}

} // namespace

const std::vector<ColourPair>& meaningfulPairs() {
    static const std::vector<ColourPair> pairs = buildPairs();
    return pairs;
}

} // namespace gradlab::palette
