#include "recording/KeyPicker.h"

#include "support/InputFile.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace tulana {
namespace {

std::optional<process::KeyFile> readKey(const QString& path, QString* why)
{
    QString reason;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxSmallFileBytes, &reason);
    if (!bytes) {
        if (why)
            *why = QDir::toNativeSeparators(path) + u' ' + reason;
        return std::nullopt;
    }
    Problems problems;
    std::optional<process::KeyFile> key = process::readKeyFile(*bytes, &problems);
    if (!key && why)
        *why = KeyPicker::tr("%1 is not a Tulana key file (%2)")
                   .arg(QFileInfo(path).fileName(),
                        problems.isEmpty() ? QString() : problems.first().message);
    return key;
}

} // namespace

KeyPicker::KeyPicker(Use use, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_keys(new QComboBox(this))
{
    m_keys->setObjectName(QStringLiteral("keyFile"));
    m_keys->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_keys->setMinimumContentsLength(18);
    m_keys->setAccessibleName(tr("Key file"));
    m_keys->addItem(tr("Choose a key…"), QString());
    const QDir folder(process::keysFolder());
    for (const QFileInfo& file :
         folder.entryInfoList({QStringLiteral("*.tulana-key")}, QDir::Files, QDir::Name)) {
        const int row = addKey(file.absoluteFilePath());
        if (row > 0 && m_keys->currentIndex() == 0 &&
            file.fileName().startsWith(actor + QLatin1Char('-')))
            m_keys->setCurrentIndex(row);
    }
    auto* browse = new QToolButton(this);
    browse->setObjectName(QStringLiteral("chooseKeyFile"));
    browse->setText(tr("Other file…"));
    browse->setToolTip(tr("Choose a key file kept elsewhere (a USB stick, a backup)"));
    connect(browse, &QToolButton::clicked, this, &KeyPicker::chooseFile);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keys, 1);
    layout->addWidget(browse);
    if (use == Use::Sign) {
        m_passphrase = new QLineEdit(this);
        m_passphrase->setObjectName(QStringLiteral("passphrase"));
        m_passphrase->setEchoMode(QLineEdit::Password);
        m_passphrase->setPlaceholderText(tr("Passphrase"));
        m_passphrase->setAccessibleName(tr("Passphrase of the key"));
        m_passphrase->setMinimumWidth(m_passphrase->fontMetrics().averageCharWidth() * 20);
        layout->addWidget(m_passphrase, 1);
    }
}

int KeyPicker::addKey(const QString& path)
{
    const std::optional<process::KeyFile> key = readKey(path, nullptr);
    if (!key)
        return -1;
    const QString label = key->name.isEmpty()
                              ? key->actor
                              : tr("%1 (%2)", "a key: the person's name, then the actor id")
                                    .arg(key->name, key->actor);
    m_keys->addItem(label, path);
    m_keys->setItemData(m_keys->count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    return m_keys->count() - 1;
}

void KeyPicker::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Key File"), process::keysFolder(), tr("Tulana keys (*.tulana-key)"));
    if (!path.isEmpty())
        setPath(path);
}

QString KeyPicker::path() const
{
    return m_keys->currentData().toString();
}

void KeyPicker::setPath(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int row = m_keys->findData(absolute);
    if (row < 0)
        row = addKey(absolute);
    if (row < 0) { // not a key: kept so that the act says why
        m_keys->addItem(QFileInfo(path).fileName(), absolute);
        row = m_keys->count() - 1;
    }
    m_keys->setCurrentIndex(row);
}

QString KeyPicker::passphrase() const
{
    return m_passphrase ? m_passphrase->text() : QString();
}

void KeyPicker::setPassphrase(const QString& passphrase)
{
    if (m_passphrase)
        m_passphrase->setText(passphrase);
}

std::optional<process::KeyFile> KeyPicker::keyFile(QString* why) const
{
    if (path().isEmpty()) {
        if (why)
            *why = tr("No key is chosen.");
        return std::nullopt;
    }
    return readKey(path(), why);
}

} // namespace tulana
