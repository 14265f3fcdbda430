#include "RegistryConnectionDialog.h"

#include "RegistryKeychain.h"
#include "settings/Settings.h"
#include "util/StandardButtons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tulana {

using registry::Connection;

namespace {

// The address as typed, read; nothing (and no message) when it is empty,
// which means this computer's own registry.
std::optional<Connection> typedConnection(const QString& text, QString* why)
{
    return text.trimmed().isEmpty() ? std::nullopt : registry::parseConnection(text.trimmed(), why);
}

} // namespace

RegistryConnectionDialog::RegistryConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_address(new QLineEdit(settings::registryConnection(), this))
    , m_password(new QLineEdit(this))
    , m_forget(new QPushButton(tr("&Forget the Kept Password"), this))
    , m_note(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("registryConnectionDialog"));
    setWindowTitle(tr("Registry Connection"));
    // Wrapped labels in a box layout of their own, not as rows of the form
    // (QFormLayout gives a wrapped label the height of one line).
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The registry of AI procurements: leave the address empty for "
                                "this computer's own, or give sqlite:PATH, or "
                                "postgresql://user@host:port/database for a department's "
                                "server."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_address->setObjectName(QStringLiteral("registryAddress"));
    m_address->setPlaceholderText(tr("This computer's registry"));
    form->addRow(tr("&Address:"), m_address);
    m_password->setObjectName(QStringLiteral("registryPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to keep the present one"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_note->setObjectName(QStringLiteral("registryPasswordNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The password is checked with the server and kept in this computer's "
                       "system keychain, never in Tulana's settings. Where there is no "
                       "keychain, PostgreSQL reads it from PGPASSWORD or ~/.pgpass."));
    layout->addWidget(m_note);
    m_forget->setObjectName(QStringLiteral("forgetRegistryPassword"));
    layout->addWidget(m_forget, 0, Qt::AlignLeft);
    m_problem->setObjectName(QStringLiteral("registryConnectionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setMargin(6);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    nameStandardButtons(*buttons);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistryConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegistryConnectionDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &RegistryConnectionDialog::updateForAddress);
    connect(m_forget, &QPushButton::clicked, this, &RegistryConnectionDialog::forgetPassword);
    updateForAddress();
}

void RegistryConnectionDialog::updateForAddress()
{
    QString ignored;
    const std::optional<Connection> c = typedConnection(m_address->text(), &ignored);
    const bool server = c && c->engine == Connection::Engine::PostgreSql;
    m_password->setEnabled(server);
    m_forget->setEnabled(server);
    m_note->setEnabled(server);
}

void RegistryConnectionDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    adjustSize(); // room for the wrapped message
}

void RegistryConnectionDialog::forgetPassword()
{
    QString why;
    const std::optional<Connection> c = typedConnection(m_address->text(), &why);
    if (!c) {
        showProblem(why);
        return;
    }
    showProblem(keychain::forgetRegistryPassword(*c, &why)
                    ? tr("The keychain holds no password for %1 now.").arg(c->text())
                    : why);
}

void RegistryConnectionDialog::accept()
{
    QString why;
    const std::optional<Connection> c = typedConnection(m_address->text(), &why);
    if (!c && !why.isEmpty()) {
        showProblem(why);
        return;
    }
    const QString password = m_password->text();
    if (c && c->engine == Connection::Engine::PostgreSql && !password.isEmpty()) {
        // Checked first: a mistyped password is not kept.
        if (!registry::RegistryStore::checkLogin(*c, password, &why)) {
            showProblem(why);
            return;
        }
        if (!keychain::storeRegistryPassword(*c, password, &why)) {
            // Nothing kept and nothing saved: the user decides, with the
            // password field emptied, whether to go on without a keychain.
            m_password->clear();
            showProblem(why + u'\n' +
                        tr("Leave the password empty and press OK to use this address anyway."));
            return;
        }
    }
    m_password->clear();
    settings::setRegistryConnection(m_address->text().trimmed());
    QDialog::accept();
}

} // namespace tulana
