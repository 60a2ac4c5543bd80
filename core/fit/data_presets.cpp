#include "fit/data_presets.h"

namespace gradlab {

const std::vector<DataPreset>& dataPresets() {
    // y ≈ 1.5·x + 0.5 with Gaussian noise of σ = 0.6, drawn once and written down.
    static const std::vector<DataPreset> presets{
        {"noisy-line",
         Text(GRADLAB_TEXT("gradlab::DataPresets", "A line with noise")),
         {{0.2, 0.07}, {0.4, 1.33}, {0.6, 2.0},  {0.8, 1.39}, {1.0, 1.2},  {1.2, 2.26}, {1.4, 2.89},
          {1.6, 3.56}, {1.8, 2.47}, {2.0, 2.72}, {2.2, 4.22}, {2.4, 4.38}, {2.6, 5.32}, {2.8, 5.29},
          {3.0, 4.94}, {3.2, 5.14}, {3.4, 7.14}, {3.6, 5.73}, {3.8, 5.73}, {4.0, 5.82}},
         0.5,
         0.0},
        // y ≈ 0.8·x + 1 with σ = 0.25, and one point far below the rest at the right end, where it pulls
        // the least-squares line hardest.
        {"outlier",
         Text(GRADLAB_TEXT("gradlab::DataPresets", "One outlier")),
         {{0.0, 0.71},
          {0.5, 1.11},
          {1.0, 1.97},
          {1.5, 1.63},
          {2.0, 2.56},
          {2.5, 2.44},
          {3.0, 3.68},
          {3.5, 3.85},
          {4.0, 4.54},
          {4.5, 4.47},
          {5.0, -1.0}},
         0.5,
         0.0},
        {"single-point",
         //: A data set of one point, at x = 2, y = 3
         Text(GRADLAB_TEXT("gradlab::DataPresets", "One point (2, 3)")),
         {{2.0, 3.0}},
         0.5,
         0.0},
    };
    return presets;
}

const DataPreset* findDataPreset(const DataSet& data) {
    for (const DataPreset& p : dataPresets()) {
        if (p.data.size() != data.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < data.size() && same; ++i)
            same = p.data[i].x == data[i].x && p.data[i].y == data[i].y;
        if (same) return &p;
    }
    return nullptr;
}

} // namespace gradlab
