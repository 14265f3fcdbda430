#include "delegates/ChoiceDelegate.h"

#include "models/ModelRoles.h"

#include <QComboBox>

namespace tulana {

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    for (const QVariant& choice : index.data(ChoicesRole).toList()) {
        const QVariantList pair = choice.toList();
        if (pair.size() == 2)
            combo->addItem(pair.at(0).toString(), pair.at(1));
    }
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ChoiceDelegate*>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int at = combo->findData(index.data(Qt::EditRole));
    if (at >= 0)
        combo->setCurrentIndex(at);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace tulana
