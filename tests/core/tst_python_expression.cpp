// The formula translator: GradLab's trees as NumPy and PyTorch expressions that compute the same numbers
// (tests/code/check_formulas.py runs them against GradLab's own values).

#include "codegen/python_expression.h"
#include "test_helpers.h"

#include <QStringList>
#include <QTest>
#include <cmath>
#include <limits>

using namespace gradlab;

class TestPythonExpression : public QObject {
    Q_OBJECT
private slots:
    void translate_data();
    void translate();
    void numbers_data();
    void numbers();
    void numbersReadBack();
    void helpersDefinedOnce();
    void variableWithoutNameIsRefused();
    void kinkRule();
};

namespace {
std::vector<std::string> names(const QString& list) {
    std::vector<std::string> out;
    for (const QString& n : list.split(','))
        out.push_back(n.toStdString());
    return out;
}
} // namespace

// tree: "simplified" (what GradLab evaluates and the lessons translate) or "raw" (as typed).
void TestPythonExpression::translate_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("tree");
    QTest::addColumn<QString>("numpy");
    QTest::addColumn<QString>("torch");
    const QString s = "simplified", r = "raw";
    QTest::newRow("polynomial") << "x^3 - 2x"
                                << "x" << s << "x**3 - 2 * x"
                                << "x**3 - 2 * x";
    QTest::newRow("sum order: constant last") << "2 - 3x + x^2"
                                              << "x" << s << "x**2 - 3 * x + 2"
                                              << "x**2 - 3 * x + 2";
    QTest::newRow("constant minus terms") << "2 - x"
                                          << "x" << s << "2 - x"
                                          << "2 - x";
    QTest::newRow("only minus terms") << "-x - y"
                                      << "x,y" << s << "-x - y"
                                      << "-x - y";
    QTest::newRow("minus square") << "-x^2"
                                  << "x" << s << "-x**2"
                                  << "-x**2";
    QTest::newRow("raw negate of a sum") << "-(x+1)"
                                         << "x" << r << "-(x + 1)"
                                         << "-(x + 1)";
    QTest::newRow("negative exponent") << "2^-x"
                                       << "x" << s << "2**(-x)"
                                       << "2**(-x)";
    QTest::newRow("negative base") << "(-2)^x"
                                   << "x" << s << "(-2)**x"
                                   << "(-2)**x";
    QTest::newRow("reciprocal powers") << "x^-2 + 3/x"
                                       << "x" << s << "3 / x + 1 / x**2"
                                       << "3 / x + 1 / x**2";
    QTest::newRow("one division") << "3*x^-1*y^-2"
                                  << "x,y" << s << "3 / (x * y**2)"
                                  << "3 / (x * y**2)";
    QTest::newRow("negative reciprocal") << "-x^-1"
                                         << "x" << s << "-1 / x"
                                         << "-1 / x";
    QTest::newRow("quotient minus one") << "x^2/y - 1"
                                        << "x,y" << s << "x**2 / y - 1"
                                        << "x**2 / y - 1";
    QTest::newRow("fractional exponent") << "x^(1/3)"
                                         << "x" << s << "x**(1 / 3)"
                                         << "x**(1 / 3)";
    QTest::newRow("decimal exponent") << "x^-1.5"
                                      << "x" << s << "x**(-1.5)"
                                      << "x**(-1.5)";
    QTest::newRow("power tower") << "x^y^2"
                                 << "x,y" << s << "x**(y**2)"
                                 << "x**(y**2)";
    QTest::newRow("square root as power") << "x^0.5"
                                          << "x" << s << "np.sqrt(x)"
                                          << "torch.sqrt(x)";
    QTest::newRow("implicit products") << "(x+1)(y-2)"
                                       << "x,y" << s << "(x + 1) * (y - 2)"
                                       << "(x + 1) * (y - 2)";
    QTest::newRow("weights") << "sin(x)cos(y)"
                             << "w[0],w[1]" << s << "np.sin(w[0]) * np.cos(w[1])"
                             << "torch.sin(w[0]) * torch.cos(w[1])";
    QTest::newRow("unicode input") << "3x² − 12x·y + π"
                                   << "x,y" << s << "3 * x**2 + np.pi - 12 * x * y"
                                   << "3 * x**2 + torch.pi - 12 * x * y";
    QTest::newRow("ln and log are natural") << "ln(x) + log(x+1)"
                                            << "x" << r << "np.log(x) + np.log(x + 1)"
                                            << "torch.log(x) + torch.log(x + 1)";
    QTest::newRow("e as base, typed") << "e^x"
                                      << "x" << r << "np.e**x"
                                      << "torch.e**x";
    QTest::newRow("e as base, simplified") << "e^x"
                                           << "x" << s << "np.exp(x)"
                                           << "torch.exp(x)";
    QTest::newRow("constant power") << "pi^2*x"
                                    << "x" << s << "np.pi**2 * x"
                                    << "torch.pi**2 * x";
    QTest::newRow("trigonometric") << "tan(x)+asin(x)+acos(x)+atan(x)"
                                   << "x" << r << "np.tan(x) + np.arcsin(x) + np.arccos(x) + np.arctan(x)"
                                   << "torch.tan(x) + torch.asin(x) + torch.acos(x) + torch.atan(x)";
    QTest::newRow("hyperbolic") << "sinh(x)+cosh(x)+tanh(x)"
                                << "x" << r << "np.sinh(x) + np.cosh(x) + np.tanh(x)"
                                << "torch.sinh(x) + torch.cosh(x) + torch.tanh(x)";
    QTest::newRow("roots and kinks") << "sqrt(x)+abs(x)+exp(x)"
                                     << "x" << r << "np.sqrt(x) + np.abs(x) + np.exp(x)"
                                     << "torch.sqrt(x) + torch.abs(x) + torch.exp(x)";
    QTest::newRow("activations") << "sigmoid(x)+relu(x)+softplus(x)+step(x)"
                                 << "x" << r << "sigmoid(x) + np.maximum(x, 0.0) + softplus(x) + step(x)"
                                 << "torch.sigmoid(x) + torch.relu(x) + softplus(x) + step(x)";
    // Parts without variables are Python floats: where those would raise or turn complex, float64 scalars.
    QTest::newRow("0^-1 is inf") << "0^-1 + x"
                                 << "x" << s << "x + np.float64(1) / 0"
                                 << "x + torch.tensor(1, dtype=torch.float64) / 0";
    QTest::newRow("raw 0^-1") << "0^-1 + x"
                              << "x" << r << "np.float64(0)**(-1) + x"
                              << "torch.tensor(0, dtype=torch.float64)**(-1) + x";
    QTest::newRow("odd root of a negative is nan") << "(-8)^(1/3) + x"
                                                   << "x" << s << "x + np.float64(-8)**(1 / 3)"
                                                   << "x + torch.tensor(-8, dtype=torch.float64)**(1 / 3)";
    QTest::newRow("overflowing constant") << "10^400*x"
                                          << "x" << s << "np.float64(10)**400 * x"
                                          << "torch.tensor(10, dtype=torch.float64)**400 * x";
    QTest::newRow("underflowing divisor") << "x + 1e-200^-2"
                                          << "x" << s << "x + np.float64(1) / 1e-200**2"
                                          << "x + torch.tensor(1, dtype=torch.float64) / 1e-200**2";
    QTest::newRow("3/0 typed") << "3/0 + x"
                               << "x" << r << "np.float64(3) / 0 + x"
                               << "torch.tensor(3, dtype=torch.float64) / 0 + x";
    QTest::newRow("torch functions take tensors") << "sin(2)*x"
                                                  << "x" << s << "x * np.sin(2)"
                                                  << "x * torch.sin(torch.tensor(2, dtype=torch.float64))";
    QTest::newRow("numbers as typed") << "1e-20*x + 3.5e15*y - 0.1"
                                      << "x,y" << s << "1e-20 * x + 3500000000000000 * y - 0.1"
                                      << "1e-20 * x + 3500000000000000 * y - 0.1";
    QTest::newRow("raw negative factor") << "x*(-3)"
                                         << "x" << r << "x * -3"
                                         << "x * -3";
    QTest::newRow("raw division chain") << "x/y/2 + x/(y/2)"
                                        << "x,y" << r << "x / y / 2 + x / (y / 2)"
                                        << "x / y / 2 + x / (y / 2)";
}

void TestPythonExpression::translate() {
    QFETCH(QString, formula);
    QFETCH(QString, variables);
    QFETCH(QString, tree);
    QFETCH(QString, numpy);
    QFETCH(QString, torch);
    const FunctionPtr f = test::compile(formula, names(variables.contains('[') ? "x,y" : variables));
    QVERIFY(f);
    const Expr& e = tree == "raw" ? f->expression() : f->simplified();
    const PythonExpression n = pythonExpression(e, ScriptLanguage::NumPy, names(variables));
    const PythonExpression t = pythonExpression(e, ScriptLanguage::Torch, names(variables));
    QVERIFY2(n.ok(), n.problem.c_str());
    QVERIFY2(t.ok(), t.problem.c_str());
    QCOMPARE(QString::fromStdString(n.code), numpy);
    QCOMPARE(QString::fromStdString(t.code), torch);
}

void TestPythonExpression::numbers_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("numpy");
    QTest::addColumn<QString>("torch");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("whole") << 3.0 << "3"
                           << "3";
    QTest::newRow("tenth") << 0.1 << "0.1"
                           << "0.1";
    QTest::newRow("third") << 1.0 / 3.0 << "0.3333333333333333"
                           << "0.3333333333333333";
    QTest::newRow("17 digits") << 0.30000000000000004 << "0.30000000000000004"
                               << "0.30000000000000004";
    QTest::newRow("small") << 1e-7 << "1e-07"
                           << "1e-07";
    QTest::newRow("large") << 1e22 << "1e+22"
                           << "1e+22";
    QTest::newRow("negative") << -2.5 << "-2.5"
                              << "-2.5";
    QTest::newRow("zero") << 0.0 << "0"
                          << "0";
    QTest::newRow("negative zero") << -0.0 << "-0.0"
                                   << "-0.0";
    QTest::newRow("infinity") << inf << "np.inf"
                              << "torch.inf";
    QTest::newRow("minus infinity") << -inf << "-np.inf"
                                    << "-torch.inf";
    QTest::newRow("nan") << std::nan("") << "np.nan"
                         << "torch.nan";
}

void TestPythonExpression::numbers() {
    QFETCH(double, value);
    QFETCH(QString, numpy);
    QFETCH(QString, torch);
    QCOMPARE(QString::fromStdString(pythonNumber(value, ScriptLanguage::NumPy)), numpy);
    QCOMPARE(QString::fromStdString(pythonNumber(value, ScriptLanguage::Torch)), torch);
}

// Shortest text, and exactly the same double read back, over many magnitudes.
void TestPythonExpression::numbersReadBack() {
    double v = 1.0 / 7.0;
    for (int i = 0; i < 2000; ++i) {
        v = v * -1.7320508075688772 + (i % 3 == 0 ? 1e-3 : 0.0);
        if (std::fabs(v) > 1e300) v = 1e-300 * (i % 2 ? 1 : -1);
        const std::string text = pythonNumber(v, ScriptLanguage::NumPy);
        QCOMPARE(std::strtod(text.c_str(), nullptr), v);
        std::string digits;
        for (const char c : text.substr(0, text.find('e')))
            if (c >= '0' && c <= '9' && !(digits.empty() && c == '0')) digits += c;
        QVERIFY2(digits.size() <= 17, text.c_str());
    }
}

void TestPythonExpression::helpersDefinedOnce() {
    const FunctionPtr f = test::compile("sigmoid(x) + softplus(x)*sigmoid(x)");
    const FunctionPtr g = test::compile("relu(x)");
    QVERIFY(f && g);
    for (const ScriptLanguage language : {ScriptLanguage::NumPy, ScriptLanguage::Torch}) {
        const PythonExpression a = pythonExpression(f->simplified(), language, {"x"});
        const PythonExpression b = pythonExpression(f->partial(0), language, {"x"}); // softplus' = sigmoid
        const PythonExpression c = pythonExpression(g->partial(0), language, {"x"}); // relu' = step
        const bool torch = language == ScriptLanguage::Torch; // torch.sigmoid is GradLab's sigmoid
        const std::vector<PythonHelper> expected =
            torch ? std::vector<PythonHelper>{PythonHelper::Softplus}
                  : std::vector<PythonHelper>{PythonHelper::Sigmoid, PythonHelper::Softplus};
        QCOMPARE(a.helpers, expected);
        QCOMPARE(c.helpers, std::vector<PythonHelper>{PythonHelper::Step});
        const QString defs = QString::fromStdString(pythonDefinitions({a, b, c}, language));
        QCOMPARE(defs.count("def sigmoid(z):"), torch ? 0 : 1);
        QCOMPARE(defs.count("def softplus(z):"), 1);
        QCOMPARE(defs.count("def step(z):"), 1);
        if (!torch) QVERIFY(defs.indexOf("def sigmoid") < defs.indexOf("def softplus"));
        QVERIFY(defs.endsWith("\n\n"));
        const PythonExpression plain = pythonExpression(g->simplified(), language, {"x"});
        QVERIFY(plain.helpers.empty());
        QCOMPARE(QString::fromStdString(pythonDefinitions({plain}, language)), QString());
    }
}

void TestPythonExpression::variableWithoutNameIsRefused() {
    const FunctionPtr f = test::compile("x*y");
    QVERIFY(f);
    const PythonExpression p = pythonExpression(f->simplified(), ScriptLanguage::NumPy, {"x"});
    QVERIFY(!p.ok());
    QVERIFY(p.code.empty());
    QCOMPARE(QString::fromStdString(p.problem), QString("the formula's variable y has no Python name"));
}

// abs in PyTorch: torch.abs where GradLab's AD (which follows PyTorch: 0 at the kink) is compared, the Abs
// Function where GradLab's symbolic derivative (undefined at the kink) is; NumPy has no backward().
void TestPythonExpression::kinkRule() {
    const FunctionPtr f = test::compile("x*abs(x)");
    QVERIFY(f);
    const PythonExpression autograd = pythonExpression(f->simplified(), ScriptLanguage::Torch, {"x"});
    const PythonExpression symbolic =
        pythonExpression(f->simplified(), ScriptLanguage::Torch, {"x"}, KinkRule::Symbolic);
    const PythonExpression numpy =
        pythonExpression(f->simplified(), ScriptLanguage::NumPy, {"x"}, KinkRule::Symbolic);
    QCOMPARE(QString::fromStdString(autograd.code), QString("x * torch.abs(x)"));
    QCOMPARE(QString::fromStdString(symbolic.code), QString("x * abs_(x)"));
    QCOMPARE(QString::fromStdString(numpy.code), QString("x * np.abs(x)"));
    QCOMPARE(symbolic.helpers, std::vector<PythonHelper>{PythonHelper::Abs});
    QVERIFY(autograd.helpers.empty());
    QVERIFY(QString::fromStdString(pythonDefinitions({symbolic}, ScriptLanguage::Torch))
                .contains("class Abs(torch.autograd.Function):"));
}

QTEST_GUILESS_MAIN(TestPythonExpression)
#include "tst_python_expression.moc"
