#pragma once
// Pixels in the stability map's own colours (the stops of its viridis ramp), for tests that tell a drawn
// map from another figure.

#include <QColor>
#include <QImage>
#include <cstdlib>

namespace maptest {

/// Pixels (every second one each way) within 30 (summed over red, green, blue) of a stop of the map's ramp.
inline int mapColourPixels(const QImage& image) {
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
                                   QColor(0x21, 0x91, 0x8c), QColor(0x5e, 0xc9, 0x62),
                                   QColor(0xfd, 0xe7, 0x25)};
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            for (const QColor& s : stops)
                if (std::abs(c.red() - s.red()) + std::abs(c.green() - s.green()) +
                        std::abs(c.blue() - s.blue()) <
                    30) {
                    ++n;
                    break;
                }
        }
    return n;
}

} // namespace maptest
