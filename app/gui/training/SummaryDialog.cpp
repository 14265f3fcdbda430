#include "training/SummaryDialog.h"
#include "util/StandardButtons.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tulana::training {

SummaryDialog::SummaryDialog(const QString& html, QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
    , m_certificate(nullptr)
{
    setObjectName(QStringLiteral("trainingSummary"));
    setWindowTitle(tr("Training summary"));
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setHtml(html);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    nameStandardButtons(*buttons);
    m_certificate = buttons->addButton(tr("Get &Certificate…"), QDialogButtonBox::ActionRole);
    m_certificate->setObjectName(QStringLiteral("certificateButton"));
    QPushButton* results = buttons->addButton(tr("Export &Results…"), QDialogButtonBox::ActionRole);
    results->setObjectName(QStringLiteral("resultsButton"));
    QPushButton* another = buttons->addButton(tr("&Another Case…"), QDialogButtonBox::ActionRole);
    another->setObjectName(QStringLiteral("anotherCaseButton"));
    connect(m_certificate, &QPushButton::clicked, this, &SummaryDialog::certificateRequested);
    connect(results, &QPushButton::clicked, this, &SummaryDialog::resultsRequested);
    connect(another, &QPushButton::clicked, this, &SummaryDialog::anotherCaseRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

void SummaryDialog::setCertificateAvailable(bool available)
{
    m_certificate->setEnabled(available);
    m_certificate->setToolTip(available ? QString()
                                        : tr("Answer every question of a case to complete it"));
}

QString SummaryDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace tulana::training
