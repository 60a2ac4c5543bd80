#pragma once
// The pairs of palette colours that carry meaning: each is drawn where a student must tell the two apart
// (the secant from the tangent, one optimizer from another, the diverging band from its neighbour). Written
// once, here; tests/app/tst_palette.cpp measures every pair under normal vision and the three simulated
// colour vision deficiencies.

#include <QColor>
#include <QString>
#include <vector>

namespace gradlab::palette {

/// How far apart (CIEDE2000) two colours drawn as lines, markers, arrows or text must be: clearly
/// different colours, not merely distinguishable side by side (about 1 is just noticeable).
inline constexpr double kLineDifference = 10.0;
/// How far apart two translucent bands that touch must be: large areas side by side are told apart at
/// smaller differences than thin lines, and each band also carries a hatch or a label (regimeBrush()).
inline constexpr double kAreaDifference = 5.0;

struct ColourPair {
    QString what; ///< where the two meet, e.g. "secant vs tangent"
    QColor first; ///< as drawn (translucent colours already laid over their background)
    QColor second;
    double minimum; ///< the least CIEDE2000 difference allowed in every colour vision
};

/// Every pair of colours that carries meaning, lesson by lesson.
const std::vector<ColourPair>& meaningfulPairs();

} // namespace gradlab::palette
