#include "plotting/off_screen_plots.h"

namespace gradlab {

int OffScreenPlots::s_depth = 0;

OffScreenPlots::OffScreenPlots() {
    ++s_depth;
}

OffScreenPlots::~OffScreenPlots() {
    --s_depth;
}

bool OffScreenPlots::active() {
    return s_depth > 0;
}

} // namespace gradlab
