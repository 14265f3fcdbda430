#pragma once

#include <QStyledItemDelegate>

namespace tulana {

// Edits a number (weights, marks) in a line edit that takes figures and one
// decimal point; an empty cell means "none" (no mark, no minimum). Whether
// the number is in range is for the model to say, with a message, so the
// limits from MinimumRole and MaximumRole are shown as a placeholder only.
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    // Draws SecondaryTextRole, when there is one, quietly at the left.
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace tulana
