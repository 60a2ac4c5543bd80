#pragma once
// The data sets the "Fitting a line" lesson offers, each with the line it starts from: a line with noise,
// the same kind of data with one outlier, and seed 001's single point (2, 3), from which w = 0.5, b = 0
// gives L = 4, ∂L/∂w = −8, ∂L/∂b = −4.

#include "fit/data_set.h"
#include "text/text.h"

#include <string>
#include <vector>

namespace gradlab {

struct DataPreset {
    std::string name; ///< "noisy-line", "outlier", "single-point" (lesson files, the command line)
    Text title;       ///< for people: "A line with noise" (translatable)
    DataSet data;
    double w = 0.0; ///< the line a preset starts from
    double b = 0.0;
};

/// Every data preset, the lesson's default first. Fixed numbers, the same on every platform.
const std::vector<DataPreset>& dataPresets();
/// The preset whose data are exactly `data`, or null.
const DataPreset* findDataPreset(const DataSet& data);

} // namespace gradlab
