#pragma once
// The list behind a formula field's presets. The list shows each preset's name beside its formula in
// Unicode ("Rosenbrock — (1 − x)² + 100(y − x²)²"); the field's text, what a completion matches and what
// it puts in the field, is the formula as typed ("(1-x)^2 + 100(y-x^2)^2"), which the parser reads back
// and a student can edit. QStandardItemModel cannot tell the two apart (its edit role is its display role).

#include <QStandardItemModel>

namespace gradlab {

class PresetListModel : public QStandardItemModel {
    Q_OBJECT
public:
    /// The role that holds the formula a row puts in the field (what Qt::EditRole returns).
    static constexpr int FormulaRole = Qt::UserRole + 1;
    /// The role that holds the row's index in the field's list of presets.
    static constexpr int PresetIndexRole = Qt::UserRole + 2;

    using QStandardItemModel::QStandardItemModel;

    /// Appends a row showing "name — shown" (just `shown` when `name` is empty) that puts `formula` in the
    /// field.
    void addPreset(const QString& name, const QString& shown, const QString& formula, int presetIndex);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace gradlab
