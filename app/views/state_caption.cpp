#include "views/state_caption.h"

#include "descent/state_glyph.h"
#include "lessons/number_format.h"

#include <QCoreApplication>

namespace gradlab {

namespace {
// Translation context StateCaption: lupdate reads the context of StateCaption::tr() from
// Q_DECLARE_TR_FUNCTIONS, as Qt does at run time (a free tr() in a namespace is filed under the namespace's
// name, which no lookup uses).
struct StateCaption {
    Q_DECLARE_TR_FUNCTIONS(StateCaption)
};
} // namespace

QString stateLegend(const QList<OptimizerKind>& kinds, int dimension) {
    const bool velocity = kinds.contains(OptimizerKind::Momentum) || kinds.contains(OptimizerKind::Nesterov);
    const bool adam = kinds.contains(OptimizerKind::Adam);
    bool box = false;
    for (OptimizerKind k : kinds)
        box = box || hasPerCoordinateStepSize(k);
    if (!velocity && !box)
        return StateCaption::tr(
            "Optimizer state: gradient descent and Newton's method keep none, so nothing is drawn.");
    QStringList parts;
    parts << StateCaption::tr(
        "Optimizer state, drawn from where each update started (the latest strong, earlier ones "
        "faded).");
    if (velocity)
        parts << StateCaption::tr(
            "Momentum, Nesterov: solid arrow −η·v, the velocity v (torch's momentum_buffer) after the "
            "update, times the rate (momentum's update itself); dashed −η·g, the step the gradient "
            "alone would take.");
    // Written without combining hats (m̂), which the figures' fonts draw beside the letter.
    if (adam)
        parts << StateCaption::tr(
            "Adam: solid arrow −η·m/(√v + ε), m and v its averages bias-corrected (exp_avg/(1 − β₁ᵗ), "
            "exp_avg_sq/(1 − β₂ᵗ)): the update it took; dashed −η·g/(√v + ε), the same with the raw "
            "gradient g in place of the smoothed m.");
    if (box)
        parts << (dimension == 1
                      ? StateCaption::tr(
                            "Bar (Adagrad, RMSprop, Adam), drawn just below the arrow: half-width |Δw|, the "
                            "update taken: the effective step size below times the gradient (for Adam times "
                            "the bias-corrected m/(1 − β₁ᵗ) instead).")
                      : StateCaption::tr(
                            "Box (Adagrad, RMSprop, Adam): half-widths |Δx|, |Δy|, the update taken in each "
                            "coordinate (it lands on a corner): the per-coordinate step size below times the "
                            "gradient (for Adam times the bias-corrected m/(1 − β₁ᵗ) instead)."));
    return parts.join(QLatin1Char(' '));
}

QString stateScale(const QList<QPair<QString, double>>& runs) {
    QStringList scaled;
    for (const auto& [name, scale] : runs)
        if (scale != 1.0) scaled << StateCaption::tr("%1 ×%2").arg(name, formatValue(scale));
    if (scaled.isEmpty()) return {};
    return StateCaption::tr(
               "Too short to read at this zoom, the marks are drawn longer than the update: %1 (divide what "
               "you "
               "see by that factor; zoom in for the true lengths).")
        .arg(scaled.join(QStringLiteral(", ")));
}

QString stateReadout(const Trajectory& t, const QString& name, const QStringList& variables) {
    if (!hasPerCoordinateStepSize(t.optimizer) || t.points.size() < 2) return {};
    const StateGlyph g = stateGlyph(t, t.points.size() - 1);
    const QString symbol = t.optimizer == OptimizerKind::Adam      ? QStringLiteral("η/(√v + ε)")
                           : t.optimizer == OptimizerKind::Adagrad ? QStringLiteral("η/(√sum + ε)")
                                                                   : QStringLiteral("η/(√square_avg + ε)");
    QStringList sizes, moves;
    for (int i = 0; i < t.dimension && i < variables.size(); ++i) {
        sizes << StateCaption::tr("%1 for %2").arg(formatValue(g.stepSize[i], 3), variables[i]);
        moves << QStringLiteral("|Δ%1| = %2").arg(variables[i], formatValue(g.halfWidth[i], 3));
    }
    return StateCaption::tr("%1, update %2: %3 = %4, so %5")
        .arg(name)
        .arg(g.step)
        .arg(symbol, sizes.join(QStringLiteral(", ")), moves.join(QStringLiteral(", ")));
}

} // namespace gradlab
