#pragma once
// Colour vision deficiencies simulated as Machado, Oliveira & Fernandes (2009), "A Physiologically-based
// Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6): one 3×3 matrix per deficiency, applied
// in linear RGB. GradLab's palette is tested with them (tests/app/tst_palette.cpp) and scripts render
// figures through them for the README.

#include "colour/srgb.h"

#include <array>

namespace gradlab {

enum class ColourVision { Normal, Protanopia, Deuteranopia, Tritanopia };
constexpr int kColourVisionCount = 4;
constexpr std::array<ColourVision, kColourVisionCount> kColourVisions = {
    ColourVision::Normal, ColourVision::Protanopia, ColourVision::Deuteranopia, ColourVision::Tritanopia};

/// "normal", "protanopia", "deuteranopia", "tritanopia".
const char* colourVisionName(ColourVision v);
/// Machado et al.'s matrix for `v` at severity 1.0 (the identity for normal vision), row-major, acting on
/// linear RGB columns.
const std::array<double, 9>& colourVisionMatrix(ColourVision v);
/// `c` as a person with `v` sees it: sRGB → linear → matrix → clamped to [0, 1] → sRGB.
Srgb simulateColourVision(const Srgb& c, ColourVision v);

} // namespace gradlab
