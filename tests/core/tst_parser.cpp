// The parser reads what a learner types and explains, with a column, what it cannot read.

#include "expression/parser.h"
#include "expression/tree_evaluate.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

class TestParser : public QObject {
    Q_OBJECT
private slots:
    void evaluatesTo_data();
    void evaluatesTo();
    void variables_data();
    void variables();
    void explicitVariableOrder();
    void rejects_data();
    void rejects();
    void deepNestingIsRefused();
    void longFormulaParses();
};

void TestParser::evaluatesTo_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("expected");
    QTest::newRow("integer") << "3" << 0.0 << 0.0 << 3.0;
    QTest::newRow("decimal") << "0.5" << 0.0 << 0.0 << 0.5;
    QTest::newRow("leading dot") << ".5" << 0.0 << 0.0 << 0.5;
    QTest::newRow("exponent") << "1e-3" << 0.0 << 0.0 << 0.001;
    QTest::newRow("exponent with plus") << "2E+2" << 0.0 << 0.0 << 200.0;
    QTest::newRow("precedence") << "1 + 2*3" << 0.0 << 0.0 << 7.0;
    QTest::newRow("left-assoc minus") << "10 - 3 - 2" << 0.0 << 0.0 << 5.0;
    QTest::newRow("left-assoc divide") << "8/4/2" << 0.0 << 0.0 << 1.0;
    QTest::newRow("power right-assoc") << "2^3^2" << 0.0 << 0.0 << 512.0;
    QTest::newRow("unary minus looser than power") << "-x^2" << 3.0 << 0.0 << -9.0;
    QTest::newRow("negative exponent") << "2^-1" << 0.0 << 0.0 << 0.5;
    QTest::newRow("parentheses") << "(1 + 2)*3" << 0.0 << 0.0 << 9.0;
    QTest::newRow("implicit number-variable") << "2x" << 3.0 << 0.0 << 6.0;
    QTest::newRow("implicit with power") << "3y^2" << 0.0 << 2.0 << 12.0;
    QTest::newRow("implicit number-bracket") << "2(x+1)" << 3.0 << 0.0 << 8.0;
    QTest::newRow("implicit variable-function") << "x sin(x)" << 2.0 << 0.0 << 2.0 * std::sin(2.0);
    QTest::newRow("implicit bracket-bracket") << "(x+1)(x-1)" << 3.0 << 0.0 << 8.0;
    QTest::newRow("implicit xy") << "xy" << 3.0 << 2.0 << 6.0;
    QTest::newRow("sin") << "sin(x)" << 1.0 << 0.0 << std::sin(1.0);
    QTest::newRow("cos") << "cos(x)" << 1.0 << 0.0 << std::cos(1.0);
    QTest::newRow("tan") << "tan(x)" << 1.0 << 0.0 << std::tan(1.0);
    QTest::newRow("asin") << "asin(x)" << 0.5 << 0.0 << std::asin(0.5);
    QTest::newRow("acos") << "acos(x)" << 0.5 << 0.0 << std::acos(0.5);
    QTest::newRow("atan") << "atan(x)" << 2.0 << 0.0 << std::atan(2.0);
    QTest::newRow("sinh") << "sinh(x)" << 1.0 << 0.0 << std::sinh(1.0);
    QTest::newRow("cosh") << "cosh(x)" << 1.0 << 0.0 << std::cosh(1.0);
    QTest::newRow("tanh") << "tanh(x)" << 1.0 << 0.0 << std::tanh(1.0);
    QTest::newRow("exp") << "exp(x)" << 1.0 << 0.0 << std::exp(1.0);
    QTest::newRow("log is natural") << "log(x)" << 10.0 << 0.0 << std::log(10.0);
    QTest::newRow("ln") << "ln(x)" << 10.0 << 0.0 << std::log(10.0);
    QTest::newRow("sqrt") << "sqrt(x)" << 2.0 << 0.0 << std::sqrt(2.0);
    QTest::newRow("abs") << "abs(x)" << -2.0 << 0.0 << 2.0;
    QTest::newRow("sigmoid") << "sigmoid(x)" << 0.0 << 0.0 << 0.5;
    QTest::newRow("relu negative") << "relu(x)" << -2.0 << 0.0 << 0.0;
    QTest::newRow("relu positive") << "relu(x)" << 2.0 << 0.0 << 2.0;
    QTest::newRow("softplus") << "softplus(x)" << 0.0 << 0.0 << std::log(2.0);
    QTest::newRow("pi") << "pi" << 0.0 << 0.0 << M_PI;
    QTest::newRow("e") << "e" << 0.0 << 0.0 << M_E;
    QTest::newRow("2e is 2 times e") << "2e" << 0.0 << 0.0 << 2 * M_E;
    QTest::newRow("unicode square") << "x²" << 3.0 << 0.0 << 9.0;
    QTest::newRow("unicode cube") << "x³" << 2.0 << 0.0 << 8.0;
    QTest::newRow("unicode minus") << "x − 1" << 3.0 << 0.0 << 2.0;
    QTest::newRow("unicode middle dot") << "2·x" << 3.0 << 0.0 << 6.0;
    QTest::newRow("unicode times") << "2×x" << 3.0 << 0.0 << 6.0;
    QTest::newRow("unicode pi") << "2π" << 0.0 << 0.0 << 2 * M_PI;
    QTest::newRow("unicode e to the x") << "eˣ" << 1.5 << 0.0 << std::exp(1.5);
    QTest::newRow("unicode negative superscript") << "x⁻¹" << 4.0 << 0.0 << 0.25;
    QTest::newRow("unicode multi-digit superscript") << "x¹⁰" << 2.0 << 0.0 << 1024.0;
    QTest::newRow("unicode lesson polynomial") << "3x² − 12x + 9" << 1.0 << 0.0 << 0.0;
    QTest::newRow("spaces and tabs") << " \tx +\t1 " << 1.0 << 0.0 << 2.0;
}

void TestParser::evaluatesTo() {
    QFETCH(QString, formula);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, expected);
    const ParseResult r = parse(formula.toStdString());
    QVERIFY2(r.ok, r.error.message.c_str());
    double vars[2] = {x, y};
    if (r.formula.variables.size() == 1 && r.formula.variables[0] == "y") vars[0] = y;
    GRADLAB_COMPARE_CLOSE(evaluateTree(r.formula.expr, vars), expected, 1e-15);
}

void TestParser::variables_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << "3 + 4" << QStringList{};
    QTest::newRow("x") << "x^2" << QStringList{"x"};
    QTest::newRow("w") << "(w-3)^2" << QStringList{"w"};
    QTest::newRow("alphabetical") << "y + x" << QStringList{"x", "y"};
    QTest::newRow("indexed names") << "(w2-5)^2 + (w1-2)^2" << QStringList{"w1", "w2"};
    QTest::newRow("greek word") << "theta^2" << QStringList{"theta"};
    QTest::newRow("greek letter") << "θ^2 + 1" << QStringList{"θ"};
    QTest::newRow("constants are not variables") << "pi*x + e" << QStringList{"x"};
}

void TestParser::variables() {
    QFETCH(QString, formula);
    QFETCH(QStringList, expected);
    const ParseResult r = parse(formula.toStdString());
    QVERIFY2(r.ok, r.error.message.c_str());
    QStringList actual;
    for (const auto& v : r.formula.variables)
        actual << QString::fromStdString(v);
    QCOMPARE(actual, expected);
}

void TestParser::explicitVariableOrder() {
    ParseOptions options;
    options.variables = {"y", "x"};
    const ParseResult r = parse("x - 2y", options);
    QVERIFY(r.ok);
    const double p[2] = {1.0, 10.0}; // y = 1, x = 10
    QCOMPARE(evaluateTree(r.formula.expr, p), 8.0);
    const ParseResult bad = parse("x + z", options);
    QVERIFY(!bad.ok);
    QCOMPARE(QString::fromStdString(bad.error.message),
             QStringLiteral("unknown variable 'z' at column 5 (the variables are y, x)"));
}

void TestParser::rejects_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("token");
    QTest::newRow("stray closing bracket") << "sin(x))"
                                           << "unexpected ')' at column 7" << 7 << ")";
    QTest::newRow("unknown function")
        << "sinn(x)"
        << "unknown function 'sinn' at column 1 (did you mean 'sin'?)" << 1 << "sinn";
    QTest::newRow("too many variables") << "x + y + z"
                                        << "too many variables: x, y, z (at most two)" << 9 << "z";
    QTest::newRow("empty") << ""
                           << "empty formula" << 1 << "";
    QTest::newRow("only spaces") << "   "
                                 << "empty formula" << 1 << "";
    QTest::newRow("unclosed bracket") << "(x + 1"
                                      << "missing ')' to close the '(' at column 1" << 1 << "(";
    QTest::newRow("unclosed call") << "sin(x"
                                   << "missing ')' to close the '(' at column 4" << 4 << "(";
    QTest::newRow("double caret") << "2^^3"
                                  << "unexpected '^' at column 3" << 3 << "^";
    QTest::newRow("lone plus")
        << "+"
        << "incomplete formula: expected a number, a variable or '(' after '+' at column 2" << 2 << "";
    QTest::newRow("lone star") << "*"
                               << "unexpected '*' at column 1" << 1 << "*";
    QTest::newRow("trailing operator")
        << "x +"
        << "incomplete formula: expected a number, a variable or '(' after '+' at column 4" << 4 << "";
    QTest::newRow("empty brackets") << "x + ()"
                                    << "empty brackets at column 5" << 5 << "(";
    QTest::newRow("function without bracket") << "sin x"
                                              << "expected '(' after 'sin' at column 5" << 5 << "x";
    QTest::newRow("forgotten bracket")
        << "sinx"
        << "unknown name 'sinx' at column 1 (did you mean 'sin(x)'?)" << 1 << "sinx";
    QTest::newRow("function name being typed")
        << "si"
        << "unknown name 'si' at column 1 (did you mean 'sin'?)" << 1 << "si";
    QTest::newRow("number after factor") << "x 2"
                                         << "missing operator before '2' at column 3" << 3 << "2";
    QTest::newRow("two decimal points") << "3..2"
                                        << "missing operator before '.2' at column 3" << 3 << ".2";
    QTest::newRow("unknown character") << "x $ 2"
                                       << "unexpected character '$' at column 3" << 3 << "$";
    QTest::newRow("column counts characters") << "x² + $"
                                              << "unexpected character '$' at column 6" << 6 << "$";
    QTest::newRow("NUL byte") << QString::fromLatin1("x\0+1", 4) << "unexpected character U+0000 at column 2"
                              << 2 << QString::fromLatin1("\0", 1);
    QTest::newRow("number too large")
        << "1e400"
        << "number '1e400' is too large to represent at column 1" << 1 << "1e400";
    QTest::newRow("missing argument") << "exp()"
                                      << "missing argument of 'exp' at column 5" << 5 << ")";
}

void TestParser::rejects() {
    QFETCH(QString, formula);
    QFETCH(QString, message);
    QFETCH(int, column);
    QFETCH(QString, token);
    const QByteArray utf8 = formula.toUtf8();
    const ParseResult r = parse(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.error.message), message);
    QCOMPARE(r.error.column, column);
    QCOMPARE(QByteArray::fromStdString(r.error.token), token.toUtf8());
}

void TestParser::deepNestingIsRefused() {
    const std::string deep = std::string(10000, '(') + "x" + std::string(10000, ')');
    const ParseResult r = parse(deep);
    QVERIFY(!r.ok);
    QVERIFY(r.error.message.find("nested too deeply") != std::string::npos);
    QCOMPARE(r.error.column, 201);
    const std::string minuses = std::string(100000, '-') + "x";
    QVERIFY(!parse(minuses).ok);
    std::string powers = "x";
    for (int i = 0; i < 5000; ++i)
        powers += "^x";
    QVERIFY(!parse(powers).ok);
}

void TestParser::longFormulaParses() {
    // A 1 MB formula: "x + x + … + x" with 250 000 terms.
    std::string sum = "x";
    for (int i = 1; i < 250000; ++i)
        sum += " + x";
    QVERIFY(sum.size() > 999000);
    const ParseResult r = parse(sum);
    QVERIFY(r.ok);
    const double x = 1.0;
    QCOMPARE(evaluateTree(r.formula.expr, &x), 250000.0);
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
