// Contour levels and lines over surfaces of several kinds (valleys, saddles, poles, undefined regions,
// corners): contourLevels() keeps the levels that the plain greedy rule over every cell keeps, and
// traceContours() draws the segments of plain marching squares, joined into chains that the lines' ends and
// shared edges imply.

#include "geometry/contours.h"
#include "geometry/value_scale.h"
#include "test_helpers.h"

#include <QTest>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

using namespace gradlab;

namespace {
/// The greedy rule as the header states it, cell by cell: a candidate level is kept if, in every cell whose
/// corners reach both it and the last kept level (and where f changes by at most three level steps), their
/// lines are at least minGap apart: |∇f| · minGap ≤ level − below.
std::vector<double> plainLevels(const Grid& g, const ValueScale& scale, int count, double minGap) {
    std::vector<double> levels;
    const double step = scale.top() / (count + 1);
    const double dx = (g.xmax - g.xmin) / (g.nx - 1), dy = (g.ymax - g.ymin) / (g.ny - 1);
    for (int k = 1; k <= count; ++k) {
        const double level = scale.fromScale(k * step);
        bool spaced = true;
        for (int j = 0; spaced && !levels.empty() && j + 1 < g.ny; ++j)
            for (int i = 0; spaced && i + 1 < g.nx; ++i) {
                const double a = g.at(i, j), b = g.at(i + 1, j), c = g.at(i + 1, j + 1), d = g.at(i, j + 1);
                if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) || !std::isfinite(d))
                    continue;
                const double lo = std::min({a, b, c, d}), hi = std::max({a, b, c, d});
                if (scale.toScale(hi) - scale.toScale(lo) > 3 * step) continue;
                const double gx = 0.5 * ((b - a) + (c - d)) / dx, gy = 0.5 * ((d - a) + (c - b)) / dy;
                if (hi >= levels.back() && lo <= level && std::hypot(gx, gy) * minGap > level - levels.back())
                    spaced = false;
            }
        if (spaced) levels.push_back(level);
    }
    return levels;
}

using Segment = std::array<double, 4>; // x1, y1, x2, y2 with (x1, y1) the smaller end

/// Plain marching squares, one cell at a time, segments in no particular order.
std::vector<Segment> plainSegments(const Grid& g, double level) {
    std::vector<Segment> out;
    const double dx = (g.xmax - g.xmin) / (g.nx - 1), dy = (g.ymax - g.ymin) / (g.ny - 1);
    for (int j = 0; j + 1 < g.ny; ++j)
        for (int i = 0; i + 1 < g.nx; ++i) {
            const double a = g.at(i, j), b = g.at(i + 1, j), c = g.at(i + 1, j + 1), d = g.at(i, j + 1);
            if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) || !std::isfinite(d)) continue;
            const int index = (a > level) | ((b > level) << 1) | ((c > level) << 2) | ((d > level) << 3);
            const double x0 = g.x(i), y0 = g.y(j);
            auto t = [level](double u, double v) { return (level - u) / (v - u); };
            const double e[4][2] = {{x0 + dx * t(a, b), y0},
                                    {x0 + dx, y0 + dy * t(b, c)},
                                    {x0 + dx * t(d, c), y0 + dy},
                                    {x0, y0 + dy * t(a, d)}}; // bottom, right, top, left
            auto add = [&](int p, int q) { out.push_back({e[p][0], e[p][1], e[q][0], e[q][1]}); };
            const bool centreAbove = 0.25 * (a + b + c + d) > level;
            // The edges each case joins, as a table (bottom 0, right 1, top 2, left 3); the saddle cases 5
            // and 10 are decided by the centre.
            static const int kJoins[16][2] = {{-1, -1}, {3, 0}, {0, 1}, {3, 1},  {1, 2},   {-1, -1},
                                              {0, 2},   {3, 2}, {3, 2}, {0, 2},  {-1, -1}, {1, 2},
                                              {3, 1},   {0, 1}, {3, 0}, {-1, -1}};
            if (index == 5 || index == 10) {
                const bool joinLeftTop = (index == 5) == centreAbove;
                add(3, joinLeftTop ? 2 : 0);
                add(joinLeftTop ? 0 : 1, joinLeftTop ? 1 : 2);
            } else if (kJoins[index][0] >= 0) {
                add(kJoins[index][0], kJoins[index][1]);
            }
        }
    return out;
}

Segment canonical(Segment s) {
    if (std::make_pair(s[2], s[3]) < std::make_pair(s[0], s[1])) std::swap(s[0], s[2]), std::swap(s[1], s[3]);
    return s;
}

/// How many connected lines the segments make (segments meet where their ends coincide within `tol`).
int lineCount(const std::vector<Segment>& segments, double tol) {
    std::vector<int> parent(segments.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    std::map<std::pair<long long, long long>, std::vector<int>> ends;
    for (int s = 0; s < static_cast<int>(segments.size()); ++s)
        for (int e = 0; e < 2; ++e)
            ends[{std::llround(segments[s][2 * e] / tol), std::llround(segments[s][2 * e + 1] / tol)}]
                .push_back(s);
    for (const auto& [key, list] : ends)
        for (int s : list)
            parent[root(s)] = root(list.front());
    int count = 0;
    for (int s = 0; s < static_cast<int>(segments.size()); ++s)
        count += root(s) == s;
    return count;
}
} // namespace

class TestContours : public QObject {
    Q_OBJECT
private slots:
    void levelsFollowTheGreedyRule_data();
    void levelsFollowTheGreedyRule();
    void linesAreMarchingSquaresInChains_data();
    void linesAreMarchingSquaresInChains();
};

namespace {
void surfaces() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("xmin");
    QTest::addColumn<double>("xmax");
    QTest::addColumn<double>("ymin");
    QTest::addColumn<double>("ymax");
    QTest::newRow("Rosenbrock's valley") << "(1-x)^2 + 100(y-x^2)^2" << -2.0 << 2.0 << -1.0 << 3.0;
    QTest::newRow("Himmelblau, four minima")
        << "(x^2 + y - 11)^2 + (x + y^2 - 7)^2" << -5.0 << 5.0 << -5.0 << 5.0;
    QTest::newRow("saddle") << "x^2 - y^2" << -2.0 << 2.0 << -2.0 << 2.0;
    QTest::newRow("egg crate") << "sin(3x) cos(2y)" << -2.0 << 2.0 << -2.0 << 2.0;
    QTest::newRow("pole at the origin") << "1/(x^2 + y^2)" << -1.0 << 1.0 << -1.0 << 1.0;
    QTest::newRow("undefined for x < 0") << "ln(x) + y^2" << -1.0 << 3.0 << -2.0 << 2.0;
    QTest::newRow("corners of |x| + |y|") << "abs(x) + 2abs(y)" << -1.3 << 1.7 << -1.1 << 0.9;
    QTest::newRow("steep and flat: exp(4x) + y") << "exp(4x) + y" << -2.0 << 2.0 << -2.0 << 2.0;
}
} // namespace

void TestContours::levelsFollowTheGreedyRule_data() {
    surfaces();
}

void TestContours::levelsFollowTheGreedyRule() {
    QFETCH(QString, formula);
    QFETCH(double, xmin);
    QFETCH(double, xmax);
    QFETCH(double, ymin);
    QFETCH(double, ymax);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const Grid g = sampleGrid(*f, xmin, xmax, ymin, ymax, 90, 70);
    const ValueScale scale = ValueScale::fit(g.values);
    const std::vector<double> scaled = scale.toScale(g.values);
    for (const double share : {0.003, 0.01, 0.04, 0.15}) {
        const double gap = share * std::max(xmax - xmin, ymax - ymin);
        const std::vector<double> expected = plainLevels(g, scale, 20, gap);
        QVERIFY(!expected.empty());
        QCOMPARE(contourLevels(g, scale, 20, gap), expected);
        QCOMPARE(contourLevels(g, scale, 20, gap, &scaled), expected);
    }
}

void TestContours::linesAreMarchingSquaresInChains_data() {
    surfaces();
}

void TestContours::linesAreMarchingSquaresInChains() {
    QFETCH(QString, formula);
    QFETCH(double, xmin);
    QFETCH(double, xmax);
    QFETCH(double, ymin);
    QFETCH(double, ymax);
    const FunctionPtr f = test::compile(formula);
    QVERIFY(f);
    const Grid g = sampleGrid(*f, xmin, xmax, ymin, ymax, 120, 95);
    const std::vector<double> levels = contourLevels(g, 20);
    QVERIFY(levels.size() >= 3);
    const std::vector<ContourLevel> traced = traceContours(g, levels);
    QCOMPARE(traced.size(), levels.size());
    const double tol = 1e-9 * std::max(xmax - xmin, ymax - ymin);
    for (std::size_t k = 0; k < levels.size(); ++k) {
        const ContourLevel& c = traced[k];
        QCOMPARE(c.level, levels[k]);
        QCOMPARE(c.x.size(), c.y.size());
        QVERIFY(c.x.size() % 2 == 0);
        // The same segments as plain marching squares, each once.
        std::vector<Segment> got, expected = plainSegments(g, levels[k]);
        int chains = 0;
        for (std::size_t s = 0; s + 1 < c.x.size(); s += 2) {
            got.push_back(canonical({c.x[s], c.y[s], c.x[s + 1], c.y[s + 1]}));
            chains += s == 0 || c.x[s] != c.x[s - 1] || c.y[s] != c.y[s - 1];
        }
        for (Segment& s : expected)
            s = canonical(s);
        // Compared on a lattice much finer than the grid: a shared edge's crossing may differ in its last
        // bits.
        auto snapped = [tol](const std::vector<Segment>& list) {
            std::vector<std::array<long long, 4>> out;
            for (const Segment& s : list)
                out.push_back({std::llround(s[0] / tol), std::llround(s[1] / tol), std::llround(s[2] / tol),
                               std::llround(s[3] / tol)});
            std::sort(out.begin(), out.end());
            return out;
        };
        QCOMPARE(got.size(), expected.size());
        QVERIFY2(snapped(got) == snapped(expected), qPrintable(QStringLiteral("level %1").arg(levels[k])));
        // One chain per connected line: a line is never cut into pieces.
        QCOMPARE(chains, lineCount(expected, tol));
    }
}

QTEST_GUILESS_MAIN(TestContours)
#include "tst_contours.moc"
