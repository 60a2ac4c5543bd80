#pragma once
// A PNG encoder for exported figures: 8-bit RGB (an opaque image) or RGBA, every row filtered with the same
// filter, and the rows compressed by zlib's fastest level in bands on several threads at once (each band a
// raw deflate stream ended on a byte boundary, so that the bands, joined, are one stream, as pigz does).
// Qt's writer goes through libpng, which tries five filters on every row and compresses on one thread: for a
// 1200x800 figure that was a fifth of `gradlab render`. The file is an ordinary PNG that any reader opens.

#include <QImage>

class QIODevice;

namespace gradlab {

class PngWriter {
public:
    /// Encodes `image` (any format; an image with no alpha channel, or whose pixels are all opaque, as RGB)
    /// with up to `threads` threads (0: one per core, at most 4).
    explicit PngWriter(int threads = 0);

    /// Writes `image` to `device`; false with a reason in `why` if the device refused the bytes.
    bool write(const QImage& image, QIODevice* device, QString* why) const;

private:
    int m_threads;
};

} // namespace gradlab
