#pragma once
// The formula field every lesson uses: an editable combo with the lesson's presets (named, beside their
// formulas) and free typing, checked as you type. Typing changes nothing but the field: a formula is
// committed (the lesson plots it, undo records it) only when it is entered whole: Enter, a preset picked
// from the list or the completion popup, or leaving the field with a valid formula. A bad formula shows the
// parser's message and marks its column; the committed function stays in use until a valid one replaces
// it. The committed function's derivative is shown below it in Unicode.

#include "function/compiled_function.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gradlab {

class ErrorMarker;
class PresetListModel;

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

class FormulaField : public QWidget {
    Q_OBJECT
public:
    /// Checks `text` as a function of `dimension` variables (fewer are allowed: "3", "x" in a map).
    static FormulaCheck check(const QString& text, int dimension);

    /// `dimension`: the number of variables the lesson needs (1 or 2).
    explicit FormulaField(int dimension, QWidget* parent = nullptr);

    /// Adds a preset to the list: "name — formula", the formula printed in Unicode.
    void addPreset(const FormulaPreset& preset);
    /// The catalogue's presets of this field's dimension, with their names.
    void addCataloguePresets();

    /// Puts `text` in the field and commits it if it is valid (a lesson file, undo, the command line).
    void setFormula(const QString& text);

    /// The committed function and its text.
    const FunctionPtr& function() const { return m_function; }
    QString formula() const { return m_formula; }
    /// The preset the committed formula came from, or null when typed.
    const FormulaPreset* preset() const;

    /// Why the field's text cannot be used; empty when it can.
    QString errorMessage() const { return m_error; }
    int errorColumn() const { return m_errorColumn; }
    /// The line under the field: the error, or a hint that Enter plots a valid formula not yet entered.
    QString message() const;

    QComboBox* comboBox() const { return m_combo; }
    QLineEdit* lineEdit() const;

signals:
    /// A formula was committed (entered or picked). `preset` is null for typed formulas.
    void functionChanged(const gradlab::FunctionPtr& function, const QString& formula,
                         const gradlab::FormulaPreset* preset);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Checks the text being typed and says what is wrong with it; commits nothing.
    void review(const QString& text);
    /// Commits the field's text if it is valid; `always`: even if it is the committed text already.
    void commit(bool always);
    void showDerivative();
    void showMessage();
    void applyColours();

    int m_dimension;
    QComboBox* m_combo;
    PresetListModel* m_model;
    QLabel* m_nameLabel;
    QLabel* m_derivativeLabel;
    QLabel* m_messageLabel;
    ErrorMarker* m_marker;
    QList<FormulaPreset> m_presets;
    FunctionPtr m_function;
    QString m_formula;
    int m_presetIndex = -1;
    QString m_message;
    QString m_error;
    int m_errorColumn = 0;
};

} // namespace gradlab
