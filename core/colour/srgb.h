#pragma once
// sRGB colours and the two spaces GradLab measures them in: linear RGB (where light adds, and where colour
// vision deficiencies are simulated) and CIELAB (where distances follow what people see).

namespace gradlab {

/// An sRGB colour, each component from 0 to 1 (gamma-encoded, as stored in an image or a #rrggbb name).
struct Srgb {
    double r = 0, g = 0, b = 0;
};
/// A colour in linear RGB (sRGB primaries, D65 white), each component from 0 to 1.
struct LinearRgb {
    double r = 0, g = 0, b = 0;
};
/// A CIELAB colour (D65 white): L* from 0 (black) to 100 (white), a* green−red, b* blue−yellow.
struct Lab {
    double l = 0, a = 0, b = 0;
};

/// The sRGB colour of a 24-bit 0xRRGGBB value.
Srgb srgbFromHex(unsigned rgb);
/// The 0xRRGGBB value of `c`, each component clamped to [0, 1] and rounded.
unsigned hexFromSrgb(const Srgb& c);
/// IEC 61966-2-1 decoding: sRGB to linear light.
LinearRgb toLinear(const Srgb& c);
/// IEC 61966-2-1 encoding: linear light to sRGB, each component first clamped to [0, 1].
Srgb toSrgb(const LinearRgb& c);
/// CIELAB of an sRGB colour (through CIE XYZ, D65 white point).
Lab toLab(const Srgb& c);

} // namespace gradlab
