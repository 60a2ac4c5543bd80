#include "widgets/preset_list_model.h"

namespace gradlab {

void PresetListModel::addPreset(const QString& name, const QString& shown, const QString& formula,
                                int presetIndex) {
    auto* item = new QStandardItem(name.isEmpty() ? shown : tr("%1 — %2").arg(name, shown));
    item->setData(formula, FormulaRole);
    item->setData(presetIndex, PresetIndexRole);
    item->setToolTip(tr("Type it as %1").arg(formula));
    appendRow(item);
}

QVariant PresetListModel::data(const QModelIndex& index, int role) const {
    // An editable combo box and a completer put the edit role into the text field.
    return QStandardItemModel::data(index, role == Qt::EditRole ? FormulaRole : role);
}

} // namespace gradlab
