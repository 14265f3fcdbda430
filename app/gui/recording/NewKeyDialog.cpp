#include "recording/NewKeyDialog.h"

#include "process/KeyFile.h"
#include "support/SaveFile.h"
#include "util/MessageBar.h"
#include "util/StandardButtons.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tulana {
namespace {

QLineEdit* hidden(const char* name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

NewKeyDialog::NewKeyDialog(const QStringList& actors, QWidget* parent)
    : QDialog(parent)
    , m_actor(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_passphrase(hidden("newKeyPassphrase", this))
    , m_repeat(hidden("newKeyRepeat", this))
    , m_problem(new MessageBar(this))
{
    setObjectName(QStringLiteral("newKeyDialog"));
    setWindowTitle(tr("New Key"));
    m_actor->setObjectName(QStringLiteral("newKeyActor"));
    m_actor->setEditable(true);
    m_actor->addItems(actors);
    m_name->setObjectName(QStringLiteral("newKeyName"));
    m_name->setPlaceholderText(tr("As the memo names you"));
    auto* text = new QLabel(
        tr("Your key signs the acts you do in a recorded process and opens your share of the "
           "envelope key. Its secret half is locked under your passphrase and saved in %1, "
           "readable by you alone. Nobody can recover a forgotten passphrase: keep it as you "
           "would a bank PIN, and never share it.")
            .arg(QDir::toNativeSeparators(process::keysFolder())),
        this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Acts as:"), m_actor);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Again:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    nameStandardButtons(*buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewKeyDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void NewKeyDialog::accept()
{
    const QString actor = m_actor->currentText().trimmed();
    QString why;
    if (actor.isEmpty())
        why = tr("Say whom the key acts as: officer, or your evaluator id (E1, E2…).");
    else if (m_passphrase->text().size() < 8)
        why = tr("The passphrase must have at least 8 characters.");
    else if (m_passphrase->text() != m_repeat->text())
        why = tr("The two passphrases differ.");
    if (!why.isEmpty()) {
        m_problem->showMessage(MessageBar::Kind::Error, why);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const process::KeyFile key = process::newKeyFile(actor, m_name->text().trimmed(),
                                                     m_passphrase->text(), crypto::memberKeyCost());
    QApplication::restoreOverrideCursor();
    QDir().mkpath(process::keysFolder());
    const QString path = process::keysFolder() + u'/' + process::keyFileName(key);
    if (!saveFileAtomically(path, process::keyFileJson(key), &why)) {
        m_problem->showMessage(MessageBar::Kind::Error, why);
        return;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_path = path;
    QDialog::accept();
}

} // namespace tulana
