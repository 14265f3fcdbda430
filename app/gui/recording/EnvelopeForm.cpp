#include "recording/EnvelopeForm.h"

#include "io/FinancialProposal.h"
#include "process/Envelopes.h"
#include "support/InputFile.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>

namespace tulana {
namespace {

QDoubleSpinBox* amountBox(const char* name, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, 1e15);
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

EnvelopeForm::EnvelopeForm(const Tender& tender, QWidget* parent)
    : QWidget(parent)
    , m_bid(new QComboBox(this))
    , m_fromFile(new QRadioButton(tr("Envelope file sealed by the bidder:"), this))
    , m_file(new QLineEdit(this))
    , m_fromFigures(new QRadioButton(tr("Figures received on paper, sealed now:"), this))
    , m_price(amountBox("envelopePrice", this))
    , m_tax(amountBox("envelopeTax", this))
{
    m_bid->setObjectName(QStringLiteral("envelopeBid"));
    for (const Bid& b : tender.bids)
        if (!tender.process.envelope(b.id))
            m_bid->addItem(QStringLiteral("%1 · %2").arg(b.id, b.bidder), b.id);
    m_fromFile->setObjectName(QStringLiteral("envelopeFromFile"));
    m_fromFigures->setObjectName(QStringLiteral("envelopeFromFigures"));
    m_file->setObjectName(QStringLiteral("envelopeFile"));
    m_fromFile->setChecked(true);
    auto* browse = new QToolButton(this);
    browse->setText(tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, &EnvelopeForm::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Bid:"), m_bid);
    form->addRow(m_fromFile);
    form->addRow(QString(), fileRow);
    form->addRow(m_fromFigures);
    form->addRow(tr("Price:"), m_price);
    form->addRow(tr("Tax:"), m_tax);
    connect(m_fromFile, &QRadioButton::toggled, this, &EnvelopeForm::updateEnabled);
    updateEnabled();
}

QString EnvelopeForm::bid() const
{
    return m_bid->currentData().toString();
}

void EnvelopeForm::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an Envelope"), QString(),
                                                      tr("Sealed envelopes (*.envelope)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void EnvelopeForm::updateEnabled()
{
    const bool file = m_fromFile->isChecked();
    m_file->setEnabled(file);
    m_price->setEnabled(!file);
    m_tax->setEnabled(!file);
}

std::optional<QByteArray> EnvelopeForm::sealedEnvelope(const QByteArray& envelopeKey,
                                                       Problems* problems) const
{
    const auto refuse = [&](const QString& why) {
        *problems << error(QString(), why);
        return std::nullopt;
    };
    if (bid().isEmpty())
        return refuse(tr("Every bid's envelope has been received."));
    if (m_fromFigures->isChecked()) {
        if (!Bid::isValidPrice(m_price->value()))
            return refuse(tr("The price must be more than zero."));
        return process::sealProposal(envelopeKey, {bid(), m_price->value(), m_tax->value(), {}});
    }
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty())
        return refuse(tr("Choose the envelope file the bidder sealed."));
    QString why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxSmallFileBytes, &why);
    if (!bytes)
        return refuse(QDir::toNativeSeparators(path) + u' ' + why);
    const std::optional<EnvelopeFile> envelope = readEnvelopeFile(*bytes);
    if (!envelope)
        return refuse(tr("%1 is not a sealed financial envelope.").arg(path));
    if (!envelope->bid.isEmpty() && envelope->bid != bid())
        return refuse(tr("This is the envelope of %1, not of %2.").arg(envelope->bid, bid()));
    return envelope->sealed;
}

} // namespace tulana
