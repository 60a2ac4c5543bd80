#include "lessons/formula_check.h"

#include "expression/printer.h"
#include "presets/catalogue.h"

#include <QCoreApplication>
#include <QStringList>

namespace gradlab {

namespace {
QString variableList(const std::vector<std::string>& names) {
    QStringList l;
    for (const auto& n : names)
        l << QString::fromStdString(n);
    return l.join(QStringLiteral(", "));
}

QString unicodeOf(const QString& formula) {
    const ParseResult r = parse(formula.toStdString());
    return r.ok ? QString::fromStdString(toUnicode(r.formula.expr)) : formula;
}
} // namespace

FormulaCheck checkFormula(const QString& text, int dimension) {
    FunctionResult r = CompiledFunction::create(text.toStdString());
    if (r.ok && r.function->dimension() < dimension) {
        // "3" or "x" in a two-variable lesson: the missing variables are simply unused.
        ParseOptions options;
        options.variables =
            dimension == 1 ? std::vector<std::string>{"x"} : std::vector<std::string>{"x", "y"};
        if (r.function->dimension() == 1 && dimension == 2) {
            const std::string v = r.function->variables()[0];
            options.variables = v == "y" ? std::vector<std::string>{"x", "y"}
                                         : std::vector<std::string>{v, v == "x" ? "y" : (v + "2")};
        }
        r = CompiledFunction::create(text.toStdString(), options);
    }
    FormulaCheck result;
    if (!r.ok) {
        result.message = QString::fromStdString(r.error.message);
        result.column = r.error.column;
    } else if (r.function->dimension() > dimension) {
        result.message =
            dimension == 1
                ? QCoreApplication::translate(
                      "FormulaField", "this lesson needs a function of one variable; this one has %1 (%2)")
                      .arg(r.function->dimension())
                      .arg(variableList(r.function->variables()))
                : QCoreApplication::translate("FormulaField",
                                              "this lesson needs a function of two variables");
    } else {
        result.function = r.function;
    }
    return result;
}

QList<FormulaPreset> cataloguePresets(int dimension) {
    QList<FormulaPreset> out;
    for (const Preset& p : presetCatalogue()) {
        if (p.dimension != dimension) continue;
        FormulaPreset fp;
        fp.name = QString::fromStdString(p.name);
        fp.formula = QString::fromStdString(p.formula);
        for (int i = 0; i < 4; ++i)
            fp.domain[i] = p.domain[i];
        fp.start[0] = p.start[0];
        fp.start[1] = p.start[1];
        fp.learningRate = p.learningRate;
        out.append(fp);
    }
    return out;
}

const FormulaPreset* findPreset(const QList<FormulaPreset>& presets, const QString& text) {
    const FormulaPreset* found = nullptr;
    for (const FormulaPreset& p : presets)
        if (p.formula == text || unicodeOf(p.formula) == text) found = &p;
    return found;
}

} // namespace gradlab
