#pragma once
// The catalogue of lesson functions and test surfaces: each with a domain worth looking at, a start point
// and learning rate that show something, and its known minima.

#include <string>
#include <vector>

namespace gradlab {

struct KnownMinimum {
    double point[2] = {0.0, 0.0};
    double value = 0.0;
    bool global = true; ///< false for a local minimum that is not the lowest
};

struct Preset {
    std::string id;      ///< "rosenbrock", "quartic", …
    std::string name;    ///< a short name for lists: "Rosenbrock", "Saddle", "Two valleys"
    std::string title;   ///< "Rosenbrock's banana valley"
    std::string formula; ///< as the parser reads it
    int dimension = 1;
    double domain[4] = {-3, 3, -3, 3}; ///< xmin, xmax, ymin, ymax (y unused in 1-D: the loss range)
    double start[2] = {0.0, 0.0};
    double learningRate = 0.1;
    int steps = 100;
    std::vector<KnownMinimum> minima; ///< empty when the function has no minimum
    std::string note;                 ///< one sentence on what the preset shows
};

/// All presets, one-variable ones first, in lesson order.
const std::vector<Preset>& presetCatalogue();
/// The preset with this id, or nullptr.
const Preset* findPreset(const std::string& id);

} // namespace gradlab
