#include "presets/catalogue.h"

namespace gradlab {

namespace {

Preset one(std::string id, std::string name, std::string title, std::string formula, double xmin, double xmax,
           double ymin, double ymax, double start, double lr, int steps, std::vector<KnownMinimum> minima,
           std::string note) {
    Preset p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.title = std::move(title);
    p.formula = std::move(formula);
    p.dimension = 1;
    p.domain[0] = xmin;
    p.domain[1] = xmax;
    p.domain[2] = ymin;
    p.domain[3] = ymax;
    p.start[0] = start;
    p.learningRate = lr;
    p.steps = steps;
    p.minima = std::move(minima);
    p.note = std::move(note);
    return p;
}

Preset two(std::string id, std::string name, std::string title, std::string formula, double xmin, double xmax,
           double ymin, double ymax, double sx, double sy, double lr, int steps,
           std::vector<KnownMinimum> minima, std::string note) {
    Preset p = one(std::move(id), std::move(name), std::move(title), std::move(formula), xmin, xmax, ymin,
                   ymax, sx, lr, steps, std::move(minima), std::move(note));
    p.dimension = 2;
    p.start[1] = sy;
    return p;
}

KnownMinimum at(double x, double value, bool global = true) {
    KnownMinimum m;
    m.point[0] = x;
    m.value = value;
    m.global = global;
    return m;
}

KnownMinimum at(double x, double y, double value, bool global) {
    KnownMinimum m = at(x, value, global);
    m.point[1] = y;
    return m;
}

constexpr double kPi = 3.14159265358979323846;

std::vector<Preset> build() {
    std::vector<Preset> c;
    c.push_back(one("square", "Parabola", "Parabola x²", "x^2", -3, 3, -1, 9, 2.5, 0.1, 50, {at(0, 0)},
                    "The simplest bowl: the slope 2x is zero only at the bottom."));
    c.push_back(one("cube", "Cubic", "Cubic x³", "x^3", -2, 2, -8, 8, 1.5, 0.05, 50, {},
                    "The slope is zero at 0, yet 0 is neither a minimum nor a maximum."));
    c.push_back(one("sine", "Sine", "Sine wave", "sin(x)", -2 * kPi, 2 * kPi, -1.5, 1.5, 1.0, 0.1, 100,
                    {at(-kPi / 2, -1), at(3 * kPi / 2, -1)},
                    "The slope of sin is cos: rising, flat, falling."));
    c.push_back(one("exponential", "Exponential", "Exponential eˣ", "exp(x)", -3, 2, -0.5, 7.5, 1.0, 0.1, 50,
                    {}, "The only function that is its own slope; it has no minimum."));
    c.push_back(one("shifted-bowl", "Shifted bowl", "Loss (w − 3)²", "(w-3)^2", -2, 9, -1, 30, 8.0, 0.1, 10,
                    {at(3, 0)}, "The lesson's first loss: from w = 8 with learning rate 0.1."));
    c.push_back(one("lifted-bowl", "Lifted bowl", "Loss (w − 3)² + 1", "(w-3)^2 + 1", -2, 8, 0, 27, 0.0, 0.1,
                    50, {at(3, 1)}, "The same bowl lifted by 1: the minimum value is 1, not 0."));
    c.push_back(one("quartic", "Two valleys", "Two valleys w⁴ − 4w² + w", "w^4 - 4w^2 + w", -2.5, 2.5, -6.5,
                    12, 2.0, 0.01, 100,
                    {at(-1.4729976011140302, -5.4441920666108965, true),
                     at(1.346997408527774, -2.6185559807652474, false)},
                    "Where you start decides which valley you end in."));
    c.push_back(one("practice-cubic", "Practice cubic", "Practice cubic x³ − 6x² + 9x + 1",
                    "x^3 - 6x^2 + 9x + 1", -0.5, 4.5, -2, 8, 4.0, 0.05, 100, {at(3, 1, false)},
                    "A local maximum at x = 1 and a local minimum at x = 3."));

    c.push_back(two("elliptic-bowl", "Elliptical bowl", "Elliptical bowl x² + 3y²", "x^2 + 3y^2", -5, 5, -5,
                    5, 4, 3, 0.05, 100, {at(0, 0, 0, true)},
                    "Steeper in y than in x: the gradient does not point at the centre."));
    c.push_back(two("two-weights", "Two weights", "Two weights (w1 − 2)² + (w2 − 5)²", "(w1-2)^2 + (w2-5)^2",
                    -1, 6, -1, 8, 0, 0, 0.1, 15, {at(2, 5, 0, true)},
                    "Each weight gets its own partial derivative."));
    c.push_back(two("rosenbrock", "Rosenbrock", "Rosenbrock's banana valley", "(1-x)^2 + 100(y-x^2)^2", -2, 2,
                    -1, 3, -1.5, 2, 0.001, 2000, {at(1, 1, 0, true)},
                    "Easy to find the valley, hard to walk along it."));
    c.push_back(two("himmelblau", "Himmelblau", "Himmelblau's function", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
                    -5, 5, -5, 5, 0, 0, 0.01, 200,
                    {at(3, 2, 0, true), at(-2.805118086952745, 3.131312518250573, 0, true),
                     at(-3.779310253377747, -3.283185991286169, 0, true),
                     at(3.5844283403304917, -1.8481265269644034, 0, true)},
                    "Four equal minima: the start decides which one you reach."));
    c.push_back(two("beale", "Beale", "Beale's function",
                    "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", -4.5, 4.5, -4.5, 4.5,
                    1, 1, 0.001, 2000, {at(3, 0.5, 0, true)},
                    "Flat plateaus and sharp walls: a test for adaptive optimizers."));
    c.push_back(two("booth", "Booth", "Booth's function", "(x + 2y - 7)^2 + (2x + y - 5)^2", -10, 10, -10, 10,
                    -5, -5, 0.05, 200, {at(1, 3, 0, true)}, "A tilted quadratic bowl."));
    c.push_back(two("matyas", "Matyas", "Matyas function", "0.26(x^2 + y^2) - 0.48x*y", -10, 10, -10, 10, 8,
                    -6, 0.5, 500, {at(0, 0, 0, true)}, "A shallow, elongated bowl: plain descent crawls."));
    c.push_back(
        two("three-hump-camel", "Three-hump camel", "Three-hump camel", "2x^2 - 1.05x^4 + x^6/6 + x*y + y^2",
            -2.5, 2.5, -2.5, 2.5, 2, 1.5, 0.01, 500,
            {at(0, 0, 0, true), at(1.747552345830289, -0.8737761729151445, 0.29863844223686054, false),
             at(-1.747552345830289, 0.8737761729151445, 0.29863844223686054, false)},
            "One global minimum between two local ones."));
    c.push_back(two("saddle", "Saddle", "Saddle x² − y²", "x^2 - y^2", -2, 2, -2, 2, 1.5, 0.01, 0.1, 100, {},
                    "The gradient is zero at the origin, but it is no minimum: a saddle."));
    c.push_back(two("monkey-saddle", "Monkey saddle", "Monkey saddle x³ − 3xy²", "x^3 - 3x*y^2", -1.5, 1.5,
                    -1.5, 1.5, 1.0, 0.1, 0.01, 200, {},
                    "Flat at the origin with a zero Hessian, so second derivatives cannot tell what it is: f "
                    "falls three ways from it and rises three ways."));
    c.push_back(two("rastrigin", "Rastrigin", "Rastrigin's function",
                    "20 + x^2 - 10cos(2pi*x) + y^2 - 10cos(2pi*y)", -5.12, 5.12, -5.12, 5.12, 2.2, -1.7,
                    0.002, 500, {at(0, 0, 0, true)}, "Many local minima on a bowl: descent gets trapped."));
    c.push_back(two("two-basins", "Two basins", "Two basins (x² − 1)² + y² + 0.3x",
                    "(x^2 - 1)^2 + y^2 + 0.3x", -2, 2, -1.5, 1.5, 1.5, 1, 0.05, 200,
                    {at(-1.0355787140888537, 0, -0.305428483743916, true),
                     at(0.9601495555191055, 0, 0.29414648102826285, false)},
                    "A local minimum on the right, the global one on the left."));
    return c;
}

} // namespace

const std::vector<Preset>& presetCatalogue() {
    static const std::vector<Preset> catalogue = build();
    return catalogue;
}

const Preset* findPreset(const std::string& id) {
    for (const Preset& p : presetCatalogue())
        if (p.id == id) return &p;
    return nullptr;
}

} // namespace gradlab
