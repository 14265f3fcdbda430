#include "delegates/NoteDelegate.h"

#include <QPlainTextEdit>

#include <algorithm>

namespace tulana {

QWidget* NoteDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                    const QModelIndex& index) const
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QStringLiteral("noteEditor"));
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    edit->setTabChangesFocus(true);
    return edit;
}

void NoteDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = static_cast<QPlainTextEdit*>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void NoteDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                const QModelIndex& index) const
{
    model->setData(index, static_cast<QPlainTextEdit*>(editor)->toPlainText(), Qt::EditRole);
}

void NoteDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                        const QModelIndex&) const
{
    // At least a few lines to write in, even in a short row.
    QRect rect = option.rect;
    rect.setHeight(std::max(rect.height(), editor->fontMetrics().lineSpacing() * 5));
    editor->setGeometry(rect);
}

} // namespace tulana
