#pragma once
// An animated GIF written frame by frame with giflib: one palette for the whole animation (so colours do
// not flicker between frames), each frame stored as the rectangle that changed since the one before,
// looping forever.

#include <QImage>
#include <QString>
#include <QVector>
#include <array>
#include <vector>

class QIODevice;
struct GifFileType;

namespace gradlab {

class GifWriter {
public:
    /// The palette index that stands for "unchanged since the frame before"; palettes hold at most this
    /// many colours.
    static constexpr unsigned char kTransparentIndex = 255;

    GifWriter() = default;
    ~GifWriter();
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    /// A palette of at most 255 colours for these sample frames (median cut), refined to the samples'
    /// exact mean colours so that flat colours such as white stay exact.
    static QVector<QRgb> paletteFor(const QList<QImage>& samples);

    /// Starts a GIF of `size` pixels on `device` with `palette`. False with the reason on failure.
    bool open(QIODevice* device, QSize size, const QVector<QRgb>& palette, QString* error);
    /// Adds a frame (the open() size) shown for `delayCentiseconds`.
    bool addFrame(const QImage& frame, int delayCentiseconds, QString* error);
    /// Finishes the file.
    bool close(QString* error);

private:
    bool fail(int code, QString* error);

    GifFileType* m_gif = nullptr;
    QSize m_size;
    QVector<QRgb> m_palette;
    std::array<unsigned char, 32768> m_lookup{}; ///< 5-bit-per-channel colour → palette index
    std::vector<unsigned char> m_previous;       ///< the last frame's indices
    bool m_first = true;
};

} // namespace gradlab
