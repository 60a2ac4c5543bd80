#pragma once
// The formula field every lesson uses: an editable combo with the lesson's presets (named, beside their
// formulas) and free typing, checked as you type. Typing changes nothing but the field: a formula is
// entered (formulaEntered(): the lesson model reads it, undo records it) only when it is entered whole:
// Enter, a preset picked from the list or the completion popup, or leaving the field with a valid formula.
// A bad formula shows the parser's message and marks its column; the field shows the model's function
// (showFormula()) and its derivative below it in Unicode, and owns no function of its own.

#include "function/compiled_function.h"
#include "lessons/formula_check.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gradlab {

class ErrorMarker;
class PresetListModel;

class FormulaField : public QWidget {
    Q_OBJECT
public:
    /// `dimension`: the number of variables the lesson needs (1 or 2); the list offers the catalogue's
    /// presets of that dimension.
    explicit FormulaField(int dimension, QWidget* parent = nullptr);
    /// A field for formulas of up to `dimension` variables offering the lesson's own `presets`.
    FormulaField(int dimension, const QList<FormulaPreset>& presets, QWidget* parent = nullptr);

    /// Shows the model's formula and function (and its derivative); emits nothing.
    void showFormula(const QString& formula, const FunctionPtr& function);
    /// Puts `text` in the field and enters it as a user would (Enter), if it is valid.
    void setFormula(const QString& text);

    /// Adds a preset of the lesson's own below the catalogue's.
    void addPreset(const FormulaPreset& preset);

    /// The function and text shown (the model's).
    const FunctionPtr& function() const { return m_function; }
    QString formula() const { return m_formula; }
    /// The preset the shown formula is, or null when typed.
    const FormulaPreset* preset() const;

    /// Why the field's text cannot be used; empty when it can.
    QString errorMessage() const { return m_error; }
    int errorColumn() const { return m_errorColumn; }
    /// The line under the field: the error, or a hint that Enter plots a valid formula not yet entered.
    QString message() const;

    QComboBox* comboBox() const { return m_combo; }
    QLineEdit* lineEdit() const;

signals:
    /// A valid formula was entered (Enter, a pick, leaving the field): the lesson should read it.
    void formulaEntered(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Checks the text being typed and says what is wrong with it; commits nothing.
    void review(const QString& text);
    /// Enters the field's text if it is valid; `always`: even if it is the formula shown already.
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
    QString m_message;
    QString m_error;
    int m_errorColumn = 0;
};

} // namespace gradlab
