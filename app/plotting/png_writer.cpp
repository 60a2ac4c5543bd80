#include "plotting/png_writer.h"

#include <QIODevice>
#include <QObject>
#include <algorithm>
#include <array>
#include <cstdint>
#include <thread>
#include <vector>
#include <zlib.h>

namespace gradlab {

namespace {

using Bytes = std::vector<unsigned char>;

void putUint32(Bytes& out, std::uint32_t v) {
    out.push_back(static_cast<unsigned char>(v >> 24));
    out.push_back(static_cast<unsigned char>(v >> 16));
    out.push_back(static_cast<unsigned char>(v >> 8));
    out.push_back(static_cast<unsigned char>(v));
}

/// Appends a chunk: its length, type, data and the CRC of type and data.
void putChunk(Bytes& out, const char type[4], const unsigned char* data, std::size_t size) {
    putUint32(out, static_cast<std::uint32_t>(size));
    const std::size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data, data + size);
    const auto crc = crc32(0L, out.data() + start, static_cast<uInt>(size + 4));
    putUint32(out, static_cast<std::uint32_t>(crc));
}

/// Whether every pixel of `image` (32 bits per pixel, alpha in the top byte) is opaque.
bool isOpaque(const QImage& image) {
    if (!image.hasAlphaChannel()) return true;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(line[x]) != 255) return false;
    }
    return true;
}

/// Row `y` of `image` (not premultiplied unless opaque) as PNG samples: R, G, B (and A unless `opaque`).
void samples(const QImage& image, int y, bool opaque, unsigned char* out) {
    const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
    for (int x = 0; x < image.width(); ++x) {
        *out++ = static_cast<unsigned char>(qRed(line[x]));
        *out++ = static_cast<unsigned char>(qGreen(line[x]));
        *out++ = static_cast<unsigned char>(qBlue(line[x]));
        if (!opaque) *out++ = static_cast<unsigned char>(qAlpha(line[x]));
    }
}

/// A band of rows, filtered and compressed on its own thread.
struct Band {
    int first = 0, last = 0; ///< rows [first, last)
    Bytes deflated;
    uLong adler = 1;
    std::size_t rawSize = 0;
    bool ok = true;
};

/// The Up filter (each byte minus the one above it; the first row as it is), in place after the filter-type
/// byte: one subtraction per byte, and for figures (flat backgrounds, colour fields changing slowly down the
/// page) within a few per cent of libpng's adaptive choice of filter in size.
void filterUp(unsigned char* row, const unsigned char* above, int bytes) {
    row[0] = 2; // filter type Up
    if (!above) return;
    for (int i = 1; i <= bytes; ++i)
        row[i] = static_cast<unsigned char>(row[i] - above[i]);
}

void compressBand(const std::vector<Bytes>* rows, Band* band, bool lastBand) {
    z_stream z{};
    // Raw deflate (no zlib header): the bands are joined into one stream, which gets one header and one
    // checksum. Level 1: zlib's fastest that compresses.
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        band->ok = false;
        return;
    }
    const std::size_t rowBytes = (*rows)[0].size();
    band->rawSize = rowBytes * static_cast<std::size_t>(band->last - band->first);
    band->deflated.resize(deflateBound(&z, static_cast<uLong>(band->rawSize)) + 16);
    z.next_out = band->deflated.data();
    z.avail_out = static_cast<uInt>(band->deflated.size());
    for (int y = band->first; y < band->last && band->ok; ++y) {
        const Bytes& row = (*rows)[static_cast<std::size_t>(y)];
        band->adler = adler32(band->adler, row.data(), static_cast<uInt>(row.size()));
        z.next_in = const_cast<unsigned char*>(row.data());
        z.avail_in = static_cast<uInt>(row.size());
        // Every band but the last ends with a sync flush: byte-aligned, and no final block.
        const int flush = y + 1 < band->last ? Z_NO_FLUSH : (lastBand ? Z_FINISH : Z_SYNC_FLUSH);
        const int result = deflate(&z, flush);
        if (result == Z_STREAM_ERROR || z.avail_in != 0) band->ok = false;
    }
    band->deflated.resize(band->deflated.size() - z.avail_out);
    deflateEnd(&z);
}

} // namespace

PngWriter::PngWriter(int threads)
    : m_threads(threads) {}

bool PngWriter::write(const QImage& source, QIODevice* device, QString* why) const {
    // Figures are drawn in 32 bits per pixel, read here row by row; any other format is converted first.
    const bool direct = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32 ||
                        source.format() == QImage::Format_ARGB32_Premultiplied;
    const bool opaque = !source.hasAlphaChannel() || (direct && isOpaque(source));
    // PNG stores colours not premultiplied by alpha (Qt's conversion; translucent figures are the rare case).
    QImage image = source;
    if (opaque && !direct)
        image = source.convertToFormat(QImage::Format_RGB32);
    else if (!opaque && source.format() != QImage::Format_ARGB32)
        image = source.convertToFormat(QImage::Format_ARGB32);
    const int width = image.width(), height = image.height();
    const int rowBytes = width * (opaque ? 3 : 4);

    // The rows as PNG samples, each led by its filter byte.
    std::vector<Bytes> rows(static_cast<std::size_t>(height), Bytes(static_cast<std::size_t>(rowBytes) + 1));
    const int cores =
        m_threads > 0 ? m_threads : std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 4);
    // Bands of at least 64 rows: a band costs a flush and a thread.
    const int bandCount = std::clamp(height / 64, 1, cores);
    std::vector<Band> bands(static_cast<std::size_t>(bandCount));
    for (int b = 0; b < bandCount; ++b) {
        bands[static_cast<std::size_t>(b)].first = height * b / bandCount;
        bands[static_cast<std::size_t>(b)].last = height * (b + 1) / bandCount;
    }
    // Each band reads, filters and compresses its own rows; the row above its first is read again for it.
    auto work = [&](int b) {
        Band& band = bands[static_cast<std::size_t>(b)];
        Bytes above(static_cast<std::size_t>(rowBytes) + 1), current(above.size());
        if (band.first > 0) samples(image, band.first - 1, opaque, above.data() + 1);
        for (int y = band.first; y < band.last; ++y) {
            Bytes& row = rows[static_cast<std::size_t>(y)];
            samples(image, y, opaque, row.data() + 1);
            std::copy(row.begin(), row.end(), current.begin());
            filterUp(row.data(), y > 0 ? above.data() : nullptr, rowBytes);
            std::swap(above, current);
        }
        compressBand(&rows, &band, b + 1 == bandCount);
    };
    std::vector<std::thread> threads;
    for (int b = 1; b < bandCount; ++b)
        threads.emplace_back(work, b);
    work(0);
    for (std::thread& t : threads)
        t.join();

    Bytes out;
    const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    out.insert(out.end(), signature, signature + 8);
    Bytes header;
    putUint32(header, static_cast<std::uint32_t>(width));
    putUint32(header, static_cast<std::uint32_t>(height));
    header.insert(header.end(), {8, static_cast<unsigned char>(opaque ? 2 : 6), 0, 0, 0});
    putChunk(out, "IHDR", header.data(), header.size());
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        Bytes physical;
        putUint32(physical, static_cast<std::uint32_t>(image.dotsPerMeterX()));
        putUint32(physical, static_cast<std::uint32_t>(image.dotsPerMeterY()));
        physical.push_back(1); // per metre
        putChunk(out, "pHYs", physical.data(), physical.size());
    }
    // One zlib stream: its header (deflate, 32 KiB window, fastest), the bands, the Adler-32 of all rows.
    Bytes data = {0x78, 0x01};
    uLong adler = 1;
    for (const Band& band : bands) {
        if (!band.ok) {
            if (why) *why = QObject::tr("the image could not be compressed");
            return false;
        }
        data.insert(data.end(), band.deflated.begin(), band.deflated.end());
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.rawSize));
    }
    putUint32(data, static_cast<std::uint32_t>(adler));
    putChunk(out, "IDAT", data.data(), data.size());
    putChunk(out, "IEND", nullptr, 0);

    const qint64 written =
        device->write(reinterpret_cast<const char*>(out.data()), static_cast<qint64>(out.size()));
    if (written != static_cast<qint64>(out.size())) {
        if (why) *why = device->errorString();
        return false;
    }
    return true;
}

} // namespace gradlab
