#include "delegates/AmountEdit.h"

#include "util/Format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace tulana {

AmountEdit::AmountEdit(QWidget* parent)
    : QWidget(parent)
    , m_currency(new QLabel(this))
    , m_edit(new QLineEdit(this))
{
    setAutoFillBackground(true);
    m_edit->setObjectName(QStringLiteral("amountEdit"));
    m_edit->setFrame(false);
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Lenient on purpose: "-5" and "0" get through so the model can say why
    // they are refused, rather than keys that silently do nothing.
    static const QRegularExpression typed(QStringLiteral("^[-+\u2212]?[0-9,]*(\\.[0-9]*)?$"));
    m_edit->setValidator(new QRegularExpressionValidator(typed, m_edit));
    m_currency->setContentsMargins(4, 0, 0, 0);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_currency);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_edit);
}

void AmountEdit::setCurrency(const QString& currency)
{
    m_currency->setText(currencySymbol(currency));
    m_edit->setAccessibleName(tr("Amount in %1").arg(currency));
}

QString AmountEdit::text() const
{
    return m_edit->text();
}

void AmountEdit::setText(const QString& text)
{
    m_edit->setText(text);
    m_edit->selectAll();
}

} // namespace tulana
