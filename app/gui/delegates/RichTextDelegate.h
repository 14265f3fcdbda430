#pragma once

#include <QStyledItemDelegate>

namespace tulana {

// Shows a cell's RichTextRole (simple HTML: paragraphs, bold) wrapped to
// the column's width, falling back to the plain text where there is none.
// Read-only cells: it draws, it does not edit.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tulana
