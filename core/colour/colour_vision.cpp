#include "colour/colour_vision.h"

namespace gradlab {

const char* colourVisionName(ColourVision v) {
    switch (v) {
    case ColourVision::Normal:
        return "normal";
    case ColourVision::Protanopia:
        return "protanopia";
    case ColourVision::Deuteranopia:
        return "deuteranopia";
    case ColourVision::Tritanopia:
        return "tritanopia";
    }
    return "normal";
}

const std::array<double, 9>& colourVisionMatrix(ColourVision v) {
    // Machado et al. (2009), the severity 1.0 rows of their supplementary table; the same numbers as
    // colorspacious (colorspacious/cvd.py, machado_et_al_2009_matrices) and DaltonLens.
    static const std::array<double, 9> matrices[kColourVisionCount] = {
        {1, 0, 0, 0, 1, 0, 0, 0, 1},
        {0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998},
        {0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.011820, 0.042940, 0.968881},
        {1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.303900}};
    return matrices[static_cast<int>(v)];
}

Srgb simulateColourVision(const Srgb& c, ColourVision v) {
    const LinearRgb x = toLinear(c);
    const std::array<double, 9>& m = colourVisionMatrix(v);
    // toSrgb clamps each component to [0, 1] before encoding.
    return toSrgb({m[0] * x.r + m[1] * x.g + m[2] * x.b, m[3] * x.r + m[4] * x.g + m[5] * x.b,
                   m[6] * x.r + m[7] * x.g + m[8] * x.b});
}

} // namespace gradlab
