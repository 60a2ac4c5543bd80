// Printers: plain text reads back to the same function; Unicode and LaTeX read as a teacher writes.

#include "diff/symbolic.h"
#include "expression/parser.h"
#include "expression/printer.h"
#include "expression/simplify.h"
#include "expression/tree_evaluate.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestPrinter : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void unicode_data();
    void unicode();
    void latex_data();
    void latex();
    void numbers();
    void signedExponentsNeedNoBrackets_data();
    void signedExponentsNeedNoBrackets();
    void sameLetterKeepsItsDot();
};

void TestPrinter::roundTrip_data() {
    QTest::addColumn<QString>("formula");
    QTest::newRow("polynomial") << "x^3 - 6x^2 + 9x + 1";
    QTest::newRow("unary minus") << "-x^2 - -x";
    QTest::newRow("power towers") << "2^x^2 + (x^2)^y";
    QTest::newRow("negative exponent") << "x^-2 + 2^-x";
    QTest::newRow("division chains") << "x/y/2 + x/(y/2) + x*y/3";
    QTest::newRow("products of sums") << "(x+1)(y-2)(x-y)";
    QTest::newRow("all functions") << "sin(x)+cos(y)+tan(x/4)+asin(x/3)+acos(y/"
                                      "3)+atan(x)+sinh(y)+cosh(x)+tanh(y)+exp(x)+log(y+3)+sqrt(x+3)+"
                                      "abs(y)+sigmoid(x)+relu(y)+softplus(x)";
    QTest::newRow("constants") << "pi*x - e^y";
    QTest::newRow("unicode input") << "3x² − 12x·y + π";
    QTest::newRow("tiny and huge numbers") << "1e-20*x + 3.5e15*y";
    QTest::newRow("negative number base") << "(-2)^2*x";
    QTest::newRow("double signs in exponents") << "2^--x + x^-+-y^--2";
}

// A formula as typed always prints to text that reads back: the printer must not add brackets around an
// exponent made of signs (x^--2), or a long chain near the parser's nesting limit is refused on the way
// back (found by a 20-minute fuzz run).
void TestPrinter::signedExponentsNeedNoBrackets_data() {
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("links");
    QTest::newRow("^--2") << "2^--" << 60;
    QTest::newRow("^-2") << "2^-" << 90;
    QTest::newRow("^-+-") << "x^-+-" << 45;
    QTest::newRow("mixed") << "2^--2^-pi^-" << 25;
}

void TestPrinter::signedExponentsNeedNoBrackets() {
    QFETCH(QString, link);
    QFETCH(int, links);
    const QString text = link.repeated(links) + QStringLiteral("y");
    const ParseResult r = parse(text.toStdString());
    QVERIFY2(r.ok, r.error.message.c_str());
    const std::string printed = toPlainText(r.formula.expr);
    QVERIFY2(printed.find('(') == std::string::npos, printed.c_str());
    const ParseResult back = parse(printed);
    QVERIFY2(back.ok, back.error.message.c_str());
}

void TestPrinter::roundTrip() {
    QFETCH(QString, formula);
    const ParseResult r = parse(formula.toStdString());
    QVERIFY2(r.ok, r.error.message.c_str());
    // Each of: the tree as typed, its simplified form and its simplified partial derivatives.
    std::vector<Expr> forms{r.formula.expr, simplify(r.formula.expr)};
    for (int v = 0; v < r.formula.dimension(); ++v)
        forms.push_back(differentiate(r.formula.expr, v).expr);
    for (const Expr& e : forms) {
        const std::string text = toPlainText(e);
        ParseOptions options;
        options.variables = r.formula.variables;
        if (options.variables.empty()) options.variables = {"x"};
        const ParseResult back = parse(text, options);
        QVERIFY2(back.ok, (text + ": " + back.error.message).c_str());
        for (double x : {-0.7, 0.4, 1.3}) {
            for (double y : {-0.5, 0.8}) {
                const double p[2] = {x, y};
                const double a = evaluateTree(e, p), b = evaluateTree(back.formula.expr, p);
                if (std::isnan(a)) {
                    QVERIFY(std::isnan(b));
                    continue;
                }
                GRADLAB_COMPARE_CLOSE(b, a, 1e-13);
            }
        }
    }
}

void TestPrinter::unicode_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<bool>("derivative");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lesson derivative") << "x^3 - 6x^2 + 9x + 1" << true << "3x² − 12x + 9";
    QTest::newRow("bowl") << "x^2 + 3y^2" << false << "x² + 3y²";
    QTest::newRow("exp") << "e^x" << false << "eˣ";
    QTest::newRow("sqrt") << "sqrt(x + 1)" << false << "√(x + 1)";
    QTest::newRow("abs") << "abs(x)" << false << "|x|";
    QTest::newRow("sigmoid derivative") << "sigmoid(x)" << true << "σ(x)(1 − σ(x))";
    QTest::newRow("indexed variables") << "(w1-2)^2 + w2" << false << "(w₁ − 2)² + w₂";
    QTest::newRow("pi") << "2pi*x" << false << "2πx";
    QTest::newRow("function factor") << "x sin(x)" << false << "x·sin(x)";
    QTest::newRow("quotient") << "1/x" << true << "−1/x²";
    QTest::newRow("large exponent") << "x^100000000" << false << "x¹⁰⁰⁰⁰⁰⁰⁰⁰";
}

void TestPrinter::unicode() {
    QFETCH(QString, formula);
    QFETCH(bool, derivative);
    QFETCH(QString, expected);
    const ParseResult r = parse(formula.toStdString());
    QVERIFY(r.ok);
    const Expr e = derivative ? differentiate(r.formula.expr, 0).expr : simplify(r.formula.expr);
    QCOMPARE(QString::fromStdString(toUnicode(e)), expected);
}

void TestPrinter::latex_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("expected");
    QTest::newRow("polynomial") << "3x^2 - 12x + 9"
                                << "3x^{2} - 12x + 9";
    QTest::newRow("fraction") << "(x + 1)/(x - 1)"
                              << "\\frac{x + 1}{x - 1}";
    QTest::newRow("functions") << "sin(x)*sqrt(y)"
                               << "\\sin\\left(x\\right) \\cdot \\sqrt{y}";
    QTest::newRow("exp") << "exp(-x^2)"
                         << "e^{-x^{2}}";
    QTest::newRow("greek and indices") << "theta*w1"
                                       << "\\theta w_{1}";
    QTest::newRow("small number") << "1e-05*x"
                                  << "10^{-5}x";
}

void TestPrinter::latex() {
    QFETCH(QString, formula);
    QFETCH(QString, expected);
    const ParseResult r = parse(formula.toStdString());
    QVERIFY(r.ok);
    QCOMPARE(QString::fromStdString(toLatex(simplify(r.formula.expr))), expected);
}

void TestPrinter::numbers() {
    QCOMPARE(QString::fromStdString(formatNumber(0.1)), QStringLiteral("0.1"));
    QCOMPARE(QString::fromStdString(formatNumber(3.0)), QStringLiteral("3"));
    QCOMPARE(QString::fromStdString(formatNumber(0.1 + 0.2)), QStringLiteral("0.30000000000000004"));
    QCOMPARE(QString::fromStdString(formatNumber(1e-5)), QStringLiteral("1e-05"));
}

// A formula as typed, printed for a title: w*w must not read "ww" (one name), nor x*x^2 "xx²".
void TestPrinter::sameLetterKeepsItsDot() {
    const struct {
        const char* typed;
        const char* shown;
    } rows[] = {{"w*w + sin(w)", "w·w + sin(w)"}, {"x*x^2*y", "x·x²y"}, {"x*y", "xy"}, {"2*x*x", "2x·x"}};
    for (const auto& row : rows) {
        const ParseResult r = parse(row.typed);
        QVERIFY(r.ok);
        QCOMPARE(QString::fromStdString(toUnicode(r.formula.expr)), QString::fromUtf8(row.shown));
    }
}

QTEST_GUILESS_MAIN(TestPrinter)
#include "tst_printer.moc"
