#include "delegates/RichTextDelegate.h"

#include "models/ModelRoles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace tulana {
namespace {

// The cell's text laid out `width` wide, in the view's font.
void layOut(QTextDocument& document, const QStyleOptionViewItem& option, const QString& html,
            int width)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(2);
    document.setHtml(html);
    document.setTextWidth(width);
}

QRect textRect(const QStyleOptionViewItem& option)
{
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget);
}

} // namespace

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QString html = index.data(RichTextRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, focus and selection; the text is ours
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect = textRect(opt);
    QTextDocument document;
    layOut(document, opt, html, rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(QRect(QPoint(), rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString html = index.data(RichTextRole).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // A word-wrapping table view gives the column's width in option.rect.
    const int width = std::max(80, textRect(opt).width());
    QTextDocument document;
    layOut(document, opt, html, width);
    return QSize(width, int(std::ceil(document.size().height())) + 4);
}

} // namespace tulana
