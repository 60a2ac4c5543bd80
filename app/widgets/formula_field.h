#pragma once
// The formula field every lesson uses: an editable combo with the lesson's presets and free typing,
// checked as you type. A bad formula shows the parser's message and marks its column; the last valid
// function stays in use until a valid one replaces it. The derivative is shown beside it in Unicode.

#include "eval/compiled_function.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gradlab {

class ErrorMarker;

struct FormulaPreset {
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

class FormulaField : public QWidget {
    Q_OBJECT
public:
    /// Checks `text` as a function of `dimension` variables (fewer are allowed: "3", "x" in a map).
    static FormulaCheck check(const QString& text, int dimension);

    /// `dimension`: the number of variables the lesson needs (1 or 2).
    explicit FormulaField(int dimension, QWidget* parent = nullptr);

    /// Adds a preset to the list; its label is the formula printed in Unicode.
    void addPreset(const FormulaPreset& preset);
    /// The catalogue's presets of this field's dimension.
    void addCataloguePresets();

    /// Sets the text as if typed (and validates it).
    void setFormula(const QString& text);

    /// The last valid function and its text.
    const FunctionPtr& function() const { return m_function; }
    QString formula() const { return m_formula; }
    /// The preset the last valid formula came from, or null when typed.
    const FormulaPreset* preset() const;

    /// Empty when the current text is valid.
    QString errorMessage() const { return m_error; }
    int errorColumn() const { return m_errorColumn; }

    QComboBox* comboBox() const { return m_combo; }
    QLineEdit* lineEdit() const;

signals:
    /// A new valid function (typed or picked). `preset` is null for typed formulas.
    void functionChanged(const gradlab::FunctionPtr& function, const QString& formula,
                         const gradlab::FormulaPreset* preset);

private:
    void validate(const QString& text);
    void showDerivative();

    int m_dimension;
    QComboBox* m_combo;
    QLabel* m_nameLabel;
    QLabel* m_derivativeLabel;
    QLabel* m_messageLabel;
    ErrorMarker* m_marker;
    QList<FormulaPreset> m_presets;
    FunctionPtr m_function;
    QString m_formula;
    int m_presetIndex = -1;
    QString m_error;
    int m_errorColumn = 0;
};

} // namespace gradlab
