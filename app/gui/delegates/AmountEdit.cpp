#include "delegates/AmountEdit.h"

#include "util/Format.h"

#include <QLabel>
#include <QRegularExpressionValidator>

namespace tulana {
namespace {

constexpr int kCurrencyMargin = 4; // from the left edge, and before the figures

} // namespace

AmountEdit::AmountEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_currency(new QLabel(this))
{
    setObjectName(QStringLiteral("amountEdit"));
    setFrame(false);
    setAutoFillBackground(true);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Lenient on purpose: "-5" and "0" get through so the model can say why
    // they are refused, rather than keys that silently do nothing.
    static const QRegularExpression typed(QStringLiteral("^[-+\u2212]?[0-9,]*(\\.[0-9]*)?$"));
    setValidator(new QRegularExpressionValidator(typed, this));
    // Clicks on the symbol place the cursor, as anywhere else in the field.
    m_currency->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_currency->setFocusPolicy(Qt::NoFocus);
}

void AmountEdit::setCurrency(const QString& currency)
{
    m_currency->setText(currencySymbol(currency));
    setAccessibleName(tr("Amount in %1").arg(currency));
    placeCurrency();
}

void AmountEdit::resizeEvent(QResizeEvent* event)
{
    QLineEdit::resizeEvent(event);
    placeCurrency();
}

void AmountEdit::placeCurrency()
{
    const int width = m_currency->text().isEmpty() ? 0 : m_currency->sizeHint().width();
    m_currency->setGeometry(kCurrencyMargin, 0, width, height());
    // Long figures stop short of the symbol instead of running under it.
    setTextMargins(width ? width + 2 * kCurrencyMargin : 0, 0, 0, 0);
}

} // namespace tulana
