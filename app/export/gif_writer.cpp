#include "export/gif_writer.h"

#include <QIODevice>
#include <QObject>
#include <algorithm>
#include <gif_lib.h>

namespace gradlab {

namespace {

int writeToDevice(GifFileType* gif, const GifByteType* data, int length) {
    auto* device = static_cast<QIODevice*>(gif->UserData);
    return static_cast<int>(device->write(reinterpret_cast<const char*>(data), length));
}

int bin(QRgb c) {
    return ((qRed(c) >> 3) << 10) | ((qGreen(c) >> 3) << 5) | (qBlue(c) >> 3);
}

} // namespace

GifWriter::~GifWriter() {
    if (m_gif) {
        int code = 0;
        EGifCloseFile(m_gif, &code);
    }
}

QVector<QRgb> GifWriter::paletteFor(const QList<QImage>& samples) {
    // The samples stacked into one picture, quantized by giflib's median cut.
    std::vector<GifByteType> r, g, b;
    for (const QImage& sample : samples) {
        const QImage img = sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < img.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
            for (int x = 0; x < img.width(); ++x) {
                r.push_back(static_cast<GifByteType>(qRed(line[x])));
                g.push_back(static_cast<GifByteType>(qGreen(line[x])));
                b.push_back(static_cast<GifByteType>(qBlue(line[x])));
            }
        }
    }
    if (r.empty()) return {qRgb(0, 0, 0)};
    std::vector<GifByteType> indices(r.size());
    int count = 256;
    std::vector<GifColorType> colours(256);
    if (GifQuantizeBuffer(static_cast<unsigned>(r.size()), 1, &count, r.data(), g.data(), b.data(),
                          indices.data(), colours.data()) == GIF_ERROR)
        return {qRgb(0, 0, 0)};
    // Each colour becomes the exact mean of the pixels it stands for.
    std::vector<double> sum(static_cast<std::size_t>(count) * 3, 0.0);
    std::vector<double> n(static_cast<std::size_t>(count), 0.0);
    for (std::size_t i = 0; i < r.size(); ++i) {
        const std::size_t k = indices[i];
        sum[3 * k] += r[i];
        sum[3 * k + 1] += g[i];
        sum[3 * k + 2] += b[i];
        n[k] += 1;
    }
    // One index stays free for "unchanged since the last frame" (transparent): at 256 colours the one
    // standing for the fewest pixels goes (its pixels take the nearest remaining colour).
    int dropped = -1;
    if (count >= kTransparentIndex + 1) {
        dropped = 0;
        for (int k = 1; k < count; ++k)
            if (n[static_cast<std::size_t>(k)] < n[static_cast<std::size_t>(dropped)]) dropped = k;
    }
    QVector<QRgb> palette;
    for (int k = 0; k < count; ++k) {
        if (k == dropped) continue;
        const auto i = static_cast<std::size_t>(k);
        if (n[i] > 0)
            palette.append(qRgb(qRound(sum[3 * i] / n[i]), qRound(sum[3 * i + 1] / n[i]),
                                qRound(sum[3 * i + 2] / n[i])));
        else
            palette.append(qRgb(colours[i].Red, colours[i].Green, colours[i].Blue));
    }
    return palette;
}

bool GifWriter::fail(int code, QString* error) {
    if (error) *error = QString::fromUtf8(GifErrorString(code));
    return false;
}

bool GifWriter::open(QIODevice* device, QSize size, const QVector<QRgb>& palette, QString* error) {
    m_size = size;
    m_palette = palette.mid(0, kTransparentIndex);
    if (m_palette.isEmpty()) m_palette.append(qRgb(0, 0, 0));
    // Nearest palette colour for every 5-bit-per-channel colour, worked out once.
    for (int c = 0; c < 32768; ++c) {
        const int r = ((c >> 10) & 31) * 8 + 4, g = ((c >> 5) & 31) * 8 + 4, b = (c & 31) * 8 + 4;
        int best = 0;
        long bestDistance = -1;
        for (int k = 0; k < m_palette.size(); ++k) {
            const long dr = qRed(m_palette[k]) - r, dg = qGreen(m_palette[k]) - g,
                       db = qBlue(m_palette[k]) - b;
            const long d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        m_lookup[static_cast<std::size_t>(c)] = static_cast<unsigned char>(best);
    }
    int code = 0;
    m_gif = EGifOpen(device, writeToDevice, &code);
    if (!m_gif) return fail(code, error);
    EGifSetGifVersion(m_gif, true);
    std::vector<GifColorType> colours(256, GifColorType{0, 0, 0});
    for (int k = 0; k < m_palette.size(); ++k)
        colours[static_cast<std::size_t>(k)] = {static_cast<GifByteType>(qRed(m_palette[k])),
                                                static_cast<GifByteType>(qGreen(m_palette[k])),
                                                static_cast<GifByteType>(qBlue(m_palette[k]))};
    ColorMapObject* map = GifMakeMapObject(256, colours.data());
    const int ok = EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (ok == GIF_ERROR) return fail(m_gif->Error, error);
    // Loop forever (the Netscape application extension).
    const unsigned char loop[3] = {1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, 11, "NETSCAPE2.0") == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, 3, loop) == GIF_ERROR || EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        return fail(m_gif->Error, error);
    m_previous.assign(static_cast<std::size_t>(size.width()) * static_cast<std::size_t>(size.height()), 0);
    m_first = true;
    return true;
}

bool GifWriter::addFrame(const QImage& frame, int delayCentiseconds, QString* error) {
    if (!m_gif) {
        if (error) *error = QObject::tr("the GIF is not open");
        return false;
    }
    const QImage img = frame.convertToFormat(QImage::Format_RGB32);
    if (img.size() != m_size) {
        if (error) *error = QObject::tr("a frame has another size than the animation");
        return false;
    }
    const int w = m_size.width(), h = m_size.height();
    std::vector<unsigned char> indices(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    int left = w, right = -1, top = h, bottom = -1;
    for (int y = 0; y < h; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        unsigned char* out = indices.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
        const unsigned char* before =
            m_previous.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
        for (int x = 0; x < w; ++x) {
            out[x] = m_lookup[static_cast<std::size_t>(bin(line[x]))];
            if (m_first || out[x] != before[x]) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0) { // nothing changed: a one-pixel frame keeps the timing
        left = right = top = bottom = 0;
    }
    GraphicsControlBlock gcb;
    gcb.DisposalMode = DISPOSE_DO_NOT;
    gcb.UserInputFlag = false;
    gcb.DelayTime = delayCentiseconds;
    // After the first frame, pixels that did not change are written as the transparent index: the frame
    // before shows through (exactly the same pixels), and long runs of one index compress far better.
    gcb.TransparentColor = m_first ? NO_TRANSPARENT_COLOR : kTransparentIndex;
    GifByteType extension[4];
    const auto length = static_cast<int>(EGifGCBToExtension(&gcb, extension));
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, length, extension) == GIF_ERROR)
        return fail(m_gif->Error, error);
    const int rw = right - left + 1, rh = bottom - top + 1;
    if (EGifPutImageDesc(m_gif, left, top, rw, rh, false, nullptr) == GIF_ERROR)
        return fail(m_gif->Error, error);
    std::vector<GifByteType> row(static_cast<std::size_t>(rw));
    for (int y = top; y <= bottom; ++y) {
        const std::size_t offset = static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + left;
        for (int x = 0; x < rw; ++x) {
            const std::size_t i = offset + static_cast<std::size_t>(x);
            row[static_cast<std::size_t>(x)] =
                !m_first && indices[i] == m_previous[i] ? kTransparentIndex : indices[i];
        }
        if (EGifPutLine(m_gif, row.data(), rw) == GIF_ERROR) return fail(m_gif->Error, error);
    }
    m_previous.swap(indices);
    m_first = false;
    return true;
}

bool GifWriter::close(QString* error) {
    if (!m_gif) return true;
    int code = 0;
    const int ok = EGifCloseFile(m_gif, &code);
    m_gif = nullptr;
    return ok == GIF_ERROR ? fail(code, error) : true;
}

} // namespace gradlab
