#include "colour/srgb.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
double decode(double v) {
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}
double encode(double v) {
    v = std::clamp(v, 0.0, 1.0);
    return v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1.0 / 2.4) - 0.055;
}
/// CIELAB's f(t): a cube root, with a straight segment near black (CIE 15:2004).
double labF(double t) {
    constexpr double epsilon = 216.0 / 24389.0, kappa = 24389.0 / 27.0;
    return t > epsilon ? std::cbrt(t) : (kappa * t + 16.0) / 116.0;
}
unsigned byte(double v) {
    return static_cast<unsigned>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
}
} // namespace

Srgb srgbFromHex(unsigned rgb) {
    return {((rgb >> 16) & 0xffu) / 255.0, ((rgb >> 8) & 0xffu) / 255.0, (rgb & 0xffu) / 255.0};
}

unsigned hexFromSrgb(const Srgb& c) {
    return byte(c.r) << 16 | byte(c.g) << 8 | byte(c.b);
}

LinearRgb toLinear(const Srgb& c) {
    return {decode(c.r), decode(c.g), decode(c.b)};
}

Srgb toSrgb(const LinearRgb& c) {
    return {encode(c.r), encode(c.g), encode(c.b)};
}

Lab toLab(const Srgb& c) {
    const LinearRgb v = toLinear(c);
    // sRGB's primaries to XYZ (IEC 61966-2-1), divided by the D65 white's X, Y, Z.
    const double x = (0.4124564 * v.r + 0.3575761 * v.g + 0.1804375 * v.b) / 0.95047;
    const double y = 0.2126729 * v.r + 0.7151522 * v.g + 0.0721750 * v.b;
    const double z = (0.0193339 * v.r + 0.1191920 * v.g + 0.9503041 * v.b) / 1.08883;
    const double fx = labF(x), fy = labF(y), fz = labF(z);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

} // namespace gradlab
