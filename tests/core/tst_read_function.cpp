// readFunction fits a typed formula to a lesson's number of variables (the formula field and the command
// line read formulas through it), and readFunctionOfItsVariables keeps a formula's own variables.

#include "function/read_function.h"

#include <QTest>

using namespace gradlab;

namespace {
QString variablesOf(const FunctionResult& r) {
    QStringList names;
    for (const std::string& v : r.function->variables())
        names << QString::fromStdString(v);
    return names.join(',');
}
} // namespace

class TestReadFunction : public QObject {
    Q_OBJECT
private slots:
    void forLesson_data();
    void forLesson();
    void ofItsVariables_data();
    void ofItsVariables();
    void inOrderOfAppearance_data();
    void inOrderOfAppearance();
};

void TestReadFunction::forLesson_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("lessonVariables");
    QTest::addColumn<QString>("variables"); // of the function read, "" when refused
    QTest::addColumn<QString>("message");   // "" when read
    QTest::addColumn<int>("column");
    QTest::newRow("one in one") << "x^2" << 1 << "x"
                                << "" << 0;
    QTest::newRow("t in one") << "t^2" << 1 << "t"
                              << "" << 0;
    QTest::newRow("constant in one") << "3" << 1 << "x"
                                     << "" << 0;
    QTest::newRow("constant in two") << "pi" << 2 << "x,y"
                                     << "" << 0;
    QTest::newRow("two in two") << "x^2 + 3y^2" << 2 << "x,y"
                                << "" << 0;
    QTest::newRow("x in two") << "x^2" << 2 << "x,y"
                              << "" << 0;
    QTest::newRow("y in two") << "y^2" << 2 << "x,y"
                              << "" << 0;
    QTest::newRow("w in two") << "w^2" << 2 << "w,w2"
                              << "" << 0;
    QTest::newRow("two in one") << "x*y" << 1 << ""
                                << "this lesson needs a function of one variable; this one has 2 (x, y)" << 0;
    QTest::newRow("a, b in one") << "a + b" << 1 << ""
                                 << "this lesson needs a function of one variable; this one has 2 (a, b)"
                                 << 0;
    QTest::newRow("parse error keeps its column")
        << "x^2 +" << 1 << ""
        << "incomplete formula: expected a number, a variable or '(' after '+' at column 6" << 6;
    QTest::newRow("three variables") << "x+y+z" << 2 << ""
                                     << "too many variables: x, y, z (at most two)" << 5;
}

void TestReadFunction::forLesson() {
    QFETCH(QString, formula);
    QFETCH(int, lessonVariables);
    QFETCH(QString, variables);
    QFETCH(QString, message);
    QFETCH(int, column);
    const FunctionResult r = readFunction(formula.toStdString(), lessonVariables);
    QCOMPARE(r.ok, message.isEmpty());
    QCOMPARE(bool(r.function), r.ok);
    if (r.ok) {
        QCOMPARE(variablesOf(r), variables);
        QCOMPARE(r.function->dimension(), lessonVariables);
    } else {
        QCOMPARE(QString::fromStdString(r.error.message), message);
        QCOMPARE(r.error.column, column);
    }
}

void TestReadFunction::ofItsVariables_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("constantVariables");
    QTest::addColumn<QString>("variables");
    QTest::newRow("constant, one") << "3" << 1 << "x";
    QTest::newRow("constant, two") << "3" << 2 << "x,y";
    QTest::newRow("one stays one") << "x^2" << 2 << "x";
    QTest::newRow("two stays two") << "x*y" << 1 << "x,y";
    QTest::newRow("own name") << "sin(t)" << 2 << "t";
}

void TestReadFunction::ofItsVariables() {
    QFETCH(QString, formula);
    QFETCH(int, constantVariables);
    QFETCH(QString, variables);
    const FunctionResult r = readFunctionOfItsVariables(formula.toStdString(), constantVariables);
    QVERIFY(r.ok);
    QCOMPARE(variablesOf(r), variables);
}

void TestReadFunction::inOrderOfAppearance_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("lessonVariables");
    QTest::addColumn<QString>("alphabetical"); // the variables as the parser numbers them
    QTest::addColumn<QString>("appearance");   // in the order the text names them
    QTest::newRow("neuron") << "(1 - sigmoid(w*1.5 + b))^2" << 2 << "b,w"
                            << "w,b";
    QTest::newRow("y first") << "y^2 + x" << 2 << "x,y"
                             << "y,x";
    QTest::newRow("already in order") << "x*y" << 2 << "x,y"
                                      << "x,y";
    QTest::newRow("inside a call, repeated") << "sin(q) + p*q" << 2 << "p,q"
                                             << "q,p";
    QTest::newRow("under a minus and a power") << "-(b^2)/a" << 2 << "a,b"
                                               << "b,a";
    QTest::newRow("one variable, padded") << "w^2" << 2 << "w,w2"
                                          << "w,w2";
    QTest::newRow("a constant, padded") << "3" << 2 << "x,y"
                                        << "x,y";
    QTest::newRow("one-variable lesson") << "(w-3)^2" << 1 << "w"
                                         << "w";
}

void TestReadFunction::inOrderOfAppearance() {
    QFETCH(QString, formula);
    QFETCH(int, lessonVariables);
    QFETCH(QString, alphabetical);
    QFETCH(QString, appearance);
    const std::string text = formula.toStdString();
    QCOMPARE(variablesOf(readFunction(text, lessonVariables)), alphabetical);
    const FunctionResult r = readFunction(text, lessonVariables, VariableOrder::Appearance);
    QCOMPARE(variablesOf(r), appearance);
    // The same function either way: its value at (1.3, −0.7) in its own order.
    const FunctionResult a = readFunction(text, lessonVariables);
    if (lessonVariables == 2 && alphabetical != appearance) {
        const double p[2] = {1.3, -0.7}, swapped[2] = {-0.7, 1.3};
        QCOMPARE(r.function->value(p), a.function->value(swapped));
    }
}

QTEST_GUILESS_MAIN(TestReadFunction)
#include "tst_read_function.moc"
