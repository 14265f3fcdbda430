#include "delegates/NumberDelegate.h"

#include "models/ModelRoles.h"
#include "util/Format.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpressionValidator>

namespace tulana {

QWidget* NumberDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("numberEditor"));
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    static const QRegularExpression typed(QStringLiteral("^-?[0-9]*([.,][0-9]*)?$"));
    edit->setValidator(new QRegularExpressionValidator(typed, edit));
    const QVariant minimum = index.data(MinimumRole);
    const QVariant maximum = index.data(MaximumRole);
    if (minimum.isValid() && maximum.isValid())
        edit->setPlaceholderText(
            tr("%1 to %2").arg(formatNumber(minimum.toDouble()), formatNumber(maximum.toDouble())));
    return edit;
}

void NumberDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    auto* edit = static_cast<QLineEdit*>(editor);
    edit->setText(value.isValid() ? formatNumber(value.toDouble()) : QString());
    edit->selectAll();
}

void NumberDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.isEmpty()) {
        model->setData(index, QVariant(), Qt::EditRole);
        return;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    model->setData(index, ok ? QVariant(value) : QVariant(text), Qt::EditRole);
}

void NumberDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString secondary = index.data(SecondaryTextRole).toString();
    if (secondary.isEmpty())
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->save();
    painter->setFont(font);
    // The palette's disabled text: quieter than the value in any theme.
    painter->setPen(opt.palette.color(selected ? QPalette::Active : QPalette::Disabled,
                                      selected ? QPalette::HighlightedText : QPalette::Text));
    const int margin = QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2;
    painter->drawText(opt.rect.adjusted(margin, 0, -margin, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      secondary);
    painter->restore();
}

} // namespace tulana
