#include "plotting/plot_contrast.h"

namespace gradlab {

namespace {
bool g_highContrast = false;
}

void setHighContrastPlots(bool on) {
    g_highContrast = on;
}

bool highContrastPlots() {
    return g_highContrast;
}

} // namespace gradlab
