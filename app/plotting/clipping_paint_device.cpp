#include "plotting/clipping_paint_device.h"

#include "plotting/clipping_paint_engine.h"

#include <cmath>

namespace gradlab {

ClippingPaintDevice::ClippingPaintDevice(QPaintDevice* target)
    : m_target(target)
    , m_engine(std::make_unique<ClippingPaintEngine>(target)) {}

ClippingPaintDevice::~ClippingPaintDevice() = default;

QPaintEngine* ClippingPaintDevice::paintEngine() const {
    return m_engine.get();
}

int ClippingPaintDevice::metric(PaintDeviceMetric metric) const {
    // QPaintDevice::metric is protected: ask the target through its public accessors.
    switch (metric) {
    case PdmWidth:
        return m_target->width();
    case PdmHeight:
        return m_target->height();
    case PdmWidthMM:
        return m_target->widthMM();
    case PdmHeightMM:
        return m_target->heightMM();
    case PdmNumColors:
        return m_target->colorCount();
    case PdmDepth:
        return m_target->depth();
    case PdmDpiX:
        return m_target->logicalDpiX();
    case PdmDpiY:
        return m_target->logicalDpiY();
    case PdmPhysicalDpiX:
        return m_target->physicalDpiX();
    case PdmPhysicalDpiY:
        return m_target->physicalDpiY();
    case PdmDevicePixelRatio:
        return static_cast<int>(std::lround(m_target->devicePixelRatio()));
    case PdmDevicePixelRatioScaled:
        return static_cast<int>(std::lround(m_target->devicePixelRatio() * devicePixelRatioFScale()));
    }
    return QPaintDevice::metric(metric);
}

} // namespace gradlab
