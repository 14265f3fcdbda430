#pragma once

#include <QStyledItemDelegate>

namespace tulana {

// Edits an amount of money (a bid's price or tax) in an AmountEdit showing
// the tender's currency. The text goes to the model as typed, which parses
// it and refuses what is not an acceptable amount, with a message. Tab,
// Shift+Tab and leaving the cell commit, as QStyledItemDelegate does for
// any line edit; Return commits at once.
class AmountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace tulana
