#include "recording/ActDialog.h"

#include "process/Recording.h"
#include "recording/KeyPicker.h"
#include "util/MessageBar.h"
#include "util/StandardButtons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tulana {

ActDialog::ActDialog(const QString& title, const QString& explanation, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problems(new MessageBar(this))
{
    setObjectName(QStringLiteral("actDialog"));
    setWindowTitle(title);
    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("actExplanation"));
    text->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("actProblems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    nameStandardButtons(*buttons);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign and Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActDialog::reject);
    auto* layout = new QVBoxLayout(this);
    // The explanation wraps: the dialog is as tall as its wrapped height.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(text);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

KeyPicker* ActDialog::addSigner(const QString& label, const QString& actor)
{
    auto* picker = new KeyPicker(KeyPicker::Use::Sign, actor, this);
    m_signers.push_back(picker);
    m_form->addRow(label, picker);
    return picker;
}

KeyPicker* ActDialog::addPublicKey(const QString& label, const QString& actor)
{
    auto* picker = new KeyPicker(KeyPicker::Use::PublicHalf, actor, this);
    m_publicKeys.push_back(picker);
    m_form->addRow(label, picker);
    return picker;
}

void ActDialog::addReason(const QString& label)
{
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("actReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(fontMetrics().lineSpacing() * 4);
    m_form->addRow(label, m_reason);
}

QString ActDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

void ActDialog::addRow(const QString& label, QWidget* field)
{
    m_form->addRow(label, field);
}

void ActDialog::addRow(QWidget* field)
{
    m_form->addRow(field);
}

void ActDialog::refuse(const QString& why)
{
    m_problems->showMessage(MessageBar::Kind::Error, why);
}

void ActDialog::accept()
{
    if (m_reason && reason().isEmpty()) {
        refuse(tr("Give the reason: it is logged with the act and shown in the memo."));
        return;
    }
    std::vector<UnlockedKey> keys;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (KeyPicker* signer : m_signers) {
        QString why;
        std::optional<process::KeyFile> file = signer->keyFile(&why);
        std::optional<crypto::SecretBytes> secret;
        if (file) {
            secret = process::unlockKeyFile(*file, signer->passphrase());
            if (!secret)
                why = tr("The passphrase does not unlock %1's key.").arg(file->actor);
        }
        if (!secret) {
            QApplication::restoreOverrideCursor();
            refuse(why);
            return;
        }
        keys.push_back({std::move(*file), std::move(*secret)});
    }
    const Problems problems = m_act ? m_act(keys) : Problems{};
    QApplication::restoreOverrideCursor();
    if (hasErrors(problems)) {
        QStringList lines;
        for (const Problem& p : problems)
            lines << p.message;
        refuse(lines.join(u'\n'));
        return;
    }
    QDialog::accept();
}

process::Actor signerOf(const std::vector<UnlockedKey>& keys)
{
    return {keys.front().file.actor, &keys.front().secret};
}

QDateTime actTime()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace tulana
