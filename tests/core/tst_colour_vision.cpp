// The colour maths the palette test stands on: CIEDE2000 against Sharma, Wu & Dalal's published test pairs,
// CIELAB against known values, and Machado et al.'s simulation against the published matrices and against
// hand-checked results (computed independently in Python from the same published matrices).

#include "colour/colour_difference.h"
#include "colour/colour_vision.h"

#include <QTest>

using namespace gradlab;

class TestColourVision : public QObject {
    Q_OBJECT
private slots:
    void deltaE2000MatchesSharma_data();
    void deltaE2000MatchesSharma();
    void deltaE2000IsSymmetric();
    void labOfKnownColours_data();
    void labOfKnownColours();
    void hexRoundTrips();
    void matricesArePublishedOnes();
    void greysStayGrey_data();
    void greysStayGrey();
    void simulatedColours_data();
    void simulatedColours();
    void redGreenMergeForDeuteranopes();
};

void TestColourVision::deltaE2000MatchesSharma_data() {
    QTest::addColumn<double>("l1");
    QTest::addColumn<double>("a1");
    QTest::addColumn<double>("b1");
    QTest::addColumn<double>("l2");
    QTest::addColumn<double>("a2");
    QTest::addColumn<double>("b2");
    QTest::addColumn<double>("expected");
    // Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
    // supplementary test data, and mathematical observations", Table 1 (pairs 1, 2, 3, 7, 13, 17-20, 25).
    QTest::newRow("1") << 50.0 << 2.6772 << -79.7751 << 50.0 << 0.0 << -82.7485 << 2.0425;
    QTest::newRow("2") << 50.0 << 3.1571 << -77.2803 << 50.0 << 0.0 << -82.7485 << 2.8615;
    QTest::newRow("3") << 50.0 << 2.8361 << -74.0200 << 50.0 << 0.0 << -82.7485 << 3.4412;
    QTest::newRow("7: grey against a colour") << 50.0 << 0.0 << 0.0 << 50.0 << -1.0 << 2.0 << 2.3669;
    QTest::newRow("13: hue across 0°") << 50.0 << 2.49 << -0.001 << 50.0 << -2.49 << 0.0009 << 7.1792;
    QTest::newRow("17") << 50.0 << 2.5 << 0.0 << 73.0 << 25.0 << -18.0 << 27.1492;
    QTest::newRow("18") << 50.0 << 2.5 << 0.0 << 61.0 << -5.0 << 29.0 << 22.8977;
    QTest::newRow("19") << 50.0 << 2.5 << 0.0 << 56.0 << -27.0 << -3.0 << 31.9030;
    QTest::newRow("20") << 50.0 << 2.5 << 0.0 << 58.0 << 24.0 << 15.0 << 19.4535;
    QTest::newRow("25") << 60.2574 << -34.0099 << 36.2677 << 60.4626 << -34.1751 << 39.4387 << 1.2644;
}

void TestColourVision::deltaE2000MatchesSharma() {
    QFETCH(double, l1);
    QFETCH(double, a1);
    QFETCH(double, b1);
    QFETCH(double, l2);
    QFETCH(double, a2);
    QFETCH(double, b2);
    QFETCH(double, expected);
    const double got = deltaE2000({l1, a1, b1}, {l2, a2, b2});
    QVERIFY2(std::abs(got - expected) < 5e-5, qPrintable(QString::number(got, 'f', 6)));
}

void TestColourVision::deltaE2000IsSymmetric() {
    const Lab x{50, 2.5, 0}, y{73, 25, -18};
    QCOMPARE(deltaE2000(x, y), deltaE2000(y, x));
    QCOMPARE(deltaE2000(x, x), 0.0);
    QCOMPARE(deltaE76({50, 0, 0}, {53, 4, 0}), 5.0);
}

void TestColourVision::labOfKnownColours_data() {
    QTest::addColumn<uint>("rgb");
    QTest::addColumn<double>("l");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::newRow("white") << 0xffffffu << 100.0 << 0.0 << 0.0;
    QTest::newRow("black") << 0x000000u << 0.0 << 0.0 << 0.0;
    QTest::newRow("red") << 0xff0000u << 53.2408 << 80.0925 << 67.2032;
    QTest::newRow("Okabe-Ito blue") << 0x0072b2u << 45.9707 << -2.7429 << -41.3675;
}

void TestColourVision::labOfKnownColours() {
    QFETCH(uint, rgb);
    QFETCH(double, l);
    QFETCH(double, a);
    QFETCH(double, b);
    const Lab got = toLab(srgbFromHex(rgb));
    QVERIFY2(std::abs(got.l - l) < 2e-3 && std::abs(got.a - a) < 2e-3 && std::abs(got.b - b) < 2e-3,
             qPrintable(QStringLiteral("%1 %2 %3").arg(got.l).arg(got.a).arg(got.b)));
}

void TestColourVision::hexRoundTrips() {
    for (unsigned rgb : {0x000000u, 0xffffffu, 0xe69f00u, 0x56b4e9u, 0x010203u, 0xfefdfcu})
        QCOMPARE(hexFromSrgb(toSrgb(toLinear(srgbFromHex(rgb)))), rgb);
}

void TestColourVision::matricesArePublishedOnes() {
    // Machado et al. (2009), severity 1.0; as in colorspacious (colorspacious/cvd.py) and DaltonLens.
    QCOMPARE(colourVisionMatrix(ColourVision::Protanopia)[1], 1.052583);
    QCOMPARE(colourVisionMatrix(ColourVision::Deuteranopia)[0], 0.367322);
    QCOMPARE(colourVisionMatrix(ColourVision::Tritanopia)[7], 0.691367);
    // Each row sums to 1 (within the table's rounding): white stays white.
    for (ColourVision v : kColourVisions) {
        const auto& m = colourVisionMatrix(v);
        for (int row = 0; row < 3; ++row)
            QVERIFY2(std::abs(m[3 * row] + m[3 * row + 1] + m[3 * row + 2] - 1.0) < 2e-6,
                     colourVisionName(v));
    }
}

void TestColourVision::greysStayGrey_data() {
    QTest::addColumn<uint>("grey");
    for (unsigned g : {0x000000u, 0x555555u, 0x999999u, 0xffffffu})
        QTest::newRow(qPrintable(QString::number(g, 16))) << g;
}

void TestColourVision::greysStayGrey() {
    QFETCH(uint, grey);
    for (ColourVision v : kColourVisions)
        QCOMPARE(hexFromSrgb(simulateColourVision(srgbFromHex(grey), v)), grey);
}

void TestColourVision::simulatedColours_data() {
    QTest::addColumn<uint>("rgb");
    QTest::addColumn<int>("vision");
    QTest::addColumn<uint>("expected");
    QTest::newRow("red, deuteranopia") << 0xff0000u << int(ColourVision::Deuteranopia) << 0xa39000u;
    QTest::newRow("green, protanopia") << 0x00ff00u << int(ColourVision::Protanopia) << 0xffe500u;
    QTest::newRow("blue, tritanopia") << 0x0000ffu << int(ColourVision::Tritanopia) << 0x006b96u;
    QTest::newRow("old secant red, deuteranopia")
        << 0xd62728u << int(ColourVision::Deuteranopia) << 0x8b7c1fu;
    QTest::newRow("normal vision is unchanged") << 0xcc79a7u << int(ColourVision::Normal) << 0xcc79a7u;
}

void TestColourVision::simulatedColours() {
    QFETCH(uint, rgb);
    QFETCH(int, vision);
    QFETCH(uint, expected);
    const unsigned got =
        hexFromSrgb(simulateColourVision(srgbFromHex(rgb), static_cast<ColourVision>(vision)));
    QCOMPARE(QString::number(got, 16), QString::number(expected, 16));
}

void TestColourVision::redGreenMergeForDeuteranopes() {
    // The palette before issue #19: the secant's red and the tangent's green, far apart for most people
    // (ΔE00 ≈ 72) and a few units apart for a deuteranope: what the palette test exists to catch.
    const Srgb red = srgbFromHex(0xd62728), green = srgbFromHex(0x2ca02c);
    QVERIFY(deltaE2000(toLab(red), toLab(green)) > 60);
    const double seen = deltaE2000(toLab(simulateColourVision(red, ColourVision::Deuteranopia)),
                                   toLab(simulateColourVision(green, ColourVision::Deuteranopia)));
    QVERIFY2(seen < 6, qPrintable(QString::number(seen)));
}

QTEST_GUILESS_MAIN(TestColourVision)
#include "tst_colour_vision.moc"
