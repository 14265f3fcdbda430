#include "delegates/AmountDelegate.h"

#include "delegates/AmountEdit.h"
#include "models/ModelRoles.h"

#include <QKeyEvent>

#include <cmath>

namespace tulana {

QWidget* AmountDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const
{
    auto* editor = new AmountEdit(parent);
    editor->setCurrency(index.data(CurrencyRole).toString());
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
    auto* edit = static_cast<AmountEdit*>(editor);
    edit->setText(text);
    edit->selectAll();
}

void AmountDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    model->setData(index, static_cast<AmountEdit*>(editor)->text(), Qt::EditRole);
}

bool AmountDelegate::eventFilter(QObject* object, QEvent* event)
{
    // QStyledItemDelegate commits on Return only once the event loop runs
    // again; a refused amount's message should be there as the key is let go.
    auto* editor = qobject_cast<AmountEdit*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace tulana
