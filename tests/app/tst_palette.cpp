// Issue #19: every pair of colours that carries meaning (plotting/palette_pairs.h) stays apart for normal
// vision and for the three colour vision deficiencies simulated as Machado et al. (2009) at severity 1.0,
// measured as CIEDE2000 (≥ 10 for lines, markers, arrows and text; ≥ 5 for translucent bands side by side,
// which also carry a hatch). And the second cues: each optimizer its own marker, failing regimes hatched.

#include "colour/colour_difference.h"
#include "colour/colour_vision.h"
#include "plotting/optimizer_marker.h"
#include "plotting/palette.h"
#include "plotting/palette_pairs.h"
#include "plotting/regime_brush.h"

#include <QSet>
#include <QTest>

using namespace gradlab;

class TestPalette : public QObject {
    Q_OBJECT
private slots:
    void meaningfulPairsStayApart_data();
    void meaningfulPairsStayApart();
    void theListCoversTheLessons();
    void everyOptimizerHasItsOwnMarker();
    void failingRegimesAreHatched();
    void colourVisionColoursCanBeTold();
};

namespace {
Srgb srgb(const QColor& c) {
    return srgbFromHex(c.rgb() & 0xffffffu);
}
double seenDifference(const QColor& a, const QColor& b, ColourVision v) {
    return deltaE2000(toLab(simulateColourVision(srgb(a), v)), toLab(simulateColourVision(srgb(b), v)));
}
} // namespace

void TestPalette::meaningfulPairsStayApart_data() {
    QTest::addColumn<QColor>("first");
    QTest::addColumn<QColor>("second");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<int>("vision");
    for (const palette::ColourPair& p : palette::meaningfulPairs())
        for (ColourVision v : kColourVisions)
            QTest::newRow(
                qPrintable(QStringLiteral("%1, %2").arg(p.what, QString::fromLatin1(colourVisionName(v)))))
                << p.first << p.second << p.minimum << static_cast<int>(v);
}

void TestPalette::meaningfulPairsStayApart() {
    QFETCH(QColor, first);
    QFETCH(QColor, second);
    QFETCH(double, minimum);
    QFETCH(int, vision);
    const double seen = seenDifference(first, second, static_cast<ColourVision>(vision));
    QVERIFY2(seen >= minimum, qPrintable(QStringLiteral("%1 and %2 are ΔE00 %3 apart, below %4")
                                             .arg(first.name(), second.name())
                                             .arg(seen, 0, 'f', 1)
                                             .arg(minimum)));
}

void TestPalette::theListCoversTheLessons() {
    // The list names the pairs the issue calls out; a pair dropped from it would go unmeasured.
    QSet<QString> names;
    for (const palette::ColourPair& p : palette::meaningfulPairs())
        names.insert(p.what);
    for (const char* required :
         {"secant vs tangent", "curve vs tangent", "curve vs secant", "curve vs point", "gradient vs descent",
          "∂x vs ∂y", "forward vs backward scheme", "forward vs central scheme", "backward vs central scheme",
          "monotone vs diverging (legend swatch)", "bouncing band vs diverging band", "gd vs momentum",
          "adam vs newton", "diverged cells vs final-loss colour 1"})
        QVERIFY2(names.contains(QString::fromUtf8(required)), required);
    int racePairs = 0;
    for (const palette::ColourPair& p : palette::meaningfulPairs())
        racePairs += p.first == palette::optimizer(OptimizerKind::GradientDescent) &&
                     p.what.startsWith(QStringLiteral("gd vs ")) && !p.what.contains(QStringLiteral("map"));
    QCOMPARE(racePairs, kOptimizerCount); // six rivals and the point
}

void TestPalette::everyOptimizerHasItsOwnMarker() {
    QSet<int> shapes, colours;
    for (OptimizerKind k : kOptimizers) {
        shapes.insert(palette::optimizerMarker(k));
        colours.insert(static_cast<int>(palette::optimizer(k).rgb()));
        QVERIFY(palette::optimizer(k) != palette::point); // orange is the point you drag
    }
    QCOMPARE(shapes.size(), kOptimizerCount);
    QCOMPARE(colours.size(), kOptimizerCount);
}

void TestPalette::failingRegimesAreHatched() {
    for (int r = 0; r < kRegimeCount; ++r) {
        const QBrush brush = regimeBrush(r);
        const bool failing = r == int(Regime::Diverging) || r == int(Regime::Unbounded) ||
                             r == int(Regime::LeftDomain) || r == int(Regime::Irregular);
        QCOMPARE(isHatchedRegime(r), failing);
        QCOMPARE(brush.style() == Qt::TexturePattern, failing);
        if (!failing)
            QCOMPARE(brush.color(), palette::regimeBand(r));
        else {
            // The hatch's stroke is the regime's colour, darker than the fill around it.
            const QImage tile = brush.texture().toImage();
            QVERIFY(!tile.isNull());
            QVERIFY(QColor(tile.pixel(6, 6)).lightness() < QColor(tile.pixel(1, 6)).lightness() ||
                    tile.pixelColor(6, 6).alpha() > tile.pixelColor(1, 6).alpha());
        }
    }
}

void TestPalette::colourVisionColoursCanBeTold() {
    // The test can fail: the palette before issue #19 put the secant's red beside the tangent's green,
    // which a deuteranope sees a few units apart.
    QVERIFY(seenDifference(QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c), ColourVision::Deuteranopia) <
            palette::kLineDifference);
    QVERIFY(seenDifference(palette::secant, palette::tangent, ColourVision::Deuteranopia) >=
            palette::kLineDifference);
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
