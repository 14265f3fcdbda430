#include "delegates/AmountDelegate.h"

#include "delegates/AmountEdit.h"
#include "models/ModelRoles.h"

#include <QLineEdit>

#include <cmath>

namespace tulana {

QWidget* AmountDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const
{
    auto* editor = new AmountEdit(parent);
    editor->setCurrency(index.data(CurrencyRole).toString());
    // Enter in the line edit inside commits, as in a plain line edit.
    connect(editor->lineEdit(), &QLineEdit::returnPressed, this, [this, editor] {
        auto* self = const_cast<AmountDelegate*>(this);
        emit self->commitData(editor);
        emit self->closeEditor(editor);
    });
    return editor;
}

void AmountDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    // Plain figures to edit: the grouped form is for reading.
    const QVariant value = index.data(NumberRole);
    const double amount = value.toDouble();
    QString text;
    if (value.isValid())
        text = amount == std::floor(amount) ? QString::number(amount, 'f', 0)
                                            : QString::number(amount, 'f', 2);
    static_cast<AmountEdit*>(editor)->setText(text);
}

void AmountDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    model->setData(index, static_cast<AmountEdit*>(editor)->text(), Qt::EditRole);
}

} // namespace tulana
