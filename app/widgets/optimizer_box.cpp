#include "widgets/optimizer_box.h"

#include "lessons/number_format.h"
#include "lessons/translated_text.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <cmath>

namespace gradlab {

OptimizerBox::OptimizerBox(QWidget* parent)
    : QComboBox(parent) {
    for (OptimizerKind kind : kOptimizers)
        addItem(translated(optimizerTitle(kind)), static_cast<int>(kind));
    setAccessibleName(tr("Optimizer"));
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit optimizerChosen(static_cast<OptimizerKind>(itemData(index).toInt())); });
}

QLineEdit* createNumberField(QWidget* parent, const QString& accessibleName) {
    auto* field = new QLineEdit(parent);
    field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\s*[0-9]*[.,]?[0-9]*([eE][-+]?[0-9]*)?\\s*$")), field));
    field->setMaximumWidth(110);
    field->setAccessibleName(accessibleName);
    return field;
}

QString numberFieldText(double v) {
    return fieldNumber(QString::number(v, 'g', 6));
}

bool readNumber(const QLineEdit* field, double* value) {
    bool ok = false;
    const double v = fieldInput(field->text().trimmed()).toDouble(&ok); // "0.1", "0,1", "1e-3"
    if (!ok || !std::isfinite(v)) return false;
    *value = v;
    return true;
}

} // namespace gradlab
