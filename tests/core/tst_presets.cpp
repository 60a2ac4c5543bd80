// Every preset parses, and every listed minimum is one: gradient zero, Hessian positive definite, value
// as listed.

#include "descent/analysis.h"
#include "presets/catalogue.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestPresets : public QObject {
    Q_OBJECT
private slots:
    void catalogueHasTheLessonFunctions();
    void presetIsUsable_data();
    void presetIsUsable();
    void minimumIsAMinimum_data();
    void minimumIsAMinimum();
};

void TestPresets::catalogueHasTheLessonFunctions() {
    QStringList formulas;
    for (const Preset& p : presetCatalogue())
        formulas << QString::fromStdString(p.formula);
    for (const char* f :
         {"x^2", "x^3", "sin(x)", "exp(x)", "(w-3)^2", "(w-3)^2 + 1", "w^4 - 4w^2 + w", "x^3 - 6x^2 + 9x + 1",
          "x^2 + 3y^2", "(w1-2)^2 + (w2-5)^2", "(1-x)^2 + 100(y-x^2)^2", "x^2 - y^2", "x^3 - 3x*y^2"})
        QVERIFY2(formulas.contains(QString::fromLatin1(f)), f);
    for (const char* id :
         {"himmelblau", "beale", "booth", "matyas", "three-hump-camel", "rastrigin", "two-basins"})
        QVERIFY2(findPreset(id), id);
}

void TestPresets::presetIsUsable_data() {
    QTest::addColumn<QString>("id");
    for (const Preset& p : presetCatalogue())
        QTest::newRow(p.id.c_str()) << QString::fromStdString(p.id);
}

void TestPresets::presetIsUsable() {
    QFETCH(QString, id);
    const Preset* p = findPreset(id.toStdString());
    const FunctionPtr f = test::compile(QString::fromStdString(p->formula));
    QVERIFY(f);
    QCOMPARE(f->dimension(), p->dimension);
    QVERIFY(p->domain[0] < p->start[0] && p->start[0] < p->domain[1]);
    if (p->dimension == 2) QVERIFY(p->domain[2] < p->start[1] && p->start[1] < p->domain[3]);
    QVERIFY(p->learningRate > 0);
    QVERIFY(std::isfinite(f->value(p->start)));
    for (const KnownMinimum& m : p->minima) {
        QVERIFY(p->domain[0] < m.point[0] && m.point[0] < p->domain[1]);
        if (p->dimension == 2) QVERIFY(p->domain[2] < m.point[1] && m.point[1] < p->domain[3]);
    }
}

void TestPresets::minimumIsAMinimum_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("index");
    for (const Preset& p : presetCatalogue())
        for (std::size_t i = 0; i < p.minima.size(); ++i)
            QTest::addRow("%s minimum %d", p.id.c_str(), int(i)) << QString::fromStdString(p.id) << int(i);
}

void TestPresets::minimumIsAMinimum() {
    QFETCH(QString, id);
    QFETCH(int, index);
    const Preset* p = findPreset(id.toStdString());
    const KnownMinimum& m = p->minima[static_cast<std::size_t>(index)];
    const FunctionPtr f = test::compile(QString::fromStdString(p->formula));
    double g[2] = {0, 0}, h[4];
    const double value = f->valueGradientHessian(m.point, g, h);
    QVERIFY2(std::hypot(g[0], g[1]) < 1e-8,
             qPrintable(QStringLiteral("|grad| = %1").arg(std::hypot(g[0], g[1]))));
    double ev[2];
    QVERIFY(hessianEigenvalues(*f, m.point, ev));
    QVERIFY2(ev[0] > 0, qPrintable(QStringLiteral("smallest eigenvalue %1").arg(ev[0])));
    QVERIFY(std::fabs(value - m.value) < 1e-12);
    // A minimum flagged global is the lowest listed (a function unbounded below has none flagged).
    double lowest = m.value;
    for (const KnownMinimum& other : p->minima)
        lowest = std::min(lowest, other.value);
    if (m.global) QVERIFY(m.value <= lowest + 1e-12);
}

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
