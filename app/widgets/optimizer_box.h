#pragma once
// A combo box listing the optimizers by name: shows the model's optimizer, reports the user's choice.

#include "descent/optimizer.h"

#include <QComboBox>

class QLineEdit;

namespace gradlab {

class OptimizerBox : public QComboBox {
    Q_OBJECT
public:
    explicit OptimizerBox(QWidget* parent = nullptr);
    OptimizerKind kind() const { return static_cast<OptimizerKind>(currentData().toInt()); }
    void setKind(OptimizerKind k) { setCurrentIndex(findData(static_cast<int>(k))); }

signals:
    /// The user picked `kind` (not emitted by setKind, which shows the model's optimizer).
    void optimizerChosen(OptimizerKind kind);
};

/// A line edit for a non-negative number that accepts "0.1", "0,1", "1e-3", ".5" in any language.
QLineEdit* createNumberField(QWidget* parent, const QString& accessibleName);
/// v as such a field shows it: 6 significant digits, the display locale's decimal separator ("0,1").
QString numberFieldText(double v);
/// Reads a finite number from the field; false if it is not one. Whether the number is valid is the
/// lesson's rule (its setter, or a check it offers), not the field's.
bool readNumber(const QLineEdit* field, double* value);

} // namespace gradlab
