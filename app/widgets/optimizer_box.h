#pragma once
// A combo box listing the optimizers by name.

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
};

/// A line edit for a positive number that accepts "0.1", "1e-3", ".5" in any locale.
QLineEdit* createNumberField(QWidget* parent, const QString& accessibleName);
/// Reads a positive finite number from the field; false if it is not one.
bool readPositive(const QLineEdit* field, double* value);

} // namespace gradlab
