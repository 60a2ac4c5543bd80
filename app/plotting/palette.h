#pragma once
// The colours of GradLab, the only place colours are defined. Each means one thing, the same in every
// lesson: the curve is blue, the tangent bluish green and solid, the secant vermillion and dashed, the point
// you drag orange, the gradient reddish purple. They are the Okabe–Ito colours (Okabe & Ito 2008, "Color
// Universal Design"), chosen so that the pairs that must be told apart (palette_pairs.h) stay apart for
// people with deuteranopia, protanopia or tritanopia; tests/app/tst_palette.cpp simulates the three and
// measures every pair. Where two colours may still come close, a second cue (dash, marker shape, hatch,
// label) tells them apart.

#include "descent/optimizer.h"
#include "descent/run_judgement.h"

#include <QColor>
#include <QGradientStops>

namespace gradlab::palette {

/// The Okabe–Ito colours by name.
namespace okabeIto {
inline const QColor orange{0xe6, 0x9f, 0x00};
inline const QColor skyBlue{0x56, 0xb4, 0xe9};
inline const QColor bluishGreen{0x00, 0x9e, 0x73};
inline const QColor yellow{0xf0, 0xe4, 0x42};
inline const QColor blue{0x00, 0x72, 0xb2};
inline const QColor vermillion{0xd5, 0x5e, 0x00};
inline const QColor reddishPurple{0xcc, 0x79, 0xa7};
inline const QColor black{0x00, 0x00, 0x00};
} // namespace okabeIto
/// Indigo from Paul Tol's colour-blind safe schemes: a ninth colour where the eight are taken.
inline const QColor indigo{0x33, 0x22, 0x88};

inline const QColor curve = okabeIto::blue;               ///< the function
inline const QColor derivative = okabeIto::reddishPurple; ///< the derivative's own curve (f′ plot)
inline const QColor tangent = okabeIto::bluishGreen;      ///< the tangent line, the exact slope (solid)
inline const QColor secant = okabeIto::vermillion;        ///< the secant, the difference quotient (dashed)
inline const QColor secantLeft = okabeIto::reddishPurple; ///< the left secant at a kink (dashed)
inline const QColor point = okabeIto::orange;             ///< the point you drag
inline const QColor gradient = okabeIto::reddishPurple;   ///< the gradient arrow
inline const QColor trail = okabeIto::yellow;             ///< a descent trail (on the 3-D surface)
inline const QColor axis{0x55, 0x55, 0x55};
inline const QColor grid{0xe3, 0xe3, 0xe3};
inline const QColor zeroLine{0x99, 0x99, 0x99}; ///< the axes' zero lines, on a light background
inline const QColor text{0x22, 0x22, 0x22};
inline const QColor error{0xc0, 0x1c, 0x28};         ///< error messages (text only, always with words)
inline const QColor labelBox{0xff, 0xff, 0xff, 215}; ///< the pale box behind words drawn over a map

/// One colour per finite-difference scheme, used in the numeric lesson's error plot (each scheme also has
/// its own line width and dash).
inline const QColor forwardScheme = okabeIto::vermillion;
inline const QColor backwardScheme = okabeIto::blue;
inline const QColor centralScheme = okabeIto::bluishGreen;
inline const QColor guide{0x88, 0x88, 0x88}; ///< the dotted guides from a point to its axes

inline const QColor partialX = okabeIto::skyBlue;    ///< the ∂f/∂x arrow
inline const QColor partialY = okabeIto::vermillion; ///< the ∂f/∂y arrow
inline const QColor descent = okabeIto::bluishGreen; ///< −∇f, the way downhill
inline const QColor contour{0x50, 0x50, 0x50, 150};  ///< level lines
inline const QColor hessian =
    okabeIto::black; ///< the Hessian's axes and the quadratic model's level set (dashed)

/// The zoom lesson's local models: the parabola (dashed), the cubic (dotted), the osculating circle,
/// Newton's step (diamonds) and the rounding error's dots in the inset.
inline const QColor parabola = okabeIto::reddishPurple;
inline const QColor cubic = okabeIto::skyBlue;
inline const QColor circle = okabeIto::black;
inline const QColor newtonStep = okabeIto::vermillion;
inline const QColor rounding{0x99, 0x99, 0x99};

/// The fit lesson: the best line and its loss (dashed), and the data points.
inline const QColor reference{0x40, 0x40, 0x40};
inline const QColor data{0x33, 0x33, 0x33};

/// The colour of optimizer `kind` (one per entry of kOptimizers; each also has its own marker shape,
/// optimizerMarker() in plotting/optimizer_marker.h).
inline QColor optimizer(OptimizerKind kind) {
    // Orange is kept for the point you drag, so no optimizer wears it. In OptimizerKind order: gd, momentum,
    // nesterov, adagrad, rmsprop, adam, newton.
    static const QColor colours[] = {okabeIto::vermillion,    okabeIto::blue,  okabeIto::skyBlue,
                                     okabeIto::reddishPurple, okabeIto::black, okabeIto::bluishGreen,
                                     okabeIto::yellow};
    static_assert(sizeof colours / sizeof colours[0] == kOptimizerCount, "one colour per optimizer");
    return colours[static_cast<int>(kind)];
}

/// One colour per regime of a run, in Regime order (monotone, oscillating, bouncing, diverging, too slow,
/// no minimum, unbounded, cannot start, at rest, stalled, left the domain, irregular, wandering, too few
/// steps to tell, frozen by the schedule): the
/// learning-rate sweep's bands and the regime sentence. Regimes that can lie side by side in a sweep differ
/// (palette_pairs.cpp lists them); at rest, stalled and cannot start do not depend on the rate, so they fill
/// a whole sweep alone and may share colours with others.
inline QColor regime(int r) {
    static const QColor colours[] = {
        okabeIto::bluishGreen, okabeIto::skyBlue,        okabeIto::yellow,         okabeIto::vermillion,
        palette::indigo,       okabeIto::reddishPurple,  QColor(0x33, 0x33, 0x33), QColor(0x55, 0x55, 0x55),
        okabeIto::bluishGreen, QColor(0x99, 0x99, 0x99), okabeIto::black,          QColor(0xbb, 0xbb, 0xbb),
        okabeIto::orange,      QColor(0xdd, 0xdd, 0xdd), QColor(0x77, 0x33, 0x00)};
    static_assert(sizeof colours / sizeof colours[0] == kRegimeCount, "one colour per regime");
    return colours[r % kRegimeCount];
}
/// The opacity of a regime's band behind the sweep (the sweep's curve stays readable on it).
inline constexpr int kBandAlpha = 128;
/// regime(r) as its band is filled, kBandAlpha opaque.
inline QColor regimeBand(int r) {
    QColor c = regime(r);
    c.setAlpha(kBandAlpha);
    return c;
}

/// The contour maps' heights: white where f is low, pale blue where it is high, never so deep that an arrow,
/// a point or a run drawn on top comes close to it in any colour vision (palette_pairs.cpp); the level
/// lines carry the shape.
inline QGradientStops heightStops() {
    return {
        {0.0, QColor(0xff, 0xff, 0xff)}, {0.4, QColor(0xe3, 0xee, 0xf8)}, {1.0, QColor(0xb8, 0xd3, 0xec)}};
}
/// The 3-D surface's heights (the same blues, deeper at the top).
inline QGradientStops surfaceStops() {
    return {
        {0.0, QColor(0xde, 0xeb, 0xf7)}, {0.5, QColor(0x6b, 0xae, 0xd6)}, {1.0, QColor(0x08, 0x45, 0x94)}};
}
inline const QColor wireframe{0x30, 0x30, 0x30, 60}; ///< the 3-D surface's mesh lines

/// The stability map's final losses: viridis (perceptually uniform, readable in the three deficiencies).
inline QGradientStops valueStops() {
    return {{0.0, QColor(0x44, 0x01, 0x54)},
            {0.25, QColor(0x3b, 0x52, 0x8b)},
            {0.5, QColor(0x21, 0x91, 0x8c)},
            {0.75, QColor(0x5e, 0xc9, 0x62)},
            {1.0, QColor(0xfd, 0xe7, 0x25)}};
}
inline const QColor diverged = okabeIto::vermillion;     ///< the stability map's diverged cells
inline const QColor notConverged{0xbd, 0xbd, 0xbd};      ///< cells that never met the tolerance
inline const QColor convergedBoundary{0xff, 0xff, 0xff}; ///< the line around the converged cells
inline const QColor divergedBoundary = okabeIto::black;  ///< the line around the diverged cells

/// The computational graph's nodes: input, constant and operation fills, their border and the edges.
inline const QColor inputNode{0xff, 0xe8, 0xcc};
inline const QColor constantNode{0xee, 0xee, 0xee};
inline const QColor operationNode{0xe3, 0xee, 0xfa};
inline const QColor nodeBorder{0x66, 0x66, 0x66};
inline const QColor edge{0x80, 0x80, 0x80};
inline const QColor noGradient{0x99, 0x99, 0x99};

/// The code panel's Python colours (keywords, builtins, numbers, strings, comments), as common editors'
/// themes have them; each is brought to text contrast on its background where it is drawn.
inline const QColor pythonColours[] = {
    {0x00, 0x33, 0xb3}, {0x00, 0x80, 0x80}, {0x17, 0x50, 0xeb}, {0x06, 0x7d, 0x17}, {0x6a, 0x6a, 0x6a}};

} // namespace gradlab::palette
