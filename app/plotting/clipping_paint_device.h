#pragma once
// A paint device that forwards to another one through ClippingPaintEngine, so that clipping is carried
// out even where the real device ignores it (QSvgGenerator in Qt 6.4). Same size and resolution as the
// device it wraps.

#include <QPaintDevice>
#include <memory>

namespace gradlab {

class ClippingPaintEngine;

class ClippingPaintDevice : public QPaintDevice {
public:
    /// `target` must outlive this device.
    explicit ClippingPaintDevice(QPaintDevice* target);
    ~ClippingPaintDevice() override;

    QPaintEngine* paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPaintDevice* m_target;
    std::unique_ptr<ClippingPaintEngine> m_engine;
};

} // namespace gradlab
