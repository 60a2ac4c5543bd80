#include "lessons/formula_check.h"

#include "expression/printer.h"
#include "function/read_function.h"
#include "lessons/translated_text.h"
#include "presets/catalogue.h"

namespace gradlab {

QString unicodeFormula(const QString& formula) {
    const ParseResult r = parse(formula.toStdString());
    return r.ok ? QString::fromStdString(toUnicode(r.formula.expr)) : formula;
}

FormulaCheck checkFormula(const QString& text, int dimension, VariableOrder order) {
    // The core decides how a formula's variables fit the lesson, so the app and the CLI accept the same.
    const FunctionResult r = readFunction(text.toStdString(), dimension, order);
    FormulaCheck result;
    if (r.ok) {
        result.function = r.function;
    } else {
        result.message = translated(r.error.text);
        result.column = r.error.column;
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
        if (p.formula == text || unicodeFormula(p.formula) == text) found = &p;
    return found;
}

} // namespace gradlab
