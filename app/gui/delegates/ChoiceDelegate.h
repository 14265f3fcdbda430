#pragma once

#include <QStyledItemDelegate>

namespace tulana {

// Edits a cell by choosing from the list the model gives in ChoicesRole (a
// bid's nature or status): a combo box that commits as soon as a choice is
// made, so the evaluation follows at once.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace tulana
