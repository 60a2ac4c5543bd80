#pragma once
// Reading a formula for a lesson: the function, or why it cannot be used and where. The lesson models,
// the lesson files and the formula field all read formulas through checkFormula().

#include "function/compiled_function.h"
#include "function/read_function.h"

#include <QList>
#include <QString>

namespace gradlab {

/// A preset a lesson offers: a named example with the rectangle to show and a good start.
struct FormulaPreset {
    QString name;     ///< "Rosenbrock", "Saddle"; may be empty
    QString formula;  ///< as the parser reads it
    double domain[4]; ///< xmin, xmax, ymin, ymax
    double start[2];  ///< a good point to start at
    double learningRate;
};

/// A formula checked for a lesson: the function, or the reason it cannot be used and its column.
struct FormulaCheck {
    FunctionPtr function; ///< null when the formula cannot be used
    QString message;
    int column = 0;
};

/// Checks `text` as a function of `dimension` variables (fewer are allowed: "3", "x" in a map): core's
/// readFunction() in Qt types, its two variables numbered in `order`.
FormulaCheck checkFormula(const QString& text, int dimension,
                          VariableOrder order = VariableOrder::Alphabetical);

/// The formula printed in Unicode (x², ·, −), or the text itself if it does not parse.
QString unicodeFormula(const QString& formula);

/// The catalogue's presets of functions of `dimension` variables, in the catalogue's order.
QList<FormulaPreset> cataloguePresets(int dimension);
/// The preset whose formula is `text` (as the parser reads it, or printed in Unicode), or null.
const FormulaPreset* findPreset(const QList<FormulaPreset>& presets, const QString& text);

} // namespace gradlab
