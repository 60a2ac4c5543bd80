#pragma once
// The colours of GradLab. Each means one thing, the same in every lesson: the curve is blue, the
// tangent green, the secant red and dashed, the point you drag orange, the gradient purple.

#include "descent/optimizer.h"
#include "descent/run_judgement.h"

#include <QColor>

namespace gradlab::palette {

inline const QColor curve{0x1f, 0x77, 0xb4};      ///< the function
inline const QColor derivative{0x6a, 0x3d, 0x9a}; ///< the derivative's own curve (f′ plot)
inline const QColor tangent{0x2c, 0xa0, 0x2c};    ///< the tangent line, the exact slope
inline const QColor secant{0xd6, 0x27, 0x28};     ///< the secant, the difference quotient
inline const QColor secantLeft{0xe3, 0x77, 0xc2}; ///< the left secant at a kink
inline const QColor point{0xff, 0x7f, 0x0e};      ///< the point you drag
inline const QColor gradient{0x94, 0x67, 0xbd};   ///< the gradient arrow
inline const QColor trail{0xf2, 0xc1, 0x2e};      ///< a descent trail
inline const QColor axis{0x55, 0x55, 0x55};
inline const QColor grid{0xe3, 0xe3, 0xe3};
inline const QColor text{0x22, 0x22, 0x22};
inline const QColor error{0xc0, 0x1c, 0x28}; ///< error messages

/// One colour per finite-difference scheme, used in the numeric lesson's error plot.
inline const QColor forwardScheme{0xd6, 0x27, 0x28};
inline const QColor backwardScheme{0x1f, 0x77, 0xb4};
inline const QColor centralScheme{0x2c, 0xa0, 0x2c};

} // namespace gradlab::palette

namespace gradlab::palette {
inline const QColor partialX{0xe7, 0x29, 0x8a};     ///< the ∂f/∂x arrow
inline const QColor partialY{0x0a, 0x8f, 0xa0};     ///< the ∂f/∂y arrow
inline const QColor descent{0x2c, 0xa0, 0x2c};      ///< −∇f, the way downhill
inline const QColor contour{0x50, 0x50, 0x50, 150}; ///< level lines
inline const QColor hessian{0x8b, 0x45, 0x13}; ///< the Hessian's axes and the quadratic model's level set

/// The colour of optimizer `kind`: red for gd, blue for momentum, … (one per entry of kOptimizers).
inline QColor optimizer(OptimizerKind kind) {
    // Orange is kept for the point you drag, so no optimizer wears it. In OptimizerKind order.
    static const QColor colours[] = {{0xd6, 0x27, 0x28}, {0x1f, 0x77, 0xb4}, {0x8c, 0x56, 0x4b},
                                     {0xe3, 0x77, 0xc2}, {0x7f, 0x7f, 0x7f}, {0x2c, 0xa0, 0x2c},
                                     {0x17, 0xbe, 0xcf}};
    static_assert(sizeof colours / sizeof colours[0] == kOptimizerCount, "one colour per optimizer");
    return colours[static_cast<int>(kind)];
}

/// One colour per regime of a run, in Regime order (monotone, oscillating, bouncing, diverging, too slow,
/// no minimum, unbounded, cannot start, at rest, stalled, left the domain, irregular, wandering): the
/// learning-rate sweep's bands and the regime sentence.
inline QColor regime(int r) {
    static const QColor colours[] = {
        {0x2c, 0xa0, 0x2c}, {0x17, 0x9c, 0xb0}, {0xe0, 0x8a, 0x00}, {0xd6, 0x27, 0x28}, {0x80, 0x80, 0x80},
        {0xb0, 0xb0, 0x20}, {0x94, 0x67, 0xbd}, {0x40, 0x40, 0x40}, {0x6b, 0xc0, 0x6b}, {0xe3, 0x77, 0xc2},
        {0x55, 0x55, 0x55}, {0x8c, 0x56, 0x4b}, {0x3b, 0x4c, 0xc0}};
    static_assert(sizeof colours / sizeof colours[0] == kRegimeCount, "one colour per regime");
    return colours[r % kRegimeCount];
}
} // namespace gradlab::palette
