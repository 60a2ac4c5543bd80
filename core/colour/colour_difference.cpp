#include "colour/colour_difference.h"

#include <cmath>

namespace gradlab {

namespace {
constexpr double kPi = 3.14159265358979323846;
double radians(double degrees) {
    return degrees * kPi / 180.0;
}
/// The hue angle in degrees, 0 to 360 (0 for a grey).
double hueDegrees(double b, double a) {
    if (a == 0 && b == 0) return 0;
    const double h = std::atan2(b, a) * 180.0 / kPi;
    return h < 0 ? h + 360.0 : h;
}
double pow7(double v) {
    const double v2 = v * v;
    return v2 * v2 * v2 * v;
}
} // namespace

double deltaE76(const Lab& x, const Lab& y) {
    return std::sqrt((x.l - y.l) * (x.l - y.l) + (x.a - y.a) * (x.a - y.a) + (x.b - y.b) * (x.b - y.b));
}

double deltaE2000(const Lab& x, const Lab& y) {
    const double c1 = std::hypot(x.a, x.b), c2 = std::hypot(y.a, y.b);
    const double cMean = (c1 + c2) / 2.0;
    const double g = 0.5 * (1.0 - std::sqrt(pow7(cMean) / (pow7(cMean) + pow7(25.0))));
    const double a1 = (1.0 + g) * x.a, a2 = (1.0 + g) * y.a;
    const double c1p = std::hypot(a1, x.b), c2p = std::hypot(a2, y.b);
    const double h1p = hueDegrees(x.b, a1), h2p = hueDegrees(y.b, a2);

    const double dL = y.l - x.l;
    const double dC = c2p - c1p;
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2p - h1p;
        if (dh > 180.0)
            dh -= 360.0;
        else if (dh < -180.0)
            dh += 360.0;
    }
    const double dH = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2.0));

    const double lMean = (x.l + y.l) / 2.0;
    const double cMeanP = (c1p + c2p) / 2.0;
    double hMean = h1p + h2p;
    if (c1p * c2p != 0) {
        if (std::abs(h1p - h2p) <= 180.0)
            hMean = (h1p + h2p) / 2.0;
        else if (h1p + h2p < 360.0)
            hMean = (h1p + h2p + 360.0) / 2.0;
        else
            hMean = (h1p + h2p - 360.0) / 2.0;
    }
    const double t = 1.0 - 0.17 * std::cos(radians(hMean - 30.0)) + 0.24 * std::cos(radians(2.0 * hMean)) +
                     0.32 * std::cos(radians(3.0 * hMean + 6.0)) -
                     0.20 * std::cos(radians(4.0 * hMean - 63.0));
    const double dTheta = 30.0 * std::exp(-((hMean - 275.0) / 25.0) * ((hMean - 275.0) / 25.0));
    const double rC = 2.0 * std::sqrt(pow7(cMeanP) / (pow7(cMeanP) + pow7(25.0)));
    const double l50 = (lMean - 50.0) * (lMean - 50.0);
    const double sL = 1.0 + 0.015 * l50 / std::sqrt(20.0 + l50);
    const double sC = 1.0 + 0.045 * cMeanP;
    const double sH = 1.0 + 0.015 * cMeanP * t;
    const double rT = -std::sin(radians(2.0 * dTheta)) * rC;
    const double l = dL / sL, c = dC / sC, h = dH / sH;
    return std::sqrt(l * l + c * c + h * h + rT * c * h);
}

} // namespace gradlab
